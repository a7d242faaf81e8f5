/**
 * "G fighters killed five soldiers … The jihadists opened fire on a checkpoint … The group later
 * claimed responsibility" (events11): "the group" of a claim stands for the group that did the
 * acts told just before. When the last of them names no group for its doers (they are "the
 * jihadists", "gunmen"), the armed group that did one told before it in those sentences is
 * still the one the text is about — not the group last named, which may be the one attacked.
 */

import type { Annotated } from './annotated.js';
import { orgKind } from './attributes.js';
import type { EventDraft } from './events.js';
import { mentionAt, subtreeSpan } from './syntax.js';

const MILITANT = /militant|armed group|insurg|terror|rebel|separatist|guerrilla|jihadi/i;

/** An armed group by the kind the attributes stage gives it (a state's forces are not). */
function militant(doc: Annotated, e: number): boolean {
  const x = doc.entities[e];
  return x.type === 'organization' && MILITANT.test(orgKind(x.surfaces, x.kind) ?? '');
}

/**
 * The group whose act, told in the `back` sentences before `si`, "the group" of a claim in
 * `si` stands for: the organisation that did the last such act; when that act names none, the
 * armed group that did an earlier one of them; -1 when none did.
 */
export function claimingGroupBefore(doc: Annotated, out: EventDraft[], si: number, back: number): number {
  let last = true;
  for (let i = out.length - 1; i >= 0; i--) {
    const v = out[i];
    if (v.sentence >= si || (v.type !== 'attack' && v.type !== 'killing')) continue;
    if (v.sentence < si - back) break;
    const doer = v.participants.find(
      (p) =>
        p.role === 'agent' &&
        doc.entities[p.entity].type === 'organization' &&
        (last || militant(doc, p.entity)),
    );
    if (doer) return doer.entity;
    // (an act told last with a doer of its own who is no group: nobody the group stands for)
    if (last && v.participants.some((p) => p.role === 'agent')) return -1;
    last = false;
  }
  return -1;
}

/**
 * Whether an organisation's telling of its own act is a statement the graph keeps: a group's
 * word ("G said its fighters had killed …") is; what a state's ministry or force reports of its
 * own arrests and raids is reported news, not a statement of its own.
 */
export function tellsAsAGroup(doc: Annotated, e: number): boolean {
  const x = doc.entities[e];
  const kind = orgKind(x.surfaces, x.kind) ?? '';
  return kind !== 'security agency' && kind !== 'government';
}

/**
 * The entity of the name before a claim that made it, when the claim's subject names nobody ("days
 * after the rebels claimed an attack on a G post"): the last of `cands` whose entity
 * the claimed act's own words after the verb `ct` do not name — a group does not claim an
 * attack on itself. -1 when every one of them is named there; the last one's when the verb is
 * not found.
 */
export function claimerNotTarget(doc: Annotated, ct: number, cands: number[]): number {
  if (ct < 0) return cands.length ? doc.mentionEntity[cands[cands.length - 1]] : -1;
  const { tLast } = subtreeSpan(doc, ct);
  const named = new Set<number>();
  for (let t = ct + 1; t < tLast; t++) {
    const mi = mentionAt(doc, t);
    if (mi >= 0) named.add(doc.mentionEntity[mi]);
  }
  const mi = cands.findLast((m) => !named.has(doc.mentionEntity[m]));
  return mi === undefined ? -1 : doc.mentionEntity[mi];
}

/**
 * A sentence that opens inside a quote or with a quote mark: a witness's words told between an
 * act and its claim ("Gunmen shot dead nine men … "They blocked the road," the official said. …
 * G claimed responsibility.").
 */
function quoted(doc: Annotated, k: number, inQuote: (off: number) => boolean): boolean {
  const s = doc.seg.sentences[k];
  const lead = /^\s*/.exec(doc.text.slice(s.start, s.start + 8))?.[0].length ?? 0;
  return inQuote(s.start + lead) || /^\s*["“]/.test(doc.text.slice(s.start, s.start + 8));
}

/**
 * How far back a claim that names no act reaches for the act it claims (events21): the two
 * sentences before it, and past them the sentences in quotes among those (up to four more);
 * `paragraphs` is the number of paragraphs between, not counting those made of quotes alone.
 */
export function claimReach(
  doc: Annotated,
  si: number,
  inQuote: (off: number) => boolean,
): { first: number; paragraphs: (from: number) => number } {
  let first = si - 2;
  for (let k = si - 1; k >= Math.max(0, first) && k >= si - 6; k--) if (quoted(doc, k, inQuote)) first--;
  const paragraphs = (from: number): number => {
    const to = doc.seg.sentences[si].paragraph;
    let gap = to - doc.seg.sentences[from].paragraph;
    for (let p = doc.seg.sentences[from].paragraph + 1; p < to; p++) {
      const para = doc.seg.paragraphs[p];
      let all = para.sLast > para.sFirst;
      for (let k = para.sFirst; k < para.sLast && all; k++) all = quoted(doc, k, inQuote);
      if (all) gap--;
    }
    return gap;
  };
  return { first, paragraphs };
}
