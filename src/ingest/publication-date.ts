import { MONTH_NAMES } from '../knowledge/calendar.js';

const MONTHS = MONTH_NAMES.map((m) => m.toLowerCase());

const pad = (n: number) => String(n).padStart(2, '0');

function ymd(y: number, m: number, d?: number): string | null {
  if (m < 1 || m > 12) return null;
  if (d === undefined) return `${y}-${pad(m)}`;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d >= 1 && d <= days ? `${y}-${pad(m)}-${pad(d)}` : null;
}

/** 1–12 for a month name or its abbreviation of three letters or more ("Sept.", "Dec"). */
function month(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return undefined;
  const i = MONTHS.findIndex((name) => name.startsWith(w));
  return i < 0 ? undefined : i + 1;
}

/**
 * A publication date as an ISO prefix (YYYY, YYYY-MM or YYYY-MM-DD), from the shapes
 * articles and feeds use: ISO dates and datetimes, "May 15, 2014", "15 May 2014",
 * "May 2014", "2014/05/15", RFC 2822 ("Thu, 15 May 2014 10:00:00 GMT"). Numeric
 * day/month orders other than year-first are ambiguous and give null.
 */
export function normaliseDate(raw: string): string | null {
  const s = raw.trim();
  let m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|[T ]\d)/.exec(s);
  if (m) {
    const y = Number(m[1]);
    if (!m[2]) return m[1];
    return ymd(y, Number(m[2]), m[3] ? Number(m[3]) : undefined);
  }
  if ((m = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(s))) return ymd(+m[1], +m[2], +m[3]);
  // "Thursday, May 15, 2014" / "May 15th, 2014"
  const noWeekday = s.replace(/^[A-Za-z]+,\s*(?=[A-Za-z]+\.?\s+\d|\d)/, '');
  if ((m = /^([A-Za-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(noWeekday))) {
    const mo = month(m[1]);
    return mo ? ymd(+m[3], mo, +m[2]) : null;
  }
  // "15 May 2014", "15th May, 2014", RFC 2822
  if ((m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+\.?),?\s+(\d{4})\b/.exec(noWeekday))) {
    const mo = month(m[2]);
    return mo ? ymd(+m[3], mo, +m[1]) : null;
  }
  if ((m = /^([A-Za-z]+\.?),?\s+(\d{4})$/.exec(noWeekday))) {
    const mo = month(m[1]);
    return mo ? ymd(+m[2], mo) : null;
  }
  return null;
}
