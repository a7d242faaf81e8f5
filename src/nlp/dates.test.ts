import { describe, expect, it } from 'vitest';
import { type DateMention, findDates, shiftDay, shiftMonths } from './dates.js';

/** One date expression ("13th July", "earlier this year") against a publication date: its longest reading. */
function resolveDate(
  expr: string,
  published: string | null,
): { value: string | null; precision: string | null } {
  let best: DateMention | null = null;
  for (const d of findDates(expr, published)) if (!best || d.end - d.start > best.end - best.start) best = d;
  return best ? { value: best.value, precision: best.precision } : { value: null, precision: null };
}

// 2014-08-01 is a Friday; the seed article was published that day.
const PUB = '2014-08-01';

const pairs = (text: string, pub: string | null = PUB) => findDates(text, pub).map((d) => [d.text, d.value]);

function only(text: string, pub: string | null = PUB): DateMention {
  const found = findDates(text, pub);
  expect(found.map((d) => d.text)).toHaveLength(1);
  return found[0];
}

describe('absolute dates', () => {
  it.each([
    ['It happened on May 29, 2014 in Lahore.', 'May 29, 2014', '2014-05-29'],
    ['It happened on 29 May 2014 in Lahore.', '29 May 2014', '2014-05-29'],
    ['Released on Thursday, May 29, 2014.', 'Thursday, May 29, 2014', '2014-05-29'],
    ['on Sunday 13 July 2013 they met', 'Sunday 13 July 2013', '2013-07-13'],
    ['the attacks of SEPTEMBER 11, 2001 changed it', 'SEPTEMBER 11, 2001', '2001-09-11'],
    ['The July 11, 2015, attack came later.', 'July 11, 2015', '2015-07-11'],
    ['Dated: Jan. 5, 2015.', 'Jan. 5, 2015', '2015-01-05'],
    ['a hearing on the 13th of July 2012', 'the 13th of July 2012', '2012-07-13'],
    ['Data from 2014-05-15 show', '2014-05-15', '2014-05-15'],
    ['signed 05/15/2014 in Kabul', '05/15/2014', '2014-05-15'],
    ['signed 15/05/2014 in Lahore', '15/05/2014', '2014-05-15'],
    ['by March 2014 the group', 'March 2014', '2014-03'],
    ['accepted in late January 2015 and', 'late January 2015', '2015-01'],
    ['a DATE: 2015-08 header', '2015-08', '2015-08'],
    ['in 2013 before moving', '2013', '2013'],
    ['it grew in mid-2015 when', 'mid-2015', '2015'],
    ['plans for early 2016 were', 'early 2016', '2016'],
    ['by late 2016 it had', 'late 2016', '2016'],
    ['until the end of 2015 they', 'the end of 2015', '2015'],
    ['in the spring of 2014 the', 'spring of 2014', '2014'],
    ['the 2014-15 budget', '2014-15', '2014'],
  ])('%s', (text, expectedText, value) => {
    const d = only(text);
    expect(d.text).toBe(expectedText);
    expect(d.value).toBe(value);
    expect(d.relative).toBe(false);
  });

  it('gives a precision matching the length of the value', () => {
    expect(resolveDate('May 29, 2014', null)).toEqual({ value: '2014-05-29', precision: 'day' });
    expect(resolveDate('March 2014', null)).toEqual({ value: '2014-03', precision: 'month' });
    expect(resolveDate('in 2013', null)).toEqual({ value: '2013', precision: 'year' });
  });

  it('keeps decades as text without a value', () => {
    const d = only('Militancy grew in the 1990s in the region.');
    expect(d).toMatchObject({ text: 'the 1990s', value: null, precision: null, relative: false });
  });

  it('rejects calendar dates that do not exist', () => {
    expect(only('on February 30, 2014 they').value).toBeNull();
    expect(only('on 31 April 2014 they').value).toBeNull();
  });
});

