// "the DPO said", "the IGP told reporters": an office written by its initials after the person was
// introduced with it spelled out ("District Police Officer X", "Inspector General of Police (Kashmir)
// X", "X, the Deputy Commissioner of P,"). The initials are read off the capitalised title beside
// the name, so no list of offices is needed (issue #10, speakers29).
import { PERSON_TITLES, ROLES } from '../knowledge/titles.js';
import type { Annotated } from './annotated.js';

/** "the DPO", "the IGP", "the CCPO": an office by its initials alone */
export const INITIALS_OFFICE = /^the\s+(\p{Lu}{2,6})$/u;

/** the words that join a title's capitalised words and have no initial of their own */
const JOINER = /^(?:of|for|and|the|&)$/;

/**
 * The acronym is the initials of some consecutive capitalised words of `title` that hold a
 * title or role word ("District Police Officer", "Inspector General of Police (SSP)"): a
 * body's initials ("Counter Terrorism Department (CTD) Inspector") are no office's.
 */
function initialsOfTitle(acronym: string, title: string): boolean {
  const words: string[] = [];
  for (const raw of title.split(/\s+/)) {
    if (!raw) continue;
    // "(SSP)" beside the title it abbreviates, "(Kashmir)" a place: a bracket has no initial
    if (/^\(.*\),?$/.test(raw)) continue;
    const w = raw.replace(/[,.]+$/, '');
    if (JOINER.test(w)) continue;
    if (!/^\p{Lu}/u.test(w)) return false;
    words.push(w);
  }
  const n = acronym.length;
  for (let i = 0; i + n <= words.length; i++) {
    const run = words.slice(i, i + n);
    if (run.map((w) => w[0]).join('') !== acronym) continue;
    if (run.some((w) => PERSON_TITLES.has(w.toLowerCase()) || ROLES.has(w.toLowerCase()))) return true;
  }
  return false;
}

/** the capitalised title just before a name, its joiners and brackets with it: "Inspector General of Police (Kashmir) " */
const TITLE_BEFORE = /((?:(?:\p{Lu}[\p{L}.'’-]*|\([^()]{1,30}\)|of|for|and|the)\s+)+)$/u;
/** the title in apposition after a name: ", the District Police Officer of P" */
const TITLE_AFTER = /^\s*,\s*(?:the\s+)?((?:(?:\p{Lu}[\p{L}.'’-]*|\([^()]{1,30}\)|of|for|and)\s*)+)/u;

/**
 * The person last introduced, within 2,000 characters before `at`, with a title whose initials
 * are `acronym` (before the name, or in apposition after it, in the name's sentence); -1 if none.
 */
export function initialsHolder(doc: Annotated, acronym: string, at: number): number {
  const { text } = doc;
  for (let i = doc.mentions.length - 1; i >= 0; i--) {
    const x = doc.mentions[i];
    if (x.start >= at) continue;
    if (x.end < at - 2000) continue;
    const ei = doc.mentionEntity[i];
    if (ei < 0 || doc.entities[ei].type !== 'person') continue;
    const sent = doc.seg.sentences[x.sentence];
    const before = TITLE_BEFORE.exec(text.slice(Math.max(sent.start, x.start - 90), x.start))?.[1];
    const after = TITLE_AFTER.exec(text.slice(x.end, Math.min(sent.end, x.end + 90)))?.[1];
    if ((before && initialsOfTitle(acronym, before)) || (after && initialsOfTitle(acronym, after))) return ei;
    // "SSP Malir X", "SP X": the initials themselves written as the title, a place at most between
    if (before && writtenBefore(acronym, before)) return ei;
    // (or kept in the name the mentions found: "SP X" as one run)
    if (x.text.startsWith(`${acronym} `) && /^\p{Lu}/u.test(x.text.slice(acronym.length + 1))) return ei;
  }
  return -1;
}

/**
 * The office's initials open the capitalised run before the name, at most two words (the post's
 * district or city, no title) between them and the name: "SSP Malir ", "SP ", "DIG Range "; speakers30.
 */
function writtenBefore(acronym: string, before: string): boolean {
  const words = before.trim().split(/\s+/);
  const i = words.lastIndexOf(acronym);
  if (i < 0 || words.length - 1 - i > 2) return false;
  // "TTP Commander X": the initials of a body before a title are no office
  return !words.slice(i + 1).some((w) => PERSON_TITLES.has(w.toLowerCase()) || ROLES.has(w.toLowerCase()));
}
