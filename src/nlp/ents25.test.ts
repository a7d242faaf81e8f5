import { describe, expect, it } from 'vitest';
import { find, typeOf } from '../../test/entities-helpers.js';

// An unknown name that modifies a common noun after "the" ("the X checkpoint", "the X
// attack") is a place, not a person. Every sentence and name here is written for the test.

describe('an unknown name before a noun of a site or an act of war, after "the"', () => {
  it.each([
    ['Militants overran the Tandoma checkpoint before dawn on Sunday.', 'Tandoma'],
    ['Gunmen stormed the Ulobe prison overnight and freed forty inmates.', 'Ulobe'],
    ['The Wekama attack killed four police officers, the governor said.', 'Wekama'],
    ['Traders returned to the Kessuri market two days after the blast.', 'Kessuri'],
    ['Soldiers pulled out of the Obalo outpost after a week of shelling.', 'Obalo'],
    ['Survivors of the Dirmaka ambush were flown to the capital.', 'Dirmaka'],
  ])('%s → %s is a place', (text, name) => {
    expect(typeOf(text, name)).toBe('place');
  });
});

describe('what a name before a noun does not make a place', () => {
  it.each([
    ['The Velkarov administration condemned the bombing in a statement.', 'Velkarov'],
    ['The Dembaro family said their son was innocent.', 'Dembaro'],
    ['Lawyers in the Dravinsk case asked for a new trial.', 'Dravinsk'],
    ['Fighters loyal to the Qasimi faction clashed with the army.', 'Qasimi'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).not.toBe('place');
  });

  it('an acronym before an act of war is a group, not ground', () => {
    expect(typeOf('Officials blamed the KLMF attack on the rebels of the north.', 'KLMF')).not.toBe('place');
    expect(find('Officials blamed the KLMF attack on the rebels of the north.', 'KLMF')).toBeDefined();
  });
});
