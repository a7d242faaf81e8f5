/**
 * "Six soldiers were killed when G attacked a base", "Three guards were shot dead as gunmen of G
 * stormed the hotel" (events20): a passive killing whose clause of time ("when", "as") is an
 * attack told with its doers is a killing by those doers, on the attack's day and at its place.
 * Read from the parse: the attack's verb is an `advcl` of the killing's verb, marked by "when"
 * or "as". The trigger reader leaves such a killing without a doer (its verb comes first) or
 * makes none (the passive names nobody); here it takes the attack's doers, and the attack's
 * patients when it has none of its own.
 */

import type { Annotated } from './annotated.js';
import { lemmaTable } from './event-lexicon.js';
import type { EventDraft } from './events.js';
import { headOf, lemmaOf, relIs, relOf, uposOf, voice } from './syntax.js';
import { eventTolls } from './toll.js';

const LEMMAS = lemmaTable();
const WHEN = new Set(['when', 'as']);
const word = (doc: Annotated, t: number) => doc.text.slice(doc.seg.tokens.start[t], doc.seg.tokens.end[t]);

/** The token of the trigger's first word in its sentence at or after `from` (-1 when none). */
function tokenOf(doc: Annotated, v: EventDraft, from = -1): number {
  const sent = doc.seg.sentences[v.sentence];
  const w = v.trigger.split(/\s+/)[0]?.toLowerCase();
  if (!w) return -1;
  const { start, end } = doc.seg.tokens;
  for (let t = Math.max(sent.tFirst, from); t < sent.tLast; t++)
    if (doc.text.slice(start[t], end[t]).toLowerCase() === w) return t;
  return -1;
}

/**
 * The passive killing verb whose "when/as" clause the verb at `t` tells, or -1. Read on the
 * words (the parser often hangs "when" or "as" elsewhere): the clause is the marker, a subject
 * with no verb and no comma in it, and the attack verb; the killing is the passive verb right
 * before the marker ("were killed and two others wounded when …").
 */
function killedWhen(doc: Annotated, t: number, first: number): number {
  if (t < 0 || uposOf(doc, t) !== 'VERB') return -1;
  let k = t - 1;
  for (; k >= first && !WHEN.has(lemmaOf(doc, k)); k--) {
    const u = uposOf(doc, k);
    if (u === 'VERB' || u === 'AUX' || /^[,;:]$/.test(word(doc, k))) return -1;
  }
  if (k < first || k === t - 1) return -1;
  for (let h = k - 1; h >= first && h >= k - 12; h--) {
    if (uposOf(doc, h) !== 'VERB') continue;
    return LEMMAS.verbs.get(lemmaOf(doc, h)) === 'killing' && voice(doc, h) === 'passive'
      ? h
      : relIs(relOf(doc, h), 'conj')
        ? continueBack(doc, h)
        : -1;
  }
  return -1;
}

/** The passive killing verb a conjunct hangs on ("killed and … wounded"), or -1. */
function continueBack(doc: Annotated, h: number): number {
  const c = headOf(doc, h);
  return c >= 0 && c < h && LEMMAS.verbs.get(lemmaOf(doc, c)) === 'killing' && voice(doc, c) === 'passive'
    ? c
    : -1;
}

/** Gives the killings "killed when G attacked" tells the attack's doers (and makes those it left out). */
export function killedWhenAttacked(doc: Annotated, events: EventDraft[]): void {
  if (!doc.syntax) return;
  for (const a of [...events]) {
    if (a.type !== 'attack') continue;
    const doers = a.participants.filter((p) => p.role === 'agent');
    if (!doers.length) continue;
    const h = killedWhen(doc, tokenOf(doc, a), doc.seg.sentences[a.sentence].tFirst);
    if (h < 0) continue;
    const { start, end } = doc.seg.tokens;
    const verb = doc.text.slice(start[h], end[h]).toLowerCase();
    let k = events.find(
      (v) =>
        v.type === 'killing' &&
        v.sentence === a.sentence &&
        v.trigger.split(/\s+/)[0]?.toLowerCase() === verb &&
        tokenOf(doc, v) === h,
    );
    if (!k) {
      k = {
        type: 'killing',
        sentence: a.sentence,
        date: a.date,
        place: a.place,
        participants: [],
        trigger: verb,
      };
      events.push(k);
    }
    if (k.participants.some((p) => p.role === 'agent')) continue;
    const patients = k.participants.some((p) => p.role === 'patient')
      ? []
      : a.participants.filter((p) => p.role === 'patient');
    k.participants.unshift(...doers.map((p) => ({ ...p })));
    k.participants.push(...patients.map((p) => ({ ...p })));
    if (!k.date) k.date = a.date;
    if (k.place < 0) k.place = a.place;
  }
}

/**
 * "G stormed a base of H, setting off a car bomb and killing 14 soldiers": an attack told with
 * its doers and the force or group it befell, with a count of dead in its own sentence and no
 * killing read there, is also a killing of H's people by G, on the attack's day and at its place
 * (the trigger reader makes one only from a toll right after a comma). A count with no group
 * it befell, or a person as the patient, makes none.
 */
export function killingsOfTolls(doc: Annotated, events: EventDraft[]): void {
  const held = new Set(events.map((v) => v.sentence));
  for (const a of [...events]) {
    if (a.type !== 'attack') continue;
    const doers = a.participants.filter((p) => p.role === 'agent');
    const sides = a.participants.filter(
      (p) =>
        p.role === 'patient' &&
        doc.entities[p.entity].type !== 'person' &&
        doc.entities[p.entity].type !== 'place',
    );
    if (!doers.length || !sides.length) continue;
    if (events.some((k) => k.type === 'killing' && k.sentence === a.sentence)) continue;
    const s = doc.seg.sentences[a.sentence];
    const dead = eventTolls(doc.text, 'attack', a.sentence, doc.seg.sentences, held).find(
      (t) => t.kind === 'killed' && t.start >= s.start && t.end <= s.end && (t.min ?? 1) > 0,
    );
    if (!dead) continue;
    events.push(killingOfAttack(a, [...doers, ...sides], dead.text));
  }
}

/** The killing an attack also was: its sentence, day and place, with these of its parties. */
export function killingOfAttack(
  a: EventDraft,
  participants: EventDraft['participants'],
  trigger: string,
): EventDraft {
  return {
    type: 'killing',
    sentence: a.sentence,
    date: a.date,
    place: a.place,
    participants: participants.map((p) => ({ ...p })),
    trigger,
  };
}
