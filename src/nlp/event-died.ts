/**
 * "X died in a drone strike", "X and Y died when soldiers stormed the camp" (events14): a death
 * told together with the act that caused it is a killing. Read from the parse of the verb "die"
 * (or "perish"), not from word order:
 *
 * - the act is an `obl` of the verb, "in" or "during" an attack noun of the lexicon or a noun of
 *   a fight ("strike", "gunfight", "encounter"), or such a noun the wounds one died of were had
 *   in ("died of wounds sustained in a strike"), or an adverbial clause of time ("when", "as",
 *   "after", "while") whose verb is an attack or killing verb of the lexicon;
 * - the patients are the verb's subject and its conjuncts, the names a noun subject is given
 *   ("the leader, identified as X, died"; "a commander, X, died"), the group a noun of people
 *   belongs to ("two G fighters died"), or the name a "who" stands for;
 * - the agent is the clause's subject ("when troops of G stormed": G through its people) or the
 *   act noun's "by" phrase, possessor or compound name ("a US drone strike", "G's ambush").
 *
 * A death with no act ("died in hospital", "died in 2019") or no one named makes nothing; so does
 * a death the trigger reader already made a killing of.
 */

import type { Role } from '../types.js';
import type { Annotated } from './annotated.js';
import { lemmaTable } from './event-lexicon.js';
import type { EventDraft } from './events.js';
import {
  children,
  conjuncts,
  dependents,
  headOf,
  isNegated,
  lemmaOf,
  mentionAt,
  relIs,
  relOf,
  uposOf,
  voice,
} from './syntax.js';

const LEMMAS = lemmaTable();
const DYING = new Set(['die', 'perish']);
// nouns of a fight one dies in, besides the lexicon's attack nouns ("a drone strike", "a gunfight")
const FIGHT_NOUN = new Set([
  'strike',
  'gunfight',
  'gunbattle',
  'firefight',
  'shootout',
  'crossfire',
  'fighting',
  'encounter',
  'bombardment',
]);
const WHEN = new Set(['when', 'as', 'after', 'while']);
const WOUND = /^(?:wound|injury)$/;
// nouns of a side's people: "troops of G", "G fighters"
const PEOPLE =
  /^(?:force|troop|soldier|fighter|militant|gunman|gunmen|rebel|insurgent|commando|police|policeman|officer|member|jihadist|attacker|bomber|operative|unit|man|men)s?$/;

const word = (doc: Annotated, t: number) => doc.text.slice(doc.seg.tokens.start[t], doc.seg.tokens.end[t]);

type DateOf = (at: number, type: 'killing') => { text: string; value: string | null } | null;

/** The mention a token names, or the name its noun of people is of ("forces of G", "G fighters"). */
function sideAt(doc: Annotated, k: number, ok: (mi: number) => boolean): number {
  const mi = mentionAt(doc, k);
  if (mi >= 0) return ok(mi) ? mi : -1;
  if (!PEOPLE.test(lemmaOf(doc, k))) return -1;
  for (const d of dependents(doc, k, 'compound', 'nmod:poss', 'nmod')) {
    const dm = mentionAt(doc, d);
    if (dm >= 0 && ok(dm)) return dm;
  }
  return -1;
}

/** Whether token `k` is an attack or fight noun "in" or "during" which something befell one. */
function actNounIn(doc: Annotated, k: number): boolean {
  if (uposOf(doc, k) !== 'NOUN') return false;
  const lemma = lemmaOf(doc, k);
  const kind = LEMMAS.nouns.get(lemma);
  return (
    (kind === 'attack' || kind === 'killing' || FIGHT_NOUN.has(lemma)) &&
    dependents(doc, k, 'case').some((c) => /^(?:in|during)$/.test(lemmaOf(doc, c)))
  );
}

/** The act a death at `t` was told with: [token, 'noun' | 'verb'], or null. */
function actOfDeath(doc: Annotated, t: number): [number, 'noun' | 'verb'] | null {
  for (const k of children(doc, t)) {
    const r = relOf(doc, k);
    if (relIs(r, 'obl') && uposOf(doc, k) === 'NOUN') {
      if (actNounIn(doc, k)) return [k, 'noun'];
      // "died of wounds sustained in a strike", "from injuries he suffered in the bombing"
      if (WOUND.test(lemmaOf(doc, k)))
        for (const d of dependents(doc, k, 'acl'))
          for (const o of dependents(doc, d, 'obl')) if (actNounIn(doc, o)) return [o, 'noun'];
    } else if (relIs(r, 'advcl') && uposOf(doc, k) === 'VERB') {
      const kind = LEMMAS.verbs.get(lemmaOf(doc, k));
      if (
        (kind === 'attack' || kind === 'killing') &&
        voice(doc, k) === 'active' &&
        dependents(doc, k, 'mark', 'advmod').some((c) => WHEN.has(lemmaOf(doc, c)))
      )
        return [k, 'verb'];
    }
  }
  return null;
}

