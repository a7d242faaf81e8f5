// Finds date expressions in English news text and resolves them to ISO prefixes
// (`2014`, `2014-07`, `2014-07-13`) against the publication date.
//
// One precompiled alternation scans the text; each branch is also compiled on its
// own, anchored, to pull the parts out of a hit. Context that a regex cannot judge
// cheaply (is "2000" a year or a head count? is "May" a month?) is checked in code,
// only for candidate hits.

import { MONTH_NAMES, WEEKDAY_NAMES } from '../knowledge/calendar.js';
import { NUMBER_WORDS } from '../knowledge/numbers.js';

type DatePrecision = 'year' | 'month' | 'day';

export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** ISO prefix, or null when the expression cannot be pinned down (text is kept). */
  value: string | null;
  /** Precision of `value`; null exactly when `value` is null. */
  precision: DatePrecision | null;
  /** True when the expression needs the publication date to be resolved ("last year", "13th July"). */
  relative: boolean;
  /**
   * Days from the date the text told last, for "two days later", "the next day", "a day
   * earlier" (value is null: the reader that knows that date resolves it, see `shiftDay`).
   */
  shift?: number;
  /** the shifted day is known only to its month ("the previous week") */
  shiftMonth?: boolean;
  /**
   * Months from the date the text told last, for "two months later", "a year earlier" (value
   * is null; the result is known to the month, see `shiftMonths`).
   */
  shiftMonths?: number;
}

interface ResolvedDate {
  value: string | null;
  precision: DatePrecision | null;
}

// ---------------------------------------------------------------- vocabulary

// Month and weekday names are knowledge/calendar.ts's.

// Month and weekday names count only when capitalised (or in a shouted headline):
// "may", "march" and "will" in lower case are words, not dates.
const titleOrUpper = (names: readonly string[]) => names.flatMap((n) => [n, n.toUpperCase()]).join('|');
const MONTH_FULL = `(?:${titleOrUpper(MONTH_NAMES)})\\b`;
const MONTH_ABBR = '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\\.|\\b)';
const MONTH = `(?:${MONTH_FULL}|${MONTH_ABBR})`;
const WEEKDAY = `(?:${titleOrUpper(WEEKDAY_NAMES)})\\b`;
const DAY = '(?:3[01]|[12]\\d|0?[1-9])(?!\\d)(?:st|nd|rd|th)?\\b';
const YEAR = '(?:19|20)\\d\\d(?!\\d)';
const NUM_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty';
const NUM = `(?:\\d{1,3}|${NUM_WORDS}|${NUM_WORDS.replace(/\b([a-z])/g, (c) => c.toUpperCase())})`;
// "early 2016", "mid-2015", "the end of last year": the modifier is kept in the text
// but does not change the value.
const MOD =
  '(?:(?:[Ee]arl(?:y|ier)|[Ll]ater?|[Mm]id)(?:-|\\s+)(?:in\\s+)?|(?:[Tt]he\\s+)?(?:end|beginning|start|middle|first\\s+half|second\\s+half)\\s+of\\s+)';
// "July 13, 2014" takes a comma; "13th July, last year" is a list, not one date.
const YEAR_TAIL = `(?:,?\\s+(${YEAR})|\\s+(this|last|next)\\s+year\\b)`;
const UNIT = '(days?|weeks?|months?|years?|decades?)\\b';

interface Branch {
  name: string;
  /** Lookbehind placed before the body in the scanner only. */
  pre?: string;
  /** Body with numbered captures; parsed again on its own, anchored. */
  body: string;
  /** Lookahead placed after the body in the scanner only. */
  post?: string;
}

