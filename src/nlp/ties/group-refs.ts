import type { Annotated } from '../annotated.js';
import { orgKind } from '../attributes.js';

// Group descriptions and the organisation they stand for (issue #10, `ties25` helper, tested in
// `ties/ties36.test.ts`). The group a description ("the group", "the faction", "the cell") stands
// for is read in relations.ts as a slot; what it needs to know of the whole document is prepared
// here once per document: which organisations act as a state body or a research body (never "the
// group" of a militant's tie) and which one the text is about (its topic); and, per mention,
// which names only modify a noun ("G militants", "a G cell") and which part nouns a name owns.

/** kinds of organisation a group description never stands for */
const NOT_A_GROUP = new Set(['government', 'security agency', 'news agency', 'religious institution']);

/** an arrest's agent right before a name: "was detained by (the) G" */
const ARREST_BY =
  /\b(?:arrested|detained|nabbed|picked up|taken into custody|apprehended)\s+(?:[\w-]+\s+){0,3}?by\s+(?:the\s+)?$/i;

/** a researcher's or an analyst's place of work right before a name: "a researcher at (the) G" */
const STUDY_AT =
  /\b(?:researcher|analyst|fellow|scholar|expert|professor|lecturer|economist)s?\s+(?:at|with)\s+(?:the\s+)?$/i;

/** a name used as a modifier of people or of a part: "G militants", "a G cell" */
const NAME_AS_MODIFIER =
  /^\s+(?:militants?|fighters?|gunmen|members?|commanders?|insurgents?|rebels?|jihadists?|operatives?|recruits?|recruiters?|loyalists?|supporters?|cells?|modules?|units?|positions?)\b/;

/** a state body by its name's head: "the Interior Ministry", "the Office of the Prosecutor", "Lahore High Court" */
const STATE_NAME =
  /^(?:[\w'’.-]+\s+)*(?:Ministry|Office|Court|Police|Embassy|Department|Government|Cabinet|Presidency|Commission)(?:\s+(?:of|for)\b.*)?$/;

/** Whether organisation `e` is named as a state body ("the Interior Ministry", "the Prosecutor's Office"). */
function stateByName(doc: Annotated, e: number): boolean {
  return doc.entities[e].surfaces.some((n) => STATE_NAME.test(n));
}

export interface GroupProfile {
  /** organisations the text shows arresting someone ("detained by G"), or named as a state body */
  state: Set<number>;
  /** organisations the text shows employing a researcher or analyst ("a researcher at G") */
  study: Set<number>;
  /** the organisation the text is about: the one named most often among those a group noun may stand for, if unique */
  topic: number;
}

const profiles = new WeakMap<Annotated, GroupProfile>();

/** What the group descriptions of `doc` need to know of its organisations (computed once per document). */
export function groupProfile(doc: Annotated): GroupProfile {
  const known = profiles.get(doc);
  if (known) return known;
  const state = new Set<number>();
  const study = new Set<number>();
  const text = doc.text;
  for (let mi = 0; mi < doc.mentions.length; mi++) {
    const e = doc.mentionEntity[mi];
    if (e < 0 || doc.entities[e].type !== 'organization') continue;
    const before = text.slice(Math.max(0, doc.mentions[mi].start - 60), doc.mentions[mi].start);
    if (ARREST_BY.test(before) || stateByName(doc, e)) state.add(e);
    if (STUDY_AT.test(before)) study.add(e);
  }
  const profile: GroupProfile = { state, study, topic: -1 };
  let best = -1;
  let bestCount = 0;
  let tied = false;
  for (let e = 0; e < doc.entities.length; e++) {
    if (!mayBeGroup(doc, profile, e)) continue;
    const n = doc.entities[e].mentions.length;
    if (n > bestCount) {
      best = e;
      bestCount = n;
      tied = false;
    } else if (n === bestCount) tied = true;
  }
  profile.topic = tied || bestCount < 2 ? -1 : best;
  profiles.set(doc, profile);
  return profile;
}

/** Whether a group description may stand for organisation `e`: not a state body, an outlet or a research body. */
function mayBeGroup(doc: Annotated, profile: GroupProfile, e: number): boolean {
  const x = doc.entities[e];
  if (x.type !== 'organization' || profile.state.has(e) || profile.study.has(e)) return false;
  const kind = orgKind(x.surfaces, x.kind);
  return !kind || !NOT_A_GROUP.has(kind);
}

/** what sets off a description of the organisation named before it: ", a group formed by ", ", which " */
const DESCRIBES_BEFORE =
  /^\s*\)?\s*(?:\([^)]*\)\s*)?,\s+(?:an?|the|which|that|formed|founded|set up|created)\b[^,;]*$/i;

