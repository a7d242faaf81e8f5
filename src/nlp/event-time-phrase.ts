// An act noun in a phrase of time set before the sentence's own act (events21): "Hours after
// Monday's raid, U.S. jets bombed …", "Following the bombing, police raided …", "Two days
// before the raid, gunmen ambushed …". The noun only tells when; the act of the sentence is the
// later word of the same type, which the trigger reader would otherwise never try (it keeps one
// event per type per sentence).

// the phrase of time, from the start of the sentence (or a comma) up to the noun
const TIME_PHRASE_BEFORE =
  /(?:^|[,;]\s*)\W*(?:(?:[\w'’-]+\s+){0,3}?(?:after|before|following|since|in\s+the\s+wake\s+of)|(?:after|before|following|since))\s+(?:(?:the|an?|its|their|this|that|[\w'’.-]+['’]s)\s+)?(?:[\w'’-]+\s+){0,2}$/i;

/**
 * True when the match at `index` of `sText` is an act noun in a phrase of time that ends at a
 * comma before a later match (`laterAt`) of the same type.
 */
export function actNounOfTime(sText: string, index: number, length: number, laterAt: number[]): boolean {
  if (!TIME_PHRASE_BEFORE.test(sText.slice(Math.max(0, index - 80), index))) return false;
  const close = sText.indexOf(',', index + length);
  return close >= 0 && laterAt.some((at) => at > close);
}
