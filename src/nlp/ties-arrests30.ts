import type { Annotated } from './annotated.js';
import { orgKind } from './attributes.js';
import type { RelationDraft } from './relations.js';
import { speechLemma } from './speech.js';
import {
  children,
  conjuncts,
  dependents,
  headOf,
  lemmaOf,
  mentionAt,
  mentionHead,
  relIs,
  relOf,
  uposOf,
} from './syntax.js';

// Who made an arrest, and whom it took, across a sentence's edge and across a list (issue #10,
// arrests30). The event stage finds the arrest; these readers fill the sides its own sentence
// leaves open, from the nearest sentences only:
// - the arresting body of an arrest whose sentence names none that did it: the one body able to
//   hold people that the same sentence names ("A was detained on Sunday, the State Security
//   Committee said"), else the one the sentence before names ("The Border Police raided a house.
//   Two men, A and B, were taken into custody"), else the one whose report the next sentence
//   tells ("A was arrested on Friday. The Investigation Agency said he …");
// - the people an arrest takes: every conjunct of a person it takes, on the parse, also when a
//   description stands between them ("Among them were A, accused of …, and B").

/** a body that may hold people by its name: security, intelligence, investigation, police */
const ARRESTING_NAME = /\b(?:security|intelligence|investigation|police|(?:counter|anti)[- ]?terror\w*)\b/i;

/** a court, a tribunal, a legislature: state bodies that try or make laws, and hold no one */
const COURT = /\b(?:court|tribunal|judiciary|parliament|assembly|senate|congress)\b/i;

/**
 * A body that may hold people: a security agency, a ministry or prosecutor (kind government), or
 * one whose name says security, intelligence, investigation or police.
 */
export function mayArrest(doc: Annotated, e: number): boolean {
  const x = doc.entities[e];
  if (x.type !== 'organization' || x.surfaces.some((n) => COURT.test(n))) return false;
  const kind = orgKind(x.surfaces, x.kind);
  if (x.surfaces.some((n) => ARRESTING_NAME.test(n))) return true;
  if (kind === 'security agency') return true;
  // (arrests34) a ministry whose charge holds no one: "the Ministry of Information said he was a
  // spy" tells who speaks for the state, not who made the arrest
  return kind === 'government' && !x.surfaces.some((n) => UNARMED_CHARGE.test(n));
}

/**
 * the charges of a ministry or office that arrests no one (arrests34): information, media,
 * communication, foreign affairs, culture, health, education, finance, trade and the like;
 * interior, home, justice, defence and the prosecutors' offices may hold people
 */
const UNARMED_CHARGE =
  /\b(?:information|media|communications?|foreign|external\s+affairs|culture|health|education|finance|economy|trade|commerce|tourism|agriculture|energy|transport|sports?|youth|women|religious\s+affairs|humanitarian|planning)\b/i;

/** a verb of reporting right after a name (past an acronym in brackets): "F (FA) said …" */
export const REPORTS = /^\s*(?:\([^)]{1,12}\)\s*)?(?:said|says|announced|reported|stated|told)\b/;

/** "according to (the) F": F reports what the sentence tells; so it does by its paper or its people
 * (arrests36: "according to a statement from F", "according to an official notification of the F",
 * "according to officials of F") */
export const ACCORDING_TO =
  /\baccording\s+to\s+(?:(?:an?|the)\s+)?(?:(?:[\p{Ll}-]+\s+){0,2}?(?:statement|notification|report|press\s+release|order|document|communiqu[eé]|spokes(?:man|woman|person)|officials?|sources?)\s+(?:from|of|by|issued\s+by|for)\s+(?:the\s+)?)?$/iu;

/** how far before a name "according to …" may begin */
export const ACCORDING_REACH = 64;

/** a sentence opening that turns to another story */
export const ANOTHER_STORY =
  /^\s*(?:separately|elsewhere|meanwhile|in\s+(?:a|another)\s+(?:separate|unrelated)?\s*(?:case|incident|operation|development))\b/i;

/** whether sentence `si` opens on another story ("Separately, …") */
function opensAnother(doc: Annotated, si: number): boolean {
  const s = doc.seg.sentences[si];
  return ANOTHER_STORY.test(doc.text.slice(s.start, Math.min(s.end, s.start + 40)));
}

