/**
 * "Turkish drones struck SDF positions", "Kenyan troops raided a base", "an Israeli airstrike"
 * (events10): an attack whose doers are a state's forces named by a demonym has that state's force
 * for its agent when the article names it ("the Kenya Defence Forces"), or else the state itself
 * when the article names it ("Turkey"). A demonym is no mention, so word order never saw it.
 * Run after the event stage, on attacks with no agent; needs the lexicon for the demonym.
 */

import type { Annotated } from './annotated.js';
import { orgKind } from './attributes.js';
import { triggerToken } from './event-act-subject.js';
import { actSubject } from './event-held.js';
import type { EventDraft } from './events.js';
import type { Lexicon } from './lexicon.js';
import { dependents, headOf, lemmaOf, mentionAt, relOf, uposOf } from './syntax.js';

// nouns of a state's armed forces and their arms
const FORCE_NOUN =
  /^(?:troop|soldier|force|army|military|navy|jet|warplane|aircraft|drone|helicopter|gunship|artillery|commando|airstrike|strike|bombardment|shelling|raid|operation|offensive)s?$/;
const STATE_KIND = /security agency|government/i;

const word = (doc: Annotated, t: number) => doc.text.slice(doc.seg.tokens.start[t], doc.seg.tokens.end[t]);

/**
 * The state whose force noun `n` is: a demonym that modifies it ("Turkish drones") or a country
 * that owns it ("Chad's army"), as its country code and the word that names it; null for none.
 */
function demonymOf(doc: Annotated, n: number, lex: Lexicon): { code: string; word: string } | null {
  if (n < 0 || !FORCE_NOUN.test(lemmaOf(doc, n))) return null;
  for (const d of dependents(doc, n, 'amod', 'compound')) {
    const code = lex.demonym(word(doc, d))?.country;
    if (code) return { code, word: word(doc, d) };
  }
  for (const d of dependents(doc, n, 'nmod:poss')) {
    const mi = mentionAt(doc, d);
    const x = mi >= 0 && doc.mentionEntity[mi] >= 0 ? doc.entities[doc.mentionEntity[mi]] : null;
    if (x?.type === 'place' && x.kind === 'country' && x.country)
      return { code: x.country, word: word(doc, d) };
  }
  return null;
}

/** The article's entity for country `code`'s forces: a state body named for it, else the country. */
function stateEntity(doc: Annotated, code: string, stem: string, lex: Lexicon): number {
  let country = -1;
  for (let e = 0; e < doc.entities.length; e++) {
    const x = doc.entities[e];
    if (x.type === 'place' && x.kind === 'country' && x.country === code) country = e;
    if (x.type !== 'organization' || !STATE_KIND.test(orgKind(x.surfaces, x.kind) ?? '')) continue;
    const named = x.surfaces.some((s) =>
      s.split(/\s+/).some((w) => {
        const p = lex.place(w);
        return (p?.kind === 'country' && p.country === code) || lex.demonym(w)?.country === code;
      }),
    );
    if (named) return stemAmbiguous(doc, stem) ? -1 : e;
  }
  return country;
}

/**
 * Two state bodies whose names open with the stem of the nation's word ("Nigerian": the "Nigerian
 * Army" and the "Niger Armed Forces"): which one is meant is left open, as event-doers-next.ts's
 * nationalForce leaves it.
 */
function stemAmbiguous(doc: Annotated, stem: string): boolean {
  if (stem.length < 4) return false;
  let n = 0;
  for (const x of doc.entities)
    if (
      x.type === 'organization' &&
      STATE_KIND.test(orgKind(x.surfaces, x.kind) ?? '') &&
      x.surfaces.some((s) => s.toLowerCase().startsWith(stem)) &&
      ++n > 1
    )
      return true;
  return false;
}

// nouns of a state's armed people that an attack befalls ("Kenyan troops", "a Pakistani army convoy")
const FORCE_PEOPLE =
  /^(?:troop|soldier|force|army|military|navy|police|commando|patrol|convoy|base|post|checkpoint|position)s?$/;

/**
 * The state whose forces the target noun `n` names ("attacked Kenyan troops", "ambushed a
 * Pakistani army convoy": the demonym on the noun or on its force compound), or null.
 */
function targetState(doc: Annotated, n: number, lex: Lexicon): { code: string; word: string } | null {
  if (n < 0 || !FORCE_PEOPLE.test(lemmaOf(doc, n))) return null;
  const force = [n, ...dependents(doc, n, 'compound')].some(
    (k) => FORCE_NOUN.test(lemmaOf(doc, k)) || /^(?:police|troop|soldier)s?$/.test(lemmaOf(doc, k)),
  );
  if (!force) return null;
  for (const k of [n, ...dependents(doc, n, 'compound')])
    for (const d of dependents(doc, k, 'amod', 'compound')) {
      const code = lex.demonym(word(doc, d))?.country;
      if (code) return { code, word: word(doc, d) };
    }
  return null;
}

