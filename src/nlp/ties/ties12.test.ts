import { describe, expect, it } from 'vitest';
import { hasTie as has, readTies, showTies as show } from '../../../test/ties-helpers.js';

// ties12: ties whose subject is a person, in the wordings of wire copy the older patterns
// missed: plural anaphors ("the two men", "all three"), a noun that names its holder ("the
// defendant, X", "a man identified as X"), charges of membership, custody, "speaks for",
// ranks after a force's name, and accounts someone runs. Every sentence here is written
// for these tests.

const ties = (text: string) => readTies(text, '2021-03-02');

describe('plural anaphors stand for the people named just before', () => {
  it('"the two men", "all three", "both men" give each of them the tie', () => {
    const cases: [string, string[], string][] = [
      [
        'Police named the suspects as Adam Musa and Ibrahim Tahir. The two men were detained by the Anti-Terrorism Police Unit in Nairobi.',
        ['Adam Musa', 'Ibrahim Tahir'],
        'Anti-Terrorism Police Unit',
      ],
      [
        'Prosecutors charged Ali Rahimi, Said Karimi and Javad Nouri with financing the Jaish al-Adl group. All three were arrested by the Counter Terrorism Department in Karachi in May.',
        ['Ali Rahimi', 'Said Karimi', 'Javad Nouri'],
        'Counter Terrorism Department',
      ],
      [
        'The court heard that Ahmed Saleh and Musa Idris trained at a camp run by Boko Haram. Both men were arrested by the Department of State Services in Kano.',
        ['Ahmed Saleh', 'Musa Idris'],
        'Department of State Services',
      ],
    ];
    for (const [text, people, by] of cases) {
      const found = ties(text);
      for (const p of people) expect(has(found, 'arrested_by', p, by), `${p}: ${show(found)}`).toBe(true);
    }
  });

  it('a number that fits no list, or no list at all, ties no one', () => {
    for (const text of [
      'Hassan Ali was questioned on Monday. The two men were detained by the Anti-Terrorism Police Unit in Mombasa.',
      'A bomb went off near the market. The three suspects were arrested by the Counter Terrorism Department on Friday.',
    ]) {
      const found = ties(text);
      expect(
        found.some((r) => r.type === 'arrested_by'),
        show(found),
      ).toBe(false);
    }
  });
});

describe('a noun for a person that names its holder', () => {
  it('"the defendant, X, belonged to G"; "a man identified as X told … he had joined G"', () => {
    const cases: [string, string, string][] = [
      [
        'The defendant, Abdullah Nasser, belonged to the Houthi movement, the judge said.',
        'Abdullah Nasser',
        'Houthi',
      ],
      [
        'A man identified as Rashid Khan told investigators that he had joined the Pakistani Taliban in 2015.',
        'Rashid Khan',
        'Pakistani Taliban',
      ],
      [
        'The suspect, Omar Haji, told the court that he had joined al Shabaab as a teenager.',
        'Omar Haji',
        'al Shabaab',
      ],
    ];
    for (const [text, s, o] of cases) {
      const found = ties(text);
      expect(has(found, 'member_of', s, o), show(found)).toBe(true);
    }
  });

  it('"the suspect, identified only as X, joined G", "the driver, named locally as X, had joined G"', () => {
    for (const [text, s, o] of [
      [
        'The court found that the suspect, identified only as Murat K., joined the Nusra Front in 2013.',
        'Murat K.',
        'Nusra Front',
      ],
      [
        'Investigators said the driver, named locally as Abdi Salat, had joined al Shabaab two years earlier.',
        'Abdi Salat',
        'al Shabaab',
      ],
    ]) {
      const found = ties(text);
      expect(has(found, 'member_of', s, o), show(found)).toBe(true);
    }
  });

  it('"he" after such a subject is not the person named in an earlier sentence', () => {
    const found = ties(
      'District official Miguel Tembe said the village was burned. The man, identified as Abdul Saide, told interrogators that he had joined Islamic State Mozambique in 2020.',
    );
    expect(has(found, 'member_of', 'Abdul Saide', 'Islamic State Mozambique'), show(found)).toBe(true);
    expect(
      found.some((r) => r.s === 'Miguel Tembe' && r.type === 'member_of'),
      show(found),
    ).toBe(false);
  });
});

