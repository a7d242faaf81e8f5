import { describe, expect, it } from 'vitest';
import type { EntityType } from '../types.js';
import { type Incoming, judge, type Known } from './resolve.js';

const inc = (type: EntityType, names: string[], extra: Partial<Incoming> = {}): Incoming => ({
  type,
  names,
  gazetteerKey: null,
  country: null,
  roles: [],
  context: new Set(),
  ...extra,
});
const known = (type: EntityType, names: string[], extra: Partial<Known> = {}): Known => ({
  id: 'K',
  type,
  names,
  gazetteerKey: null,
  country: null,
  roles: [],
  neighbours: () => new Set(),
  ...extra,
});

describe('judge', () => {
  it('keeps a lone given name apart from a full name it is not part of; a lone surname of it stays a question', () => {
    for (const [a, b] of [
      ['Saad', 'Sayyed Hasan Nasrallah'],
      ['Hamid', 'Hamed Karzai Popalzai'],
    ]) {
      const v = judge(inc('person', [a]), known('person', [b]));
      expect(v.decision, `${a} / ${b}`).toBe('apart');
    }
    const near = judge(inc('person', ['Nasrallah']), known('person', ['Sayyed Hasan Nasrallah']));
    expect(near.decision).not.toBe('apart');
  });

  it('keeps look-alike names of people in different countries apart', () => {
    // Without countries this pair is a candidate (a short form); placed apart, it is two people.
    expect(judge(inc('person', ['Yahya Sarea']), known('person', ['Yahya Saree Ahmed'])).decision).toBe(
      'candidate',
    );
    const v = judge(
      inc('person', ['Yahya Sarea'], { country: 'YE' }),
      known('person', ['Yahya Saree Ahmed'], { country: 'LB' }),
    );
    expect(v.decision).toBe('apart');
    expect(v.reasons).toContain('different countries');
  });

  it('merges transliteration variants of a group name without any gazetteer help', () => {
    const v = judge(
      inc('organization', ['Tehreek-e-Taliban Pakistan']),
      known('organization', ['Tehrik-i-Taliban Pakistan']),
    );
    expect(v.decision).toBe('merge');
    expect(v.reasons.join(' ')).toMatch(/variants/);
  });

  it('merges an acronym of three letters or more with its expansion, and says so', () => {
    const v = judge(inc('organization', ['TTP']), known('organization', ['Tehrik-i-Taliban Pakistan']));
    expect(v.decision).toBe('merge');
    expect(v.reasons[0]).toMatch(/acronym "TTP"/);
  });

  it('holds a two-letter acronym back as a candidate unless context supports it', () => {
    const k = known('organization', ['Islamic State'], { neighbours: () => new Set(['a', 'b']) });
    expect(judge(inc('organization', ['IS']), k).decision).toBe('candidate');
    expect(judge(inc('organization', ['IS'], { context: new Set(['a', 'b']) }), k).decision).toBe('merge');
  });

  it('keeps Hafiz Saeed and Hafiz Saeed Khan apart even with shared context', () => {
    const ctx = new Set(['x', 'y', 'z']);
    const v = judge(
      inc('person', ['Hafiz Saeed Khan'], { context: ctx }),
      known('person', ['Hafiz Saeed'], { neighbours: () => ctx }),
    );
    expect(v.decision).not.toBe('merge');
  });

  it('does not merge a common name on the name alone, but does with shared ties', () => {
    // the same full name on both sides, nothing else: a common one is only a question
    const sameName = (n: string) => judge(inc('person', [n]), known('person', [n])).decision;
    expect(sameName('Muhammad Khan')).toBe('candidate');
    expect(sameName('Asad al Khorasani')).toBe('merge');
    const alone = judge(inc('person', ['Muhammad Khan']), known('person', ['Muhammad Khan']));
    expect(alone.decision).toBe('candidate');
    const tied = judge(
      inc('person', ['Muhammad Khan'], { context: new Set(['ttp', 'swat']) }),
      known('person', ['Mohammad Khan'], { neighbours: () => new Set(['ttp', 'swat']) }),
    );
    expect(tied.decision).toBe('merge');
  });

  it('does not merge two people because both were called by the same bare surname', () => {
    const ctx = new Set(['islamic-state', 'pakistan', 'karachi']);
    const v = judge(
      inc('person', ['Qaisar Khan', 'Colonel Qaisar Khan', 'Khan'], { context: ctx }),
      known('person', ['Hafiz Sayed Khan', 'Khan'], { neighbours: () => ctx }),
    );
    expect(v.decision).not.toBe('merge');
  });

  it('does not let a short form chain one profile onto another person with the same given and family name', () => {
    // "Ahmad Zaroon" fits both; the profile's fullest name decides.
    const k = known('person', ['Ahmad Farooq Zaroon', 'Ahmad Zaroon']);
    const other = judge(inc('person', ['Ahmad Latif Zaroon']), k);
    expect(other.decision).not.toBe('merge');
    expect(other.reasons.join(' ')).toMatch(/fullest names differ/);
    expect(judge(inc('person', ['Ahmed Farooq Zaroon']), k).decision).toBe('merge');
    expect(judge(inc('person', ['Ahmad Zaroon']), k).decision).toBe('merge');
  });

  it('merges spelling variants of an uncommon person name on the name', () => {
    const v = judge(
      inc('person', ['Asad Khorsani']),
      known('person', ['Asad al Khorasani', 'Asad Khorasani']),
    );
    expect(v.decision).toBe('merge');
  });

  it('never merges across types, gazetteer entries or countries', () => {
    expect(judge(inc('person', ['Karachi']), known('place', ['Karachi'])).decision).toBe('apart');
    expect(
      judge(
        inc('organization', ['Islamic State'], { gazetteerKey: 'org:Islamic State' }),
        known('organization', ['Islamic State Khorasan'], { gazetteerKey: 'org:ISKP' }),
      ).decision,
    ).toBe('apart');
    expect(
      judge(inc('place', ['Hyderabad'], { country: 'PK' }), known('place', ['Hyderabad'], { country: 'IN' }))
        .decision,
    ).toBe('apart');
  });

  it('merges on a shared gazetteer entry whatever the spelling', () => {
    const v = judge(
      inc('organization', ['Pakistani Taliban'], { gazetteerKey: 'org:TTP' }),
      known('organization', ['TTP'], { gazetteerKey: 'org:TTP' }),
    );
    expect(v).toMatchObject({ decision: 'merge', score: 1 });
  });
});

