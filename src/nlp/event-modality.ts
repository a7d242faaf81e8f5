/**
 * Event modality: acts a sentence tells as not (yet) done, or as a habit, read on the
 * dependency parse rather than on the words right before the trigger (events.ts's regular
 * expressions see "could attack" and "plans to strike", not "was trying to recruit", "could
 * still mount attacks" or "feared an attack on the market").
 *
 * - An act whose verb is the infinitive complement of a verb of trying, planning or wanting
 *   ("was trying to recruit", "failed to seize", "vowed to kill") is an aim, not a deed; so is
 *   one whose verb (or whose support verb: "could still mount attacks") carries a modal.
 * - A noun act that a verb of fearing, expecting or preventing takes as its object ("feared an
 *   attack on the market", "prevented an attack") did not happen.
 * - A verb in the simple present with no auxiliary ("where its fighters attack shepherds") tells
 *   a habit: wire copy tells what happened in the past tense.
 * - A name that only qualifies the doers ("an al Qaeda-linked group", "insurgents linked to the
 *   Islamic State") is not who did the act.
 */

import type { Annotated } from './annotated.js';
import { lemmaTable } from './event-lexicon.js';
import { children, headOf, isNegated, lemmaOf, mentionAt, relIs, relOf, uposOf } from './syntax.js';

const TRIGGER_VERBS = lemmaTable().verbs;

const MODAL = new Set(['could', 'may', 'might', 'would', 'should', 'will', 'can', 'must', 'shall']);
// verbs whose "to" complement is an aim, not a deed
const AIMING = new Set([
  'try',
  'attempt',
  'seek',
  'plan',
  'intend',
  'aim',
  'want',
  'hope',
  'threaten',
  'vow',
  'prepare',
  'plot',
  'fail',
  'refuse',
  'promise',
  'pledge',
  'conspire',
  'scheme',
  'wish',
  'expect',
  'urge',
  'need',
  'struggle',
]);
// verbs whose object act has not happened
const UNDONE_OBJECT = new Set([
  'fear',
  'expect',
  'anticipate',
  'prevent',
  'avert',
  'foil',
  'thwart',
  'predict',
  'warn',
  'forestall',
  'deter',
  // "escaped arrest", "evaded capture": the act was not done to him
  'escape',
  'evade',
  'elude',
  'avoid',
  'dodge',
]);

// (events13) verbs that make a device safe or take it before it goes off: "defused a bomb",
// "police recovered a bomb", "a bomb … was found and defused"
const MADE_SAFE = new Set([
  'defuse',
  'disarm',
  'dismantle',
  'neutralise',
  'neutralize',
  'recover',
  'find',
  'discover',
  'detect',
  'seize',
]);
// nouns of a device that only harms when it goes off
const DEVICE = /^(?:bomb|device|explosive|ied|mine|landmine|grenade)s?$/;

/**
 * Whether the act noun at `n` did not happen by the verb `gov` it is the object or the passive
 * subject of: a verb of preventing ("foiled an attack", "the attack was thwarted"), or, for a
 * device, one that made it safe ("defused a bomb", "a bomb was found and defused").
 */
function undoneBy(doc: Annotated, n: number, gov: number): boolean {
  if (gov < 0 || uposOf(doc, gov) !== 'VERB') return false;
  if (inSet(UNDONE_OBJECT, lemmaOf(doc, gov))) return true;
  if (!DEVICE.test(lemmaOf(doc, n))) return false;
  return [gov, ...children(doc, gov).filter((k) => relOf(doc, k) === 'conj')].some((g) =>
    inSet(MADE_SAFE, lemmaOf(doc, g)),
  );
}

/** A verb's lemma in `set`, also when the lemmatiser handed a past form back ("foiled", "defused"). */
function inSet(set: ReadonlySet<string>, lemma: string): boolean {
  return (
    set.has(lemma) || (/ed$/.test(lemma) && (set.has(lemma.slice(0, -2)) || set.has(lemma.slice(0, -1))))
  );
}

const word = (doc: Annotated, t: number) =>
  doc.text.slice(doc.seg.tokens.start[t], doc.seg.tokens.end[t]).toLowerCase();
const hasModal = (doc: Annotated, t: number) =>
  children(doc, t).some((k) => relIs(relOf(doc, k), 'aux') && MODAL.has(lemmaOf(doc, k)));