// Order matters: at one start position the first branch that matches wins, so
// longer forms come before their prefixes.
const BRANCHES: Branch[] = [
  {
    name: 'iso',
    pre: '(?<![\\w-])',
    body: '((?:19|20)\\d\\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])',
    post: '(?![\\d-])',
  },
  {
    name: 'slash',
    pre: '(?<![\\w/.-])',
    body: '(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d\\d)',
    post: '(?![\\w/])',
  },
  // "Thursday, May 29, 2014", "Sept. 7", "July 13th this year"
  { name: 'mdy', body: `(?:(${WEEKDAY}),?\\s+)?(?:${MOD})?(${MONTH})\\s*(${DAY})${YEAR_TAIL}?` },
  // "Sunday 13 July 2014", "13th of July", "19th July"
  {
    name: 'dmy',
    // A hyphen before the day is allowed only in a day span ("14-15 June").
    pre: '(?<![\\w$.,:/]|(?<!(?:^|\\D)\\d{1,2}(?:st|nd|rd|th)?)[-–])',
    body: `(?:(${WEEKDAY}),?\\s+)?(?:[Tt]he\\s+)?(${DAY})\\s+(?:of\\s+)?(${MONTH})${YEAR_TAIL}?`,
  },
  // "March 2014", "late January 2015", "March this year", "March of last year"
  {
    name: 'my',
    body: `(?:${MOD})?(${MONTH}),?\\s+(?:of\\s+)?(?:(${YEAR})|(this|last|next)\\s+year\\b)`,
  },
  // "early June", "the end of March"
  { name: 'modMonth', body: `(?:${MOD})(${MONTH_FULL})` },
  // A bare month name is a date only after a preposition ("in March", not "the March on Islamabad").
  {
    name: 'bareMonth',
    // ("as recently as September", "as early as March": the month the act was told in)
    pre: '(?<=\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Dd]uring|[Tt]hrough|[Bb]y|[Ff]rom|[Bb]efore|[Aa]fter|[Oo]f|[Aa]s\\s+(?:recently|early|late)\\s+as)\\s+)',
    body: `(${MONTH_FULL})`,
  },
  {
    name: 'season',
    body: `(?:${MOD})?(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\\s+(?:of\\s+)?(${YEAR})`,
  },
  { name: 'monthRel', body: `([Ll]ast|[Tt]his|[Nn]ext)\\s+(${MONTH_FULL})`, post: '(?!\\s*\\d)' },
  { name: 'decade', pre: '(?<![\\w$])', body: `(?:${MOD})?(?:[Tt]he\\s+)?((?:19|20)\\d0)'?s\\b` },
  {
    name: 'relPeriod',
    pre: '(?<!\\b[Tt]he\\s+)',
    body: `(?:${MOD})?([Tt]his|[Ll]ast|[Nn]ext)\\s+(year|month|week)\\b`,
  },
  {
    name: 'ago',
    pre: '(?<![\\w-])',
    body: `(?:(${NUM}|[Aa]n?|[Aa]\\s+few|[Ss]everal|[Aa]\\s+couple\\s+of|[Ff]ew)\\s+)?${UNIT}\\s+ago\\b`,
  },
  // "two days later", "a week earlier", "the next day", "the following morning", "the day before",
  // "later that day", "the same day", "hours later", "two months later", "a year earlier":
  // days counted from the date the text told last (not followed by a noun: "a week after the attack"
  // counts from that attack)
  {
    name: 'shifted',
    pre: '(?<![\\w-])',
    body: `(?:(${NUM}|[Aa]n?)\\s+(days?|weeks?|months?|years?)\\s+(later|earlier)|[Tt]he\\s+(next|following|previous)\\s+(day|morning|afternoon|evening|night)|[Tt]he\\s+day\\s+(before|after)\\b(?!\\s+(?:the|a|an|his|her|its|their|[A-Z]\\w+)\\b)|(?:[Ll]ater\\s+that|[Tt]hat\\s+same|[Tt]he\\s+same|[Ee]arlier\\s+that)\\s+(day|morning|afternoon|evening|night)|([Hh]ours|[Mm]inutes)\\s+later|[Tt]he\\s+(previous|following)\\s+week|[Tt]he\\s+week\\s+(before|after)\\b(?!\\s+(?:the|a|an|his|her|its|their|[A-Z]\\w+)\\b)|(${NUM}|[Aa]n?)\\s+(days?|weeks?)\\s+(after|before)(?=$|\\s+(?:the|that|this)\\s+(?:[\\w-]+\\s+)?(?:attack|bombing|blast|assault|ambush|raid|killing|explosion|massacre|arrest|abduction|kidnapping)s?\\b))\\b`,
  },
  // "over the weekend", "last weekend": the Saturday and Sunday before publication
  {
    name: 'weekend',
    pre: '(?<![\\w-])',
    body: '(?:(?:[Oo]ver|[Aa]t|[Dd]uring)\\s+the|([Ll]ast|[Tt]his|[Tt]his\\s+past))\\s+weekend\\b',
  },
  {
    name: 'vague',
    pre: '(?<![\\w-])',
    body: `(?:[Tt]he\\s+(?:past|last|previous|following|next|coming)\\s+(?:(?:${NUM}|few|several|couple\\s+of)\\s+)?|[Rr]ecent\\s+)${UNIT}`,
  },
  {
    name: 'dayWord',
    pre: '(?<![\\w-])',
    body: '([Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|[Ll]ast\\s+night|[Tt]his\\s+(?:morning|afternoon|evening))\\b',
  },
  // Holiday and event names ("Good Friday", "Bloody Sunday") and newspapers
  // ("The Sunday Times", "The Friday Times", "Mail on Sunday") are not dates.
  {
    name: 'weekday',
    pre: '(?<!\\b(?:Good|Black|Bloody|Ash|Easter|Palm|Super|Cyber|Holy|Maundy|Mail\\s+on|Mail\\s+On)\\s+)',
    body: `(?:([Ll]ast|[Tt]his\\s+past|[Tt]his|[Nn]ext)\\s+)?(${WEEKDAY})(?:\\s+(?:morning|afternoon|evening|night)\\b)?`,
    post: '(?!\\s+(?:Times|Telegraph|Express|Mail|Mirror|Post|Herald|Tribune|Independent|Star|Observer|Review|Magazine|Sport)\\b)',
  },
  {
    name: 'year',
    // Years in paths ("/news/2003/12/") are not dates of the story.
    body: `(?:${MOD})?(?<![\\w$£€#/]|\\d[-.,:])(${YEAR})(?:([-–/])((?:19|20)\\d\\d|\\d\\d)(?![\\d-]))?`,
    post: '(?![\\d%/]|[.,]\\d|[-–]\\d|\\s*(?:%|per\\s?cent\\b|percent\\b))',
  },
];

