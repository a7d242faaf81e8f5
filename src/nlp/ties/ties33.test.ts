import { describe, expect, it } from 'vitest';
import { tieStrings } from '../../../test/ties-helpers.js';

// Issue #10, a group's cell broken up and its people named later (ties22 helper):
// `arrestsNamedLater` in ties/arrest-named.ts reads "F broke up a cell of G, shooting its commander
// and detaining three of its members" (the partitive's noun, "its" as the cell's group, the
// subject of the verb a participle's conjunct hangs on), a later naming that says who it names
// ("The three detained men were identified as …") past sentences naming other people, and the cell's
// leader named by a title set beside the name; event-ties.ts holds no one by their own group.

const ties = (text: string) => tieStrings(text, '2026-05-10');

describe('ties33: "detaining three of its members" after "dismantled a cell of G"', () => {
  it.each([
    [
      "Kenya's Anti-Terrorism Police Unit said on Friday that its officers had broken up a cell of al-Shabaab in Mombasa, shooting dead its commander and detaining three of its members. The operation followed months of surveillance in the Likoni area. A spokesman, Peter Mwangi, said the cell had planned attacks on churches. The three detained men were identified as Hassan Omar, Yusuf Bakari and Ali Rashid.",
      ['Hassan Omar', 'Yusuf Bakari', 'Ali Rashid'],
      'Anti-Terrorism Police Unit',
      'al-Shabaab',
    ],
    [
      "Pakistan's Counter Terrorism Department raided a hideout in Quetta on Monday and busted a network of the Balochistan Liberation Army, arresting five of its operatives. Officials said weapons were found in the house. Provincial minister Zia Langove praised the raid. Two of the arrested men, Karim Baloch and Naveed Marri, were later shown on television.",
      ['Karim Baloch', 'Naveed Marri'],
      'Counter Terrorism Department',
      'Balochistan Liberation Army',
    ],
  ])('%s', (text, people, force, group) => {
    const found = ties(text);
    for (const p of people) {
      expect(found).toContain(`arrested_by(${p}, ${force})`);
      expect(found).toContain(`member_of(${p}, ${group})`);
    }
    // (the commander shot dead is no one of the three named)
    expect(found).not.toContain(`member_of(Peter Mwangi, ${group})`);
  });
});

describe('ties33: the men held in breaking up a G cell are its members', () => {
  it.each([
    [
      'Moroccan police said they had broken up an Islamic State cell in Tangier on Thursday, detaining three men. The raid was the third in the city this year, officials said. A court official, Samir Idrissi, said the case would be heard in Rabat. The detained men were identified as Younes Amrani, Hamid Zerouali and Khalid Bennani.',
      ['Younes Amrani', 'Hamid Zerouali', 'Khalid Bennani'],
      'Islamic State',
    ],
    [
      'Security forces broke up a Hizbul Mujahideen module in Sopore last week, arresting two men. Police named the arrested men as Shabir Lone and Tariq Ganie.',
      ['Shabir Lone', 'Tariq Ganie'],
      'Hizbul Mujahideen',
    ],
  ])('%s', (text, people, group) => {
    const found = ties(text);
    for (const p of people) {
      expect(found).toContain(`member_of(${p}, ${group})`);
      // (nor held by the group whose cell was broken up)
      expect(found).not.toContain(`arrested_by(${p}, ${group})`);
    }
  });
});

describe('ties33: the cell leader killed and named in a later sentence', () => {
  it.each([
    [
      'Nigerian troops raided a Boko Haram cell near Maiduguri on Sunday, capturing six men and killing its commander. The slain commander, identified as Abubakar Gana, had led attacks on farmers for two years.',
      'Abubakar Gana',
      'Boko Haram',
    ],
    [
      'The National Intelligence Agency said it had broken up an al-Qaeda network in Sanaa, detaining four men and shooting dead its leader. The network leader, Salem al-Harbi, had returned from Marib a month earlier.',
      'Salem al-Harbi',
      'al-Qaeda',
    ],
  ])('%s', (text, person, group) => {
    const found = ties(text);
    expect(found).toContain(`member_of(${person}, ${group})`);
    // (the one killed is not one of the men held)
    expect(found.filter((t) => t.startsWith(`arrested_by(${person},`))).toEqual([]);
  });
});

