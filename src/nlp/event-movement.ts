/**
 * Restrictions on movement read on the parse (rare31): a ban, halt or restriction of movement,
 * travel, traffic or vehicles, a suspension or cut of the internet or phone services, and a
 * road or bridge an authority closes or seals, are travel restrictions (ONTOLOGY.md: "a ban on
 * the movement of vehicles or people, roads … sealed or closed, movement restricted, internet or
 * transport suspended for security"). The frame is the verb's: its subject (an authority) is the
 * agent; in the passive, "by X", else the authority whose words report it ("X said movement would
 * be restricted"). The noun frames: "restrictions on movement", "a ban on the movement of X",
 * "an internet shutdown" with the verb that imposes them. A restriction lifted, eased or ended,
 * one only feared, planned or told as a habit ("networks are often cut") is none.
 */

import type { Annotated } from './annotated.js';
import { orgKind } from './attributes.js';
import { isArmed } from './defection.js';
import { MOVEMENT_FRAMES } from './event-lexicon.js';
import {
  children,
  dependents,
  headOf,
  isNegated,
  lemmaOf,
  mentionAt,
  relIs,
  relOf,
  subtreeSpan,
  uposOf,
} from './syntax.js';

export interface MovementRead {
  /** offset of the verb (or noun) that restricts */
  at: number;
  /** start and end of the words of the restriction (with its object or passive subject) */
  from: number;
  end: number;
  trigger: string;
  /** the authority that imposed it: entity index or -1 */
  agent: number;
  /** offsets of the clauses above it whose place and date are its own when its clause has none */
  above: number[];
}

const {
  verbs: VERBS,
  moved: MOVED,
  service: SERVICE,
  serviceOf: SERVICE_OF,
  vehicles: VEHICLES,
  routes: ROUTES,
  nouns: NOUNS,
  imposing: IMPOSING,
} = MOVEMENT_FRAMES;

// a word of what a restriction of movement keeps from moving: the gate before any parse is read
const MOVED_WORD = new RegExp(
  `\\b(?:${[...MOVED, ...SERVICE_OF, ...VEHICLES, ...ROUTES].map((w) => `${w}s?`).join('|')}|lorries|communications)\\b`,
  'i',
);

// (rare32) nouns of using a vehicle: "the use of motorcycles", "the operation of tricycles"
const VEHICLE_USE = new Set(['use', 'operation']);

// a restriction only possible, or one to come (kept when an authority announces it)
const MODAL_UNREAL = new Set(['could', 'may', 'might', 'should', 'must', 'can']);
const MODAL_FUTURE = new Set(['will', 'would', 'shall']);
// "networks are often cut": a habit, no one restriction
const HABIT = new Set([
  'often',
  'usually',
  'routinely',
  'regularly',
  'frequently',
  'sometimes',
  'typically',
  'always',
]);
// verbs under which an infinitive restriction happened: a power granted or an order given
const GRANTING = new Set([
  'allow',
  'permit',
  'authorise',
  'authorize',
  'empower',
  'order',
  'direct',
  'instruct',
]);
// verbs that report an authority's words
const SAYING = new Set(['say', 'announce', 'tell', 'state', 'declare', 'add', 'confirm']);

/** Whether an entity can impose a restriction (exported for events.ts's filter of doers): a state, a body of government or force, an armed group, a person. */
export function authority(doc: Annotated, e: number): boolean {
  const x = doc.entities[e];
  if (!x) return false;
  if (x.type === 'person') return true;
  if (x.type === 'place') return x.kind === 'country';
  if (x.type !== 'organization') return false;
  const kind = orgKind(x.surfaces, x.kind) ?? '';
  return (
    /government|ministry|court|police|security|agency|judiciary|military|army/i.test(kind) || isArmed(doc, e)
  );
}

/** Whether a noun names what a restriction keeps from moving, for the verb's lemma. */
function movedNoun(doc: Annotated, n: number, verb: string): boolean {
  // (rare33) a plural written with a capital (opening the sentence) keeps its "s" in its lemma
  // ("Flights to X were suspended": "flights"): the singular of what the lists hold
  const raw = lemmaOf(doc, n);
  const word = doc.text.slice(doc.seg.tokens.start[n], doc.seg.tokens.end[n]);
  const lemma =
    /[^s]s$/.test(raw) && /^\p{Lu}/u.test(word) && raw === word.toLowerCase() ? raw.slice(0, -1) : raw;
  const allows = VERBS.get(verb) ?? '';
  if (MOVED.includes(lemma) || lemma === 'communications') return true;
  // "banned the movement of lorries": the head is the movement
  if (SERVICE.includes(lemma))
    return children(doc, n).some(
      (k) => SERVICE_OF.includes(lemmaOf(doc, k)) && /compound|amod/.test(relOf(doc, k)),
    );
  if (allows.includes('v') && VEHICLES.includes(lemma)) return true;
  // (rare32) "banned the use of motorcycles", "halted the operation of tricycles": the use of a vehicle
  if (allows.includes('v') && VEHICLE_USE.has(lemma))
    return children(doc, n).some((k) => relIs(relOf(doc, k), 'nmod') && VEHICLES.includes(lemmaOf(doc, k)));
  if (allows.includes('r') && ROUTES.includes(lemma)) return true;
  return false;
}

