// "“…” The warning came from X." / "“…” Those were the words of X, a teacher.": a quote that
// is a whole sentence, whose owner the next sentence names through a noun of words
// (speakers30, issue #10). Only the one sentence after the quote is read.
import { type Annotated, sentenceAt } from './annotated.js';

/** nouns for what someone says, singular or plural */
const WORDS_NOUN =
  '(?:message|warning|reply|answer|response|word|verdict|advice|plea|appeal|demand|promise|vow|retort|explanation|assessment|remark|comment|statement|assurance|threat|admission|claim|description|account)s?';

/**
 * The sentence opens on the words ("The warning", "Those were the words", "That was the
 * assessment") and reaches the owner through "from", "of" or "by", a description of three
 * lower-case words at most before the name ("from district chief X").
 */
const OPENS_ON_WORDS = new RegExp(
  `^\\s*(?:The|That|This|Those|These|Such)\\s+(?:(?:was|were|is|are)\\s+)?(?:the\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}?${WORDS_NOUN}\\s+(?:(?:came|come|comes|was\\s+delivered|were\\s+delivered)\\s+)?(?:from|of|by)\\s+(?:(?:the|a|an)\\s+)?(?:[\\p{Ll}-]+\\s+){0,3}$`,
  'u',
);

/**
 * The mention (a person or organisation) that the sentence right after a quote names as the
 * owner of its words, or -1. `end` is where the quote's closing mark ends; the quote must end
 * its sentence (nothing but space before the next one).
 */
export function ownerAfter(
  doc: Annotated,
  bySentence: readonly number[][],
  end: number,
  entityOk: (mi: number) => boolean,
): number {
  const { text, seg } = doc;
  const si = sentenceAt(doc, end);
  const next = seg.sentences[si] && seg.sentences[si].start < end ? si + 1 : si;
  const s = seg.sentences[next];
  if (!s || text.slice(end, s.start).trim()) return -1;
  // the first name of the sentence, within its first 80 characters
  let first = -1;
  for (const mi of bySentence[next] ?? [])
    if (first < 0 || doc.mentions[mi].start < doc.mentions[first].start) first = mi;
  if (first < 0 || doc.mentions[first].start > s.start + 80) return -1;
  return OPENS_ON_WORDS.test(text.slice(s.start, doc.mentions[first].start)) && entityOk(first) ? first : -1;
}
