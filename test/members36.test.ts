import { describe, expect, it } from 'vitest';
import { extract } from '../src/nlp/pipeline.js';
import { expectNoTie, expectTie } from './ties-helpers.js';

// member_of, leader_of and spokesperson_of (members36 helper): the person a title names by the
// name they go by. Passages written for these tests, with invented names.
// - A relative clause right after a title, or after the title's "of G", that says what name its
//   holder goes by gives the title that person: "a spokesman of G who uses the name X", "its
//   spokesperson, who gave his name as X", "a G commander who calls himself X" (`goesByName` in
//   ties/read.ts; the parser takes such a clause for the sentence's main verb).
// - A noun for a person that a naming verb right after it names stands for that person in a
//   verb's slot: "G, led by a veteran commander known as X", "run by a cleric named X" (`namedPerson`
//   with `namingOnly`, in ties/read.ts's `entity`).

describe('members36: the name a relative clause says a title’s holder goes by', () => {
  it.each([
    // spokesperson_of
    [
      'A spokesman of the Red Delta Front who uses the name Comrade Tayo said the group would fight on.',
      'spokesperson_of',
      'Comrade Tayo',
      'Red Delta Front',
    ],
    [
      'The Black Marsh Army denied the attack. Its spokesperson, who gave his name as Yusuf Kamara, said by phone that it had no fighters in the town.',
      'spokesperson_of',
      'Yusuf Kamara',
      'Black Marsh Army',
    ],
    [
      'A Red Delta Front spokesman who uses the name Comrade Tayo told a radio station that the group would fight on.',
      'spokesperson_of',
      'Comrade Tayo',
      'Red Delta Front',
    ],
    [
      'In a recorded message, a spokeswoman for the Coastal Liberation Movement who gives her name as Hawa Sesay denied any role in the kidnapping.',
      'spokesperson_of',
      'Hawa Sesay',
      'Coastal Liberation Movement',
    ],
    // member_of
    [
      'A senior member of the Red Delta Front (RDF), who goes by the alias Tortuga, was arrested in the port on Friday.',
      'member_of',
      'Tortuga',
      'Red Delta Front',
    ],
    [
      'An official of the Ministry of Mines who gave his name as Ali Musa said the site had been closed.',
      'member_of',
      'Ali Musa',
      'Ministry of Mines',
    ],
    [
      'Police said a commander of the Black Marsh Army who calls himself Abu Jandal had fled across the border.',
      'member_of',
      'Abu Jandal',
      'Black Marsh Army',
    ],
    [
      'A fighter with the Northern Hills Brigade, who goes by Simba, said the unit had been paid by a local businessman.',
      'member_of',
      'Simba',
      'Northern Hills Brigade',
    ],
  ])('%s', (text, type, person, group) => expectTie(text, type, person, group));
});

describe('members36: a noun for a person that a naming verb names, in a verb’s slot', () => {
  it.each([
    [
      'The Red Delta Front, led by a veteran commander known as Halcon, rejected the talks.',
      'Halcon',
      'Red Delta Front',
    ],
    [
      'The Black Marsh Army, which is headed by a cleric named Ibrahim Dabo, has spread into three provinces.',
      'Ibrahim Dabo',
      'Black Marsh Army',
    ],
    [
      'The Black Marsh Army is now commanded by a young fighter identified by the army as Garba Lawan.',
      'Garba Lawan',
      'Black Marsh Army',
    ],
    [
      'For two years the Lake Patriots Union was headed by an elderly cleric named Abdullahi Tanko, residents said.',
      'Abdullahi Tanko',
      'Lake Patriots Union',
    ],
    [
      'The Coastal Liberation Movement, now led by a former student leader known as Kofi Mensah, denied the report.',
      'Kofi Mensah',
      'Coastal Liberation Movement',
    ],
  ])('%s', (text, person, group) => expectTie(text, 'leader_of', person, group));
});

describe('members36: "G’s handler" runs G from outside; "a G handler" is G’s own', () => {
  it.each([
    [
      "Investigators said the Red Delta Front's handler, Abu Zaid, had directed the cell.",
      'Abu Zaid',
      'Red Delta Front',
    ],
    [
      'Investigators said the handler of the Red Delta Front, Abu Zaid, had directed the cell.',
      'Abu Zaid',
      'Red Delta Front',
    ],
    [
      'Police named Imran Qadir, the handler of the Lake Patriots Union, as the man who paid the gunmen.',
      'Imran Qadir',
      'Lake Patriots Union',
    ],
    [
      "Imran Qadir, the Coastal Liberation Movement's handler in Dubai, sent the money in cash.",
      'Imran Qadir',
      'Coastal Liberation Movement',
    ],
    [
      "The army claimed it had killed the Red Delta Front's main handler, Abu Zaid, in a drone strike.",
      'Abu Zaid',
      'Red Delta Front',
    ],
  ])('%s', (text, person, group) => expectNoTie(text, 'member_of', person, group));
});

// The fuzz test (test/property/extract.test.ts) found it: a noun for a person as the text's last
// word made `namedPerson` look for a naming verb past the end of the tokens and throw.
describe('members36: a noun for a person at the very end of the text', () => {
  it.each([
    'Omar Bello was seen in Kano, the Red Delta Front commander',
    'Police detained Tariq Amin in Lahore, a Coastal Liberation Movement leader',
  ])('%s: no throw, no tie read past the end', (text) => {
    expect(() => extract({ title: null, published: null, url: null, text })).not.toThrow();
  });
});
