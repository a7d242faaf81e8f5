import { describe, expect, it } from 'vitest';
import { hasTie, readTies, showTies } from '../../../test/ties-helpers.js';

// A charge told, then denied by the one charged (denied-charge.ts). Every sentence is written
// for the test; the countries and groups are real, the events are not.

describe('a tie the charged side denies afterwards is negated', () => {
  it.each([
    // a relative clause on the charge, with the denial read as a verb or taken for a noun
    [
      'Western governments accuse Iran of arming the Houthis, an accusation Tehran rejects.',
      'supports',
      'Iran',
      'Houthis',
    ],
    ['UN experts accuse Rwanda of backing the M23, which Kigali denies.', 'supports', 'Rwanda', 'M23'],
    [
      'The United States accuses Iran of arming the Houthis, a charge Tehran denies.',
      'supports',
      'Iran',
      'Houthis',
    ],
    // the denial in the same sentence or the next, pointing back
    ['UN experts say Rwanda backs the M23, but Rwanda denies it.', 'supports', 'Rwanda', 'M23'],
    [
      'Officials say Pakistan shelters the Afghan Taliban. Islamabad dismisses the allegation.',
      'supports',
      'Pakistan',
      'Afghan Taliban',
    ],
    ['UN experts accuse Rwanda of backing the M23. Kigali denies this.', 'supports', 'Rwanda', 'M23'],
  ])('%s', (text, type, s, o) => {
    const found = readTies(text);
    expect(hasTie(found, type, s, o, true), showTies(found)).toBe(true);
    expect(hasTie(found, type, s, o, false), showTies(found)).toBe(false);
  });

  it('keeps the tie when someone else denies something else', () => {
    const found = readTies(
      'Rwanda backs the M23, officials said on Monday. The army also denied reports of a new offensive.',
    );
    expect(hasTie(found, 'supports', 'Rwanda', 'M23', false), showTies(found)).toBe(true);
    const found2 = readTies(
      'Officials say Pakistan shelters the Afghan Taliban. India rejected the allegation.',
    );
    expect(hasTie(found2, 'supports', 'Pakistan', 'Afghan Taliban', false), showTies(found2)).toBe(true);
  });
});
