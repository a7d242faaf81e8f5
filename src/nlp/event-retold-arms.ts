/**
 * "Houthi rebels shelled government positions on Sunday … The shells struck positions of the
 * National Resistance forces" (events10): an attack verb whose subject is a definite noun of the
 * act or of its arms that names nobody ("the shells", "the strikes", "the missiles") is the attack
 * told before, told again with what it hit. What it hit joins that attack (and its place, when
 * that one has none), and it is no event of its own. (A killing so told is event-act-subject.ts's.)
 * Run after the event stage.
 */

import type { Annotated } from './annotated.js';
import { triggerToken } from './event-act-subject.js';
import { actSubject } from './event-held.js';
import type { EventDraft } from './events.js';
import { children, lemmaOf, relOf, subtreeSpan, uposOf } from './syntax.js';

// the noun told again → the words of the act it retells ('' for any attack)
const FAMILY = new Map<string, RegExp | null>([
  ['shell', /shell/i],
  ['shelling', /shell/i],
  ['strike', /\bstri(?:ke|kes|king|ck)\b|struck|airstrike/i],
  ['airstrike', /\bstri(?:ke|kes|king|ck)\b|struck|airstrike/i],
  ['bomb', /bomb/i],
  ['bombing', /bomb/i],
  ['rocket', /rocket/i],
  ['missile', /missile/i],
  ['raid', /raid/i],
  ['ambush', /ambush/i],
  ['attack', null],
  ['assault', null],
]);
const DEFINITE = new Set(['the', 'these', 'those', 'this', 'that']);

/** The family of the definite act noun, naming nobody, that is the subject of verb `t`; undefined if none. */
function retellingSubject(doc: Annotated, t: number): RegExp | null | undefined {
  if (t < 0 || uposOf(doc, t) !== 'VERB') return undefined;
  const subj = actSubject(doc, t);
  if (subj === undefined || uposOf(doc, subj) !== 'NOUN') return undefined;
  const lemma = lemmaOf(doc, subj);
  const family = FAMILY.get(lemma) ?? FAMILY.get(lemma.replace(/s$/, ''));
  if (family === undefined) return undefined;
  if (!children(doc, subj).some((k) => relOf(doc, k) === 'det' && DEFINITE.has(lemmaOf(doc, k))))
    return undefined;
  // (the subject's own words, before the verb: a misparse may make the noun the sentence's root)
  const span = subtreeSpan(doc, subj);
  const end = Math.min(span.end, doc.seg.tokens.start[t]);
  for (let mi = 0; mi < doc.mentions.length; mi++) {
    const m = doc.mentions[mi];
    if (m.start >= end) break;
    const e = doc.mentionEntity[mi];
    if (m.start >= span.start && m.end <= end && e >= 0 && doc.entities[e].type !== 'place') return undefined;
  }
  return family;
}

export function attacksRetoldByArms(doc: Annotated, events: EventDraft[]): void {
  if (!doc.syntax) return;
  for (let i = events.length - 1; i >= 0; i--) {
    const v = events[i];
    if (v.type !== 'attack' || v.participants.some((p) => p.role === 'agent')) continue;
    const family = retellingSubject(doc, triggerToken(doc, v));
    if (family === undefined) continue;
    // the last attack told with its doers in the three sentences before, in words of that family
    let act: EventDraft | undefined;
    for (const o of events)
      if (
        o.type === 'attack' &&
        o.sentence < v.sentence &&
        o.sentence >= v.sentence - 3 &&
        o.participants.some((p) => p.role === 'agent') &&
        (!family || family.test(o.trigger)) &&
        (!act || o.sentence >= act.sentence)
      )
        act = o;
    if (!act) continue;
    for (const p of v.participants)
      if (!act.participants.some((q) => q.entity === p.entity))
        act.participants.push({ role: p.role, entity: p.entity });
    if (act.place < 0) act.place = v.place;
    events.splice(i, 1);
  }
}