// Every branch starts with a word character, so a leading \b keeps "Blast year" or
// "TheMarch 5" from matching mid-word and lets the engine skip most positions. The
// lookahead (a word character next) says the same once more for the engine: at a word's
// end \b holds too, and without it every branch's lookbehind would be tried there before
// its first letter fails (the scan took ~30% less time over the bench's sentences).
const SCANNER = new RegExp(
  `\\b(?=\\w)(?:${BRANCHES.map((b) => `(?<${b.name}>${b.pre ?? ''}${b.body}${b.post ?? ''})`).join('|')})`,
  'g',
);
const AT_POSITION = new RegExp(SCANNER.source, 'y');
// Text kept on each side of a range: longer than any lookbehind or lookahead in the branches.
const CONTEXT = 40;
const PARSERS = new Map(BRANCHES.map((b) => [b.name, new RegExp(`^(?:${b.body})$`)]));

// ---------------------------------------------------------------- expression model

type Spec =
  | { kind: 'abs'; y: number | null; m: number | null; d: number | null }
  | { kind: 'yearRel'; off: number; m: number | null; d: number | null }
  | { kind: 'monthRel'; off: number }
  | { kind: 'dayRel'; off: number }
  | { kind: 'weekRel'; off: number }
  | { kind: 'weekend' }
  | { kind: 'namedMonth'; m: number; mode: 'last' | 'this' | 'next' }
  | { kind: 'weekday'; wd: number; mode: 'onOrBefore' | 'before' | 'sameWeek' | 'after' }
  | { kind: 'shifted'; days: number; month?: boolean; months?: number }
  | { kind: 'none'; relative: boolean };

