import { describe, it } from 'vitest';
import { expectFight } from './ties-helpers.js';

// Issue #10, armed-conflict ties (fights36 helper). Passages written for these tests, with
// invented groups.
// - A past verb right after a plural noun that the parser read as a participle describing the noun
//   ("jets struck hideouts …", `acl` or `amod`) is the verb when it has a direct object
//   (`finiteVerbAfterPlural` in parse.ts).
// - A nation's force with a word between the demonym and the noun ("Kenyan security forces",
//   "Ugandan army troops") stands for that state's named force (`NATIONAL_FORCE` in relations.ts);
//   "Philippine" is the Philippines' adjective (`ETHNONYMS` in places.ts).
// - In a fight, "the leader / a commander of the G group" stands for G (`entity` in ties/read.ts).

describe('fights36: a past verb after a plural noun, with an object, is the verb', () => {
  it.each([
    [
      'Kenyan jets struck hideouts of the Lomar Brigade in the Boni forest on Thursday, two security sources told reporters. The Kenya Defence Forces confirmed the raid.',
      'Lomar Brigade',
      'Kenya Defence Forces',
    ],
    [
      'Turkish jets struck positions held by the Korra Front in the mountains, the group said. The Turkish Armed Forces declined to comment.',
      'Korra Front',
      'Turkish Armed Forces',
    ],
    [
      'Israeli warplanes bombed depots of the Velm Brotherhood near the coast overnight, a security source said. The Israel Defense Forces confirmed the strike.',
      'Velm Brotherhood',
      'Israel Defense Forces',
    ],
    [
      'Nigerian jets bombed camps of the Korra Front on an island in the lake, a military source said. The Nigerian Air Force confirmed the raid.',
      'Korra Front',
      'Nigerian Air Force',
    ],
  ])('%s', (text, a, b) => expectFight(text, a, b));
});

describe("fights36: a nation's force named with a word between demonym and noun", () => {
  it.each([
    [
      'The Korra Front has battled Kenyan security forces since 2015, and the Kenya Defence Forces say it is now weaker.',
      'Korra Front',
      'Kenya Defence Forces',
    ],
    [
      'The Tarsa Liberation Army has long fought Nigerian security forces in the delta, the Nigerian Army says.',
      'Tarsa Liberation Army',
      'Nigerian Army',
    ],
    [
      "Ugandan army troops clashed with the Rwenzori Front in the mountains, the Uganda People's Defence Force said.",
      'Rwenzori Front',
      "Uganda People's Defence Force",
    ],
    [
      'The Sulu Velm Front has fought Philippine soldiers in the hills for a decade, according to the Philippine Army.',
      'Sulu Velm Front',
      'Philippine Army',
    ],
    [
      'The Sulu Velm Front said Philippine soldiers had attacked its camp, and the Philippine Army confirmed the raid.',
      'Sulu Velm Front',
      'Philippine Army',
    ],
  ])('%s', (text, a, b) => expectFight(text, a, b));
});

describe("fights36: a group's leader or commander stands for the group noun's group", () => {
  it.each([
    [
      'The Somali National Army said it had killed a commander of the Velm Brotherhood group in an airstrike near Jilib.',
      'Velm Brotherhood',
      'Somali National Army',
    ],
    [
      'The Ruvani Brigade said its fighters killed the leader of the Sabu Front group in a raid on Tuesday.',
      'Ruvani Brigade',
      'Sabu Front',
    ],
    [
      'The Nigerian Army said troops had killed a commander of the Korra Liberation Movement militia near Bama.',
      'Korra Liberation Movement',
      'Nigerian Army',
    ],
  ])('%s', (text, a, b) => expectFight(text, a, b));
});