/**
 * The bodies able to hold people that sentence `si` names, other than a group one of `people`
 * belongs to by the relation stage: those whose report the sentence tells ("F said …",
 * "according to F"), and with `acting`, also those that do what the sentence tells (the subject
 * of its verb: "F raided a house"), not a body only mentioned ("after a tip from F", "talks with
 * F").
 */
function holdersIn(
  doc: Annotated,
  by: readonly number[][],
  si: number,
  people: readonly number[],
  ties: readonly RelationDraft[],
  acting: boolean,
): Set<number> {
  const out = new Set<number>();
  const s = doc.seg.sentences[si];
  for (const mi of by[si]) {
    const e = doc.mentionEntity[mi];
    if (e < 0 || out.has(e) || !mayArrest(doc, e)) continue;
    if (
      ties.some((r) => r.object === e && people.includes(r.subject) && !r.negated && MEMBERSHIP.has(r.type))
    )
      continue;
    const m = doc.mentions[mi];
    const reports =
      REPORTS.test(doc.text.slice(m.end, m.end + 40)) ||
      ACCORDING_TO.test(doc.text.slice(Math.max(s.start, m.start - ACCORDING_REACH), m.start)) ||
      speaksOnParse(doc, mi);
    if (reports || (acting && isSubject(doc, mi))) out.add(e);
  }
  return out;
}

/** whether mention `mi` is the subject of a verb in the active voice, itself or as a conjunct of
 * one ("Police and the F raided …"), or by its people (arrests34: "Officers of F raided …",
 * "Agents from F stormed …", "F officers searched …": a noun of people the name hangs on by "of",
 * "from" or as a compound, that is the active verb's subject) */
function isSubject(doc: Annotated, mi: number): boolean {
  const h = mentionHead(doc, mi);
  if (h < 0) return false;
  if (activeSubject(doc, h)) return true;
  const r = relOf(doc, h);
  const on = headOf(doc, h);
  if (on < 0 || !(relIs(r, 'nmod') || relIs(r, 'compound'))) return false;
  if (!bodyPeople(doc, on)) return false;
  // ("of"/"from" for an nmod; a compound sits right before its noun)
  if (relIs(r, 'nmod') && !children(doc, h).some((k) => BODY_OF.has(lemmaOf(doc, k)))) return false;
  return activeSubject(doc, on);
}

/** whether token `h`, or a conjunct of it, is the subject of a verb in the active voice */
function activeSubject(doc: Annotated, h: number): boolean {
  for (const t of conjuncts(doc, h)) {
    const r = relOf(doc, t);
    if (relIs(r, 'nsubj') && !relIs(r, 'nsubj:pass')) return true;
  }
  return false;
}

/** nouns of a body's people who act for it (arrests34): officers, agents, troops, a team of them */
const BODY_PEOPLE = new Set([
  'officer',
  'agent',
  'operative',
  'detective',
  'investigator',
  'personnel',
  'troop',
  'soldier',
  'commando',
  'policeman',
  'gendarme',
  'guard',
  'ranger',
  'member',
  'official',
  'team',
  'unit',
  'squad',
]);
/** whether token `t` is a noun of a body's people (the lemmatiser leaves a capitalised plural
 * that opens a sentence as it stands: "Officers of F …") */
export function bodyPeople(doc: Annotated, t: number): boolean {
  const w = lemmaOf(doc, t);
  return BODY_PEOPLE.has(w) || (w.endsWith('s') && BODY_PEOPLE.has(w.slice(0, -1)));
}

/** the words that hang a body on its people: "officers of F", "agents from F" */
export const BODY_OF = new Set(['of', 'from']);

/** the verbs of a body's report, by lemma (arrests34) */
const REPORT_LEMMA = new Set(['say', 'announce', 'state', 'report', 'confirm', 'tell', 'add']);

/**
 * Whether mention `mi` is, on the parse, the subject of a verb of reporting (arrests34): "F, which
 * made the arrest, said …", "F later said …", "F on Monday confirmed …", where the words right after
 * the name are not the verb.
 */
function speaksOnParse(doc: Annotated, mi: number): boolean {
  const h = mentionHead(doc, mi);
  if (h < 0) return false;
  const r = relOf(doc, h);
  if (!relIs(r, 'nsubj') || relIs(r, 'nsubj:pass')) return false;
  const v = headOf(doc, h);
  return v >= 0 && REPORT_LEMMA.has(lemmaOf(doc, v));
}

/** ties that make a person one of a body's own */
const MEMBERSHIP = new Set(['member_of', 'leader_of', 'spokesperson_of']);

