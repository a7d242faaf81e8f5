/**
 * The dead of an act (events7). A report often names who died in a clause of its own: "X, a
 * commander of G, died with six of his men when soldiers overran the camp", "X was killed in a
 * raid". Two readings follow from it:
 *
 * - the one who died is not who did the act told after the death ("died … when soldiers
 *   overran", "was killed as troops stormed"): word order would take him for the doer;
 * - a lead killing of "a (senior) <role>" with nobody named ("Troops killed a senior rebel
 *   commander near X") befell the person the next sentence names with that role as the one who
 *   died ("Y, a commander of G, died …", "Y, a G commander wanted for …, was killed …").
 */

import type { Annotated } from './annotated.js';

// the words of dying told of the sentence's subject
const DIED =
  /\b(?:died|perished|(?:was|were)\s+(?:shot\s+dead|killed|among\s+(?:the\s+dead|those\s+killed)))\b/i;
// the role nouns a lead names an unnamed victim by (the last one: "a top militant commander")
const VICTIM_ROLE =
  /^\s+(?:an?|one)\s+(?:[\w-]+\s+){0,3}(commander|leader|chief|official|militant|fighter|emir|deputy|officer|member|financier|recruiter|spokesman)\b/i;

/** Whether the stretch between a name and an act tells that the one named died ("X died … when"). */
export function diedBetween(between: string): boolean {
  // (a quick look for the words first: this runs for each name before each act)
  if (
    !between.includes('die') &&
    !between.includes('peris') &&
    !between.includes('were') &&
    !between.includes('was')
  )
    return false;
  // (the name's own clause, up to the act: "X died in 2019; his group attacked" is another)
  return !between.includes(';') && DIED.test(between);
}

/**
 * The mention of the person the next sentence names, as its subject, with the role the lead
 * gave a victim it did not name ("killed a senior rebel commander …. Y, a commander of G,
 * died …"); undefined when the lead names no role or the next sentence names no one so.
 */
export function deadNamedNext(
  doc: Annotated,
  si: number,
  afterTrigger: string,
  inNext: number[],
): number | undefined {
  const role = VICTIM_ROLE.exec(afterTrigger)?.[1]?.toLowerCase();
  const next = doc.seg.sentences[si + 1];
  if (!role || !next) return undefined;
  const text = doc.text;
  // (the next sentence's mentions, in order of their start)
  for (const mi of inNext) {
    const m = doc.mentions[mi];
    if (m.start > next.start + 2) return undefined;
    const e = doc.mentionEntity[mi];
    if (e < 0 || doc.entities[e].type !== 'person') return undefined;
    // "Y, a commander of G, died", "Y, a G commander wanted for …, was killed"
    const rest = text.slice(m.end, next.end);
    const dies = DIED.exec(rest);
    if (!dies || !/^\s*,\s*(?:an?|the)\s/i.test(rest)) return undefined;
    const appos = rest.slice(0, dies.index);
    if (!new RegExp(`\\b${role}s?\\b`, 'i').test(appos.slice(0, 60))) return undefined;
    // (nobody else named as the subject between them: "Y, a commander, and Z died")
    const stop = m.end + dies.index;
    for (const k of inNext) {
      const o = doc.mentionEntity[k];
      if (
        doc.mentions[k].start > m.start &&
        doc.mentions[k].start < stop &&
        o !== e &&
        doc.entities[o].type === 'person'
      )
        return undefined;
    }
    return mi;
  }
  return undefined;
}
