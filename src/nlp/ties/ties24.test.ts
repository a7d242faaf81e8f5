import { describe, expect, it } from 'vitest';
import { tieStrings } from '../../../test/ties-helpers.js';

// Ties of the seventh news pass (ties24): an armed group or a state's army "in" a place is
// where it acts, not a seat; groups tied to groups in one sentence.

const ties = (text: string) => tieStrings(text, '2026-05-10');

describe('ties24: no seat for an armed group or an army "in" a place', () => {
  it('does not place a militant group in the place a phrase "in P" names', () => {
    const a = ties('Residents said the Islamic State in Mozambique had burned two churches.');
    expect(a).not.toContain('located_in(Islamic State, Mozambique)');
    const b = ties('A doctor at the hospital said Boko Haram in Borno had grown stronger.');
    expect(b).not.toContain('located_in(Boko Haram, Borno)');
    // (a group based in a place keeps its seat)
    expect(ties('Boko Haram, which is based in Borno, denied the claim.')).toContain(
      'located_in(Boko Haram, Borno)',
    );
  });
  it('does not place an army in the town where fighters surrendered to it', () => {
    const a = ties(
      'Three rebels of the Allied Democratic Forces surrendered to the Ugandan army in Kasese on Friday.',
    );
    expect(a).not.toContain('located_in(Ugandan army, Kasese)');
    const b = ties('Two fighters handed themselves over to the Nigerian military in Maiduguri last week.');
    expect(b).not.toContain('located_in(Nigerian military, Maiduguri)');
    // (a court keeps its seat)
    expect(ties('The Higher Regional Court in Munich convicted him on Tuesday.')).toContain(
      'located_in(Higher Regional Court, Munich)',
    );
  });
});