describe('day and month without a year', () => {
  it('takes the publication year for a past day-month', () => {
    expect(pairs('In letters dated 13th July and 19th July, the commanders wrote')).toEqual([
      ['13th July', '2014-07-13'],
      ['19th July', '2014-07-19'],
    ]);
    expect(only('the strike was made July 26 in Achin', '2016-08-12').value).toBe('2016-07-26');
    expect(only('It was Sept. 7 when', '2014-10-01').value).toBe('2014-09-07');
    expect(only('It was Sep 7 when', '2014-10-01').value).toBe('2014-09-07');
    expect(only('on July 13th they').value).toBe('2014-07-13');
  });

  it('splits "13th and 19th July" into two mentions', () => {
    const text = 'messages on 13th and 19th July said';
    const found = findDates(text, PUB);
    expect(found.map((d) => [d.text, d.value])).toEqual([
      ['13th', '2014-07-13'],
      ['19th July', '2014-07-19'],
    ]);
    expect(found[0].start).toBe(text.indexOf('13th'));
  });

  it('splits a day span "14-15 June" into two mentions', () => {
    expect(pairs('began on the night of 14-15 June and', '2017-03-10')).toEqual([
      ['14', '2016-06-14'],
      ['15 June', '2016-06-15'],
    ]);
  });

  it('reads both ends of "between 2010 and 2013"', () => {
    expect(pairs('Between 2010 and 2013, the group grew')).toEqual([
      ['2010', '2010'],
      ['2013', '2013'],
    ]);
  });

  it('splits "July 13 and 19th" into two mentions', () => {
    expect(pairs('on July 13 and 19th they met')).toEqual([
      ['July 13', '2014-07-13'],
      ['19th', '2014-07-19'],
    ]);
  });

  it('moves a day-month more than a week after publication to the previous year', () => {
    expect(only('on December 30 they', '2015-01-03').value).toBe('2014-12-30');
    expect(only('on January 8 they', '2015-01-03').value).toBe('2015-01-08');
    expect(only('on January 20 they', '2015-01-03').value).toBe('2014-01-20');
  });

  it('resolves a bare month after a preposition', () => {
    expect(only('an informant tipped off the FBI in April about').value).toBe('2014-04');
    expect(only('he was arrested in September').value).toBe('2013-09');
    expect(only('traveled to Amman, Jordan, in May and planned').text).toBe('May');
    expect(only('since early June the group').text).toBe('early June');
  });

  it('resolves a bare month after "as recently as", "as early as"', () => {
    expect(only('rival factions fought over the town as recently as June').value).toBe('2014-06');
    expect(only('militants had raided the town as early as March').value).toBe('2014-03');
  });

  it('resolves "March this year" and "March last year"', () => {
    const d = only('By March this year, he had managed');
    expect(d).toMatchObject({ text: 'March this year', value: '2014-03', relative: true });
    expect(only('in March last year').value).toBe('2013-03');
    expect(only('on 5 March last year').value).toBe('2013-03-05');
  });

  it('resolves "last March" to the most recent past March', () => {
    expect(only('last March the group', '2014-08-01').value).toBe('2014-03');
    expect(only('last March the group', '2014-02-01').value).toBe('2013-03');
    expect(only('last March the group', '2014-03-20').value).toBe('2013-03');
  });
});

