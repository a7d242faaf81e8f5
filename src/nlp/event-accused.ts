/**
 * The accused of a court report (events27, issue #10). A trial or plea story names the people
 * it is about in a verdict, a charge or a plea, often in two or three groups ("A, B and C were
 * found guilty … D was acquitted", "X entered the plea … His co-defendants, Y and Z, have pleaded
 * not guilty", "The judge convicted A, B and C … A fourth accused, D, was cleared"), then tells
 * their arrest counted ("The four were arrested in March by F"). `accusedBefore` gives those
 * people, read on the words of the sentences before: a group of names (ages and "of P" allowed
 * between them) that is the object of a verdict or charge verb, the subject of such a verb in the
 * passive or of a plea ("pleaded", "entered a plea", "admitted", "denied"), or set beside
 * "co-defendant(s)", "defendant(s)", "accused". The judge who convicts, a witness or a prosecutor
 * is none of them.
 */

import type { Annotated } from './annotated.js';

// right before a group: "convicted ", "sentenced ", "found " (found A guilty), "charged "
const VERDICT_OBJECT =
  /\b(?:convicted|acquitted|sentenced|jailed|charged|indicted|cleared|found|tried|remanded)\s+$/i;
// right before a group: "His co-defendants, ", "A fourth accused, ", "the defendant "
const ACCUSED_NOUN = /\b(?:co-?defendants?|defendants?|co-?accused|accused)\s*,?\s*$/i;
// right after a group (past a phrase set off by commas): a passive verdict or a plea
const VERDICT_AFTER =
  /^(?:\s*,[^;.]{0,80}?,)?\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been|are|is)\s+(?:(?:also|later|each|all|both|jointly)\s+)?(?:found\s+(?:not\s+)?guilty|convicted|acquitted|sentenced|jailed|charged|cleared|indicted|remanded)\b|(?:(?:has|have|had|also)\s+)*(?:pleaded|pled|entered\s+(?:a|the|their|his|her)\s+pleas?|admitted|denied)\b)/i;
// what may stand between two names of one group: ", ", " and ", an age, an origin
// (", 22, of Huddersfield, ", ", 31, of Fredericksburg, Virginia, and ")
const GROUP_GAP =
  /^\s*(?:,\s*\d{1,3})?(?:\s*,\s*(?:of|from)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:\s*,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/;

// "His co-defendants, ", "her co-accused ": the group of the one "his"/"her" stands for
const CO_DEFENDANTS_OF = /\b(?:his|her)\s+co-?(?:defendants?|accused)\s*,?\s*$/i;

const isPerson = (doc: Annotated, mi: number) => doc.entities[doc.mentionEntity[mi]]?.type === 'person';

/**
 * The runs of person mentions among a sentence's mentions, in text order, each next one joined to
 * the one before by what `gap` accepts (commas and "and", with an age or a home town between).
 */
export function personRunsIn(doc: Annotated, ms: readonly number[], gap: RegExp): number[][] {
  const out: number[][] = [];
  let cur: number[] = [];
  for (const mi of ms) {
    if (!isPerson(doc, mi)) continue;
    const prev = cur.at(-1);
    if (prev !== undefined && gap.test(doc.text.slice(doc.mentions[prev].end, doc.mentions[mi].start)))
      cur.push(mi);
    else {
      if (cur.length) out.push(cur);
      cur = [mi];
    }
  }
  if (cur.length) out.push(cur);
  return out;
}

/**
 * The people (entity ids, in the order first named) the court report in the `back` sentences
 * before sentence `si` names as accused.
 */
export function accusedBefore(doc: Annotated, by: readonly number[][], si: number, back = 30): number[] {
  const out: number[] = [];
  for (let k = Math.max(0, si - back); k < si; k++) {
    const s = doc.seg.sentences[k];
    for (const g of personRunsIn(doc, by[k] ?? [], GROUP_GAP)) {
      const first = doc.mentions[g[0]];
      const last = doc.mentions[g[g.length - 1]];
      const before = doc.text.slice(Math.max(s.start, first.start - 40), first.start);
      const after = doc.text.slice(last.end, s.end);
      if (!VERDICT_OBJECT.test(before) && !ACCUSED_NOUN.test(before) && !VERDICT_AFTER.test(after)) continue;
      // (events28) "X … His co-defendants, A and B, were convicted": whose co-defendants they are,
      // the last person named before them (this sentence or the one before), is accused too
      if (CO_DEFENDANTS_OF.test(before)) {
        const x = personBefore(doc, by, k, first.start);
        if (x >= 0 && !out.includes(x)) out.push(x);
      }
      for (const mi of g) {
        const e = doc.mentionEntity[mi];
        if (!out.includes(e)) out.push(e);
      }
    }
  }
  return out;
}

/**
 * The entity of the last person named before offset `at`, in sentence `si` or the one before
 * (-1 when none): whom "his"/"her" right before `at` stands for.
 */
function personBefore(doc: Annotated, by: readonly number[][], si: number, at: number): number {
  for (let k = si; k >= Math.max(0, si - 1); k--) {
    const ms = by[k] ?? [];
    for (let i = ms.length - 1; i >= 0; i--)
      if (doc.mentions[ms[i]].end <= at && isPerson(doc, ms[i])) return doc.mentionEntity[ms[i]];
  }
  return -1;
}
