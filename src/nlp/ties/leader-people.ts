import type { Annotated } from '../annotated.js';
import type { RelationDraft } from '../relations.js';

// A leader's people (issue #10, ties21 helper): "X, the leader of G, … His deputy, Y, …", "Two of
// his lieutenants, A and B, …", "X's bodyguards A and B": who serves a man the text makes the
// leader of one organisation is a member of it. Read on the words, after the other ties, so
// that the leader's tie is known wherever the text told it.

/** "his deputy, ", "Two of her lieutenants ", "X's aides " right before a name (group 1: the
 * possessive, "his"/"her" or a name's last word; group 2: the noun) */
const LEADER_PEOPLE =
  /(?:^|[\s,;(])([Hh]is|[Hh]er|[\p{Lu}][\p{L}'’-]*?)(?:['’]s?)?\s+(?:(?:new|top|senior|closest|trusted|most\s+trusted|two|three|four|five)\s+)*(deputy|deputies|lieutenants?|aides?|bodyguards?|second-in-command)\s*,?\s*(?:(?:known|identified|named)\s+(?:only\s+)?(?:as|by\s+(?:the\s+|his\s+)?(?:name|kunya|alias|nom\s+de\s+guerre))\s+)?$/u;

/** ", a former deputy of " right after a name, before the one served (ties23) */
const SERVES_AFTER =
  /^\s*,\s*(?:a|an|the|his|her)\s+(?:(?:former|one-time|longtime|long-time|senior|top|trusted|close|personal)\s+)*(?:deputy|lieutenant|aide|bodyguard|second-in-command)\s+(?:of|to)\s+$/u;

/**
 * ", a driver of ", ", the son of " right after a name, before someone a title set off after may
 * describe: who drives or guards a man serves him (a member too, as SERVES_AFTER's), a relative
 * does not (group 1: the relative's noun); the title is the one named after's (members35)
 */
const OF_ANOTHER_AFTER =
  /^\s*,\s*(?:a|an|the|his|her)\s+(?:(?:former|one-time|longtime|long-time|senior|top|trusted|close|personal|eldest|elder|younger|youngest)\s+)*(?:driver|chauffeur|guard|(son|daughter|brother|sister|nephew|niece|cousin|wife|husband|widow|father|mother|relative|in-law))\s+(?:of|to)\s+$/u;

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
  /** the one organisation person `p` leads (or commands in, one of many), or -1 */
  const ledBy = (p: number): number => {
    if (!leaders) {
      leaders = new Map();
      // (a commander in G, one of many, is served for G too: "the G wali of P … his deputy, Y")
      for (const r of ties)
        if (
          (r.type === 'leader_of' || (r.type === 'member_of' && r.cue === 'member_of/one-of-many')) &&
          !r.negated &&
          doc.entities[r.object].type === 'organization'
        ) {
          const g = leaders.get(r.subject) ?? new Set<number>();
          g.add(r.object);
          leaders.set(r.subject, g);
        }
    }
    const groups = leaders.get(p);
    return groups?.size === 1 ? [...groups][0] : -1;
  };
  const isPerson = (mi: number) => doc.entities[doc.mentionEntity[mi]].type === 'person';
  const memberOf = (y: number, g: number, si: number) =>
    out.push({ type: 'member_of', subject: y, object: g, sentence: si, cue: 'member_of/leader-people' });
  for (let si = 0; si < by.length; si++) {
    const ms = by[si];
    for (let i = 0; i < ms.length; i++) {
      const m = doc.mentions[ms[i]];
      if (!isPerson(ms[i])) continue;
      const s = doc.seg.sentences[si];
      // "Y, a former deputy of X,": the one served is named right after
      const next = ms[i + 1];
      if (
        next !== undefined &&
        isPerson(next) &&
        SERVES_AFTER.test(doc.text.slice(m.end, doc.mentions[next].start))
      ) {
        const g = ledBy(doc.mentionEntity[next]);
        const y = doc.mentionEntity[ms[i]];
        if (g >= 0 && y !== doc.mentionEntity[next]) memberOf(y, g, si);
        continue;
      }
      const lead = LEADER_PEOPLE.exec(doc.text.slice(Math.max(s.start, m.start - 80), m.start));
      if (!lead) continue;
      const at = m.start - lead[0].length + lead[0].indexOf(lead[1]);
      const owner = /^(?:his|her)$/i.test(lead[1]) ? personBefore(doc, by, si, at) : ownerNamed(doc, ms, at);
      const g = owner >= 0 ? ledBy(owner) : -1;
      if (g < 0) continue;
      // Y and the people listed after Y ("Two of his lieutenants, A and B")
      let prev = ms[i];
      for (let j = i; j < ms.length; j++) {
        if (j > i) {
          const gap = doc.text.slice(doc.mentions[prev].end, doc.mentions[ms[j]].start);
          if (!isPerson(ms[j]) || !LIST_GAP.test(gap)) break;
        }
        const y = doc.mentionEntity[ms[j]];
        if (y !== owner) memberOf(y, g, si);
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

/**
 * "Y, a former deputy of X, the G commander, …": the title set off after X is X's, though the
 * parse may give it to Y; each tie of Y's in that sentence that only a title can give (leader,
 * spokesman; one of many commanders is copied, Y being a member too) and that X lacks passes to X
 * (ties23). Changes `ties` in place.
 */
export function titlesOfServed(doc: Annotated, by: readonly number[][], ties: RelationDraft[]): void {
  for (let si = 0; si < by.length; si++) {
    const ms = by[si];
    for (let i = 0; i + 1 < ms.length; i++) {
      const a = doc.mentions[ms[i]];
      const b = doc.mentions[ms[i + 1]];
      const y = doc.mentionEntity[ms[i]];
      const x = doc.mentionEntity[ms[i + 1]];
      if (x === y || doc.entities[y].type !== 'person' || doc.entities[x].type !== 'person') continue;
      const between = doc.text.slice(a.end, b.start);
      const other = OF_ANOTHER_AFTER.exec(between);
      if (!other && !SERVES_AFTER.test(between)) continue;
      // (the title must follow X's name: ", the G commander")
      if (!/^\s*,\s*(?:the|a|an)\s/.test(doc.text.slice(b.end, b.end + 6))) continue;
      for (const r of ties.slice())
        if (
          r.sentence === si &&
          r.subject === y &&
          !r.negated &&
          (r.type === 'leader_of' ||
            r.type === 'spokesperson_of' ||
            (r.type === 'member_of' && r.cue === 'member_of/one-of-many')) &&
          // (a member_of of one of many is copied unless X has one: X may just have taken the
          // leader_of read beside it, leader_of/one-of-many; members35)
          !ties.some(
            (q) => q.subject === x && q.object === r.object && (r.type !== 'member_of' || q.type === r.type),
          )
        ) {
          // (one of many commanders: Y, who serves one, is a member too; a relative is not)
          if (r.type === 'member_of' && !other?.[1]) ties.push({ ...r, subject: x });
          else r.subject = x;
        }
    }
  }
}
