import { eventBattery } from '../../test/events-helpers.js';

// Issue #10, who did it (agents31, `event-unit-doers.ts`): a unit and the organisation it is part
// of (a `part_of` tie the relations stage read) are both doers of the act the text lays at either.
// Passages written for these tests, with invented names.
// - "G's U attacked …" (the owner's possessive on the unit, at the act): G acts with U
//   (`parentDoers`); a killing told with the attack goes with it. An apposition ("U, G's branch
//   in X, clashed …") only says what U is: G is no doer.
// - "G militants attacked …; G's <Region> Province claimed responsibility": the claiming branch
//   is a doer beside G (`claimingUnits`), on the attack of G's told before, past an act noun
//   retold between them; a claimer that is no part of the doer adds nothing.
// - "Gunmen attacked …; G's U claimed responsibility": the claim made U the doer; G, named in
//   the claim's own words as U's owner, is a doer too (`parentsOfClaimers`).
// - "The group's Nasr news agency claimed the ambush": a group's outlet (news agency, media
//   office) did not act; the group it is part of did (`mediaNoDoers`).

eventBattery("agents31: a unit's act is its owner's too", [
  [
    "the owner's possessive at the act",
    [
      [
        "G's U unit attacked …, killing …",
        {
          text: "Late on Tuesday, the Ardan Front's Falcon unit attacked a checkpoint near Telmar, killing three guards, residents said.",
          want: [
            { type: 'attack', agent: ['Ardan Front', 'Falcon'] },
            { type: 'killing', agent: ['Ardan Front', 'Falcon'] },
          ],
        },
      ],
      [
        "troops of the G Army's 5 Brigade raided …",
        {
          text: "Troops of the Velorian Army's 5 Brigade raided a rebel camp near Kessin on Sunday, killing seven fighters, a military spokesman said.",
          want: [
            { type: 'attack', agent: ['5 Brigade', 'Velorian Army'] },
            { type: 'killing', agent: ['5 Brigade', 'Velorian Army'] },
          ],
        },
      ],
      [
        "G's U ambushed … (no killing)",
        {
          text: "The Ansar Brigade's Tiger Squad ambushed a police patrol near Kolo on Friday, officials said.",
          want: [{ type: 'attack', agent: ['Ansar Brigade', 'Tiger Squad'] }],
        },
      ],
      [
        'an apposition only says what the unit is',
        {
          text: "Al-Hamra, the Ardan Front's branch in the south, clashed with fighters of the Dune Legion near Qorvat on Monday.",
          without: ['attack(agent:Ardan Front)'],
        },
      ],
    ],
  ],
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
    "the owner named in a unit's claim",
    [
      [
        "Gunmen attacked …; G's U claimed responsibility",
        {
          text: "Gunmen attacked a police post in Kolo on Monday night, officials said. The Ansar Brigade's Tiger Squad claimed responsibility.",
          want: [{ type: 'attack', agent: ['Ansar Brigade', 'Tiger Squad'], place: 'Kolo' }],
        },
      ],
      [
        "Gunmen ambushed …; G's U claimed the ambush",
        {
          text: "Gunmen ambushed an army convoy near Tarkwa on Wednesday, officials said. The Ardan Front's Falcon Battalion claimed responsibility in a statement on Thursday.",
          want: [{ type: 'attack', agent: ['Ardan Front', 'Falcon Battalion'], place: 'Tarkwa' }],
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