describe('relative expressions', () => {
  it.each([
    ['Earlier this year, agencies arrested', 'Earlier this year', '2014'],
    ['It grew last year.', 'last year', '2013'],
    ['It may grow next year.', 'next year', '2015'],
    ['It began late last year.', 'late last year', '2013'],
    ['by the end of last year', 'the end of last year', '2013'],
    ['The group formed this year.', 'this year', '2014'],
    ['They met last month.', 'last month', '2014-07'],
    ['They met earlier this month.', 'earlier this month', '2014-08'],
    ['The raid was yesterday.', 'yesterday', '2014-07-31'],
    ['The ban takes effect today.', 'today', '2014-08-01'],
    ['Police raided the house last night.', 'last night', '2014-07-31'],
    ['He left two years ago.', 'two years ago', '2012'],
    ['Three days ago, he left.', 'Three days ago', '2014-07-29'],
    ['It opened a week ago.', 'a week ago', '2014-07-25'],
    ['It opened 6 months ago.', '6 months ago', '2014-02'],
    ['The group said on Thursday that', 'Thursday', '2014-07-31'],
    ['Officials said Friday that', 'Friday', '2014-08-01'],
    ['He was killed last Friday.', 'last Friday', '2014-07-25'],
    ['On Wednesday night a bomb', 'Wednesday night', '2014-07-30'],
    ['They will meet next Monday.', 'next Monday', '2014-08-04'],
    ["Monday's attack killed", 'Monday', '2014-07-28'],
  ])('%s', (text, expectedText, value) => {
    const d = only(text);
    expect(d.text).toBe(expectedText);
    expect(d.value).toBe(value);
    expect(d.relative).toBe(true);
  });

  it('gives "this week" the month when the week so far stays in one month', () => {
    expect(only('They met this week.', '2014-08-15').value).toBe('2014-08');
    // Week of Monday 2014-07-28 to Friday 2014-08-01 spans two months.
    expect(only('They met this week.', PUB).value).toBe('2014');
    expect(only('They met last week.', '2014-08-15').value).toBe('2014-08');
  });

  it('keeps vague periods as text with a null value', () => {
    for (const [text, expected] of [
      ['Attacks rose in recent months.', 'recent months'],
      ['over the past two years the group', 'the past two years'],
      ['in the last year, they grew', 'the last year'],
      ['The following day he left.', 'The following day'],
      ['It began a few days ago.', 'a few days ago'],
    ]) {
      const d = only(text);
      expect(d.text).toBe(expected);
      expect(d.value).toBeNull();
      expect(d.relative).toBe(true);
    }
  });
});

describe('resolution against partial or missing publication dates', () => {
  it('year-only publication resolves year-level expressions only', () => {
    expect(resolveDate('earlier this year', '2017')).toEqual({ value: '2017', precision: 'year' });
    expect(resolveDate('two years ago', '2017').value).toBe('2015');
    expect(resolveDate('13th July', '2017').value).toBe('2017-07-13');
    expect(resolveDate('in November', '2017').value).toBe('2017-11');
    expect(resolveDate('last month', '2017').value).toBeNull();
    expect(resolveDate('on Thursday', '2017')).toEqual({ value: null, precision: null });
    expect(resolveDate('yesterday', '2017').value).toBeNull();
  });

  it('month-only publication resolves up to month level', () => {
    expect(resolveDate('last month', '2017-04').value).toBe('2017-03');
    expect(resolveDate('Authorities said Wednesday', '2017-04').value).toBeNull();
    expect(resolveDate('13th July', '2017-04').value).toBe('2016-07-13');
    expect(resolveDate('April 20', '2017-04').value).toBe('2017-04-20');
    // Within a week of the latest possible publication day (April 30).
    expect(resolveDate('May 3', '2017-04').value).toBe('2017-05-03');
    expect(resolveDate('May 20', '2017-04').value).toBe('2016-05-20');
    expect(resolveDate('in June', '2017-04').value).toBe('2016-06');
    expect(resolveDate('earlier this year', '2017-04').value).toBe('2017');
  });

  it('without a publication date only expressions carrying a year resolve', () => {
    const found = findDates('On 13th July, last year and in March, unlike May 29, 2014 and 2013.', null);
    expect(found.map((d) => [d.text, d.value, d.relative])).toEqual([
      ['13th July', null, true],
      ['last year', null, true],
      ['March', null, true],
      ['May 29, 2014', '2014-05-29', false],
      ['2013', '2013', false],
    ]);
  });

  it('accepts a full timestamp and ignores a malformed publication date', () => {
    expect(resolveDate('yesterday', '2014-08-01T09:30:00Z').value).toBe('2014-07-31');
    expect(resolveDate('yesterday', 'August 2014').value).toBeNull();
    expect(resolveDate('May 29, 2014', 'garbage').value).toBe('2014-05-29');
  });

  it('resolveDate picks the longest expression and returns null for non-dates', () => {
    expect(resolveDate('By March this year', PUB)).toEqual({ value: '2014-03', precision: 'month' });
    expect(resolveDate('no date here', PUB)).toEqual({ value: null, precision: null });
    expect(resolveDate('the 1990s', PUB)).toEqual({ value: null, precision: null });
  });
});

