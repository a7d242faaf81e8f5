import { describe, it } from 'vitest';
import { type EventCase, eventBattery, wantOf } from '../../test/events-helpers.js';
import { expectNoTie, expectTie } from '../../test/ties-helpers.js';

// arrests34 (issue #10): arrested_by ties and arrest events on wording the rules had not met,
// read as mechanisms. Passages written for this file, with invented names and places.
// - ties-arrests34.ts `arrestedPronounHere`, `governingDoer` (called by event-ties.ts): an arrest
//   whose object (or passive subject) is a pronoun takes the person the same sentence names before
//   it ("F found X in a flat and arrested him", "X hid in P until F detained him"), not one who only
//   reports it nor one of the body's own; a person the event stage read as the doer because the
//   name stood before the verb is no doer: the subject of the verb the arrest's clause hangs on is.
// - ties-arrests30.ts `isSubject`: a body acts in the sentence before by its people ("Officers of F
//   raided …", "Agents from F stormed …", "F officers searched …"); `speaksOnParse`: a body reports
//   when it is the subject of a verb of reporting on the parse ("F, which made the arrest, said …",
//   "F later said …"); `mayArrest`: a ministry of information, communications, culture, foreign
//   affairs … holds no one (a ministry of the interior still may).
// - event-ties.ts `KIN_GAP`: "A and his brother B", "A, her husband, B" are one list of the held.
// - ties-arrests34.ts `namedLater`: the people the tie stage names after an arrest ("F arrested a
//   man. He was identified as X") are the event's patients too.

const A = wantOf('arrest');

const PRONOUN_HERE: [string, EventCase][] = [
  [
    '"F found X in a flat and arrested him": X is taken, F arrests',
    {
      text: 'The Tarvik Criminal Bureau found Kaspar Lund in a hotel in Velmora and arrested him on the spot.',
      want: [A(['Kaspar Lund'], undefined, undefined, ['Tarvik Criminal Bureau'])],
      without: ['arrest(agent:Kaspar Lund)'],
    },
  ],
  [
    '"F watched X for weeks before detaining him": the gerund\'s doer is the subject of the verb it hangs on',
    {
      text: 'The Ostmark Border Guard watched Dario Fenn for three weeks before detaining him at the Tarvik crossing.',
      want: [A(['Dario Fenn'], undefined, undefined, ['Ostmark Border Guard'])],
      without: ['arrest(agent:Dario Fenn)'],
    },
  ],
  [
    '"X drove to P, where F arrested him": a clause of place',
    {
      text: 'Dario Fenn drove north to Velmora in April, where the Tarvik Criminal Bureau arrested him two days later.',
      want: [A(['Dario Fenn'], undefined, undefined, ['Tarvik Criminal Bureau'])],
    },
  ],
  [
    '"A and B hid in P until F arrested them": the one list before a plural pronoun',
    {
      text: 'Lisbet Aro and Tobin Fenn hid in a hay barn near Velmora for nine days until the Ostmark Border Guard arrested them.',
      want: [A(['Lisbet Aro', 'Tobin Fenn'], undefined, undefined, ['Ostmark Border Guard'])],
    },
  ],
  [
    '"F officers surrounded X\'s house before detaining him": the doer by its people',
    {
      text: 'Tarvik Criminal Bureau officers surrounded the farmhouse of Kaspar Lund before detaining him at dawn.',
      want: [A(['Kaspar Lund'], undefined, undefined, ['Tarvik Criminal Bureau'])],
    },
  ],
];

const NAMED_LATER: [string, EventCase][] = [
  [
    '"F arrested a man. He was identified as X": X is the arrest\'s patient',
    {
      text: 'The Tarvik Criminal Bureau arrested a man near the Velmora ferry terminal on Sunday. He was identified as Kaspar Lund, a lorry driver.',
      want: [A(['Kaspar Lund'], undefined, undefined, ['Tarvik Criminal Bureau'])],
    },
  ],
  [
    '"F detained two women. The women were named as A and B": both',
    {
      text: 'The Ostmark Border Guard detained two women at the Tarvik crossing on Friday. The women were named as Lisbet Aro and Mirela Sosto.',
      want: [A(['Lisbet Aro', 'Mirela Sosto'], undefined, undefined, ['Ostmark Border Guard'])],
    },
  ],
];

const KIN: [string, EventCase][] = [
  [
    '"A and his cousin B"',
    {
      text: 'The Ostmark Border Guard arrested Dario Fenn and his cousin Tobin Fenn at the Tarvik crossing on Monday.',
      want: [A(['Dario Fenn', 'Tobin Fenn'], undefined, undefined, ['Ostmark Border Guard'])],
    },
  ],
  [
    '"A and her younger sister B"',
    {
      text: 'Agents of the Tarvik Criminal Bureau detained Lisbet Aro and her younger sister Mirela Aro at a bakery in Orsa.',
      want: [A(['Lisbet Aro', 'Mirela Aro'], undefined, undefined, ['Tarvik Criminal Bureau'])],
    },
  ],
];

