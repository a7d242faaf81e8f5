import { type Annotated, sentenceAt } from './annotated.js';
import { orgKind } from './attributes.js';
import type { EventDraft } from './events.js';
import { execAll } from './exec-all.js';
import { partOfEither, type RelationDraft } from './relations.js';
import {
  children,
  dependents,
  headOf,
  isNegated,
  lemmaOf,
  mentionAt,
  mentionHead,
  relIs,
  relOf,
  tokenAt,
  uposOf,
} from './syntax.js';

// The sides of an act of war (issue #10, fights30). `event-ties.ts` made `fights` of an attack or
// a killing only when both organisations had an armed kind; an organisation the attributes stage
// gives no kind at all (a unit, a force or a militia known by a bare name: "Sahm", "Danab", "3R")
// was never a side, though the event held both. The act itself says what the text leaves open:
// - who attacks or kills an armed force is a side of the fighting ("the Hawk unit attacked an army
//   checkpoint");
// - an organisation of no kind whose base, post, patrol or troops an armed group (or one of no
//   kind) attacks is a force ("G attacked a base of the Velm special forces"), read on the parse: the
//   name hangs on a noun of military sites or men as its compound, possessor or "of" phrase.
// An organisation of a known kind that bears no arms (a company, a ministry, a hospital filed as
// such, a news agency) stays out, as before.

/** nouns of a force's sites and men: what a name that owns one is the force of */
const MILITARY_NOUN = new Set([
  'base',
  'outpost',
  'post',
  'checkpoint',
  'position',
  'barracks',
  'garrison',
  'patrol',
  'troop',
  'soldier',
  'force',
  'fighter',
  'militiaman',
  'unit',
  'battalion',
  'brigade',
  'commando',
]);

/** an organisation the attributes stage gives no kind */
function kindless(doc: Annotated, e: number): boolean {
  const x = doc.entities[e];
  return x.type === 'organization' && !orgKind(x.surfaces, x.kind);
}

/**
 * Whether a mention of `e` in the act's sentence owns a military site or men: its head hangs on
 * one of MILITARY_NOUN as a compound ("a Velm checkpoint"), a possessor ("Velm's base") or an
 * "of" phrase ("a base of the Velm forces", "troops of Velm").
 */
function ownsForce(doc: Annotated, mentions: readonly number[], e: number): boolean {
  for (const mi of mentions) {
    if (doc.mentionEntity[mi] !== e) continue;
    const h = mentionHead(doc, mi);
    if (h < 0) continue;
    const rel = relOf(doc, h);
    if (!relIs(rel, 'compound') && !relIs(rel, 'nmod') && !relIs(rel, 'amod')) continue;
    const up = headOf(doc, h);
    if (up >= 0 && MILITARY_NOUN.has(lemmaOf(doc, up))) return true;
  }
  return false;
}

/**
 * Whether agent `a` and patient `p` of an attack or killing `v` are two sides of the fighting,
 * beyond two armed kinds (see above); `armed` is event-ties.ts's test of an armed organisation,
 * `mentions` the mentions of the act's sentence.
 */
export function actSides(
  doc: Annotated,
  v: EventDraft,
  a: number,
  p: number,
  armed: (e: number) => boolean,
  mentions: readonly number[],
): boolean {
  const armedA = armed(a);
  const armedP = armed(p);
  if (armedA && armedP) return true;
  // (a doer of no kind only when the act's own sentence names it: "they" or "its fighters"
  // carried over from a quoted researcher's body is no side)
  const kindlessA = kindless(doc, a) && mentions.some((mi) => doc.mentionEntity[mi] === a);
  // (who attacks or kills an armed force fights it)
  if (armedP) return kindlessA;
  // (a force known by its sites or men, attacked by an armed side or one of no kind)
  if (v.type !== 'attack' || !kindless(doc, p)) return false;
  if (!armedA && !kindlessA) return false;
  return ownsForce(doc, mentions, p);
}

// Two sides told by a plural noun (fights30): "… broke away from H; since then the rival factions
// have battled", "the two groups fought one another", "both factions fought repeated
// battles". The noun is the subject of a verb of fighting with no foe of its own (no object, or
// "each other", or a noun of the fight itself); its two sides are the last two organisations named
// before it, in its sentence or the one before (same paragraph). The tie cites the noun's
// sentence. (The parse reader already reads "the two sides", "both sides" inside one sentence.)

/** "the two factions", "both groups", "the rival factions", "the two warring sides" */
const TWO_SIDES =
  /\b(?:both|the\s+(?:two\s+)?(?:rival|warring|feuding)|the\s+two)\s+(?:sides|factions|groups|movements|militias|organi[sz]ations|outfits|rivals|forces)\b/gi;
