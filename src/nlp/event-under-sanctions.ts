import type { Annotated } from './annotated.js';
import { triggerToken } from './event-act-subject.js';
import type { EventDraft } from './events.js';
import { children, dependents, headOf, isNegated, lemmaOf, mentionAt, relIs, relOf } from './syntax.js';

// (rare33) "X has been under EU sanctions for years", "G remains under UN sanctions", "X is
// subject to EU sanctions": the one the sanctions are on is the subject of the sanction noun (the
// parse makes "sanctions" the predicate, "under" its case marker). A designation that names no one
// designated takes that subject as its patient.

const UNDER = new Set(['under', 'to']);

/** Gives a sanctions designation with no patient the subject it is told of ("X is under sanctions"). In place. */
export function underSanctions(doc: Annotated, events: EventDraft[]): void {
  if (!doc.syntax) return;
  for (const v of events) {
    if (v.type !== 'designation' || !/^sanctions?$/i.test(v.trigger)) continue;
    if (v.participants.some((p) => p.role === 'patient')) continue;
    const t = triggerToken(doc, v);
    if (t < 0 || lemmaOf(doc, t) !== 'sanction') continue;
    const marker = children(doc, t).find((c) => relIs(relOf(doc, c), 'case') && UNDER.has(lemmaOf(doc, c)));
    if (marker === undefined) continue;
    // "X is subject to sanctions": the predicate is "subject"; "X remained under sanctions": the verb
    const h = headOf(doc, t);
    if (lemmaOf(doc, marker) === 'to' && (h < 0 || lemmaOf(doc, h) !== 'subject')) continue;
    const pred = [t, h].find((k) => k >= 0 && dependents(doc, k, 'nsubj').length);
    if (pred === undefined) continue;
    // ("is no longer under sanctions", "was never under sanctions": none now)
    if (
      isNegated(doc, t) ||
      dependents(doc, t, 'advmod').some((d) => /^(?:longer|never)$/.test(lemmaOf(doc, d)))
    )
      continue;
    for (const s of dependents(doc, pred, 'nsubj')) {
      // ("Its founder, X, has been under sanctions": the name set beside the subject noun)
      const named =
        mentionAt(doc, s) >= 0 ? s : (dependents(doc, s, 'appos').find((d) => mentionAt(doc, d) >= 0) ?? s);
      const mi = mentionAt(doc, named);
      const e = mi >= 0 ? doc.mentionEntity[mi] : -1;
      if (e < 0) continue;
      const type = doc.entities[e].type;
      if (type !== 'person' && type !== 'organization') continue;
      // (the word-order reading may have taken the subject for the one who imposed them)
      v.participants = v.participants.filter((p) => p.entity !== e);
      v.participants.push({ role: 'patient', entity: e });
    }
  }
}
