import type { RelationDraft } from './relations.js';

// Allies in one act of war share its enemy (issue #10, fights29): "A fought alongside B against
// C", "A launched a joint offensive with B against C", "A and B fought side by side against C"
// make B a side of the fighting as much as A. The sentence's own reading gives `allied_with(A,
// B)` and `fights(A, C)`; this adds `fights(B, C)`.

/** the ways of telling two sides acting together in one act (not an alliance in general) */
const TOGETHER_CUE =
  /^allied_with\/(?:alongside|with-against|joint|jointly|side-by-side|together-with|join-forces(?:-together)?)$/;

/**
 * The `fights` ties that the allies of a side share in the sentence that makes them allies in
 * the same act: for `allied_with(A, B)` read by an act done together and `fights(A, C)` in the
 * same sentence, `fights(B, C)`, unless B and C are allied or one is part of the other, or the
 * pair is already tied as foes.
 */
export function alliesShareFoes(relations: readonly RelationDraft[]): RelationDraft[] {
  const together = relations.filter((r) => !r.negated && TOGETHER_CUE.test(r.cue));
  if (!together.length) return [];
  const pair = (a: number, b: number) => (a < b ? `${a}:${b}` : `${b}:${a}`);
  const foes = new Set<string>();
  const friends = new Set<string>();
  for (const r of relations) {
    if (r.type === 'fights') foes.add(pair(r.subject, r.object));
    else if ((r.type === 'allied_with' || r.type === 'part_of') && !r.negated)
      friends.add(pair(r.subject, r.object));
  }
  const out: RelationDraft[] = [];
  for (const t of together)
    for (const f of relations) {
      if (f.type !== 'fights' || f.negated || f.sentence !== t.sentence) continue;
      for (const [side, ally] of [
        [t.subject, t.object],
        [t.object, t.subject],
      ]) {
        const foe = f.subject === side ? f.object : f.object === side ? f.subject : -1;
        if (foe < 0 || foe === ally || foes.has(pair(ally, foe)) || friends.has(pair(ally, foe))) continue;
        foes.add(pair(ally, foe));
        out.push({ ...f, subject: ally, object: foe, cue: 'fights/ally-in-act' });
      }
    }
  return out;
}
