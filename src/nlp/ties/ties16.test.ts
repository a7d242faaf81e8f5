import { describe, expect, it } from 'vitest';
import { type FoundTie, hasTie as has, readTies, showTies as show } from '../../../test/ties-helpers.js';
import { PATTERNS } from './index.js';

// ties16: person → group ties read from general structures (the party a "the party" stands
// for, "became its emir", "chose X as its emir", "who" on a title beside a name, kin in a
// list, "defected to G", a force's bare "officers"), and what is no tie (a facilitator is no
// member; "A and B are cooperating with investigators" allies no one). Every sentence here
// is written for these tests.

const ties = (text: string) => readTies(text, '2026-05-10');
const tied = (found: FoundTie[], s: string, o: string) =>
  found.some((r) => (r.s === s && r.o === o) || (r.s === o && r.o === s));

describe('"the party" is the political party named last, not the armed group', () => {
  it('expelled from the party', () => {
    const cases: [string, string, string, string][] = [
      [
        'Hamza Yilmaz, a former councillor for the Peoples Democratic Party in Batman, was expelled from the party after he praised the Kurdistan Workers Party.',
        'Hamza Yilmaz',
        'Peoples Democratic Party',
        'Kurdistan Workers Party',
      ],
      [
        'The Kurdistan Workers Party claimed the bombing. Leyla Demirtas, who sat for the Green Left Party in parliament, was expelled from the party a week later.',
        'Leyla Demirtas',
        'Green Left Party',
        'Kurdistan Workers Party',
      ],
    ];
    for (const [text, p, party, group] of cases) {
      const found = ties(text);
      expect(has(found, 'expelled_from', p, party), show(found)).toBe(true);
      expect(has(found, 'expelled_from', p, group), show(found)).toBe(false);
    }
  });
});

describe('who became or was chosen as a leader', () => {
  it('"X joined G and became its emir"', () => {
    const cases: [string, string, string][] = [
      [
        'Abdullahi Farah joined al-Shabaab in 2008 and became its emir in 2019.',
        'Abdullahi Farah',
        'al-Shabaab',
      ],
      [
        'Nasir Khan fought with Lashkar-e-Jhangvi for a decade and later became its chief.',
        'Nasir Khan',
        'Lashkar-e-Jhangvi',
      ],
    ];
    for (const [text, p, g] of cases) {
      const found = ties(text);
      expect(has(found, 'leader_of', p, g), show(found)).toBe(true);
    }
  });
  it('"chose X as its new emir": who is chosen holds the title', () => {
    const cases: [string, string, string][] = [
      [
        'The shura of Ansar Dine chose Moussa Ag Bilal as its new emir in March.',
        'Moussa Ag Bilal',
        'Ansar Dine',
      ],
      [
        'Leaders of the Arakan Army elected Kyaw Min Thein as head of the Arakan Army at a meeting in Paletwa.',
        'Kyaw Min Thein',
        'Arakan Army',
      ],
    ];
    for (const [text, p, g] of cases) {
      const found = ties(text);
      expect(has(found, 'leader_of', p, g), show(found)).toBe(true);
    }
  });
});

describe('"who" on a title set beside a person is that person', () => {
  it('"X, a former G fighter who later joined H" joins X to H, not G to H', () => {
    const cases: [string, string, string, string][] = [
      [
        'Police in Basra detained Karim Jassim, a former Kataib Hezbollah fighter who later joined Asaib Ahl al-Haq, on Sunday.',
        'Karim Jassim',
        'Asaib Ahl al-Haq',
        'Kataib Hezbollah',
      ],
      [
        'Marwan Idlibi, a Jaish al-Islam commander who joined Hayat Tahrir al-Sham in 2019, was killed near Idlib.',
        'Marwan Idlibi',
        'Hayat Tahrir al-Sham',
        'Jaish al-Islam',
      ],
    ];
    for (const [text, p, joined, first] of cases) {
      const found = ties(text);
      expect(has(found, 'member_of', p, joined), show(found)).toBe(true);
      expect(
        found.some((r) => r.type === 'part_of' && r.s === first && r.o === joined),
        show(found),
      ).toBe(false);
    }
  });
});