/**
 * True when the parse tells the act at token `t` as only aimed at, feared, prevented or possible:
 * an infinitive under a verb of trying or planning (up the chain of such complements), a modal
 * on the verb or on the support verb of a noun act, a noun act a verb of fearing takes as object.
 */
export function irrealis(doc: Annotated, t: number): boolean {
  if (t < 0 || !doc.syntax) return false;
  const upos = uposOf(doc, t);
  let v = t;
  if (upos === 'NOUN') {
    // "a bomb attack": the phrase starts on the noun's modifier
    while (v >= 0 && uposOf(doc, v) === 'NOUN' && relIs(relOf(doc, v), 'compound')) v = headOf(doc, v);
    if (v < 0) return false;
    // "an attack … was foiled", "a bomb hidden in a car was defused by police" (events13)
    if (relOf(doc, v) === 'nsubj:pass') return undoneBy(doc, v, headOf(doc, v));
    if (!relIs(relOf(doc, v), 'obj')) return false;
    const gov = headOf(doc, v);
    if (gov < 0 || uposOf(doc, gov) !== 'VERB') return false;
    if (undoneBy(doc, v, gov)) return true;
    v = gov;
  } else if (upos !== 'VERB') return false;
  // up the chain of "to" complements: "was trying to recruit", "plans to try to attack"
  for (let hops = 0; v >= 0 && hops < 4; hops++) {
    if (hasModal(doc, v)) return true;
    if (!relIs(relOf(doc, v), 'xcomp')) return false;
    const gov = headOf(doc, v);
    if (gov < 0) return false;
    const lemma = lemmaOf(doc, gov);
    if (AIMING.has(lemma)) return true;
    // "refused to", "did not manage to": a negated governor tells an act not done
    if (isNegated(doc, gov)) return true;
    v = gov;
  }
  return false;
}

// verbs whose simple present is also their past: their present tense cannot be told apart
const SAME_PAST = new Set(['hit', 'set', 'put', 'cut', 'shut', 'let', 'beat', 'burst', 'cast', 'quit']);

/**
 * True for a verb trigger in the simple present with no auxiliary and no modal ("its fighters
 * attack shepherds", "the group kidnaps travellers"): a habit or a general truth, no incident.
 * The tagger's VERB and the trigger lexicon decide the tense: the word is a trigger verb's base form.
 */
export function simplePresent(doc: Annotated, t: number): boolean {
  if (t < 0 || !doc.syntax || uposOf(doc, t) !== 'VERB') return false;
  const w = word(doc, t);
  // the word must be a trigger verb's base form or its -s form (the lemmatiser hands an unknown
  // past form back unchanged: "proscribed", "shot")
  // (an -s form is left alone: the tagger takes plural nouns for verbs, "heavy clashes erupted")
  // (an -s form counts only after a subject of its own that is one name or "it/he/she": "the
  // group still recruits teenagers", "TTP recruits fighters in the tribal districts"; a headline's
  // present tells the news and is left alone)
  const sForm = !TRIGGER_VERBS.has(w) && /[^s]s$/.test(w) && TRIGGER_VERBS.has(w.replace(/e?s$/, ''));
  if (sForm && !singularSubjectBefore(doc, t)) return false;
  if ((!TRIGGER_VERBS.has(w) && !sForm) || SAME_PAST.has(w)) return false;
  // "an attack", "the raid": a noun the tagger took for a verb
  if (t > 0 && /^(?:DET|ADJ|NUM|ADP)$/.test(uposOf(doc, t - 1) ?? '')) return false;
  // an infinitive ("to attack"), an imperative-looking fragment or a joined verb sharing an
  // auxiliary ("had stormed and burn") is not a simple present
  if (children(doc, t).some((k) => relIs(relOf(doc, k), 'aux') || relIs(relOf(doc, k), 'mark'))) return false;
  const rel = relOf(doc, t);
  if (relIs(rel, 'xcomp') || relIs(rel, 'amod') || relIs(rel, 'compound')) return false;
  if (relIs(rel, 'conj')) {
    const h = headOf(doc, t);
    if (h >= 0 && children(doc, h).some((k) => relIs(relOf(doc, k), 'aux'))) return false;
    if (h >= 0 && uposOf(doc, h) === 'VERB' && word(doc, h) !== lemmaOf(doc, h) && !/s$/.test(word(doc, h)))
      return false;
  }
  // a present verb needs a subject of its own to be a finite present ("where its fighters attack")
  return children(doc, t).some((k) => relIs(relOf(doc, k), 'nsubj'));
}

