/**
 * "F identified the slain militant as X", "the army buried the slain commander" (events9): a
 * killing word that is an attribute of a noun ("the slain militant", "the killed commander")
 * tells who died, not who killed. The subject of the verb whose object that noun is did
 * something else to the dead (identified, named, buried them), so it is no agent of the killing.
 * Run once per sentence, after the trigger reader, on the killings it made there.
 */

import type { Annotated } from './annotated.js';
import type { EventDraft } from './events.js';
import { children, headOf, mentionAt, relIs, relOf, subtreeSpan, uposOf } from './syntax.js';

const word = (doc: Annotated, t: number) => doc.text.slice(doc.seg.tokens.start[t], doc.seg.tokens.end[t]);

/** The entities named in the subjects of verb `v` (each subject's whole phrase). */
function subjectEntities(doc: Annotated, v: number): Set<number> {
  const out = new Set<number>();
  for (const k of children(doc, v)) {
    if (relOf(doc, k) !== 'nsubj') continue;
    const span = subtreeSpan(doc, k);
    for (let t = span.tFirst; t < span.tLast; t++) {
      const mi = mentionAt(doc, t);
      if (mi >= 0) out.add(doc.mentionEntity[mi]);
    }
  }
  return out;
}

export function noDoerOfTheSlain(doc: Annotated, out: EventDraft[], si: number): void {
  if (!doc.syntax) return;
  const sent = doc.seg.sentences[si];
  for (let i = out.length - 1; i >= 0 && out[i].sentence === si; i--) {
    const v = out[i];
    if (v.type !== 'killing' || !v.participants.some((p) => p.role === 'agent')) continue;
    const w = v.trigger.split(/\s+/)[0]?.toLowerCase();
    for (let t = sent.tFirst; t < sent.tLast; t++) {
      if (word(doc, t).toLowerCase() !== w || !relIs(relOf(doc, t), 'amod')) continue;
      const noun = headOf(doc, t);
      if (noun < 0 || !relIs(relOf(doc, noun), 'obj')) continue;
      const verb = headOf(doc, noun);
      if (verb < 0 || uposOf(doc, verb) !== 'VERB') continue;
      const subjects = subjectEntities(doc, verb);
      if (subjects.size)
        v.participants = v.participants.filter((p) => p.role !== 'agent' || !subjects.has(p.entity));
      break;
    }
  }
}
