/**
 * Who made an arrest, or a killing told in the passive, when the trigger stage found nobody
 * (events11):
 * - "X was arrested by the counter-terrorism squad Densus 88", "was detained by the elite
 *   police unit F": the body named after "by" and a description of it in plain words (the
 *   parser often hangs such a phrase elsewhere, so it is read on the words of the trigger's
 *   own stretch);
 * - "The Counter Terrorism Department said two men were captured in a raid", "F said a
 *   suspected recruiter had been arrested": the security force that reports an arrest whose
 *   doer the sentence does not name made it (`forceSaying`: the subject of the verb of saying
 *   the arrest's clause hangs on). Not for a killing: who reports a death did not cause it.
 */

import type { Role } from '../types.js';
import type { Annotated } from './annotated.js';
import { orgKind } from './attributes.js';
import { forceSaying } from './event-force-speaker.js';
import { speechLemma } from './speech.js';
import { children, headOf, mentionAt, relOf, subtreeSpan, uposOf } from './syntax.js';

// "by" and up to four words of description in lower case, none a preposition, a conjunction or
// a relative word ("by a drone strike on G" names G as the target, not the doer)
const BY_DESCRIBED =
  /^[^,;.:()]*?\bby\s+(?:the\s+|an?\s+)?(?:(?!(?:of|on|in|at|near|from|against|for|with|to|into|over|and|or|but|after|before|during|while|who|which|that|whose|its|their|his|her)\s)[\p{Ll}-]+\s+){1,4}$/u;

// "by officers from F", "by agents of the F", "by a team of detectives from F": the people of a
// body stand for it (events29)
const BY_PEOPLE_OF =
  /^[^,;.:()]*?\bby\s+(?:the\s+|an?\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:officers|agents|operatives|personnel|troops|soldiers|detectives|commandos|investigators|(?:a\s+)?(?:team|unit|squad)\s+of\s+(?:[\p{Ll}-]+\s+){0,2}(?:officers|agents|detectives|investigators))\s+(?:of|from)\s+(?:the\s+)?$/u;
// a list of places read as one ("A, B and C" stand as one mark)
const PLACE_LIST = /§(?:\s*,\s*§)*(?:,?\s+(?:and|or)\s+§)?/g;

/**
 * Adds the doer of the arrest or passive killing at trigger token `t` (ending at `end`) to
 * `participants` when they name no agent: the body "by" a description names, among the
 * mentions `after` the trigger; for an arrest, else the security force that reports it.
 */
export function arrestingBody(
  participants: { role: Role; entity: number }[],
  doc: Annotated,
  si: number,
  t: number,
  end: number,
  after: number[],
  passive: boolean,
  arrest: boolean,
): void {
  if (participants.some((p) => p.role === 'agent')) return;
  let agent = -1;
  if (passive) {
    // (the places passed are read as one word, so a list of them holds no clause's comma:
    // "arrested in raids in A, B and C by officers from F")
    let stretch = '';
    let from = end;
    for (const mi of after) {
      const m = doc.mentions[mi];
      const e = doc.mentionEntity[mi];
      stretch += doc.text.slice(from, m.start);
      from = m.end;
      if (doc.entities[e].type === 'place') {
        stretch += '§';
        continue;
      }
      const gap = stretch.replace(PLACE_LIST, '§');
      if (BY_DESCRIBED.test(gap) || BY_PEOPLE_OF.test(gap)) agent = e;
      break;
    }
  }
  if (agent < 0 && arrest) agent = forceSaying(doc, si, t);
  if (agent < 0 && arrest) agent = forceSayingOverObject(doc, t);
  if (agent >= 0 && !participants.some((p) => p.entity === agent))
    participants.push({ role: 'agent', entity: agent });
}

/**
 * "F said officers detained three men": the parser reads the reported clause's subject as the
 * object of "said" and the arrest's verb as a clause on that noun (acl). The security force
 * that is the subject of that verb of saying, or -1.
 */
function forceSayingOverObject(doc: Annotated, t: number): number {
  if (t < 0 || !doc.syntax || relOf(doc, t) !== 'acl') return -1;
  const n = headOf(doc, t);
  if (n < 0 || relOf(doc, n) !== 'obj' || uposOf(doc, n) !== 'NOUN') return -1;
  const say = headOf(doc, n);
  const { start, end } = doc.seg.tokens;
  if (
    say < 0 ||
    uposOf(doc, say) !== 'VERB' ||
    !speechLemma(doc.text.slice(start[say], end[say]).toLowerCase())
  )
    return -1;
  const subj = children(doc, say).find((k) => relOf(doc, k) === 'nsubj');
  if (subj === undefined) return -1;
  const span = subtreeSpan(doc, subj);
  for (let k = span.tFirst; k < span.tLast; k++) {
    const mi = mentionAt(doc, k);
    // (a mention no entity took, such as a bare "Police", stands for none)
    const e = mi < 0 ? -1 : doc.mentionEntity[mi];
    if (e < 0) continue;
    const x = doc.entities[e];
    if (x.type === 'organization' && orgKind(x.surfaces, x.kind) === 'security agency') return e;
  }
  return -1;
}