/** A token in the name of a group or a person. */
function named(doc: Annotated, k: number): boolean {
  const mi = mentionAt(doc, k);
  const e = mi < 0 ? -1 : doc.mentionEntity[mi];
  return e >= 0 && (doc.entities[e].type === 'organization' || doc.entities[e].type === 'person');
}

/** A verb's subject before it that is one name or "it/he/she", outside a headline. */
function singularSubjectBefore(doc: Annotated, t: number): boolean {
  const si = doc.seg.sentences.findIndex((x) => t >= x.tFirst && t < x.tLast);
  const role = si < 0 ? undefined : doc.seg.paragraphs[doc.seg.sentences[si].paragraph].role;
  if (role === 'title' || role === 'dek') return false;
  const k = children(doc, t).find((c) => relIs(relOf(doc, c), 'nsubj'));
  if (k === undefined || k > t) return false;
  if (uposOf(doc, k) === 'PRON') return /^(?:it|he|she)$/i.test(word(doc, k));
  // (a name: "Heavy clashes erupted" is no subject "Heavy" with a verb "clashes")
  if (uposOf(doc, k) === 'PROPN')
    return named(doc, k) && !children(doc, k).some((c) => relIs(relOf(doc, c), 'conj'));
  return (
    uposOf(doc, k) === 'NOUN' &&
    !/s$/.test(word(doc, k)) &&
    /^(?:group|organi[sz]ation|movement|network|militia|outfit|faction)$/.test(lemmaOf(doc, k))
  );
}

// "an al Qaeda-linked group", "Iran-backed rebels"
const TIED_AFTER =
  /^\s*-\s*(?:linked|affiliated|aligned|allied|inspired|backed|supported|sponsored|connected)\b/i;
// "insurgents linked to the Islamic State", "men linked to a regional affiliate of G", "rebels backed by Y"
// ("guerrillas from a remnant of G", "a splinter of G": a group of its own, not G)
const TIED_BEFORE =
  /\b(?:remnants?|splinters?|offshoots?|breakaway\s+(?:factions?|wings?|groups?))\s+of\s+(?:the\s+)?$|\b(?:(?:linked|affiliated|aligned|allied|tied|connected|affiliates?|sympathi[sz]ers?)\s+(?:to|with)|working\s+for)\s+(?:(?:the|an?|its|[\w-]+\s+of(?:\s+the)?)\s+|[\w-]+\s+){0,3}$|\b(?:inspired|backed|supported|sponsored|armed|funded|financed)\s+by\s+(?:the\s+)?$/i;

/** True when a mention only qualifies the doers by a tie ("an X-linked group", "linked to X"). */
export function tiedQualifier(text: string, start: number, end: number): boolean {
  return (
    TIED_AFTER.test(text.slice(end, end + 14)) || TIED_BEFORE.test(text.slice(Math.max(0, start - 40), start))
  );
}

// what is taken, not who: "captured two villages", "captured weapons and vehicles"
const THINGS = new Set([
  'village',
  'town',
  'city',
  'base',
  'position',
  'hill',
  'district',
  'area',
  'territory',
  'outpost',
  'checkpoint',
  'post',
  'camp',
  'bridge',
  'road',
  'highway',
  'airport',
  'field',
  'oilfield',
  'weapon',
  'arm',
  'ammunition',
  'vehicle',
  'truck',
  'tank',
  'drone',
  'rifle',
  'gun',
  'equipment',
  'headquarters',
  'building',
  'crossing',
  'port',
  'island',
  'stronghold',
  'control',
]);

/** True for "captured two villages", "capture weapons": a verb of capture whose object is a place or a thing. */
export function capturedThing(doc: Annotated, t: number): boolean {
  if (t < 0 || !doc.syntax || uposOf(doc, t) !== 'VERB' || lemmaOf(doc, t) !== 'capture') return false;
  const obj = children(doc, t).find((k) => relIs(relOf(doc, k), 'obj'));
  return obj !== undefined && uposOf(doc, obj) === 'NOUN' && THINGS.has(lemmaOf(doc, obj));
}

