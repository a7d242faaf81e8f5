// One date check for every input that takes a date: YYYY, YYYY-MM or YYYY-MM-DD,
// and a day that exists (2015-02-30 and 2024-13-45 do not).

export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  if (Number(mo) < 1 || Number(mo) > 12) return false;
  if (d === undefined) return true;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  return date.getUTCMonth() === Number(mo) - 1 && date.getUTCDate() === Number(d);
}

/** A day that exists, as YYYY-MM-DD. */
export const isIsoDay = (s: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(s) && isIsoDate(s);
