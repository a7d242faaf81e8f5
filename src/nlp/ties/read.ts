import { isNationalCapital } from '../../knowledge/places.js';
import type { EntityType, RelationType } from '../../types.js';
import type { Annotated } from '../annotated.js';
import { orgKind } from '../attributes.js';
import {
  conjuncts,
  dependents,
  headOf,
  isNegated,
  lemmaOf,
  mentionAt,
  relOf,
  uposOf,
  voice,
} from '../syntax.js';
import {
  atSiteOrAct,
  nameRightBefore,
  openedByConjunction,
  ownTitleOnly,
  ownTitleWithin,
  titleOwnedByOther,
  whoseSubject,
} from '../ties-members29.js';
import { calledOnTokens, nounFits } from './called.js';
import { claimingVerb } from './claimed.js';
import { PATTERNS } from './index.js';
import { actsJointly } from './jointly.js';
import {
  adverbPrep,
  describedAs,
  lastTwoNamed,
  objectBeforeComma,
  peopleBeside,
  strandedSubject,
  subordinateSubject,
  verbAfterApposition,
} from './stranded-subject.js';
import type { EndType, NounPattern, TiePattern, VerbPattern } from './types.js';

/** public offices a place's name can stand before: their holder serves the place, and need not
 * live there ("Borno governor X", "Texas Sen. X", "Karachi police chief X") */
const OFFICE = new Set(
  (
    'governor gov mayor senator sen president premier minister chancellor secretary ambassador envoy ' +
    'commissioner administrator chief judge prosecutor attorney-general ruler king queen emir ' +
    'sheriff councillor councilor congressman congresswoman representative rep lieutenant'
  ).split(' '),
);

// Reads ties on the dependency parse: for each token whose lemma triggers a pattern, the
// mentions standing in the pattern's slots (with their conjuncts) are tied. Names are
// one node each (joinMentionsInParse); pronouns and "the group" arrive already resolved
// as token → entity.

export interface ParseTie {
  type: RelationType;
  subject: number;
  object: number;
  negated: boolean;
  /** tokens of the two ends (to find the quote a tie is stated in) */
  at: [number, number];
  cue: string;
}

const SYMMETRIC = new Set<RelationType>(['allied_with', 'rival_of', 'fights']);
/** verbs that deny what they govern: "denied any links with", "rejected claims it had ties to",
 * "rebuffed suggestions that it was allied with", "repudiated reports of ties to" */
const DENY = new Set(['deny', 'reject', 'dismiss', 'refute', 'rebuff', 'repudiate']);
/** nouns for grounds a clause on them may lack: "no evidence that X belonged to G", "no sign that
 * G had links with H", "found no proof that …" */
/** words that open a clause of time: "after pledging", "before joining", "since splitting" */
const TIME_MARK = new Set(['after', 'before', 'since', 'until', 'when', 'while', 'upon', 'once']);
const GROUNDS = new Set(['evidence', 'proof', 'sign', 'indication']);
/** verbs whose object noun says the act: "launched an offensive against", "has links with" */
const LIGHT = new Set(
  'launch carry conduct wage mount begin start continue step intensify stage order have maintain form forge establish keep build cut sever end enjoy develop deny reject dismiss refute rebuff repudiate announce lead resume sign conclude strike agree reach seal enter fly fight win lose'.split(
    ' ',
  ),
);
/** verbs that make a pact or an alliance: "A and B formed an alliance", "… signed a pact" */
const PACT_MADE = new Set('form forge sign seal strike conclude'.split(' '));
/** what such a verb makes between allies (not a truce or an agreement, which foes sign too) */
const ALLIANCE_NOUN = new Set('alliance coalition pact partnership'.split(' '));
/** nouns for a part of a group, which a name set before them by a comma is ("H, the G faction") */
const PART_BESIDE = new Set(['faction', 'wing', 'branch', 'splinter', 'offshoot']);
/** parts of a group, or groups tied to it, whose "of G" a participle after G may describe (ties28) */
const PART_OF_WHOLE = new Set([...PART_BESIDE, 'affiliate', 'arm', 'cell', 'unit']);
/** nouns that stand for the organisation named in them: "the Khan group", "Haqqani network" */
const GENERIC_ORG = new Set(
  'group network organization organisation militia movement faction outfit party force army wing front brigade company firm contractor cartel gang service department agency ministry bureau division leadership coalition alliance'.split(
    ' ',
  ),
);
/** verbs that say who someone became ("X … and became its emir", "… and remained its chief") */
const BECOME = new Set(['become', 'remain', 'stay']);

/** nouns that stand for the group that owns them: "fighters of X", "X positions", "the threat of X" */
const PROXY = new Set(
  'fighter militant rebel insurgent guerrilla mercenary troop soldier commando gunman volunteer militiaman detective officer policeman investigator operative position stronghold base headquarters hideout camp depot checkpoint outpost target threat terrorism aggression advance unit cell battalion squad platoon detachment jet warplane aircraft drone helicopter boat vessel convoy vehicle artillery'.split(
    ' ',
  ),
);
/** nouns for another side that a name set beside them stands for: "fought its rival, H" */
const COUNTERPART = new Set('rival ally enemy foe opponent adversary nemesis'.split(' '));
/** a state's own forces, which stand for the state: "troops from Burundi", "Kenya's soldiers" */
const STATE_FORCE = new Set('troop soldier warplane jet aircraft drone helicopter'.split(' '));
/** "A fights side by side with B" (read on the tokens, below) */
const SIDE_BY_SIDE: VerbPattern = {
  kind: 'verb',
  id: 'allied_with/side-by-side',
  type: 'allied_with',
  lemmas: [],
  subject: [],
  object: [],
  a: ['person', 'organization', 'state'],
  b: ['person', 'organization', 'state'],
  examples: [],
};
/** "H, an alliance formed by A and B": A and B are allies (ties27) */
const FORMED_TOGETHER: VerbPattern = {
  ...SIDE_BY_SIDE,
  id: 'allied_with/formed-together',
  a: ['organization'],
  b: ['organization'],
};
/** "G was set up by A and B": G is tied to each group that founded it together (ties28) */
const FOUNDED_BY_GROUPS: VerbPattern = {
  ...SIDE_BY_SIDE,
  id: 'affiliated_with/founded-by',
  type: 'affiliated_with',
  a: ['organization'],
  b: ['organization'],
};
/** "X commanded a G battalion", "X led a G cell": who commands a part of G is one of its members */
const COMMANDS_PART: VerbPattern = {
  ...SIDE_BY_SIDE,
  id: 'member_of/commands-part',
  type: 'member_of',
  a: ['person'],
  b: ['organization'],
};
/** parts of a group that a leader verb's object may name ("commanded a G brigade") */
const PART_NOUN = new Set(
  'unit cell brigade battalion squad platoon detachment wing branch division column'.split(' '),
);
/** "A fought with B against C" (read beside the fights patterns, below) */
const WITH_AGAINST: VerbPattern = { ...SIDE_BY_SIDE, id: 'allied_with/with-against' };
/** "A ambushed the convoy together with B" (read on the parse, below) */
const TOGETHER_WITH: VerbPattern = {
  ...SIDE_BY_SIDE,
  id: 'allied_with/together-with',
  a: ['organization', 'state'],
  b: ['organization', 'state'],
};
/** acts of war done together with an ally */
const TOGETHER_ACTS = new Set(
  'fight battle attack ambush raid storm strike assault overrun seize capture besiege shell bomb'.split(' '),
);
/** "G was joined by H" (read beside part_of/join, below) */
const JOINED_BY: VerbPattern = { ...SIDE_BY_SIDE, id: 'allied_with/joined-by' };
/**
 * "G has been fighting H for control of P", "G is fighting a smaller rival, H": groups that fight
 * over the same ground, or that the text calls rivals as it tells of the fighting, are rivals too
 * (groups35)
 */
const FIGHTS_RIVAL: VerbPattern = {
  ...SIDE_BY_SIDE,
  id: 'rival_of/fights-for',
  type: 'rival_of',
  a: ['organization'],
  b: ['organization'],
};
/** what two sides who fight for it contest: "fighting H for control of the area" */
const CONTESTED = new Set('control dominance supremacy domination influence leadership'.split(' '));
/** means one side lends another: "backed by drones operated by H", "air strikes flown by H" */
const MEANS = new Set(
  'drone drones airstrike airstrikes strike strikes aircraft jet jets warplane warplanes helicopter helicopters artillery fighter fighters troop troops adviser advisers advisor advisors mercenary mercenaries contractor contractors weapon weapons arm arms money fund funds'.split(
    ' ',
  ),
);
/** what a denial rejects: "rejected claims that …", "dismissed reports that …" */
const CLAIM = new Set(
  'claim report allegation accusation charge suggestion rumour rumor speculation'.split(' '),
);
/** people who stand for their group in armed conflict: "a strike against a G commander" */
const RANKS_OF_FORCE = new Set('leader commander chief member official operative emir amir'.split(' '));
/** parts of a force: "the G unit", "G's special forces" */
const SUBUNIT = new Set(
  'unit cell wing brigade battalion regiment company squad platoon division branch force detachment column office department bureau section desk'.split(
    ' ',
  ),
);
/** the `of` entries of a noun pattern that name no preposition */
/** the head of "each other", "one another" */
const EACH_OTHER = new Set(['each', 'other', 'another']);
const NOT_PREP = new Set(['poss', 'compound', 'head', 'clause', 'appos']);
/** counts of acts: "dozens of strikes", "a series of raids", "a wave of attacks" */
const QUANTITY = new Set(
  'dozen dozens hundred hundreds score scores thousand thousands series wave spate string barrage round volley number couple handful'.split(
    ' ',
  ),
);
/** nouns a group's name stands before: "the G militia of X", "the G faction of X" (X leads it) */
const GROUP_NOUN = new Set(
  'militia faction movement group army party organisation organization outfit'.split(' '),
);
/** verbs whose "in" phrase names a state their subject is in: "locked in a feud with Y" */
const IMMERSED = new Set('lock embroil entangle mire enmesh trap catch involve engage bog'.split(' '));
/** verbs of a side worn down by a fight it is in: "X has been weakened by fighting with Y" (fights29) */
const WORN = new Set('weaken exhaust drain sap bleed batter deplete erode cripple'.split(' '));
/** spans of time a fight is counted in: "years of fighting with Y" */
const SPAN_OF = new Set('year month week decade day hour'.split(' '));
/** a ruling body or a state's military, which in a fight stands for the organisation named in
 * it ("the Taliban government") or after it ("the military, known as the Tatmadaw") */
const RULING_SIDE = new Set('government regime junta administration military army'.split(' '));
/** the fight verbs a gerund or a noun read as a verb may carry ("weakened by clashes with Y") */
const WORN_BY_FIGHT = new Set('fight clash battle'.split(' '));
/** nouns of a country's divisions, written after the division's name: "Kunar province" */
const DIVISION = new Set(
  'province district region state county governorate prefecture municipality'.split(' '),
);
/** a part of a country a title is held in: "G's commander in the region" */
const AREA = new Set(
  'area region district province state town city zone sector county village north south east west'.split(' '),
);
/** nouns for a union of groups: "G, a coalition of A, B and C" */
const COALITION = new Set('coalition alliance umbrella grouping federation bloc union merger'.split(' '));
/** verbs by which a subject has a partner or a foe: "G faces a rival, H", "G found an ally in H" */
const HAVE = new Set('face have find gain acquire win confront'.split(' '));
/** verbs whose gerund tells what their object is said to do: "accused X of arming Y" */
const ACCUSE = new Set('accuse suspect charge blame convict'.split(' '));
/** verbs of a charge that did not stand: "acquitted X of belonging to G" (members31) */
const CLEARED = new Set('acquit clear absolve exonerate'.split(' '));
/** verbs that say one left a group: "a former G commander who defected to the army" */
const LEAVE = new Set('defect desert surrender quit abandon leave flee escape renounce'.split(' '));
/** plural nouns for a force's people: "… said officers had arrested X" */
const FORCE_PEOPLE = new Set(
  'officer policeman agent detective investigator trooper soldier troop police'.split(' '),
);
/** verbs that report what someone says */
const SPEECH = new Set('say tell announce report state confirm add'.split(' '));
/** verbs that choose someone for a title: "chose X as its emir", "appointed X as chief" */
const APPOINT = new Set(
  'choose elect appoint select pick install name designate nominate confirm announce unveil'.split(' '),
);
/** verbs of making a body to be something: "G set up / created X as its armed wing" (X holds the
 * title, not G; parts38) */
const CREATE_AS = new Set('create establish found form launch set build organise organize'.split(' '));
/** verbs that say what someone takes a thing for: "police describe X as a front for G" (X holds
 * the title, not the police) */
const DESCRIBE_AS = new Set('describe regard see view consider portray depict brand label'.split(' '));
/** nouns for a name a person goes by: "known by the kunya X", "known by the alias X" */
const ALIAS_NOUN = new Set(['name', 'alias', 'kunya', 'pseudonym', 'nickname', 'moniker', 'sobriquet']);
/** participles of belief or report that give a title to the name set before them: "X, believed
 * to be a member of G", "X, thought to be G's leader", "X, widely seen as G's commander" */
const BELIEVED = new Set(
  'believed thought considered suspected alleged said reported presumed understood reputed rumoured rumored deemed seen regarded viewed'.split(
    ' ',
  ),
);
/** verbs that give a title its holder's name: "a commander known as X", "identified as X" */
const NAMING = new Set(['know', 'name', 'identify', 'call', 'dub', 'list']);
/** naming verbs that take the name with no "as": "a fighter named X", "a man called X" (ties28) */
const BARE_NAMING = new Set(['name', 'call', 'dub']);
/** nouns for a person that a text names beside them: "the defendant, X", "a man identified as X" */
const PERSON_NOUN = new Set(
  'man woman boy girl youth teenager defendant suspect accused detainee prisoner convict individual person gunman attacker assailant bomber driver'.split(
    ' ',
  ),
);
const PRONOUN = new Set(['it', 'they', 'he', 'she', 'we']);
/** a rank or an honorific between a title and a name: "spokesman Lt. X", "chief Dr. X" */
const RANK =
  /^(?:Lt|Lieut|Col|Gen|Maj|Capt|Cpt|Sgt|Cpl|Adm|Cmdr|Cdr|Brig|Dr|Mr|Mrs|Ms|Prof)\.?$|^(?:Lieutenant|Colonel|General|Major|Captain|Sergeant|Corporal|Admiral|Commodore|Brigadier|Air|Commander)$/;
/** has()'s answers so far, per set (cleared when large) */
const hasMemo = new WeakMap<Set<string>, Map<string, boolean>>();
/** a lemma in a set, whichever lemmatiser made it ("hav" for "having") */
const has = (set: Set<string>, l: string): boolean => {
  let memo = hasMemo.get(set);
  if (!memo) hasMemo.set(set, (memo = new Map()));
  let found = memo.get(l);
  if (found === undefined) {
    found = variants(l).some((v) => set.has(v));
    if (memo.size >= MEMO_MAX) memo.clear();
    memo.set(own(l), found);
  }
  return found;
};
/** entries a memo keeps before it starts again */
const MEMO_MAX = 20_000;
/**
 * A memo's own copy of a key: V8 keeps a slice of 13 characters or more as a view on the
 * text it was cut from, and the memo outlives the document.
 */
const own = (s: string): string => (s.length < 13 ? s : ` ${s}`.slice(1));
const RELATIVE = new Set(['who', 'which', 'that', 'whom']);
const PARTICIPLE = /(?:ed|en|led|held|run|fought|sworn|taken|given|thrown|broken|split)$/i;
/**
 * "a force armed and financed by X" with the second participle hung on the noun: a participle
 * after noun `h` (an amod) comes before conjunct `v`, so both describe the noun
 */
function postposedParticiples(
  doc: Annotated,
  h: number,
  v: number,
  ch: (t: number) => number[],
  participle: (t: number) => boolean,
): boolean {
  if (h < 0 || uposOf(doc, h) !== 'NOUN') return false;
  return ch(h).some((k) => k > h && k < v && relOf(doc, k) === 'amod' && participle(k));
}

/**
 * The organisation named by the tokens right after group noun `t` ("the militant group G"),
 * or -1: the name must start at t + 1 and not be the noun's own "of" object
 */
function nameRightAfter(
  doc: Annotated,
  t: number,
  nameHead: Map<number, number>,
  tokenEntity: Map<number, number>,
): number {
  const h = nameHead.get(t + 1);
  if (h === undefined || nameHead.get(t) === h) return -1;
  const e = tokenEntity.get(h);
  return e !== undefined && doc.entities[e].type === 'organization' ? e : -1;
}

/** a group's part that a naming verb may name ("a unit known as G", "a cell called G") */
const NAMED_UNIT = new Set(['unit', 'cell', 'squad', 'battalion', 'regiment', 'detachment']);

/**
 * The organisation a naming verb right after group noun `g` names ("militias known as G",
 * "a group called G"), or -1: the verb on `g` itself, or on the noun `g`'s "of" phrase hangs
 * on, where the parser takes it ("a commander of a group known as G" with "known" on the
 * commander). Only an organisation's name: "a commander of the group known as X" with X a
 * person names the commander.
 */
function groupNamedPast(
  doc: Annotated,
  g: number,
  ch: (t: number) => number[],
  tokenEntity: Map<number, number>,
  nameHead: Map<number, number>,
): number {
  if (uposOf(doc, g) !== 'NOUN' || !(GENERIC_ORG.has(lemmaOf(doc, g)) || NAMED_UNIT.has(lemmaOf(doc, g))))
    return -1;
  let v = -1;
  for (const k of ch(g)) if (k === g + 1 && relOf(doc, k) === 'acl' && NAMING.has(lemmaOf(doc, k))) v = k;
  const h = headOf(doc, g);
  if (v < 0 && h >= 0 && h < g && relOf(doc, g) === 'nmod')
    for (const k of ch(h)) if (k === g + 1 && relOf(doc, k) === 'acl' && NAMING.has(lemmaOf(doc, k))) v = k;
  if (v < 0) return -1;
  for (const a of ch(v)) {
    // ("known as G", "called G", "named G": an oblique with "as", or the verb's complement)
    const r = relOf(doc, a);
    const as = ch(a).some((c) => relOf(doc, c) === 'case' && lemmaOf(doc, c) === 'as');
    if (!(/^(?:xcomp|obj)/.test(r) || (/^obl/.test(r) && as))) continue;
    const e = nameHead.has(a) ? tokenEntity.get(a) : undefined;
    if (e !== undefined && doc.entities[e].type === 'organization') return e;
  }
  return -1;
}

/**
 * The noun a relative clause describes when noun `t` is owned by its "whose" ("G, whose
 * fighters …": G), or -1
 */
function whoseAntecedent(
  doc: Annotated,
  t: number,
  ch: (t: number) => number[],
  nameHead: Map<number, number>,
): number {
  const w = ch(t).find((k) => k < t && relOf(doc, k) === 'nmod:poss' && lemmaOf(doc, k) === 'whose');
  if (w === undefined) return -1;
  const v = headOf(doc, t);
  if (v >= 0 && relOf(doc, v) === 'acl:relcl') return headOf(doc, v);
  // (on the tokens, however the parser hung the clause: "NAME, whose …")
  const name =
    w >= 2 && doc.text.slice(doc.seg.tokens.start[w - 1], doc.seg.tokens.end[w - 1]) === ','
      ? nameHead.get(w - 2)
      : undefined;
  return name ?? -1;
}

/**
 * "X, whose G fought …": the name before the comma that opens the clause owns the name `n`
 * right after its "whose" (at `w`), on the tokens, however the parser hung them; none when the
 * name only modifies a noun after it ("X, whose G unit …" owns the unit, not G)
 */
function whoseNameOwner(
  doc: Annotated,
  n: number,
  w: number,
  tFirst: number,
  nameHead: Map<number, number>,
): number[] {
  if (w - 2 < tFirst || doc.text.slice(doc.seg.tokens.start[w - 1], doc.seg.tokens.end[w - 1]) !== ',')
    return [];
  const owner = nameHead.get(w - 2);
  let end = n;
  while (nameHead.get(end + 1) === n) end++;
  if (owner === undefined || owner === n || uposOf(doc, end + 1) === 'NOUN') return [];
  return [owner];
}

/** verbs of groups becoming one ("A merged with B to form G") */
const MERGE = new Set(['merge', 'unite', 'combine', 'amalgamate', 'fuse']);

/** verbs whose passive raises the subject of the infinitive after it ("X is believed to lead G") */
const RAISING = new Set([
  'believe',
  'think',
  'say',
  'know',
  'report',
  'suspect',
  'allege',
  'understand',
  'expect',
  'fear',
  'presume',
  'rumour',
  'rumor',
]);

/** verbs of saying or believing that a relative clause may put between its pronoun and verb */
const SAID = new Set(['say', 'believe', 'allege', 'claim']);
/**
 * "G, which P says is backed by H", "a party that police say is linked to H": the parser made the
 * speech verb the subject of the verb `v` its clause governs. The token the relative pronoun
 * before the speaker stands for (the name before its comma, or the noun before "that"), or -1.
 */
function saidRelativeSubject(doc: Annotated, v: number, ch: (t: number) => number[], tFirst: number): number {
  const s = ch(v).find((k) => k < v && /^nsubj/.test(relOf(doc, k)) && SAID.has(lemmaOf(doc, k)));
  if (s === undefined) return saidClauseSubject(doc, v, ch, tFirst);
  let w = s - 1;
  while (w > tFirst && s - w <= 4 && /^(?:NOUN|PROPN|DET|ADJ)$/.test(uposOf(doc, w) ?? '')) w--;
  const rel = lemmaOf(doc, w);
  if (w === s - 1 || !(rel === 'which' || rel === 'that' || rel === 'who')) return -1;
  const a = doc.text.slice(doc.seg.tokens.start[w - 1], doc.seg.tokens.end[w - 1]) === ',' ? w - 2 : w - 1;
  return a >= tFirst && (rel !== 'that' || a === w - 1) ? nameBeforeNoun(doc, a, tFirst) : -1;
}
/**
 * "G, a party that …": a common noun set beside a name by a comma stands for the name before that
 * comma (past an acronym in brackets); any other token stands for itself
 */
function nameBeforeNoun(doc: Annotated, a: number, tFirst: number): number {
  if (uposOf(doc, a) !== 'NOUN') return a;
  const text = (k: number) => doc.text.slice(doc.seg.tokens.start[k], doc.seg.tokens.end[k]);
  let k = a - 1;
  while (k > tFirst && a - k <= 5 && /^(?:DET|ADJ|NOUN)$/.test(uposOf(doc, k) ?? '')) k--;
  if (text(k) !== ',') return a;
  k--;
  if (k - 2 > tFirst && text(k) === ')' && text(k - 2) === '(') k -= 3;
  return k >= tFirst && /^PROPN$/.test(uposOf(doc, k) ?? '') ? k : a;
}

/**
 * "G, which the UN says has fought H", "X, who police say leads G": a verb with no subject of its
 * own that completes a speech verb whose clause opens with a relative pronoun. The token the
 * pronoun stands for (the noun the clause is on, or the name before its comma), or -1.
 */