/** The people a subject token names: its conjuncts, or the names given to a noun subject. */
function namedDead(doc: Annotated, subj: number, ok: (mi: number) => boolean): number[] {
  const out: number[] = [];
  for (const c of conjuncts(doc, subj)) {
    const mi = mentionAt(doc, c);
    if (mi >= 0) {
      if (ok(mi)) out.push(mi);
      continue;
    }
    if (uposOf(doc, c) !== 'NOUN') continue;
    // "two al-Shabaab fighters", "soldiers of the 5th Brigade": the group whose people died
    const side = sideAt(doc, c, ok);
    if (side >= 0 && doc.entities[doc.mentionEntity[side]].type === 'organization') {
      out.push(side);
      continue;
    }
    // "X, a commander of G," / "a commander, X," / "the leader, identified as X,": a name the noun
    // is said of (not one of its "of" phrase or possessor: "the brother of X died")
    for (const d of children(doc, c)) {
      const r = relOf(doc, d);
      if (relIs(r, 'nmod') || relIs(r, 'compound') || relIs(r, 'det') || relIs(r, 'case')) continue;
      const named = relIs(r, 'acl')
        ? dependents(doc, d, 'obl', 'xcomp').filter((o) =>
            dependents(doc, o, 'case', 'mark').some((x) => lemmaOf(doc, x) === 'as'),
          )
        : [d];
      for (const n of named) {
        const dm = mentionAt(doc, n);
        if (dm >= 0 && ok(dm) && doc.entities[doc.mentionEntity[dm]].type === 'person') out.push(dm);
      }
    }
  }
  return out;
}

/**
 * Killings told as deaths in sentence `si` (see the file comment), pushed onto `out`. `ms` are
 * the sentence's usable mentions (outside quotes and the dateline); `sText` its text.
 */
export function diedInActs(
  doc: Annotated,
  si: number,
  sText: string,
  ms: number[],
  out: EventDraft[],
  dateFor: DateOf,
  placeFor: (at: number) => number,
): void {
  // (the parse is read only where the words are: most sentences tell no death)
  if (!doc.syntax || (!sText.includes('died') && !sText.includes('perished'))) return;
  const s = doc.seg.sentences[si];
  const typeOf = (mi: number) => doc.entities[doc.mentionEntity[mi]].type;
  const victim = (mi: number) => ms.includes(mi) && typeOf(mi) !== 'place' && typeOf(mi) !== 'handle';
  const doer = (mi: number) =>
    ms.includes(mi) && (victim(mi) || doc.entities[doc.mentionEntity[mi]].kind === 'country');
  for (let t = s.tFirst; t < s.tLast; t++) {
    if (!DYING.has(lemmaOf(doc, t)) || uposOf(doc, t) !== 'VERB' || isNegated(doc, t)) continue;
    const act = actOfDeath(doc, t);
    if (!act) continue;
    let subj = children(doc, t).find((k) => relOf(doc, k) === 'nsubj');
    // "X, who died in a strike": the name the relative pronoun follows (where the parser hung the
    // clause on the verb before it)
    if (subj !== undefined && lemmaOf(doc, subj) === 'who')
      subj = subj - 2 >= s.tFirst && word(doc, subj - 1) === ',' ? subj - 2 : -1;
    if (subj === undefined || subj < 0) continue;
    const dead = namedDead(doc, subj, victim);
    if (!dead.length) continue;
    const entities = new Set(dead.map((mi) => doc.mentionEntity[mi]));
    // (the trigger reader's killing of the same dead)
    if (
      out.some(
        (e) =>
          e.sentence === si &&
          e.type === 'killing' &&
          e.participants.some((p) => p.role === 'patient' && entities.has(p.entity)),
      )
    )
      continue;
    const [a, kind] = act;
    const agents: number[] = [];
    if (kind === 'verb') {
      for (const k of children(doc, a))
        if (relOf(doc, k) === 'nsubj')
          for (const c of conjuncts(doc, k)) {
            const mi = sideAt(doc, c, doer);
            if (mi >= 0) agents.push(mi);
          }
    } else
      for (const k of children(doc, a)) {
        const r = relOf(doc, k);
        const by = relIs(r, 'nmod') && dependents(doc, k, 'case').some((c) => lemmaOf(doc, c) === 'by');
        if (!by && r !== 'compound' && r !== 'nmod:poss') continue;
        const mi = sideAt(doc, k, doer);
        if (mi >= 0) agents.push(mi);
      }
    const participants: { role: Role; entity: number }[] = [];
    for (const mi of agents) {
      const e = doc.mentionEntity[mi];
      if (!entities.has(e) && !participants.some((p) => p.entity === e))
        participants.push({ role: 'agent', entity: e });
    }
    for (const e of entities) participants.push({ role: 'patient', entity: e });
    const at = doc.seg.tokens.start[t];
    // (a clause of time, or the wounds' clause, is the act's own: its day and place are the death's)
    const when = kind === 'verb' || headOf(doc, a) !== t ? doc.seg.tokens.start[a] : at;
    out.push({
      type: 'killing',
      sentence: si,
      date: dateFor(when, 'killing'),
      place: placeFor(when),
      participants,
      trigger: doc.text.slice(at, doc.seg.tokens.end[t]),
    });
  }
}
