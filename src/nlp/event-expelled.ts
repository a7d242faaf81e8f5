import type { Annotated } from './annotated.js';
import type { EventDraft } from './events.js';

// Expulsions told by the body one is put out of (rare33). "X was expelled from G", "he was
// dismissed from the army", "she was discharged from the navy": the body after "from" is the one
// that put X out, the expulsion's agent (a passive's "by" names it otherwise). "Dismissed" and
// "discharged" make an expulsion only from a body: "discharged from hospital", "dismissed from
// the case" are none (`expulsionsFromABody`).

// "from the", "from its", "from Germany's": the words between "from" and the body's name
const FROM_BODY = /\bfrom\s+(?:(?:the|its|their|his|her)\s+)?$/i;

/**
 * The organisation a passive expulsion names after "from" in the mentions after its verb, as a
 * mention index, or undefined.
 */
export function expelledFrom(
  doc: Annotated,
  text: string,
  sentStart: number,
  after: number[],
): number | undefined {
  return after.find((mi) => {
    const m = doc.mentions[mi];
    const e = doc.mentionEntity[mi];
    return (
      e >= 0 &&
      doc.entities[e].type === 'organization' &&
      FROM_BODY.test(text.slice(Math.max(sentStart, m.start - 14), m.start))
    );
  });
}

// the verbs of sending away that tell an expulsion only with a body after "from"
const ONLY_FROM_A_BODY = /^(?:dismiss|discharg)/i;

/**
 * Drops an expulsion read from "dismissed/discharged from …" that no body put out (no agent):
 * "was discharged from hospital on Monday". In place.
 */
export function expulsionsFromABody(events: EventDraft[]): void {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e.type !== 'expulsion' || !ONLY_FROM_A_BODY.test(e.trigger)) continue;
    if (!e.participants.some((p) => p.role === 'agent')) events.splice(i, 1);
  }
}
