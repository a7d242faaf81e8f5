// Where a dateline ends: "MOGADISHU, Somalia (AP) — ", "Kabul, Aug 20 — ". The dateline names
// where the reporter files from, not where anything happened; the parser reads the sentence
// after it on its own (parse.ts) and the event stage takes no place or date from it.

const DATELINE =
  /^\s*[A-Z][A-Z.'’-]+(?:[\s,]+[A-Z][A-Z.'’-]+)*(?:,\s*[A-Z][\w.]+(?:\s+[A-Z][\w.]+)*)?(?:,?\s*[A-Z][a-z]{2,4}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\([^()]{2,40}\)\s*)?(?:[—–]|--?|:)\s+/;

// "Kabul, Aug 20 — ", "Peshawar, March 3 (AFP) - ": a place in title case is a dateline only with its date
const DATELINE_TITLE =
  /^\s*[A-Z][a-z][\w.'’-]*(?:\s+[A-Z][\w.'’-]+){0,2},\s*(?:[A-Z][a-z]+,\s*)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?\s*(?:\([^()]{2,40}\)\s*)?(?:[—–]|--?|:)\s+/;

// "Peshawar (Reuters) - ", "Mogadishu, Somalia — ": a place in title case, with the agency in
// brackets or its country, then a dash set apart by spaces (not "Kabul-based")
const DATELINE_AGENCY =
  /^\s*[A-Z][a-z][\w.'’-]*(?:\s+[A-Z][\w.'’-]+){0,2}(?:(?:,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?\s*\([A-Z][\w. -]{1,30}\)|,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:[—–]|--?)\s+/;

/** Where the dateline at the start of a sentence ends (0 if none). */
export function datelineEnd(sText: string): number {
  const m = DATELINE.exec(sText) ?? DATELINE_TITLE.exec(sText) ?? DATELINE_AGENCY.exec(sText);
  return m ? m[0].length : 0;
}