function monthIndex(word: string): number {
  const key = word.slice(0, 3).toLowerCase();
  return MONTH_NAMES.findIndex((n) => n.slice(0, 3).toLowerCase() === key) + 1;
}

function weekdayIndex(word: string): number {
  const key = word.slice(0, 3).toLowerCase();
  return WEEKDAY_NAMES.findIndex((n) => n.slice(0, 3).toLowerCase() === key);
}

const yearOffset = (w: string) => (/^last/i.test(w) ? -1 : /^next/i.test(w) ? 1 : 0);

/** A day-month with an explicit year, a relative year word, or neither. */
function withYearTail(m: number, d: number | null, year?: string, rel?: string): Spec {
  if (year) return { kind: 'abs', y: +year, m, d };
  if (rel) return { kind: 'yearRel', off: yearOffset(rel), m, d };
  return { kind: 'abs', y: null, m, d };
}

function toSpec(branch: string, g: string[]): Spec {
  switch (branch) {
    case 'iso':
      return { kind: 'abs', y: +g[1], m: +g[2], d: +g[3] };
    case 'slash': {
      // US order unless the first number cannot be a month (South Asian papers write 15/05/2014).
      const a = +g[1];
      const b = +g[2];
      const [m, d] = a > 12 && b <= 12 ? [b, a] : [a, b];
      return { kind: 'abs', y: +g[3], m, d };
    }
    case 'mdy':
      return withYearTail(monthIndex(g[2]), parseInt(g[3], 10), g[4], g[5]);
    case 'dmy':
      return withYearTail(monthIndex(g[3]), parseInt(g[2], 10), g[4], g[5]);
    case 'my':
      return withYearTail(monthIndex(g[1]), null, g[2], g[3]);
    case 'season':
      return { kind: 'abs', y: +g[1], m: null, d: null };
    case 'monthRel': {
      const w = g[1].toLowerCase();
      return {
        kind: 'namedMonth',
        m: monthIndex(g[2]),
        mode: w === 'last' ? 'last' : w === 'next' ? 'next' : 'this',
      };
    }
    case 'bareMonth':
    case 'modMonth':
      return { kind: 'abs', y: null, m: monthIndex(g[1]), d: null };
    case 'decade':
      return { kind: 'none', relative: false };
    case 'relPeriod': {
      const off = yearOffset(g[1]);
      const unit = g[2].toLowerCase();
      if (unit === 'year') return { kind: 'yearRel', off, m: null, d: null };
      if (unit === 'month') return { kind: 'monthRel', off };
      return { kind: 'weekRel', off };
    }
    case 'ago': {
      const raw = g[1]?.toLowerCase();
      const n = raw === undefined ? Number.NaN : /^\d/.test(raw) ? +raw : (NUMBER_WORDS[raw] ?? Number.NaN);
      const unit = g[2].toLowerCase().replace(/s$/, '');
      if (Number.isNaN(n) || unit === 'decade') return { kind: 'none', relative: true };
      if (unit === 'year') return { kind: 'yearRel', off: -n, m: null, d: null };
      if (unit === 'month') return { kind: 'monthRel', off: -n };
      return { kind: 'dayRel', off: unit === 'week' ? -7 * n : -n };
    }
    case 'shifted': {
      // "later that day", "the same day", "hours later": the day told last
      if (g[7] || g[8]) return { kind: 'shifted', days: 0 };

      // "the previous week", "the week after": a week from the day told last, known to the month
      if (g[9] || g[10]) {
        const back = (g[9] ?? g[10]).toLowerCase();
        return { kind: 'shifted', days: back === 'previous' || back === 'before' ? -7 : 7, month: true };
      }
      // "two days after the attack", "a day before the bombing": counted from the act told last
      if (g[11]) {
        const k = g[11].toLowerCase();
        const n = /^\d/.test(k) ? +k : /^an?$/.test(k) ? 1 : (NUMBER_WORDS[k] ?? Number.NaN);
        if (Number.isNaN(n)) return { kind: 'none', relative: true };
        const days = n * (/^week/i.test(g[12]) ? 7 : 1);
        return { kind: 'shifted', days: g[13].toLowerCase() === 'before' ? -days : days };
      }
      if (g[6]) return { kind: 'shifted', days: g[6] === 'before' ? -1 : 1 };
      if (g[4]) return { kind: 'shifted', days: g[4].toLowerCase() === 'previous' ? -1 : 1 };
      const raw = g[1].toLowerCase();
      const n = /^\d/.test(raw) ? +raw : /^an?$/.test(raw) ? 1 : (NUMBER_WORDS[raw] ?? Number.NaN);
      if (Number.isNaN(n)) return { kind: 'none', relative: true };
      // "two months later", "a year earlier": months from the date told last, known to the month
      if (/^(?:month|year)/i.test(g[2])) {
        const months = n * (/^year/i.test(g[2]) ? 12 : 1);
        return { kind: 'shifted', days: 0, months: g[3].toLowerCase() === 'earlier' ? -months : months };
      }
      const days = n * (/^week/i.test(g[2]) ? 7 : 1);
      return { kind: 'shifted', days: g[3].toLowerCase() === 'earlier' ? -days : days };
    }
    case 'vague':
      return { kind: 'none', relative: true };
    case 'weekend':
      return { kind: 'weekend' };
    case 'dayWord': {
      const w = g[1].toLowerCase();
      if (w === 'yesterday' || /^last\s/.test(w)) return { kind: 'dayRel', off: -1 };
      if (w === 'tomorrow') return { kind: 'dayRel', off: 1 };
      return { kind: 'dayRel', off: 0 };
    }
    case 'weekday': {
      const w = (g[1] ?? '').toLowerCase();
      const mode =
        w === 'last' || /past/.test(w)
          ? 'before'
          : w === 'this'
            ? 'sameWeek'
            : w === 'next'
              ? 'after'
              : 'onOrBefore';
      return { kind: 'weekday', wd: weekdayIndex(g[2]), mode };
    }
    case 'year': {
      // "2015-08" is a month; "2014-15" and "2014/15" are spans (fiscal years) and keep their first year.
      const y = +g[1];
      const n = g[3]?.length === 2 ? +g[3] : 0;
      if (g[2] === '-' && n >= 1 && n <= 12 && n <= y % 100) return { kind: 'abs', y, m: n, d: null };
      return { kind: 'abs', y, m: null, d: null };
    }
  }
  return { kind: 'none', relative: false };
}