/**
 * The body that made an arrest told in sentence `si` that names no arresting body of its own
 * (after the event stage's own readings): the one body able to hold people whose report the
 * sentence tells; none when another organisation reports it ("…, a G spokesman said"); else, in
 * the same paragraph and not past "Separately", the one the sentence before shows acting or
 * reporting, unless another body arrested someone in the two sentences before; else, for an
 * arrest whose verb has no subject of its own, the one whose report the next sentence tells. -1 when none fits, or two do at the nearest
 * sentence that names any.
 */
export function arrestBodyNear(
  doc: Annotated,
  by: readonly number[][],
  si: number,
  trigger: string,
  people: readonly number[],
  ties: readonly RelationDraft[],
): number {
  const one = (xs: Set<number>) => (xs.size === 1 ? [...xs][0] : -1);
  const own = holdersIn(doc, by, si, people, ties, false);
  if (own.size) return one(own);
  // (another body reports the arrest: "X was detained in P, a G spokesman said")
  if (reportedByOther(doc, by, si)) return -1;
  // (a speaker the sentence names no body for is who "they" are: "Police in P said on Friday
  // (that) they had detained A" leaves the body open, not the one acting the sentence before)
  if (pronounOfSpeaker(doc, si, trigger)) return -1;
  const s = doc.seg.sentences[si];
  const prev = si - 1;
  if (prev >= 0 && doc.seg.sentences[prev].paragraph === s.paragraph && !opensAnother(doc, si)) {
    const before = holdersIn(doc, by, prev, people, ties, true);
    if (before.size) {
      const f = one(before);
      // (an arrest by another body told just before leaves it open: "F arrested A. H detained B.
      // C was detained the next day")
      const other = ties.some(
        (r) =>
          r.type === 'arrested_by' &&
          !r.negated &&
          r.object !== f &&
          r.sentence < si &&
          r.sentence >= si - 2 &&
          !people.includes(r.subject),
      );
      return other ? -1 : f;
    }
  }
  // (the next sentence's report, for an arrest no one is said to have made: "X was arrested";
  // not "Troops arrested X. F said it was not involved")
  const next = si + 1;
  if (next < doc.seg.sentences.length && !opensAnother(doc, next) && !hasDoer(doc, si, trigger)) {
    const after = holdersIn(doc, by, next, people, ties, false);
    if (after.size) return one(after);
  }
  return -1;
}

/** a people noun that reports for the name before it: "a G spokesman said", "G officials told" */
const PEOPLE_REPORT =
  /^\s*(?:\([^)]{1,12}\)\s*)?(?:spokes(?:man|woman|person)|officials?|sources?|statement)\s+(?:said|says|told|stated)\b/;

/** whether sentence `si` tells the report of an organisation (by its name or its people) */
function reportedByOther(doc: Annotated, by: readonly number[][], si: number): boolean {
  for (const mi of by[si]) {
    const e = doc.mentionEntity[mi];
    if (e < 0 || doc.entities[e].type !== 'organization') continue;
    const after = doc.text.slice(doc.mentions[mi].end, doc.mentions[mi].end + 40);
    if (REPORTS.test(after) || PEOPLE_REPORT.test(after)) return true;
  }
  return false;
}

/** the arrest's verb in sentence `si`: the first token at or after its trigger, or -1 */
function triggerToken(doc: Annotated, si: number, trigger: string): number {
  const s = doc.seg.sentences[si];
  const at = doc.text.slice(s.start, s.end).indexOf(trigger);
  if (at < 0) return -1;
  const { start } = doc.seg.tokens;
  for (let t = s.tFirst; t < s.tLast; t++) if (start[t] >= s.start + at) return t;
  return -1;
}

/**
 * Whether the arrest's verb has a pronoun for its subject after a speech verb of the same
 * sentence ("X said on Friday they had detained A", "officials told reporters that they held B"):
 * the pronoun stands for the one who speaks.
 */
function pronounOfSpeaker(doc: Annotated, si: number, trigger: string): boolean {
  const t = triggerToken(doc, si, trigger);
  if (t < 0) return false;
  const pronoun = dependents(doc, t, 'nsubj').some(
    (k) => !relIs(relOf(doc, k), 'nsubj:pass') && uposOf(doc, k) === 'PRON',
  );
  if (!pronoun) return false;
  const { start, end } = doc.seg.tokens;
  for (let k = doc.seg.sentences[si].tFirst; k < t; k++)
    if (speechLemma(doc.text.slice(start[k], end[k]).toLowerCase())) return true;
  return false;
}