function saidClauseSubject(doc: Annotated, v: number, ch: (t: number) => number[], tFirst: number): number {
  const h = headOf(doc, v);
  if (h < 0 || relOf(doc, v) !== 'ccomp' || !SAID.has(lemmaOf(doc, h))) return -1;
  if (ch(v).some((k) => /^(?:nsubj|expl)/.test(relOf(doc, k)))) return -1;
  const w = ch(h).find((k) => k < h && /^(?:which|that|who)$/.test(lemmaOf(doc, k)));
  if (w === undefined) return -1;
  const n = headOf(doc, h);
  if (relOf(doc, h) === 'acl:relcl' && n >= 0 && n < w && /^(?:NOUN|PROPN)$/.test(uposOf(doc, n) ?? ''))
    return nameBeforeNoun(doc, n, tFirst);
  const a =
    w - 1 > tFirst && doc.text.slice(doc.seg.tokens.start[w - 1], doc.seg.tokens.end[w - 1]) === ','
      ? w - 2
      : -1;
  return a >= tFirst ? nameBeforeNoun(doc, a, tFirst) : -1;
}

/**
 * a name the parser labelled an adjective of the noun after it ("Hezbollah positions" as amod), or
 * a subject of noun `t` right after it when `t` is no predicate ("G troops battling H" with G hung on
 * "troops" as nsubj: a compound the parser mislabelled; fights34)
 */
function nameAsModifier(doc: Annotated, k: number, nameHead: Map<number, number>, t: number): boolean {
  if (nameHead.get(k) !== k) return false;
  const r = relOf(doc, k);
  if (r === 'amod') return true;
  return (
    r === 'nsubj' &&
    k === t - 1 &&
    uposOf(doc, t) === 'NOUN' &&
    !dependents(doc, t, 'cop').length &&
    !dependents(doc, t, 'aux').length
  );
}

/**
 * "G fighters attacked H troops" parsed as a noun phrase: a participle on the sentence's root noun
 * that takes an object and no "by" is the sentence's verb, in the active voice
 */
function verbOfRootNoun(doc: Annotated, v: number, ch: (t: number) => number[]): boolean {
  const h = headOf(doc, v);
  if (h < 0 || relOf(doc, h) !== 'root' || uposOf(doc, h) !== 'NOUN') return false;
  let obj = false;
  for (const k of ch(v)) {
    const r = relOf(doc, k);
    if (r === 'obl:agent' || r === 'aux:pass') return false;
    if (r === 'obj') obj = true;
  }
  return obj;
}

/**
 * "G, headquartered in P, denies …": participle `p` (no auxiliary of its own) opens right after a
 * comma and is closed by a comma right before verb `v`, which it comes before; it describes the
 * subject, and the parser hung the verb on it (or it on the verb)
 */
function setOffParticiple(doc: Annotated, p: number, v: number, ch: (t: number) => number[]): boolean {
  if (p < 1 || v <= p + 1) return false;
  const text = (k: number) => doc.text.slice(doc.seg.tokens.start[k], doc.seg.tokens.end[k]);
  // (past the verb's own auxiliaries and adverbs: "G, backed by H, has long fought K"; fights34)
  let b = v - 1;
  while (b > p + 1 && headOf(doc, b) === v && /^(?:aux|advmod)/.test(relOf(doc, b))) b--;
  if (text(p - 1) !== ',' || text(b) !== ',' || !PARTICIPLE.test(text(p))) return false;
  return !ch(p).some((k) => /^(?:aux|cop)/.test(relOf(doc, k)));
}

/** nouns for a group's armed part, which a name before them may be ("its al-Furqan faction") */
const UNIT_NOUN = new Set([
  'faction',
  'wing',
  'branch',
  'unit',
  'brigade',
  'battalion',
  'cell',
  'squad',
  'division',
  // a group's own organs, which speak or act in its name: "its Amaq news agency", "its X media
  // foundation", "the group's X media arm" (ties23)
  'arm',
  'agency',
  'foundation',
  'outlet',
  'mouthpiece',
]);

/**
 * "In a statement released through its X agency, G said …", "G's Sahel affiliate, H, said … in a
 * message released by its X media arm": a possessive pronoun in a clause whose subject names an
 * organisation stands for that subject, whatever the resolver took it for; the subject's token, or
 * -1 (ties23)
 */
function clauseSubjectOrg(doc: Annotated, k: number, n: number, tokenEntity: Map<number, number>): number {
  const own = tokenEntity.get(n);
  let root = k;
  for (let n = 0; n < 40 && headOf(doc, root) >= 0; n++) root = headOf(doc, root);
  for (const [t, s] of tokenEntity) {
    if (s === own) continue;
    // (or of a clause the parser hung on a fronted phrase's verb: "In a claim carried by its X
    // agency, G named …")
    const v = headOf(doc, t);
    const clause =
      v === root ||
      (t > k && v >= 0 && headOf(doc, v) === root && /^(?:ccomp|parataxis)$/.test(relOf(doc, v)));
    if (clause && /^nsubj/.test(relOf(doc, t)) && doc.entities[s].type === 'organization') return t;
    // (a title the subject is, set beside its name: "G's affiliate, H, claimed …")
    const h = headOf(doc, t);
    if (
      relOf(doc, t) === 'appos' &&
      h >= 0 &&
      headOf(doc, h) === root &&
      /^nsubj/.test(relOf(doc, h)) &&
      !tokenEntity.has(h) &&
      doc.entities[s].type === 'organization'
    )
      return t;
  }
  return -1;
}

/** whether token `h` is a unit's or an organ's noun, past "media"/"news" before it ("media arm") */
function unitHead(doc: Annotated, h: number): boolean {
  if (UNIT_NOUN.has(lemmaOf(doc, h))) return true;
  return (
    relOf(doc, h) === 'compound' &&
    /^(?:media|medium|news|propaganda)$/.test(lemmaOf(doc, h)) &&
    UNIT_NOUN.has(lemmaOf(doc, headOf(doc, h)))
  );
}

/**
 * "Its al-Furqan faction", "their Red Unit", "its X news agency": a possessive pronoun right
 * before a name `n` (or its lower-case modifiers) that stands for an organisation owns the name,
 * as "G's" does; not a name that modifies another noun than a unit's or an organ's ("its Telegram
 * channel")
 */
function ownerPronoun(doc: Annotated, k: number, n: number, tokenEntity: Map<number, number>): number {
  const e = tokenEntity.get(k);
  const owns =
    e !== undefined &&
    uposOf(doc, k) === 'PRON' &&
    doc.entities[e].type === 'organization' &&
    /^(?:its|their)$/i.test(doc.text.slice(doc.seg.tokens.start[k], doc.seg.tokens.end[k])) &&
    (relOf(doc, n) !== 'compound' || unitHead(doc, headOf(doc, n)));
  if (!owns) return -1;
  const subj = clauseSubjectOrg(doc, k, n, tokenEntity);
  return subj >= 0 ? subj : k;
}

/**
 * "The court found that the defendant, named only as X, had pledged …" with the naming
 * participle parsed as the clause's verb and "had pledged" as a conjunct of "found" (no "and"
 * of its own): the noun before the participle's comma is the conjunct's subject, not the
 * subject of the verb the parser hung it on
 */
function setOffClauseSubject(doc: Annotated, h: number, v: number, ch: (t: number) => number[]): number[] {
  if (relOf(doc, v) !== 'conj' || ch(v).some((k) => relOf(doc, k) === 'cc')) return [];
  // (the conjunct's comma may stand before its auxiliaries: ", had pledged")
  const first = ch(v).reduce((a, k) => (k < a && /^aux/.test(relOf(doc, k)) ? k : a), v);
  const p = ch(h).find(
    (k) => k > h && k < first && relOf(doc, k) === 'ccomp' && setOffParticiple(doc, k, first, ch),
  );
  if (p === undefined) return [];
  return ch(p).filter((k) => k < p && /^nsubj/.test(relOf(doc, k)));
}

/**
 * "G, headquartered in P, denies …" with the participle parsed as the subject and G hung on it:
 * the name before the participle's comma is the subject; any other subject `k` stands as it is
 */
function setOffSubjectName(doc: Annotated, k: number, v: number, ch: (t: number) => number[]): number {
  if (uposOf(doc, k) !== 'VERB' || !setOffParticiple(doc, k, v, ch)) return k;
  const name = ch(k).find(
    (c) => c < k - 1 && /^(?:vocative|nsubj|nsubj:pass|obl:unmarked)$/.test(relOf(doc, c)),
  );
  return name ?? k;
}

/** verbs that fill a post, whatever the post's adjective */
const FILL_POST = new Set(['appoint', 'elect', 'choose', 'select', 'install', 'pick']);
/**
 * "G appointed a commander, X", "G named a new leader, X": the organisation that gives the title
 * `t`, the object of a verb that fills a post (or of "name", "announce" … with "new" on the title)
 */
function appointedBy(
  doc: Annotated,
  t: number,
  ch: (t: number) => number[],
  agentOf: (v: number) => number[],
  entity: (t: number) => number,
): number[] {
  if (relOf(doc, t) !== 'obj') return [];
  const v = headOf(doc, t);
  if (v < 0 || uposOf(doc, v) !== 'VERB' || !APPOINT.has(lemmaOf(doc, v))) return [];
  if (
    !FILL_POST.has(lemmaOf(doc, v)) &&
    !ch(t).some((k) => relOf(doc, k) === 'amod' && lemmaOf(doc, k) === 'new')
  )
    return [];
  return agentOf(v).filter((k) => entity(k) >= 0 && doc.entities[entity(k)].type === 'organization');
}

/** "G named a new leader": a title with "new" that a verb filling a post takes is the one post */
function newPostFilled(doc: Annotated, t: number, ch: (t: number) => number[]): boolean {
  const v = headOf(doc, t);
  return (
    v >= 0 &&
    relOf(doc, t) === 'obj' &&
    APPOINT.has(lemmaOf(doc, v)) &&
    ch(t).some((k) => relOf(doc, k) === 'amod' && lemmaOf(doc, k) === 'new')
  );
}

/** nouns for a group's parts, which carry names of their own ("G's H wing", "its H faction") */
const OWN_NAMED_PART = new Set('wing faction branch unit brigade front division cell'.split(' '));
/**
 * a part noun's children with its possessive owners last ("G's H wing", "its H faction": H
 * before G); other nouns' children as they are ("its H news agency" stays the owner's)
 */
function ownNameFirst(doc: Annotated, t: number, kids: number[]): number[] {
  if (!OWN_NAMED_PART.has(lemmaOf(doc, t)) || !kids.some((k) => relOf(doc, k) === 'nmod:poss')) return kids;
  return [
    ...kids.filter((k) => relOf(doc, k) !== 'nmod:poss'),
    ...kids.filter((k) => relOf(doc, k) === 'nmod:poss'),
  ];
}

/**
 * "X (XA), the G's political arm, …" on the tokens: the head of the name (past an acronym in
 * brackets) before the comma that opens title `t`'s phrase ("the"/"a" + owner and modifiers),
 * when a comma or full stop closes it; else none
 */