// ---------------------------------------------------------------- calendar arithmetic

interface Pub {
  y: number;
  m: number | null;
  d: number | null;
}

const DAY_MS = 86_400_000;
const dayNum = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / DAY_MS;
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, '0');

function fromDayNum(n: number): { y: number; m: number; d: number } {
  const dt = new Date(n * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

function parsePublished(published: string | null): Pub | null {
  const m = published ? /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(published) : null;
  if (!m) return null;
  const y = +m[1];
  const mo = m[2] ? +m[2] : null;
  const d = m[3] ? +m[3] : null;
  if (mo !== null && (mo < 1 || mo > 12)) return { y, m: null, d: null };
  if (mo !== null && d !== null && (d < 1 || d > daysInMonth(y, mo))) return { y, m: mo, d: null };
  return { y, m: mo, d };
}

function iso(y: number, m: number | null, d: number | null): ResolvedDate {
  if (y < 1000 || y > 9999) return NONE;
  if (m === null) return { value: String(y), precision: 'year' };
  if (m < 1 || m > 12) return NONE;
  if (d === null) return { value: `${y}-${pad(m)}`, precision: 'month' };
  if (d < 1 || d > daysInMonth(y, m)) return NONE;
  return { value: `${y}-${pad(m)}-${pad(d)}`, precision: 'day' };
}

const NONE: ResolvedDate = { value: null, precision: null };
const fromDay = (n: number) => {
  const { y, m, d } = fromDayNum(n);
  return iso(y, m, d);
};

/** The coarsest ISO prefix shared by every day in [a, b]. */
function commonPrefix(a: number, b: number): ResolvedDate {
  const x = fromDayNum(a);
  const z = fromDayNum(b);
  if (x.y !== z.y) return NONE;
  if (x.m !== z.m) return iso(x.y, null, null);
  return iso(x.y, x.m, x.d === z.d ? x.d : null);
}

// News reports the past: a day-month without a year is taken to be in the
// publication year unless that would put it more than a week after publication.
const FUTURE_SLACK_DAYS = 7;

function resolveSpec(spec: Spec, pub: Pub | null): ResolvedDate {
  switch (spec.kind) {
    case 'none':
      return NONE;
    case 'abs': {
      if (spec.y !== null) return iso(spec.y, spec.m, spec.d);
      if (!pub || spec.m === null) return NONE;
      // Latest day the publication date could be, so a month-only or year-only date never pushes back a year.
      const pubEnd =
        pub.m === null ? dayNum(pub.y, 12, 31) : dayNum(pub.y, pub.m, pub.d ?? daysInMonth(pub.y, pub.m));
      if (spec.d === null) {
        return iso(pub.m !== null && spec.m > pub.m ? pub.y - 1 : pub.y, spec.m, null);
      }
      const sameYear = dayNum(pub.y, spec.m, Math.min(spec.d, daysInMonth(pub.y, spec.m)));
      return iso(sameYear > pubEnd + FUTURE_SLACK_DAYS ? pub.y - 1 : pub.y, spec.m, spec.d);
    }
    case 'yearRel':
      return pub ? iso(pub.y + spec.off, spec.m, spec.d) : NONE;
    case 'monthRel': {
      if (!pub || pub.m === null) return NONE;
      const total = pub.y * 12 + (pub.m - 1) + spec.off;
      return iso(Math.floor(total / 12), (total % 12) + 1, null);
    }
    case 'namedMonth': {
      if (!pub) return NONE;
      if (spec.mode === 'this') return iso(pub.y, spec.m, null);
      if (pub.m === null) return NONE;
      if (spec.mode === 'last') return iso(spec.m < pub.m ? pub.y : pub.y - 1, spec.m, null);
      return iso(spec.m > pub.m ? pub.y : pub.y + 1, spec.m, null);
    }
    case 'dayRel':
      return pub?.d != null && pub.m !== null ? fromDay(dayNum(pub.y, pub.m, pub.d) + spec.off) : NONE;
    case 'weekRel': {
      if (!pub || pub.m === null || pub.d == null) return NONE;
      const p = dayNum(pub.y, pub.m, pub.d);
      const monday = p - ((new Date(p * DAY_MS).getUTCDay() + 6) % 7) + 7 * spec.off;
      // "this week" in a report covers the days up to publication.
      return commonPrefix(monday, spec.off === 0 ? p : monday + 6);
    }
    case 'weekend': {
      // the last Saturday and Sunday on or before publication (a Saturday story: that day alone)
      if (!pub || pub.m === null || pub.d == null) return NONE;
      const p = dayNum(pub.y, pub.m, pub.d);
      const wd = new Date(p * DAY_MS).getUTCDay();
      if (wd === 6) return fromDay(p);
      const sunday = p - wd;
      return commonPrefix(sunday - 1, sunday);
    }
    case 'weekday': {
      if (!pub || pub.m === null || pub.d == null) return NONE;
      const p = dayNum(pub.y, pub.m, pub.d);
      const pubWd = new Date(p * DAY_MS).getUTCDay();
      const back = (pubWd - spec.wd + 7) % 7;
      switch (spec.mode) {
        // Wire copy says "said Friday" in a Friday story; a week earlier would be "last Friday".
        case 'onOrBefore':
          return fromDay(p - back);
        case 'before':
          return fromDay(p - (back === 0 ? 7 : back));
        case 'after':
          return fromDay(p + ((spec.wd - pubWd + 7) % 7 || 7));
        case 'sameWeek': {
          const monday = p - ((pubWd + 6) % 7);
          return fromDay(monday + ((spec.wd + 6) % 7));
        }
      }
    }
  }
  return NONE;
}

const isRelative = (spec: Spec) =>
  spec.kind === 'none' ? spec.relative : spec.kind !== 'abs' || spec.y === null;

// ---------------------------------------------------------------- context guards for bare years and months

// Words after which a four-digit number is a label or an amount, not a year.
const NUMBER_LABELS = new Set(
  (
    'no nos number resolution order section sec article art code doc page pages p pp flight route room vol ' +
    'volume chapter ch rule form serial unit case model version item para paragraph clause exhibit table ' +
    'figure fig line box suite apartment apt house street plot block sector rs pkr inr usd eur gbp afn ' +
    'about around approximately roughly nearly almost some over than least estimated another only just total ' +
    'additional extra'
  ).split(' '),
);
// Words before a year that make it a year even when a plural noun follows ("the 2013 elections", "in 2013 militants").
// "of", "to", "and" are left out: "a force of 2000 fighters", "from 200 to 2000 members".
const YEAR_CUES = new Set(
  'in since by until till during before after through circa c the its their his her our this that early late mid year'.split(
    ' ',
  ),
);
const COUNT_NOUNS = new Set(
  'people men women children police personnel troops youth hours hrs gmt utc pkt ist local km kilometres kilometers miles metres meters feet kg tonnes'.split(
    ' ',
  ),
);
const NOT_PLURAL = new Set(
  'was is has as his its this says sees marks remains brings begins ends promises proves seems'.split(' '),
);

const PREV_WORD = /([A-Za-z]+)\.?\s*$/;
const NEXT_WORD = /^\s*([A-Za-z]+)/;

function prevWord(text: string, at: number): string {
  const m = PREV_WORD.exec(text.slice(Math.max(0, at - 20), at));
  return m ? m[1].toLowerCase() : '';
}

function acceptYear(text: string, start: number, end: number, hasMod: boolean): boolean {
  if (hasMod) return true;
  const prev = prevWord(text, start);
  if (NUMBER_LABELS.has(prev)) return false;
  const nm = NEXT_WORD.exec(text.slice(end, end + 20));
  const next = nm ? nm[1] : '';
  if (prev === 'at' && COUNT_NOUNS.has(next.toLowerCase())) return false;
  if (YEAR_CUES.has(prev)) return true;
  // "2000 fighters crossed", "1990 people": a count, not a year.
  if (COUNT_NOUNS.has(next.toLowerCase())) return false;
  return !(/^[a-z]+s$/.test(next) && !NOT_PLURAL.has(next));
}

// "May" also names people (Theresa May), so it needs a preposition that rarely takes a person.
const MAY_PREPS = new Set('in since until till during through'.split(' '));

// ---------------------------------------------------------------- scanning

function mention(text: string, start: number, end: number, spec: Spec, pub: Pub | null): DateMention {
  const r = resolveSpec(spec, pub);
  return {
    start,
    end,
    text: text.slice(start, end),
    value: r.value,
    precision: r.precision,
    relative: isRelative(spec),
    ...(spec.kind === 'shifted'
      ? spec.months !== undefined
        ? { shiftMonths: spec.months }
        : { shift: spec.days, ...(spec.month ? { shiftMonth: true } : {}) }
      : {}),
  };
}

/**
 * A date (`2020-05-09`, `2020-05` or `2020`) moved by some months, to the month; a year alone
 * moves only by whole years. Null when the date is none of these.
 */
export function shiftMonths(date: string, months: number): string | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-\d{2})?$/.exec(date);
  if (!m) return null;
  if (m[2] === undefined) return months % 12 === 0 ? String(+m[1] + months / 12) : null;
  const total = +m[1] * 12 + (+m[2] - 1) + months;
  return `${Math.floor(total / 12)}-${pad((total % 12) + 1)}`;
}

