import { describe, it } from 'vitest';
import { type EventCase, eventBattery, wantOf } from './events-helpers.js';
import { expectNoTie, expectTie } from './ties-helpers.js';

// arrests35 (issue #10): the body behind an arrest told with a common noun. Passages written for
// this file, with invented names (and real towns and forces, in stories of our own).
// - ties-arrests35.ts `localForce` (event-ties.ts `policeNamed`): "the P police", P a place the text
//   names, or "the district (city) police": of the several police forces the text names, the one
//   that is no central, federal, national, reserve or border force.
// - ties-arrests35.ts `echoedBody`: "the force" as the subject of the arrest's verb is the one
//   organisation of its sentence named "… Forces".

const A = wantOf('arrest');

const LOCAL: [string, EventCase][] = [
  [
    "the town's police, beside a national and a central reserve force",
    {
      text: 'Officers of the Central Reserve Police Force, the National Highway Police and the Punjab Police have been manning roadblocks along the highway since May.\n\nOn Thursday the Sialkot police arrested two men, Tariq Mehmood and Asif Butt, for collecting money for a banned group.',
      want: [A(['Tariq Mehmood', 'Asif Butt'], undefined, undefined, ['Punjab Police'])],
    },
  ],
  [
    '"the district police", beside a central reserve and a border force',
    {
      text: 'The Central Reserve Police Force, the Border Police and the Bihar Police have run joint patrols in Gaya since March.\n\nOn Tuesday the district police detained Ramesh Yadav and Sunil Paswan, two suspected Maoist couriers, near a railway station.',
      want: [A(['Ramesh Yadav', 'Sunil Paswan'], undefined, undefined, ['Bihar Police'])],
    },
  ],
  [
    '"the city police", beside a federal and a national border force',
    {
      text: 'Units of the Federal Police, the National Border Police and the Kano State Police guarded the markets during the festival.\n\nLate on Saturday the city police arrested Musa Lawan and Idris Garba, who are accused of hiding rifles for bandits.',
      want: [A(['Musa Lawan', 'Idris Garba'], undefined, undefined, ['Kano State Police'])],
    },
  ],
  [
    "the town's police, beside a federal force",
    {
      text: 'The Federal Police and the Sindh Police shared a list of wanted men with prosecutors in March.\n\nThe Hyderabad police picked up Imran Soomro and Kashif Memon at a bus stand on Monday night.',
      want: [A(['Imran Soomro', 'Kashif Memon'], undefined, undefined, ['Sindh Police'])],
    },
  ],
  [
    '"the district police", beside a federal force',
    {
      text: 'Teams from the Federal Police and the Balochistan Police searched houses in Turbat on Friday.\n\nHours later the district police arrested Nasir Baloch and Waheed Rind, two students, at a checkpoint.',
      want: [A(['Nasir Baloch', 'Waheed Rind'], undefined, undefined, ['Balochistan Police'])],
    },
  ],
];

const FORCE: [string, EventCase][] = [
  [
    '"who speaks for the F Forces, told reporters that the force had detained A and B"',
    {
      text: 'Kaspar Lund, who speaks for the Northern Shield Forces, told reporters that the force had detained Lisbet Aro and Mirela Aro at a farm.',
      want: [A(['Lisbet Aro', 'Mirela Aro'], undefined, undefined, ['Northern Shield Forces'])],
    },
  ],
  [
    '"who speaks for the F Forces, said that the force had detained A and B"',
    {
      text: 'Mirela Sosto, who speaks for the Western Hill Forces, said that the force had detained Tobin Fenn and Dario Fenn in a raid on Tuesday.',
      want: [A(['Tobin Fenn', 'Dario Fenn'], undefined, undefined, ['Western Hill Forces'])],
    },
  ],
];

eventBattery('arrests35', [
  ["a town's or a district's police: the territorial force", LOCAL],
  ['"the force": the one body named "… Forces"', FORCE],
]);

describe('arrests35: arrested_by the force a common noun stands for', () => {
  it("the town's police, beside a national and a central reserve force", () => {
    const text =
      'Officers of the Central Reserve Police Force, the National Highway Police and the Punjab Police have been manning roadblocks along the highway since May.\n\nOn Thursday the Sialkot police arrested two men, Tariq Mehmood and Asif Butt, for collecting money for a banned group.';
    for (const p of ['Tariq Mehmood', 'Asif Butt']) expectTie(text, 'arrested_by', p, 'Punjab Police');
  });
  it('"the district police", beside a central reserve and a border force', () => {
    const text =
      'The Central Reserve Police Force, the Border Police and the Bihar Police have run joint patrols in Gaya since March.\n\nOn Tuesday the district police detained Ramesh Yadav and Sunil Paswan, two suspected Maoist couriers, near a railway station.';
    for (const p of ['Ramesh Yadav', 'Sunil Paswan']) expectTie(text, 'arrested_by', p, 'Bihar Police');
  });
  it('"the city police", beside a federal and a national border force', () => {
    const text =
      'Units of the Federal Police, the National Border Police and the Kano State Police guarded the markets during the festival.\n\nLate on Saturday the city police arrested Musa Lawan and Idris Garba, who are accused of hiding rifles for bandits.';
    for (const p of ['Musa Lawan', 'Idris Garba']) expectTie(text, 'arrested_by', p, 'Kano State Police');
  });
  it("the town's police, beside a federal force", () => {
    const text =
      'The Federal Police and the Sindh Police shared a list of wanted men with prosecutors in March.\n\nThe Hyderabad police picked up Imran Soomro and Kashif Memon at a bus stand on Monday night.';
    for (const p of ['Imran Soomro', 'Kashif Memon']) expectTie(text, 'arrested_by', p, 'Sindh Police');
  });
  it('"the district police", beside a federal force', () => {
    const text =
      'Teams from the Federal Police and the Balochistan Police searched houses in Turbat on Friday.\n\nHours later the district police arrested Nasir Baloch and Waheed Rind, two students, at a checkpoint.';
    for (const p of ['Nasir Baloch', 'Waheed Rind']) expectTie(text, 'arrested_by', p, 'Balochistan Police');
  });
  it('"who speaks for the F Forces, told reporters that the force had detained A and B"', () => {
    const text =
      'Kaspar Lund, who speaks for the Northern Shield Forces, told reporters that the force had detained Lisbet Aro and Mirela Aro at a farm.';
    for (const p of ['Lisbet Aro', 'Mirela Aro']) expectTie(text, 'arrested_by', p, 'Northern Shield Forces');
  });
  it('"who speaks for the F Forces, said that the force had detained A and B"', () => {
    const text =
      'Mirela Sosto, who speaks for the Western Hill Forces, said that the force had detained Tobin Fenn and Dario Fenn in a raid on Tuesday.';
    for (const p of ['Tobin Fenn', 'Dario Fenn']) expectTie(text, 'arrested_by', p, 'Western Hill Forces');
  });
  it("two territorial forces and no national one: neither is the town's police", () => {
    const text =
      'Officers of the Punjab Police and the Sindh Police met in Multan last week.\n\nOn Thursday the Sialkot police arrested two men, Tariq Mehmood and Asif Butt, for collecting money for a banned group.';
    expectNoTie(text, 'arrested_by', 'Tariq Mehmood', 'Punjab Police');
    expectNoTie(text, 'arrested_by', 'Tariq Mehmood', 'Sindh Police');
  });
});
