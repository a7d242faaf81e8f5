import { OCCUPATIONS, ROLES } from '../knowledge/titles.js';
import type { Annotated } from './annotated.js';
import type { Lexicon } from './lexicon.js';

// Stage 8: attributes of people from the words around their mentions: role and title
// ("spokesman of", "a top intelligence official"), age ("27-year-old"), occupation
// ("a student at"), nationality ("Pakistani cleric X"); and organisation kinds.

const ROLE_WORDS =
  'spokesman|spokesperson|spokeswoman|emir|amir|ameer|chief|head|leader|commander|founder|co-founder|deputy|deputy leader|chairman|chairwoman|president|vice president|minister|prime minister|foreign minister|interior minister|secretary|secretary of state|ambassador|envoy|governor|mayor|official|intelligence official|police official|police chief|officer|general|colonel|major|captain|inspector|superintendent|prosecutor|judge|senator|lawmaker|legislator|analyst|expert|researcher|cleric|imam|prayer leader|preacher|scholar|militant|fighter|commander|recruiter|financier|ideologue|operative|journalist|reporter|correspondent|editor|lawyer|activist|director|professor';
const OCC = [...OCCUPATIONS].sort((a, b) => b.length - a.length).join('|');
const ROLE_RE = new RegExp(
  `^,?\\s*(?:who is |who was |is |was |the |a |an |as |its |their )*(?:(?:\\d+-year-old|top|senior|former|chief|self-styled|so-called|local|provincial|central|official|[\\w-]+ing|[A-Z][\\w-]*) ){0,3}(${ROLE_WORDS})\\b`,
  'i',
);
const ROLE_BEFORE = new RegExp(`(?:^|\\s)(${ROLE_WORDS})\\s*$`, 'i');
const AGE_AFTER = /^,?\s*(?:a |an |the )?(\d{1,3})-year-old\b/i;
const AGE_BEFORE = /\b(\d{1,3})-year-old\s+(?:[\w-]+\s+){0,2}$/i;
const AGE_PAREN = /^\s*,?\s*\(?(\d{1,3})\)?[,\s]/;
const OCC_AFTER = new RegExp(
  `^,?\\s*(?:who is |who was |is |was |a |an |the )*(?:\\d+-year-old\\s+)?(?:[\\w-]+\\s+){0,2}?(${OCC})\\b`,
  'i',
);
const OCC_BEFORE = new RegExp(`\\b(${OCC})\\s+$`, 'i');

const MAX_MENTIONS_READ = 200;

export function personAttributes(doc: Annotated, lex: Lexicon, ei: number): Record<string, unknown> {
  const text = doc.text;
  const e = doc.entities[ei];
  const roles = new Set<string>();
  let age: number | undefined;
  let occupation: string | undefined;
  let nationality: string | undefined;
  // roles, ages and occupations are stated where a person is introduced; the first
  // mentions suffice, and a long text's thousandth mention adds only work
  for (const mi of e.mentions.slice(0, MAX_MENTIONS_READ)) {
    const m = doc.mentions[mi];
    const after = text.slice(m.end, Math.min(text.length, m.end + 90)).split(/[.;!?\n]/)[0];
    const before =
      text
        .slice(Math.max(0, m.start - 60), m.start)
        .split(/[.;!?\n“”"]/)
        .at(-1) ?? '';
    const r1 = after.match(ROLE_RE);
    // one role under one name: "spokesperson" and "spokesman", "amir" and "emir" are one role
    const role = (w: string) => ROLES.get(w.toLowerCase()) ?? w.toLowerCase();
    if (r1) roles.add(role(r1[1]));
    const r2 = before.match(ROLE_BEFORE);
    if (r2) roles.add(role(r2[1]));
    const a1 = after.match(AGE_AFTER) ?? before.match(AGE_BEFORE);
    if (a1 && age === undefined) {
      const n = Number(a1[1]);
      if (n > 0 && n < 120) age = n;
    }
    const a2 = after.match(AGE_PAREN);
    if (!a1 && a2 && age === undefined && Number(a2[1]) < 110 && Number(a2[1]) > 10) age = Number(a2[1]);
    const o1 = after.match(OCC_AFTER) ?? before.match(OCC_BEFORE);
    if (o1 && !occupation) occupation = o1[1].toLowerCase();
    const nat = before.match(/\b([A-Z][a-z]+)\s+(?:[\w-]+\s+){0,2}$/);
    if (nat && !nationality) {
      const d = lex.demonym(nat[1]);
      if (d) nationality = d.country ?? nat[1];
    }
  }
  const out: Record<string, unknown> = {};
  if (e.title) out.title = e.title;
  if (roles.size) out.role = [...roles];
  if (age !== undefined) out.age = age;
  if (occupation) out.occupation = occupation;
  if (nationality) out.nationality = nationality;
  return out;
}

const KIND_RULES: [RegExp, string][] = [
  // a rebel army names its cause ("Oromo Liberation Army", "Kachin Independence Army", "Islamic
  // Resistance in Iraq"): an armed group, not a state's force (not a "Liberation Day Committee")
  [
    /\b(?:liberation|independence|salvation|resistance|rebels?)\b.*\b(?:army|forces?|front|movement|brigades?|militias?|tigers|fighters)\b|\bislamic resistance\b|\brevolutionary armed forces\b/i,
    'militant group',
  ],
  [
    /\b(?:ministry|department|government|cabinet|office|parliament|assembly|senate|congress|council of ministers|administration|state department|foreign office|treasury|pentagon|white house|embassy|consulate|court|commission|secretariat)\b/i,
    'government',
  ],
  [
    // ("Special Detective Unit", "Criminal Investigations Department", "An Garda Síochána": police
    // bodies that name no police, which "the group" never stands for; arrests36: "Anti-Terrorism
    // Squad", "Anti-Terror Unit" as well as "Counter-Terrorism Department")
    /\b(?:police|intelligence|agency|agencies|army|military|rangers|corps|forces?|guard|navy|air force|(?:counter|anti)[- ]?terror(?:ism)?|ctd|fia|directorate|bureau|constabulary|law[- ]enforcement|gendarmerie|guardia civil|detectives?|criminal investigations?|garda|carabinieri)\b/i,
    'security agency',
  ],
  [
    /\b(?:party|league|tehreek-e-insaf|muslim league|people'?s party|movement for justice)\b/i,
    'political party',
  ],
  [
    /\b(?:seminary|madrass?ah?|jamia|darul uloom|mosque|masjid|church|temple|ahle hadith|deobandi|barelvi|university|college|school)\b/i,
    'religious institution',
  ],
  [
    /\b(?:news|times|post|tribune|herald|gazette|telegraph|journal|press|reuters|associated press|agence|radio|television|tv|broadcasting|daily|weekly|magazine)\b/i,
    'news agency',
  ],
  [
    /\b(?:lashkar|jaish|tehrik|tehreek|taliban|harkat|harakat|hizb|jamaat|jamatul|jamaatul|ansar|jund|jabhat|sipah|qaeda|qaida|isis|isil|daesh|islamic state|mujahideen|mujahidin|front|brigade|militia|army of|shabaab|boko|haram|ahrar|khorasan|caliphate|emirate|network|militant|jihad)\b/i,
    'militant group',
  ],
];

export function orgKind(names: string[], gazetteerKind: string | undefined): string | undefined {
  if (gazetteerKind) return gazetteerKind;
  for (const [re, kind] of KIND_RULES) if (names.some((n) => re.test(n))) return kind;
  return undefined;
}