describe('false hits', () => {
  it.each([
    'Militants may strike again, officials said.',
    'May God protect us, he said.',
    'Theresa May said the threat was severe.',
    'He was criticised by May and her ministers.',
    'They led the march on Islamabad.',
    'The March on Islamabad drew thousands.',
    'Will Kenya crack down on the militants and their networks?',
    'Jan said the fighters had left.',
    'We met Jan Egeland in Geneva.',
    '40% of the recruits joining them are graduates.',
    'Some 2,000 fighters crossed, and 1,079 were detained.',
    'About 2000 fighters crossed the border.',
    '2000 fighters crossed the border.',
    'under Executive Order 13224 and section 219',
    'FR Doc. 2014-11217 was filed.',
    'The convoy left at 2100 hours.',
    'The fine was Rs 2000 for each.',
    'see https://irp.fas.org/news/2003/12/dos122303.html for details',
    'The Sunday Times reported the arrest.',
    'A columnist for The Friday Times wrote',
    'Good Friday services were held.',
    'He will march to the capital.',
    'The group grew from 200 to 2000 members.',
    'It fielded a force of 2000 fighters.',
    'Officials seized 2013 rifles.',
    'Residents fled the blast month after month.',
  ])('%s', (text) => {
    expect(findDates(text, PUB)).toEqual([]);
  });

  it('still reads years before plural nouns when a determiner or preposition marks them', () => {
    expect(pairs('the 2013 elections were held')).toEqual([['2013', '2013']]);
    expect(pairs('In 2013 militants moved north')).toEqual([['2013', '2013']]);
    expect(pairs('2014 was a turning point')).toEqual([['2014', '2014']]);
  });
});

describe('offsets and ranges', () => {
  const sample =
    'Earlier this year, police arrested him. On 13th July and 19th July, officials confirmed it. ' +
    'Three days ago, on Thursday, officials met; in March 2014 and in the 1990s too.';

  it('every mention text equals text.slice(start, end)', () => {
    const found = findDates(sample, PUB);
    expect(found.length).toBe(7);
    for (const d of found) expect(sample.slice(d.start, d.end)).toBe(d.text);
    for (let i = 1; i < found.length; i++) expect(found[i].start).toBeGreaterThanOrEqual(found[i - 1].end);
  });

  it('searches only inside the range and reports absolute offsets', () => {
    const start = sample.indexOf('On 13th');
    const end = sample.indexOf('Three');
    const found = findDates(sample, PUB, { start, end });
    expect(found.map((d) => d.text)).toEqual(['13th July', '19th July']);
    expect(found[0].start).toBe(sample.indexOf('13th July'));
    expect(findDates(sample, PUB, { start: 0, end: 5 })).toEqual([]);
  });

  it('still sees context just outside the range', () => {
    const text = 'They wrote in The Sunday Times and met in March.';
    expect(findDates(text, PUB, { start: 0, end: text.indexOf(' Times') })).toEqual([]);
    const at = text.indexOf('March');
    expect(findDates(text, PUB, { start: at, end: text.length }).map((d) => d.text)).toEqual(['March']);
  });

  it('keeps the part of a date that fits before the range end', () => {
    const text = 'It was May 29, 2014.';
    const found = findDates(text, null, { start: 0, end: text.indexOf(',') });
    expect(found.map((d) => [d.text, d.value])).toEqual([['May 29', null]]);
  });

  it('finds the dates of a news passage: relative years, day-months, a percentage and "Will"', () => {
    // Written for this test, in the style of a report published on PUB (2014-08-01).
    const text =
      'Earlier this year, police in Multan detained a preacher named Qari Nasir Mehmood.\n\n' +
      'By March this year, Qari Nasir Mehmood had drawn hundreds of students to his circle.\n\n' +
      '“Half of our new members have degrees, and 60% of them are under thirty,” a recruiter claimed.\n\n' +
      'In statements issued on 13th July and 19th July, the movement named a new leader: “He is our emir.”\n\n' +
      'Will the government act against the seminary and its backers?';
    const found = findDates(text, PUB);
    expect(found.map((d) => [d.text, d.value])).toEqual([
      ['Earlier this year', '2014'],
      ['March this year', '2014-03'],
      ['13th July', '2014-07-13'],
      ['19th July', '2014-07-19'],
    ]);
    for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.text);
  });
});