describe('charges of membership', () => {
  it('"found X guilty of membership of G", "convicted X of membership of G"', () => {
    const cases: [string, string, string][] = [
      [
        'A court in Lyon found Karim Benali guilty of membership of al Qaeda in the Islamic Maghreb.',
        'Karim Benali',
        'al Qaeda in the Islamic Maghreb',
      ],
      [
        'Judges convicted Omar Haddad of membership of the Islamic State group and jailed him for six years.',
        'Omar Haddad',
        'Islamic State',
      ],
    ];
    for (const [text, s, o] of cases) {
      const found = ties(text);
      expect(has(found, 'member_of', s, o), show(found)).toBe(true);
    }
  });

  it('an acquittal, or a group named only as a modifier, is no membership', () => {
    for (const [text, s] of [
      ['A court in Bremen cleared Yusuf Demir of membership of the Kurdistan Workers Party.', 'Yusuf Demir'],
      [
        'The tribunal acquitted Sami Barakat of membership of Hamas but convicted him of fraud.',
        'Sami Barakat',
      ],
      ['The court found Ali Farah guilty of membership of the al Qaeda-linked group.', 'Ali Farah'],
    ]) {
      const found = ties(text);
      expect(
        found.some((r) => r.s === s && r.type === 'member_of' && !r.negated),
        show(found),
      ).toBe(false);
    }
  });

  it('"suspected of/accused of being a member of G"; "denied being a member" is negated', () => {
    const cases: [string, string, string][] = [
      [
        'Hendra Saputra is suspected of being a member of Jemaah Ansharut Daulah.',
        'Hendra Saputra',
        'Jemaah Ansharut Daulah',
      ],
      ['Police suspect Ahmed Nur of being an al Shabaab recruiter.', 'Ahmed Nur', 'al Shabaab'],
      ['Karim Haddad admitted being a member of the Islamic State group.', 'Karim Haddad', 'Islamic State'],
    ];
    for (const [text, s, o] of cases) {
      const found = ties(text);
      expect(has(found, 'member_of', s, o), show(found)).toBe(true);
    }
    const denied = ties('Faisal Qureshi denied being a member of Lashkar-e-Taiba.');
    expect(has(denied, 'member_of', 'Faisal Qureshi', 'Lashkar-e-Taiba', true), show(denied)).toBe(true);
    expect(has(denied, 'member_of', 'Faisal Qureshi', 'Lashkar-e-Taiba'), show(denied)).toBe(false);
  });

  it('"the two men, identified as A and B" hold the plural title given a sentence or two before', () => {
    for (const [text, people, group] of [
      [
        'A court in Quetta sentenced two members of the Balochistan Liberation Army to death on Monday. The two condemned men, identified as Karim Baksh and Wali Baloch, had attacked a checkpoint.',
        ['Karim Baksh', 'Wali Baloch'],
        'Balochistan Liberation Army',
      ],
      [
        'Police arrested three Boko Haram militants near Maiduguri. The army said the raid followed a tip-off. The three men, named as Bukar Ali, Musa Kyari and Ibrahim Modu, were handed over to prosecutors.',
        ['Bukar Ali', 'Musa Kyari', 'Ibrahim Modu'],
        'Boko Haram',
      ],
    ] as [string, string[], string][]) {
      const found = ties(text);
      for (const p of people) expect(has(found, 'member_of', p, group), `${p}: ${show(found)}`).toBe(true);
    }
    const none = ties(
      'A soldier of the Somali National Army was killed in the clash. The two men, identified as Ahmed Noor and Ali Warsame, fled.',
    );
    expect(
      none.some((r) => r.type === 'member_of' && r.s === 'Ahmed Noor'),
      show(none),
    ).toBe(false);
  });
});

describe('held, spoken for, ranked', () => {
  it('"taken into / in the custody of P" is arrested_by', () => {
    for (const [text, s, o] of [
      [
        'Felipe Cardenas was taken into the custody of the Colombian Army after the clash.',
        'Felipe Cardenas',
        'Colombian Army',
      ],
      [
        'Juan Ortiz remains in the custody of the Colombian Army, officials said.',
        'Juan Ortiz',
        'Colombian Army',
      ],
    ]) {
      const found = ties(text);
      expect(has(found, 'arrested_by', s, o), show(found)).toBe(true);
    }
  });

  it('a rank between a force and a name makes a member: "Coast Guard Lt. X"', () => {
    for (const [text, s, o] of [
      ['The boat sank near the port, said Coast Guard Lt. Maria Lopez.', 'Maria Lopez', 'Coast Guard'],
      ['Pakistan Army Col. Imran Malik said three soldiers died.', 'Imran Malik', 'Pakistan Army'],
    ]) {
      const found = ties(text);
      expect(has(found, 'member_of', s, o), show(found)).toBe(true);
    }
  });

  it('rank-and-file nouns: gunman, insurgent, guerrilla', () => {
    for (const [text, s, o] of [
      ['Tomas Reyes, a Gulf Clan gunman, was shot dead by police in Medellin.', 'Tomas Reyes', 'Gulf Clan'],
      ['Police killed Ibrahim Jalo, a Boko Haram insurgent, near Bama.', 'Ibrahim Jalo', 'Boko Haram'],
      ['Carlos Mena, an ELN guerrilla, surrendered to the army in Arauca.', 'Carlos Mena', 'ELN'],
    ]) {
      const found = ties(text);
      expect(has(found, 'member_of', s, o), show(found)).toBe(true);
    }
  });

  it('an account someone runs on a platform is theirs', () => {
    for (const [text, s, o] of [
      [
        'Farid Haddad ran a Telegram channel, @haddad_news, that shared the videos.',
        'Farid Haddad',
        '@haddad_news',
      ],
      [
        'Prosecutors said Leila Nasser had recruited women in Raqqa and opened a Telegram account, @sisters_rq, in 2015.',
        'Leila Nasser',
        '@sisters_rq',
      ],
    ]) {
      const found = ties(text);
      expect(has(found, 'has_account', s, o), show(found)).toBe(true);
    }
  });

  it('the agent of an arrest is not placed where the arrest happened', () => {
    for (const [text, org] of [
      [
        'The suspect, Omar Farouk, was arrested by the Philippine National Police in Cotabato.',
        'Philippine National Police',
      ],
      ['Samir Aziz was held by the Syrian Democratic Forces in al-Hol.', 'Syrian Democratic Forces'],
    ]) {
      const found = ties(text);
      expect(
        found.some((r) => r.type === 'located_in' && r.s === org),
        show(found),
      ).toBe(false);
    }
  });
});