/** A day (`2020-05-09`) moved by some days; null when the day is not a full date. */
export function shiftDay(day: string, days: number): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  const r = fromDay(dayNum(+m[1], +m[2], +m[3]) + days);
  return r.value;
}

/**
 * Every date expression in `text` (or only inside `range`), in order, with absolute offsets.
 * `published` is an ISO prefix (`2014-08-01`, `2017-04`, `2017`) or null.
 */
export function findDates(
  text: string,
  published: string | null,
  range?: { start: number; end: number },
): DateMention[] {
  const pub = parsePublished(published);
  const from = Math.max(0, range?.start ?? 0);
  const to = Math.min(text.length, range?.end ?? text.length);
  const out: DateMention[] = [];
  // Scan a window around the range, not the whole text: a caller going sentence by
  // sentence would otherwise rescan the rest of the document after each last hit.
  const base = range ? Math.max(0, from - CONTEXT) : 0;
  const hay = range ? text.slice(base, Math.min(text.length, to + CONTEXT)) : text;
  SCANNER.lastIndex = from - base;
  for (let m = SCANNER.exec(hay); m !== null && base + m.index < to; m = SCANNER.exec(hay)) {
    let start = base + m.index;
    let end = start + m[0].length;
    if (end > to) {
      // A date cut by the range end ("May 29" of "May 29, 2014"): retry at the same spot on text that stops there.
      const cutBase = Math.max(0, start - CONTEXT);
      AT_POSITION.lastIndex = start - cutBase;
      const cut = AT_POSITION.exec(text.slice(cutBase, to));
      SCANNER.lastIndex = (cut ? cutBase + AT_POSITION.lastIndex : start + 1) - base;
      if (!cut) continue;
      m = cut;
      start = cutBase + cut.index;
      end = start + cut[0].length;
    }
    const groups = m.groups!;
    const branch = BRANCHES.find((b) => groups[b.name] !== undefined)!.name;
    const parts = PARSERS.get(branch)!.exec(m[0]);
    if (!parts) continue;
    if (branch === 'year' && !acceptYear(text, start, end, /^\D/.test(m[0]))) continue;
    if (branch === 'bareMonth' && /^may$/i.test(parts[1]) && !MAY_PREPS.has(prevWord(text, start))) continue;
    const spec = toSpec(branch, parts);
    const main = mention(text, start, end, spec, pub);
    if (branch === 'dmy') {
      const sib = siblingBefore(text, start, spec, pub, Math.max(from, out.at(-1)?.end ?? 0));
      if (sib) out.push(sib);
    }
    out.push(main);
    if (branch === 'mdy') {
      const sib = siblingAfter(text, end, spec, pub, to);
      if (sib) out.push(sib);
    }
  }
  return out;
}