/**
 * True for a noun act the word "any" picks out ("had not ordered any attacks", "denied carrying
 * out any bombings", "any attack on civilians will be punished"): no one act that was done.
 */
export function anyAct(doc: Annotated, t: number): boolean {
  if (t < 0 || !doc.syntax || uposOf(doc, t) !== 'NOUN') return false;
  let n = t;
  // "any bomb attacks": the phrase's head
  while (n >= 0 && uposOf(doc, n) === 'NOUN' && relIs(relOf(doc, n), 'compound')) n = headOf(doc, n);
  return n >= 0 && children(doc, n).some((k) => relIs(relOf(doc, k), 'det') && lemmaOf(doc, k) === 'any');
}

// words that count a plural act as incidents: "twin bombings", "coordinated attacks"
const COUNTS_ACTS =
  /^(?:twin|coordinated|simultaneous|parallel|separate|several|multiple|recent|latest|fresh|two|three|four|five|six|seven|eight|nine|ten|both)$/;
// a day or a week told: the sentence tells an incident
const DAY_TOLD =
  /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|overnight|last\s+(?:week|night|weekend)|this\s+week|earlier\s+this\s+(?:week|month)|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b|(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.\s+\d{1,2}\b)/;

/**
 * True for acts in the bare plural, uncounted, that a clause in the present or the present
 * perfect takes as its object or adverbial ("has been weakened by army raids", "are locked in
 * clashes with G", "have carried out strikes on its camps"), in a sentence that tells no day: a
 * trend or a state of affairs, no incident. (A bare plural that is the subject, "strikes have
 * killed 20", is left alone: the clause tells what the acts did.)
 */
export function pluralTrend(doc: Annotated, t: number): boolean {
  if (t < 0 || !doc.syntax) return false;
  let n = t;
  while (n >= 0 && relIs(relOf(doc, n), 'compound')) n = headOf(doc, n);
  if (n < 0) return false;
  const ks = children(doc, n);
  const w = word(doc, n);
  // a noun (or a plural noun the tagger took for a verb: "in clashes with")
  const nounish =
    uposOf(doc, n) === 'NOUN' || (uposOf(doc, n) === 'VERB' && ks.some((k) => relIs(relOf(doc, k), 'case')));
  if (!nounish || !/[^s]s$/.test(w) || w === lemmaOf(doc, n)) return false;
  if (
    ks.some(
      (k) =>
        relIs(relOf(doc, k), 'det') ||
        relIs(relOf(doc, k), 'nummod') ||
        relIs(relOf(doc, k), 'nmod:poss') ||
        COUNTS_ACTS.test(word(doc, k)),
    )
  )
    return false;
  const rel = relOf(doc, n);
  if (!relIs(rel, 'obj') && !relIs(rel, 'obl')) return false;
  const v = headOf(doc, n);
  if (v < 0 || uposOf(doc, v) !== 'VERB') return false;
  // the clause's tense: its auxiliaries, or those of the verb it is joined to
  let aux = children(doc, v).filter((k) => relIs(relOf(doc, k), 'aux'));
  const vw = word(doc, v);
  const vl = lemmaOf(doc, v);
  if (!aux.length && relIs(relOf(doc, v), 'conj')) {
    const h = headOf(doc, v);
    if (h >= 0 && (vw === vl || vw === `${vl}s` || vw === `${vl}es`))
      aux = children(doc, h).filter((k) => relIs(relOf(doc, k), 'aux'));
  }
  const auxWords = aux.map((k) => word(doc, k));
  const present = auxWords.length
    ? /^(?:has|have|is|are|am)$/.test(auxWords[0]) && !auxWords.some((a) => MODAL.has(a))
    : vw !== vl && (vw === `${vl}s` || vw === `${vl}es`);
  if (!present) return false;
  // the sentence must tell no day
  let s = 0;
  while (s < doc.seg.sentences.length - 1 && doc.seg.sentences[s].end <= doc.seg.tokens.start[t]) s++;
  const sent = doc.seg.sentences[s];
  return !DAY_TOLD.test(doc.text.slice(sent.start, sent.end));
}