describe('ties33: a naming far on does not reach past another arrest', () => {
  it('stops at the other arrest', () => {
    const found = ties(
      'The army said it had dismantled an al-Shabaab cell in Baidoa, detaining three of its members. Separately, police arrested a trader, Abdi Warsame, in Mogadishu. A witness, Halima Ali, said the trader was innocent. Two of the detained men, Ahmed Nur and Farah Yusuf, were shown on television.',
    );
    expect(found).not.toContain('member_of(Ahmed Nur, al-Shabaab)');
    expect(found).not.toContain('member_of(Farah Yusuf, al-Shabaab)');
  });
  it('reaches past a sentence naming someone else', () => {
    const found = ties(
      'Ethiopian federal police said they had broken up an al-Shabaab cell in Dire Dawa, arresting five of its members. A regional official, Mulugeta Bekele, said the cell had smuggled arms from Somalia. The arrested suspects were named as Abdirahman Jama and Mohamed Hersi.',
    );
    expect(found).toContain('member_of(Abdirahman Jama, al-Shabaab)');
    expect(found).toContain('member_of(Mohamed Hersi, al-Shabaab)');
  });
});

describe('ties33: an arrest told after another takes the agency that made or reported the first', () => {
  it.each([
    [
      "Pakistani police detained seven people suspected of raising money for al-Qaeda, the Counter Terrorism Department said on Tuesday.\n\nAccording to the department, the group's organiser, Rashid Mahmood, was picked up at a flat in Multan. Two of his cousins, Asif Mahmood and Bilal Tariq, were detained later that night in Lahore.",
      ['Asif Mahmood', 'Bilal Tariq'],
      'Counter Terrorism Department',
    ],
    [
      'Officers arrested four men in raids on Sunday, the Guardia Civil said. The men ran a recruitment channel on Telegram, investigators said.\n\nYoussef Benali and Karim Haddou were detained in Melilla. Their trial is expected next year.',
      ['Youssef Benali', 'Karim Haddou'],
      'Guardia Civil',
    ],
  ])('%s', (text, people, force) => {
    const found = ties(text);
    for (const p of people) expect(found).toContain(`arrested_by(${p}, ${force})`);
  });
  it('not past an arrest made by no one the text names', () => {
    const found = ties(
      'Gunmen seized two engineers near Gao, the Malian army said.\n\nLater, Moussa Traore and Ibrahim Keita were detained in Bamako. A police source, Adama Coulibaly, confirmed it.',
    );
    expect(found.filter((t) => t.startsWith('arrested_by('))).toEqual([]);
  });
});