describe('speed', () => {
  // Guards against a scan gone quadratic, not timings: the bounds are some 20× what an idle
  // machine takes (1 MB whole: ~0.2 s; 600 KB sentence by sentence: ~0.05 s), so a shared,
  // loaded machine passes, while a scan that rereads the text per call takes minutes.
  it('scans 1 MB of news text in a few seconds at most', () => {
    const sentences = [
      'Authorities in Pakistan said Wednesday that security forces captured five senior militants.',
      'Some of the detainees received training in camps in North Waziristan in 2013 before moving to Karachi.',
      'The initial designations of these groups in 2001 are due to expire on December 26, 2003.',
      'Saadeh faces up to 40 years in prison and fines of up to $500,000 if convicted of the charges.',
      'ISIL-K announced its formation on January 10, 2015, and since then has carried out attacks.',
      'Officials insist the terrorism infrastructure has been dismantled by sustained military operations.',
      'The army says its operations have badly weakened the insurgents over the past two years.',
      'Dozens of students and clerics in the city have voiced sympathy for the Islamic State in Iraq and Syria.',
    ];
    let text = '';
    for (let i = 0; text.length < 1_000_000; i++)
      text += sentences[i % sentences.length] + (i % 5 ? ' ' : '\n\n');
    findDates(text.slice(0, 50_000), PUB);
    const t0 = performance.now();
    const found = findDates(text, PUB);
    const ms = performance.now() - t0;
    // Six date expressions per eight sentences (Wednesday, 2013, 2001, December 26, 2003, January 10, 2015, the past two years).
    expect(found.length).toBeGreaterThan(6000);
    expect(ms).toBeLessThan(4000);
  });

  it('stays linear when called sentence by sentence on text with few dates', () => {
    let text = '';
    for (let i = 0; text.length < 600_000; i++)
      text += `Officials said operation number ${i} dismantled the camps. `;
    const t0 = performance.now();
    let n = 0;
    for (let at = 0; at < text.length; ) {
      const end = text.indexOf('. ', at) + 2;
      n += findDates(text, PUB, { start: at, end }).length;
      at = end;
    }
    expect(n).toBe(0);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('days counted from the date told last ("two days later", "the next day")', () => {
  it.each([
    ['Two days later, the army arrested him.', 'Two days later', 2],
    ['A week later they attacked again.', 'A week later', 7],
    ['A day earlier, a bomb had gone off.', 'A day earlier', -1],
    ['three days earlier the group had warned', 'three days earlier', -3],
    ['The next day, police detained two men.', 'The next day', 1],
    ['the following morning troops arrived', 'the following morning', 1],
    ['the day before, he had left', 'the day before', -1],
  ])('%s', (text, expectedText, shift) => {
    const d = only(text);
    expect(d.text).toBe(expectedText);
    expect(d.value).toBeNull();
    expect(d.shift).toBe(shift);
  });

  it('"two days after the attack" counts from the act told last; "the day after the bombing" and "a day after X did" are left', () => {
    expect(only('Two days after the attack, police arrested him.').shift).toBe(2);
    expect(only('a week after the bombing of the market he fled').shift).toBe(7);
    for (const text of [
      'the day after the bombing police came',
      'a day after another group attacked the town',
    ])
      expect(findDates(text, PUB).filter((d) => d.shift !== undefined)).toEqual([]);
  });

  it('"a day before the attack", "two weeks before the bombing" count back from the act told last', () => {
    expect(only('Police had detained him a day before the attack.').shift).toBe(-1);
    expect(only('two weeks before the bombing of the market he fled').shift).toBe(-14);
  });

  it('"two months later", "a year earlier" shift by months from the date told last', () => {
    for (const [text, expectedText, months] of [
      ['Two months later, troops killed both gunmen.', 'Two months later', 2],
      ['the group had split a year earlier', 'a year earlier', -12],
      ['Three years later he returned to Mosul.', 'Three years later', 36],
    ] as const) {
      const d = only(text);
      expect(d.text, text).toBe(expectedText);
      expect(d.value, text).toBeNull();
      expect(d.shiftMonths, text).toBe(months);
      expect(d.shift, text).toBeUndefined();
    }
  });

  it('shiftMonths moves a day or a month to the month, and a year only by whole years', () => {
    expect(shiftMonths('2023-10-18', 2)).toBe('2023-12');
    expect(shiftMonths('2023-11', 3)).toBe('2024-02');
    expect(shiftMonths('2024-01', -1)).toBe('2023-12');
    expect(shiftMonths('2019', 24)).toBe('2021');
    expect(shiftMonths('2019', 2)).toBeNull();
    expect(shiftMonths('late May', 2)).toBeNull();
  });

  it('shiftDay moves a full day across months and years, and refuses a month', () => {
    expect(shiftDay('2020-05-30', 3)).toBe('2020-06-02');
    expect(shiftDay('2021-01-01', -1)).toBe('2020-12-31');
    expect(shiftDay('2020-05', 1)).toBeNull();
  });
});

describe('the same day as the date told last ("later that day", "hours later")', () => {
  it.each([
    ['Later that day, gunmen attacked a bank.', 'Later that day'],
    ['On the same day police arrested two men.', 'the same day'],
    ['Hours later, a second bomb went off.', 'Hours later'],
    ['Earlier that morning the convoy had left.', 'Earlier that morning'],
  ])('%s', (text, expectedText) => {
    const d = only(text);
    expect(d.text).toBe(expectedText);
    expect(d.shift).toBe(0);
  });
});

describe('events3: the weekend', () => {
  it('"over the weekend", "last weekend": the Saturday and Sunday before publication', () => {
    // 2021-03-16 is a Tuesday: the weekend before is 13–14 March
    expect(only('A bomb hit an army truck over the weekend.', '2021-03-16').value).toBe('2021-03');
    expect(only('Last weekend, gunmen raided a village.', '2021-03-16').value).toBe('2021-03');
    // 2021-03-01 is a Monday: that weekend is 27–28 February
    expect(only('Rebels shelled the town at the weekend.', '2021-03-01').value).toBe('2021-02');
    // a weekend that spans two months is known only to the year
    expect(only('They met over the weekend.', '2021-08-02').value).toBe('2021');
    expect(findDates('the weekend edition of the paper', '2021-03-16')).toHaveLength(0);
  });
});

describe('dates next to punctuation (the scanner tries only where a word starts)', () => {
  it.each([
    ['The envoy arrived (on 3 March 2019) by road.', '3 March 2019', '2019-03-03'],
    ['Talks resumed—March 2016—after a lull.', 'March 2016', '2016-03'],
    ['"Yesterday," the official said, "was quiet."', 'Yesterday', '2014-07-31'],
    ['Her statement,2014-05-15,was short.', '2014-05-15', '2014-05-15'],
  ])('%s → %s', (text, expr, value) => {
    expect(pairs(text)).toEqual([[expr, value]]);
  });
  it('finds nothing at the end of a word', () => {
    expect(pairs('The committee met: nothing followed.')).toEqual([]);
    expect(pairs('Roadblocks, checkpoints; patrols.')).toEqual([]);
  });
});