describe('"A and his brother B" is a list', () => {
  it('"Both men joined G" ties both brothers', () => {
    const cases: [string, string[], string][] = [
      [
        'Hassan Barre was named first. Ali Warsame and his brother Abdi Warsame are accused of carrying explosives for al-Shabaab. Both men joined the group in 2015.',
        ['Ali Warsame', 'Abdi Warsame'],
        'al-Shabaab',
      ],
      [
        'Karim Saadi was charged first. Mehdi Belkacem and his cousin Sofiane Belkacem are accused of recruiting for the Islamic State in Raqqa. Both men joined the group in 2014.',
        ['Mehdi Belkacem', 'Sofiane Belkacem'],
        'Islamic State',
      ],
    ];
    for (const [text, people, g] of cases) {
      const found = ties(text);
      for (const p of people) expect(has(found, 'member_of', p, g), show(found)).toBe(true);
    }
  });
});

describe('a force\'s bare "officers" in what its member reports', () => {
  it('"X of P said officers had arrested Y"', () => {
    const cases: [string, string, string][] = [
      [
        'Colonel Ahmed Daud of the Kenya Police Service said officers had arrested Omar Kassim in Garissa on Monday.',
        'Omar Kassim',
        'Kenya Police Service',
      ],
      [
        'Inspector Marta Ruiz of the Guardia Civil said agents detained Youssef Amrani at the port of Algeciras.',
        'Youssef Amrani',
        'Guardia Civil',
      ],
      [
        'Captain Issa Ouedraogo of the Gendarmerie Nationale said officers had arrested Adama Sawadogo near Djibo.',
        'Adama Sawadogo',
        'Gendarmerie Nationale',
      ],
      [
        'Lieutenant Jose Prieto of the Guardia Civil said officers arrested Karim Haddou in Ceuta on Friday.',
        'Karim Haddou',
        'Guardia Civil',
      ],
      [
        'Commandant Oumar Traore of the Gendarmerie Nationale said agents had detained Moussa Diallo near Mopti.',
        'Moussa Diallo',
        'Gendarmerie Nationale',
      ],
      [
        'The Federal Investigation Agency said agents detained Imran Qureshi at Karachi airport.',
        'Imran Qureshi',
        'Federal Investigation Agency',
      ],
    ];
    for (const [text, p, force] of cases) {
      const found = ties(text);
      expect(has(found, 'arrested_by', p, force), show(found)).toBe(true);
    }
  });
  it('an armed group or a rights body that speaks is no arresting force', () => {
    const cases: [string, string, string][] = [
      [
        'Laila Ahmadi of Amnesty International said police detained Farid Noori in Herat.',
        'Farid Noori',
        'Amnesty International',
      ],
      [
        'Zabiullah Nuri of Hizb-e-Islami said soldiers arrested Gul Agha in Kunar.',
        'Gul Agha',
        'Hizb-e-Islami',
      ],
    ];
    for (const [text, p, org] of cases) {
      const found = ties(text);
      expect(has(found, 'arrested_by', p, org), show(found)).toBe(false);
    }
  });
});

describe('"defected to G" makes a member of G', () => {
  it('the verb and a gerund after "before"', () => {
    const cases: [string, string, string][] = [
      ['Rashid Mahmoud defected to the Free Syrian Army in 2012.', 'Rashid Mahmoud', 'Free Syrian Army'],
      [
        'Yusuf Barre fought for Hizbul Islam for two years before defecting to al-Shabaab.',
        'Yusuf Barre',
        'al-Shabaab',
      ],
    ];
    for (const [text, p, g] of cases) {
      const found = ties(text);
      expect(has(found, 'member_of', p, g), show(found)).toBe(true);
    }
  });
});

describe('a facilitator is affiliated with a group, not its member', () => {
  it('"a suspected G facilitator, X", "X, a facilitator for G"', () => {
    // the pattern's own example sentences, which must also give no membership
    const cases = PATTERNS.find((p) => p.id === 'affiliated_with/facilitator')?.examples ?? [];
    expect(cases.length).toBeGreaterThanOrEqual(2);
    for (const [text, p, g] of cases) {
      const found = ties(text);
      expect(has(found, 'affiliated_with', p, g), show(found)).toBe(true);
      expect(has(found, 'member_of', p, g), show(found)).toBe(false);
    }
  });
});

describe('no tie between the subjects of a reciprocal verb with a common-noun partner', () => {
  it('"A and B are cooperating with investigators", "G and H clashed with police"', () => {
    const cases: [string, string, string][] = [
      [
        'Two of his aides, Salim Hamdan and Jamal Qasem, surrendered in May and are now cooperating with prosecutors.',
        'Salim Hamdan',
        'Jamal Qasem',
      ],
      ['Hamas and Islamic Jihad supporters clashed with police in Hebron.', 'Hamas', 'Islamic Jihad'],
    ];
    for (const [text, a, b] of cases) {
      const found = ties(text);
      expect(tied(found, a, b), show(found)).toBe(false);
    }
  });
  it('conjoined subjects alone still tie', () => {
    const found = ties('Hamas and Islamic Jihad clashed in Gaza City on Friday.');
    expect(
      has(found, 'fights', 'Hamas', 'Islamic Jihad') || has(found, 'fights', 'Islamic Jihad', 'Hamas'),
      show(found),
    ).toBe(true);
  });
});

