import type { Annotated } from './annotated.js';
import type { EventDraft } from './events.js';
import { mayArrest } from './ties-arrests30.js';

// The bodies behind an arrest told beside the raid that made it, or told of a body working with
// another (issue #10, arrests36):
// - the raid's doer is the arrest's: "A raid by F led to the arrest of X", "During an operation
//   carried out by F, X was detained", "X was arrested after F raided his house", "X was held
//   when F and G stormed a flat" (a body able to hold people, by its name or kind);
// - "F, in coordination with G, arrested X", "F, along with G, detained X": both bodies made the
//   arrest (the event stage reads only the one right before the verb).

/** the nouns of a raid, a search or an operation whose doer "by" names, and what may follow them
 * before "by": a place by its name, a comma, a participle of doing ("carried out by", "led by") */
const RAID_BY = new RegExp(
  String.raw`\b(?:raids?|operations?|crackdown|sweeps?|swoops?|searche?s?|manhunt|dragnet|round-?up|investigations?|probe)` +
    String.raw`(?:\s+(?:in|at|near|on)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)?` +
    String.raw`\s*,?\s+(?:(?:jointly\s+|reportedly\s+)?(?:carried\s+out|conducted|launched|mounted|led|staged|made)\s+)?by\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}$`,
  'u',
);

/** a verb of raiding right after a body's name (its subject): "F raided", "F had stormed" */
const RAID_VERB_AFTER =
  /^\s*(?:\([^)]{1,12}\)\s*)?(?:(?:had|has|have)\s+)?(?:(?:reportedly|later|then|first)\s+)?(?:raided|stormed|searched|swooped|surrounded|cordoned|busted|descended\s+on)\b/;

/** what joins two names of one list: "and" (after a comma or not), or a comma alone, which joins
 * only in a list that "and" closes ("A, B and C"; not "A, the F said") */
const AND_GAP = /^\s*(?:,\s*)?and\s+(?:the\s+)?$/;
const COMMA_GAP = /^\s*,\s*(?:the\s+)?$/;

/** the mentions of sentence mentions `ms` in lists: runs joined by "and", or by commas closed by "and" */
function listsOf(doc: Annotated, ms: readonly number[]): number[][] {
  const gap = (a: number, b: number) => doc.text.slice(doc.mentions[a].end, doc.mentions[b].start);
  const lists: number[][] = [];
  for (let i = 0; i < ms.length; ) {
    let j = i;
    let closed = i;
    while (j + 1 < ms.length) {
      const g = gap(ms[j], ms[j + 1]);
      if (AND_GAP.test(g)) closed = j + 1;
      else if (!COMMA_GAP.test(g)) break;
      j++;
    }
    lists.push(ms.slice(i, closed + 1));
    i = closed + 1;
  }
  return lists;
}

/**
 * The bodies whose raid the sentence of arrest `v` tells, by "by" after its noun or as the subject
 * of its verb, with the bodies listed with them ("a joint raid by F and G"); only bodies able to
 * hold people (`mayArrest`). Empty when none.
 */
export function raidDoers(doc: Annotated, by: readonly number[][], v: EventDraft): number[] {
  const s = doc.seg.sentences[v.sentence];
  const ms = by[v.sentence] ?? [];
  const out: number[] = [];
  const lists = listsOf(doc, ms);
  for (const list of lists) {
    const first = doc.mentions[list[0]];
    const last = doc.mentions[list[list.length - 1]];
    const before = doc.text.slice(s.start, first.start);
    const after = doc.text.slice(last.end, Math.min(s.end, last.end + 40));
    if (!RAID_BY.test(before) && !RAID_VERB_AFTER.test(after)) continue;
    for (const mi of list) {
      const e = doc.mentionEntity[mi];
      if (e >= 0 && mayArrest(doc, e) && !out.includes(e)) out.push(e);
    }
  }
  return out;
}

/** "F, in coordination with G," "F, along with G,": what stands between two bodies working as one */
const JOINT_WITH =
  /^\s*(?:\([^)]{1,12}\)\s*)?,\s*(?:in\s+(?:coordination|collaboration|cooperation|conjunction|concert|partnership)|along|together|jointly|alongside)(?:\s+with)?\s+(?:the\s+)?$/i;

