import { describe, expect, it } from 'vitest';
import { entitiesOf, typeOf } from '../../test/entities-helpers.js';

// Bodies that count and watch violence, named by the noun after their name (ents13). Every
// sentence and name here is written for the test.

describe('a monitor named by its noun', () => {
  it.each([
    ['Figures from the Vestrana conflict monitor show a rise in attacks.', 'Vestrana'],
    ['The Harmon rights watchdog said 40 people had died.', 'Harmon'],
    ['"It is weaker," said Lena Ortiz, a researcher with the Pampa Lindo conflict monitor.', 'Pampa Lindo'],
    ['According to the Arvel observatory, the fighting has displaced 3,000 people.', 'Arvel'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('organization');
  });

  it('leaves a place before such a noun a place', () => {
    expect(typeOf('The Syria conflict monitor said 40 people had died.', 'Syria')).toBe('place');
  });
});

describe('names ending in a tracker, an initiative or a project', () => {
  it.each([
    ['Data from the Dorval Security Tracker showed a rise in kidnappings.', 'Dorval Security Tracker'],
    ['The Counter Hate Project said the channel had 40,000 followers.', 'Counter Hate Project'],
    ['said Karen Lowe, who directs the Sahel Initiative at a London institute.', 'Sahel Initiative'],
    ['The Marten Peace Initiative called for talks between the two sides.', 'Marten Peace Initiative'],
  ])('%s', (text, name) => {
    const e = entitiesOf(text).find((x) => x.names.includes(name));
    expect(e?.type).toBe('organization');
  });
});

describe('two bodies whose names differ by a word inside stay two', () => {
  it.each([
    [
      'The Kolvar Army said it had taken the town. The Kolvar Liberation Army denied any role.',
      'Kolvar Army',
      'Kolvar Liberation Army',
    ],
    [
      'Fighters of the Syrian National Army clashed with the Syrian Army near the river.',
      'Syrian National Army',
      'Syrian Army',
    ],
    [
      'The Arakan Army seized the base. The Arakan Rohingya Salvation Army said it was not involved.',
      'Arakan Army',
      'Arakan Rohingya Salvation Army',
    ],
  ])('%s', (text, a, b) => {
    const es = entitiesOf(text);
    const ea = es.find((e) => e.name === a);
    const eb = es.find((e) => e.name === b);
    expect(ea?.type).toBe('organization');
    expect(eb?.type).toBe('organization');
  });
});

describe('a party and its armed wing are two bodies', () => {
  it.each([
    "Troops killed three guerrillas of the New People's Army, the armed wing of the Communist Party of the Philippines, on Monday.",
    "The Communist Party of the Philippines said in a statement that New People's Army units would keep fighting.",
    'The CPP said the NPA had lost a commander in Samar.',
  ])('%s', (text) => {
    const es = entitiesOf(text);
    const npa = es.find((e) => e.names.includes("New People's Army") || e.names.includes('NPA'));
    const cpp = es.find(
      (e) => e.names.includes('Communist Party of the Philippines') || e.names.includes('CPP'),
    );
    expect(npa).toBeDefined();
    expect(cpp).toBeDefined();
    expect(npa).not.toBe(cpp);
  });
});

describe('a local force and the place it is in are two names', () => {
  it.each([
    [
      "Fighters from the People's Defence Force in Magway attacked a junta convoy.",
      "People's Defence Force",
      'Magway',
    ],
    [
      'A commander of the Local Defence Force in Sagaing region was killed.',
      'Local Defence Force',
      'Sagaing',
    ],
    ['The Home Guard Force in Kolbeni said two of its men had died.', 'Home Guard Force', 'Kolbeni'],
  ])('%s', (text, force, place) => {
    const es = entitiesOf(text);
    expect(es.find((e) => e.name === force)?.type).toBe('organization');
    expect(es.find((e) => e.name === place)?.type).toBe('place');
  });

  it('keeps a mission named for its country whole', () => {
    const es = entitiesOf('The Integrated Stabilization Mission in Mali said a convoy was hit.');
    expect(es.some((e) => e.type === 'organization' && /Mission in Mali$/.test(e.name))).toBe(true);
  });
});

describe('a lone name after "the" that speaks is a body', () => {
  it.each([
    ['The Tatmadaw said its troops had retaken the base on Sunday.', 'Tatmadaw'],
    ['The Kolvara said in a statement that it would not negotiate.', 'Kolvara'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('organization');
  });

  it('leaves a lone surname that speaks a person', () => {
    expect(
      typeOf(
        'Dr. Amina Kolvara arrived late. Kolvara said the clinic had run out of drugs.',
        'Amina Kolvara',
      ),
    ).toBe('person');
    expect(typeOf('Police chief Idris Vomba spoke first. Vomba said two men were held.', 'Idris Vomba')).toBe(
      'person',
    );
  });
});

describe('a month short form that is a given name', () => {
  it.each([
    ['Jan Voskuil, head of a Norwegian aid group, said the convoy was blocked.', 'Jan Voskuil'],
    ['Army spokesman Jun Dalisay said five rebels were killed.', 'Jun Dalisay'],
    ['Jun Dalisay, a village chief, said the gunmen fled north.', 'Jun Dalisay'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('person');
  });

  it('is still a month before a number, a group or a country', () => {
    expect(entitiesOf('On Jun 12 Hamas said it would talk.').some((e) => e.type === 'person')).toBe(false);
    expect(entitiesOf('In Jan Hamas fighters attacked the crossing.').some((e) => e.type === 'person')).toBe(
      false,
    );
  });
});

describe('a town after a place preposition before a speech verb', () => {
  it.each([
    ['Police in Derry said a bomb was found near the station.', 'Derry'],
    ["The group's commander in Derry said he would fight on.", 'Derry'],
    ['Officials from Bolton said the road had been shut.', 'Bolton'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('place');
  });

  it('leaves a town name that speaks a surname', () => {
    expect(typeOf('Trowbridge said the plan had failed.', 'Trowbridge')).toBe('person');
  });
});