/** The verb's object, or the passive subject. */
function objectOf(doc: Annotated, v: number, first: number): { noun: number; passive: boolean } | null {
  const kids = children(doc, v);
  for (const k of kids) {
    const r = relOf(doc, k);
    if (relIs(r, 'obj')) return { noun: k, passive: false };
    if (r === 'nsubj:pass') return { noun: k, passive: true };
  }
  // a passive the parse gave no subject ("… and that movement between the camps would be
  // restricted", with the noun hung on a name before it): the noun that opens its own words
  if (!kids.some((k) => relOf(doc, k) === 'aux:pass')) return null;
  for (let k = v - 1; k >= Math.max(first, v - 8); k--) {
    const u = uposOf(doc, k);
    if (u === 'VERB' || u === 'PUNCT' || u === 'SCONJ' || u === 'CCONJ') return null;
    if (
      u === 'NOUN' &&
      headOf(doc, k) !== v &&
      !relIs(relOf(doc, k), 'nmod') &&
      !relIs(relOf(doc, k), 'compound')
    )
      return { noun: k, passive: true };
  }
  return null;
}

/** The authority a subject token stands for: the organisation or person in its words, else a country. */
function authorityIn(doc: Annotated, subj: number, usable: (mi: number) => boolean): number {
  const span = subtreeSpan(doc, subj);
  let country = -1;
  let best = -1;
  for (let k = span.tFirst; k < span.tLast; k++) {
    const mi = mentionAt(doc, k);
    if (mi < 0 || !usable(mi)) continue;
    const e = doc.mentionEntity[mi];
    if (e < 0 || !authority(doc, e)) continue;
    if (doc.entities[e].type === 'place') country = e;
    // (the last one before the verb's noun: "Garissa County Commissioner X" is X)
    else best = e;
  }
  return best >= 0 ? best : country;
}

/** The subject of a verb, or of the verb it is joined to by "and". */
function subjectOf(doc: Annotated, v: number): number {
  const own = children(doc, v).find((k) => relOf(doc, k) === 'nsubj');
  if (own !== undefined) return own;
  if (relIs(relOf(doc, v), 'conj')) {
    const h = headOf(doc, v);
    return children(doc, h).find((k) => relOf(doc, k) === 'nsubj') ?? -1;
  }
  return -1;
}

/** Why a restriction verb is no act: negated, only possible, a habit, or an infinitive not granted or ordered. */
function unrealRestriction(doc: Annotated, v: number): { unreal: boolean; future: boolean; above: number } {
  if (isNegated(doc, v)) return { unreal: true, future: false, above: -1 };
  let future = false;
  for (const k of children(doc, v)) {
    const l = lemmaOf(doc, k);
    if (relIs(relOf(doc, k), 'aux') && MODAL_UNREAL.has(l)) return { unreal: true, future, above: -1 };
    if (relIs(relOf(doc, k), 'aux') && MODAL_FUTURE.has(l)) future = true;
    if (relIs(relOf(doc, k), 'advmod') && HABIT.has(l)) return { unreal: true, future, above: -1 };
  }
  // ("allowing the army to restrict movement", "ordered police to halt traffic")
  if (relIs(relOf(doc, v), 'xcomp')) {
    const h = headOf(doc, v);
    if (!GRANTING.has(lemmaOf(doc, h)) || isNegated(doc, h)) return { unreal: true, future, above: -1 };
    if (children(doc, h).some((k) => relIs(relOf(doc, k), 'aux') && MODAL_UNREAL.has(lemmaOf(doc, k))))
      return { unreal: true, future, above: -1 };
    // (the clause the power was granted in: "a regime was declared in X, allowing …")
    const up = relIs(relOf(doc, h), 'advcl') || relIs(relOf(doc, h), 'conj') ? headOf(doc, h) : h;
    return { unreal: false, future, above: up };
  }
  return { unreal: false, future, above: -1 };
}

/** The authority whose words report a clause ("X said that movement would be restricted"), or -1. */
function reporter(doc: Annotated, v: number, usable: (mi: number) => boolean): number {
  let k = v;
  for (let n = 0; n < 3; n++) {
    const r = relOf(doc, k);
    // (an "and that …" clause the parse hung on the verb before it as a clause of its own)
    if (!relIs(r, 'conj') && !relIs(r, 'ccomp') && !relIs(r, 'advcl')) return -1;
    k = headOf(doc, k);
    if (k < 0) return -1;
    if (relIs(r, 'ccomp') && SAYING.has(lemmaOf(doc, k))) {
      const s = subjectOf(doc, k);
      return s < 0 ? -1 : authorityIn(doc, s, usable);
    }
  }
  return -1;
}

/**
 * The restrictions of movement a sentence tells, read on its parse (a sentence with none of
 * their words is never parsed for this).
 */