/** whether the arrest's verb in sentence `si` has a subject of its own ("Troops arrested X") */
function hasDoer(doc: Annotated, si: number, trigger: string): boolean {
  const t = triggerToken(doc, si, trigger);
  return t >= 0 && dependents(doc, t, 'nsubj').some((k) => !relIs(relOf(doc, k), 'nsubj:pass'));
}

/**
 * The people conjoined with a person an arrest told in sentence `si` takes, there or in the two
 * sentences after ("Among them
 * were A, accused of smuggling rifles, and B"): each conjunct of the person's name on the parse, and
 * a person's name opened by ", and" that the parser hung, other than as its subject, on a verb or
 * a participle of the description before it ("…, accused of smuggling rifles, and B", "…, a driver
 * who had rented the van, and B": the name continues the list of the person named before it).
 */
export function conjoinedPeople(
  doc: Annotated,
  by: readonly number[][],
  si: number,
  people: readonly number[],
): number[] {
  const out: number[] = [];
  // (the sentence of the arrest and the next two, where the event stage may find whom it names)
  for (let k = si; k < by.length && k <= si + NAMED_REACH; k++) conjoinedIn(doc, by[k], people, out);
  return out;
}

/** how many sentences after an arrest the event stage may find the people it names */
const NAMED_REACH = 2;

function conjoinedIn(
  doc: Annotated,
  mentions: readonly number[],
  people: readonly number[],
  out: number[],
): void {
  const isPerson = (e: number) => e >= 0 && doc.entities[e].type === 'person';
  const taken = (e: number) => people.includes(e) || out.includes(e);
  for (let i = 0; i < mentions.length; i++) {
    const mi = mentions[i];
    const e = doc.mentionEntity[mi];
    if (!taken(e)) continue;
    const h = mentionHead(doc, mi);
    if (h < 0) continue;
    for (const t of conjuncts(doc, h)) {
      if (t === h) continue;
      const mj = mentionAt(doc, t);
      const f = mj < 0 ? -1 : doc.mentionEntity[mj];
      if (isPerson(f) && !taken(f)) out.push(f);
    }
    // the next person's name, when it continues the list past a description
    let j = i + 1;
    while (j < mentions.length && !isPerson(doc.mentionEntity[mentions[j]])) j++;
    if (j >= mentions.length) continue;
    const mj = mentions[j];
    const f = doc.mentionEntity[mj];
    if (
      taken(f) ||
      !AND_BEFORE.test(doc.text.slice(Math.max(0, doc.mentions[mj].start - 8), doc.mentions[mj].start))
    )
      continue;
    const hj = mentionHead(doc, mj);
    const on = headOf(doc, hj);
    if (on >= 0 && !relIs(relOf(doc, hj), 'nsubj') && VERBAL.has(uposOf(doc, on) ?? '')) out.push(f);
  }
}

/** ", and" right before a name: the last of a list whose items carry a description */
const AND_BEFORE = /,\s*and\s+$/;
/** the words of a verb or its participle */
const VERBAL = new Set(['VERB', 'AUX']);

/** a pronoun or a noun of people that stands for those named just before ("They were arrested",
 * "The suspect was detained"), by its number: 1 one person, 2 two or more */
const PEOPLE_WORD = new Map<string, 1 | 2>([
  ['he', 1],
  ['him', 1],
  ['she', 1],
  ['her', 1],
  ['they', 2],
  ['them', 2],
  ['suspect', 1],
  ['accused', 1],
  ['defendant', 1],
  ['detainee', 1],
  ['suspects', 2],
  ['defendants', 2],
  ['detainees', 2],
]);

/** plain nouns of people, which stand for those named before only with "the", "these", "both" or
 * "all" on them ("The men were arrested by F", "Both brothers were detained", arrests38; "men were
 * seen", "a man was arrested" tell others) */
const PLAIN_PEOPLE = new Map<string, 1 | 2>([
  ['man', 1],
  ['woman', 1],
  ['men', 2],
  ['women', 2],
  ['pair', 2],
  ['brothers', 2],
]);

/** whether people noun `k` carries "the", "these", "those", "both" or "all", and no count ("the
 * three men" after two names stand for another list, read by the counted nouns' own rules) */
