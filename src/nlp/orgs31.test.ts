import { describe, expect, it } from 'vitest';
import { entitiesOf } from '../../test/entities-helpers.js';
import { extract } from './pipeline.js';

// Organisation names that begin with a place (orgs31): the place is part of the body's name
// when a body's word closes the capitalised run, also when the rest of the run is a body's
// generic name the gazetteer knows ("Security Council"), and "of" before a body's word that
// is also a town's name ("Police") goes on with the name. Every sentence is written for the test.

/** a first paragraph, so that the sentence under test is no headline */
const LEAD = 'Reporters gathered outside the court building early on a cold morning.\n\n';

const names = (text: string) => entitiesOf(LEAD + text).map((e) => `${e.type}:${e.name}`);

describe('a place, then capitalised words closed by a body word, is one organisation', () => {
  it.each([
    ['Residents said the Maradi Militia had sent men to the village on Sunday.', 'Maradi Militia'],
    ['Two fighters of the Kindu Militia were captured near the river.', 'Kindu Militia'],
    ['The Tahoua Volunteers said they had lost three men in the fight.', 'Tahoua Volunteers'],
    ['Members of the Gombe Volunteers manned the checkpoint at night.', 'Gombe Volunteers'],
    ['The Kaura Vigilantes handed the suspects to the army.', 'Kaura Vigilantes'],
    ['Witnesses said the Dosso Vigilantes had set up roadblocks.', 'Dosso Vigilantes'],
    ['Leaders of the Matam Brotherhood called for calm after the vote.', 'Matam Brotherhood'],
    ['The Kolda Brotherhood denied any role in the riots.', 'Kolda Brotherhood'],
    ['Veterans of the Tarvisio Legion marched through the square.', 'Tarvisio Legion'],
    ['The Zinder Legion was disbanded in the spring.', 'Zinder Legion'],
    ['The Garissa Commandos stormed the compound before dawn.', 'Garissa Commandos'],
    ['Six men of the Lokoja Commandos were wounded.', 'Lokoja Commandos'],
    ['The Agadez Garrison came under fire on Tuesday.', 'Agadez Garrison'],
    ['Reinforcements left the Tillaberi Garrison at noon.', 'Tillaberi Garrison'],
    ['The Maradi Border Patrol stopped a truck full of rifles.', 'Maradi Border Patrol'],
    ['Officers of the Kebbi Highway Patrol found the car.', 'Kebbi Highway Patrol'],
    ['The Sokoto Defence Headquarters said the raid had failed.', 'Sokoto Defence Headquarters'],
    ['A statement from the Arusha Police Headquarters named no suspect.', 'Arusha Police Headquarters'],
    ['The Mombasa Customs seized the shipment of fuel.', 'Mombasa Customs'],
    ['Officers of the Lome Customs found ammunition in the crates.', 'Lome Customs'],
    ['The Ituri Self-Defence Militia said it had lost three men.', 'Ituri Self-Defence Militia'],
  ])('%s', (text, name) => {
    const found = names(text);
    expect(found).toContain(`organization:${name}`);
    // the place that opens the name is no place of its own there
    expect(found).not.toContain(`place:${name.split(' ')[0]}`);
  });
});

describe('a place before a body the gazetteer knows by a generic name is that place’s body', () => {
  it.each([
    ['The Sikasso Security Council met on Sunday to discuss the curfew.', 'Sikasso Security Council'],
    ['Members of the Kayes Security Council rejected the plan.', 'Kayes Security Council'],
    [
      'The Quetta Counter Terrorism Department said the cell was planning attacks.',
      'Quetta Counter Terrorism Department',
    ],
    [
      'Officers of the Karachi Counter Terrorism Department raided a flat.',
      'Karachi Counter Terrorism Department',
    ],
  ])('%s', (text, name) => {
    const found = names(text);
    expect(found).toContain(`organization:${name}`);
    expect(found).not.toContain(`organization:${name.split(' ').slice(1).join(' ')}`);
  });

  it('keeps the known body alone when no place opens the name', () => {
    const found = names('The Security Council met on Sunday to discuss the sanctions.');
    expect(found).toContain('organization:Security Council');
    expect(found.filter((n) => n.endsWith(' Security Council'))).toEqual([]);
    expect(names('The Counter Terrorism Department said the cell was small.')).toContain(
      'organization:Counter Terrorism Department',
    );
  });

  it('does not take a person’s given name for the place', () => {
    for (const text of [
      'Fatima Security Council members met on Sunday.',
      'Officers said Ahmed Counter Terrorism Department staff were present.',
    ])
      expect(names(text).some((n) => /^organization:(?:Fatima|Ahmed) /.test(n))).toBe(false);
  });
});

describe('"of" and a body word that is also a town’s name go on with the body’s name', () => {
  it.each([
    ['Calm has returned, the Mopti Directorate of Police said.', 'Mopti Directorate of Police'],
    ['The Regional Directorate of Police said two officers were hurt.', 'Regional Directorate of Police'],
    ['The Kankan Bureau of Police opened an inquiry.', 'Kankan Bureau of Police'],
  ])('%s', (text, name) => {
    expect(names(text)).toContain(`organization:${name}`);
  });
});

describe('a quote goes to the body named by a place and a body word', () => {
  it.each([
    [
      '"We lost three men," said the Ituri Self-Defence Militia in a statement.',
      'Ituri Self-Defence Militia',
    ],
    ['"Calm has returned to the town," the Segou Directorate of Police said.', 'Segou Directorate of Police'],
    [
      '"The suspects are foreigners," the Quetta Counter Terrorism Department said on Monday.',
      'Quetta Counter Terrorism Department',
    ],
  ])('%s', (text, name) => {
    const x = extract({ title: null, published: '2026-12-04', url: null, text: LEAD + text });
    const q = x.quotes[0];
    expect(q).toBeDefined();
    expect(x.entities.find((e) => e.id === q.speaker)?.name).toBe(name);
  });
});
