/**
 * "X died in a clash with G", "two soldiers died in an encounter with G militants",
 * "X died in a gunfight with G" (events22): a killing with no doer, told as done in a fight "with"
 * an organisation, was done by that organisation (the other side of the fight). Read on the words
 * right after the killing's verb, up to a clause break; "with" must follow the fight noun and name
 * the organisation next ("with the G", "with G fighters").
 */

import { type Annotated, mentionsBySentence } from './annotated.js';
import { findDates } from './dates.js';
import { triggerToken } from './event-act-subject.js';
import type { EventDraft } from './events.js';

// "in a clash with ", "during a fierce gunfight with the ", "in an exchange of fire with ", "and a
// third was wounded in an encounter with "
const FIGHT_WITH =
  /^\s+(?:and\s+[^,;]{1,60}?\s+(?:was|were)\s+(?:injured|wounded|hurt)\s+)?(?:(?:on\s+\w+|late|early|overnight|later)\s+)?(?:in|during)\s+(?:an?|the)\s+(?:(?:brief|fierce|heavy|fresh|long|hours-long|prolonged|deadly|separate)\s+)?(?:clash|encounter|gunfight|gun\s?battle|firefight|shootout|shoot-out|exchange\s+of\s+fire|battle|skirmish)\s+with\s+(?:the\s+)?$/i;

/**
 * The organisation a fight told right after a killing's verb (ending at `end`) was "with", as
 * an entity index, or -1.
 */
export function fightWithDoer(doc: Annotated, ms: readonly number[], end: number): number {
  // the first mention after the verb in the sentence (`ms`: its mentions in text order), with only
  // the fight's words before it
  for (const mi of ms) {
    const m = doc.mentions[mi];
    if (m.start < end) continue;
    const e = doc.mentionEntity[mi];
    if (e < 0) continue;
    return FIGHT_WITH.test(doc.text.slice(end, m.start)) && doc.entities[e].type === 'organization' ? e : -1;
  }
  return -1;
}

/** Gives a killing with no doer the organisation the fight it was done in was "with". */
export function killedInFightWith(doc: Annotated, events: EventDraft[]): void {
  let by: number[][] | null = null;
  for (const v of events) {
    if (v.type !== 'killing') continue;
    const agents = v.participants.filter((p) => p.role === 'agent');
    if (agents.length > 1) continue;
    const t = triggerToken(doc, v);
    if (t < 0) continue;
    const end = doc.seg.tokens.end[t];
    by ??= mentionsBySentence(doc);
    const e = fightWithDoer(doc, by[v.sentence] ?? [], end);
    if (e < 0 || (agents.length && agents[0].entity !== e)) continue;
    v.participants = v.participants.filter((p) => p.entity !== e);
    v.participants.unshift({ role: 'agent', entity: e });
    // (the fight's day: the first one written after the verb, not the report's "said on Monday")
    if (!v.date?.value) {
      const s = doc.seg.sentences[v.sentence];
      const day = findDates(doc.text, doc.published, { start: end, end: s.end }).find(
        (d) =>
          d.value &&
          !/\b(?:said|says|told|added|reported)\s+(?:\w+\s+)?$/i.test(doc.text.slice(end, d.start)),
      );
      if (day) v.date = { text: day.text, value: day.value };
    }
  }
}
