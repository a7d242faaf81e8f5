/**
 * The doer of an act named in a later clause of its sentence (events28, issue #10): "Gunmen
 * attacked a bus near X, and officials later said G had carried out the assault", "Raiders
 * stormed a post on Monday; the army said G was behind the raid", "… killing four soldiers, an
 * attack G claimed". Word order took G, the first name after the act's verb, for whom the act
 * befell; the clause that tells G carried out (staged, was behind, claimed) the act told again by
 * its noun makes G the doer. Read after the trigger stage on the attacks and killings of the
 * sentence with no doer, and only where a support verb follows one of their patients.
 */

import type { Annotated } from './annotated.js';
import type { EventDraft } from './events.js';

// right after the name: the verb of doing and an act noun told again ("had carried out the
// assault", "was behind the attack", "staged the raid", "claimed the bombing")
const DID_THE_ACT =
  /^\s+(?:(?:had|has|have|was|were|is|are)\s+)?(?:(?:also|later|then|reportedly|allegedly)\s+)?(?:carried\s+out|conducted|staged|mounted|launched|perpetrated|orchestrated|claimed(?:\s+responsibility\s+for)?|(?:been\s+)?behind|(?:been\s+)?responsible\s+for)\s+(?:the|that|this|both)\s+(?:[\w-]+\s+)?(?:attacks?|assaults?|ambush(?:es)?|raids?|bombings?|blasts?|strikes?|shootings?|killings?|massacres?)\b/i;
// "G's fighters", "G militants", "G, officials said,": words between the name and the verb
const NAME_TAIL = /^(?:['’]s?\s+(?:fighters|militants|men|gunmen|members))?/i;

/** The attacks and killings of sentence `si` with no doer take the one a later clause names. */
export function doerNamedLater(doc: Annotated, out: EventDraft[], si: number, ms: readonly number[]): void {
  const acts = out.filter(
    (v) =>
      v.sentence === si &&
      (v.type === 'attack' || v.type === 'killing') &&
      !v.participants.some((p) => p.role === 'agent'),
  );
  if (!acts.length) return;
  const s = doc.seg.sentences[si];
  for (const mi of ms) {
    const m = doc.mentions[mi];
    const e = doc.mentionEntity[mi];
    if (doc.entities[e]?.type !== 'organization') continue;
    const tail = NAME_TAIL.exec(doc.text.slice(m.end, m.end + 20))?.[0].length ?? 0;
    if (!DID_THE_ACT.test(doc.text.slice(m.end + tail, Math.min(s.end, m.end + tail + 80)))) continue;
    // (the act is told before the clause that names its doer: "…, and officials said G had …")
    const trig = (v: EventDraft) => doc.text.indexOf(v.trigger, s.start);
    for (const v of acts) {
      const at = trig(v);
      if (at < 0 || at >= m.start) continue;
      v.participants = v.participants.filter((p) => p.entity !== e);
      v.participants.unshift({ role: 'agent', entity: e });
    }
    return;
  }
}