// "on 13th and 19th July", "14-15 June", "July 13 and 19th": the shared month names two days.
const SIBLING_BEFORE = new RegExp(`(?<![\\w$.,:/-])(${DAY})\\s*(?:,|and|&|or|to|-|–)\\s*$`);
const SIBLING_AFTER = new RegExp(
  `^\\s*(?:,|and|&|or)\\s*((?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th))\\b(?!\\s+(?:of\\s+)?${MONTH})`,
);

function withDay(spec: Spec, d: number): Spec | null {
  return spec.kind === 'abs' || spec.kind === 'yearRel' ? { ...spec, d } : null;
}

function siblingBefore(
  text: string,
  start: number,
  spec: Spec,
  pub: Pub | null,
  floor: number,
): DateMention | null {
  const lookFrom = Math.max(floor, start - 16);
  const s = SIBLING_BEFORE.exec(text.slice(lookFrom, start));
  const sib = s && withDay(spec, parseInt(s[1], 10));
  if (!s || !sib) return null;
  const at = lookFrom + s.index;
  return mention(text, at, at + s[1].length, sib, pub);
}

function siblingAfter(
  text: string,
  end: number,
  spec: Spec,
  pub: Pub | null,
  to: number,
): DateMention | null {
  const s = SIBLING_AFTER.exec(text.slice(end, Math.min(to, end + 40)));
  const sib = s && withDay(spec, parseInt(s[1], 10));
  if (!s || !sib) return null;
  const at = end + s[0].length - s[1].length;
  return mention(text, at, at + s[1].length, sib, pub);
}