describe('judge: what cannot be one person', () => {
  it('keeps two lone names from different articles apart unless the articles share something', () => {
    for (const [a, b] of [
      ['Saad', 'Sayyed'],
      ['Qasim', 'Qasem'],
    ]) {
      const v = judge(inc('person', [a]), known('person', [b]));
      expect(v.decision, `${a} / ${b}`).toBe('apart');
      expect(v.reasons.join('; ')).toMatch(/lone names in different articles/);
    }
    // One shared co-mention makes the pair worth a look, never a merge on its own.
    const v = judge(
      inc('person', ['Qasim'], { context: new Set(['g']) }),
      known('person', ['Qasem'], { neighbours: () => new Set(['g']) }),
    );
    expect(v.decision).toBe('candidate');
  });

  it('keeps people apart whose articles name places in no country in common', () => {
    // a common name, and a short form below the same-name bar
    for (const [name, other] of [
      ['Hamza Qasim', 'Hamza Yusuf Qasim'],
      ['Yahya Sarea', 'Yahya Saree Ahmed'],
    ]) {
      const k = (countries: string[]) => known('person', [other], { placedIn: () => new Set(countries) });
      const at = (countries: string[]) =>
        judge(inc('person', [name], { placedIn: new Set(countries) }), k(['PK'])).decision;
      expect(at(['ML']), name).toBe('apart');
      // a country in common, or no places at all, leaves the question open
      expect(at(['ML', 'PK']), name).toBe('candidate');
      expect(at([]), name).toBe('candidate');
    }
    // An uncommon name that is the same stays one person wherever the articles are.
    expect(
      judge(
        inc('person', ['Asad al Khorasani'], { placedIn: new Set(['AF']) }),
        known('person', ['Asad al Khorasani'], { placedIn: () => new Set(['PK']) }),
      ).decision,
    ).toBe('merge');
  });
});
