import type { Annotated } from './annotated.js';
import { armedLemma, POLICE_PEOPLE, STATE_FORCE_PEOPLE } from './armed-lexicon.js';
import { orgKind } from './attributes.js';
import { triggerToken } from './event-act-subject.js';
import type { EventDraft } from './events.js';
import { children, dependents, lemmaOf, mentionAt, relIs, relOf, uposOf } from './syntax.js';

// The state's force as a side (issue #10, fights31). An armed group's act on "the soldiers",
// "troops", "the police" (or by them on a group) names no force: the trigger stage leaves that side
// empty and no `fights` follows. The side is the force the text names: the one security agency
// named in the act's sentence, else in the sentence before (same paragraph), else the only one the
// article names; a police noun only a force whose name holds "Police", a soldier's noun only one
// whose name does not. Read on the parse: the noun is the act's object or its "with"/"on"/
// "against" phrase (or that of the act's own object: "exchanged fire with the soldiers"), or, for
// the doer's side, its subject. A noun a name or a nation's adjective qualifies ("Malian troops",
// "G fighters") is left to the readers of names.

const word = (doc: Annotated, t: number) => doc.text.slice(doc.seg.tokens.start[t], doc.seg.tokens.end[t]);

// a force's sites, vehicles and units that "army", "military" or "police" before them make the
// state force's: "an army base", "a military convoy", "a police station" (fights35)
const FORCE_SITES = new Set(
  'base camp post outpost checkpoint barrack barracks garrison convoy patrol position station vehicle truck'.split(
    ' ',
  ),
);

/** 'army' or 'police' for a site noun at `t` (lemma `raw`) that a lower-case "army", "military" or "police" qualifies */
function siteKind(doc: Annotated, t: number, raw: string): 'police' | 'army' | null {
  if (!FORCE_SITES.has(raw) && !FORCE_SITES.has(raw.replace(/s$/, ''))) return null;
  for (const k of children(doc, t)) {
    const rel = relOf(doc, k);
    if (rel !== 'compound' && rel !== 'amod') continue;
    const w = word(doc, k);
    if (/^(?:army|military)$/.test(w)) return 'army';
    if (w === 'police') return 'police';
  }
  return null;
}

/** 'police' or 'army' for a bare noun of a state's force at token `t`, else null */
function forceNoun(doc: Annotated, t: number): 'police' | 'army' | null {
  if (t < 0 || uposOf(doc, t) !== 'NOUN' || mentionAt(doc, t) >= 0) return null;
  const raw = lemmaOf(doc, t).toLowerCase();
  const kind = STATE_FORCE_PEOPLE.has(armedLemma(raw, STATE_FORCE_PEOPLE))
    ? 'army'
    : POLICE_PEOPLE.has(armedLemma(raw, POLICE_PEOPLE))
      ? 'police'
      : siteKind(doc, t, raw);
  if (!kind) return null;
  // ("security forces", "government troops", "police officers" are bare; "Malian troops", "G's
  // fighters", "the group's forces" are not)
  for (const k of children(doc, t)) {
    const rel = relOf(doc, k);
    if (rel === 'nmod:poss' || relIs(rel, 'appos')) return null;
    // ("troops of G", "soldiers from P"; not "troops near P")
    if (relIs(rel, 'nmod') && dependents(doc, k, 'case').some((c) => /^(?:of|from|for)$/i.test(word(doc, c))))
      return null;
    if ((rel === 'amod' || rel === 'compound') && /^\p{Lu}/u.test(word(doc, k))) return null;
    if (rel === 'compound' && !/^(?:security|government|army|military|police|state)$/i.test(word(doc, k)))
      return null;
  }
  // ("forces" alone is anyone's: only "security/government forces")
  if (armedLemma(raw, STATE_FORCE_PEOPLE) === 'force' && !dependents(doc, t, 'compound', 'amod').length)
    return null;
  return kind;
}

/** the state forces that fit a noun of kind `kind` among the mentions `ms` */
function forcesIn(doc: Annotated, ms: readonly number[], kind: 'police' | 'army'): number[] {
  const out: number[] = [];
  for (const mi of ms) {
    const e = doc.mentionEntity[mi];
    if (e < 0 || out.includes(e)) continue;
    const x = doc.entities[e];
    if (x.type !== 'organization' || orgKind(x.surfaces, x.kind) !== 'security agency') continue;
    const police = x.surfaces.some((n) => /\bPolice\b/i.test(n));
    if (police === (kind === 'police')) out.push(e);
  }
  return out;
}

/** the noun of a force on the side `side` of act `v`'s trigger, as the token and its kind */
function sideNoun(doc: Annotated, v: EventDraft, side: 'agent' | 'patient'): number {
  const t = triggerToken(doc, v);
  if (t < 0) return -1;
  if (side === 'agent') {
    const s = children(doc, t).find((k) => relOf(doc, k) === 'nsubj');
    return s !== undefined && forceNoun(doc, s) ? s : -1;
  }
  const objs = children(doc, t).filter((k) => relIs(relOf(doc, k), 'obj'));
  const cands = [...objs, ...children(doc, t).filter((k) => /^(?:obl|nmod)/.test(relOf(doc, k)))];
  // ("exchanged fire with the soldiers", "opened fire on the troops": the phrase on the object)
  for (const o of objs) cands.push(...children(doc, o).filter((k) => /^(?:obl|nmod)/.test(relOf(doc, k))));
  for (const k of cands) {
    if (!relIs(relOf(doc, k), 'obj')) {
      const c = dependents(doc, k, 'case').map((x) => lemmaOf(doc, x).toLowerCase());
      if (!c.some((x) => x === 'with' || x === 'on' || x === 'against')) continue;
    }
    if (forceNoun(doc, k)) return k;
  }
  return -1;
}

/**
 * The named state force a bare noun of soldiers or police stands for on side `side` of attack or
 * killing `v` (see above), or -1. `by` gives each sentence's mentions.
 */
export function stateForceSide(
  doc: Annotated,
  v: EventDraft,
  side: 'agent' | 'patient',
  by: readonly number[][],
): number {
  if (!doc.syntax) return -1;
  const n = sideNoun(doc, v, side);
  const kind = n < 0 ? null : forceNoun(doc, n);
  if (!kind) return -1;
  const si = v.sentence;
  const sents = doc.seg.sentences;
  const sameParagraph = (j: number) =>
    j >= 0 && j < sents.length && sents[j].paragraph === sents[si].paragraph;
  let fit = forcesIn(doc, by[si], kind);
  if (!fit.length && sameParagraph(si - 1)) fit = forcesIn(doc, by[si - 1], kind);
  // a site ("an army post", "a police station") is the force's told beside it: the sentence
  // after in its paragraph ("… The N Police said two officers were hurt"), never a force the
  // article names paragraphs away (another country's police; a camp's guards)
  const site =
    !STATE_FORCE_PEOPLE.has(armedLemma(lemmaOf(doc, n).toLowerCase(), STATE_FORCE_PEOPLE)) &&
    !POLICE_PEOPLE.has(armedLemma(lemmaOf(doc, n).toLowerCase(), POLICE_PEOPLE));
  if (!fit.length && site && sameParagraph(si + 1)) fit = forcesIn(doc, by[si + 1], kind);
  if (!fit.length && !site) fit = forcesIn(doc, by.flat(), kind);
  return fit.length === 1 ? fit[0] : -1;
}
