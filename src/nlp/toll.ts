// The toll of an event: how many were killed, wounded, arrested or kidnapped, as the
// sentence states it, with its qualifier kept as a range. "killed five people" is
// {min 5, max 5}; "at least 16" {16, null}; "more than 20" {21, null}; "between 10 and
// 15" {10, 15}; "dozens" {24, null}; "up to 30" {null, 30}. "including the bomber"
// is noted, never silently subtracted. Each count cites its own words.
//
// The patterns are general English news phrasing (a count next to a casualty or
// detention word, either order), not any one article's sentences.

import { NUMBER_WORDS } from '../knowledge/numbers.js';

type TollKind = 'killed' | 'wounded' | 'arrested' | 'kidnapped';

export interface Toll {
  kind: TollKind;
  /** lowest number the words allow; null when only an upper bound is stated */
  min: number | null;
  /** highest number the words allow; null when open-ended ("at least") */
  max: number | null;
  /** the words that state it, as written */
  text: string;
  /** offsets of `text` in the document */
  start: number;
  end: number;
  /** "including the bomber(s)": the count includes the perpetrators */
  includesPerpetrators?: boolean;
  /** "about", "some", "nearly": an estimate */
  approximate?: boolean;
}

/** Vague quantities as ranges: what a reader may safely conclude. */
const VAGUE: Record<string, [number, number | null]> = {
  'a dozen': [12, 12],
  dozen: [12, 12],
  dozens: [24, null],
  'dozens of': [24, null],
  scores: [40, null],
  'scores of': [40, null],
  hundreds: [200, null],
  'hundreds of': [200, null],
  thousands: [2000, null],
  'thousands of': [2000, null],
  several: [3, null],
  'a number of': [2, null],
  'a handful of': [2, 9],
  'a couple of': [2, 2],
};

const WORD_NUM =
  '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?: hundred)?';
const DIGITS = '\\d{1,3}(?:,\\d{3})+|\\d+';
const NUM = `(?:${DIGITS}|${WORD_NUM}|a hundred|an?)`;
const VAGUE_RE =
  'a dozen|dozens(?: of)?|scores(?: of)?|hundreds(?: of)?|thousands(?: of)?|several|a number of|a handful of|a couple of';
const QUAL =
  'at least|at most|no fewer than|not less than|more than|over|fewer than|less than|up to|as many as|nearly|almost|about|around|roughly|approximately|some|an estimated|close to';
/** a count with its qualifier: "at least 16", "between 10 and 15", "dozens of", "five" */
const COUNT = `(?:between (?<lo>${NUM}) and (?<hi>${NUM})|(?<lo2>${NUM}) (?:to|or) (?<hi2>${NUM})|(?<vague>${VAGUE_RE})|(?:(?<qual>${QUAL}) )?(?<n>${NUM}))`;

/** people words between a count and its verb: "16 people", "five police officers", "three others" */
const WHO =
  '(?:(?:[a-z-]+ ){0,2}(?:people|persons|civilians|soldiers|troops|policemen|police(?:men|women)?|officers|officials|guards|militants|fighters|insurgents|rebels|terrorists|suspects|members|men|women|children|students|worshippers|pilgrims|passengers|workers|villagers|residents|others|more|of them|personnel|security personnel|troopers|constables|commandos|recruits|tourists|foreigners|hostages|bystanders|victims|attackers|gunmen|bombers|teachers|journalists|employees|staff|family members|relatives|man|woman|child|boy|girl|person|soldier|policeman|officer|civilian|student|suspect|militant|fighter|worker|journalist|guard)|[A-Z][a-z]+s)';

