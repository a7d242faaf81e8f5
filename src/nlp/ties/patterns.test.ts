import { describe, expect, it } from 'vitest';
import { readTies } from '../../../test/ties-helpers.js';
import { PATTERNS } from './index.js';

// Every pattern's example sentences go through the whole pipeline; each must yield its tie,
// read by that pattern on the parse (not by the older cue table).

const SYMMETRIC = new Set(['allied_with', 'rival_of', 'fights']);

const ties = (text: string) => readTies(text, '2020-05-10');

describe('tie patterns on the parse', () => {
  it('each pattern has at least two example sentences', () => {
    for (const p of PATTERNS) expect(p.examples.length, p.id).toBeGreaterThanOrEqual(2);
  });
  for (const p of PATTERNS)
    for (const [text, subj, obj, neg] of p.examples)
      it(`${p.id}: ${text}`, () => {
        const found = ties(text);
        const hit = found.find(
          (r) =>
            r.type === p.type &&
            r.negated === (neg === 'negated') &&
            ((r.s === subj && r.o === obj) || (SYMMETRIC.has(p.type) && r.s === obj && r.o === subj)),
        );
        expect(hit, JSON.stringify(found)).toBeDefined();
        expect(hit?.cue).toBe(p.id);
      });
});

describe('ties around the patterns', () => {
  it('"including" ties only the people a plural for a group\'s people lists', () => {
    for (const text of [
      "Police arrested five Hamas members in Gaza, including Omar Hamdan's brother.",
      'Hamas gunmen killed six villagers, including a teacher, Samir Odeh.',
      'The court heard from nine witnesses, including Omar Hamdan.',
    ]) {
      const found = ties(text);
      expect(
        found.some((r) => r.type === 'member_of'),
        JSON.stringify(found),
      ).toBe(false);
    }
  });
  it('a former member or commander of G who pledges to or joins H has split from G', () => {
    for (const [text, s, g, h] of [
      [
        'Abu Omar, a former commander of Ahrar al-Sham, pledged allegiance to Hayat Tahrir al-Sham.',
        'Abu Omar',
        'Ahrar al-Sham',
        'Hayat Tahrir al-Sham',
      ],
      [
        'Saad Emarati, a former member of the Afghan Taliban, joined the Islamic State in 2015.',
        'Saad Emarati',
        'Afghan Taliban',
        'Islamic State',
      ],
    ]) {
      const found = ties(text);
      const split = found.find((r) => r.type === 'split_from' && r.s === s && r.o === g && !r.negated);
      expect(split?.cue, JSON.stringify(found)).toBe('split_from/former');
      expect(found.some((r) => r.type === 'split_from' && r.o === h)).toBe(false);
    }
  });
  it('one of many commanders is a member and not also made a leader by the cue table', () => {
    for (const [text, s, g] of [
      ['Abu Talha, a commander of Ahrar al-Sham, was killed in Idlib.', 'Abu Talha', 'Ahrar al-Sham'],
      [
        'A mid-level al-Shabaab commander, Abdi Warsame, surrendered to the army.',
        'Abdi Warsame',
        'al-Shabaab',
      ],
    ]) {
      const found = ties(text);
      expect(found.some((r) => r.type === 'member_of' && r.s === s && r.o === g)).toBe(true);
      expect(
        found.some((r) => r.type === 'leader_of'),
        JSON.stringify(found),
      ).toBe(false);
    }
  });
  it('"saw X as close to Y" describes X, not whoever sees it', () => {
    for (const text of [
      'Analysts said the Islamic State was punishing villages it saw as close to the Taliban.',
      'The Taliban named a new governor, whom it saw as loyal to the Haqqani Network.',
    ]) {
      const found = ties(text);
      expect(
        found.some((r) => r.type === 'affiliated_with' || r.type === 'member_of'),
        JSON.stringify(found),
      ).toBe(false);
    }
  });
  it('a title set beside a name stands for it, but not past a name it governs', () => {
    for (const [text, person, place] of [
      ['Ahmed Ali, an Egyptian analyst based in Cairo, said the talks had failed.', 'Ahmed Ali', 'Cairo'],
      ['Osman Baig, a senior Hamas figure based in Doha, denied the report.', 'Osman Baig', 'Doha'],
    ]) {
      const found = ties(text);
      expect(found.some((r) => r.type === 'located_in' && r.s === person && r.o === place)).toBe(true);
      // (the group in the title is not what is based there)
      expect(found.some((r) => r.type === 'located_in' && r.s === 'Hamas')).toBe(false);
    }
    for (const [text, person] of [
      [
        'Maria Lopez, a spokeswoman for the Andes Mining Company based in Lima, declined to comment.',
        'Maria Lopez',
      ],
      ['Tom Reyes, an engineer with the Nordic Rail Company based in Oslo, was hurt.', 'Tom Reyes'],
    ]) {
      const found = ties(text);
      expect(
        found.some((r) => r.type === 'located_in' && r.s === person),
        JSON.stringify(found),
      ).toBe(false);
    }
  });
  it('a denied tie is only negated: no positive tie of any type for the pair', () => {
    for (const text of [
      'Hezbollah dismissed reports that its fighters had clashed with the Free Syrian Army.',
      'The Taliban rejected claims that it was allied with al-Qaeda.',
    ]) {
      const found = ties(text);
      expect(found.length, text).toBeGreaterThan(0);
      expect(
        found.every((r) => r.negated),
        JSON.stringify(found),
      ).toBe(true);
    }
  });

  it("a unit's or command's commander leads it and is not also called its member", () => {
    for (const [text, s, o] of [
      [
        'Gen. Mark Ellis, the commander of U.S. Central Command, visited Baghdad.',
        'Mark Ellis',
        'U.S. Central Command',
      ],
      ['Col. Ana Ruiz, commander of the 55th Wing, said the jets had landed.', 'Ana Ruiz', '55th Wing'],
    ]) {
      const found = ties(text);
      expect(
        found.some((r) => r.type === 'leader_of' && r.s === s && r.o === o),
        JSON.stringify(found),
      ).toBe(true);
      expect(
        found.some((r) => r.type === 'member_of'),
        JSON.stringify(found),
      ).toBe(false);
    }
  });

  it('a name set off by a comma before its title holds the title, however the parser hung it', () => {
    for (const [text, s, o] of [
      [
        'The elder Hanley, publisher of the Chicago Tribune, said the family was upset.',
        'Hanley',
        'Chicago Tribune',
      ],
      [
        'Mara Quint, an editor with the Chicago Tribune, said nothing had changed.',
        'Mara Quint',
        'Chicago Tribune',
      ],
    ]) {
      const found = ties(text);
      expect(
        found.some((r) => r.type === 'member_of' && r.s === s && r.o === o && !r.negated),
        JSON.stringify(found),
      ).toBe(true);
    }
  });

  it('"X, a P native" ties X to P past the article', () => {
    for (const [text, s, o] of [
      ['The fire was started by Lena Dahl, a Duluth native and mother of three.', 'Lena Dahl', 'Duluth'],
      ['Rescuers were called by Omar Haddad, a Tripoli native, after the blast.', 'Omar Haddad', 'Tripoli'],
    ]) {
      const found = ties(text);
      expect(
        found.some((r) => r.type === 'located_in' && r.s === s && r.o === o),
        JSON.stringify(found),
      ).toBe(true);
    }
  });

  it('a deputy, assistant or vice leader is a member, never the leader', () => {
    for (const [text, s, o] of [
      [
        'Omar Saeed, deputy leader of the Awami Front, said the talks had failed.',
        'Omar Saeed',
        'Awami Front',
      ],
      ['Taliban deputy chief Sirajuddin Haqqani spoke on Friday.', 'Sirajuddin Haqqani', 'Taliban'],
    ]) {
      const found = ties(text);
      expect(found.some((r) => r.type === 'member_of' && r.s === s && r.o === o)).toBe(true);
      expect(
        found.some((r) => r.type === 'leader_of'),
        JSON.stringify(found),
      ).toBe(false);
    }
  });

  it('a place "in eastern P" or "in the southern part of P" is part of P', () => {
    for (const [text, s, o] of [
      ['The plane came down near Kassala in eastern Sudan on Monday.', 'Kassala', 'Sudan'],
      ['Floods hit Bedford in southern Indiana last week.', 'Bedford', 'Indiana'],
    ]) {
      const found = ties(text);
      expect(
        found.some((r) => r.type === 'part_of' && r.s === s && r.o === o),
        JSON.stringify(found),
      ).toBe(true);
    }
  });

  it('a name in a list before the noun is not its owner ("A, B and C offices in P")', () => {
    for (const [text, p] of [
      [
        'Thieves looted the Red Cross, the World Food Programme and local aid offices in Kandahar.',
        'Kandahar',
      ],
      [
        'Reports of attacks on the United Nations, the Red Cross and city council offices in Mosul were false.',
        'Mosul',
      ],
    ]) {
      const found = ties(text);
      expect(
        found.some((r) => r.type === 'located_in' && r.o === p),
        JSON.stringify(found),
      ).toBe(false);
    }
  });

  it('a "place" right before "spokesman" names the organisation, not where the spokesman is from', () => {
    for (const text of [
      'Burlington spokesman Gus Melonas said the line was closed.',
      'Fresno spokeswoman Ana Ruiz said the road was closed.',
    ]) {
      const found = ties(text);
      expect(
        found.some((r) => r.type === 'located_in'),
        JSON.stringify(found),
      ).toBe(false);
    }
    // (a place before the organisation still places the spokesman)
    const police = ties('Karachi police spokesman Imran Shah said two men were held.');
    expect(police.some((r) => r.type === 'located_in' && r.s === 'Imran Shah' && r.o === 'Karachi')).toBe(
      true,
    );
  });

  it('a rank between the title and the name does not hide the holder ("Y spokesman Maj. X")', () => {
    for (const [text, s] of [
      ['Pentagon spokesman Maj. Tom Welles said the ship had docked.', 'Tom Welles'],
      ['Pentagon spokesman Lt. Col. Ana Diaz said the base was closed.', 'Ana Diaz'],
    ]) {
      const found = ties(text);
      expect(
        found.some((r) => r.type === 'spokesperson_of' && r.s === s && r.o === 'Pentagon'),
        JSON.stringify(found),
      ).toBe(true);
    }
  });

  it('a unit owned by an organisation stands for it ("a chemist with the Y\'s research division")', () => {
    for (const [text, s, o] of [
      ["Ruth Kahn, a chemist with the EPA's research division, tested the water.", 'Ruth Kahn', 'EPA'],
      [
        "Ravi Das, a chemist with the Interior Ministry's forensic service, tested the samples.",
        'Ravi Das',
        'Interior Ministry',
      ],
    ]) {
      const found = ties(text);
      expect(
        found.some((r) => r.type === 'member_of' && r.s === s && r.o === o),
        JSON.stringify(found),
      ).toBe(true);
    }
  });

  it('a title the parser set beside the wrong noun still describes the name before its comma', () => {
    for (const [text, s, o] of [
      [
        'In the field of biology, Wei Chen, a research fellow at the Pasteur Institute, found the gene.',
        'Wei Chen',
        'Pasteur Institute',
      ],
      [
        'On the question of trade, Lars Berg, an analyst at Nordea Bank, was doubtful.',
        'Lars Berg',
        'Nordea Bank',
      ],
    ]) {
      const found = ties(text);
      expect(
        found.some((r) => r.type === 'member_of' && r.s === s && r.o === o),
        JSON.stringify(found),
      ).toBe(true);
    }
  });
});