/** verbs of two sides fighting */
const FIGHT_VERB = new Set(['fight', 'clash', 'battle', 'skirmish']);
/** what the fight itself may be called as the verb's object: "fought repeated battles" */
const FIGHT_ITSELF = new Set([
  'battle',
  'clash',
  'war',
  'fight',
  'gunbattle',
  'skirmish',
  'each',
  'other',
  'one',
  'another',
]);
/** kinds that are no side of a fight */
const NO_SIDE = /news|international|religious/;

/**
 * Whether dependent `k` of a verb of fighting names a foe of the subject's own: an object, or an
 * oblique "against"/"with" phrase or an organisation ("fought the army", "clashed with police";
 * not "fought each other", "fought repeated battles", "clashed in Velm").
 */
function foeOf(doc: Annotated, k: number): boolean {
  if (FIGHT_ITSELF.has(lemmaOf(doc, k))) return false;
  const rel = relOf(doc, k);
  // (an "object" with a preposition of its own is an oblique the parser hung on the wrong arc:
  // "fought each other in A and B" with A the object, "each" its determiner)
  const cased = dependents(doc, k, 'case').some(
    (c) => uposOf(doc, c) === 'ADP' && /^[a-z]+$/.test(lemmaOf(doc, c)),
  );
  if (relIs(rel, 'obj') && !cased) return true;
  if (!relIs(rel, 'obl') && !relIs(rel, 'obj')) return false;
  if (dependents(doc, k, 'case').some((c) => /^(?:against|with)$/.test(lemmaOf(doc, c)))) return true;
  const mi = mentionAt(doc, k);
  const e = mi >= 0 ? doc.mentionEntity[mi] : -1;
  return e >= 0 && doc.entities[e].type === 'organization';
}

/** the index of the first mention starting at or after `off` (mentions are in text order) */
function mentionFrom(doc: Annotated, off: number): number {
  let lo = 0;
  let hi = doc.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.mentions[mid].start < off) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** the last two organisations that may fight named before offset `off`, from sentence `first` on */
function lastTwoSides(doc: Annotated, off: number, first: number): number[] {
  const out: number[] = [];
  for (let i = mentionFrom(doc, off) - 1; i >= 0 && out.length < 2; i--) {
    const m = doc.mentions[i];
    if (m.sentence < first) break;
    const e = doc.mentionEntity[i];
    if (e < 0 || out.includes(e)) continue;
    const x = doc.entities[e];
    if (x.type !== 'organization' || NO_SIDE.test(orgKind(x.surfaces, x.kind) ?? '')) continue;
    out.push(e);
  }
  return out;
}

/** `fights` ties that "the two factions", "the rival groups" … told as fighting imply (see above) */
export function twoSidesFight(doc: Annotated, relations: readonly RelationDraft[]): RelationDraft[] {
  const out: RelationDraft[] = [];
  const hits = execAll(TWO_SIDES, doc.text);
  if (!hits.length) return out;
  const pair = (a: number, b: number) => (a < b ? `${a}:${b}` : `${b}:${a}`);
  const known = new Set<string>();
  const friends = new Set<string>();
  for (const r of relations)
    if (r.type === 'fights') known.add(pair(r.subject, r.object));
    else if ((r.type === 'allied_with' || r.type === 'part_of') && !r.negated)
      friends.add(pair(r.subject, r.object));
  for (const h of hits) {
    const nounAt = h.index + h[0].lastIndexOf(h[0].split(/\s+/).at(-1) ?? '');
    const si = sentenceAt(doc, nounAt);
    const t = tokenAt(doc, si, nounAt);
    if (t < 0 || !relIs(relOf(doc, t), 'nsubj') || relOf(doc, t) === 'nsubj:pass') continue;
    const v = headOf(doc, t);
    if (v < 0 || !FIGHT_VERB.has(lemmaOf(doc, v)) || isNegated(doc, v)) continue;
    // (a foe of their own: "both groups fought the army" is no fight between them)
    if (children(doc, v).some((k) => foeOf(doc, k))) continue;
    const sent = doc.seg.sentences[si];
    const prev = si > 0 && doc.seg.sentences[si - 1].paragraph === sent.paragraph ? si - 1 : si;
    const sides = lastTwoSides(doc, h.index, prev);
    if (sides.length < 2) continue;
    const [a, b] = sides;
    const k = pair(a, b);
    if (known.has(k) || friends.has(k) || partOfEither(relations, a, b)) continue;
    known.add(k);
    out.push({
      type: 'fights',
      subject: Math.min(a, b),
      object: Math.max(a, b),
      negated: false,
      sentence: si,
      attributedTo: -1,
      attributedText: null,
      cue: 'fights/two-sides',
    });
  }
  return out;
}