const KIND_AFTER: [TollKind, string][] = [
  [
    'killed',
    'killed|dead|died|slain|murdered|executed|perished|martyred|lost their lives|were killed|have been killed|had been killed|are dead|were dead|lay dead|beheaded|shot dead|gunned down',
  ],
  ['wounded', 'wounded|injured|hurt|were wounded|were injured|sustained injuries|hospitali[sz]ed'],
  ['arrested', 'arrested|detained|apprehended|taken into custody|rounded up|held|nabbed|picked up'],
  ['kidnapped', 'kidnapped|abducted|taken hostage|seized|taken captive|held hostage'],
];

const KIND_BEFORE: [TollKind, string][] = [
  [
    'killed',
    'killed|killing|kills|left dead|leaving dead|claimed the lives of|put the death toll at|killed at least|death toll (?:from|in|of) [^.;]{1,60}? (?:rose|climbed|reached|jumped|stood|increased|has risen|had risen)(?: to| at)?|death toll (?:rose |climbed |stood |reached |jumped )?(?:to |at |of )?|toll (?:rose |climbed |stood )?(?:to |at |of )|fatalities (?:rose )?to|dead numbered',
  ],
  ['wounded', 'wounded|wounding|injured|injuring|hurt|hurting|left injured'],
  ['arrested', 'arrested|arresting|detained|detaining|apprehended|rounded up'],
  ['kidnapped', 'kidnapped|kidnapping|abducted|abducting|seized|took hostage|taking hostage'],
];

function wordNumber(s: string): number | null {
  const t = s.toLowerCase().replace(/,/g, '');
  if (/^\d+$/.test(t)) return Number(t);
  if (t === 'a hundred') return 100;
  let total = 0;
  let ok = false;
  for (const part of t.split(/[- ]/)) {
    if (part === 'hundred') {
      total = (total || 1) * 100;
      ok = true;
    } else if (part in NUMBER_WORDS) {
      total += NUMBER_WORDS[part];
      ok = true;
    } else return null;
  }
  return ok ? total : null;
}

function range(
  g: Record<string, string | undefined>,
): { min: number | null; max: number | null; approximate?: boolean } | null {
  if (g.vague) {
    const v = VAGUE[g.vague.toLowerCase()];
    return v ? { min: v[0], max: v[1] } : null;
  }
  const lo = g.lo ?? g.lo2;
  const hi = g.hi ?? g.hi2;
  if (lo && hi) {
    const a = wordNumber(lo);
    const b = wordNumber(hi);
    return a !== null && b !== null && a <= b ? { min: a, max: b } : null;
  }
  if (!g.n) return null;
  const n = wordNumber(g.n);
  if (n === null) return null;
  switch ((g.qual ?? '').toLowerCase()) {
    case '':
      return { min: n, max: n };
    case 'at least':
    case 'no fewer than':
    case 'not less than':
      return { min: n, max: null };
    case 'more than':
    case 'over':
      return { min: n + 1, max: null };
    case 'fewer than':
    case 'less than':
      return { min: null, max: n - 1 };
    case 'up to':
    case 'as many as':
    case 'at most':
      return { min: null, max: n };
    case 'nearly':
    case 'almost':
    case 'close to':
      return { min: null, max: n, approximate: true };
    default:
      return { min: n, max: n, approximate: true };
  }
}

const PERPS =
  /^,?\s*(?:including|among them|counting)\s+(?:the|two|three|\d+)?\s*(?:suicide\s+)?(?:bombers?|attackers?|assailants?|gunm[ae]n|militants who carried out the attack)\b/i;

