import { describe, expect, it } from 'vitest';
import { hasTie as has, readTies, showTies as show } from '../../../test/ties-helpers.js';

// ties13: people a force arrests before the text names them ("arrested three militants of
// G … identified as A, B and C", "Among them was X", "It named them as A; B and C"), and
// "X was detained by P along with Y". Every sentence here is written for these tests.

const ties = (text: string) => readTies(text, '2022-05-10');

describe('people arrested before they are named', () => {
  it('a naming phrase in the next sentence gives each name the arrest and the group', () => {
    const cases: [string, string[], string, string][] = [
      [
        'The Counter Terrorism Department on Monday arrested three suspected militants of the Tehreek-e-Taliban Pakistan near Bannu. A department spokesman said the suspects, identified as Gul Zaman, Rehmat Khan and Fazal Wahab, had planned to attack a police post.',
        ['Gul Zaman', 'Rehmat Khan', 'Fazal Wahab'],
        'Counter Terrorism Department',
        'Tehreek-e-Taliban Pakistan',
      ],
      [
        'The Anti-Terrorism Police Unit detained two members of al-Shabaab in a raid in Mombasa on Friday. Police identified them as Omar Said Hamisi and Juma Bakari.',
        ['Omar Said Hamisi', 'Juma Bakari'],
        'Anti-Terrorism Police Unit',
        'al-Shabaab',
      ],
    ];
    for (const [text, people, force, group] of cases) {
      const found = ties(text);
      for (const p of people) {
        expect(has(found, 'arrested_by', p, force), `${p} ${show(found)}`).toBe(true);
        expect(has(found, 'member_of', p, group), `${p} ${show(found)}`).toBe(true);
      }
    }
  });

  it('"Among them was X", "Among those detained in P was X": the force of the sentence before', () => {
    const cases: [string, string, string, string][] = [
      [
        'The Iraqi Counter-Terrorism Service said its forces had captured nine suspected members of an Islamic State cell near Tarmiyah. Among them was a local emir, Abu Hamza al-Jubouri, the service said.',
        'Abu Hamza al-Jubouri',
        'Iraqi Counter-Terrorism Service',
        'Islamic State',
      ],
      [
        "The Philippine National Police arrested six suspected Abu Sayyaf militants on Jolo island on Saturday. Among those detained in Patikul was Nurhan Jaafar, 37, who police said kept the group's weapons.",
        'Nurhan Jaafar',
        'Philippine National Police',
        'Abu Sayyaf',
      ],
    ];
    for (const [text, p, force, group] of cases) {
      const found = ties(text);
      expect(has(found, 'arrested_by', p, force), show(found)).toBe(true);
      expect(has(found, 'member_of', p, group), show(found)).toBe(true);
    }
  });

  it('a list after "It named them as" may carry appositions between the names', () => {
    const found = ties(
      'The Counter Terrorism Department said the men were captured in a raid near Turbat. It named them as Hayat Baloch, a courier; his cousin Shahzad Baloch; Amir Bakhsh and Nisar Ahmed.',
    );
    for (const p of ['Hayat Baloch', 'Shahzad Baloch', 'Amir Bakhsh', 'Nisar Ahmed'])
      expect(has(found, 'arrested_by', p, 'Counter Terrorism Department'), `${p} ${show(found)}`).toBe(true);
  });

  it('soldiers of a named force stand for it; the man named next is the one captured', () => {
    const found = ties(
      "Soldiers of the Uganda People's Defence Force, deployed in Ituri since 2021, later captured a wounded rebel, an army source said. The man, identified as Kato Musisi, told officers he had been forcibly recruited.",
    );
    expect(has(found, 'arrested_by', 'Kato Musisi', "Uganda People's Defence Force"), show(found)).toBe(true);
  });
});

describe('"along with" shares an arrest', () => {
  it('each person after "along with" is arrested by the same force', () => {
    const cases: [string, string[], string][] = [
      [
        'Hassan Kamara was detained by the Special Task Force on Friday along with his brother, Musa Kamara, and a driver, Ibrahim Sesay.',
        ['Hassan Kamara', 'Musa Kamara', 'Ibrahim Sesay'],
        'Special Task Force',
      ],
      [
        'The Guardia Civil arrested Rachid Benali in Almeria together with Samir Ouazzani.',
        ['Rachid Benali', 'Samir Ouazzani'],
        'Guardia Civil',
      ],
    ];
    for (const [text, people, force] of cases) {
      const found = ties(text);
      for (const p of people) expect(has(found, 'arrested_by', p, force), `${p} ${show(found)}`).toBe(true);
    }
  });
});

describe('no arrest where none was made by the one named', () => {
  it('a rights group reporting detentions, a killing, or names of other people tie no one', () => {
    const cases: string[] = [
      'Amnesty International said the men were detained without charge. Among them was Omar Diallo, a teacher.',
      'The army said it had killed four militants of the Allied Democratic Forces near Beni. It named them as Kambale Muhindo and Paluku Kasereka.',
      'The National Intelligence Agency arrested five suspects in Garoowe on Tuesday. Separately, the minister, Ahmed Yusuf Jama, praised the operation.',
    ];
    for (const text of cases) {
      const found = ties(text);
      expect(
        found.filter((r) => r.cue === 'arrested-named-later' || r.type === 'arrested_by'),
        show(found),
      ).toEqual([]);
    }
  });
});

