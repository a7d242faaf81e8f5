/**
 * A killing told again as an attack (events13): "Rebels of G killed 30 people at a wedding on
 * Saturday. … H claimed the massacre on Sunday." The lead tells the act as a killing only; the
 * definite act noun of the later sentence ("the massacre", "the attack", "the bombing") names that
 * act again, not another one. With no attack told before it, such an attack is the killing's act:
 * it takes the killing's doers (beside the one that claimed it), and its day and place when the
 * claim gave it none, so that the act told twice is one act with one set of doers, day and place.
 */

import type { EventDraft } from './events.js';

const agentsOf = (v: EventDraft) => v.participants.filter((p) => p.role === 'agent').map((p) => p.entity);

function agrees(a: EventDraft, b: EventDraft): boolean {
  const x = a.date?.value;
  const y = b.date?.value;
  return !x || !y || x.startsWith(y) || y.startsWith(x);
}

/**
 * Gives each attack told again by a definite noun (`retold`), with no attack told before it, the
 * doers, day and place of the killing told last before it (up to six sentences back) with doers.
 */
export function killingsRetoldAsAttacks(events: EventDraft[], retold: ReadonlySet<EventDraft>): void {
  for (const v of events) {
    if (v.type !== 'attack' || !retold.has(v)) continue;
    if (events.some((o) => o !== v && o.type === 'attack' && o.sentence <= v.sentence)) continue;
    let k: EventDraft | undefined;
    for (const o of events)
      if (
        o.type === 'killing' &&
        o.sentence < v.sentence &&
        o.sentence >= v.sentence - 6 &&
        agentsOf(o).length &&
        (!k || o.sentence >= k.sentence)
      )
        k = o;
    if (!k || !agrees(k, v)) continue;
    const own = agentsOf(v);
    const add = agentsOf(k).filter((e) => !own.includes(e));
    v.participants.unshift(...add.map((entity) => ({ role: 'agent' as const, entity })));
    if (!v.date?.value && k.date) v.date = k.date;
    if (v.place < 0) v.place = k.place;
  }
}
