import type { Annotated } from '../annotated.js';
import type { RelationDraft } from '../relations.js';

// A leader's people (issue #10, ties21 helper): "X, the leader of G, … His deputy, Y, …", "Two of
// his lieutenants, A and B, …", "X's bodyguards A and B": who serves a man the text makes the
// leader of one organisation is a member of it. Read on the words, after the other ties, so
// that the leader's tie is known wherever the text told it.

/** "his deputy, ", "Two of her lieutenants ", "X's aides " right before a name (group 1: the
 * possessive, "his"/"her" or a name's last word; group 2: the noun) */
const LEADER_PEOPLE =
  /(?:^|[\s,;(])([Hh]is|[Hh]er|[\p{Lu}][\p{L}'’-]*?)(?:['’]s?)?\s+(?:(?:new|top|senior|closest|trusted|most\s+trusted|two|three|four|five)\s+)*(deputy|deputies|lieutenants?|aides?|bodyguards?|second-in-command)\s*,?\s*$/u;

/** what may stand between two names of one list */
const LIST_GAP = /^\s*(?:,|,?\s*and)\s*$/;

interface Tie {
  type: 'member_of';
  subject: number;
  object: number;
  sentence: number;
  cue: string;
}

/**
 * member_of(Y, G) for each person Y named right after "his/her/X's deputy (lieutenants, aides,
 * bodyguards)", and for the people listed with Y, when the owner (X, or for "his"/"her" the
 * person named last before, in this sentence or the two before) leads exactly one organisation
 * by a tie in `ties`.
 */
export function leaderPeople(doc: Annotated, by: readonly number[][], ties: readonly RelationDraft[]): Tie[] {
  const out: Tie[] = [];
  let leaders: Map<number, Set<number>> | undefined;
  const isPerson = (mi: number) => doc.entities[doc.mentionEntity[mi]].type === 'person';
  for (let si = 0; si < by.length; si++) {
    const ms = by[si];
    for (let i = 0; i < ms.length; i++) {
      const m = doc.mentions[ms[i]];
      if (!isPerson(ms[i])) continue;
      const s = doc.seg.sentences[si];
      const lead = LEADER_PEOPLE.exec(doc.text.slice(Math.max(s.start, m.start - 60), m.start));
      if (!lead) continue;
      if (!leaders) {
        leaders = new Map();
        for (const r of ties)
          if (r.type === 'leader_of' && !r.negated && doc.entities[r.object].type === 'organization') {
            const g = leaders.get(r.subject) ?? new Set<number>();
            g.add(r.object);
            leaders.set(r.subject, g);
          }
        if (!leaders.size) return out;
      }
      const at = m.start - lead[0].length + lead[0].indexOf(lead[1]);
      const owner = /^(?:his|her)$/i.test(lead[1]) ? personBefore(doc, by, si, at) : ownerNamed(doc, ms, at);
      const groups = owner >= 0 ? leaders.get(owner) : undefined;
      if (groups?.size !== 1) continue;
      const g = [...groups][0];
      // Y and the people listed after Y ("Two of his lieutenants, A and B")
      let prev = ms[i];
      for (let j = i; j < ms.length; j++) {
        if (j > i) {
          const gap = doc.text.slice(doc.mentions[prev].end, doc.mentions[ms[j]].start);
          if (!isPerson(ms[j]) || !LIST_GAP.test(gap)) break;
        }
        const y = doc.mentionEntity[ms[j]];
        if (y !== owner)
          out.push({
            type: 'member_of',
            subject: y,
            object: g,
            sentence: si,
            cue: 'member_of/leader-people',
          });
        prev = ms[j];
      }
    }
  }
  return out;
}

/** the person named last before offset `at`, in sentence `si` or one of the two before, or -1 */
function personBefore(doc: Annotated, by: readonly number[][], si: number, at: number): number {
  for (let sj = si; sj >= 0 && sj >= si - 2; sj--)
    for (let k = by[sj].length - 1; k >= 0; k--) {
      const mi = by[sj][k];
      if (doc.mentions[mi].end > at) continue;
      const e = doc.mentionEntity[mi];
      if (doc.entities[e].type === 'person') return e;
    }
  return -1;
}

/** the person whose mention ends right before the possessive "'s" at offset `at`, or -1 */
function ownerNamed(doc: Annotated, ms: readonly number[], at: number): number {
  for (const mi of ms) {
    const m = doc.mentions[mi];
    if (m.start <= at && m.end > at) {
      const e = doc.mentionEntity[mi];
      return doc.entities[e].type === 'person' ? e : -1;
    }
  }
  return -1;
}