describe('defectors and former title holders', () => {
  const has = (found: ReturnType<typeof ties>, type: string, s: string, o: string) =>
    found.some((r) => r.type === type && r.s === s && r.o === o && !r.negated);
  it('"X, a former G commander who defected/deserted …" was a member of G and split from it', () => {
    for (const [text, x, g] of [
      [
        'Omar Yusuf, a former al-Shabaab commander who defected to the government in 2019, said the group was weakening.',
        'Omar Yusuf',
        'al-Shabaab',
      ],
      [
        'Abu Bakar Sani, a former leader of Ansaru who deserted in 2020, lives in Kaduna.',
        'Abu Bakar Sani',
        'Ansaru',
      ],
    ]) {
      const found = ties(text);
      expect(has(found, 'member_of', x, g), JSON.stringify(found)).toBe(true);
      expect(has(found, 'split_from', x, g), JSON.stringify(found)).toBe(true);
      expect(has(found, 'leader_of', x, g), JSON.stringify(found)).toBe(false);
    }
  });
  it('a former commander whose clause says he stayed has not split; a former one is still no leader', () => {
    const found = ties(
      'Ali Garba, a former commander of Boko Haram who never left the group, lives in Maiduguri.',
    );
    expect(found.some((r) => r.type === 'split_from')).toBe(false);
    expect(has(found, 'member_of', 'Ali Garba', 'Boko Haram')).toBe(true);
    expect(found.some((r) => r.type === 'leader_of')).toBe(false);
  });
  it('who split from a group (a person) was its member', () => {
    for (const [text, x, g] of [
      [
        'Musa Kamara, who defected from the Allied Democratic Forces last year, told reporters he had been forced to fight.',
        'Musa Kamara',
        'Allied Democratic Forces',
      ],
      [
        'Abdullahi Nur, a defector from al-Shabaab, now advises the Somali army.',
        'Abdullahi Nur',
        'al-Shabaab',
      ],
    ]) {
      const found = ties(text);
      expect(has(found, 'split_from', x, g), JSON.stringify(found)).toBe(true);
      expect(has(found, 'member_of', x, g), JSON.stringify(found)).toBe(true);
    }
    // (a group that broke away is no member)
    const group = ties('Jamaat-ul-Ahrar broke away from Tehrik-i-Taliban Pakistan after a dispute.');
    expect(group.some((r) => r.type === 'member_of')).toBe(false);
  });
});

