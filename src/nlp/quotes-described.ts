// "the captain said", "the inspector told reporters", "the police boss said", "the lawmaker said":
// a definite description of a person's post or calling, used as a speaker after the person was
// introduced with it ("Capt. X", "Police Inspector X", "Lagos police commissioner X", "X, a lawmaker
// from P,", "X, who commands the unit,"). The older readers take a fixed list of offices
// (`roleHolder`, `modifiedRoleHolder`); this one reads any title or calling the person was given,
// and the words news uses for the same post (a police chief is also the commissioner or the boss;
// a captain or an inspector is an officer; a senator is a lawmaker). Speakers37.
import { NAME_HONORIFICS, OCCUPATIONS, PERSON_TITLES, ROLES } from '../knowledge/titles.js';
import type { Annotated } from './annotated.js';

/**
 * Words for one post that news uses in turn for the same person. The head of a body is its chief,
 * boss, head, commissioner or commander when a modifier says which body ("the police chief" after
 * "police commissioner X"); a rank of the army or police is an officer; a member of a legislature is
 * a lawmaker.
 */
const RANKS = [
  'officer',
  'captain',
  'major',
  'lieutenant',
  'colonel',
  // (not the attorney general, the secretary general, the director general: officials, not officers)
  '(?<!(?:attorney|secretary|director|consul|solicitor|auditor|surgeon|postmaster)[- ])general',
  'brigadier',
  'sergeant',
  'corporal',
  'inspector',
  'sub-inspector',
  'superintendent',
  'constable',
  // (not "commander": a militant group's commander is no officer)
  'commandant',
  'admiral',
  'commodore',
  'marshal',
  'havildar',
  'subedar',
];
const HEADS = [
  'chief',
  'boss',
  'head',
  'commissioner',
  'commander',
  'director',
  'superintendent',
  'inspector general',
  'inspector-general',
];
const LAWMAKERS = [
  'lawmaker',
  'legislator',
  'parliamentarian',
  'member of parliament',
  'senator',
  'congressman',
  'congresswoman',
  'assemblyman',
  'assemblywoman',
  'mp',
  'mna',
  'mpa',
  'mla',
];
const OFFICIALS = [
  'official',
  'officer',
  'head',
  'chief',
  'director',
  'commissioner',
  'secretary',
  'administrator',
  'minister',
  'coordinator',
  'spokesman',
  'spokeswoman',
  'spokesperson',
];
const FAMILIES: readonly (readonly string[])[] = [
  LAWMAKERS,
  ['investigator', 'detective'],
  ['doctor', 'physician', 'surgeon', 'medic'],
  [
    'cleric',
    'imam',
    'preacher',
    'mullah',
    'mulla',
    'maulana',
    'moulana',
    'maulvi',
    'mawlawi',
    'sheikh',
    'mufti',
  ],
  ['teacher', 'instructor', 'headmaster', 'headteacher'],
];

/** what the person's relative clause says they do, as the noun of the post: "who commands the unit" */
const DOER_OF: Readonly<Record<string, string>> = {
  command: 'commander',
  head: 'head',
  investigate: 'investigator',
  teach: 'teacher',
  represent: 'lawmaker',
  preach: 'preacher',
  treat: 'doctor',
};
const RELATIVE_DOER =
  /^\s*,\s*who\s+(?:now\s+|also\s+)?(command|head|investigate|teach|represent|preach|treat)(?:s|ed|ing)?\b[^,.;:!?]{0,50}/iu;

/**
 * Posts that bare or modified are left to other readers or to the description they are: the head
 * of a state or a party ("the president", "the leader", "the chairman"), a mayor, an office of a
 * group's spokesman (`roleHolder`), a rank and file member, a form of address.
 */
const LEFT_OUT = new Set([
  'president',
  'leader',
  'mayor',
  'chairman',
  'chairwoman',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'member',
  'militant',
  'fighter',
  'follower',
  'supporter',
  'sympathiser',
  'sympathizer',
  'deputy',
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
  'father',
  'lord',
  'lady',
  'dame',
  'sir',
  'miss',
  'speaker',
  'secretary',
  'delegate',
]);
/** heads that alone say too little to stand for one person: "the official", "the chief", "the head" */
const NEEDS_MODIFIER = new Set(['official', 'chief', 'head', 'boss', 'director']);
/** modifiers that grade a post rather than say which: "the senior officer", "the local lawmaker" */
const GRADING = new Set([
  'senior',
  'top',
  'local',
  'former',
  'retired',
  'veteran',
  'young',
  'elderly',
  'chief',
]);