/**
 * The bodies set before an agent of arrest `v` as its partners ("F, in coordination with G,
 * arrested X": F, when G is the agent the event stage read), able to hold people. Empty when none.
 */
export function jointPartners(doc: Annotated, by: readonly number[][], v: EventDraft): number[] {
  const ms = by[v.sentence] ?? [];
  const agents = new Set(v.participants.filter((p) => p.role === 'agent').map((p) => p.entity));
  const out: number[] = [];
  const take = (f: number, g: number) => {
    if (f >= 0 && f !== g && !agents.has(f) && !out.includes(f) && mayArrest(doc, f)) out.push(f);
  };
  for (let i = 1; i < ms.length; i++) {
    const g = doc.mentionEntity[ms[i]];
    if (!agents.has(g)) continue;
    if (JOINT_WITH.test(doc.text.slice(doc.mentions[ms[i - 1]].end, doc.mentions[ms[i]].start)))
      take(doc.mentionEntity[ms[i - 1]], g);
  }
  // ("a joint search by F and G ended with the arrest of X" read with G alone: each body of the list)
  for (const list of listsOf(doc, ms)) {
    if (
      list.length < 2 ||
      !list.some((mi) => agents.has(doc.mentionEntity[mi]) && mayArrest(doc, doc.mentionEntity[mi]))
    )
      continue;
    for (const mi of list) take(doc.mentionEntity[mi], -1);
  }
  return out;
}

/** "Among those", "Those", "the people", "the suspects" right before an arrest's verb */
const THOSE_BEFORE =
  /(?:^|\b(?:among|of)\s+)(?:those|the\s+(?:people|men|women|persons|suspects|individuals|militants))\s+$/i;
/** "by (the) " right after the verb, the body's name to follow */
const BY_AFTER = /^\s+by\s+(?:the\s+)?$/i;
/** what names the people held, after the body: "were", "was", "include", "were named as" */
const NAMING =
  /\b(?:were|was|are|is|include[ds]?|included|(?:were|have\s+been|had\s+been)\s+(?:named|identified)\s+as)\s+/gi;

/**
 * "Among those arrested by F on Sunday were A and B", "Those detained by F include A": the body
 * "by" names after the verb of "those" held is the arrest's doer (not one it took), and the people
 * named after "were"/"include" are whom it took. The body and the people, or null.
 */
export function thoseHeldBy(
  doc: Annotated,
  by: readonly number[][],
  v: EventDraft,
): { body: number; people: number[] } | null {
  const s = doc.seg.sentences[v.sentence];
  const text = doc.text.slice(s.start, s.end);
  const at = text.indexOf(v.trigger);
  if (at < 0 || !THOSE_BEFORE.test(text.slice(0, at))) return null;
  const ms = by[v.sentence] ?? [];
  const from = s.start + at + v.trigger.length;
  const first = ms.find((mi) => doc.mentions[mi].start >= from);
  if (first === undefined || !BY_AFTER.test(doc.text.slice(from, doc.mentions[first].start))) return null;
  const body = doc.mentionEntity[first];
  if (body < 0 || !mayArrest(doc, body)) return null;
  // the people named after the verb that names them, before a relative clause or a semicolon
  const rest = doc.text.slice(doc.mentions[first].end, s.end);
  NAMING.lastIndex = 0;
  const n = NAMING.exec(rest);
  if (!n) return null;
  const start = doc.mentions[first].end + n.index + n[0].length;
  const stop = /\b(?:who|whom|whose|which)\b|;/.exec(doc.text.slice(start, s.end));
  const end = stop ? start + stop.index : s.end;
  const people: number[] = [];
  for (const mi of ms) {
    const m = doc.mentions[mi];
    const e = doc.mentionEntity[mi];
    if (m.start < start || m.end > end || e < 0 || doc.entities[e].type !== 'person') continue;
    if (!people.includes(e)) people.push(e);
  }
  return people.length ? { body, people } : null;
}
