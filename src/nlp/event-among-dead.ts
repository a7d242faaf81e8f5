/**
 * "G's bombing killed 14 people … X was among those killed", "… killed 20 soldiers. A captain,
 * X, was among the dead" (events11): "those killed" and "the dead" point back to a killing the
 * text told before, so the people named are that killing's patients, not the victims of a
 * killing of their own (which would carry none of the toll's doers). The killing told last
 * before, a few paragraphs back at most, on a day that does not disagree.
 */

import type { Annotated } from './annotated.js';
import type { EventDraft } from './events.js';

// how far back "those killed" may point: sentences and paragraphs
const MAX_SENTENCES = 6;
const MAX_PARAGRAPHS = 3;

/** The killing told before sentence `si` that "among those killed" there points to, if any. */
function killingToldBefore(
  doc: Annotated,
  out: EventDraft[],
  si: number,
  day: string | null,
): EventDraft | undefined {
  const para = doc.seg.sentences[si].paragraph;
  for (let i = out.length - 1; i >= 0; i--) {
    const v = out[i];
    if (v.sentence >= si) continue;
    if (si - v.sentence > MAX_SENTENCES || para - doc.seg.sentences[v.sentence].paragraph > MAX_PARAGRAPHS)
      return undefined;
    if (v.type !== 'killing') continue;
    const told = v.date?.value;
    // ("In 2019 a bombing killed 30 … X was among those killed on Sunday": another day, another act)
    if (day && told && !day.startsWith(told) && !told.startsWith(day)) return undefined;
    return v;
  }
  return undefined;
}

/**
 * Adds `victims` as patients of the killing "among those killed" in sentence `si` points back
 * to, and its place when it had none; false when no killing told before fits.
 */
export function joinAmongTheDead(
  doc: Annotated,
  out: EventDraft[],
  si: number,
  victims: number[],
  day: string | null,
  place: number,
): boolean {
  const k = killingToldBefore(doc, out, si, day);
  if (!k) return false;
  for (const e of victims)
    if (!k.participants.some((p) => p.entity === e)) k.participants.push({ role: 'patient', entity: e });
  if (k.place < 0) k.place = place;
  return true;
}