let nouns: Set<string> | null = null;
/** the nouns of a post or calling a description may end on */
function postNouns(): Set<string> {
  if (nouns) return nouns;
  nouns = new Set<string>();
  for (const t of PERSON_TITLES.values()) {
    const w = t.toLowerCase().split(' ').at(-1);
    if (w && w.length > 2) nouns.add(w);
  }
  for (const k of ROLES.keys()) if (!k.includes(' ')) nouns.add(k);
  for (const k of OCCUPATIONS) if (!k.includes(' ')) nouns.add(k);
  for (const f of [RANKS, HEADS, LAWMAKERS, OFFICIALS, ...FAMILIES])
    for (const w of f) if (/^[\p{L} -]+$/u.test(w)) nouns.add(w);
  nouns.add('general');
  for (const w of LEFT_OUT) nouns.delete(w);
  return nouns;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** the words that can stand for the post `noun`, given whether the description names which body */
function family(noun: string, modified: boolean): readonly string[] {
  if (noun === 'officer') return RANKS;
  if (noun === 'official') return OFFICIALS;
  if (modified && HEADS.includes(noun)) return HEADS;
  for (const f of FAMILIES) if (f.includes(noun)) return f;
  return [noun];
}

/** what joins a name to its own description: ", 46, a …", " is a …" */
const OWN_DESCRIPTION = /^(?:\s*,\s*(?:\d{1,3}\s*,\s*)?|\s+(?:is|was|has been|had been)\s+)/u;

/**
 * An unnamed holder of the post was introduced between the name's end and `at` ("…, a senior
 * police officer said"), other than in the name's own apposition or predicate ("X, a lawmaker").
 */
function unnamedSince(masked: string, end: number, at: number, unnamed: RegExp): boolean {
  const span = masked.slice(end, at);
  const own = OWN_DESCRIPTION.exec(span)?.[0].length ?? -1;
  unnamed.lastIndex = 0;
  for (let m = unnamed.exec(span); m; m = unnamed.exec(span)) if (m.index !== own) return true;
  return false;
}

/** the description "the (modifiers) noun" of a phrase, or null */
const DESCRIPTION = /^the\s+((?:[\p{Ll}-]+\s+){0,2})([\p{Ll}-]+)$/u;

/**
 * The words the text gave a person beside the mention that starts at `start`: the title set aside,
 * the words before the name in its sentence ("Lagos police commissioner"), an apposition after it
 * (", a lawmaker from P") or before it ("The state police commissioner, "), a predicate ("X is a
 * doctor at …"), an honorific kept in the name ("Maulana X"), and the post of a relative clause
 * (", who commands the unit" → "commander").
 */
function describedAs(
  doc: Annotated,
  x: { start: number; end: number; sentence: number; title?: string },
): string {
  const text = doc.text;
  const sent = doc.seg.sentences[x.sentence];
  const before = text.slice(Math.max(sent.start, x.start - 70), x.start);
  const tight = /([^,.;:!?()"“”]*)$/u.exec(before)?.[1] ?? '';
  const apposBefore =
    /(?:^|[.;:!?]\s*)((?:the|a|an|his|her|its|their|\p{Lu}[\p{L}-]*['’]s?)\s[^,.;:!?]{0,60}),\s*$/iu.exec(
      before,
    )?.[1] ?? '';
  const after = text.slice(x.end, Math.min(sent.end, x.end + 90));
  const appos =
    /^\s*,\s*(?:\d{1,3}\s*,\s*)?((?:the|a|an|his|her|its|their|\p{Lu}[\p{L}-]*['’]s?)\s[^,.;:!?]{0,70})/u.exec(
      after,
    )?.[1] ?? '';
  const rel = RELATIVE_DOER.exec(after);
  const doer = rel ? `${DOER_OF[rel[1].toLowerCase()] ?? ''} ${rel[0]}` : '';
  // "X is a doctor at the hospital", "X was the police chief of P": the post as the predicate
  const predicate =
    /^\s+(?:is|was|has been|had been|is now|was then)\s+((?:a|an|the)\s[^,.;:!?]{0,60})/u.exec(after)?.[1] ??
    '';
  // "Maulana X", "Sheikh Y": an honorific that stays in the name
  const first = text.slice(x.start, x.end).split(/\s+/)[0].toLowerCase();
  const honorific = NAME_HONORIFICS.has(first) ? first : '';
  return `${x.title ?? ''} | ${honorific} | ${tight} | ${apposBefore} | ${appos} | ${predicate} | ${doer}`.toLowerCase();
}

/**
 * "the captain", "the police boss", "the health official": the person last introduced, within 1,500
 * characters before `at`, with that post or one of its other words and with the words that say
 * which ("police", "health") beside the name; -1 if none, or when an unnamed holder of the post
 * ("an officer", "a lawmaker") was introduced after the name's sentence.
 */
export function describedHolder(
  doc: Annotated,
  masked: string,
  phrase: string,
  at: number,
  inQuote: (off: number) => boolean,
): number {
  const m = DESCRIPTION.exec(phrase.trim().replace(/^The\b/, 'the'));
  if (!m) return -1;
  const noun = m[2];
  if (!postNouns().has(noun)) return -1;
  const mods = m[1]
    .trim()
    .split(/\s+/)
    .filter((w) => w && !GRADING.has(w));
  if (!mods.length && NEEDS_MODIFIER.has(noun)) return -1;
  const words = family(noun, mods.length > 0);
  // (the words of a family are regular expressions: letters, a hyphen, and one look-behind)
  const post = new RegExp(`(?<![\\p{L}-])(?:${words.join('|')})(?![\\p{L}-])`, 'u');
  const which = mods.map((w) => new RegExp(`(?<![\\p{L}])${esc(w)}`, 'u'));
  // an unnamed holder introduced since: "an officer, speaking without giving his name, said …"
  const unnamed = new RegExp(
    `(?<![\\p{L}])(?:an?|one|another)\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:${words.join('|')})(?![\\p{L}-])`,
    'giu',
  );
  for (let i = doc.mentions.length - 1; i >= 0; i--) {
    const x = doc.mentions[i];
    if (x.start >= at) continue;
    if (x.end < at - 1500) break;
    const ei = doc.mentionEntity[i];
    if (ei < 0 || doc.entities[ei].type !== 'person' || inQuote(x.start)) continue;
    const d = describedAs(doc, x);
    if (post.test(d) && which.every((r) => r.test(d))) {
      return unnamedSince(masked, x.end, at, unnamed) ? -1 : ei;
    }
  }
  return -1;
}