function pointsBack(doc: Annotated, k: number): boolean {
  if (children(doc, k).some((c) => relOf(doc, c) === 'nummod')) return false;
  for (const c of children(doc, k)) {
    const r = relOf(doc, c);
    if (BACK.has(lemmaOf(doc, c)) && (relIs(r, 'det') || r === 'amod' || r === 'predet')) return true;
  }
  return false;
}

/**
 * The people an arrest told in sentence `si` takes when its own words name none: the subject of its
 * passive verb or its object is a pronoun or a people noun ("They were arrested by F", "The
 * suspect was detained by F", "F arrested them") that stands for the people the sentence before
 * names, the one person named there for a singular word, the people of its one list of names
 * for a plural one (not past "Separately"). Empty when none fits.
 */
export function arrestedNamedBefore(
  doc: Annotated,
  by: readonly number[][],
  si: number,
  trigger: string,
): number[] {
  const s = doc.seg.sentences[si];
  if (si < 1 || opensAnother(doc, si)) return [];
  const at = doc.text.slice(s.start, s.end).indexOf(trigger);
  if (at < 0) return [];
  const { start, end } = doc.seg.tokens;
  let verb = -1;
  for (let t = s.tFirst; t < s.tLast && verb < 0; t++) if (start[t] >= s.start + at) verb = t;
  if (verb < 0) return [];
  let n: 1 | 2 | undefined;
  for (const k of dependents(doc, verb, 'nsubj:pass', 'obj')) {
    const w = doc.text.slice(start[k], end[k]).toLowerCase();
    n = PEOPLE_WORD.get(w) ?? (pointsBack(doc, k) ? PLAIN_PEOPLE.get(w) : undefined);
    // ("Six more suspects were detained", "two other suspects", "another suspect": people
    // counted or said to be others are new ones, not those named before; arrests33)
    if (n && newPeople(doc, k)) return [];
    if (n) break;
  }
  if (!n) return [];
  const people: number[] = [];
  for (const mi of by[si - 1]) {
    const e = doc.mentionEntity[mi];
    if (e >= 0 && doc.entities[e].type === 'person' && !people.includes(e)) people.push(e);
  }
  if (n === 1) return people.length === 1 ? people : [];
  // (the one list of two names or more: conjuncts on the parse)
  if (people.length < 2) return [];
  const mi0 = by[si - 1].find((mi) => doc.mentionEntity[mi] === people[0]);
  if (mi0 === undefined) return [];
  const list = [people[0], ...conjoinedAll(doc, by[si - 1], mi0)];
  return list.length === people.length ? list : [];
}

/** words on a people noun that make its people others than those told before */
const OTHERS = new Set(['more', 'other', 'another', 'further', 'additional']);
/** words on a counted people noun that point back to people told before ("the two suspects") */
const BACK = new Set(['the', 'these', 'those', 'both', 'all']);

/**
 * Whether the people noun at token `k` tells new people: "six more suspects", "two other
 * suspects", "another suspect", "a fourth suspect", "three suspects" (a count with no "the",
 * "these", "both" or "all" on it).
 */
function newPeople(doc: Annotated, k: number): boolean {
  let counted = false;
  let back = false;
  for (const c of children(doc, k)) {
    const r = relOf(doc, c);
    const w = lemmaOf(doc, c);
    if (OTHERS.has(w) && (r === 'amod' || r === 'det' || relIs(r, 'advmod'))) return true;
    // ("A fourth suspect was detained", "a man was arrested": one not told before)
    if (r === 'det' && (w === 'a' || w === 'an')) return true;
    if (r === 'nummod') counted = true;
    if (BACK.has(w) && (r === 'det' || relIs(r, 'det') || r === 'amod')) back = true;
  }
  return counted && !back;
}

/** the people conjoined on the parse with mention `mi` among `mentions` */
function conjoinedAll(doc: Annotated, mentions: readonly number[], mi: number): number[] {
  const out: number[] = [];
  const h = mentionHead(doc, mi);
  if (h < 0) return out;
  for (const t of conjuncts(doc, h)) {
    if (t === h) continue;
    const mj = mentionAt(doc, t);
    const f = mj < 0 ? -1 : doc.mentionEntity[mj];
    if (f >= 0 && mentions.includes(mj) && doc.entities[f].type === 'person' && !out.includes(f)) out.push(f);
  }
  return out;
}