describe("a force's detectives, officers and investigators stand for it", () => {
  it('the arrest reads the force, also when the parser calls its subject passive', () => {
    const cases: [string, string, string][] = [
      [
        'Liam Doherty was refused bail. Detectives from the Police Service of Northern Ireland (PSNI) arrested him in Newry in May.',
        'Liam Doherty',
        'Police Service of Northern Ireland',
      ],
      [
        'Ahmed Karimi was released on bail. Officers of the Federal Investigation Agency (FIA) detained him at Lahore airport in June.',
        'Ahmed Karimi',
        'Federal Investigation Agency',
      ],
      [
        'Investigators from the Federal Bureau of Investigation detained Mark Doyle in Ohio last week.',
        'Mark Doyle',
        'Federal Bureau of Investigation',
      ],
    ];
    for (const [text, p, force] of cases) {
      const found = ties(text);
      expect(has(found, 'arrested_by', p, force), show(found)).toBe(true);
    }
  });
});

describe('who heads a part of a group is its member, not its leader', () => {
  it('"head of the G media office", "the head of the G finance department"', () => {
    const cases: [string, string, string][] = [
      ['"We will not stop," said Delil Ahmad, head of the YPG media office.', 'Delil Ahmad', 'YPG'],
      [
        'Rashid Omar, the head of the al-Shabaab finance department, was killed in a drone strike.',
        'Rashid Omar',
        'al-Shabaab',
      ],
    ];
    for (const [text, p, g] of cases) {
      const found = ties(text);
      expect(has(found, 'member_of', p, g), show(found)).toBe(true);
      expect(has(found, 'leader_of', p, g), show(found)).toBe(false);
    }
  });

  it('the head of the group itself still leads it', () => {
    const found = ties('Rashid Omar, the head of al-Shabaab, was killed in a drone strike.');
    expect(has(found, 'leader_of', 'Rashid Omar', 'al-Shabaab'), show(found)).toBe(true);
  });
});

describe('"the 47-year-old" stands for the person named with that age', () => {
  it('the person whose age was given, not another one named between', () => {
    const cases: [string, string, string][] = [
      [
        'Sean Kelly, 52, and Declan Muldoon, 47, were charged in Belfast. Police said the 47-year-old was a member of the New IRA.',
        'Declan Muldoon',
        'New IRA',
      ],
      [
        'A court in Hamburg heard that Yusuf Demir (29) had travelled to Syria in 2015. Prosecutors said the 29-year-old had served as a quartermaster for Islamic State in Raqqa.',
        'Yusuf Demir',
        'Islamic State',
      ],
    ];
    for (const [text, p, g] of cases) {
      const found = ties(text);
      expect(has(found, 'member_of', p, g), show(found)).toBe(true);
      expect(
        found.filter((r) => r.type === 'member_of' && r.s !== p),
        show(found),
      ).toEqual([]);
    }
  });

  it('an age nobody was given stands for no one', () => {
    const found = ties(
      'Sean Kelly, 52, was charged in Belfast. Police said the 30-year-old was a member of the New IRA.',
    );
    expect(
      found.filter((r) => r.type === 'member_of'),
      show(found),
    ).toEqual([]);
  });
});

describe("a group's quartermaster is its member", () => {
  it('"the G quartermaster X", "X was G\'s quartermaster"', () => {
    const cases: [string, string, string][] = [
      [
        'Police arrested the Continuity IRA quartermaster, Liam Byrne, in Dundalk.',
        'Liam Byrne',
        'Continuity IRA',
      ],
      [
        'Ayman Saleh had been the Islamic State quartermaster in Mosul since 2016.',
        'Ayman Saleh',
        'Islamic State',
      ],
    ];
    for (const [text, p, g] of cases) {
      const found = ties(text);
      expect(has(found, 'member_of', p, g), show(found)).toBe(true);
    }
  });
});

describe('the dead a group noun gave, once named, are its members', () => {
  it('"killed four G fighters … identified as A and B", "killed five members of G … named them as"', () => {
    const cases: [string, string[], string][] = [
      [
        'Kenyan troops killed four al-Shabaab fighters near Lamu on Sunday, the army said. Two of the dead were identified as Abdi Nur Hassan and Ali Mohamed Gedi.',
        ['Abdi Nur Hassan', 'Ali Mohamed Gedi'],
        'al-Shabaab',
      ],
      [
        'Islamic State fighters killed five members of the Syrian Democratic Forces in an attack on a checkpoint. The SDF named them as Rojhat Ali and Azad Hussein.',
        ['Rojhat Ali', 'Azad Hussein'],
        'Syrian Democratic Forces',
      ],
    ];
    for (const [text, people, g] of cases) {
      const found = ties(text);
      for (const p of people) expect(has(found, 'member_of', p, g), `${p} ${show(found)}`).toBe(true);
      expect(
        found.filter((r) => r.type === 'arrested_by'),
        show(found),
      ).toEqual([]);
    }
  });

  it('dead with no group to their noun are members of nothing', () => {
    const found = ties(
      'Boko Haram gunmen killed three farmers near Konduga on Friday. Police identified them as Musa Ali, Bukar Modu and Kaka Bulama.',
    );
    expect(
      found.filter((r) => r.type === 'member_of'),
      show(found),
    ).toEqual([]);
  });
});

describe("who heads G's named unit leads the unit, not G", () => {
  it('"X, who heads G\'s H Unit"', () => {
    const cases: [string, string, string, string][] = [
      [
        "Detective Superintendent Fiona Walsh, who heads the PSNI's Terrorism Investigation Unit, welcomed the verdict.",
        'Fiona Walsh',
        'Terrorism Investigation Unit',
        'PSNI',
      ],
      [
        "Inspector Rahul Mehra, who leads the Delhi Police's Special Cell, told reporters the suspects had been tracked for months.",
        'Rahul Mehra',
        'Special Cell',
        'Delhi Police',
      ],
    ];
    for (const [text, p, unit, owner] of cases) {
      const found = ties(text);
      expect(has(found, 'leader_of', p, unit), show(found)).toBe(true);
      expect(has(found, 'leader_of', p, owner), show(found)).toBe(false);
    }
  });
});
