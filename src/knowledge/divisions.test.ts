import { describe, expect, it } from 'vitest';
import { entitiesOf, find, typeOf } from '../../test/entities-helpers.js';
import { DIVISIONS, divisionAlternation, LOCAL_AREA, NEWER_DIVISIONS } from './divisions.js';

// The nouns of a country's divisions, read the same way by every stage (divisions.ts). Every
// sentence and every place name below the unit tests is written for the test; the names are
// made up or left to the context, so that the gazetteer cannot type them.

describe('the division nouns', () => {
  it('form their plurals', () => {
    const plural = new RegExp(`^${divisionAlternation(DIVISIONS, true)}$`);
    for (const w of ['regencies', 'wilayas', 'counties', 'sub-districts', 'subdistricts'])
      expect(plural.test(w)).toBe(true);
    expect(plural.test('countys')).toBe(false);
  });

  it('make one alternation, hyphens optional', () => {
    const re = new RegExp(`^${divisionAlternation(DIVISIONS)}$`);
    for (const w of ['regency', 'woreda', 'subdistrict', 'sub-district', 'oblast'])
      expect(re.test(w)).toBe(true);
    expect(re.test('department')).toBe(false);
    const plural = new RegExp(`^${divisionAlternation(NEWER_DIVISIONS, true)}$`);
    expect(plural.test('regencies')).toBe(true);
    expect(plural.test('regency')).toBe(false);
  });

  it('know a local government area in its spellings', () => {
    for (const s of ['Local Government Area', 'local government area', 'Local Government Council', 'LGA'])
      expect(LOCAL_AREA.test(s)).toBe(true);
    expect(LOCAL_AREA.test('Localities')).toBe(false);
  });
});

describe('a name before a division noun is a place', () => {
  it.each([
    ['Soldiers clashed with rebels in the Tembara Jaya regency on Monday.', 'Tembara Jaya'],
    ['Two teachers were shot dead in Kolani regency, the provincial police said.', 'Kolani'],
    ['Gunmen ambushed a patrol in Ouled Zerka wilaya overnight.', 'Ouled Zerka'],
    ['The army said troops had entered the wilaya of Sidi Tamra.', 'Sidi Tamra'],
    ['Fighting spread to the Dalbeti woreda, aid workers said.', 'Dalbeti'],
    ['Militiamen burned homes in Gobora woreda last week.', 'Gobora'],
    ['The fighting displaced thousands in the Kamesi zone, the agency said.', 'Kamesi'],
    ['Shelling hit the Velikorsk raion overnight, the governor said.', 'Velikorsk'],
  ])('%s', (text, name) => {
    const e = find(text, name);
    expect(e?.type).toBe('place');
    expect(e?.name).toBe(name);
  });

  it('reads every name of a list that a division plural closes', () => {
    const a = entitiesOf('Clashes were reported in the Tembara, Kolani and Dusmeri regencies on Friday.');
    for (const n of ['Tembara', 'Kolani', 'Dusmeri']) expect(a.find((e) => e.name === n)?.type).toBe('place');
    const b = entitiesOf('Curfews were imposed across the Dalbeti and Gobora woredas after the attack.');
    for (const n of ['Dalbeti', 'Gobora']) expect(b.find((e) => e.name === n)?.type).toBe('place');
    const c = entitiesOf('Aid convoys reached the Kwandara and Sorobi districts on Sunday.');
    for (const n of ['Kwandara', 'Sorobi']) expect(c.find((e) => e.name === n)?.type).toBe('place');
  });
});

describe('a local government area', () => {
  it('is a division of the place its "of" names, and no organisation', () => {
    const a = entitiesOf('Troops later reached Gwoza Local Government Area of Borno, the army said.');
    expect(a.find((e) => e.name === 'Gwoza')?.type).toBe('place');
    expect(a.find((e) => e.name.startsWith('Borno'))?.type).toBe('place');
    const b = entitiesOf(
      'Gunmen killed 12 villagers in Tsafe Local Government Area of Zamfara State on Sunday.',
    );
    expect(b.find((e) => e.name === 'Tsafe')?.type).toBe('place');
    expect(b.find((e) => e.name.startsWith('Zamfara'))?.type).toBe('place');
    expect(b.some((e) => /Local Government/.test(e.name))).toBe(false);
  });

  it('"LGA" names nothing of its own', () => {
    const a = entitiesOf('Bandits attacked villages in Gwoza LGA of Borno State on Monday.');
    expect(a.some((e) => e.name === 'LGA')).toBe(false);
    expect(typeOf('Bandits attacked villages in Gwoza LGA of Borno State on Monday.', 'Gwoza')).toBe('place');
    const b = entitiesOf('Police said gunmen had raided Kaura LGA in Kaduna State.');
    expect(b.some((e) => e.name === 'LGA')).toBe(false);
    expect(b.find((e) => e.name === 'Kaura')?.type).toBe('place');
  });

  it('leaves the bodies named after local government alone', () => {
    const a = entitiesOf('The Ministry of Local Government said the council met in Abuja.');
    expect(a.find((e) => e.name === 'Ministry of Local Government')?.type).toBe('organization');
  });
});