describe('ties33: an arrest that says its people go unnamed names no one later', () => {
  it.each([
    'Police in Mombasa detained three suspected al-Shabaab recruiters on Friday, the Anti-Terrorism Police Unit said, without naming them. A fourth man, identified as Omar Said, was shot dead in a separate raid in Malindi.',
    'The Counter Terrorism Department detained two Islamic State militants in Peshawar on Monday. The two men have not been named. Later that day, a suspect identified as Gul Khan was killed in a shootout in Mardan.',
  ])('%s', (text) => {
    const found = ties(text);
    expect(found.filter((t) => /^(?:arrested_by|member_of)\((?:Omar Said|Gul Khan),/.test(t))).toEqual([]);
  });
});

describe('ties33: an arrest in another story keeps no agency from the one before', () => {
  it.each([
    'Counter Terrorism Department detectives arrested two men in Sukkur on Monday. They were released on Tuesday. Separately, Nadeem Akhtar appeared in court charged with financing the group. He was arrested in Larkana last month.',
    'The Federal Investigation Agency detained three men at Karachi airport on Friday. Meanwhile, Sohail Abbas was taken into custody in Hyderabad, his family said.',
  ])('%s', (text) => {
    expect(ties(text).filter((t) => t.startsWith('arrested_by('))).toEqual([]);
  });
});

describe('ties33: "jailed three members of G … found A, B and C guilty": as many as counted', () => {
  it.each([
    [
      'A court in Mombasa on Monday jailed two members of al-Shabaab for plotting to bomb a ferry. Magistrate Ruth Wanjiku found Hussein Abdalla and Said Mwinyi guilty of conspiracy after a two-year trial.',
      ['Hussein Abdalla', 'Said Mwinyi'],
      'al-Shabaab',
    ],
    [
      'A special court in Dhaka sentenced three members of Ansar al-Islam to death on Sunday. Judge Mohammad Majibur Rahman found Akram Hossain, Mamun Mia and Shafiul Alam guilty of murdering a blogger in 2016.',
      ['Akram Hossain', 'Mamun Mia', 'Shafiul Alam'],
      'Ansar al-Islam',
    ],
  ])('%s', (text, people, group) => {
    const found = ties(text);
    for (const p of people) expect(found).toContain(`member_of(${p}, ${group})`);
    expect(found.filter((t) => /^member_of\((?:Ruth Wanjiku|Mohammad Majibur Rahman),/.test(t))).toEqual([]);
  });
  it('not when the names are fewer than the members counted', () => {
    const found = ties(
      'An anti-terrorism court in Lahore has convicted four members of Lashkar-e-Taiba of financing terrorism. On Thursday the judge convicted Tariq Aziz, Naeem Butt and Zafar Iqbal of raising funds through a charity.',
    );
    expect(found.filter((t) => t.startsWith('member_of('))).toEqual([]);
  });
});

describe('ties33: "the three men", "all three" reach the people named further back', () => {
  it('the last list of that many names, before people named one by one since', () => {
    const found = ties(
      "The High Court in Nairobi found Ali Hassan, Musa Kamau and Idris Otieno guilty of planning an attack on a shopping centre. A prosecution witness, Grace Njeri, told the court she had seen Hassan with a rifle. The defence lawyer, Tom Ouma, said Kamau would appeal. The three men were arrested in 2021 by Kenya's Anti-Terrorism Police Unit.",
    );
    for (const p of ['Ali Hassan', 'Musa Kamau', 'Idris Otieno'])
      expect(found).toContain(`arrested_by(${p}, Anti-Terrorism Police Unit)`);
    expect(found).not.toContain('arrested_by(Tom Ouma, Anti-Terrorism Police Unit)');
  });
  it('with no such list, the last three named in the four sentences before', () => {
    const found = ties(
      'A court in Paris convicted the organiser, Yassine Belkacem, of recruiting fighters for Syria. He got twelve years. His co-accused, Nordine Haddad and Samir Touati, were jailed for funding the network. Haddad had once worked as a driver. All three had been detained by the DGSI in 2019.',
    );
    for (const p of ['Yassine Belkacem', 'Nordine Haddad', 'Samir Touati'])
      expect(found).toContain(`arrested_by(${p}, DGSI)`);
  });
});

describe('ties33: "a G handler" is a member, and no base of G', () => {
  it.each([
    [
      'Police filed charges against Imran Sheikh, alias Abu Talha, a Lashkar-e-Taiba handler based in Muzaffarabad.',
      'Imran Sheikh',
      'Lashkar-e-Taiba',
      'Muzaffarabad',
    ],
    [
      'Investigators said Bashir Lone, a Hizbul Mujahideen handler based in Rawalakot, had sent the men across the border in June.',
      'Bashir Lone',
      'Hizbul Mujahideen',
      'Rawalakot',
    ],
  ])('%s', (text, person, group, place) => {
    const found = ties(text);
    expect(found).toContain(`member_of(${person}, ${group})`);
    expect(found).not.toContain(`located_in(${group}, ${place})`);
  });
});

describe('ties33: "G, founded by X and headquartered in P" places G, not X', () => {
  it.each([
    [
      'Lashkar-e-Jhangvi, founded by Riaz Basra in 1996 and headquartered in Jhang, was outlawed by Islamabad in 2001.',
      'Lashkar-e-Jhangvi',
      'Riaz Basra',
      'Jhang',
    ],
    [
      'The Islamic Movement of Uzbekistan, founded by Tahir Yuldashev in 1998 and based in Waziristan, was designated by Washington in 2000.',
      'Islamic Movement of Uzbekistan',
      'Tahir Yuldashev',
      'Waziristan',
    ],
  ])('%s', (text, group, founder, place) => {
    const found = ties(text);
    expect(found).toContain(`located_in(${group}, ${place})`);
    expect(found).not.toContain(`located_in(${founder}, ${place})`);
  });
});

describe('ties33: "A, 31, of P, B, 25, of Q": each name keeps its own place', () => {
  it.each([
    [
      'Adam Cole, 31, of Bolton, Ryan Hart, 25, of Wigan, and Dean Moss, 40, of Bury, were charged on Friday with preparing acts of terrorism.',
      [
        ['Adam Cole', 'Bolton'],
        ['Ryan Hart', 'Wigan'],
        ['Dean Moss', 'Bury'],
      ],
    ],
    [
      'Prosecutors said Kevin Marsh, 29, of Rochdale, and Darren Price, 34, of Oldham, had shared bomb-making manuals online.',
      [
        ['Kevin Marsh', 'Rochdale'],
        ['Darren Price', 'Oldham'],
      ],
    ],
  ])('%s', (text, pairs) => {
    const found = ties(text);
    for (const [p, place] of pairs) expect(found).toContain(`located_in(${p}, ${place})`);
    // (no one is placed in another's town)
    const located = found.filter((t) => t.startsWith('located_in('));
    expect(located.length).toBe(pairs.length);
  });
});

describe('ties33: "arrested by operatives of F": F arrests, and the held are no members of F', () => {
  it.each([
    [
      'Ali Rahman and Umar Sali were arrested by operatives of the National Bureau of Investigation in Cotabato City.',
      ['Ali Rahman', 'Umar Sali'],
      'National Bureau of Investigation',
    ],
    [
      'Prosecutors charged Hamid Basri and Noel Cruz with arson. Both men were arrested last month in Iligan by operatives of the Philippine National Police.',
      ['Hamid Basri', 'Noel Cruz'],
      'Philippine National Police',
    ],
    [
      'A court in Zamboanga convicted Jamal Usman and Rodel Tan of kidnapping. The two men were arrested in a rented house in Cotabato City in 2022 by operatives of the National Bureau of Investigation.',
      ['Jamal Usman', 'Rodel Tan'],
      'National Bureau of Investigation',
    ],
  ])('%s', (text, people, force) => {
    const found = ties(text);
    for (const p of people) {
      expect(found).toContain(`arrested_by(${p}, ${force})`);
      expect(found).not.toContain(`member_of(${p}, ${force})`);
    }
  });
});

describe('ties33: "One of them, X" after "G gunmen attacked …, killing three soldiers" is no member of G', () => {
  it.each([
    [
      'Al-Shabaab militants stormed an army base near Baidoa on Sunday, killing three soldiers. One of them, Abdi Hassan, was buried in Mogadishu on Monday.',
      'member_of(Abdi Hassan, Al-Shabaab)',
    ],
    [
      'Boko Haram fighters ambushed a convoy near Bama, wounding four vigilantes. One of them, Musa Bulama, died in hospital later that day.',
      'member_of(Musa Bulama, Boko Haram)',
    ],
  ])('%s', (text, tie) => {
    expect(ties(text)).not.toContain(tie);
  });
  it('still names one of the counted members', () => {
    expect(
      ties(
        'Four Islamic State commanders met in a farmhouse near Raqqa. One of them, Abu Yasir al-Iraqi, was killed.',
      ),
    ).toContain('member_of(Abu Yasir al-Iraqi, Islamic State)');
  });
});
