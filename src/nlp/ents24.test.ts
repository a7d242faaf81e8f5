import { describe, expect, it } from 'vitest';
import { entitiesOf, find, typeOf } from '../../test/entities-helpers.js';
import { run } from '../../test/geocode-helpers.js';

// Typing faults of names on unseen articles (places24). Every sentence and name here is written
// for the test.

const titleOf = (text: string, name: string) =>
  run(text).entities.find((e) => e.name === name)?.attributes.title as string | undefined;

describe('a rank of two or three words opened by a word that is no title alone', () => {
  it.each([
    ['Field Marshal Dario Velkan told reporters the offensive was over.', 'Dario Velkan', 'Field Marshal'],
    [
      'The offensive, said army chief Field Marshal Idris Kanuri, would go on until spring.',
      'Idris Kanuri',
      'Field Marshal',
    ],
    [
      'The air force chief, Air Chief Marshal Tomas Reyl, inspected the base near Quetta.',
      'Tomas Reyl',
      'Air Chief Marshal',
    ],
    ['Air Vice Marshal Sani Odeyemi said the jets had struck two camps.', 'Sani Odeyemi', 'Air Vice Marshal'],
  ])('sets the rank aside: %s', (text, name, title) => {
    expect(typeOf(text, name)).toBe('person');
    expect(titleOf(text, name)).toBe(title);
    expect(entitiesOf(text).some((e) => /Marshal/.test(e.name))).toBe(false);
  });
});

describe("the first word of an organisation's name alone is no spelling of it", () => {
  it.each([
    ['The European naval mission Veltara said a tanker was struck off Aden.'],
    ['A European diplomat said the talks in Doha had stalled again.'],
  ])('%s', (text) => {
    expect(find(text, 'European')).toBeUndefined();
  });

  it('still knows the whole name', () => {
    expect(typeOf('The European Union said it would send more monitors to Chad.', 'European Union')).toBe(
      'organization',
    );
  });
});

describe("a name set between commas after a business's noun names the business", () => {
  it.each([
    ['A British security firm, Varnley, said the tanker was hit twice near Aden.', 'Varnley'],
    ['The Danish shipping company, Holtsen, rerouted its vessels around the Cape on Monday.', 'Holtsen'],
    ['According to a risk consultancy, Dravmoor, attacks on ships rose in March.', 'Dravmoor'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('organization');
  });

  it.each([
    ["The bloc's naval mission in the Arabian Sea, Veltara, said a frigate escorted the tanker.", 'Veltara'],
    ['A maritime security firm off Oman, Brenholt, reported two boats closing on the ship.', 'Brenholt'],
  ])('with a phrase of place after the noun: %s', (text, name) => {
    expect(typeOf(text, name)).toBe('organization');
  });

  it("leaves a person set after a gang's noun a person", () => {
    expect(typeOf('Rifles were sold to the gang, Musa Dangote, a trader, told police.', 'Musa Dangote')).toBe(
      'person',
    );
  });
});

describe('a name where a struck place stands, that is a town of the article country, is a place', () => {
  it.each([
    ['Militants struck Abbaspur on Sunday, Indian police said.', 'Abbaspur', 'IN'],
    ['Artillery pounded Aamadi overnight, Indian officials said.', 'Aamadi', 'IN'],
    ['Drones hit El Dabaa again before dawn, Egyptian officials said.', 'El Dabaa', 'EG'],
  ])('%s', (text, name, country) => {
    const e = run(text).entities.find((x) => x.name === name);
    expect(e?.type).toBe('place');
    expect(e?.geo?.country).toBe(country);
  });

  it('leaves a person hit by a round a person', () => {
    expect(
      typeOf('Gunmen stormed Abbaspur at dawn and a stray round hit Kumar, Indian police said.', 'Kumar'),
    ).toBe('person');
  });
});

describe('the Arabic article "El"/"Al" that opens a town\'s name makes no given name', () => {
  it.each([
    ['Soldiers were killed in El Husseiniya on Monday, Egyptian police said.', 'El Husseiniya'],
    ['Two shops burned near El Dabaa, Egyptian media reported.', 'El Dabaa'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('place');
  });

  it('keeps a person who speaks a person', () => {
    expect(typeOf('Al Gore spoke in Boston on Monday, American media said.', 'Al Gore')).toBe('person');
  });
});
