/**
 * Years in a free-text date: "1951-06-19", "19 Jun 1951", "circa 1975",
 * "1960 to 1962" (every year of the range, up to 20), "Between 1975 and 1976".
 */
export function yearsIn(text: string): number[] {
  const out = new Set<number>();
  const range = /\b(1[89]\d\d|20\d\d)\s*(?:to|-|–|and)\s*(1[89]\d\d|20\d\d)\b/g;
  for (const m of text.matchAll(range)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (b >= a && b - a <= 20) for (let y = a; y <= b; y++) out.add(y);
  }
  for (const m of text.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)) out.add(Number(m[1]));
  return [...out].sort((a, b) => a - b);
}
