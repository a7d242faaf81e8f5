// Where a dateline ends: "MOGADISHU, Somalia (AP) — ", "Kabul, Aug 20 — ", in any alphabet's
// capitals ("BOGOTÁ, Colombia — ", "ŞIRNAK, Turkey — "). The dateline names
// where the reporter files from, not where anything happened; the parser reads the sentence
// after it on its own (parse.ts) and the event stage takes no place or date from it.

const DATELINE =
  /^\s*\p{Lu}[\p{Lu}.'’-]+(?:[\s,]+\p{Lu}[\p{Lu}.'’-]+)*(?:,\s*\p{Lu}[\p{L}\d_.]+(?:\s+\p{Lu}[\p{L}\d_.]+)*)?(?:,?\s*[A-Z][a-z]{2,4}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\([^()]{2,40}\)\s*)?(?:[—–]|--?|:)\s+/u;

// "Kabul, Aug 20 — ", "Peshawar, March 3 (AFP) - ": a place in title case is a dateline only with its date
const DATELINE_TITLE =
  /^\s*\p{Lu}\p{Ll}[\p{L}\d_.'’-]*(?:\s+\p{Lu}[\p{L}\d_.'’-]+){0,2},\s*(?:\p{Lu}\p{Ll}+,\s*)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?\s*(?:\([^()]{2,40}\)\s*)?(?:[—–]|--?|:)\s+/u;

// "Peshawar (Reuters) - ", "Mogadishu, Somalia — ": a place in title case, with the agency in
// brackets or its country, then a dash set apart by spaces (not "Kabul-based")
const DATELINE_AGENCY =
  /^\s*\p{Lu}\p{Ll}[\p{L}\d_.'’-]*(?:\s+\p{Lu}[\p{L}\d_.'’-]+){0,2}(?:(?:,\s*\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)?\s*\([A-Z][\w. -]{1,30}\)|,\s*\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s+(?:[—–]|--?)\s+/u;

/** Where the dateline at the start of a sentence ends (0 if none). */
export function datelineEnd(sText: string): number {
  const m = DATELINE.exec(sText) ?? DATELINE_TITLE.exec(sText) ?? DATELINE_AGENCY.exec(sText);
  return m ? m[0].length : 0;
}