/** each pattern, with `verb`: a test for its verbs alone, which it cannot match without */
let compiled: { re: RegExp; verb: RegExp; kind: TollKind; countFirst: boolean }[] | null = null;
function patterns() {
  if (compiled) return compiled;
  compiled = [];
  // "16 people were killed", "five soldiers killed", "17 dead", "three others wounded"
  for (const [kind, verbs] of KIND_AFTER)
    compiled.push({
      kind,
      countFirst: true,
      verb: new RegExp(`\\b(?:${verbs})`, 'i'),
      re: new RegExp(
        `\\b${COUNT}(?: ${WHO})?(?: (?:were|have been|had been|are|was|got|reportedly|also|later|were also|were later))?(?: (?:were|been))? (?:${verbs})\\b`,
        'gi',
      ),
    });
  // "killed five people", "killing at least 16", "the death toll rose to 17", "injuring 40"
  for (const [kind, verbs] of KIND_BEFORE)
    compiled.push({
      kind,
      countFirst: false,
      verb: new RegExp(`\\b(?:${verbs})`, 'i'),
      re: new RegExp(`\\b(?:${verbs})\\s*(?:a total of |an estimated )?${COUNT}(?: ${WHO})?`, 'gi'),
    });
  return compiled;
}

/**
 * Every pattern names one of its verbs after a word boundary: a sentence with none of them
 * states no toll, and most event sentences are passed over with this one test.
 */
let anyVerb: RegExp | null = null;

/** Every toll stated in `text` (a sentence, with `offset` its start in the document). */
function findTolls(text: string, offset = 0): Toll[] {
  const found: Toll[] = [];
  anyVerb ??= new RegExp(`\\b(?:${[...KIND_AFTER, ...KIND_BEFORE].map(([, v]) => v).join('|')})`, 'i');
  if (!anyVerb.test(text)) return found;
  for (const p of patterns()) {
    // a sentence with none of this pattern's verbs is passed over with one quick test
    if (!p.verb.test(text)) continue;
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const g = m.groups ?? {};
      const r = range(g);
      if (!r) continue;
      // "a man was killed" is one, but "a" alone before a verb is too loose: require a people word
      if (
        g.n &&
        /^(?:a|an|one)$/i.test(g.n) &&
        !/\b(?:people|person|man|woman|child|soldier|officer|policeman|civilian|student|others?)\b/i.test(
          m[0],
        )
      )
        continue;
      // a year, a date or an age is no count: "in 2014 killed", "aged 25 were"
      if (g.n && /^\d{4}$/.test(g.n) && Number(g.n) >= 1900 && Number(g.n) <= 2100) continue;
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      if (/\b(?:aged|age|ages|No\.|number|at|on|in|since)\s*$/i.test(before) && p.countFirst) continue;
      const start = offset + m.index;
      const end = start + m[0].length;
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
      const t: Toll = { kind: p.kind, min: r.min, max: r.max, text: m[0], start, end };
      if (r.approximate) t.approximate = true;
      if (PERPS.test(after)) t.includesPerpetrators = true;
      found.push(t);
    }
  }
  // keep the longest statement where two patterns read the same words
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Toll[] = [];
  for (const t of found) {
    const clash = out.find((o) => o.kind === t.kind && t.start < o.end && o.start < t.end);
    if (!clash) out.push(t);
  }
  return out;
}

/** Which counts belong to an event of this type. */
const TOLL_KINDS: Record<string, TollKind[]> = {
  attack: ['killed', 'wounded', 'kidnapped'],
  killing: ['killed', 'wounded'],
  arrest: ['arrested'],
};

/**
 * The tolls of an event stated in its own sentence, or in the next sentence when that
 * one reports no event of its own ("The bomb went off at noon. Officials said 14 people
 * were killed."). `sentences` are [start, end) offsets; `eventSentences` those holding
 * an event.
 */
export function eventTolls(
  text: string,
  type: string,
  si: number,
  sentences: { start: number; end: number }[],
  eventSentences: Set<number>,
): Toll[] {
  const kinds = TOLL_KINDS[type];
  if (!kinds) return [];
  const at = (i: number) => findTolls(text.slice(sentences[i].start, sentences[i].end), sentences[i].start);
  let out = at(si).filter((t) => kinds.includes(t.kind));
  if (!out.length && si + 1 < sentences.length && !eventSentences.has(si + 1))
    out = at(si + 1).filter((t) => kinds.includes(t.kind));
  return out;
}
