import type { Annotated } from './annotated.js';
import type { EventDraft } from './events.js';
import { children, dependents, lemmaOf, relIs, relOf } from './syntax.js';
import { triggerVerb } from './ties-arrests34.js';

// The body behind an arrest whose doer is a common noun (issue #10, arrests35):
// - "the force" as the subject of the arrest's verb: the one organisation of its sentence (else of
//   the sentence before, in the same paragraph) whose name holds that noun ("X, a spokesman for the Y Defence Forces, said the force had arrested …");
// - "the P police" in lower case, P a town or district: a local station of the territorial force,
//   so of the forces the text names, the one that is no central, federal, reserve or border force
//   ("the Tarvik police arrested …" where the text also names the Ostmark Police and a Central
//   Reserve Police Force).

/** the common nouns a body's name ends in, by lemma, and the word its name holds for each: "the
 * force" for "… Forces" (a ministry, an agency, a police force are bodies able to hold people by
 * their kind and need no echo; an armed force named "… Forces" is not) */
const BODY_NOUN = new Map<string, RegExp>([['force', /\bForces?\b/]]);

/**
 * The organisation a definite common noun that makes the arrest stands for: the active subject of
 * the arrest's verb is "the force" (with "the", no words of its own), and its sentence names one organisation whose name holds that noun, or, naming none, the
 * sentence before (same paragraph) does. -1 when none fits or two do.
 */
export function echoedBody(doc: Annotated, by: readonly number[][], v: EventDraft): number {
  const verb = triggerVerb(doc, v);
  if (verb < 0) return -1;
  let name: RegExp | undefined;
  for (const k of dependents(doc, verb, 'nsubj')) {
    if (relIs(relOf(doc, k), 'nsubj:pass')) continue;
    const re = BODY_NOUN.get(lemmaOf(doc, k));
    const kids = children(doc, k);
    const the = kids.some((c) => relOf(doc, c) === 'det' && lemmaOf(doc, c) === 'the');
    // (a noun with words of its own is another body: "the border force", "the Y unit")
    const own = kids.some((c) => relIs(relOf(doc, c), 'compound') || relIs(relOf(doc, c), 'amod'));
    if (re && the && !own) name = re;
  }
  if (!name) return -1;
  const re = name;
  const s = doc.seg.sentences[v.sentence];
  const fits = (si: number) => {
    const out = new Set<number>();
    for (const mi of by[si]) {
      const e = doc.mentionEntity[mi];
      const x = e < 0 ? undefined : doc.entities[e];
      if (x?.type === 'organization' && x.surfaces.some((n) => re.test(n))) out.add(e);
    }
    return out;
  };
  let found = fits(v.sentence);
  const prev = v.sentence - 1;
  if (!found.size && prev >= 0 && doc.seg.sentences[prev].paragraph === s.paragraph) found = fits(prev);
  return found.size === 1 ? [...found][0] : -1;
}

/** the words of a police force's name that make it a central, federal, reserve or border force,
 * which keeps no town's police station */
const NATIONAL_FORCE = /\b(?:Central|Federal|National|Reserve|Border)\b/;

/**
 * Of the police forces `forces` (organisations named with "Police"), the one a town's or a
 * district's police stands for: "the P police", P a place the text names, or "the district (city) police": the one force that is no central, federal, reserve or border
 * force. -1 when none or two are left, or the word before "police" is no place.
 */
export function localForce(doc: Annotated, forces: readonly number[], before: string): number {
  const word = before.toLowerCase();
  const local =
    LOCAL_WORD.has(word) ||
    doc.entities.some((x) => x.type === 'place' && x.surfaces.some((n) => n.toLowerCase() === word));
  if (!local) return -1;
  const left = forces.filter((e) => !doc.entities[e].surfaces.some((n) => NATIONAL_FORCE.test(n)));
  return left.length === 1 ? left[0] : -1;
}

/** lower-case words before "police" that make it a local force */
const LOCAL_WORD = new Set(['district', 'city']);