export function movementRestrictions(
  doc: Annotated,
  si: number,
  usable: (mi: number) => boolean,
): MovementRead[] {
  if (!doc.syntax) return [];
  const sent = doc.seg.sentences[si];
  if (!MOVED_WORD.test(doc.text.slice(sent.start, sent.end))) return [];
  const { start, end } = doc.seg.tokens;
  const out: MovementRead[] = [];
  for (let t = sent.tFirst; t < sent.tLast; t++) {
    const lemma = lemmaOf(doc, t);
    const upos = uposOf(doc, t);
    if (
      VERBS.has(lemma) &&
      (upos === 'VERB' || (upos === 'ADJ' && /ed$/i.test(doc.text.slice(start[t], end[t]))))
    ) {
      if (relIs(relOf(doc, t), 'amod')) continue;
      const obj = objectOf(doc, t, sent.tFirst);
      if (!obj || !movedNoun(doc, obj.noun, lemma)) continue;
      const { unreal, future, above } = unrealRestriction(doc, t);
      if (unreal) continue;
      let agent = -1;
      if (obj.passive) {
        const by = dependents(doc, t, 'obl:agent')[0];
        if (by !== undefined) agent = authorityIn(doc, by, usable);
      } else {
        const subj = subjectOf(doc, t);
        if (subj >= 0) agent = authorityIn(doc, subj, usable);
      }
      // ("X said movement would be restricted": the authority that announced it)
      if (agent < 0 && (obj.passive || future)) agent = reporter(doc, t, usable);
      // (a future told by nobody with authority is a plan, no act)
      if (future && agent < 0) continue;
      // a closed road is a restriction only when a named authority closed it ("the road was closed
      // to traffic after the blast", "the army closed the road" tell no one the graph can keep)
      if (ROUTES.includes(lemmaOf(doc, obj.noun)) && agent < 0) continue;
      const span = subtreeSpan(doc, obj.noun);
      out.push({
        at: start[t],
        from: Math.min(start[t], span.start),
        end: Math.max(end[t], span.end),
        trigger: doc.text.slice(start[t], end[t]),
        agent,
        above: above >= 0 ? [start[above]] : [],
      });
      continue;
    }
    // "imposed restrictions on movement", "announced a ban on the movement of motorcycles",
    // "an internet shutdown": the noun with what it keeps from moving, and the verb that imposes it
    if (upos === 'NOUN' && NOUNS.includes(lemma)) {
      const on = children(doc, t).find(
        (k) =>
          (relIs(relOf(doc, k), 'nmod') &&
            children(doc, k).some(
              (c) => relIs(relOf(doc, c), 'case') && /^(?:on|of)$/.test(lemmaOf(doc, c)),
            ) &&
            movedNoun(doc, k, 'ban')) ||
          (relIs(relOf(doc, k), 'compound') &&
            (MOVED.includes(lemmaOf(doc, k)) || SERVICE_OF.includes(lemmaOf(doc, k)))),
      );
      if (on === undefined) continue;
      const h = headOf(doc, t);
      if (h < 0 || !relIs(relOf(doc, t), 'obj') || !IMPOSING.includes(lemmaOf(doc, h))) continue;
      const { unreal, future, above } = unrealRestriction(doc, h);
      if (unreal) continue;
      const subj = subjectOf(doc, h);
      let agent = subj >= 0 ? authorityIn(doc, subj, usable) : -1;
      if (agent < 0 && future) agent = reporter(doc, h, usable);
      if (future && agent < 0) continue;
      const span = subtreeSpan(doc, t);
      out.push({
        at: start[t],
        from: start[t],
        end: span.end,
        trigger: doc.text.slice(start[t], end[t]),
        agent,
        above: above >= 0 ? [start[above]] : [],
      });
    }
  }
  return out;
}

/**
 * "banned the movement of motorcycles", "banned lorries": a verb of banning whose object is what
 * moves names no designation of a group (rare31).
 */
export function bansMovement(doc: Annotated, t: number): boolean {
  if (t < 0 || !doc.syntax || !VERBS.has(lemmaOf(doc, t))) return false;
  const obj = objectOf(doc, t, Math.max(0, t - 8));
  return obj !== null && movedNoun(doc, obj.noun, lemmaOf(doc, t));
}

/**
 * A travel restriction's trigger that shuts a place rather than barring people: a curfew,
 * lockdown, closure, or a restriction of movement, traffic or communications. A person who
 * imposed it is its agent, not its patient.
 */
export const AREA_TRIGGER =
  /^(?:curfews?|lockdowns?|(?:closed|closes|closing|shut|shuts|shutting|sealed|seals|sealing)\b.*|(?:border|borders|crossings?|airports?|airspace)\b.*|restrictions?|bans?|shutdowns?|blackouts?|suspensions?|restrict\w*|ban\w*|prohibit\w*|suspend\w*|halt\w*|barred|bar|bars|barring|limit\w*|curb\w*|block\w*|cut\w*|stop\w*|clos\w*|seal\w*)$/i;
