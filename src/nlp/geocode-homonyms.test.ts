import { describe, expect, it } from 'vitest';
import { place, run } from '../../test/geocode-helpers.js';
import { demonym, geocode, lookupPlace } from '../knowledge/places.js';

describe('"Congo": two countries share the name', () => {
  it('reads both countries, the larger one first, and the wire name of each', () => {
    expect(lookupPlace('Congo').map((c) => c.country)).toEqual(['CD', 'CG']);
    expect(geocode('Congo')?.country).toBe('CD');
    expect(geocode('Congo', ['CG'])?.country).toBe('CG');
    expect(geocode('Congo', ['UG', 'CD'])?.country).toBe('CD');
    expect(geocode('Republic of Congo')?.country).toBe('CG');
    expect(geocode('Congo Republic')?.country).toBe('CG');
    expect(geocode('Democratic Republic of Congo')?.country).toBe('CD');
    expect(demonym('Congolese')?.country).toBe('CD');
  });

  it('is the country of the towns the article names', () => {
    const east = place(
      'GOMA, Congo (AP) — Rebels shelled villages outside Goma and Butembo on Sunday, officials in Kinshasa said.',
      'Congo',
    );
    expect(east?.geo?.country).toBe('CD');
    const west = place(
      'Fuel ran short in Brazzaville and Pointe-Noire this week, and Congo asked its neighbours for help.',
      'Congo',
    );
    expect(west?.geo?.country).toBe('CG');
  });
});

describe('a name after "the commune of", "the municipality of" is a place', () => {
  it('types an unknown name as a place, not a person', () => {
    for (const [text, name] of [
      ['Gunmen burned a school in the rural commune of Ndakoro overnight, a teacher said.', 'Ndakoro'],
      ['The mayor of the municipality of Tavelino resigned after the kidnapping.', 'Tavelino'],
      ['Troops were sent to the township of Kerumbi after the raid.', 'Kerumbi'],
    ])
      expect(run(text).entities.find((e) => e.name === name)?.type).toBe('place');
  });
});

describe('a town whose name is also a word or a given name, in a list of places', () => {
  it('is a place when "and" or "or" joins it to a known town', () => {
    const mora = place('Soldiers stepped up patrols around Kolofata and Mora after the raid.', 'Mora');
    expect(mora?.geo?.country).toBe('CM');
    const gao = place('Convoys moved between Kidal and Gao last week, the UN mission reported.', 'Gao');
    expect(gao?.geo?.country).toBe('ML');
    const before = place('Markets in Mora or Maroua may close early, a trader warned.', 'Mora');
    expect(before?.geo?.country).toBe('CM');
  });

  it('stays out when nothing places it', () => {
    expect(place('The linguist counted every mora and syllable in the poem.', 'Mora')).toBeUndefined();
  });
});

describe('a camp or a village named like a person', () => {
  it('is a place after a preposition of place or "of", without "the"', () => {
    const camp = place('Thousands of residents of Nur Shams camp, east of Tulkarm, have fled.', 'Nur Shams');
    expect(camp?.geo?.country).toBe('PS');
    const village = run('Police said the gunmen hid in Hassan Kheyl village for two days before the raid.');
    expect(village.entities.find((e) => e.name === 'Hassan Kheyl')?.type).toBe('place');
  });

  it('is a faction, not a place, after "the"', () => {
    const x = run('Sources in the Imran Khan camp said the talks had stalled.');
    expect(x.entities.find((e) => e.name === 'Imran Khan')?.type).toBe('person');
  });
});

describe('a small town whose only namesake in the tables lies in a country the article never names', () => {
  const somali =
    'MOGADISHU, Somalia (AP) — Militants attacked an army base in Balad, about 30 kilometres north of Mogadishu, on Monday. ' +
    'Residents of Afgooye and Jowhar said the roads were closed, and troops arrived from Beledweyne.';
  it('is not put at the namesake; the words around it place it', () => {
    const g = place(somali, 'Balad')?.geo;
    expect(g?.country).toBe('SO');
    expect(g?.lat).toBeGreaterThan(2.1);
    expect(g?.lat).toBeLessThan(2.6);
    const bare = place(
      'Fighting was reported in Balad on Sunday. Officials in Mogadishu, Jowhar and Kismayo said reinforcements were sent from Baidoa.',
      'Balad',
    );
    expect(bare).toBeDefined();
    expect(bare?.geo?.country).not.toBe('IQ');
  });

  it('keeps the namesake when the article is about its country', () => {
    const g = place(
      'A car bomb exploded in Balad, north of Baghdad, on Friday, police in Samarra and Tikrit said.',
      'Balad',
    )?.geo;
    expect(g?.country).toBe('IQ');
    const one = place('Rockets hit an air base near Balad in Iraq on Monday.', 'Balad')?.geo;
    expect(one?.country).toBe('IQ');
  });
});
