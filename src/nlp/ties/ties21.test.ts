import { describe, expect, it } from 'vitest';
import { tieStrings } from '../../../test/ties-helpers.js';

// Ties that the parse hides (ties21): a subject the parser hung on a fronted phrase or read as
// a modifier ("Both").

const ties = (text: string) => tieStrings(text, '2026-05-10');

describe('ties21: a subject the parser hung elsewhere', () => {
  it('reads the names after a fronted phrase and its comma as the subject', () => {
    const a = ties(
      'In the neighbouring Kurram district, the Pakistan Army and the TTP have clashed repeatedly since spring.',
    );
    expect(a).toContain('fights(Pakistan Army, TTP)');
    const b = ties('Inside the rugged Tibesti region, the Chadian army and the FACT have fought for months.');
    expect(b).toContain('fights(Chadian army, FACT)');
  });
  it('reads "Both" opening a sentence as the two people named before', () => {
    const a = ties(
      'Police detained Karim Haddad and Samir Aziz at a checkpoint outside Tripoli. Both belonged to Hezbollah, an officer said.',
    );
    expect(a).toContain('member_of(Karim Haddad, Hezbollah)');
    expect(a).toContain('member_of(Samir Aziz, Hezbollah)');
    const b = ties(
      'Soldiers captured Omar Diallo and Issa Maiga near the river on Sunday. Both belonged to a Katiba Macina cell, the army said.',
    );
    expect(b).toContain('member_of(Omar Diallo, Katiba Macina)');
    expect(b).toContain('member_of(Issa Maiga, Katiba Macina)');
  });
});
