import { describe, expect, it } from 'vitest';
import { entitiesOf, find, typeOf } from '../../test/entities-helpers.js';

// Organisation names cut short or mistyped (ents10): a bracketed qualifier, "for the"/"of the"
// inside a name, a party "of" a country, a people's adjective before a ministry, a follower's
// adjective before "movement", a tagger's noun for a verb after "the X coalition", and the
// national gendarmeries. Every sentence here is written for the test.

describe('a bracketed qualifier after a body name is part of it', () => {
  it.each([
    [
      'The Communist Party of Nepal (Maoist Centre) won the seat, officials said.',
      'Communist Party of Nepal (Maoist Centre)',
    ],
    [
      'A statement by the Workers Front (Marxist-Leninist) denied the report.',
      'Workers Front (Marxist-Leninist)',
    ],
    [
      'Police blamed the Liberation Army (Provisional) for the bomb in the market.',
      'Liberation Army (Provisional)',
    ],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('organization');
  });
  it('leaves an acronym or a place in brackets out of the name', () => {
    const a = entitiesOf('The Islamic State (ISIS) claimed the attack on the convoy.');
    expect(a.some((e) => e.name.includes('('))).toBe(false);
    const b = entitiesOf('Hezbollah (Lebanon) said it had fired rockets at the base.');
    expect(b.some((e) => e.name.includes('('))).toBe(false);
    expect(typeOf('Hezbollah (Lebanon) said it had fired rockets at the base.', 'Lebanon')).toBe('place');
  });
});

describe('"for the" and "of the" inside a body name', () => {
  it.each([
    [
      'The Democratic Forces for the Liberation of Rwanda attacked a village in the hills.',
      'Democratic Forces for the Liberation of Rwanda',
    ],
    [
      'Members of the Popular Front for the Defence of Azawad were detained at a checkpoint.',
      'Popular Front for the Defence of Azawad',
    ],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('organization');
  });
  it('does not join a body to the parent body after "of the"', () => {
    const text = 'She studied at Mercer College of the State University of Ohio before moving.';
    expect(find(text, 'Mercer College')).toBeDefined();
    expect(entitiesOf(text).some((e) => e.name.startsWith('Mercer College of'))).toBe(false);
  });
});

describe('a party "of" a country keeps the country in its name', () => {
  it.each([
    ['The Socialist Party of Albania won the vote in the capital.', 'Socialist Party of Albania'],
    ['Leaders of the Green Party of Canada met reporters on Friday.', 'Green Party of Canada'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('organization');
  });
});

describe("a people's adjective before a ministry's name", () => {
  it.each([
    ['The Turkish Interior Ministry announced the arrests of six suspects.', 'Turkish Interior Ministry'],
    ['A spokesman for the French Foreign Ministry declined to comment.', 'French Foreign Ministry'],
    ['Kenyan Defence Ministry officials visited the base.', 'Kenyan Defence Ministry'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('organization');
  });
});

describe('a follower\'s adjective in "-ist" before a body\'s noun', () => {
  it.each([
    ['Thousands of supporters of the Gulenist movement were dismissed.', 'Gulenist movement'],
    ['The Kahanist group held a rally outside the court.', 'Kahanist group'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('organization');
  });
});

describe('"the X coalition" before a verb the tagger read as a noun', () => {
  it.each([
    ['The Kata Ansar coalition controls much of the city.', 'Kata Ansar'],
    ['The Zeb Tallo alliance runs the port and its markets.', 'Zeb Tallo'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('organization');
  });
});

describe('a gendarmerie or a marechaussee is a body', () => {
  it.each([
    ['The Federal Gendarmerie said officers had detained two men in the north.', 'Federal Gendarmerie'],
    ['The Royal Gendarmerie arrested a suspect near the border.', 'Royal Gendarmerie'],
    ['Officers of the Royal Marechaussee arrested a man at the airport.', 'Royal Marechaussee'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('organization');
  });
});

describe('an Arabic word for an armed unit opens a body name', () => {
  it.each([
    ['Kataib al-Nasr said it would retaliate for the strike.', 'Kataib al-Nasr'],
    ['Usbat al-Furqan denied any part in the killing.', 'Usbat al-Furqan'],
    ['Saraya al-Fath fighters were deployed near the crossing.', 'Saraya al-Fath'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('organization');
  });
});

describe('"Province" after a known branch named by its place', () => {
  it.each([
    [
      'The Islamic State Somalia Province said its fighters killed two soldiers.',
      'Islamic State Somalia Province',
    ],
    ['A video from Islamic State Pakistan Province showed the attack.', 'Islamic State Pakistan Province'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('organization');
  });
});
