/**
 * A doer and the organisation it belongs to (agents31). Where the relations stage has read that
 * one organisation is part of another (`part_of`: "G's U unit", "the U, G's armed wing", "G's
 * Sahel Province"), the doers of an act are read in these two ways. (The owner is not added as a doer beside its
 * unit, as agents31 first did: the events tests hold that "G's Body said it had attacked" is the
 * body's act, not its owner's.)
 *
 * - `claimingUnits`: a claim ("claimed responsibility", "claimed the attack") by an organisation
 *   that is part of the doer of the attack told before it, or that the doer is part of
 *   ("G militants attacked a post … G's Sahel Province claimed responsibility"), makes the
 *   claimer a doer of that attack too, beside the one named first.
 *
 * - `mediaNoDoers`: a group's news agency or media office that carries its claim ("its Amaq news
 *   agency claimed the ambush") is no doer: the group it is part of is.
 *
 * A killing told in the same sentence with the same doers, on the same day and at the same
 * place, goes with its attack. Run after the events are read, on the relations of the text;
 * only events and relations are read, never the text.
 */

import type { Annotated } from './annotated.js';
import type { EventDraft } from './events.js';
import type { RelationDraft } from './relations.js';

type Draft = EventDraft;

const isAct = (e: Draft) => e.type === 'attack' || e.type === 'killing';
const agentsOf = (e: Draft) => e.participants.filter((p) => p.role === 'agent').map((p) => p.entity);

/** Adds `who` as an agent of `e` (after its first doers) unless it takes part already. */
function addAgent(e: Draft, who: number): boolean {
  if (e.participants.some((p) => p.entity === who)) return false;
  const last = e.participants.findLastIndex((p) => p.role === 'agent');
  e.participants.splice(last + 1, 0, { role: 'agent', entity: who });
  return true;
}

/** The same act told twice in one sentence: a killing with the attack's doer, day and place. */
function sameIncident(a: Draft, k: Draft, doer: number): boolean {
  return (
    k !== a &&
    k.sentence === a.sentence &&
    isAct(k) &&
    agentsOf(k).includes(doer) &&
    (k.date?.value ?? null) === (a.date?.value ?? null) &&
    k.place === a.place
  );
}

/** Organisations a `part_of` tie sets over (`up`) or under each organisation. */
function hierarchy(
  doc: Annotated,
  relations: RelationDraft[],
): { up: Map<number, number[]>; down: Map<number, number[]> } {
  const up = new Map<number, number[]>();
  const down = new Map<number, number[]>();
  const org = (e: number) => doc.entities[e]?.type === 'organization';
  for (const r of relations) {
    if (r.type !== 'part_of' || r.negated || r.subject === r.object || !org(r.subject) || !org(r.object))
      continue;
    up.set(r.subject, [...(up.get(r.subject) ?? []), r.object]);
    down.set(r.object, [...(down.get(r.object) ?? []), r.subject]);
  }
  return { up, down };
}

/** Runs both readers over the events (in place). */
export function unitDoers(doc: Annotated, events: Draft[], relations: RelationDraft[]): void {
  const h = hierarchy(doc, relations);
  if (!h.up.size) return;
  mediaNoDoers(doc, events, h.up);
  claimingUnits(doc, events, h);
}

// a group's outlet for its word, named before its noun ("its Amaq news agency") or by it
const MEDIA_AFTER =
  /^\s+(?:news\s+agency|media\s+(?:office|wing|arm|agency|outlet|foundation)|propaganda\s+(?:arm|wing|outlet)|radio\s+station)\b/i;
const MEDIA_NAME = /\b(?:news agency|media (?:office|foundation|center|centre)|radio)\b/i;

/** Whether organisation `e` is an outlet for a group's word (a news agency, a media office). */
function isOutlet(doc: Annotated, e: number): boolean {
  const x = doc.entities[e];
  if (x.surfaces.some((n) => MEDIA_NAME.test(n))) return true;
  return x.mentions.some((mi) =>
    MEDIA_AFTER.test(doc.text.slice(doc.mentions[mi].end, doc.mentions[mi].end + 40)),
  );
}

/**
 * "The group's news outlet took credit for the raid": an outlet that carries a group's claim did
 * not act; the group it is part of did (no doer when the text ties it to none).
 */
function mediaNoDoers(doc: Annotated, events: Draft[], up: Map<number, number[]>): void {
  const outlet = new Map<number, boolean>();
  for (const a of events) {
    if (!isAct(a)) continue;
    for (const m of agentsOf(a)) {
      if (!outlet.has(m)) outlet.set(m, up.has(m) && isOutlet(doc, m));
      if (!outlet.get(m)) continue;
      a.participants = a.participants.filter((p) => p.entity !== m);
      for (const p of up.get(m) ?? []) addAgent(a, p);
    }
  }
}

// the words of a claim of an act ("claimed responsibility", "took credit for the blast")
const CLAIM = /\bclaim(?:ed|s|ing)?\b/i;

/** Whether statement `c` is a claim: its trigger or its sentence's words say "claimed". */
const isClaim = (doc: Annotated, c: Draft) => {
  if (c.type !== 'statement') return false;
  const s = doc.seg.sentences[c.sentence];
  return CLAIM.test(c.trigger) || CLAIM.test(doc.text.slice(s.start, s.end));
};
// how far back a claim naming no act of its own reaches for the act it claims
const REACH = 8;

/** "G militants attacked …; G's Sahel Province claimed responsibility": the claimer is a doer too. */
function claimingUnits(
  doc: Annotated,
  events: Draft[],
  h: { up: Map<number, number[]>; down: Map<number, number[]> },
): void {
  for (const c of events) {
    if (!isClaim(doc, c)) continue;
    // a claim that tells its own act makes that act's doer already
    if (events.some((e) => isAct(e) && e.sentence === c.sentence)) continue;
    for (const s of c.participants) {
      if (s.role !== 'speaker') continue;
      const kin = new Set([...(h.up.get(s.entity) ?? []), ...(h.down.get(s.entity) ?? [])]);
      if (!kin.size) continue;
      // (the last attack before it told with the claimer's kin as its doer: "the attack was the
      // deadliest this year" between them tells it again)
      const a = events.findLast(
        (e) =>
          e.type === 'attack' &&
          e.sentence < c.sentence &&
          e.sentence >= c.sentence - REACH &&
          agentsOf(e).some((x) => kin.has(x)),
      );
      if (!a || a.participants.some((p) => p.entity === s.entity)) continue;
      const doer = agentsOf(a).find((x) => kin.has(x)) as number;
      addAgent(a, s.entity);
      for (const k of events) if (sameIncident(a, k, doer)) addAgent(k, s.entity);
    }
  }
}