eventBattery('arrests34', [
  ['a pronoun taken by the arrest, its person named before it in the sentence', PRONOUN_HERE],
  ['the people the tie stage names after the arrest', NAMED_LATER],
  ['a kinsman listed with the one held', KIN],
]);

describe('arrests34: arrested_by for a pronoun whose person the sentence names', () => {
  it('"F found X … and arrested him": X is arrested by F', () => {
    expectTie(
      'The Tarvik Criminal Bureau found Kaspar Lund in a hotel in Velmora and arrested him on the spot.',
      'arrested_by',
      'Kaspar Lund',
      'Tarvik Criminal Bureau',
    );
  });
  it('"F watched X for weeks before detaining him": X is arrested by F', () => {
    expectTie(
      'The Ostmark Border Guard watched Dario Fenn for three weeks before detaining him at the Tarvik crossing.',
      'arrested_by',
      'Dario Fenn',
      'Ostmark Border Guard',
    );
  });
  it('the spokeswoman who tells of it is not the "him" arrested', () => {
    expectNoTie(
      'Mirela Sosto, a spokeswoman for the Ostmark Border Guard, said officers had arrested him near Tarvik.',
      'arrested_by',
      'Mirela Sosto',
      'Ostmark Border Guard',
    );
  });
  it('a reporter named as the subject of "said" is not the "him" arrested', () => {
    expectNoTie(
      'Tobin Fenn said on Sunday that the Tarvik Criminal Bureau had detained him without a warrant in Orsa.',
      'arrested_by',
      'Tobin Fenn',
      'Tarvik Criminal Bureau',
    );
  });
  it('two people before a singular "him": neither is taken', () => {
    expectNoTie(
      'Kaspar Lund met Dario Fenn at a café in Orsa before the Ostmark Border Guard arrested him.',
      'arrested_by',
      'Kaspar Lund',
      'Ostmark Border Guard',
    );
  });
});

describe('arrests34: the body acting by its people in the sentence before', () => {
  it('"Officers of F raided a flat. X was detained": F', () => {
    expectTie(
      'Officers of the Tarvik Criminal Bureau raided a flat above a pharmacy in Orsa on Friday. Kaspar Lund was detained at the scene.',
      'arrested_by',
      'Kaspar Lund',
      'Tarvik Criminal Bureau',
    );
  });
  it('"Agents from F stormed a farm. A and B were arrested": F for each', () => {
    const t =
      'Agents from the Ostmark Security Directorate stormed a pig farm outside Tarvik on Sunday. Lisbet Aro and Tobin Fenn were arrested.';
    expectTie(t, 'arrested_by', 'Lisbet Aro', 'Ostmark Security Directorate');
    expectTie(t, 'arrested_by', 'Tobin Fenn', 'Ostmark Security Directorate');
  });
  it('"Guards of F searched a lorry. The driver, X, was taken into custody": F', () => {
    expectTie(
      'Guards of the Ostmark Border Guard searched a lorry near Tarvik on Sunday. The driver, Dario Fenn, was taken into custody.',
      'arrested_by',
      'Dario Fenn',
      'Ostmark Border Guard',
    );
  });
  it('"Supporters of a party marched. X was detained": a party holds no one', () => {
    expectNoTie(
      'Supporters of the Orsa Farmers Party marched through Tarvik on Friday. Kaspar Lund was detained later that day.',
      'arrested_by',
      'Kaspar Lund',
      'Orsa Farmers Party',
    );
  });
});

describe('arrests34: the body reporting in the next sentence, on the parse', () => {
  it('"X was detained. F, which carried out the arrest, said …": F', () => {
    expectTie(
      'Dario Fenn was detained at the Tarvik crossing on Tuesday. The Ostmark Border Guard, which carried out the arrest, said he had carried false papers.',
      'arrested_by',
      'Dario Fenn',
      'Ostmark Border Guard',
    );
  });
  it('"X was arrested. F later confirmed …": F', () => {
    expectTie(
      'Kaspar Lund was arrested in Orsa on Saturday. The Tarvik Criminal Bureau later confirmed that he was being questioned.',
      'arrested_by',
      'Kaspar Lund',
      'Tarvik Criminal Bureau',
    );
  });
});

describe('arrests34: a ministry whose charge holds no one', () => {
  it('a ministry of communications that reports it made no arrest', () => {
    expectNoTie(
      'Dario Fenn was detained at the Tarvik crossing on Tuesday. The Ostmark Ministry of Communications said he was a foreign agent.',
      'arrested_by',
      'Dario Fenn',
      'Ostmark Ministry of Communications',
    );
  });
  it('a ministry of culture that reports it made no arrest', () => {
    expectNoTie(
      'Kaspar Lund was arrested in Orsa on Saturday. The Ministry of Culture said he had smuggled icons abroad.',
      'arrested_by',
      'Kaspar Lund',
      'Ministry of Culture',
    );
  });
  it('a ministry of the interior still may', () => {
    expectTie(
      'Kaspar Lund was arrested in Orsa on Saturday. The Ministry of Interior said he had smuggled rifles abroad.',
      'arrested_by',
      'Kaspar Lund',
      'Ministry of Interior',
    );
  });
});