describe('coreference around people and groups', () => {
  it('"he" after an unnamed person introduced in the sentence is not the salient person', () => {
    for (const [text, wrong] of [
      [
        'Inspector Dana Hughes led the search. A 19-year-old from Bradford was charged on Monday after he admitted belonging to the Base, a banned neo-Nazi network.',
        'Dana Hughes',
      ],
      [
        'Colonel Ahmed Saeed spoke to reporters. A man from Peshawar was detained after he confessed to joining the Pakistani Taliban.',
        'Ahmed Saeed',
      ],
    ]) {
      const found = ties(text);
      expect(
        found.some((r) => r.s === wrong && r.type === 'member_of'),
        show(found),
      ).toBe(false);
    }
  });

  it('"the breakaway group, calling itself G, is led by X": the group is G, not the one it left', () => {
    for (const [text, s, o, other] of [
      [
        'Commanders loyal to Juan Mora left the Central Front last month. The breakaway group, calling itself the Southern Bloc, is led by Pablo Ruiz, known as Tigre, and operates in Narino.',
        'Pablo Ruiz',
        'Southern Bloc',
        'Central Front',
      ],
      [
        'Several units quit the Islamic Front in March. The new group, which calls itself the Sham Legion, is commanded by Yasser Abdul Rahim, a former army officer.',
        'Yasser Abdul Rahim',
        'Sham Legion',
        'Islamic Front',
      ],
    ]) {
      const found = ties(text);
      expect(has(found, 'leader_of', s, o), show(found)).toBe(true);
      expect(has(found, 'leader_of', s, other), show(found)).toBe(false);
    }
  });
});

describe('a spokesman of a counter-terrorism or state security service speaks for it', () => {
  it('is its spokesperson, and not said to be its member', () => {
    for (const [text, s, o] of [
      [
        'Counter Terrorism Department spokesman Tariq Mehmood said the cell had been planning attacks.',
        'Tariq Mehmood',
        'Counter Terrorism Department',
      ],
      [
        'A spokeswoman for the Counter-Terrorism Unit, Amina Yusuf, said two suspects were held.',
        'Amina Yusuf',
        'Counter-Terrorism Unit',
      ],
    ]) {
      const found = ties(text);
      expect(has(found, 'spokesperson_of', s, o), show(found)).toBe(true);
      expect(has(found, 'member_of', s, o), show(found)).toBe(false);
    }
  });
});

describe('"the G-linked group" stands for the group the text is about', () => {
  it('membership of it, and its link to G', () => {
    for (const [text, person, group, linked] of [
      [
        'Al Shabaab fighters attacked a base near Kismayo on Monday. A military court later found Abdi Warsame guilty of membership of the al Qaeda-linked group.',
        'Abdi Warsame',
        'Al Shabaab',
        'al Qaeda',
      ],
      [
        'Police in Mindanao raided a camp of the Dawlah Islamiyah. Prosecutors charged Omar Maute with membership of the Islamic State-affiliated group on Friday.',
        'Omar Maute',
        'Dawlah Islamiyah',
        'Islamic State',
      ],
    ]) {
      const found = ties(text);
      expect(has(found, 'member_of', person, group), show(found)).toBe(true);
      expect(has(found, 'member_of', person, linked), show(found)).toBe(false);
      expect(has(found, 'affiliated_with', group, linked), show(found)).toBe(true);
    }
  });
});
