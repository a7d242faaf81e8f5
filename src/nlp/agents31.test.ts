import { eventBattery } from '../../test/events-helpers.js';

// Issue #10, who did it (agents31, `event-unit-doers.ts`): a claim by a branch of the doer, and a
// group's outlet, read through the `part_of` ties of the relations stage.
// Passages written for these tests, with invented names.
// - "G militants attacked …; G's <Region> Province claimed responsibility": the claiming branch
//   is a doer beside G (`claimingUnits`), on the attack of G's told before, past an act noun
//   retold between them; a claimer that is no part of the doer adds nothing.
// - "The group's Nasr news agency claimed the ambush": a group's outlet (news agency, media
//   office) did not act; the group it is part of did (`mediaNoDoers`).

eventBattery('agents31: claims by a branch, and outlets', [
  [
    'a claim by a branch of the doer',
    [
      [
        "G militants attacked …; G's Sahel Province claimed responsibility",
        {
          text: "Islamic State fighters stormed a military outpost near Ganda on Monday and killed four soldiers, security sources said.\n\nThe attackers fled on motorcycles.\n\nIslamic State's Sahel Province claimed responsibility on Tuesday.",
          want: [
            { type: 'attack', agent: ['Islamic State', "Islamic State's Sahel Province"], place: 'Ganda' },
            { type: 'killing', agent: ['Islamic State', "Islamic State's Sahel Province"], place: 'Ganda' },
          ],
        },
      ],
      [
        'past an act noun told again between the attack and the claim',
        {
          text: "Ardan Front fighters stormed a police station in Telmar on Friday, killing two officers.\n\nThe assault was the deadliest in the district this year.\n\nThe Ardan Front's Falcon Battalion claimed responsibility in a statement.",
          want: [{ type: 'attack', agent: ['Ardan Front', 'Falcon Battalion'], place: 'Telmar' }],
        },
      ],
      [
        'a claimer that is no part of the doer adds nothing',
        {
          text: 'Ardan Front fighters stormed a police station in Telmar on Friday, killing two officers.\n\nThe Dune Legion claimed responsibility on Saturday.',
          without: ['killing(agent:Dune Legion)'],
        },
      ],
    ],
  ],
  [
    "a group's outlet is no doer",
    [
      [
        "the group's news agency claimed the ambush",
        {
          text: "Ardan Front fighters ambushed an army patrol near Telmar on Thursday, killing four soldiers. A day later the group's Nasr news agency claimed the ambush.",
          want: [{ type: 'attack', agent: ['Ardan Front'], place: 'Telmar' }],
          without: ['attack(agent:Nasr)', 'killing(agent:Nasr)'],
        },
      ],
      [
        "G's news agency claimed the attack",
        {
          text: "Ansar Brigade gunmen attacked a church in Kolo on Sunday, killing three worshippers. The Ansar Brigade's Amal news agency claimed the attack on Monday.",
          want: [{ type: 'attack', agent: ['Ansar Brigade'], place: 'Kolo' }],
          without: ['attack(agent:Amal)', 'killing(agent:Amal)'],
        },
      ],
    ],
  ],
]);
