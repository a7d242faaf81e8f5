// The doer of an act told in a relative clause of possession (events21): "the Multinational
// Joint Task Force, a regional force drawn from four states, whose aircraft bombed the camps",
// "Hezbollah, whose fighters attacked a post near X, said …". The act's subject is the group's
// people or machines ("its aircraft", "its fighters"); the name the clause is set after did it.

import type { Annotated } from './annotated.js';
import { triggerToken } from './event-act-subject.js';
import type { EventDraft } from './events.js';

// ", whose aircraft ", ", whose own fighters had ": the clause up to the act's verb (not a
// passive: "the Red Cross, whose staff were killed" is who it befell)
const WHOSE_BEFORE =
  /,\s*whose\s+(?:(?!(?:was|were|is|are|been|being|got)\s)[\w'’-]+\s+){1,3}?(?:had\s+|have\s+|has\s+)?$/i;

/** Gives an attack, killing or arrest with no doer the organisation a ", whose X …" clause follows. */
export function whoseDoers(doc: Annotated, events: EventDraft[]): void {
  for (const v of events) {
    if (v.type !== 'attack' && v.type !== 'killing' && v.type !== 'arrest') continue;
    if (v.participants.some((p) => p.role === 'agent')) continue;
    const t = triggerToken(doc, v);
    if (t < 0) continue;
    const s = doc.seg.sentences[v.sentence];
    const at = doc.seg.tokens.start[t];
    const head = doc.text.slice(Math.max(s.start, at - 60), at);
    const w = WHOSE_BEFORE.exec(head);
    if (!w) continue;
    const comma = at - head.length + w.index;
    // the nearest organisation before the comma, with no clause break between
    let doer = -1;
    for (let mi = 0; mi < doc.mentions.length; mi++) {
      const m = doc.mentions[mi];
      if (m.start < s.start || m.end > comma) continue;
      const e = doc.mentionEntity[mi];
      if (e < 0) continue;
      if (doc.entities[e].type === 'organization') doer = e;
    }
    if (doer < 0) continue;
    const between = doc.text.slice(s.start, comma);
    const last = doc.mentions.findLast((m, mi) => doc.mentionEntity[mi] === doer && m.end <= comma);
    if (!last || /[;:]/.test(between.slice(last.end - s.start))) continue;
    v.participants = v.participants.filter((p) => p.entity !== doer);
    v.participants.unshift({ role: 'agent', entity: doer });
  }
}