/** The target noun of the attack at token `t`: the verb's object, or the noun's "on/against" phrase. */
function targetOf(doc: Annotated, t: number): number {
  const u = uposOf(doc, t);
  if (u === 'VERB') return dependents(doc, t, 'obj')[0] ?? -1;
  if (u !== 'NOUN') return -1;
  for (const k of dependents(doc, t, 'nmod'))
    if (dependents(doc, k, 'case').some((c) => /^(?:on|against)$/.test(lemmaOf(doc, c)))) return k;
  return -1;
}

/** "Gunmen attacked Kenyan troops": the state's force the article names, or the state, is the patient. */
function stateForcePatient(doc: Annotated, v: EventDraft, t: number, lex: Lexicon): void {
  if (v.participants.some((p) => p.role === 'patient')) return;
  const state = targetState(doc, targetOf(doc, t), lex);
  if (!state) return;
  const stem = state.word.toLowerCase().replace(/(?:ian|ean|an|i|ish|ese)$/, '');
  const e = stateEntity(doc, state.code, stem, lex);
  if (e >= 0 && !v.participants.some((p) => p.entity === e))
    v.participants.push({ role: 'patient', entity: e });
}

// an army's name: "Chadian National Army", "Lebanese Armed Forces", "Kenya Defence Forces"
const ARMY_NAME = /\b(?:army|armed\s+forces|defen[cs]e\s+forces?|military)\b/i;
// the bare nouns of an army's people that make an arrest: "the army detained", "troops captured"
const ARMY_NOUN = /^(?:army|military|troop|soldier)s?$/;
const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/**
 * The one army the article names (a security body or state body with an army's name), or -1 when
 * it names none or two (events27).
 */
function armyOfTheText(doc: Annotated): number {
  let found = -1;
  for (let e = 0; e < doc.entities.length; e++) {
    const x = doc.entities[e];
    if (x.type !== 'organization' || !STATE_KIND.test(orgKind(x.surfaces, x.kind) ?? '')) continue;
    if (!x.surfaces.some((n) => ARMY_NAME.test(n))) continue;
    if (found >= 0) return -1;
    found = e;
  }
  return found;
}

/**
 * "the army detained four suspects", "troops captured a G commander" (events27): an arrest
 * with no doer whose subject is a bare noun of an army's people (no demonym, no possessor, no
 * name of its own) was made by the one army the article names.
 */
function armyArrest(doc: Annotated, v: EventDraft, t: number, army: () => number): void {
  if (v.participants.some((p) => p.role === 'agent') || uposOf(doc, t) !== 'VERB') return;
  const n = actSubject(doc, t) ?? -1;
  if (n < 0 || !ARMY_NOUN.test(lemmaOf(doc, n))) return;
  // ("Kenyan soldiers", "Chad's army", "the army, X,": another's force or a named one; not "On
  // Monday soldiers …", a day the parser hung on the noun)
  if (dependents(doc, n, 'nmod:poss', 'appos').length) return;
  if (
    dependents(doc, n, 'amod', 'compound').some(
      (k) => /^[A-Z]/.test(word(doc, k)) && !WEEKDAY.test(word(doc, k)),
    )
  )
    return;
  // ("soldiers of the 5th Brigade", "troops from Chad": a force of its own)
  if (
    dependents(doc, n, 'nmod').some((k) =>
      dependents(doc, k, 'case').some((c) => /^(?:of|from)$/.test(lemmaOf(doc, c))),
    )
  )
    return;
  const e = army();
  if (e >= 0 && !v.participants.some((p) => p.entity === e))
    v.participants.unshift({ role: 'agent', entity: e });
}

export function stateForceDoers(doc: Annotated, events: EventDraft[], lex: Lexicon): void {
  if (!doc.syntax) return;
  let armyFound: number | undefined;
  const army = () => {
    armyFound ??= armyOfTheText(doc);
    return armyFound;
  };
  for (const v of events) {
    if (v.type === 'arrest') {
      const t = triggerToken(doc, v);
      if (t >= 0) armyArrest(doc, v, t, army);
      continue;
    }
    if (v.type !== 'attack') continue;
    const t = triggerToken(doc, v);
    if (t < 0) continue;
    // ("Gunmen attacked Kenyan troops": the state's force it befell)
    stateForcePatient(doc, v, t, lex);
    if (v.participants.some((p) => p.role === 'agent')) continue;
    // the verb's subject ("Turkish drones struck"), or the act's own noun ("an Israeli airstrike")
    const u = uposOf(doc, t);
    const n = u === 'VERB' ? (actSubject(doc, t) ?? -1) : u === 'NOUN' ? t : -1;
    // ("Chad's army launched an offensive": the subject of the verb the act's noun is the object of)
    const h = u === 'NOUN' && relOf(doc, t) === 'obj' ? headOf(doc, t) : -1;
    const state = demonymOf(doc, n, lex) ?? (h >= 0 ? demonymOf(doc, actSubject(doc, h) ?? -1, lex) : null);
    if (!state) continue;
    // ("Israeli" → "israel", "Nigerian" → "niger": the stem event-doers-next.ts reads names by)
    const stem = state.word.toLowerCase().replace(/(?:ian|ean|an|i|ish|ese)$/, '');
    const e = stateEntity(doc, state.code, stem, lex);
    if (e >= 0 && !v.participants.some((p) => p.entity === e))
      v.participants.unshift({ role: 'agent', entity: e });
  }
}
