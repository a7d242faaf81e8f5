import { describe, expect, it } from 'vitest';
import { tieStrings } from '../../../test/ties-helpers.js';

// A person who owns a group leads it (ties-owner): "X's G" and "the G militia of X". The
// patterns' own examples run in patterns.test.ts; these are the cases they must not read.

const ties = (text: string) => tieStrings(text, '2026-05-10');
const leaders = (text: string) => ties(text).filter((t) => t.startsWith('leader_of('));

describe('ties-owner: the owner of a group', () => {
  it('reads "X\'s G" and "the G faction of X" as leader_of', () => {
    expect(
      leaders("Gunmen loyal to Musa Kiprop's Mount Elgon Defence Force withdrew from the border."),
    ).toEqual(['leader_of(Musa Kiprop, Mount Elgon Defence Force)']);
    expect(
      leaders('Officials met envoys of the Democratic Alliance faction of Joseph Lado in Juba.'),
    ).toEqual(['leader_of(Joseph Lado, Democratic Alliance)']);
  });

  it('gives a state body no owner', () => {
    expect(leaders("Emmanuel Macron's Foreign Ministry summoned the ambassador.")).toEqual([]);
    expect(leaders("Narendra Modi's Home Ministry banned the group in 2019.")).toEqual([]);
  });

  it('takes no "of" phrase that stands further on', () => {
    for (const text of [
      'The fighters belonged to the banned Revolutionary Party of Bihar (Marxist), Inspector General of Police Arun Kumar told reporters.',
      'The rebels joined the Patriotic Front of Kivu in March, according to the governor of Ituri, Jean Bakole.',
    ])
      expect(leaders(text), text).toEqual([]);
  });

  it('reads nothing from a possessive on people who are no group', () => {
    expect(leaders("Salim Ahmed's lawyers said the Federal Police had no warrant.")).toEqual([]);
  });
});

describe('ties-owner: a count of acts', () => {
  it('reads the doer and the target through "dozens of", "a wave of"', () => {
    expect(
      ties('The United States has carried out dozens of airstrikes against al-Shabaab this year.'),
    ).toContain('fights(United States, al-Shabaab)');
    expect(
      ties('Israel carried out a wave of airstrikes on Hezbollah positions in southern Lebanon.'),
    ).toContain('fights(Israel, Hezbollah)');
  });
  it('reads no fight from a count of people', () => {
    expect(ties('Hundreds of people protested against the Taliban in Herat.')).toEqual([]);
  });
});

describe('ties-owner: a backing verb the tagger takes for a plural noun', () => {
  it('reads "X arms G", "X finances G" as support', () => {
    expect(ties('Officials say Iran arms the Houthis.')).toContain('supports(Iran, Houthis)');
    expect(ties('Analysts believe Qatar finances Hamas.')).toContain('supports(Qatar, Hamas)');
    expect(ties('Rwanda also arms and trains the M23, the report said.')).toContain('supports(Rwanda, M23)');
  });
  it('leaves the noun a noun', () => {
    expect(ties("Police seized the Houthis' arms near the port.")).toEqual([]);
    expect(ties('The arms the police found belonged to Hamas.')).toEqual([]);
  });
});