function nameBeforeTitle(doc: Annotated, t: number, first: number, nameHead: Map<number, number>): number[] {
  const word = (k: number) => doc.text.slice(doc.seg.tokens.start[k], doc.seg.tokens.end[k]);
  if (!/^[,.]$/.test(word(t + 1))) return [];
  let k = t - 1;
  while (k > first && t - k <= 8 && word(k) !== ',') {
    if (!nameHead.has(k) && !/^(?:DET|ADJ|PART)$/.test(uposOf(doc, k) ?? '') && !/^['’]s?$/.test(word(k)))
      return [];
    k--;
  }
  if (word(k) !== ',' || uposOf(doc, k + 1) !== 'DET') return [];
  k--;
  if (word(k) === ')') {
    while (k > first && word(k) !== '(') k--;
    k--;
  }
  const h = k >= first ? nameHead.get(k) : undefined;
  return h === undefined ? [] : [h];
}

/**
 * The organisation a plural noun for fighters is "loyal to" right after it ("forces loyal to
 * G", "militiamen loyal to the G"), or -1
 */
function loyalToOnTokens(
  doc: Annotated,
  t: number,
  last: number,
  nameHead: Map<number, number>,
  tokenEntity: Map<number, number>,
): number {
  const word = (k: number) =>
    k < last ? doc.text.slice(doc.seg.tokens.start[k], doc.seg.tokens.end[k]) : '';
  if (!/s$/i.test(word(t)) || !/^loyal$/i.test(word(t + 1)) || !/^to$/i.test(word(t + 2))) return -1;
  const h = nameHead.get(/^the$/i.test(word(t + 3)) ? t + 4 : t + 3);
  const e = h === undefined ? undefined : tokenEntity.get(h);
  return e !== undefined && doc.entities[e].type === 'organization' ? e : -1;
}

interface Index {
  verbs: Map<string, VerbPattern[]>;
  nouns: Map<string, NounPattern[]>;
  /** the noun patterns whose holder is the name itself ("X of the Y group") */
  self: NounPattern[];
}
let index: Index | null = null;
/** what hangs on a claim a denial rejects: "claims that it had ties to H" (a clause), "claims
 * of links to H" (an "of" phrase) */
function claimPart(r: string, prep: string | undefined): boolean {
  return /^acl/.test(r) || (r === 'nmod' && prep === 'of');
}

/**
 * "G rejected claims of links to H", "G rejected claims that it had ties to H": ties a denial
 * rejects that name no holder of their own (or only a pronoun) are held by whoever denies them
 */
function denierHolds(
  holder: number[],
  deny: number,
  entity: (t: number) => number,
  lem: (t: number) => string,
  agentOf: (v: number) => number[],
  speaksFor: (k: number) => number,
): void {
  if (deny < 0) return;
  for (const k of holder) if (entity(k) >= 0 && !PRONOUN.has(lem(k))) return;
  // ("X, a spokesman for G, denied that the group had links to H": "the group", "it" or "we" is
  // the group the denier speaks for)
  const forGroup = holder.some((k) => /^(?:it|we|they)$/.test(lem(k)) || has(GROUP_NOUN, lem(k)));
  const by = agentOf(deny);
  const groups = forGroup ? by.map(speaksFor).filter((g) => g >= 0) : [];
  holder.splice(0, holder.length, ...(groups.length ? groups : by));
}
/** titles whose holder speaks for the group named in them: "a spokesman for G", "G's leader" */
const SPEAKS_FOR_TITLE = new Set(
  'spokesman spokeswoman spokesperson leader chief head commander chairman founder official emir member figure'.split(
    ' ',
  ),
);

let bothOfPattern: TiePattern | undefined;
/** the pattern "A and B, both of G" is read by (member_of.ts) */
function bothOf(): TiePattern {
  bothOfPattern ??= (PATTERNS as TiePattern[]).find((p) => p.id === 'member_of/both-of') as TiePattern;
  return bothOfPattern;
}

function patternIndex(): Index {
  if (index) return index;
  const verbs = new Map<string, VerbPattern[]>();
  const nouns = new Map<string, NounPattern[]>();
  const add = <P>(m: Map<string, P[]>, k: string, p: P) => {
    const l = m.get(k);
    if (l) l.push(p);
    else m.set(k, [p]);
  };
  for (const p of PATTERNS as TiePattern[])
    for (const l of p.lemmas) p.kind === 'verb' ? add(verbs, l, p) : add(nouns, l, p);
  const self = (PATTERNS as TiePattern[]).filter(
    (p): p is NounPattern => p.kind === 'noun' && p.holder === 'self',
  );
  index = { verbs, nouns, self };
  return index;
}

/** Base forms a lemma may stand for, whichever lemmatiser made it ("cooperates", "seiz", "expell"). */
function variants(l: string): string[] {
  const out = [l, `${l}e`, `${l}s`];
  if (l.endsWith('e')) out.push(l.slice(0, -1));
  if (/([a-z])\1$/.test(l)) out.push(l.slice(0, -1));
  for (const suf of ['ies', 'es', 's', 'ed', 'ing']) {
    if (!l.endsWith(suf) || l.length < suf.length + 3) continue;
    const stem = l.slice(0, -suf.length);
    if (suf === 'ies') out.push(`${stem}y`);
    else out.push(stem, `${stem}e`);
    if (/([bdgkmnprt])\1$/.test(stem)) out.push(stem.slice(0, -1));
  }
  return out;
}

/** lookup()'s answers so far, per pattern map (null: none; cleared when large) */
const looked = new WeakMap<Map<string, unknown>, Map<string, unknown>>();

/** The patterns a lemma triggers. */
function lookup<P>(m: Map<string, P[]>, lemma: string): P[] | undefined {
  let memo = looked.get(m) as Map<string, P[] | null> | undefined;
  if (!memo) looked.set(m, (memo = new Map()));
  let found = memo.get(lemma);
  if (found === undefined) {
    found = null;
    for (const v of variants(lemma)) {
      const ps = m.get(v);
      if (ps) {
        found = ps;
        break;
      }
    }
    if (memo.size >= MEMO_MAX) memo.clear();
    memo.set(own(lemma), found);
  }
  return found ?? undefined;
}

/**
 * "G, a faction that X once led": in a relative clause with a subject of its own and no object
 * (the relativiser "that" right after the noun, as a mark or as the object pronoun), what the
 * verb acts on is the noun the clause describes when it is a name, or the name the noun is set
 * beside (by the parse, or on the tokens by a comma before it, past an acronym in brackets); []
 * otherwise, which leaves the parser's own reading. A noun after the clause's closing comma is
 * no object of its own ("…, a body that H backs, for control of P").
 */
function objectRelative(
  doc: Annotated,
  v: number,
  ch: (t: number) => number[],
  nameHead: Map<number, number>,
): number[] {
  if (relOf(doc, v) !== 'acl:relcl') return [];
  const h = headOf(doc, v);
  if (h < 0 || h > v) return [];
  const text = (t: number) => doc.text.slice(doc.seg.tokens.start[t], doc.seg.tokens.end[t]);
  let subject = false;
  let that = false;
  for (const k of ch(v)) {
    const r = relOf(doc, k);
    // ("that" as the clause's mark or its object pronoun, right after the noun)
    if ((r === 'mark' || r === 'obj') && lemmaOf(doc, k) === 'that') {
      that = k === h + 1;
      continue;
    }
    if (r === 'obj' && !commaBetween(doc, v, k)) return [];
    if (r === 'ccomp' || r === 'xcomp' || r === 'nsubj:pass') return [];
    if (r === 'nsubj') {
      if (RELATIVE.has(lemmaOf(doc, k))) return [];
      subject = true;
    }
    // ("which"/"whom" as the object, "by whom", "for which": the parser's own reading holds)
    if (RELATIVE.has(lemmaOf(doc, k))) return [];
  }
  if (!subject || !that) return [];
  if (nameHead.has(h)) return [h];
  if (uposOf(doc, h) !== 'NOUN') return [];
  const hh = headOf(doc, h);
  if (hh >= 0 && hh < h && relOf(doc, h) === 'appos') return [hh];
  // (on the tokens: the name before the comma that opens the noun's phrase)
  let k = h - 1;
  while (k > h - 4 && k >= 0 && /^(?:DET|ADJ)$/.test(uposOf(doc, k) ?? '')) k--;
  if (k < 1 || text(k) !== ',') return [];
  k--;
  if (text(k) === ')' && k >= 3 && text(k - 2) === '(') k -= 3;
  const n = nameHead.get(k);
  return n === undefined ? [] : [n];
}

/** self patterns whose "of"/"from" phrase is the name's own, after it ("X, 50, of P") */
const SELF_AFTER = new Set(['located_in/person-of-place', 'member_of/person-of-org']);

/** a semicolon between tokens a and b */
function semicolonBetween(doc: Annotated, a: number, b: number): boolean {
  const { start, end } = doc.seg.tokens;
  for (let t = a + 1; t < b; t++) if (end[t] - start[t] === 1 && doc.text[start[t]] === ';') return true;
  return false;
}

/**
 * "A, 31, of P, B, 25, of Q": a phrase "of"/"from" a name of the same kind as `b` between tokens s
 * and o, which is s's own, so that o is another name's ("A and B, both of Q" has none)
 */
function ownPhraseBetween(doc: Annotated, s: number, o: number, b: number): boolean {
  const { start, end } = doc.seg.tokens;
  for (let t = s + 1; t + 1 < o; t++) {
    if (!/^(?:of|from)$/i.test(doc.text.slice(start[t], end[t]))) continue;
    const mi = mentionAt(doc, t + 1);
    const e = mi >= 0 ? doc.mentionEntity[mi] : -1;
    if (e >= 0 && e !== b && doc.entities[e].type === doc.entities[b].type) return true;
  }
  return false;
}

/** a comma between tokens a and b */
function commaBetween(doc: Annotated, a: number, b: number): boolean {
  const { start, end } = doc.seg.tokens;
  for (let t = a + 1; t < b; t++) if (end[t] - start[t] === 1 && doc.text[start[t]] === ',') return true;
  return false;
}

/**
 * "A is part of H, an alliance that also includes B", "A and B are members of the H coalition":
 * two groups of one sentence that are both parts of one coalition (`coalition`: by its name, or
 * a coalition noun set beside it) are allies, unless one is part of the other (groups35)
 */
function coMembers(out: ParseTie[], coalition: (e: number) => boolean): void {
  const parts = out.filter((r) => r.type === 'part_of' && !r.negated && coalition(r.object));
  const partOf = (a: number, b: number) =>
    out.some((r) => r.type === 'part_of' && r.subject === a && r.object === b);
  for (let i = 0; i < parts.length; i++)
    for (let j = i + 1; j < parts.length; j++) {
      const [x, y] = [parts[i], parts[j]];
      if (x.object !== y.object || x.subject === y.subject) continue;
      if (partOf(x.subject, y.subject) || partOf(y.subject, x.subject)) continue;
      const [a, b] = x.subject < y.subject ? [x.subject, y.subject] : [y.subject, x.subject];
      if (out.some((r) => r.type === 'allied_with' && r.subject === a && r.object === b)) continue;
      out.push({
        type: 'allied_with',
        subject: a,
        object: b,
        negated: false,
        at: [x.at[0], y.at[0]],
        cue: 'allied_with/co-members',
      });
    }
}

export function readParseTies(
  doc: Annotated,
  si: number,
  tokenEntity: Map<number, number>,
  nameHead: Map<number, number> = new Map(),
): ParseTie[] {
  if (!doc.syntax) return [];
  const sent = doc.seg.sentences[si];
  const idx = patternIndex();
  const out: ParseTie[] = [];
  const kids = new Map<number, number[]>();
  for (let t = sent.tFirst; t < sent.tLast; t++) {
    const h = headOf(doc, t);
    if (h < 0) continue;
    const l = kids.get(h);
    if (l) l.push(t);
    else kids.set(h, [t]);
  }
  const ch = (t: number) => kids.get(t) ?? [];
  const rel = (t: number) => relOf(doc, t);
  const lem = (t: number) => lemmaOf(doc, t);
  // (loops, not filter: no closure per call; the readers below ask for most tokens)
  const byRel = (t: number, ...labels: string[]): number[] => {
    const out: number[] = [];
    const ks = kids.get(t);
    if (ks) for (const k of ks) if (labels.includes(rel(k))) out.push(k);
    return out;
  };
  const caseOf = (t: number) => {
    const ks = kids.get(t);
    if (ks)
      for (let q = ks.length - 1; q >= 0; q--) {
        const r = rel(ks[q]);
        if (r === 'case' || r === 'mark') return lem(ks[q]);
      }
    return '';
  };
  const typeOf = (e: number): EntityType => doc.entities[e].type;
  /** set while a `supports` tie is emitted (its backer may be a national capital) */
  let forSupports = false;
  /** the entity may stand at an end of these types ('state': a country) */
  const fits = (types: readonly EndType[], e: number): boolean =>
    types.includes(typeOf(e)) ||
    (types.includes('state') &&
      typeOf(e) === 'place' &&
      (doc.entities[e].kind === 'country' ||
        // a national capital backing a group speaks for its state ("Tehran arms G", "G, which
        // Kigali has armed"); never as a place fought over ("G attacked Kabul")
        (forSupports &&
          doc.entities[e].kind !== 'country' &&
          doc.entities[e].surfaces.some(isNationalCapital))));
  /** "G (GA), whose commander …": the name before the comma that opens the clause, for "whose" */
  const whoseOwner = (w: number): number => {
    if (lem(w) !== 'whose' || tokenText(w - 1) !== ',') return w;
    let k = w - 2;
    if (tokenText(k) === ')' && tokenText(k - 2) === '(') k -= 3;
    return k >= sent.tFirst ? (nameHead.get(k) ?? w) : w;
  };
  /** an organisation is named between the tokens a and b (a < b) */
  const orgBetween = (a: number, b: number): boolean => {
    for (let m = a + 1; m < b; m++) {
      const e = tokenEntity.get(m);
      if (e !== undefined && typeOf(e) === 'organization') return true;
    }
    return false;
  };
  const tokenText = (t: number) =>
    t < sent.tLast ? doc.text.slice(doc.seg.tokens.start[t], doc.seg.tokens.end[t]) : '';
  /** whether token k, a modifier of a pattern's trigger, is one of its notMods ("former", "deputy",
   * "vice"): by its lemma or by the word itself, since the lemmatiser reads "vice" as "vise" */
  const notMod = (p: { notMods?: string[] }, k: number): boolean =>
    !!p.notMods && (p.notMods.includes(lem(k)) || p.notMods.includes(tokenText(k).toLowerCase()));
  /**
   * The head of the name that ends right before the comma at token c, past an age set off by
   * commas ("X, 34, whom police …"), or -1
   */
  const nameBeforeComma = (c: number): number => {
    if (tokenText(c) !== ',') return -1;
    let k = c - 1;
    if (/^\d{1,3}$/.test(tokenText(k)) && tokenText(k - 1) === ',') k -= 2;
    return k > sent.tFirst - 1 ? (nameHead.get(k) ?? -1) : -1;
  };

  /** the organisation named right before the comma that opens noun t's phrase ("H (HH), the G
   * faction"), or -1; only determiners, adjectives and names stand between */
  const namedBeforePhrase = (t: number): number => {
    const h = nameBeforePhrase(t);
    return h >= 0 ? (tokenEntity.get(h) as number) : -1;
  };
  /** the head token of the organisation's name `namedBeforePhrase` finds, or -1 */
  const nameBeforePhrase = (t: number): number => {
    let k = t - 1;
    while (k > sent.tFirst && t - k <= 8 && /^(?:DET|ADJ|PROPN|NOUN|PART|NUM)$/.test(uposOf(doc, k) ?? ''))
      k--;
    if (k <= sent.tFirst || tokenText(k) !== ',') return -1;
    k--;
    if (tokenText(k) === ')' && k - 2 > sent.tFirst && tokenText(k - 2) === '(') k -= 3;
    const h = nameHead.get(k);
    const e = h === undefined ? undefined : tokenEntity.get(h);
    return h !== undefined && e !== undefined && typeOf(e) === 'organization' ? h : -1;
  };
  /** a state's police, army or intelligence service (never an armed group or a rights body) */
  const force = (e: number) => orgKind(doc.entities[e].surfaces, doc.entities[e].kind) === 'security agency';
  /** the entity a token stands for, or -1 */
  const entity = (t: number, depth = 0): number => {
    if (t < 0) return -1;
    // "G, a splinter of H that pledged allegiance to Z": a relative clause the parser hung on a
    // title set beside an organisation's name describes that organisation, not the name nearest
    // the pronoun (which coreference may have given it)
    if (depth === 0 && (lem(t) === 'that' || lem(t) === 'which') && /^nsubj/.test(rel(t))) {
      const v = headOf(doc, t);
      const n = v >= 0 && rel(v) === 'acl:relcl' ? headOf(doc, v) : -1;
      const named =
        n >= 0 && uposOf(doc, n) === 'NOUN' && rel(n) === 'appos'
          ? tokenEntity.get(headOf(doc, n))
          : undefined;
      if (named !== undefined && typeOf(named) === 'organization') return named;
    }
    const e = tokenEntity.get(t);
    if (e !== undefined) {
      // "Russia's Africa Corps" parsed with the group's name hung flat on its owner: the
      // owner's possessive names the group, which stands in the slot
      if (typeOf(e) === 'place' && ch(t).some((k) => k > t && rel(k) === 'case' && lem(k) === "'s"))
        for (const k of ch(t)) {
          const e2 = k > t + 1 && /^(?:flat|compound|list)$/.test(rel(k)) ? tokenEntity.get(k) : undefined;
          if (e2 !== undefined && e2 !== e && typeOf(e2) === 'organization' && nameHead.has(k)) return e2;
        }
      return e;
    }
    if (depth > 1) return -1;
    // "X, a former commander of G, swore …" parsed with X a vocative of the title: the title
    // stands for X
    if (uposOf(doc, t) === 'NOUN')
      for (const k of ch(t))
        if (
          k < t &&
          rel(k) === 'vocative' &&
          tokenEntity.get(k) !== undefined &&
          typeOf(tokenEntity.get(k) as number) === 'person'
        )
          return tokenEntity.get(k) as number;
    // "the defendant, X, belonged to G", "a man identified as X joined G": a noun for a person
    // that names its holder beside it (by commas, or through a naming verb) stands for that person
    if (depth === 0 && uposOf(doc, t) === 'NOUN' && has(PERSON_NOUN, lem(t))) {
      const named = namedPerson(t);
      if (named >= 0) return named;
    }
    // ("G, led by a veteran commander known as X", "run by a cleric named X": any noun for a person that
    // a naming verb right after it names, not only those for a man or a suspect)
    if (depth === 0 && uposOf(doc, t) === 'NOUN' && !tokenEntity.has(t)) {
      const named = namedPerson(t, true);
      if (named >= 0) return named;
    }
    // "X, one of the groups that make up G": the plural in a partitive "one of" stands for
    // whoever "one" is (set beside a name, or a copula's subject)
    if (depth <= 1 && uposOf(doc, t) === 'NOUN' && oneOfThe(t)) {
      const one = headOf(doc, t);
      const held = /^(?:appos|nmod)$/.test(rel(one)) ? [headOf(doc, one)] : byRel(one, 'nsubj');
      for (const k of held) {
        const e2 = tokenEntity.get(k);
        if (e2 !== undefined) return e2;
      }
    }
    // "H (HH), the G faction once led by X": a part noun set off by a comma right after a
    // group's name is that group, not the owner named inside its phrase
    if (depth === 0 && PART_BESIDE.has(lem(t)) && uposOf(doc, t) === 'NOUN') {
      const e2 = namedBeforePhrase(t);
      if (e2 >= 0) return e2;
    }
    // "the militant group G" with G hung elsewhere by the parser: the name right after the noun
    if (depth === 0 && uposOf(doc, t) === 'NOUN' && GENERIC_ORG.has(lem(t))) {
      const e2 = nameRightAfter(doc, t, nameHead, tokenEntity);
      if (e2 >= 0) return e2;
    }
    // "the cartel, known as/by its initials G, …": a group noun the naming verb on it names
    if (depth === 0 && uposOf(doc, t) === 'NOUN' && GENERIC_ORG.has(lem(t)))
      for (const v of ch(t))
        if (v > t && rel(v) === 'acl' && NAMING.has(lem(v)))
          for (const a of ch(v)) {
            if (!/^(?:obl|xcomp|obj)/.test(rel(a))) continue;
            for (const k of [a, ...byRel(a, 'appos')]) {
              const e2 = tokenEntity.get(k);
              if (e2 !== undefined && typeOf(e2) === 'organization' && nameHead.has(k)) return e2;
            }
          }
    // ("fighters of a militia known as G"; "a commander of a group known as G", "known" on the title)
    const namedPast = groupNamedPast(doc, t, ch, tokenEntity, nameHead);
    if (namedPast >= 0) return namedPast;
    // "G, a coalition of factions armed by H, …": the group nouns a coalition noun set beside
    // a name is made of stand for the named group
    if (
      depth === 0 &&
      uposOf(doc, t) === 'NOUN' &&
      has(GENERIC_ORG, lem(t)) &&
      rel(t) === 'nmod' &&
      caseOf(t) === 'of' &&
      ch(t).some((k) => rel(k) === 'acl' && k > t)
    ) {
      const n = headOf(doc, t);
      if (
        n >= 0 &&
        uposOf(doc, n) === 'NOUN' &&
        (COALITION.has(lem(n)) || has(GENERIC_ORG, lem(n))) &&
        /^(?:appos|parataxis)$/.test(rel(n))
      ) {
        const e2 = tokenEntity.get(headOf(doc, n));
        if (e2 !== undefined && typeOf(e2) === 'organization') return e2;
      }
    }
    // "Its main rival, G, pledged allegiance to H and has since fought J": a noun in a verb's
    // subject or object slot that a name is set beside by commas stands for the name
    if (depth === 0 && uposOf(doc, t) === 'NOUN' && /^(?:nsubj|nsubj:pass|obj)$/.test(rel(t)))
      for (const k of ch(t))
        if (
          k > t &&
          rel(k) === 'appos' &&
          tokenText(k - 1) !== '(' &&
          nameHead.get(k) === k &&
          lem(t + 1) === ','
        ) {
          const e2 = tokenEntity.get(k);
          if (e2 !== undefined && typeOf(e2) !== 'place') return e2;
        }
    // "X, an analyst based in P": a title set beside a name stands for it
    // (not for "who"/"which": "X, president of Y, which backs Z" is Y's clause)
    if (depth === 0 && uposOf(doc, t) === 'NOUN' && rel(t) === 'appos') {
      // ("from A, B and C, an armed group linked to H": a singular title right after a list's
      // last name, hung by the parser on the first, is the last one's)
      const last = conjuncts(doc, headOf(doc, t))
        .filter((k) => k < t && tokenEntity.has(k))
        .at(-1);
      const e2 = tokenEntity.get(
        last !== undefined &&
          last !== headOf(doc, t) &&
          tokenText(t).toLowerCase() === lem(t) &&
          lem(last + 1) === ','
          ? last
          : headOf(doc, t),
      );
      if (e2 !== undefined) return e2;
    }
    // (…parsed as a second subject of the same verb: "X, a think tank based in P, said")
    if (depth === 0 && uposOf(doc, t) === 'NOUN' && rel(t) === 'nsubj') {
      let first = t;
      for (const k of ch(t)) if (k < first && /^(?:det|amod|compound|nmod:desc)$/.test(rel(k))) first = k;
      const n = nameHead.get(first - 2);
      if (
        lem(first - 1) === ',' &&
        n !== undefined &&
        rel(n) === 'nsubj' &&
        // (or hung on the title itself: "X, the largest army in P, has armed Y")
        (headOf(doc, n) === headOf(doc, t) || headOf(doc, n) === t)
      ) {
        const e2 = tokenEntity.get(n);
        if (e2 !== undefined) return e2;
      }
    }
    // "X of G said officers had arrested Y", "G said troops detained Y": a bare plural noun for
    // a force's people, subject of what a speaker reports, is the speaker's force
    if (depth === 0 && uposOf(doc, t) === 'NOUN' && has(FORCE_PEOPLE, lem(t)) && /^nsubj/.test(rel(t))) {
      const bare = !ch(t).some((k) => /^(?:det|nmod:poss|compound|amod|nmod|nummod|flat)$/.test(rel(k)));
      const v = headOf(doc, t);
      const say = v >= 0 && rel(v) === 'ccomp' ? headOf(doc, v) : -1;
      if (bare && say >= 0 && has(SPEECH, lem(say)))
        for (const k of byRel(say, 'nsubj')) {
          const e2 = tokenEntity.get(k);
          if (e2 === undefined) continue;
          if (typeOf(e2) === 'organization') return force(e2) ? e2 : -1;
          if (typeOf(e2) !== 'person') continue;
          for (const m of ch(k))
            if (rel(m) === 'nmod' && caseOf(m) === 'of') {
              const e3 = tokenEntity.get(m);
              if (e3 !== undefined && typeOf(e3) === 'organization' && force(e3)) return e3;
            }
        }
    }
    // "who", "which" in a relative clause stand for the noun the clause describes
    if (RELATIVE.has(lem(t))) {
      const v = headOf(doc, t);
      // ("X, one of the groups that make up G": the clause on the partitive is X's)
      if (v >= 0 && rel(v) === 'acl:relcl' && oneOfThe(headOf(doc, v)))
        return entity(headOf(doc, v), depth + 1);
      // "G (GA), an umbrella alliance of groups that includes A and B": a relative clause on
      // a group noun set beside a name is the name's (on the tokens: the name before the comma
      // that opens the apposition, past an acronym in brackets)
      let n = v >= 0 && rel(v) === 'acl:relcl' ? headOf(doc, v) : -1;
      // ("G, a network of militias that H arms": the clause on the group noun's "of" phrase of
      // group nouns is the whole phrase's)
      if (
        n >= 0 &&
        rel(n) === 'nmod' &&
        caseOf(n) === 'of' &&
        has(GENERIC_ORG, lem(n)) &&
        !tokenEntity.has(n)
      )
        n = headOf(doc, n);
      if (
        n >= 0 &&
        !tokenEntity.has(n) &&
        // (parsers also hang such an apposition as a conjunct: one with no "and" of its own)
        (rel(n) === 'appos' || rel(n) === 'parataxis' || (rel(n) === 'conj' && !byRel(n, 'cc').length)) &&
        (GENERIC_ORG.has(lem(n)) || COALITION.has(lem(n)))
      ) {
        let k = n - 1;
        while (k > sent.tFirst && n - k <= 6 && tokenText(k) !== ',') k--;
        if (tokenText(k) === ',') {
          k--;
          if (tokenText(k) === ')' && k - 2 > sent.tFirst && tokenText(k - 2) === '(') k -= 3;
          const h = nameHead.get(k);
          const e = h === undefined ? undefined : tokenEntity.get(h);
          if (e !== undefined && typeOf(e) === 'organization') return e;
        }
      }
      // "X, a former G fighter who later joined H": "who" on a title set beside a person's
      // name is that person (not the group the title's noun stands for)
      if (lem(t) === 'who' && n >= 0 && rel(n) === 'appos' && uposOf(doc, n) === 'NOUN') {
        const e = tokenEntity.get(headOf(doc, n));
        if (e !== undefined && typeOf(e) === 'person') return e;
      }
      // (the parser sometimes labels the clause parataxis or acl)
      if (v >= 0 && /^(?:acl|parataxis)/.test(rel(v)) && lem(t) !== 'that') {
        const e = entity(headOf(doc, v), depth + 1);
        // ("which" never stands for a person: "X, a commander of G, which …" is G's clause)
        if (e >= 0 && !(lem(t) === 'which' && typeOf(e) === 'person')) return e;
      }
      // "X, who founded Y, …" with the clause mis-attached: the name just before the comma
      if (t - 2 >= sent.tFirst && lem(t - 1) === ',' && lem(t) !== 'that') {
        // ("X (ABC), which …": past the acronym's closing bracket)
        if (tokenText(t - 2) === ')' && t - 3 >= sent.tFirst && tokenEntity.has(t - 3))
          return tokenEntity.get(t - 3) as number;
        // ("X, 34, who belongs to G": past the age set off by commas after the name; members30)
        const age = t - 2;
        if (uposOf(doc, age) === 'NUM' && age - 1 > sent.tFirst && lem(age - 1) === ',') {
          const h = headOf(doc, age);
          if (h >= sent.tFirst && h < age - 1) return entity(h, depth + 1);
        }
        return entity(t - 2, depth + 1);
      }
      return -1;
    }
    // "Kunar province", "Borno state": a division noun stands for the place named before it
    if (DIVISION.has(lem(t)) && uposOf(doc, t) === 'NOUN')
      for (const k of ch(t))
        if (k === t - 1 && /^(?:compound|flat|nmod:desc)$/.test(rel(k))) {
          const e2 = tokenEntity.get(k);
          if (e2 !== undefined && typeOf(e2) === 'place') return e2;
        }
    // "the province of Meta", "the provinces of Meta and Caqueta": a division noun stands for
    // the place its "of" phrase names (its conjuncts are read as a list)
    if (DIVISION.has(lem(t)) && uposOf(doc, t) === 'NOUN')
      for (const k of ch(t))
        if (k > t && rel(k) === 'nmod' && caseOf(k) === 'of') {
          const e2 = tokenEntity.get(k);
          if (e2 !== undefined && typeOf(e2) === 'place') return e2;
        }
    // "forces loyal to G", "fighters loyal to G" (on the tokens: parsers hang "loyal" anywhere)
    if (uposOf(doc, t) === 'NOUN' && (has(PROXY, lem(t)) || lem(t) === 'force')) {
      const e2 = loyalToOnTokens(doc, t, sent.tLast, nameHead, tokenEntity);
      if (e2 >= 0) return e2;
    }
    // "fighters of X", "X positions", "the threat of X": a noun that stands for its owner
    if (has(PROXY, lem(t)) && uposOf(doc, t) === 'NOUN') {
      // ("G, whose fighters fought H": the relative clause's antecedent owns them)
      const owner = whoseAntecedent(doc, t, ch, nameHead);
      if (owner >= 0 && entity(owner, depth + 1) >= 0 && typeOf(entity(owner, depth + 1)) === 'organization')
        return entity(owner, depth + 1);
      for (const k of ch(t))
        if (
          ((/^(?:compound|nmod:poss)$/.test(rel(k)) || nameAsModifier(doc, k, nameHead, t)) && k < t) ||
          (/^nmod$/.test(rel(k)) && (caseOf(k) === 'of' || caseOf(k) === 'from'))
        ) {
          const e2 = tokenEntity.get(k);
          if (e2 !== undefined && typeOf(e2) === 'organization') return e2;
          // "troops from Burundi", "Kenya's soldiers": a state's own forces stand for the state
          // (fighters or rebels from a country do not)
          if (e2 !== undefined && has(STATE_FORCE, lem(t)) && fits(['state'], e2)) return e2;
          // "depots of the Iran-backed G militia": a group noun naming its group
          // ("a convoy of G troops": a noun for its people, too)
          if (
            e2 === undefined &&
            k > t &&
            uposOf(doc, k) === 'NOUN' &&
            (GENERIC_ORG.has(lem(k)) || has(PROXY, lem(k)))
          ) {
            const e3 = entity(k, depth + 1);
            if (e3 >= 0 && typeOf(e3) === 'organization') return e3;
          }
        }
    }
    // "the country's army, the X Force, …": a generic noun stands for the organisation set
    // beside it by commas ("G fought its rival, H": so does a noun for the other side)
    if (
      (has(GENERIC_ORG, lem(t)) || has(PROXY, lem(t)) || has(COUNTERPART, lem(t))) &&
      uposOf(doc, t) === 'NOUN'
    )
      for (const k of ch(t))
        if (k > t && rel(k) === 'appos') {
          const e2 = tokenEntity.get(k);
          if (e2 !== undefined && typeOf(e2) === 'organization') return e2;
        }
    // (on the tokens, however the parser hung the name: "G fought its rival, H, near P")
    if (has(COUNTERPART, lem(t)) && uposOf(doc, t) === 'NOUN' && tokenText(t + 1) === ',') {
      const h = nameHead.get(lem(t + 2) === 'the' ? t + 3 : t + 2);
      const e2 = h !== undefined ? tokenEntity.get(h) : undefined;
      if (e2 !== undefined && typeOf(e2) === 'organization') return e2;
    }
    // "fought the Taliban government", "fights the military, known as the Tatmadaw": in armed
    // conflict a ruling body or a state's military stands for the organisation named in it or
    // after it by a naming verb (fights29)
    if (forFights && has(RULING_SIDE, lem(t)) && uposOf(doc, t) === 'NOUN') {
      if (tokenText(t + 1) === ',' && lem(t + 2) === 'know' && lem(t + 3) === 'as') {
        const h = nameHead.get(lem(t + 4) === 'the' ? t + 5 : t + 4);
        const e2 = h !== undefined ? tokenEntity.get(h) : undefined;
        if (e2 !== undefined && typeOf(e2) === 'organization') return e2;
      }
      for (const k of ch(t))
        if (k < t && /^(?:compound|nmod:poss|nmod:desc|amod)$/.test(rel(k))) {
          const e2 = tokenEntity.get(k);
          if (e2 !== undefined && typeOf(e2) === 'organization') return e2;
        }
    }
    // "a strike against a G commander": in armed conflict, one of its people stands for G (and
    // so in backing: "accused of sheltering the leaders of G")
    if ((forFights || forSupports) && has(RANKS_OF_FORCE, lem(t)) && uposOf(doc, t) === 'NOUN')
      for (const k of ch(t))
        if (
          (/^(?:compound|nmod:poss|nmod:desc)$/.test(rel(k)) && k < t) ||
          (rel(k) === 'nmod' && caseOf(k) === 'of')
        ) {
          // ("G, whose leaders back H": the name before the relative's comma)
          const e2 = tokenEntity.get(rel(k) === 'nmod:poss' ? whoseOwner(k) : k);
          if (e2 !== undefined && typeOf(e2) === 'organization') return e2;
          // ("the leader of the G group", "a commander of the G militia": the group noun that
          // names its group; fights36)
          if (e2 === undefined && k > t && GENERIC_ORG.has(lem(k)) && uposOf(doc, k) === 'NOUN') {
            const e3 = entity(k, depth + 1);
            if (e3 >= 0 && typeOf(e3) === 'organization') return e3;
          }
        }
    // "the Khan group": a generic noun stands for the organisation named in it
    // (its own name before its owner's: "G's H wing" is H)
    if (GENERIC_ORG.has(lem(t))) {
      for (const k of ownNameFirst(doc, t, ch(t)))
        if (/^(?:compound|nmod:desc|amod|flat|nmod:poss)$/.test(rel(k))) {
          const e2 = tokenEntity.get(k);
          if (e2 !== undefined && typeOf(e2) === 'organization') return e2;
        }
    }
    return -1;
  };

  /** the person a noun names beside it: "the defendant, X,", "a man identified as X"; or -1
   * (with `namingOnly`, only through a naming verb: not "the defendant, X") */
  function namedPerson(t: number, namingOnly = false): number {
    const person = (k: number) => {
      const e = tokenEntity.get(k);
      return e !== undefined && typeOf(e) === 'person' && nameHead.has(k) ? e : -1;
    };
    for (const k of ch(t)) {
      if (!namingOnly && k > t && rel(k) === 'appos' && person(k) >= 0) return person(k);
      if (k > t && /^acl/.test(rel(k)) && has(NAMING, lem(k)))
        for (const a of ch(k))
          if (
            /^(?:obl|xcomp|obj)/.test(rel(a)) &&
            // ("a commander named X": "name", "call" and "dub" take the name with no "as")
            (caseOf(a) === 'as' ||
              (a > k && !caseOf(a) && BARE_NAMING.has(lem(k)) && /^(?:xcomp|obj)$/.test(rel(a)))) &&
            person(a) >= 0
          )
            return person(a);
    }
    // (on the tokens, however the parser hung them: "the defendant, identified only as X,")
    let k = t + 1;
    if (tokenText(k) === ',') k++;
    // (past the text's last token there is no lemma)
    const named = lem(k);
    if (!named || !has(NAMING, named)) return -1;
    k++;
    if (/^(?:only|simply|publicly|locally)$/.test(lem(k))) k++;
    if (lem(k) !== 'as') return -1;
    const h = nameHead.get(k + 1);
    return h !== undefined ? person(h) : -1;
  }

  /** a pronoun whose entity is named earlier in the sentence */
  const namedBefore = (t: number): boolean => {
    const e = tokenEntity.get(t);
    if (e === undefined) return false;
    for (const [k, h] of nameHead) if (k < t && tokenEntity.get(h) === e) return true;
    return false;
  };

  /**
   * "armed groups, chiefly A and B, …", "several factions, including A and B": the names a
   * generic plural noun lists after its comma stand for it
   */
  const listed = (t: number): number[] => {
    if (tokenEntity.has(t) || uposOf(doc, t) !== 'NOUN' || !/s$/i.test(tokenText(t))) return [];
    if (!has(GENERIC_ORG, lem(t)) && !has(PROXY, lem(t))) return [];
    for (const k of ch(t)) {
      if (k <= t || rel(k) !== 'nmod' || !/^(?:of|from)$/.test(caseOf(k) ?? '')) continue;
      const orgs = conjuncts(doc, k).filter((c) => {
        const e = tokenEntity.get(c);
        return e !== undefined && typeOf(e) === 'organization';
      });
      if (orgs.length >= 2) return orgs;
    }
    for (const k of ch(t)) {
      if (k <= t || !/^(?:appos|nmod|parataxis)$/.test(rel(k)) || !/^(?:|include|including)$/.test(caseOf(k)))
        continue;
      const e = tokenEntity.get(k);
      if (e === undefined || typeOf(e) !== 'organization') continue;
      return conjuncts(doc, k).filter((c) => tokenEntity.has(c));
    }
    // (on the tokens, however the parser hung the list: "several brigades, among them A and
    // B", "armed groups, including A", "factions such as A and B")
    let k = t + 1;
    if (tokenText(k) === ',') k++;
    if (/^among$/i.test(tokenText(k)) && /^them$/i.test(tokenText(k + 1))) k++;
    else if (/^such$/i.test(tokenText(k)) && /^as$/i.test(tokenText(k + 1))) k++;
    else if (!/^including$/i.test(tokenText(k))) return [];
    return betweenOnTokens(k - 1, /^(?:them|as|including)$/i).filter(
      (h) => typeOf(entity(h)) === 'organization',
    );
  };

  /** the tokens (with conjuncts) that have an entity */
  const ends = (ts: number[], lists = true): number[] => {
    const seen = new Set<number>();
    for (const t of ts)
      for (const c of conjuncts(doc, t)) {
        // ("two villagers, A and B": the people a counted plural lists beside it)
        const l = lists ? [...listed(c), ...peopleBeside(doc, c, ch, entity)] : [];
        if (l.length) for (const k of l) seen.add(k);
        else if (entity(c) < 0 && lem(c) === 'both' && !ch(c).length && headOf(doc, c) >= 0) {
          // "A against B, both loyal to Y": "both" as a subject or apposition of its own
          // (not "both groups") stands for the last two organisations named before it ("A and
          // B, both G fighters": people, when a person is named last)
          for (const k of lastTwoNamed(doc, c, sent.tFirst, tokenEntity)) seen.add(k);
        } else if (entity(c) >= 0) {
          seen.add(c);
          // "the provinces of A and B": every place the division noun's list names
          if (!tokenEntity.has(c) && DIVISION.has(lem(c)))
            for (const k of ch(c))
              if (k > c && rel(k) === 'nmod' && caseOf(k) === 'of')
                for (const x of conjuncts(doc, k).slice(1)) if (entity(x) >= 0) seen.add(x);
        }
      }
    return [...seen];
  };

  const participle = (v: number) =>
    PARTICIPLE.test(doc.text.slice(doc.seg.tokens.start[v], doc.seg.tokens.end[v]));
  const isPassive = (v: number) =>
    // (a "passive" subject beside an object and no passive auxiliary is the parser's slip:
    // "Detectives from G (GA) arrested him")
    (voice(doc, v) === 'passive' && !(byRel(v, 'obj').length && !ch(v).some((k) => rel(k) === 'aux:pass'))) ||
    // ("G, backed by H, took P" with the by-phrase an agent's and no passive auxiliary)
    (byRel(v, 'obl:agent').length > 0 && participle(v)) ||
    (rel(v) === 'acl' &&
      PARTICIPLE.test(doc.text.slice(doc.seg.tokens.start[v], doc.seg.tokens.end[v])) &&
      !verbOfRootNoun(doc, v, ch) &&
      // (not a clause with a subject of its own: "a statement that it had launched …")
      !byRel(v, 'nsubj').length);

  /** who does what the verb says (its subject in the active voice) */
  /** "Three years after G drove H out", parsed with "years" as the verb's subject: the noun the
   * span's "after"/"before"/"since" phrase names does the act (fights29) */
  const spanOpener = (k: number): number | undefined => {
    if (!has(SPAN_OF, lem(k))) return undefined;
    return ch(k).find(
      (c) => c > k && /^nmod/.test(rel(c)) && /^(?:after|before|since|until)$/.test(caseOf(c) ?? ''),
    );
  };
  const agentOf = (v: number, depth = 0): number[] => {
    if (depth > 3) return [];
    const apposed = verbAfterApposition(doc, v, ch, entity);
    if (apposed.length) return apposed;
    if (isPassive(v)) {
      const ag = ch(v).filter(
        (k) => rel(k) === 'obl:agent' || (/^(?:obl|nmod)/.test(rel(k)) && caseOf(k) === 'by'),
      );
      // "backed by drones operated by H", "armed by fighters sent by H": the means' own agent
      return ag.flatMap((k) => {
        if (entity(k) >= 0 || !has(MEANS, lem(k))) return [k];
        const by = ch(k)
          .filter((a) => rel(a) === 'acl')
          .flatMap((a) => ch(a).filter((b) => /^(?:obl|nmod)/.test(rel(b)) && caseOf(b) === 'by'));
        return by.length ? by : [k];
      });
    }
    const said = saidRelativeSubject(doc, v, ch, sent.tFirst);
    if (said >= 0) return [nameHead.get(said) ?? said];
    let s = byRel(v, 'nsubj', ...(voice(doc, v) === 'passive' ? ['nsubj:pass'] : [])).map(
      (k) => spanOpener(k) ?? k,
    );
    // ("X, whose brother leads G" parsed with X a second subject: the noun "whose" owns is it)
    s = whoseSubject(doc, s, ch);
    if (s.length) return s.map((k) => setOffSubjectName(doc, k, v, ch));
    const stranded = strandedSubject(doc, v, ch, sent.tFirst, entity);
    if (stranded.length) return stranded;
    const opened = subordinateSubject(doc, v, ch, sent.tFirst, entity);
    if (opened.length) return opened;
    // "G, based in P, has fought H", "G, backed by H, took P": the parser gave the name to the
    // participle set off by commas before the verb
    for (const c of byRel(v, 'advcl'))
      if (c < v && participle(c) && tokenText(c - 1) === ',') {
        const k = ch(c).filter(
          (x) => x < c && /^(?:nsubj|nsubj:pass|obl:unmarked)$/.test(rel(x)) && nameHead.has(x),
        );
        if (k.length) return k;
      }
    const r = rel(v);
    const h = headOf(doc, v);
    if (h < 0) return [];
    // "X has been weakened by (years of) fighting with Y", the gerund read as a verb: the side
    // the fight wears down (fights29)
    {
      const w = has(SPAN_OF, lem(h)) && /^(?:obl|nmod)/.test(rel(h)) ? headOf(doc, h) : h;
      const via = w === h ? v : h;
      if (
        has(WORN_BY_FIGHT, lem(v)) &&
        w >= 0 &&
        has(WORN, lem(w)) &&
        isPassive(w) &&
        (rel(via) === 'obl:agent' ||
          ch(via).some((k) => /^(?:case|mark)$/.test(rel(k)) && lem(k) === 'by') ||
          // (on the tokens, however the parser hung the span: "by months of fighting with Y")
          (v - 3 >= sent.tFirst && lem(v - 1) === 'of' && has(SPAN_OF, lem(v - 2)) && lem(v - 3) === 'by'))
      )
        return patientOf(w);
    }
    // "X was accused by Y of arming Z", "Y accuses X of funding Z": the accused does it, not
    // the accuser (the gerund hung on the verb, or on the accuser's noun)
    if (/^(?:acl|advcl|xcomp)$/.test(r)) {
      const v2 = has(ACCUSE, lem(h)) ? h : rel(h) === 'obl:agent' || caseOf(h) === 'by' ? headOf(doc, h) : -1;
      if (v2 >= 0 && has(ACCUSE, lem(v2))) return patientOf(v2);
    }
    // "its efforts to defeat Y", "the army's bid to retake Y": the owner of the noun
    // (a pronoun only when it stands for a name said before it in the sentence)
    if (r === 'acl') {
      const poss = byRel(h, 'nmod:poss').filter((k) => nameHead.has(k) || namedBefore(k));
      if (poss.length) return poss;
    }
    // ("denies taking orders": a verb's clause parsed as acl is the verb's subject's)
    if (r === 'acl' && uposOf(doc, h) === 'VERB') return agentOf(h, depth + 1);
    // "X was a Somali belonging to G", "they were men belonging to G": the noun a copula
    // says X is stands for X
    if (r === 'acl' && entity(h) < 0 && byRel(h, 'cop').length) {
      const held = byRel(h, 'nsubj');
      if (held.length) return held;
    }
    // "acquitted X of belonging to G", "cleared X of membership": a charge that did not stand
    // gives X nothing to do (members31)
    if (r === 'acl' && rel(h) === 'obj' && has(CLEARED, lem(headOf(doc, h)))) return [];
    if (r === 'acl:relcl' || r === 'acl') return [h];
    // "X backed Y in its efforts to defeat Z" with "to defeat" hung on "backed": the infinitive
    // completes the owned noun just before it, whose owner does it
    if ((r === 'advcl' || r === 'xcomp') && lem(v - 1) === 'to' && v - 2 > sent.tFirst) {
      const n = v - 2;
      if (headOf(doc, n) === h && /^(?:NOUN)$/.test(uposOf(doc, n) ?? '')) {
        const poss = byRel(n, 'nmod:poss').filter((k) => nameHead.has(k) || namedBefore(k));
        if (poss.length) return poss;
      }
    }
    if (r === 'conj' && setOffParticiple(doc, h, v, ch)) return byRel(h, 'nsubj:pass', 'nsubj');
    // ("G, founded by X in 2000 and headquartered in P": a participle with no agent of its own,
    // joined to a passive one, describes the passive's subject, never its agent)
    if (
      r === 'conj' &&
      participle(v) &&
      !byRel(v, 'obl:agent', 'nsubj', 'obj').length &&
      isPassive(h) &&
      byRel(h, 'nsubj:pass').length
    )
      return byRel(h, 'nsubj:pass');
    // "G soldiers backed by K are fighting H" parsed with the participle the root and the verb,
    // which has an auxiliary of its own, its clause: the participle (no auxiliary, an agent)
    // describes the subject before it, who does the verb, not the participle's agent (fights34)
    if (
      (r === 'advcl' || r === 'conj') &&
      v > h &&
      ch(v).some((k) => /^aux/.test(rel(k))) &&
      participle(h) &&
      byRel(h, 'obl:agent').length > 0 &&
      !ch(h).some((k) => /^(?:aux|cop)/.test(rel(k)))
    ) {
      const held = byRel(h, 'nsubj', 'nsubj:pass').filter((k) => k < h);
      if (held.length) return held.map((k) => setOffSubjectName(doc, k, h, ch));
    }
    const setOff = setOffClauseSubject(doc, h, v, ch);
    if (setOff.length) return setOff;
    // "X is believed to belong to G", "X, who is said to command G", "X, thought to lead G": the
    // infinitive's subject is the passive verb's, not its agent (ties23)
    if (
      r === 'xcomp' &&
      has(RAISING, lem(h)) &&
      (isPassive(h) || (participle(h) && !byRel(h, 'nsubj').length))
    ) {
      const held = byRel(h, 'nsubj:pass');
      if (held.length) return held;
      const name = ch(h).filter(
        (k) => k < h && /^(?:vocative|nsubj|obl:unmarked)$/.test(rel(k)) && nameHead.has(k),
      );
      if (name.length) return name;
      if (rel(h) === 'acl' && entity(headOf(doc, h)) >= 0) return [headOf(doc, h)];
    }
    // "G is based in P and has fought H", "G, which was founded in 2012 and has fought H": an active
    // verb with no subject of its own joined to a passive one shares the passive's subject, not
    // its agent (fights30)
    // (a passive by its auxiliary: "which has acted …" parsed with a passive subject is not one)
    if (r === 'conj' && !isPassive(v) && ch(h).some((k) => rel(k) === 'aux:pass')) {
      const held = byRel(h, 'nsubj:pass');
      if (held.length) return held;
    }
    // "X was expelled from G after pledging allegiance to H", "X was ordered to join H": a clause
    // with no subject of its own, hung on a passive verb, is done by the passive's subject, never
    // by its agent or the group in its from-phrase (args37)
    // (a gerund or an infinitive, not a participle: "G, based in P" describes G)
    if (
      (r === 'advcl' || r === 'xcomp') &&
      (/ing$/i.test(tokenText(v)) || byRel(v, 'mark').some((k) => lem(k) === 'to')) &&
      !byRel(v, 'nsubj', 'nsubj:pass', 'expl').length &&
      isPassive(h) &&
      // ("X was acquitted of belonging to G": a charge that did not stand; members31)
      !has(CLEARED, lem(h))
    ) {
      const held = byRel(h, 'nsubj:pass');
      if (held.length) return held.map((k) => setOffSubjectName(doc, k, h, ch));
    }
    if (r === 'conj' || r === 'xcomp' || r === 'advcl' || r === 'ccomp') return agentOf(h, depth + 1);
    return [];
  };
  /**
   * "fighting between X and Y", "rivalry between X, Y and Z": the names listed on the tokens
   * right after the noun's "between" (with articles, commas and "and" between them)
   */
  const betweenOnTokens = (t: number, preps = /^(?:between|among|amongst)$/i): number[] => {
    let k = t + 1;
    if (k >= sent.tLast || !preps.test(tokenText(k))) return [];
    k++;
    const out: number[] = [];
    while (k < sent.tLast) {
      if (uposOf(doc, k) === 'DET') k++;
      const h = nameHead.get(k);
      if (h === undefined) break;
      out.push(h);
      while (k < sent.tLast && nameHead.get(k) === h) k++;
      // ("the A movement, the B group and the C militia": past a generic noun after a name)
      if (uposOf(doc, k) === 'NOUN' && has(GENERIC_ORG, lem(k)) && !tokenEntity.has(k)) k++;
      if (tokenText(k) === ',') k++;
      if (/^(?:and|&)$/i.test(tokenText(k))) k++;
    }
    return out;
  };
  /** what the verb acts on (its object in the active voice) */
  const patientOf = (v: number): number[] => {
    const described = describedAs(doc, v, ch);
    if (described.length) return described;
    // "a Quetta-based commander": a participle before a noun describes it
    if (rel(v) === 'amod' && headOf(doc, v) > v && /(?:ed|en)$/i.test(tokenText(v))) return [headOf(doc, v)];
    // "a militia armed and trained by X": a participle after its noun describes the noun
    if (rel(v) === 'amod' && headOf(doc, v) >= 0 && headOf(doc, v) < v && participle(v))
      return [headOf(doc, v)];
    if (rel(v) === 'conj' && participle(v) && postposedParticiples(doc, headOf(doc, v), v, ch, participle))
      return [headOf(doc, v)];
    // "X is affiliated with Y": an adjective's subject is what it describes
    if (uposOf(doc, v) === 'ADJ') return byRel(v, 'nsubj', 'nsubj:pass');
    if (isPassive(v)) {
      const said = saidRelativeSubject(doc, v, ch, sent.tFirst);
      if (said >= 0) return [nameHead.get(said) ?? said];
      const s = byRel(v, 'nsubj:pass');
      if (s.length) return s;
      const r = rel(v);
      const h = headOf(doc, v);
      // ("G, backed by H, took P": the parser gave the participle G as its subject, or hung it
      // on the main verb, whose subject it describes)
      if (byRel(v, 'obl:agent').length && voice(doc, v) !== 'passive') {
        const subj = byRel(v, 'nsubj');
        if (subj.length) return subj;
        if (h >= 0 && r === 'advcl' && uposOf(doc, h) === 'VERB') return byRel(h, 'nsubj');
      }
      if (h >= 0 && (r === 'acl' || r === 'acl:relcl')) {
        // "a spokeswoman for Y based in P": the name between the noun and its participle
        // is what the participle describes
        const between = ch(h).filter((k) => k > h && k < v && /^nmod/.test(rel(k)) && tokenEntity.has(k));
        return between.length ? [between[between.length - 1]] : [h];
      }
      // ("G operates in P and is funded by H": a passive conjunct of an active verb shares its subject)
      if (h >= 0 && r === 'conj')
        return isPassive(h) || uposOf(doc, h) !== 'VERB' ? patientOf(h) : agentOf(h);
      return [];
    }
    const beforeComma = objectBeforeComma(doc, v, sent.tLast, nameHead, byRel(v, 'obj'));
    if (beforeComma.length) return beforeComma;
    // ("heads G's H Unit" with H hung on G as a flat name: the unit is the object)
    // ("fought alongside H" with H parsed as the object: an oblique, not a patient)
    // (or "a body that Z backs for control of P" with "control" the object and "for" its case:
    // the relative's noun is still the object)
    const kept = byRel(v, 'obj').filter((o) => !adverbPrep(doc, o, ch));
    if (kept.length < byRel(v, 'obj').length) {
      if (kept.length || byRel(v, 'obj').some((o) => /^(?:alongside|beside)$/.test(adverbPrep(doc, o, ch))))
        return kept;
      const rh = objectRelative(doc, v, ch, nameHead);
      return rh;
    }
    const relHead = objectRelative(doc, v, ch, nameHead);
    if (relHead.length) return relHead;
    return byRel(v, 'obj').map((o) => {
      if (entity(o) < 0 || typeOf(entity(o)) !== 'organization') return o;
      const owned = ch(o).find(
        (k) =>
          k > o &&
          /^(?:flat|compound|nmod)$/.test(rel(k)) &&
          entity(k) >= 0 &&
          entity(k) !== entity(o) &&
          typeOf(entity(k)) === 'organization' &&
          ch(o).some((c) => c < k && rel(c) === 'case' && /^['’]s?$/.test(tokenText(c))),
      );
      return owned ?? o;
    });
  };
  const obliques = (t: number, preps: string) => {
    const ps = preps.split('|');
    // a "conj" with its own preposition is an nmod the parser hung on the wrong arc
    // (in a copular clause, a phrase past a named conjunct of the predicate noun is that
    // conjunct's, its verb and noun left out: "A is in B province and C in D" puts C, not A,
    // in D; "A and B, both from P" keeps P for both)
    const gapped = (k: number) =>
      /^(?:NOUN|PROPN)$/.test(uposOf(doc, t) ?? '') &&
      byRel(t, 'cop').length > 0 &&
      rel(k) !== 'conj' &&
      ch(t).some(
        (c) => c > t && c < k && rel(c) === 'conj' && (entity(c) >= 0 || uposOf(doc, c) === 'PROPN'),
      );
    return ch(t).filter(
      (k) => /^(?:obl|nmod|conj)(?::(?!agent|poss).*)?$/.test(rel(k)) && ps.includes(caseOf(k)) && !gapped(k),
    );
  };

  const verbSlot = (v: number, slot: string): number[] => {
    if (slot === 'nsubj') return agentOf(v);
    if (slot === 'obj') return patientOf(v);
    const via = /^(obj|obl|nsubj)(?:\[([^\]]+)\])?>(?:nmod:(.+)|compound)$/.exec(slot);
    if (via) {
      const nouns = via[2]?.split(',');
      // ('obl[side]>nmod:with': "fought side by side with Y", the phrase hung on an oblique noun;
      // 'nsubj[defector]>nmod:from': "G was formed by defectors from Y", through the doer)
      const objs = (
        via[1] === 'obl' ? byRel(v, 'obl', 'obj', 'advmod') : via[1] === 'nsubj' ? agentOf(v) : patientOf(v)
      ).filter((n) => !nouns || nounFits(doc, n, nouns, ch));
      // (the phrase may hang on the verb: "taking orders from Y"; or on the list's last noun,
      // which the parser may also make the verb's conjunct: "weapons and training from Y")
      const listed = nouns
        ? [...objs, ...byRel(v, 'conj')].flatMap((n) =>
            conjuncts(doc, n).filter((c) => nounFits(doc, c, nouns, ch)),
          )
        : objs;
      // ('nsubj[militant]>compound': "formed by G militants", the owner named before the noun)
      if (!via[3]) return listed.flatMap((n) => byRel(n, 'compound'));
      // ('nsubj[member]>nmod:poss': "G's members include X", "G, whose members include X")
      if (via[3] === 'poss') return listed.flatMap((n) => byRel(n, 'nmod:poss').map(whoseOwner));
      return objs.length ? [...listed.flatMap((n) => obliques(n, via[3])), ...obliques(v, via[3])] : [];
    }
    // "Quetta-based": the place joined to the participle by a hyphen
    if (slot === 'obl:unmarked')
      return byRel(v, 'obl:unmarked', 'compound', 'nmod:npmod').filter((k) => k < v);
    const obl = /^obl:(.+)$/.exec(slot);
    // "broke away from Y": the oblique may hang on the particle
    // "retook the town from Y", "backed X against Y": a "from"/"against" phrase the parser
    // hung on the object belongs to the verb
    // ("fought alongside Y against Z": an "against" phrase hung on another oblique, too)
    const onObject = (preps: string) => {
      const ps = preps.split('|').filter((p) => p === 'from' || p === 'against');
      if (!ps.length) return [];
      const on = byRel(v, 'obj').flatMap((n) => obliques(n, ps.join('|')).filter((k) => k > n));
      if (ps.includes('against'))
        for (const n of byRel(v, 'obl'))
          if (caseOf(n) !== 'against') on.push(...obliques(n, 'against').filter((k) => k > n));
      return on;
    };
    // ("was born Norma Smith in P": a phrase the parser hung on the name the verb predicates)
    const onName = (preps: string) =>
      byRel(v, 'xcomp', 'parataxis')
        .filter((k) => k > v && entity(k) >= 0 && typeOf(entity(k)) === 'person')
        .flatMap((k) => obliques(k, preps).filter((m) => m > k));
    if (obl)
      return [
        ...obliques(v, obl[1]),
        ...byRel(v, 'advmod', 'compound:prt').flatMap((k) => obliques(k, obl[1])),
        ...onObject(obl[1]),
        ...onName(obl[1]),
        ...byRel(v, 'obj').filter((o) => obl[1].split('|').includes(adverbPrep(doc, o, ch))),
      ];
    return [];
  };

  /** "X denied having links with Y": the deny verb above a trigger, within two arcs */
  const deniedBy = (t: number): number => {
    let x = t;
    for (let n = 0; n < 3; n++) {
      const r = rel(x);
      const h = headOf(doc, x);
      // "the P-based G denied …": a hyphened participle the parser hung on the verb as a
      // clause modifies the subject's name; the verb does not deny it
      if (r === 'advcl' && x > sent.tFirst && tokenText(x - 1) === '-') return -1;
      // ("G, based in P, denies …": nor a participle set off by commas before it)
      if (r === 'advcl' && setOffParticiple(doc, x, h, ch)) return -1;
      // ("X was dismissed from G after declaring allegiance to H": a clause of time says when, and
      // is not what the verb denies; args37)
      if (r === 'advcl' && byRel(x, 'mark').some((k) => TIME_MARK.has(lem(k)))) return -1;
      // "rejected claims that it was allied with Y": a clause on a claim it denies
      const onClaim = h >= 0 && has(CLAIM, lem(h)) && claimPart(r, r === 'nmod' ? caseOf(x) : undefined);
      // ("denies taking orders from Y" with the gerund parsed as acl of the deny verb)
      const onDeny = r === 'acl' && h >= 0 && has(DENY, lem(h));
      if (h < 0 || (!onClaim && !onDeny && !/^(?:obj|ccomp|xcomp|advcl|nsubj:pass|conj)$/.test(r))) return -1;
      // "X rebuffed claims that …", "G repudiated reports of …": a rarer verb the parser hung on
      // the claim as its modifier (no determiner before it: not "the rejected claims") still denies it
      if (onClaim) {
        const m = byRel(h, 'amod').find((k) => k < h && has(DENY, lem(k)));
        if (m !== undefined && !byRel(h, 'det').some((d) => d < m)) return m;
      }
      if (has(DENY, lem(h)) && r !== 'conj') return h;
      x = h;
    }
    return -1;
  };

  /**
   * "There is no evidence that X belonged to G", "police found no sign that G had ties to H",
   * "officials have not found any proof that …": a tie in a clause on a noun of grounds that
   * the text says there is none of (its "no", or a negated verb above it) is denied
   */
  const groundless = (t: number): boolean => {
    let x = t;
    for (let n = 0; n < 3; n++) {
      const r = rel(x);
      const h = headOf(doc, x);
      if (h < 0) return false;
      // (the parser often takes "that" for a relative pronoun: acl:relcl)
      if ((/^acl/.test(r) || r === 'ccomp') && has(GROUNDS, lem(h)) && uposOf(doc, h) === 'NOUN') {
        if (byRel(h, 'det').some((k) => lem(k) === 'no')) return true;
        const g = headOf(doc, h);
        return g >= 0 && /^(?:obj|nsubj)$/.test(rel(h)) && isNegated(doc, g);
      }
      // "there was no evidence the X was linked to G": the clause hung on the copula whose
      // subject is the noun of grounds (parts38)
      if (r === 'ccomp' && byRel(h, 'expl').length) {
        const g = byRel(h, 'nsubj').find((k) => has(GROUNDS, lem(k)) && uposOf(doc, k) === 'NOUN');
        if (g !== undefined) return byRel(g, 'det').some((k) => lem(k) === 'no') || isNegated(doc, h);
      }
      if (!/^(?:obj|ccomp|xcomp|advcl|nsubj:pass|conj)$/.test(r)) return false;
      x = h;
    }
    return false;
  };

  /**
   * The organisation token `k` speaks for: `k` itself when it names one; else the group of its
   * title ("a spokesman for G", "G's leader", "the G chief"), or of the title set beside its name
   * ("X, a spokesman for G"); else -1
   */
  const speaksFor = (k: number): number => {
    if (entity(k) >= 0 && typeOf(entity(k)) === 'organization') return k;
    const titles = entity(k) >= 0 ? byRel(k, 'appos').filter((a) => has(SPEAKS_FOR_TITLE, lem(a))) : [k];
    for (const a of titles) {
      if (!has(SPEAKS_FOR_TITLE, lem(a))) continue;
      const g = ch(a).find(
        (c) =>
          entity(c) >= 0 &&
          typeOf(entity(c)) === 'organization' &&
          (/^(?:nmod:poss|compound)$/.test(rel(c)) ||
            (/^nmod/.test(rel(c)) && /^(?:for|of|in|with)$/.test(caseOf(c)))),
      );
      if (g !== undefined) return g;
    }
    return -1;
  };

  /** the pronoun holders of a denied title become the denier, when it is of the pronoun's kind */
  const denierOwnsTitle = (holder: number[], deny: number): void => {
    if (deny < 0) return;
    const kind = lem(holder[0]) === 'it' ? 'organization' : lem(holder[0]) === 'they' ? '' : 'person';
    const by = agentOf(deny)
      .map((k) => (kind === 'organization' && speaksFor(k) >= 0 ? speaksFor(k) : k))
      .filter((k) => entity(k) >= 0 && (!kind || typeOf(entity(k)) === kind));
    if (by.length) holder.splice(0, holder.length, ...by);
  };

  /** name k has a "with" phrase (a name) of its own before its conjunct o */
  const withBetween = (k: number, o: number): boolean =>
    ch(k).some(
      (m) =>
        m > k &&
        m < o &&
        /^(?:nmod|obl)/.test(rel(m)) &&
        /^(?:with|alongside)$/.test(caseOf(m)) &&
        tokenEntity.has(m),
    );
  let forFights = false;
  const emit = (p: TiePattern, sTok: number[], oTok: number[], negated: boolean) => {
    forFights = p.type === 'fights';
    forSupports = p.type === 'supports';
    try {
      emitEnds(p, sTok, oTok, negated);
    } finally {
      forFights = false;
      forSupports = false;
    }
  };
  /** when set, the subjects a conjunction adds that this test rejects get no tie */
  let keepSubject: ((s: number) => boolean) | null = null;
  const emitEnds = (p: TiePattern, sTok: number[], oTok: number[], negated: boolean) => {
    for (const s of ends(sTok).filter((k) => !keepSubject || sTok.includes(k) || keepSubject(k)))
      for (const o of ends(oTok)) {
        let a = entity(s);
        let b = entity(o);
        if (a === b || !fits(p.a, a) || !fits(p.b, b)) continue;
        // "the provinces of A, B and C": names of one list are peers, never one inside another
        if (p.type === 'part_of' && conjuncts(doc, s).includes(o)) continue;
        // "A is part of H with B and C": the parser may hang C on H, past H's own "with" phrase;
        // C is listed with B, beside A, not within H (groups35)
        if (
          p.type === 'part_of' &&
          oTok.some((k) => k !== o && conjuncts(doc, k).includes(o) && withBetween(k, o))
        )
          continue;
        // "A, 22, from P; B, 19, and C, 18, both from Q": a name's own "of"/"from" phrase
        // follows it, and a list set off by semicolons keeps each phrase in its own part
        if (SELF_AFTER.has(p.id) && (o < s || semicolonBetween(doc, s, o) || ownPhraseBetween(doc, s, o, b)))
          continue;
        const at: [number, number] = [s, o];
        if (SYMMETRIC.has(p.type) && b < a) [a, b] = [b, a];
        out.push({ type: p.type, subject: a, object: b, negated: negated || !!p.negated, at, cue: p.id });
        // "of Bethany, Conn.": the town's region holds the subject too
        if (p.type === 'located_in')
          for (const r of ch(o))
            if (rel(r) === 'appos' && entity(r) >= 0 && typeOf(entity(r)) === 'place' && entity(r) !== a)
              out.push({
                type: p.type,
                subject: a,
                object: entity(r),
                negated: negated || !!p.negated,
                at,
                cue: p.id,
              });
      }
  };

  /**
   * The verb of merging that infinitive `v` ("to form") completes, or -1: "A merged with B to form
   * G" (hung on the verb), or "A merged with B, C and the D branch to form G" with "to form" hung
   * on the list's last noun, up its conjuncts to the "with" phrase of the verb (parts34).
   */
  const mergedToForm = (v: number): number => {
    const h = headOf(doc, v);
    if (h < 0) return -1;
    if (/^(?:advcl|xcomp)$/.test(rel(v))) return has(MERGE, lem(h)) ? h : -1;
    if (rel(v) !== 'acl' || !byRel(v, 'mark').some((k) => lem(k) === 'to')) return -1;
    let n = h;
    for (let i = 0; i < 8 && rel(n) === 'conj'; i++) n = headOf(doc, n);
    const verb = headOf(doc, n);
    if (verb < 0 || !/^obl/.test(rel(n)) || !has(MERGE, lem(verb))) return -1;
    // (a later name of the list may hang on the verb with no preposition of its own)
    const withPhrase = (k: number) => /^(?:obl|nmod)/.test(rel(k)) && caseOf(k) === 'with';
    return withPhrase(n) || (!caseOf(n) && ch(verb).some((k) => k < n && withPhrase(k))) ? verb : -1;
  };
  /**
   * A fight of verb v with objects obj that tells a rivalry too: fought "for control of P" (its
   * "for" phrase names what both sides contest), or against "a (smaller) rival, H" (groups35)
   */
  const rivalsInFight = (v: number, obj: number[]): boolean =>
    ch(v).some((k) => /^obl/.test(rel(k)) && caseOf(k) === 'for' && CONTESTED.has(lem(k))) ||
    contestedAfter(v) ||
    obj.some((k) => lem(k) === 'rival' && uposOf(doc, k) === 'NOUN' && !tokenEntity.has(k));
  /** on the tokens, "for control" later in verb v's clause, however the parser hung it ("fought H,
   * known as HH, for control of P"): up to the next clause with a subject of its own */
  const contestedAfter = (v: number): boolean => {
    for (let k = v + 1; k + 1 < sent.tLast && k - v <= 30; k++) {
      if (/^[.;:]$/.test(tokenText(k))) return false;
      if (uposOf(doc, k) === 'VERB' && ch(k).some((m) => /^nsubj/.test(rel(m)))) return false;
      if (tokenText(k).toLowerCase() === 'for' && CONTESTED.has(lem(k + 1))) return true;
    }
    return false;
  };
  /** an organisation named as a coalition: "the Northern Alliance", "the Islamic Coalition" */
  const coalitionName = (e: number) =>
    doc.entities[e].surfaces.some((n) => COALITION.has(n.toLowerCase().split(/\s+/).at(-1) ?? ''));
  /** the name a coalition noun that participle v modifies is set beside ("H, an alliance formed
   * by …"), or -1 */
  const coalitionNounOf = (v: number): number => {
    let n = rel(v) === 'acl' ? headOf(doc, v) : -1;
    // (or the participle's subject, when the parser made the reduced clause one: no auxiliary,
    // a "by" agent)
    if (n < 0 && byRel(v, 'obl:agent').length && !ch(v).some((k) => /^aux/.test(rel(k))))
      n = ch(v).find((k) => k < v && /^nsubj/.test(rel(k))) ?? -1;
    if (n < 0 || n > v || !COALITION.has(lem(n))) return -1;
    let h = rel(n) === 'appos' ? headOf(doc, n) : -1;
    // (on the tokens when the parser hung the noun elsewhere: the name before the comma that
    // opens its phrase, past an acronym in brackets)
    if (h < 0) {
      let k = n - 1;
      while (k > n - 4 && k > sent.tFirst && /^(?:DET|ADJ)$/.test(uposOf(doc, k) ?? '')) k--;
      if (tokenText(k) !== ',') return -1;
      k--;
      if (tokenText(k) === ')' && tokenText(k - 2) === '(') k -= 3;
      h = nameHead.get(k) ?? -1;
    }
    return h >= 0 && h < n && entity(h) >= 0 && typeOf(entity(h)) === 'organization' ? h : -1;
  };
  /**
   * "G was set up by A and B", "G, founded by A and B in 2019", "A and B created G": when two or more
   * named groups bring a group into being, that group is affiliated with each and they are allies
   * (a group one founder made is read by other patterns; ties28)
   */
  const foundedByGroups = (v: number, p: TiePattern, subj: number[], obj: number[], neg: boolean) => {
    const org = (k: number) => entity(k) >= 0 && typeOf(entity(k)) === 'organization';
    const founders = ends(subj).filter(org);
    if (new Set(founders.map(entity)).size < 2) return;
    const made = ends(obj).filter((k) => org(k) && !founders.includes(k));
    if (!made.length || p.id !== 'part_of/form' || v < 0) return;
    emit(FOUNDED_BY_GROUPS, made, founders, neg);
    for (let i = 0; i < founders.length; i++)
      emit(FORMED_TOGETHER, [founders[i]], founders.slice(i + 1), neg);
  };
  const selfPatterns = idx.self;
  for (let t = sent.tFirst; t < sent.tLast; t++) {
    // "X of the Y group", "X, 50, of Karachi": a name with an nmod
    const te = tokenEntity.get(t);
    // The patterns of the token t, in three functions of their own: V8 compiles a function whole,
    // and again after each deoptimisation; with them inside it, readParseTies was 24 KB of
    // bytecode and each compile took seconds.
    const readSelfPatterns = (): void => {
      if (te !== undefined)
        for (const p of selfPatterns) {
          // an inverse pattern's name is the tie's object ("X's G": X leads G)
          if (!fits(p.inverse ? p.b : p.a, te)) continue;
          // "the president's State Department": a state body has office holders, not an owner
          if (
            p.id === 'leader_of/owner' &&
            orgKind(doc.entities[te].surfaces, doc.entities[te].kind) === 'government'
          )
            continue;
          if (p.notMods && ch(t).some((k) => /^(?:amod|compound|nmod:desc)$/.test(rel(k)) && notMod(p, k)))
            continue;
          const obj = p.of.flatMap((o) =>
            o === 'compound'
              ? premods(t).filter((k) => !(p.type === 'located_in' && (spokesFor(k) || officeBetween(k, t))))
              : o === 'poss'
                ? [
                    ...byRel(t, 'nmod:poss').map((k) =>
                      p.type === 'part_of' ? possessivePronounOwner(k, t) : k,
                    ),
                    ...possOnTokens(t, p),
                  ]
                : o === 'of' && p.inverse
                  ? [...adjacentOf(t, obliques(t, o)), ...groupNounOf(t)]
                  : obliques(t, o),
          );
          if (obj.length && p.id === 'part_of/org-of-org') {
            // "the D Alliance of A, B and C" lists its members: each is part of it; a list after
            // any other name is no unit of it
            // (the parser may hang the list on the coalition's name: then it is read nowhere)
            const listed = (k: number) => rel(k) === 'conj' || byRel(k, 'conj').length > 0;
            if (coalitionName(te)) {
              if (!listed(t)) emit(p, [...obj, ...obj.flatMap((k) => byRel(k, 'conj'))], [t], false);
            } else if (![t, ...obj].some(listed)) emit(p, [t], obj, false);
            continue;
          }
          // ("shot X at the G Hotel": where it happened, not whom X works for)
          if (p.id === 'member_of/person-of-org')
            for (let i = obj.length - 1; i >= 0; i--) {
              const e = entity(obj[i]);
              if (e >= 0 && atSiteOrAct(doc, t, obj[i], doc.entities[e].surfaces)) obj.splice(i, 1);
            }
          if (!obj.length) continue;
          // "A of P and his brother B of Q": a conjoined name with a place of its own is not from P;
          // "A, 52, of the G Board and B of H": nor is one with an organisation of its own in H
          if (
            (p.type === 'located_in' || p.id === 'member_of/person-of-org') &&
            p.of.some((o) => o === 'of' || o === 'from')
          ) {
            const own = p.of.filter((o) => o === 'of' || o === 'from');
            keepSubject = (k) => !own.some((o) => obliques(k, o).length);
            try {
              emit(p, [t], obj, false);
            } finally {
              keepSubject = null;
            }
          } else if (p.inverse) emit(p, obj, [t], false);
          else if (p.of.includes('poss')) {
            // "the A and the G's B unit": the possessive owns the name after it and the names
            // joined after that, never a conjunct before it
            keepSubject = (k) => k >= t;
            try {
              emit(p, [t], obj, false);
            } finally {
              keepSubject = null;
            }
          } else emit(p, [t], obj, false);
        }
    };
    readSelfPatterns();
    // "A and B, both of G": the two people named before ", both of" are members of G
    if (lem(t) === 'both' && tokenText(t - 1) === ',' && /^of$/i.test(tokenText(t + 1))) {
      let k = t + 2;
      if (uposOf(doc, k) === 'DET') k++;
      const g = nameHead.get(k) ?? (tokenEntity.has(k) ? k : undefined);
      // (the two names right before, read on the name heads: a rank before a name may keep it
      // out of the token map)
      const two: number[] = [];
      for (let m = t - 1; m >= sent.tFirst && two.length < 2; m--) {
        const h = nameHead.get(m) ?? (tokenEntity.has(m) ? m : undefined);
        if (h === undefined || two.includes(h)) continue;
        if (entity(h) < 0 || typeOf(entity(h)) !== 'person') break;
        if (!two.length || entity(two[0]) !== entity(h)) two.push(h);
      }
      if (g !== undefined && two.length === 2) emit(bothOf(), two, [g], false);
    }
    const upos = uposOf(doc, t);
    const lemma = lem(t);
    const readVerbPatterns = (): void => {
      if (upos === 'VERB' || upos === 'ADJ') {
        const ps = lookup(idx.verbs, lemma);
        if (ps) {
          const deny = deniedBy(t);
          const neg = isNegated(doc, t) || deny >= 0 || groundless(t);
          for (const p of ps) {
            if (upos === 'ADJ' && p.verbOnly?.includes(lemma)) continue;
            // "A, B and C make up G" (not "made a deal"); "A and B joined forces" (not "joined G")
            // (or an adverb: "brings together A and B")
            // (or the word right after the verb, wherever the parser hung it: "took over G")
            if (
              p.particle &&
              !byRel(t, 'compound:prt', 'advmod').some((k) => p.particle?.includes(lem(k))) &&
              !p.particle.includes(tokenText(t + 1).toLowerCase())
            )
              continue;
            // ("set up", never "set" alone; ties28)
            if (
              lemma === 'set' &&
              p.id === 'part_of/form' &&
              !byRel(t, 'compound:prt').some((k) => lem(k) === 'up')
            )
              continue;
            if (p.objLemmas && !patientOf(t).some((k) => p.objLemmas?.includes(lem(k)))) continue;
            if (p.jointly && !actsJointly(doc, t, ch, p.jointly)) continue;
            if (
              p.withLemmas &&
              !ch(t).some(
                (k) => /^(?:obl|nmod)/.test(rel(k)) && caseOf(k) === 'with' && p.withLemmas?.includes(lem(k)),
              )
            )
              continue;
            let subj = p.subject.flatMap((s) => verbSlot(t, s));
            // ("made up of fighters from G": a group's people make no part of G)
            if (p.namedSubject) subj = subj.filter((k) => tokenEntity.has(k) || !has(PROXY, lem(k)));
            // "G denied that it …": the pronoun is the one who denies
            if (deny >= 0 && subj.length && subj.every((k) => PRONOUN.has(lem(k)))) subj = agentOf(deny);
            if (!subj.length && deny >= 0 && p.subject.includes('nsubj')) subj = agentOf(deny);
            // "a P-based G commander, X", "two militants belonging to G, A and B": a title a place
            // or membership verb describes stands for its holder
            if (p.type === 'located_in' || p.type === 'member_of')
              subj = subj.flatMap((k) =>
                entity(k) < 0 && lookup(idx.nouns, lem(k))?.some((q) => q.holder === 'role')
                  ? roleHolder(k)
                  : [k],
              );
            let obj = p.object.flatMap((s) => verbSlot(t, s));
            if (p.namedObject) obj = obj.filter((k) => nameHead.get(k) === k);
            // ("A and B formed the H Branch": a body two groups set up together is a part of neither)
            if (
              p.id === 'part_of/declared-branch' &&
              (obj.length > 1 || obj.some((k) => byRel(k, 'conj').length))
            )
              continue;
            // ("A merged with B to form G": groups that merge to form one are its parts, whatever
            // its name; ties23)
            const mergeVerb = p.id === 'part_of/form' ? mergedToForm(t) : -1;
            const merged = mergeVerb >= 0;
            if (merged) {
              const withs = ch(mergeVerb).filter((k) => /^(?:obl|nmod)/.test(rel(k)) && caseOf(k) === 'with');
              // ("merged with A, B and C to form G": the parser may hang the list's later names on
              // the verb as obliques of no preposition of their own; parts33)
              const listed = withs.length
                ? ch(mergeVerb).filter(
                    (k) => k > withs[0] && k < t && rel(k) === 'obl' && !caseOf(k) && tokenEntity.has(k),
                  )
                : [];
              // (the merging subject, when "to form" hung on the list and not on the verb; parts34)
              const own = rel(t) === 'acl' ? agentOf(mergeVerb) : [];
              subj = [...subj, ...own, ...withs, ...listed];
            }
            // ("H, an alliance formed in 2021 by A and B": a participle on a coalition noun set
            // beside a name; the groups that formed it are its parts, whatever H is called; ties27)
            if (p.id === 'part_of/form') {
              const named = coalitionNounOf(t);
              if (named >= 0) {
                const agents = byRel(t, 'obl:agent');
                emit(p, agents, [named], neg);
                // (and allies of each other, as the golds have it)
                const all = ends(agents, false);
                for (let i = 0; i < all.length; i++) emit(FORMED_TOGETHER, [all[i]], all.slice(i + 1), neg);
                continue;
              }
              if (rel(t) === 'acl' && !merged) continue;
            }
            if (
              p.id === 'part_of/form' &&
              !merged &&
              !obj.some((k) => entity(k) >= 0 && coalitionName(entity(k)))
            ) {
              // "G was set up / founded by A and B", "G, formed by A and B in 2019": a group that
              // two or more groups brought into being together is tied to each of them, and they are
              // allies; no part of one whose name names no coalition (ties28)
              foundedByGroups(t, p, subj, obj, neg);
              continue;
            }
            // "G was joined by H" (in its fight): H sides with G; it joins no coalition G names
            if (
              p.id === 'part_of/join' &&
              isPassive(t) &&
              !obj.some((k) => entity(k) >= 0 && coalitionName(entity(k)))
            ) {
              emit(JOINED_BY, subj, obj, neg);
              continue;
            }
            // "X commanded a G battalion": a part of G that no name of its own holds makes X a
            // member of G, not its leader
            if (p.type === 'leader_of') {
              // "H, a faction of G led by X", "the H Column, a branch of G headed by X": the
              // participle the parser hung on G describes the part, whose name is set before it
              // (none: no tie; ties28)
              // (or on the part noun itself, which would stand for G)
              const on = rel(t) === 'acl' ? headOf(doc, t) : -1;
              const partNoun =
                on < 0
                  ? -1
                  : PART_OF_WHOLE.has(lem(on)) && uposOf(doc, on) === 'NOUN'
                    ? on
                    : obj.includes(on) && /^nmod/.test(rel(on)) && caseOf(on) === 'of'
                      ? headOf(doc, on)
                      : -1;
              if (
                partNoun >= 0 &&
                partNoun < t &&
                PART_OF_WHOLE.has(lem(partNoun)) &&
                ch(partNoun).some((k) => /^nmod/.test(rel(k)) && caseOf(k) === 'of' && entity(k) >= 0)
              ) {
                const named = nameBeforePhrase(partNoun);
                if (named >= 0) emit(p, subj, [named], neg);
                continue;
              }
              const part = obj.filter(
                (k) =>
                  !tokenEntity.has(k) &&
                  uposOf(doc, k) === 'NOUN' &&
                  PART_NOUN.has(lem(k)) &&
                  // ("H, the G wing headed by X": the part holds H's name)
                  !(PART_BESIDE.has(lem(k)) && namedBeforePhrase(k) >= 0),
              );
              if (part.length) {
                emit(COMMANDS_PART, subj, part, neg);
                const rest = obj.filter((k) => !part.includes(k));
                if (rest.length) emit(p, subj, rest, neg);
                continue;
              }
            }
            emit(p, subj, obj, neg);
            if (p.type === 'fights' && !neg && rivalsInFight(t, obj)) emit(FIGHTS_RIVAL, subj, obj, neg);
            // ("A and B are cooperating with investigators": a partner named by a common noun
            // is who they act with, not each other)
            const withNoun = obj.some(
              (k) => entity(k) < 0 && uposOf(doc, k) === 'NOUN' && !PRONOUN.has(lem(k)),
            );
            // ("A and B fought Israel": an object other than "each other" is whom they fought)
            if (p.reciprocal && !withNoun && obj.every((k) => EACH_OTHER.has(lem(k)))) {
              // (not the names a plural subject lists: "groups, chiefly A and B, fought Y")
              const all = ends(subj, false);
              for (let i = 0; i < all.length; i++) emit(p, [all[i]], all.slice(i + 1), neg);
              // "… and the two sides clashed", "both sides fought": the last two groups named
              // before the verb in the sentence
              if (
                subj.some(
                  (k) =>
                    lem(k) === 'side' &&
                    ch(k).some((m) => /^(?:two|both)$/.test(lem(m)) && /^(?:nummod|det)$/.test(rel(m))),
                )
              ) {
                const seen: number[] = [];
                for (let k = t - 1; k >= sent.tFirst && seen.length < 2; k--) {
                  const e = tokenEntity.get(k);
                  if (e !== undefined && typeOf(e) === 'organization' && !seen.some((x) => entity(x) === e))
                    seen.push(k);
                }
                if (seen.length === 2) emit(p, [seen[1]], [seen[0]], neg);
              }
            }
          }
        }
      }
    };
    readVerbPatterns();
    // (and a pronoun: "G has nothing to do with H")
    if (upos === 'NOUN' || upos === 'PROPN' || upos === 'ADJ' || upos === 'VERB' || upos === 'PRON') {
      const ps = lookup(idx.nouns, lemma);
      if (!ps) continue;
      const readNounPatterns = (): void => {
        // (the noun's modifiers and the holders of its title are the same for every pattern)
        let mods: string[] | null = null;
        let held: number[] | null = null;
        for (const p of ps) {
          // (the word as well as its lemma: the lemmatiser reads "vice" as "vise")
          mods ??= ch(t)
            .filter((k) => /^(?:amod|compound|nmod:desc)$/.test(rel(k)))
            .flatMap((k) => [lem(k), tokenText(k).toLowerCase()]);
          if (p.mods && !mods.some((m) => p.mods?.includes(m))) continue;
          if (p.notMods && mods.some((m) => p.notMods?.includes(m))) continue;
          // ("Acting U.S. Attorney X", "District Attorney X": a capitalised title after a place
          // is an office the place names, not where its holder lives)
          if (p.id === 'located_in/place-role' && /^\p{Lu}/u.test(tokenText(t)) && t > sent.tFirst) continue;
          // "four G members, including X": the names the plural's phrase lists hold it
          if (p.holder === 'among') {
            // (a plural: "fighters", or "men" beside its lemma "man")
            if (/s$/i.test(tokenText(t)) || /^(?:men|women)$/i.test(tokenText(t)))
              emit(p, listedAfter(t), groupsOf(t, p), deniedBy(t) >= 0 || groundless(t));
            continue;
          }
          if (p.oneOfMany !== undefined && p.oneOfMany !== oneOfMany(t)) continue;
          // (who commands a part of G leads that part, not G: members35)
          if (p.id === 'leader_of/one-of-many' && leadsPart(t)) continue;
          // ("X, the G leader's driver": a title that owns another noun is someone else's)
          if (p.holder === 'role' && titleOwnedByOther(doc, t, sent.tLast)) continue;
          // ("its Amaq news agency, G said": an organ with a name of its own before its noun is
          // that name, read as its owner's unit; no name after it holds it)
          if (p.id === 'part_of/organ' && byRel(t, 'compound').some((k) => k < t && nameHead.has(k)))
            continue;
          const obj: number[] = [];
          for (const o of p.of) {
            // ("a G handler" is G's own; "G's handler", "the handler of G" runs G from outside)
            if (lemma === 'handler' && p.type === 'member_of' && o !== 'compound') continue;
            if (o === 'poss') {
              obj.push(...byRel(t, 'nmod:poss').map(whoseOwner));
              // ("G's East African branch": the owner hung on a word before the title)
              for (const m of byRel(t, 'compound', 'amod', 'nmod:desc'))
                if (m < t && (!nameHead.has(m) || (entity(m) >= 0 && typeOf(entity(m)) === 'place')))
                  obj.push(...byRel(m, 'nmod:poss').filter((k) => k < m));
            }
            // "X, commander, Y Command": the organisation set off by commas after the title
            else if (o === 'appos')
              obj.push(...ch(t).filter((k) => k > t && /^(?:appos|list)$/.test(rel(k))));
            else if (o === 'compound') {
              const before = ch(t).filter((k) => k < t && /^(?:compound|nmod:desc|amod|flat)$/.test(rel(k)));
              obj.push(...before);
              // ("a G arms supplier": the group named before what is supplied)
              if (p.id === 'supports/supplier')
                for (const m of before)
                  if (!nameHead.has(m) && uposOf(doc, m) === 'NOUN')
                    obj.push(...byRel(m, 'compound').filter((k) => k < m && nameHead.has(k)));
            } else if (o === 'clause') {
              // "X fought Y with support from Z": the one who does what the clause says
              // (the phrase may hang on the verb's object: "fights both groups with support from Z")
              let v = headOf(doc, t);
              if (v >= 0 && rel(t) === 'nmod' && rel(v) === 'obj') v = headOf(doc, v);
              if (
                v >= 0 &&
                /^(?:obl|advcl|nmod)/.test(rel(t)) &&
                caseOf(t) === 'with' &&
                uposOf(doc, v) === 'VERB'
              )
                obj.push(...agentOf(v));
            } else if (o === 'head') {
              // "his native Ohio": the trigger modifies the object itself
              if (/^(?:amod|compound)$/.test(rel(t)) && headOf(doc, t) > t) obj.push(headOf(doc, t));
            } else obj.push(...obliques(t, o));
          }
          // "X, an economist with Y, said": a phrase right after the title that the parser hung
          // on the verb (or elsewhere) still completes the title
          if (p.holder === 'role') obj.push(...strayPhrase(t, p.of));
          // ("G named a new leader, X": an ownerless title a group appoints is its own)
          if (p.holder === 'role' && !obj.some((k) => entity(k) >= 0))
            obj.push(...appointedBy(doc, t, ch, agentOf, entity));
          // ("G has an armed wing, X", "G maintains a youth wing, X": an ownerless part a group
          // has is its own; parts38)
          if (
            p.type === 'part_of' &&
            p.holder === 'role' &&
            rel(t) === 'obj' &&
            /^(?:have|maintain|keep|run|control)$/.test(lem(headOf(doc, t))) &&
            !obj.some((k) => entity(k) >= 0)
          )
            obj.push(...agentOf(headOf(doc, t)));
          // "X, an analyst on armed groups at Y": the "at" phrase the parser hung on the
          // title's own topic (a common noun after "on"/"of") still completes the title
          if (p.holder === 'role' && p.of.includes('at')) obj.push(...atPastTopic(t));
          // ("G has nothing to do with H": the phrase hangs on the noun's infinitive)
          if (p.holder === 'agent' && p.negated)
            obj.push(...byRel(t, 'acl').flatMap((d) => obliques(d, p.of.join('|'))));
          // (a copy: the lines below edit it)
          const holder = p.holder === 'role' ? [...(held ??= roleHolder(t))] : agentNoun(t, p);
          // ("A, a commander of G, and B, a spokesman for H" with the second title hung on the
          // first: the name right before its comma holds it)
          if (p.holder === 'role' && rel(t) === 'appos') {
            const k = nameRightBefore(doc, t, sent.tFirst, nameHead);
            if (k > headOf(doc, t) && entity(k) >= 0 && !holder.includes(k))
              holder.splice(0, holder.length, k);
          }
          // ("A, a fighter with G, and B, a lawyer …" with B hung on A's title: B is no holder)
          if (p.holder === 'role')
            for (let i = holder.length - 1; i >= 0; i--)
              if (holder[i] > t && nameHead.has(holder[i]) && openedByConjunction(doc, holder[i], nameHead))
                holder.splice(i, 1);
          // ("G, whose commander in P, X, …": the name before "whose" owns the title, and the
          // name after the title's phrase holds it)
          const whose = byRel(t, 'nmod:poss').find((k) => lem(k) === 'whose');
          if (whose !== undefined && p.holder === 'role') {
            const own = entity(whoseOwner(whose));
            for (let i = holder.length - 1; i >= 0; i--)
              if (own >= 0 && entity(holder[i]) === own) holder.splice(i, 1);
          }
          if (p.holder === 'role') holder.push(...calledOnTokens(doc, t, sent.tLast, nameHead));
          if (p.holder === 'agent') denierHolds(holder, deniedBy(t), entity, lem, agentOf, speaksFor);
          // "G rejected claims that it was part of H", "X dismissed reports that he was a member
          // of G": a title a denied clause gives only a pronoun is held by whoever denies it,
          // when of the pronoun's kind
          else if (holder.length && holder.every((k) => PRONOUN.has(lem(k)) && lem(k) !== 'we'))
            denierOwnsTitle(holder, deniedBy(t));
          // "with support from Z" with "from Z" hung beside the noun rather than on it
          if (p.of.includes('clause') && !holder.length)
            holder.push(
              ...ch(headOf(doc, t)).filter(
                (k) => k > t && k - t <= 6 && /^nmod/.test(rel(k)) && /^(?:from|of)$/.test(caseOf(k)),
              ),
            );
          // "a wave of strikes on Y": the target's phrase may hang on the count
          if (p.holder === 'agent' && countOf(t) >= 0)
            for (const o of p.of) if (!NOT_PREP.has(o)) obj.push(...obliques(countOf(t), o));
          // "X flew sorties against Y": the object's preposition may hang on the light verb
          if (p.holder === 'agent' && rel(t) === 'obj' && has(LIGHT, lem(headOf(doc, t))))
            for (const o of p.of)
              if (o !== 'poss' && o !== 'compound') obj.push(...obliques(headOf(doc, t), o));
          // ("G claimed a bombing at an H post": the target's phrase may hang on the claim)
          const claim = p.holder === 'agent' ? claimingVerb(doc, t) : -1;
          if (claim >= 0)
            for (const o of p.of) if (/^(?:at|on|against)$/.test(o)) obj.push(...obliques(claim, o));
          // "a joint operation with Y against Z": the foe's phrase hung on the partner
          // (…or on the agent: "an offensive by Y against Z")
          if (p.holder === 'agent' && p.type === 'fights')
            for (const w of ch(t).filter(
              (k) => k > t && /^nmod/.test(rel(k)) && /^(?:with|by)$/.test(caseOf(k)),
            ))
              for (const o of p.of) if (o === 'against' || o === 'on') obj.push(...obliques(w, o));
          // "KAL attorney X", "Taliban chief X" on the tokens: a name, the title (with lower-case
          // words), then the holder's name
          // (past a rank or an honorific: "Pentagon spokesman Maj. X")
          let named = t + 1;
          for (let n = 0; n < 3 && RANK.test(tokenText(named)); n++)
            named += tokenText(named + 1) === '.' ? 2 : 1;
          if (p.holder === 'role' && p.of.includes('compound') && nameHead.has(named) && !nameHead.has(t)) {
            let k = t - 1;
            while (
              k > sent.tFirst &&
              t - k <= 3 &&
              !nameHead.has(k) &&
              /^(?:NOUN|ADJ)$/.test(uposOf(doc, k) ?? '') &&
              /^\p{Ll}/u.test(doc.text.slice(doc.seg.tokens.start[k], doc.seg.tokens.end[k]))
            )
              k--;
            // ("G (GA) spokesman X": past the acronym in brackets)
            if (k - 2 > sent.tFirst && tokenText(k) === ')' && tokenText(k - 2) === '(') k -= 3;
            if (nameHead.has(k)) {
              holder.push(nameHead.get(named) as number);
              obj.push(nameHead.get(k) as number);
            }
          }
          // "G and its ally, the H Movement", "its rival H", "a suspected G recruiter, X": the
          // name right after a title (past a comma and an article) holds it, read on the tokens
          // too (an owned title may take the name without the comma)
          // (not for where someone is from: "one of P's farm regions, Q" is a place in P)
          if (p.holder === 'role' && p.type !== 'located_in') {
            const owned = byRel(t, 'nmod:poss').length > 0;
            let k = t + 1;
            const comma = tokenText(k) === ',';
            if (comma) k++;
            if (uposOf(doc, k) === 'DET') k++;
            // (past a rank: "the G commander, Brig. Gen. X")
            if (comma)
              for (let n = 0; n < 3 && RANK.test(tokenText(k)); n++) k += tokenText(k + 1) === '.' ? 2 : 1;
            // ("a new commander, a man it named as X": a noun for a person that names X)
            const h =
              nameHead.get(k) ?? (comma && has(PERSON_NOUN, lem(k)) && namedPerson(k) >= 0 ? k : undefined);
            // ("two senior G commanders, A and B": a number stands for the article)
            if (h !== undefined && h !== t && (owned || (comma && byRel(t, 'det', 'nummod').length)))
              holder.push(h);
            // (the title parsed as the name's modifier, the owner hung on the name: "by its rival H")
            if (
              h !== undefined &&
              h !== t &&
              !owned &&
              !comma &&
              headOf(doc, t) === h &&
              p.of.includes('poss')
            ) {
              const own = byRel(h, 'nmod:poss').filter((o) => o < t);
              if (own.length) {
                holder.push(h);
                obj.push(...own);
              }
            }
          }
          // "said a spokesman for the Y Army, Capt. X": a title that holds no one yet is held by
          // the name set off by a comma after its object (past a rank)
          if (p.holder === 'role' && !holder.some((k) => entity(k) >= 0))
            for (const o of obj) {
              if (!nameHead.has(o) && !tokenEntity.has(o)) continue;
              let end = o;
              while (end + 1 < sent.tLast && nameHead.get(end + 1) === o) end++;
              let k = end + 1;
              if (tokenText(k) !== ',') continue;
              k++;
              for (let n = 0; n < 3 && RANK.test(tokenText(k)); n++) k += tokenText(k + 1) === '.' ? 2 : 1;
              const h = nameHead.get(k);
              // (not an owner: "members of the H Battalion, G's suicide squad": G owns H; ties23)
              let last = k;
              while (h !== undefined && nameHead.get(last + 1) === h) last++;
              if (h !== undefined && h !== o && !/^['’]s?$/.test(tokenText(last + 1))) holder.push(h);
            }
          // "the head of the G unit in P, X, …": on the tokens, past a phrase of nouns and names
          // (however the parser hung the name after its comma)
          if (p.holder === 'role' && !holder.some((k) => entity(k) >= 0)) {
            let k = t + 1;
            while (
              k < sent.tLast &&
              k - t <= 12 &&
              tokenText(k) !== ',' &&
              /^(?:ADP|DET|NOUN|PROPN|ADJ|NUM)$/.test(uposOf(doc, k) ?? '')
            )
              k++;
            if (k > t + 1 && tokenText(k) === ',') {
              k++;
              for (let n = 0; n < 3 && RANK.test(tokenText(k)); n++) k += tokenText(k + 1) === '.' ? 2 : 1;
              const h = nameHead.get(k);
              let end = k;
              while (h !== undefined && nameHead.get(end + 1) === h) end++;
              if (h !== undefined && /^[,.]$/.test(tokenText(end + 1))) holder.push(h);
            }
          }
          // "X (XA), the G's political arm, …" with the title hung elsewhere: the name before the comma
          if (p.holder === 'role' && !holder.some((k) => entity(k) >= 0))
            holder.push(...nameBeforeTitle(doc, t, sent.tFirst, nameHead));
          // "X, commander, Y Command": a title set off by commas between two names, read on
          // the tokens too (parsers hang such lists in many ways)
          if (p.holder === 'role' && p.of.includes('appos')) {
            const frame = commaFrame(t);
            if (frame) {
              holder.push(frame[0]);
              obj.push(frame[1]);
            }
          }
          // "Taliban chief X": the group may hang on the name rather than on the title
          if (
            p.holder === 'role' &&
            p.of.includes('compound') &&
            /^(?:compound|nmod:desc|amod|flat)$/.test(rel(t))
          ) {
            const h = headOf(doc, t);
            obj.push(
              ...ch(h).filter((k) => k < t && k !== t && /^(?:compound|nmod:desc|amod)$/.test(rel(k))),
            );
          }
          // "X, one of the groups in the H alliance", "the largest faction in the H Coalition": a
          // group "in" another is part of it only when that one is named as a coalition (not "the
          // largest party in parliament"; parts38)
          if (p.id === 'part_of/in-coalition') {
            const kept = obj.flatMap((k) =>
              entity(k) >= 0
                ? coalitionName(entity(k)) || has(COALITION, lem(k))
                  ? [k]
                  : []
                : has(COALITION, lem(k))
                  ? byRel(k, 'compound').filter((c) => c < k && entity(c) >= 0)
                  : [],
            );
            obj.splice(0, obj.length, ...kept);
          }
          let neg = isNegated(doc, t);
          const gov = headOf(doc, t);
          if (gov >= 0 && rel(t) === 'obj' && (isNegated(doc, gov) || has(DENY, lem(gov)))) neg = true;
          if (deniedBy(t) >= 0 || groundless(t)) neg = true;
          // "G faces a new rival, H", "G has found an ally in H": a symmetric title the verb's
          // subject has, held by the name set beside it, ties the two
          if (
            SYMMETRIC.has(p.type) &&
            p.holder === 'role' &&
            rel(t) === 'obj' &&
            !obj.some((k) => entity(k) >= 0) &&
            has(HAVE, lem(headOf(doc, t)))
          ) {
            obj.push(...agentOf(headOf(doc, t)));
            if (!holder.some((k) => entity(k) >= 0)) holder.push(...obliques(t, 'in'));
          }
          // "A against B, both loyal to Y" with "both" hung on the title: the two groups before it
          if (p.holder === 'role' && ends(holder).length < 2) {
            // (or on the group named before the title: "A and B, both G fighters")
            const both = [...ch(t), ...byRel(t, 'compound').flatMap(ch)].find(
              (k) => k < t && lem(k) === 'both',
            );
            if (both !== undefined) holder.splice(0, holder.length, both);
          }
          // "X, a researcher at G in P", "X, a lecturer at the U in P": a place after the
          // organisation the title names is that organisation's seat, not where X lives (the
          // parser may hang it on the title)
          if (p.type === 'located_in' && p.holder === 'role')
            for (let i = obj.length - 1; i >= 0; i--) if (orgBetween(t, obj[i])) obj.splice(i, 1);
          if (p.inverse) emit(p, obj, holder, neg);
          else if (
            p.holder === 'role' &&
            /^(?:compound|nmod:desc|flat)$/.test(rel(t)) &&
            headOf(doc, t) > t &&
            entity(headOf(doc, t)) >= 0
          ) {
            // "A, B and G reporter C": a title before a name describes that name and the names
            // after it ("G reporters C and D"), never the names listed before it, nor a later
            // name with a title of its own ("G leader A and his deputy B")
            keepSubject = (k) => k > t && !ownTitleWithin(doc, headOf(doc, t), k);
            try {
              emit(p, holder, obj, neg);
            } finally {
              keepSubject = null;
            }
          } else if (p.holder === 'role' && /^(?:appos|list)$/.test(rel(t))) {
            // "A, leader of G, and B, head of H": a title set beside one name of a list is that
            // name's alone, never a later name's nor one with a title of its own
            keepSubject = ownTitleOnly(doc, t, ch);
            try {
              emit(p, holder, obj, neg);
            } finally {
              keepSubject = null;
            }
          } else emit(p, holder, obj, neg);
          if (SYMMETRIC.has(p.type)) {
            // "clashes between X and Y" (on the tokens when the parser hung the names apart:
            // "Fighting between X and Y displaced thousands")
            let between = ends(obliques(t, 'between|among'));
            // "clashes broke out between X and Y", "fighting erupted between X and Y": the phrase
            // hung on the verb the act is the subject of
            if (between.length < 2 && /^nsubj/.test(rel(t)) && headOf(doc, t) >= 0)
              between = ends(obliques(headOf(doc, t), 'between|among'));
            if (between.length < 2) {
              const listed = betweenOnTokens(t);
              if (listed.length >= 2) between = ends(listed);
            }
            for (let i = 0; i < between.length; i++) emit(p, [between[i]], between.slice(i + 1), neg);
            // "X and Y are bitter rivals / were allies": the plural title ties its holders
            if (p.holder === 'role' && /s$/i.test(tokenText(t))) {
              const all = ends(holder);
              for (let i = 0; i < all.length; i++) emit(p, [all[i]], all.slice(i + 1), neg);
            }
            // "X and Y formed an alliance", "X and Y signed a pact in May": the noun names no
            // partner, and those who made it are partners of each other (groups36)
            if (
              p.type === 'allied_with' &&
              p.holder === 'agent' &&
              rel(t) === 'obj' &&
              has(PACT_MADE, lem(headOf(doc, t))) &&
              has(ALLIANCE_NOUN, lem(t)) &&
              !ends(obj).length
            ) {
              const all = ends(holder);
              for (let i = 0; i < all.length; i++) emit(p, [all[i]], all.slice(i + 1), neg);
            }
          }
        }
      };
      readNounPatterns();
    }
  }
  // "X, a former commander of G, pledged allegiance to H" / "… joined H": X left G
  const joined = out.filter(
    (r) =>
      !r.negated &&
      (r.type === 'pledged_allegiance_to' || r.type === 'member_of') &&
      r.cue !== 'member_of/member',
  );
  for (let t = sent.tFirst; t < sent.tLast; t++) {
    const roles = lookup(idx.nouns, lem(t))?.filter(
      (p) => p.holder === 'role' && (p.type === 'member_of' || p.type === 'leader_of'),
    );
    if (!roles?.length) continue;
    if (!ch(t).some((k) => /^(?:amod|compound|nmod:desc)$/.test(rel(k)) && /^(?:former|ex)$/.test(lem(k))))
      continue;
    const groups = ends([
      ...obliques(t, 'of'),
      ...byRel(t, 'nmod:poss'),
      ...byRel(t, 'compound', 'nmod:desc').filter((k) => k < t),
    ])
      .map(entity)
      .filter((g) => typeOf(g) === 'organization');
    // ("X, a former G commander who defected to the army": the title's own clause says he left)
    const left = ch(t).some((k) => rel(k) === 'acl:relcl' && has(LEAVE, lem(k)) && !isNegated(doc, k));
    for (const h of ends(roleHolder(t))) {
      const x = entity(h);
      for (const g of groups)
        if (left || joined.some((r) => r.subject === x && r.object !== g))
          out.push({
            type: 'split_from',
            subject: x,
            object: g,
            negated: false,
            at: [t, t],
            cue: 'split_from/former',
          });
    }
  }
  // "A fights side by side with B", "A fought shoulder to shoulder with B": allies (on the
  // tokens: parsers break the idiom apart, and may hang "with B" on the verb as a foe)
  for (let t = sent.tFirst; t + 4 < sent.tLast; t++) {
    if (!/^(?:fight|battle|combat|operate|stand|serve|work)$/.test(lem(t))) continue;
    const idiom = `${tokenText(t + 1)} ${tokenText(t + 2)} ${tokenText(t + 3)}`.toLowerCase();
    if (!/^(?:side by side|shoulder to shoulder)$/.test(idiom)) continue;
    const with_ = betweenOnTokens(t + 3, /^(?:with|alongside)$/i);
    if (!with_.length) continue;
    let subj = uposOf(doc, t) === 'VERB' ? agentOf(t) : [];
    if (!subj.some((k) => entity(k) >= 0)) {
      // (the name just before the verb, past its auxiliaries: "A has long fought …")
      let k = t - 1;
      while (k > sent.tFirst && /^(?:AUX|ADV)$/.test(uposOf(doc, k) ?? '')) k--;
      const h = nameHead.get(k);
      subj = h === undefined ? [] : [h];
    }
    emit(SIDE_BY_SIDE, subj, with_, isNegated(doc, t));
    const pairs = new Set(
      out.filter((r) => r.cue === SIDE_BY_SIDE.id).map((r) => `${r.subject}:${r.object}`),
    );
    for (let i = out.length - 1; i >= 0; i--)
      if (out[i].type === 'fights' && pairs.has(`${out[i].subject}:${out[i].object}`)) out.splice(i, 1);
  }
  // "A ambushed the convoy together with B", "A attacked P together with fighters of B": who
  // strike together are allies (and no foes)
  for (let t = sent.tFirst; t < sent.tLast; t++) {
    if (uposOf(doc, t) !== 'VERB' || !TOGETHER_ACTS.has(lem(t))) continue;
    for (const k of ch(t)) {
      if (lem(k) !== 'together' || k + 1 >= sent.tLast || tokenText(k + 1).toLowerCase() !== 'with') continue;
      const with_ = ch(t).filter((o) => o > k + 1 && /^obl/.test(rel(o)) && ch(o).includes(k + 1));
      if (!with_.length) continue;
      emit(TOGETHER_WITH, agentOf(t), with_, isNegated(doc, t));
      const pairs = new Set(
        out.filter((r) => r.cue === TOGETHER_WITH.id).map((r) => `${r.subject}:${r.object}`),
      );
      for (let i = out.length - 1; i >= 0; i--)
        if (
          out[i].type === 'fights' &&
          (pairs.has(`${out[i].subject}:${out[i].object}`) || pairs.has(`${out[i].object}:${out[i].subject}`))
        )
          out.splice(i, 1);
    }
  }
  // "A fought with B against C": B is A's ally, not its foe (a fight read with B becomes an
  // alliance; the fight with C stays)
  for (let t = sent.tFirst; t + 2 < sent.tLast; t++) {
    if (!/^(?:fight|battle|combat)$/.test(lem(t))) continue;
    const withs = betweenOnTokens(t, /^with$/i);
    if (!withs.length) continue;
    let m = t + 1;
    while (m < sent.tLast && m - t <= 14 && !/^(?:against|[.;:])$/i.test(tokenText(m))) m++;
    if (tokenText(m).toLowerCase() !== 'against') continue;
    const allies = new Set(withs.map(entity));
    const foes = new Set(betweenOnTokens(m - 1, /^against$/i).map(entity));
    for (const r of out) {
      if (r.type !== 'fights') continue;
      const inS = allies.has(r.subject);
      const inO = allies.has(r.object);
      if (inS === inO || foes.has(inS ? r.object : r.subject)) continue;
      r.type = 'allied_with';
      r.cue = WITH_AGAINST.id;
    }
  }
  // "G, a coalition of A, B and C", "G is an umbrella group of A and B": each group listed is
  // part of the coalition the noun describes
  for (let t = sent.tFirst; t < sent.tLast; t++) {
    // (a common noun, not a word of a name: "the Union of Democratic Forces")
    if (uposOf(doc, t) !== 'NOUN' || tokenEntity.has(t) || nameHead.has(t)) continue;
    const l = lem(t);
    if (
      !has(COALITION, l) &&
      !(l === 'group' && ch(t).some((k) => /^(?:amod|compound)$/.test(rel(k)) && lem(k) === 'umbrella'))
    )
      continue;
    // (the coalition itself, not what the parser conjoined to it)
    const whole = roleHolder(t).filter((k) => entity(k) >= 0 && typeOf(entity(k)) === 'organization');
    if (!whole.length) continue;
    // (the list read on the tokens too, however the parser hung its names)
    const listed = betweenOnTokens(t, /^of$/i);
    const parts = (listed.length ? ends(listed) : ends(obliques(t, 'of'))).filter(
      (k) => typeOf(entity(k)) === 'organization',
    );
    const neg = isNegated(doc, t);
    // (a name its own list holds is no coalition of it: "a merger of groups, among them A and B")
    const listedE = new Set(parts.filter((k) => k > t).map(entity));
    for (const g of whole.filter((k) => k < t || !listedE.has(entity(k))))
      for (const a of parts)
        if (entity(a) !== entity(g))
          out.push({
            type: 'part_of',
            subject: entity(a),
            object: entity(g),
            negated: neg,
            at: [a, g],
            cue: 'part_of/coalition-of',
          });
  }
  // (an alliance's members are allies of each other: "A is part of H, an alliance that also
  // includes B"; groups35)
  coMembers(out, (e) => {
    if (coalitionName(e)) return true;
    // (a coalition noun set beside its name: "H, an (umbrella) alliance …", however hung)
    for (let n = sent.tFirst; n < sent.tLast; n++) {
      if (!has(COALITION, lem(n)) || uposOf(doc, n) !== 'NOUN') continue;
      let k = n - 1;
      while (k > n - 4 && k > sent.tFirst && /^(?:DET|ADJ)$/.test(uposOf(doc, k) ?? '')) k--;
      if (tokenText(k) !== ',') continue;
      k--;
      if (tokenText(k) === ')' && tokenText(k - 2) === '(') k -= 3;
      const h = nameHead.get(k);
      if (h !== undefined && tokenEntity.get(h) === e) return true;
    }
    return false;
  });
  return out;

  /**
   * "four G members", "G's fighters", "fighters of G", "members of a G cell": the groups a
   * plural noun for a group's people names (through a part of the group)
   */
  function groupsOf(n: number, p: NounPattern): number[] {
    const out: number[] = [];
    for (const k of ch(n)) {
      const r = rel(k);
      const before =
        k < n &&
        ((r === 'nmod:poss' && p.of.includes('poss')) ||
          (/^(?:compound|nmod:desc|flat)$/.test(r) && p.of.includes('compound')));
      const after = k > n && /^nmod(?!:poss)/.test(r) && p.of.includes(caseOf(k));
      if (!before && !after) continue;
      if (entity(k) >= 0) out.push(k);
      else if (has(SUBUNIT, lem(k)))
        out.push(
          ...ch(k).filter(
            (m) => m < k && /^(?:compound|nmod:desc|nmod:poss|flat)$/.test(rel(m)) && entity(m) >= 0,
          ),
        );
    }
    // "G had lost 20 men, including a commander, X": the group that lost them
    const v = headOf(doc, n);
    if (v >= 0 && rel(n) === 'obj' && lem(v) === 'lose')
      for (const k of byRel(v, 'nsubj'))
        if (entity(k) >= 0 && typeOf(entity(k)) === 'organization') out.push(k);
    return out;
  }

  /**
   * "N G members in P, including A", "G fighters, among them a commander known as A and B":
   * on the tokens, past the plural's own phrase (no verb in it) and "including" or "among
   * them", the people named next (with those listed beside them), or none
   */
  function listedAfter(n: number): number[] {
    let k = n + 1;
    while (
      k < sent.tLast &&
      k - n <= 14 &&
      tokenText(k) !== ',' &&
      !/^includ/i.test(tokenText(k)) &&
      // (past an acronym in brackets and a participle before a noun: "members of the banned G
      // (GA), including A")
      (/^(?:ADP|DET|NOUN|PROPN|ADJ|NUM|CCONJ|PART)$/.test(uposOf(doc, k) ?? '') ||
        /^[()]$/.test(tokenText(k)) ||
        rel(k) === 'amod')
    )
      k++;
    if (tokenText(k) === ',') k++;
    if (/^including$/i.test(tokenText(k))) k++;
    else if (/^among$/i.test(tokenText(k)) && /^(?:them|whom)$/i.test(tokenText(k + 1))) k += 2;
    else return [];
    const out: number[] = [];
    for (let m = k; m < sent.tLast && m - k <= 16; m++) {
      if (/^[.;:]$/.test(tokenText(m))) break;
      const h = nameHead.get(m);
      if (h === undefined) continue;
      let end = m;
      while (nameHead.get(end + 1) === h) end++;
      const e = entity(h);
      if (e < 0 || typeOf(e) !== 'person' || /^['’]s?$/.test(lem(end + 1))) {
        m = end;
        continue;
      }
      out.push(h);
      // (…and those listed beside it: "A, B and C")
      for (let x = end + 1; x < sent.tLast; ) {
        const sep = x;
        while (x < sent.tLast && (tokenText(x) === ',' || lem(x) === 'and')) x++;
        const h2 = nameHead.get(x);
        if (x === sep || h2 === undefined || entity(h2) < 0 || typeOf(entity(h2)) !== 'person') break;
        out.push(h2);
        end = x;
        while (nameHead.get(end + 1) === h2) end++;
        x = end + 1;
      }
      break;
    }
    return out;
  }

  /**
   * The names before a name in its own noun phrase, through its titles: "Modesto native
   * X", "U.S. diplomat X", "the Arizona senator X" (not through an organisation's name:
   * "Cape Town police spokesman X" places the police).
   */
  /** "the G militia of X": the "of" phrase of the group noun a name stands before */
  function groupNounOf(t: number): number[] {
    const h = headOf(doc, t);
    if (h < 0 || rel(t) !== 'compound' || tokenEntity.has(h) || uposOf(doc, h) !== 'NOUN') return [];
    return GROUP_NOUN.has(lem(h)) ? adjacentOf(h, obliques(h, 'of')) : [];
  }

  /**
   * The "of" phrases that follow word n (or the name it heads) at once, with only lower-case
   * words (a title: "of cleric X") before their name: a phrase the parser hung on n from
   * further on ("G of India (Maoist), Inspector General of Police X") is not n's
   */
  function adjacentOf(n: number, ks: number[]): number[] {
    let last = n;
    while (last + 1 < sent.tLast && nameHead.get(last + 1) === n) last++;
    return ks.filter((k) => {
      if (lem(last + 1) !== 'of') return false;
      let first = k;
      while (first > last + 2 && nameHead.get(first - 1) === k) first--;
      for (let m = last + 2; m < first; m++)
        if (!/^\p{Ll}/u.test(doc.text.slice(doc.seg.tokens.start[m], doc.seg.tokens.end[m]))) return false;
      return true;
    });
  }

  function premods(n: number): number[] {
    const out: number[] = [];
    const walk = (x: number, depth: number) => {
      for (const k of ch(x)) {
        if (k >= x || !/^(?:compound|nmod:desc|amod|flat|nmod:poss)$/.test(rel(k))) continue;
        if (nameHead.has(k) || tokenEntity.has(k)) {
          out.push(k);
          continue;
        }
        if (depth < 2 && /^(?:NOUN|PROPN|ADJ)$/.test(uposOf(doc, k) ?? '')) walk(k, depth + 1);
      }
    };
    walk(n, 0);
    // the same on the tokens: "PLACE title… NAME" (parsers often make the place the head)
    let first = n;
    while (first > sent.tFirst && nameHead.get(first - 1) === n) first--;
    let k = first - 1;
    while (
      k > sent.tFirst &&
      first - k <= 3 &&
      !nameHead.has(k) &&
      /^(?:NOUN|ADJ)$/.test(uposOf(doc, k) ?? '') &&
      /^\p{Ll}/u.test(doc.text.slice(doc.seg.tokens.start[k], doc.seg.tokens.end[k]))
    )
      k--;
    if (k < first - 1 && nameHead.has(k)) out.push(nameHead.get(k) as number);
    return out;
  }

  /**
   * whether token `k` is a common noun that stands for an organisation ("the group", "the
   * party") and may own name `n`: not a name that modifies another noun than a unit's ("the
   * group's Telegram channel"), as for `ownerPronoun`
   */
  function ownerNoun(k: number, n: number): boolean {
    const e = tokenEntity.get(k);
    return (
      e !== undefined &&
      uposOf(doc, k) === 'NOUN' &&
      doc.entities[e].type === 'organization' &&
      (relOf(doc, n) !== 'compound' || unitHead(doc, headOf(doc, n)))
    );
  }

  /**
   * "G's elite X" on the tokens (parsers hang such a possessive on the verb): the head of
   * the name before "'s", past up to two lower-case modifiers that are not among notMods
   */
  /** "its" or "their" owning name `n` stands for its clause's named subject, when there is one */
  function possessivePronounOwner(k: number, n: number): number {
    if (uposOf(doc, k) !== 'PRON' || !/^(?:its|their)$/i.test(tokenText(k))) return k;
    const subj = clauseSubjectOrg(doc, k, n, tokenEntity);
    return subj >= 0 ? subj : k;
  }

  function possOnTokens(n: number, p: NounPattern): number[] {
    let k = n;
    while (k > sent.tFirst && nameHead.get(k - 1) === n) k--;
    k--;
    if (lem(k) === 'whose') return whoseNameOwner(doc, n, k, sent.tFirst, nameHead);
    for (let m = 0; m < 2 && k > sent.tFirst && !nameHead.has(k) && !/^['’]s?$/.test(lem(k)); m++) {
      const o = ownerPronoun(doc, k, n, tokenEntity);
      if (o >= 0) return [o];
      const w = doc.text.slice(doc.seg.tokens.start[k], doc.seg.tokens.end[k]);
      if (!/^\p{Ll}/u.test(w) || notMod(p, k)) return [];
      // (a modifier, not a preposition or an article: "G's offensive against H" owns no H)
      if (/^(?:ADP|DET|CCONJ|SCONJ|PRON|AUX|PART)$/.test(uposOf(doc, k) ?? '')) return [];
      k--;
    }
    const o = k >= sent.tFirst ? ownerPronoun(doc, k, n, tokenEntity) : -1;
    if (o >= 0) return [o];
    if (k - 1 < sent.tFirst || !/^['’]s?$/.test(lem(k))) return [];
    // ("the group's H Unit": a bare noun standing for the organisation named before owns the
    // name as "G's" does)
    if (!nameHead.has(k - 1)) return ownerNoun(k - 1, n) ? [k - 1] : [];
    const owner = nameHead.get(k - 1) as number;
    // "the army and Russia's Africa Corps": the possessive is the last conjunct's alone, and
    // a conjoined owner would bring its conjuncts in as owners too
    if (rel(owner) === 'conj') return [];
    return [owner];
  }

  /** "NAME, [the|deputy…] TITLE, NAME": the head tokens of the two names, or null */
  function commaFrame(n: number): [number, number] | null {
    if (nameHead.has(n)) return null;
    let l = n - 1;
    while (
      l > sent.tFirst &&
      n - l <= 3 &&
      !nameHead.has(l) &&
      /^(?:DET|ADJ|NOUN)$/.test(uposOf(doc, l) ?? '')
    )
      l--;
    if (lem(l) !== ',' || !nameHead.has(l - 1)) return null;
    const r = n + 1;
    if (r + 1 >= sent.tLast || lem(r) !== ',' || !nameHead.has(r + 1)) return null;
    const a = nameHead.get(l - 1) as number;
    const b = nameHead.get(r + 1) as number;
    return a === b ? null : [a, b];
  }

  /**
   * "X, an economist with Y": the head of a prepositional phrase that opens right after the
   * title (its preposition among `preps`) but that the parser hung on another word
   */
  /**
   * "X, an analyst on armed groups at Y", "a professor of law at Y": on the tokens, past a
   * topic of common words after "on"/"of", the organisation named after "at" (past "the"
   * and "P-based")
   */
  function atPastTopic(n: number): number[] {
    let k = n + 1;
    if (!/^(?:on|of)$/i.test(tokenText(k))) return [];
    // (the topic may name a place, with its article: "a researcher on the North Caucasus at G",
    // "an analyst of militancy in the Sahel at G")
    for (k++; k < sent.tLast && k - n <= 10; k++) {
      if (/^at$/i.test(tokenText(k))) break;
      const h = nameHead.get(k);
      if (h !== undefined) {
        const e = tokenEntity.get(h);
        if (e === undefined || typeOf(e) !== 'place') break;
      } else if (
        !/^(?:ADJ|NOUN|PROPN|CCONJ|DET)$/.test(uposOf(doc, k) ?? '') &&
        !/^(?:in|of)$/i.test(tokenText(k))
      )
        break;
    }
    if (!/^at$/i.test(tokenText(k))) return [];
    for (let m = k + 1; m < sent.tLast && m - k <= 7; m++) {
      const h = nameHead.get(m);
      if (h !== undefined) {
        let last = m;
        while (last + 1 < sent.tLast && nameHead.get(last + 1) === h) last++;
        const e = tokenEntity.get(h);
        // (a name run on into another name may be one name split in two: read neither)
        if (e !== undefined && typeOf(e) === 'organization') return nameHead.has(last + 1) ? [] : [h];
        m = last;
        continue;
      }
      if (!/^(?:the|-|based)$/i.test(tokenText(m))) return [];
    }
    return [];
  }

  function strayPhrase(n: number, preps: string[]): number[] {
    const c = n + 1;
    if (c >= sent.tLast || !/^(?:case)$/.test(rel(c)) || !preps.includes(lem(c))) return [];
    const k = headOf(doc, c);
    if (k <= c || headOf(doc, k) === n || k - c > 8) return [];
    // (or as a modifier of the name after it: "a spokesman for the Y Army, Capt. X")
    if (!/^(?:obl|nmod|conj)/.test(rel(k)) && !(rel(k) === 'compound' && tokenEntity.has(k))) return [];
    return [k];
  }

  /** "G's ground forces commander", "the head of the G unit in P": a title over a part of G */
  function leadsPart(n: number): boolean {
    return ch(n).some(
      (k) =>
        ((k < n && /^(?:compound|nmod:desc)$/.test(rel(k))) || (rel(k) === 'nmod' && caseOf(k) === 'of')) &&
        has(SUBUNIT, lem(k)) &&
        !nameHead.has(k) &&
        !tokenEntity.has(k) &&
        groupNamedPast(doc, k, ch, tokenEntity, nameHead) < 0,
    );
  }

  /**
   * a title held by one of many: "a commander of Y", "a mid-level Y commander", "another
   * leader", or held in a place ("Y's leader in P", "the head of Y in P")
   */
  function oneOfMany(n: number): boolean {
    if (byRel(n, 'det').some((k) => /^(?:a|an|another)$/.test(lem(k))) && !newPostFilled(doc, n, ch))
      return true;
    // "G commanders A and B", "two G officials, A and B": a plural title has many holders
    if (uposOf(doc, n) === 'NOUN' && /s$/i.test(tokenText(n)) && lem(n) !== tokenText(n).toLowerCase())
      return true;
    // "G's ground forces commander", "the head of the G unit in P": who leads a part of G
    // is one of its many commanders
    if (leadsPart(n)) return true;
    // (on the tokens, however the parser hung the place: "G's commander in P, who …")
    if (lem(n + 1) === 'in' && n + 2 < sent.tLast) {
      const k = nameHead.get(n + 2);
      if (k !== undefined && entity(k) >= 0 && typeOf(entity(k)) === 'place') return true;
    }
    // "the G wali of P", "the G's commander of P": a group's title over a place is one of many
    // (ties23)
    const isPlace = (k: number) =>
      (entity(k) >= 0 && typeOf(entity(k)) === 'place') || (entity(k) < 0 && has(AREA, lem(k)));
    if (
      obliques(n, 'of').some(isPlace) &&
      ch(n).some(
        (k) =>
          k < n &&
          /^(?:compound|nmod:poss)$/.test(rel(k)) &&
          entity(k) >= 0 &&
          typeOf(entity(k)) === 'organization',
      )
    )
      return true;
    // ("the leader of Y in P" with the place hung on Y; "its commander in the region")
    return [n, ...obliques(n, 'of')].some((x) =>
      obliques(x, 'in').some(
        (k) => (entity(k) >= 0 && typeOf(entity(k)) === 'place') || (entity(k) < 0 && has(AREA, lem(k))),
      ),
    );
  }

  /** "(one) of the factions": a plural noun in the partitive of "one"/"some"/"each" */
  function oneOfThe(n: number): boolean {
    const h = headOf(doc, n);
    return (
      h >= 0 &&
      /^nmod/.test(rel(n)) &&
      caseOf(n) === 'of' &&
      /^(?:one|each|some|several|two|three|four)$/.test(lem(h)) &&
      /^(?:NUM|PRON|DET)$/.test(uposOf(doc, h) ?? '') &&
      !tokenEntity.has(h)
    );
  }

  /**
   * the subject verb `v` shares with a predicate joined to it: a passive's own subject ("G was
   * founded in 2011 and is …" is G, never the founder), else the verb's agent
   */
  function sharedSubject(v: number, depth = 0): number[] {
    if (!isPassive(v)) return agentOf(v);
    const s = byRel(v, 'nsubj:pass');
    if (s.length || depth > 2 || rel(v) !== 'conj') return s;
    return sharedSubject(headOf(doc, v), depth + 1);
  }

  /** the one a role noun describes */
  /** the person whose name ends right before the comma that opens participle v's clause ("X,
   * believed to be …", "X, 34, widely seen as …"), when v is a participle of belief or report
   * with no subject but that name and no auxiliary; else -1 */
  function believedOf(v: number): number {
    if (!BELIEVED.has(tokenText(v).toLowerCase())) return -1;
    if (ch(v).some((k) => /^aux/.test(rel(k)))) return -1;
    let first = v;
    while (first - 1 > sent.tFirst && uposOf(doc, first - 1) === 'ADV' && headOf(doc, first - 1) === v)
      first--;
    const named = nameBeforeComma(first - 1);
    if (named < 0 || entity(named) < 0 || typeOf(entity(named)) !== 'person') return -1;
    if (byRel(v, 'nsubj', 'nsubj:pass', 'obj', 'iobj').some((k) => k !== named)) return -1;
    return named;
  }

  /**
   * The person a relative clause right after title n (or after the title's "of G", "for G",
   * "with G") names as the one who holds it: "…, who uses the name X", "who goes by (the name)
   * X", "who gave his name as X", "who calls himself X", "who identified himself as X"; or -1
   */
  function goesByName(n: number): number {
    let j = n + 1;
    // (past the title's own "of G": a group's name, with its article and a bracketed acronym)
    if (/^(?:of|for|with)$/.test(lem(j))) {
      let g = j + 1;
      if (uposOf(doc, g) === 'DET') g++;
      const head = nameHead.get(g);
      if (head === undefined || entity(head) < 0 || typeOf(entity(head)) !== 'organization') return -1;
      while (g + 1 <= sent.tLast && nameHead.get(g + 1) === head) g++;
      if (tokenText(g + 1) === '(' && tokenText(g + 3) === ')') g += 3;
      j = g + 1;
    }
    if (tokenText(j) === ',') j++;
    if (lem(j) !== 'who') return -1;
    let k = j + 1;
    const verb = lem(k);
    if (verb === 'go' && lem(k + 1) === 'by') {
      k += 2;
      if (lem(k) === 'the' && has(ALIAS_NOUN, lem(k + 1))) k += 2;
    } else if (verb === 'use') {
      k++;
      if (!(/^(?:the|a)$/.test(lem(k)) && has(ALIAS_NOUN, lem(k + 1)))) return -1;
      k += 2;
    } else if (
      verb === 'give' &&
      /^(?:his|her)$/.test(lem(k + 1)) &&
      lem(k + 2) === 'name' &&
      lem(k + 3) === 'as'
    )
      k += 4;
    else if ((verb === 'call' || verb === 'identify') && /^(?:himself|herself)$/.test(lem(k + 1))) {
      k += 2;
      if (verb === 'identify') {
        if (lem(k) !== 'as') return -1;
        k++;
      }
    } else return -1;
    if (lem(k) === 'only') k++;
    const held = nameHead.get(k);
    return held !== undefined && entity(held) >= 0 && typeOf(entity(held)) === 'person' ? held : -1;
  }

  function roleHolder(n: number, depth = 0): number[] {
    const r = rel(n);
    const h = headOf(doc, n);
    const out: number[] = [];
    // "X is one of the factions of G", "X, one of the leaders of G": the title in a partitive
    // "one of" is held by whoever "one" is
    if (depth < 3 && oneOfThe(n)) {
      out.push(...roleHolder(h, depth + 1));
      // ("X, one of the largest factions of G" with "one" hung on the name)
      if (/^(?:appos|nmod)$/.test(rel(h)) && entity(headOf(doc, h)) >= 0) out.push(headOf(doc, h));
    }
    // "X, director of A and a member of B": the second title describes X too
    if (
      r === 'conj' &&
      h >= 0 &&
      depth < 3 &&
      /^(?:NOUN|PROPN)$/.test(uposOf(doc, h) ?? '') &&
      !tokenEntity.has(h)
    )
      out.push(...roleHolder(h, depth + 1));
    // (…or hung on the name itself, beside the first title's apposition)
    if (
      r === 'conj' &&
      h >= 0 &&
      entity(h) >= 0 &&
      byRel(h, 'appos').some((k) => k < n && !tokenEntity.has(k))
    )
      out.push(h);
    // (…or hung on the first title's object: "director of A and a member of B" with the
    // second title a conjunct of A)
    // (…also when that object names no one, if the second title has an article of its own:
    // "X, a cousin of the mayor and a Tulsa native")
    if (
      r === 'conj' &&
      h >= 0 &&
      depth < 3 &&
      (entity(h) >= 0 || byRel(n, 'det').some((k) => /^(?:a|an)$/.test(lem(k)))) &&
      /^nmod/.test(rel(h)) &&
      headOf(doc, h) >= 0 &&
      /^(?:NOUN|PROPN)$/.test(uposOf(doc, headOf(doc, h)) ?? '') &&
      !tokenEntity.has(headOf(doc, h))
    )
      out.push(...roleHolder(headOf(doc, h), depth + 1));
    // (not a title opened by "and" that the parser hung on the name as its apposition: "his wife,
    // A, and the deputy director of G, B" lists another person, who holds it)
    if ((r === 'appos' || r === 'list') && h >= 0 && !byRel(n, 'cc').some((k) => k < n)) out.push(h);
    // "a camp of H (HH), G's regional command in P" with the owned title hung on the verb: the
    // name right before the comma that opens the title's phrase holds it (parts33)
    if (
      r !== 'appos' &&
      r !== 'list' &&
      !/^nsubj/.test(r) &&
      uposOf(doc, n) === 'NOUN' &&
      byRel(n, 'nmod:poss').some((k) => nameHead.has(k)) &&
      !byRel(n, 'nsubj', 'nsubj:pass', 'cop').length
    ) {
      const named = nameBeforePhrase(n);
      if (named >= 0) out.push(named);
    }
    // "X, a former G commander who defected …": the title set off by a comma after a name and
    // parsed as the name's parataxis
    if (r === 'parataxis' && h >= 0 && h < n && nameHead.get(h) === h) {
      let end = h;
      while (end + 1 < n && nameHead.get(end + 1) === h) end++;
      if (tokenText(end + 1) === ',') out.push(h);
    }
    out.push(...byRel(n, 'appos'));
    // "X, a resident of Y, said": the parser may hang the name on the title as a vocative
    out.push(...byRel(n, 'vocative').filter((k) => k < n && entity(k) >= 0));
    // "X, publisher of Y, said" parsed with the name as a modifier of the title: a name set
    // off from the title by a comma
    out.push(
      ...byRel(n, 'compound', 'flat', 'nmod:desc', 'amod').filter(
        (k) => k < n && entity(k) >= 0 && nameHead.has(k) && lem(k + 1) === ',',
      ),
    );
    for (const s of byRel(n, 'nsubj', 'nsubj:pass')) out.push(s);
    // "G holds three towns and is a member of H", "X joined G and is now its commander": a
    // title with a copula and a coordinator of its own but no subject, joined to a verb (or hung
    // on it as an oblique by the parser), is held by that verb's subject (parts33)
    if (
      h >= 0 &&
      uposOf(doc, h) === 'VERB' &&
      /^(?:conj|obl|obj)$/.test(r) &&
      byRel(n, 'cop').length &&
      byRel(n, 'cc').length &&
      !byRel(n, 'nsubj', 'nsubj:pass').length
    )
      out.push(...sharedSubject(h));
    if (h >= 0 && /^(?:compound|nmod:desc|flat)$/.test(r) && entity(h) >= 0) out.push(h);
    // "they named X head of Y", "saw X as close to Y": the object, when there is one, holds it
    if (h >= 0 && r === 'xcomp') {
      const o = byRel(h, 'obj');
      const subj = byRel(h, 'nsubj', 'nsubj:pass');
      // "villages it saw as close to Y": in a relative clause whose subject is not the
      // relative pronoun, the missing object is the noun the clause describes
      if (!o.length && rel(h) === 'acl:relcl' && subj.length && !subj.some((k) => RELATIVE.has(lem(k))))
        o.push(headOf(doc, h));
      // ("X joined G in 2010 and became its emir": a conjoined "become" takes the subject of
      // the verb it is joined to)
      if (!o.length && !subj.length && BECOME.has(lem(h))) subj.push(...agentOf(h));
      out.push(...(o.length ? o : subj));
    }
    // ("X remains one of G's closest partners" with the title parsed as the verb's object)
    if (h >= 0 && r === 'obj' && BECOME.has(lem(h))) out.push(...agentOf(h));
    // ("G forms part of H", "G formed part of H": the idiom's "part" is its subject's; parts38)
    if (h >= 0 && r === 'obj' && lem(h) === 'form' && lem(n) === 'part' && !byRel(n, 'det').length)
      out.push(...agentOf(h));
    // "X served as head of Y", "X, as head of Y, said"
    if (h >= 0 && caseOf(n) === 'as') {
      // "the council chose X as its new emir", "they appointed X as head of G": whom the
      // choosing verb names holds the title, not who chose (the parser may make X its xcomp:
      // "G named X as its new leader")
      const chosen =
        has(APPOINT, lem(h)) || has(DESCRIBE_AS, lem(h)) || has(CREATE_AS, lem(h))
          ? // (or a word standing for one: "analysts describe the group as a front for G")
            byRel(h, 'obj', 'xcomp').filter((k) => nameHead.has(k) || tokenEntity.has(k))
          : [];
      out.push(...chosen);
      if (!chosen.length) out.push(...byRel(h, 'nsubj', 'nsubj:pass').filter((k) => k !== n));
      if (entity(h) >= 0) out.push(h);
      else if (headOf(doc, h) >= 0 && entity(headOf(doc, h)) >= 0) out.push(headOf(doc, h));
    }
    if (h >= 0 && r === 'acl:relcl') out.push(h);
    // "X is suspected of being a member of G", "they accused X of being a G commander", "X
    // denied being a member of G": a title with a copula and no subject of its own, in a
    // clause on a verb, is held by whom the verb is about (the object, else the subject)
    if (
      h >= 0 &&
      /^(?:advcl|xcomp|acl|obj)$/.test(r) &&
      byRel(n, 'cop').length &&
      !byRel(n, 'nsubj', 'nsubj:pass').length &&
      /^(?:of||to)$/.test(caseOf(n))
    ) {
      if (entity(h) >= 0 && nameHead.has(h)) out.push(h);
      // ("X denied/admitted being a member of G": the clause is the verb's object)
      else if (r === 'obj' && uposOf(doc, h) === 'VERB') out.push(...byRel(h, 'nsubj'));
      else if (uposOf(doc, h) === 'VERB') {
        const about = isPassive(h) ? byRel(h, 'nsubj:pass') : byRel(h, 'obj');
        out.push(...(about.length ? about : byRel(h, 'nsubj')));
      }
    }
    // "X, whom police described as G's commander in P": on the tokens (parsers hang "whom"
    // anywhere), the name before the comma that opens the clause of a naming verb
    if (h >= 0 && caseOf(n) === 'as' && (has(NAMING, lem(h)) || lem(h) === 'describe'))
      for (let w = h - 1; w > sent.tFirst + 1 && h - w <= 4; w--)
        if (lem(w) === 'whom' && nameBeforeComma(w - 1) >= 0) {
          out.push(nameBeforeComma(w - 1));
          break;
        }
    // "X, identified by police as a G commander, …", "X, described as a senior G operative, …":
    // a naming participle set off by a comma after a name gives the name its title (ties23)
    if (
      h >= 0 &&
      caseOf(n) === 'as' &&
      (has(NAMING, lem(h)) || lem(h) === 'describe') &&
      participle(h) &&
      !byRel(h, 'nsubj', 'nsubj:pass').length &&
      nameBeforeComma(h - 1) >= 0
    ) {
      const named = nameBeforeComma(h - 1);
      if (entity(named) >= 0 && typeOf(entity(named)) === 'person') out.push(named);
    }
    // "X, believed to be a senior member of G", "X, said to be G's commander", "X, suspected of
    // being a G financier", "X, widely seen as G's top commander": a title with a copula or "as" on
    // a participle of belief or report with no subject of its own, set off by a comma right after
    // a person's name (past its adverbs), is that person's (members34)
    if (h >= 0 && depth === 0 && (byRel(n, 'cop').length || caseOf(n) === 'as') && h < n) {
      const named = believedOf(h);
      if (named >= 0) out.push(named);
    }
    // "a G commander known as X", "members of G, identified as A, B and C": the name a naming
    // verb gives the title (the verb on the title, or joined to the verb the title is the
    // object of)
    const naming = ch(n).filter(
      (k) =>
        /^acl/.test(rel(k)) &&
        has(NAMING, lem(k)) &&
        groupNamedPast(doc, k - 1, ch, tokenEntity, nameHead) < 0,
    );
    if (h >= 0 && rel(n) === 'obj')
      naming.push(
        ...ch(h).filter(
          (k) => k > n && rel(k) === 'conj' && has(NAMING, lem(k)) && !byRel(k, 'nsubj').length,
        ),
      );
    // ("A G fighter named X was detained": the parser made the naming participle right after the
    // title the clause's verb, with the title its subject; only after "a"/"an", so that "the G
    // leader named X his deputy" stays the leader's act; ties28)
    if (
      h === n + 1 &&
      /^nsubj/.test(r) &&
      BARE_NAMING.has(lem(h)) &&
      /^(?:named|called|dubbed)$/i.test(tokenText(h)) &&
      byRel(n, 'det').some((k) => /^(?:a|an)$/i.test(tokenText(k)))
    ) {
      const x = nameHead.get(h + 1);
      if (x !== undefined && entity(x) >= 0 && typeOf(entity(x)) === 'person') out.push(x);
    }
    for (const v of naming) {
      out.push(
        ...ch(v).filter((k) => /^(?:obl|xcomp)/.test(rel(k)) && caseOf(k) === 'as' && nameHead.has(k)),
      );
      // ("a G commander named X", "a G fighter called X": "name", "call" and "dub" take the name
      // with no "as"; a person's name only; ties28)
      if (BARE_NAMING.has(lem(v)))
        out.push(
          ...ch(v).filter(
            (k) =>
              k > v &&
              /^(?:xcomp|obj)$/.test(rel(k)) &&
              !caseOf(k) &&
              nameHead.has(k) &&
              entity(k) >= 0 &&
              typeOf(entity(k)) === 'person',
          ),
        );
      // ("a G worker, identified by the party as X": the "as" phrase the parser hung on the
      // naming verb's agent)
      // ("his deputy, known only by the kunya X", "known by the alias X": the name beside the
      // noun for a name, however the parser hung the two)
      for (const a of ch(v)) {
        if (!/^obl/.test(rel(a))) continue;
        if (nameHead.has(a) && byRel(a, 'compound', 'nmod:desc').some((c) => has(ALIAS_NOUN, lem(c))))
          out.push(a);
        else if (has(ALIAS_NOUN, lem(a)))
          out.push(
            ...ch(a).filter((k) => k > a && nameHead.has(k) && /^(?:appos|flat|compound|nmod)$/.test(rel(k))),
          );
      }
      for (const a of ch(v))
        if (caseOf(a) === 'by')
          out.push(...ch(a).filter((k) => /^nmod/.test(rel(k)) && caseOf(k) === 'as' && nameHead.has(k)));
    }
    // "its media officer, who uses the name X", "a commander, who goes by X", "a G spokesman who
    // gave his name as X", "a spokesman of G who calls himself X": on the tokens (the parser
    // takes the relative clause for the sentence's main verb), the name a relative clause right
    // after the title, or after its "of G", says the title's holder goes by
    {
      const held = goesByName(n);
      if (held >= 0) out.push(held);
    }
    // "X, a Dutch businessman bought …" (no closing comma, so the title took the verb): on the
    // tokens, the name just before the comma that opens the title's phrase
    if (!out.some((k) => entity(k) >= 0) && depth === 0) {
      let first = n;
      for (const k of ch(n))
        if (k < first && /^(?:det|amod|compound|nmod:desc|nummod)$/.test(rel(k))) first = k;
      // ("X, a Memphis native": past the article)
      while (first - 1 > sent.tFirst && uposOf(doc, first - 1) === 'DET') first--;
      let k = first - 2;
      // ("X (XA), the regional affiliate of Y": past the acronym in brackets)
      if (k - 2 >= sent.tFirst && tokenText(k) === ')' && tokenText(k - 2) === '(') k -= 3;
      if (k >= sent.tFirst && lem(first - 1) === ',' && nameHead.has(k)) out.push(nameHead.get(k) as number);
    }
    return out;
  }

  /**
   * "Edison spokesman X": a spokesman speaks for an organisation, so a "place" right before
   * the title is an organisation's name (or part of one), not where X is from
   */
  function spokesFor(k: number): boolean {
    let e = k;
    while (e + 1 < sent.tLast && nameHead.get(e + 1) === k) e++;
    return /^spokes(?:man|woman|person|men|women)$/.test(lem(e + 1));
  }

  /** "Borno governor X", "Ohio Gov. X", "Kalat deputy commissioner X": a word between the place's name
   * and the person's that names a public office (the place is the office's, not the holder's home) */
  function officeBetween(k: number, n: number): boolean {
    let e = k;
    while (e + 1 < sent.tLast && nameHead.get(e + 1) === k) e++;
    for (let i = e + 1; i < n && i < sent.tLast; i++) {
      if (nameHead.has(i)) break;
      if (OFFICE.has(lem(i).toLowerCase().replace(/\.$/, ''))) return true;
    }
    return false;
  }

  /** "A, B and C offices": a modifier that stands in a list before the noun does not modify it */
  function listBetween(k: number, n: number): boolean {
    for (let i = k + 1; i < n; i++) if (uposOf(doc, i) === 'CCONJ' || lem(i) === ',') return true;
    return false;
  }

  /** the head of the last person's name before a token in the sentence, or -1 */
  function personBefore(t: number): number {
    for (let k = t - 1; k >= sent.tFirst; k--) {
      const h = nameHead.get(k);
      if (h !== undefined && entity(h) >= 0 && typeOf(entity(h)) === 'person') return h;
    }
    return -1;
  }

  /** who does what an act noun names */
  /** "dozens of strikes", "a wave of raids": the count a plural act is read through, or -1 */
  function countOf(n: number): number {
    if (!/^nmod/.test(rel(n)) || caseOf(n) !== 'of') return -1;
    const q = headOf(doc, n);
    return q >= 0 && QUANTITY.has(lem(q)) ? q : -1;
  }

  function agentNoun(n: number, p: NounPattern): number[] {
    const out = ch(n).filter(
      (k) =>
        (k < n && rel(k) === 'nmod:poss' && !p.of.includes('poss')) ||
        (k < n &&
          /^(?:compound|nmod:desc|amod)$/.test(rel(k)) &&
          !p.of.includes('compound') &&
          !listBetween(k, n)) ||
        (/^(?:nmod|obl)/.test(rel(k)) && /^(?:by|from)$/.test(caseOf(k))) ||
        // ("with the support of Z")
        (p.of.includes('clause') && /^nmod/.test(rel(k)) && caseOf(k) === 'of'),
    );
    // "X is at odds with Y", "X is in talks with Y": the copula's subject
    out.push(...byRel(n, 'nsubj').filter((k) => k > n || byRel(n, 'cop').length || !listBetween(k, n)));
    // "his native Ohio", "X's native Ohio": the owner of the word the trigger modifies
    if (p.of.includes('head') && /^(?:amod|compound)$/.test(rel(n)) && headOf(doc, n) > n) {
      out.push(...byRel(headOf(doc, n), 'nmod:poss'));
      // (on the tokens too: "NAME 's native P", whatever the parser hung the name on)
      if (n - 2 >= sent.tFirst && /^['’]s?$/.test(lem(n - 1)) && nameHead.has(n - 2))
        out.push(nameHead.get(n - 2) as number);
    }
    // "X carried out dozens of strikes on Y": a count of the acts stands where they would
    const q = countOf(n);
    const m = q >= 0 ? q : n;
    const r = rel(m);
    const h = headOf(doc, m);
    const claim = claimingVerb(doc, m);
    if (claim >= 0) out.push(...agentOf(claim));
    else if (h >= 0 && r === 'obj' && (has(LIGHT, lem(h)) || has(DENY, lem(h)))) out.push(...agentOf(h));
    // "G has no presence in P and no ties to H": a second object of the light verb (parts38)
    else if (
      h >= 0 &&
      r === 'conj' &&
      rel(h) === 'obj' &&
      headOf(doc, h) >= 0 &&
      (has(LIGHT, lem(headOf(doc, h))) || has(DENY, lem(headOf(doc, h))))
    )
      out.push(...agentOf(headOf(doc, h)));
    // "X flew bombing missions against Y" (the gerund read as a verb of its own)
    else if (h >= 0 && r === 'obj' && rel(h) === 'xcomp' && has(LIGHT, lem(headOf(doc, h))))
      out.push(...agentOf(headOf(doc, h)));
    // "X entered into an alliance with Y": the noun after "into" of a light verb; "X is part of
    // an alliance with Y", "X, which is a member of a pact with Y": the part (groups36; a fight's
    // sides are read by the fights readers)
    if (h >= 0 && p.type !== 'fights') {
      if (/^obl/.test(r) && caseOf(m) === 'into' && has(LIGHT, lem(h))) out.push(...agentOf(h));
      if (/^nmod/.test(r) && caseOf(m) === 'of' && /^(?:part|member)$/.test(lem(h)))
        out.push(...byRel(h, 'nsubj'));
    }
    // "X has been locked in a bitter rivalry with Y", "X is embroiled in a conflict with Y":
    // who is in the state the verb names
    if (h >= 0 && /^obl/.test(r) && caseOf(n) === 'in' && has(IMMERSED, lem(h)))
      out.push(...(isPassive(h) ? patientOf(h) : agentOf(h)));
    // "X has been weakened by (years of) fighting with Y": the side the fight wears down
    {
      const span = /^nmod/.test(r) && caseOf(m) === 'of' && h >= 0 && has(SPAN_OF, lem(h)) ? h : m;
      const v = headOf(doc, span);
      if (
        v >= 0 &&
        /^obl/.test(rel(span)) &&
        /^(?:by|through)$/.test(caseOf(span)) &&
        has(WORN, lem(v)) &&
        isPassive(v)
      )
        out.push(...patientOf(v));
    }
    // "X has no ties to Y", "X is in talks with Y"
    // (not a speech verb's speaker: '… the men's "links with Y," he added' is no tie of his)
    if (h >= 0 && r === 'nsubj' && !has(SPEECH, lem(h)))
      out.push(...byRel(h, 'nsubj').filter((k) => k !== n));
    // "X … his hometown of P": where a person is from, "his" is the person named last before it
    if (p.type === 'located_in')
      for (let i = 0; i < out.length; i++)
        if (entity(out[i]) < 0 && /^(?:his|her)$/.test(lem(out[i]))) out[i] = personBefore(out[i]);
    return out.filter((k) => k >= 0);
  }
}
