import { describe, expect, it } from 'vitest';
import { entitiesOf, find, typeOf } from '../../test/entities-helpers.js';
import { extract } from './pipeline.js';

// Entity finding on constructions of news reporting: South Asian police and army ranks before
// a name, an acronym the text gives a body and then uses alone, an apposition that says a
// name is a town, protected land, the members of a party called by its bracketed qualifier,
// common nouns of conflict reporting at the head of a sentence, and ranks joined by a hyphen. Every sentence and name
// here is written for the test.

describe('a police or army rank before a name is the title, not the name', () => {
  it.each([
    [
      'Sub-Inspector Farhan Qureshi was shot dead at a checkpoint near Sialkot, police said.',
      'Farhan Qureshi',
    ],
    ['The raid was led by Sub-Inspector Waqas Anjum of the local police station.', 'Waqas Anjum'],
    ['Assistant Sub-Inspector Imtiaz Gondal was wounded in the blast on Friday.', 'Imtiaz Gondal'],
    ['Havildar Bahadur Thapa and two soldiers died when the truck hit a mine.', 'Bahadur Thapa'],
    ['Sepoy Rakesh Yadav was killed in the exchange of fire, the army said.', 'Rakesh Yadav'],
    ['Subedar Kuldeep Rana led the patrol into the forest on Tuesday.', 'Kuldeep Rana'],
  ])('%s → %s', (text, name) => {
    const e = entitiesOf(text).find((x) => x.type === 'person' && x.names.some((n) => n.endsWith(name)));
    expect(e?.name).toBe(name);
  });

  it('a surname that is also a rank elsewhere stays a name after a given name', () => {
    expect(
      typeOf('The cleric Imran Havildar spoke at the rally in Karachi on Sunday.', 'Imran Havildar'),
    ).toBe('person');
  });
});

describe('an acronym the text gives a body, used again alone, is that body', () => {
  it.each([
    [
      'The Burkinabe army, known by the French initials FDS, said it had repelled an attack near Djibo. FDS said nine attackers were killed.',
      'FDS',
      'Burkinabe army',
    ],
    [
      'The Nigerien army, known by its initials FAN, said troops had retaken the post. FAN told reporters the road was open again.',
      'FAN',
      'Nigerien army',
    ],
  ])('%s', (text, acronym, body) => {
    const ents = entitiesOf(text);
    const holders = ents.filter((e) => e.names.includes(acronym));
    expect(holders).toHaveLength(1);
    expect(holders[0].name).toBe(body);
    expect(holders[0].type).toBe('organization');
  });
});

describe('an apposition naming a kind of place makes a place of a name of two words or more', () => {
  it.each([
    ['Troops sealed off Shah Daulat Kalan, a village outside Gujrat, on Sunday.', 'Shah Daulat Kalan'],
    ['Gunmen stormed Pir Mohammad Kot, a town near the border, before dawn.', 'Pir Mohammad Kot'],
    ['Residents fled Ali Hassan Dheri, a settlement on the river, after the raid.', 'Ali Hassan Dheri'],
  ])('%s → %s', (text, name) => {
    expect(typeOf(text, name)).toBe('place');
  });

  it.each([
    ['Shah Nawaz Khan, a village elder, said the attackers came on motorbikes.', 'Shah Nawaz Khan'],
    ['Ali Raza Bukhari, a district official, confirmed the toll on Monday.', 'Ali Raza Bukhari'],
    ['The plan was opposed by Maria Lindqvist, a City Council member, on Tuesday.', 'Maria Lindqvist'],
    ['Tomas Herrera, a Town Board trustee, said the vote would be held in May.', 'Tomas Herrera'],
    ['According to Governor Amina Bello, the town will get two more police posts.', 'Amina Bello'],
    ['According to Ahmed Farouk Nasser, the camp was empty when troops arrived.', 'Ahmed Farouk Nasser'],
  ])('a person described by a place noun and a role stays a person: %s', (text, name) => {
    expect(typeOf(text, name)).toBe('person');
  });
});

describe('protected land is a place', () => {
  it.each([
    ['Soldiers destroyed two camps in the Kamuku Wildlife Sanctuary last week.', 'Kamuku Wildlife Sanctuary'],
    ['The insurgents withdrew into the Kainji Game Reserve, officials said.', 'Kainji Game Reserve'],
    ['Rangers tracked the gang across the Okomu Forest Reserve on Monday.', 'Okomu Forest Reserve'],
    ['Herders moved their cattle into the Rann Forest Reserve after the clashes.', 'Rann Forest Reserve'],
  ])('%s → %s', (text, name) => {
    const ents = entitiesOf(text);
    expect(ents.find((e) => e.names.includes(name))?.type).toBe('place');
    expect(ents.filter((e) => e.type === 'person')).toEqual([]);
  });

  it("a force's reserve is still a force", () => {
    expect(typeOf('The Kenya Police Reserve said two officers were missing.', 'Kenya Police Reserve')).toBe(
      'organization',
    );
  });
});

describe("a party's members called by the plural of its bracketed qualifier", () => {
  it('"the Maoists" after the Communist Party of India (Maoist)', () => {
    const e = find(
      'Police said the Communist Party of India (Maoist) had set up camps in the hills. The Maoists later burnt two trucks on the highway.',
      'Communist Party of India (Maoist)',
    );
    expect(e?.names).toContain('Maoists');
  });

  it('with two such parties, the one named last before', () => {
    const ents = entitiesOf(
      'The Communist Party of Nepal (Maoist Centre) joined the talks in Kathmandu. In India, the Communist Party of India (Maoist) rejected them. The Maoists called a strike in Bastar.',
    );
    expect(ents.find((e) => e.name === 'Communist Party of India (Maoist)')?.names).toContain('Maoists');
    expect(ents.find((e) => e.name === 'Communist Party of Nepal (Maoist Centre)')?.names).not.toContain(
      'Maoists',
    );
  });
});

describe('common nouns of conflict reporting at the head of a sentence are no names', () => {
  it.each([
    'Airstrikes hit the outskirts of Sanaa on Monday night.',
    'Airstrikes destroyed a depot near Idlib, residents said.',
    'Kidnappers freed the students in Kaduna after a week.',
    'Assailants fired on a bus near Quetta on Friday.',
  ])('%s', (text) => {
    expect(entitiesOf(text).filter((e) => e.type === 'person')).toEqual([]);
  });
});

describe('two ranks joined by a hyphen ("Brig.-Gen.") are one title before the name', () => {
  const speakers = (text: string) => {
    const x = extract({ title: null, published: '2026-12-04', url: null, text });
    return x.quotes.map((q) => x.entities.find((e) => e.id === q.speaker)?.name ?? null);
  };
  it.each([
    ['"The convoy reached the base before dark," Brig.-Gen. Adama Traore told reporters.', 'Adama Traore'],
    [
      '"We have cleared the road to the north," said Lt.-Col. Hamidou Sow, the sector commander.',
      'Hamidou Sow',
    ],
    ['"No soldier was hurt in the exchange," Maj.-Gen. Peter Okello said on Friday.', 'Peter Okello'],
  ])('%s', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });
});