describe('a coalition of groups', () => {
  it('"G, a coalition/alliance of A, B and C": each group listed is part of G', () => {
    for (const [text, g, parts] of [
      [
        'The Northern Alliance, a coalition of the Kachin Independence Army, the Arakan Army and the Shan State Army, seized the town.',
        'Northern Alliance',
        ['Kachin Independence Army', 'Arakan Army', 'Shan State Army'],
      ],
      [
        "Jama'at Nusrat al-Islam wal-Muslimin, an alliance of Ansar Dine and the Macina Liberation Front, claimed the attack.",
        "Jama'at Nusrat al-Islam wal-Muslimin",
        ['Ansar Dine', 'Macina Liberation Front'],
      ],
    ] as [string, string, string[]][]) {
      const found = ties(text);
      for (const a of parts)
        expect(
          found.some((r) => r.type === 'part_of' && r.s === a && r.o === g && !r.negated),
          `${a} in ${JSON.stringify(found)}`,
        ).toBe(true);
      // (the listed groups are not parts of each other)
      expect(found.filter((r) => r.type === 'part_of' && r.o !== g)).toEqual([]);
    }
  });
});

describe('a plural title has many holders', () => {
  it('"G commanders A and B", "two senior G commanders, A and B" are members, not leaders', () => {
    for (const [text, names, g] of [
      [
        'Hezbollah commanders Ibrahim Aqil and Fuad Shukr were killed in Israeli strikes.',
        ['Ibrahim Aqil', 'Fuad Shukr'],
        'Hezbollah',
      ],
      [
        'Two senior ISWAP commanders, Abba Kaka and Ali Ngulde, have surrendered to the Nigerian army.',
        ['Abba Kaka', 'Ali Ngulde'],
        'ISWAP',
      ],
      [
        'Three al-Shabaab leaders, Ahmed Diriye and Hassan Yaqub, were placed under sanctions.',
        ['Ahmed Diriye', 'Hassan Yaqub'],
        'al-Shabaab',
      ],
    ] as [string, string[], string][]) {
      const found = ties(text);
      for (const x of names) {
        expect(
          found.some((r) => r.type === 'member_of' && r.s === x && r.o === g),
          `${x}: ${JSON.stringify(found)}`,
        ).toBe(true);
        expect(found.some((r) => r.type === 'leader_of' && r.s === x)).toBe(false);
      }
    }
  });
});