const DENYING = new Set(['deny', 'reject', 'dismiss', 'refute', 'disprove']);
// verbs that report on their own: a clause under "said" is that speaker's, not the denier's
const REPORTING = new Set([
  'say',
  'tell',
  'add',
  'state',
  'announce',
  'report',
  'confirm',
  'insist',
  'write',
]);
// "denied any role in / responsibility for the attack": the act stands, the doer is denied
const DOER_NOUN = new Set(['role', 'responsibility', 'involvement', 'part', 'link', 'hand']);

/**
 * True for a verb act inside what a verb of denying denies ("denied that officers had shot dead
 * two protesters", "rejected claims that its fighters had killed civilians", "denied killing
 * the herders"): the act is told as not done. A noun act whose doer alone is denied ("denied any
 * role in the attack") is left alone.
 */
export function deniedAct(doc: Annotated, t: number): boolean {
  if (t < 0 || !doc.syntax || uposOf(doc, t) !== 'VERB') return false;
  let c = t;
  let h = headOf(doc, t);
  for (let hops = 0; h >= 0 && hops < 5; hops++, c = h, h = headOf(doc, h)) {
    const lemma = lemmaOf(doc, h);
    // "denied the charges and was arrested": a verb joined to the denial is told as done
    if (uposOf(doc, h) === 'VERB' && DENYING.has(lemma))
      return h < t && !/^(?:conj|parataxis|advcl)/.test(relOf(doc, c));
    if (REPORTING.has(lemma) || DOER_NOUN.has(lemma)) return false;
    if (word(doc, h) === ';') return false;
  }
  return false;
}

// words above a doer that doubt it, beside the verbs of denying ("questioned whether G staged the
// raid", "disputed that G carried out the raid")
const DOUBTING = new Set(['doubt', 'question', 'dispute', 'unclear', 'wonder']);

/**
 * True when a doer is put forward only under a denial, a negation or an open question (one test
 * for both readers of a doer: hedged32, doers32).
 *
 * - From a name (`t` the organisation's token; the 'G carried out/staged the act' path of
 *   events.ts): "G denied carrying out the attack", "officials do not believe G staged the raid",
 *   "residents disputed that G carried out the raid",
 *   "police would not say whether they suspect G of mounting the ambush". The walk goes up from
 *   the name's head through the verbs that govern it (at most six heads); a clause of its own (a
 *   relative or adverbial clause, an aside) ends it, so a denial or negation beside the name
 *   is not on that path.
 * - From a cue (`cue`: `t` a verb of suspicion or ascription, event-doer-cued.ts): the cue itself
 *   negated, or a verb above it that denies, doubts or is negated, a clause marked
 *   "whether"/"if", or a modal of doubt ("may", "might", "could"); the walk (at most eight heads)
 *   goes through clauses, as the cue sits under the verb that reports it.
 */
export function hedgedDoer(doc: Annotated, t: number, cue = false): boolean {
  if (t < 0 || !doc.syntax) return false;
  for (
    let h = cue ? t : headOf(doc, t), hops = 0;
    h >= 0 && hops < (cue ? 8 : 6);
    h = headOf(doc, h), hops++
  ) {
    const lemma = lemmaOf(doc, h);
    if (cue) {
      if (isNegated(doc, h) || (h !== t && (DENYING.has(lemma) || DOUBTING.has(lemma)))) return true;
    } else if (
      (uposOf(doc, h) === 'VERB' && (DENYING.has(lemma) || isNegated(doc, h))) ||
      DOUBTING.has(lemma)
    )
      return true;
    if (children(doc, h).some((k) => relIs(relOf(doc, k), 'mark') && /^(?:whether|if)$/i.test(word(doc, k))))
      return true;
    if (
      cue &&
      children(doc, h).some((k) => relIs(relOf(doc, k), 'aux') && /^(?:may|might|could)$/i.test(word(doc, k)))
    )
      return true;
    // (a clause of its own ends a name's walk: "has not claimed any attack since May, when G said
    // it had set off a bomb" — the relative clause's doer is not under the negation)
    if (!cue && /^(?:acl|advcl|parataxis|conj|appos)/.test(relOf(doc, h))) return false;
  }
  return false;
}
