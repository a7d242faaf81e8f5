import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-helpers.js';

// bodies38 (lead): "and" inside and between official bodies' names.
// - mentions.ts bodyAhead: a people's adjective opening the run ends it at "and" only when it
//   stands alone ("French and Royal Navy" lists two; "the Slovenian Intelligence and Security
//   Agency" is one name).
// - mentions.ts nameGoesOn: a known body's name after that "and" ("Security Service") closes the
//   longer name when the words before "and" hold no body's word of their own.
// - what must not change: "Police and Border Guard Board" and "Ministry of Police and Public
//   Order" stay whole; a lone people's adjective and two named groups are still two.
// Every sentence here is written for this test.

const orgNames = (text: string) =>
  entitiesOf(text)
    .filter((e) => e.type === 'organization')
    .map((e) => e.name)
    .sort();

describe('"A and B" before a body’s noun is one name', () => {
  it.each([
    [
      'Agents of the National Intelligence and Security Service detained a blogger in Omdurman.',
      'National Intelligence and Security Service',
    ],
    [
      'The General Intelligence and Security Service said on Monday it had foiled a plot in Utrecht.',
      'General Intelligence and Security Service',
    ],
    [
      'Two suspects were handed to the Central Intelligence and Security Service after a raid in Juba.',
      'Central Intelligence and Security Service',
    ],
    [
      'Officials of the Slovenian Intelligence and Security Agency said they had questioned a courier.',
      'Slovenian Intelligence and Security Agency',
    ],
    [
      'Agents of the Federal Intelligence and Security Service questioned the imam in Mombasa.',
      'Federal Intelligence and Security Service',
    ],
  ])('%s', (text, name) => {
    expect(orgNames(text)).toEqual([name]);
  });
});

describe('what stays as it was', () => {
  it.each([
    [
      'The Police and Border Guard Board said the two men had crossed at Narva.',
      ['Police and Border Guard Board'],
    ],
    [
      'The Ministry of Police and Public Order said the curfew would be lifted.',
      ['Ministry of Police and Public Order'],
    ],
    ['French and Royal Navy ships sailed from the port on Tuesday.', ['Royal Navy']],
    ['Hamas and Islamic Jihad fired rockets at the border towns overnight.', ['Hamas', 'Islamic Jihad']],
  ])('%s', (text, names) => {
    expect(orgNames(text)).toEqual(names);
  });
});