describe('"he" after a person who opens the sentence', () => {
  it('"X, who belonged to G before he defected to H"', () => {
    const cases: [string, string, string][] = [
      [
        'Amir Haddad spoke at the rally. Usman Lidasan, who belonged to the Abu Sayyaf Group before he defected to the Bangsamoro Islamic Freedom Fighters, was killed on Sunday.',
        'Usman Lidasan',
        'Bangsamoro Islamic Freedom Fighters',
      ],
      [
        'Farid Osman was released. Abdul Wali Khan, who served in the Afghan army until he deserted to the Taliban in 2019, was arrested in Quetta.',
        'Abdul Wali Khan',
        'Taliban',
      ],
    ];
    for (const [text, p, g] of cases) {
      const found = ties(text);
      expect(has(found, 'member_of', p, g), show(found)).toBe(true);
    }
  });
});

describe('"their" is the first organisation the sentence names', () => {
  it('"X, the group\'s spokesman, said on Facebook that the fighters chose Y as their chief"', () => {
    const cases: [string, string, string, string][] = [
      [
        "Troops fought the Maute group in Lanao del Sur. Abu Bakar, who described himself as the group's spokesman, said on Facebook that the fighters had chosen Jamal Usman as their new chief.",
        'Jamal Usman',
        'Maute group',
        'Facebook',
      ],
      [
        "The army shelled positions of the Arakan Army. Khine Thu Kha, the group's spokesman, said on Telegram that its fighters had chosen Aung Myat as their commander.",
        'Aung Myat',
        'Arakan Army',
        'Telegram',
      ],
    ];
    for (const [text, p, g, platform] of cases) {
      const found = ties(text);
      expect(has(found, 'leader_of', p, platform), show(found)).toBe(false);
      expect(has(found, 'leader_of', p, g) || has(found, 'member_of', p, g), show(found)).toBe(true);
    }
  });
});

describe('"the agency", "the ministry": the one organisation named before whose name has that noun', () => {
  it('a spokesman for the agency / the ministry', () => {
    const cases: [string, string, string][] = [
      [
        'The Interior Ministry met on Monday. Asif Khan, a spokesman for the ministry, said the talks went well.',
        'Asif Khan',
        'Interior Ministry',
      ],
      [
        'The Federal Investigation Agency opened a case on Friday. Sana Mir, a spokeswoman for the agency, said more arrests were likely.',
        'Sana Mir',
        'Federal Investigation Agency',
      ],
      [
        'The Ministry of Defence has ordered an inquiry into the strike, said Tom Carver, a spokesman for the ministry.',
        'Tom Carver',
        'Ministry of Defence',
      ],
    ];
    for (const [text, p, org] of cases) {
      const found = ties(text);
      expect(has(found, 'spokesperson_of', p, org), show(found)).toBe(true);
    }
  });
  it('no one when two such organisations were named', () => {
    const found = ties(
      'The Interior Ministry and the Defence Ministry met on Monday. Asif Khan, a spokesman for the ministry, said the talks went well.',
    );
    expect(
      found.some((r) => r.s === 'Asif Khan' && r.type === 'spokesperson_of'),
      show(found),
    ).toBe(false);
  });
});

describe("a speech verb's speaker holds no noun that is its other subject", () => {
  it("'… the men's \"links with G,\" he added' ties no one to G", () => {
    const cases: [string, string, string][] = [
      [
        'Colonel Imran Baig spoke to reporters in Quetta. An early inquiry has shown the suspects’ “links with both al-Qaeda and the Islamic State,” he added.',
        'Imran Baig',
        'Islamic State',
      ],
      [
        'Major Farid Yusuf briefed the press in Peshawar. The detainees’ “ties to the Tehreek-e-Taliban Pakistan run deep,” he said.',
        'Farid Yusuf',
        'Tehreek-e-Taliban Pakistan',
      ],
    ];
    for (const [text, p, g] of cases) {
      const found = ties(text);
      expect(tied(found, p, g), show(found)).toBe(false);
    }
  });
});