/**
 * Whether the mention `start`–`end` only modifies the noun after it ("G militants") inside the
 * description of an organisation named before it, `before` being where that name ends ("H, a
 * faction formed by G fighters"): a group noun after it stands for H, not G.
 */
export function modifierInDescription(text: string, before: number, start: number, end: number): boolean {
  return NAME_AS_MODIFIER.test(text.slice(end, end + 16)) && DESCRIBES_BEFORE.test(text.slice(before, start));
}

/** a clause opening a sentence with a subordinator, up to a name inside it: "Three years after A drove " */
const OPENING_CLAUSE =
  /^\s*(?:[\w'’-]+\s+){0,3}?(?:after|since|before|when|while|although|though|once|until)\s[^,;:"“]*$/i;

/**
 * "Three years after A drove G out of P, the G-linked affiliate has returned. The group, led by X, …":
 * when the organisation the sentence before names first (`salient`) stands inside a clause
 * opening it with "after", "since", "when" …, and that sentence names two or more organisations a
 * group noun may stand for, the one the text is about stands for the noun if it is among them;
 * else `salient`. `prevLead` is where the sentence before starts, past its dateline.
 */
export function topicAmong(
  doc: Annotated,
  profile: GroupProfile,
  prevLead: number,
  prevMentions: readonly number[],
  salient: number,
): number {
  if (profile.topic < 0 || salient === profile.topic) return salient;
  const named = new Set<number>();
  let opening = false;
  for (const mi of prevMentions) {
    const e = doc.mentionEntity[mi];
    const m = doc.mentions[mi];
    if (m.start < prevLead) continue;
    if (e === salient && !named.size && OPENING_CLAUSE.test(doc.text.slice(prevLead, m.start)))
      opening = true;
    if (e >= 0 && mayBeGroup(doc, profile, e) && !NAME_AS_MODIFIER.test(doc.text.slice(m.end, m.end + 16)))
      named.add(e);
  }
  return opening && named.size >= 2 && named.has(profile.topic) ? profile.topic : salient;
}

/** "the cell", "the module", "the bureau", "the shura" (not "the prison cell", "the cell phone") */
export const PART_ANAPHOR =
  /\b[Tt]he (?!(?:prison|jail|police|holding|solitary|death|detention|fuel|solar|stem|blood)\b)(?:[a-z-]+ )?(cell|module|bureau|shura)\b(?!-|\s+(?:of|phones?)\b)/g;

/** a part a group's name (or a word standing for it) owns: "G's cell", "a G cell", "its political bureau" */
const PART_AFTER = /^(?:['’]s?)?\s+(?:[a-z-]+\s+)?(cell|module|bureau|shura)s?\b/;
/** a part named by its "of" phrase: "a cell of G", "the shura of the G" */
const PART_BEFORE = /\b(cell|module|bureau|shura)s?\s+of\s+(?:the\s+)?$/i;

/** The part noun the organisation mentioned at `start`–`end` owns ("a cell of G", "G's bureau"), or null. */
export function partOwned(text: string, start: number, end: number): string | null {
  const after = PART_AFTER.exec(text.slice(end, end + 40));
  if (after) return after[1].toLowerCase();
  const before = PART_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
  return before ? before[1].toLowerCase() : null;
}
