import { describe, expect, it } from 'vitest';
import { tieStrings } from '../../../test/ties-helpers.js';

// Ties between groups, and between states and groups, on unseen wire copy (issue #10, ties14):
// the means a backer lends ("backed by drones operated by H"), a participle set beside a group
// ("G, backed by H, …"), "G, an H-linked faction", "one of the factions of H", lists after
// "among them"/"such as", allies who fight side by side or "with B against C", "the police"
// for the one police force named before.

const ties = (text: string) => tieStrings(text, '2026-05-10');

describe('ties14: supports', () => {
  it('"G, backed by H, …": the backer supports G (never the reverse)', () => {
    const a = ties('The Libyan National Army, backed by Russia, took Sirte.');
    expect(a).toContain('supports(Russia, Libyan National Army)');
    expect(a).not.toContain('supports(Libyan National Army, Russia)');
    const b = ties('Backed by Turkey, the Syrian National Army advanced on Manbij.');
    expect(b).toContain('supports(Turkey, Syrian National Army)');
    const c = ties('The Sudan Shield Forces, armed by the Sudanese Armed Forces, attacked the town.');
    expect(c).toContain('supports(Sudanese Armed Forces, Sudan Shield Forces)');
    expect(c).not.toContain('supports(Sudan Shield Forces, Sudanese Armed Forces)');
  });

  it('"backed by drones operated by H": the one who lends the means supports G', () => {
    const a = ties(
      'Hezbollah, backed by fighters sent by the Islamic Revolutionary Guard Corps, held the ridge.',
    );
    expect(a).toContain('supports(Islamic Revolutionary Guard Corps, Hezbollah)');
    expect(a).not.toContain('supports(Hezbollah, Islamic Revolutionary Guard Corps)');
    const b = ties(
      'The Somali National Army, supported by air strikes flown by the United States Africa Command, retook Adan Yabaal.',
    );
    expect(b).toContain('supports(United States Africa Command, Somali National Army)');
  });

  it('"G, an H-backed movement": the state or group before the hyphen backs G', () => {
    expect(ties('The Houthis, an Iran-backed movement, fired missiles at ships.')).toContain(
      'supports(Iran, Houthis)',
    );
    expect(ties('Kataib Hezbollah, the Iran-backed militia, denied the attack.')).toContain(
      'supports(Iran, Kataib Hezbollah)',
    );
  });

  it('"X, the largest army in P, has armed Y": the name before the apposition arms Y', () => {
    const b = ties(
      'The United Wa State Army, the largest non-state army in the country, has armed the Arakan Army, analysts say.',
    );
    expect(b).toContain('supports(United Wa State Army, Arakan Army)');
    const c = ties(
      'Al-Shabaab, the strongest jihadist group in the region, has armed the Allied Democratic Forces.',
    );
    expect(c).toContain('supports(Al-Shabaab, Allied Democratic Forces)');
  });

  it('"accused of arming M23 rebels", "receives drones from": rebels stand for their group; arms received', () => {
    expect(ties('Rwanda has been accused of arming M23 rebels.')).toContain('supports(Rwanda, M23)');
    expect(ties('The Houthis, who receive missiles and drones from Iran, fired at a tanker.')).toContain(
      'supports(Iran, Houthis)',
    );
    expect(ties('Al-Shabaab receives rockets from the Houthis, a UN report says.')).toContain(
      'supports(Houthis, Al-Shabaab)',
    );
  });

  it('"several brigades, among them G": the names listed after a plural group noun', () => {
    expect(
      ties(
        'The Sudanese Armed Forces also enjoy the support of several Islamist brigades, among them the Al-Baraa Bin Malik Battalion.',
      ),
    ).toContain('supports(Al-Baraa Bin Malik Battalion, Sudanese Armed Forces)');
    const b = ties(
      'The Syrian Democratic Forces fought several armed groups, such as the Islamic State and Hurras al-Din.',
    );
    expect(b).toContain('fights(Syrian Democratic Forces, Islamic State)');
    expect(b).toContain('fights(Syrian Democratic Forces, Hurras al-Din)');
  });

  it('"the police" stands for the one police force named before; not as a modifier', () => {
    expect(
      ties(
        'Gunmen attacked a post of the Haitian National Police overnight. The police, backed by drones operated by the private contractor Vectus Global, raided the slum.',
      ),
    ).toContain('supports(Vectus Global, Haitian National Police)');
    expect(
      ties(
        'The Kachin Independence Army joined the Northern Alliance in 2016. The alliance, backed by the United Wa State Army, took the town.',
      ),
    ).toContain('supports(United Wa State Army, Northern Alliance)');
    // two forces end in "Police": "the police" is neither
    const c = ties(
      'The Punjab Police and the Sindh Police met in Karachi. The police, backed by the Pakistan Army, raided the hideout.',
    );
    expect(c.filter((t) => t.startsWith('supports('))).toEqual([]);
  });
});

describe('ties14: affiliated_with and part_of', () => {
  it('"G, an H-linked/-aligned faction": G is affiliated with H', () => {
    expect(ties('The Ansaroul Islam group, an Islamic State-aligned faction, attacked Djibo.')).toContain(
      'affiliated_with(Ansaroul Islam, Islamic State)',
    );
    expect(
      ties('Police blamed Jamaah Ansharut Daulah, an Islamic State-linked network, for the bombing.'),
    ).toContain('affiliated_with(Jamaah Ansharut Daulah, Islamic State)');
  });

  it('"one of the factions of H", "one of the groups that make up H": part of H', () => {
    expect(ties("Katiba Macina is one of the factions of Jama'at Nusrat al-Islam wal-Muslimin.")).toContain(
      "part_of(Katiba Macina, Jama'at Nusrat al-Islam wal-Muslimin)",
    );
    expect(
      ties(
        "Katiba Macina, one of the groups that make up Jama'at Nusrat al-Islam wal-Muslimin, attacked the army.",
      ),
    ).toContain("part_of(Katiba Macina, Jama'at Nusrat al-Islam wal-Muslimin)");
  });

  it('"made up of fighters from G" makes no part of G', () => {
    const a = ties('The Lions Den, a group made up of young men from Fatah, clashed with soldiers.');
    expect(a.filter((t) => t.startsWith('part_of('))).toEqual([]);
    const b = ties(
      'The Nablus Battalion, a local armed group made up largely of fighters from Hamas, fired at troops.',
    );
    expect(b.filter((t) => t.startsWith('part_of('))).toEqual([]);
  });

  it('"a coalition of the A movement, the B group and the C group": every name past its noun', () => {
    const a = ties(
      'The National Front for Liberation, a coalition of the Ahrar al-Sham movement, the Faylaq al-Sham group and the Jaish al-Izza group, rejected the deal.',
    );
    expect(a).toContain('part_of(Faylaq al-Sham, National Front for Liberation)');
    expect(a).toContain('part_of(Jaish al-Izza, National Front for Liberation)');
    const b = ties('Fighting between the Hurras al-Din group and the Ansar al-Tawhid movement killed six.');
    expect(b).toContain('fights(Hurras al-Din, Ansar al-Tawhid)');
  });
});

describe('ties14: allies and foes', () => {
  it('"fights side by side with", "shoulder to shoulder with": allies, not foes', () => {
    const a = ties('Jaish al-Adl fought shoulder to shoulder with Ansar al-Furqan for years.');
    expect(a).toContain('allied_with(Jaish al-Adl, Ansar al-Furqan)');
    const b = ties('Hamas fought side by side with Palestinian Islamic Jihad during the war.');
    expect(b).toContain('allied_with(Hamas, Palestinian Islamic Jihad)');
    expect(b.filter((t) => t.startsWith('fights('))).toEqual([]);
    const c = ties('The Free Syrian Army fights side by side with the Turkish Army in Afrin.');
    expect(c).toContain('allied_with(Free Syrian Army, Turkish Army)');
    expect(c.filter((t) => t.startsWith('fights('))).toEqual([]);
  });

  it('"A fought with B against C": B is an ally, C a foe; "A fought with B" alone is a fight', () => {
    const a = ties(
      'The Wagner Group fought with the Malian army against the Azawad Liberation Front near Kidal.',
    );
    expect(a).toContain('allied_with(Wagner Group, Malian army)');
    expect(a).toContain('fights(Wagner Group, Azawad Liberation Front)');
    expect(a).not.toContain('fights(Wagner Group, Malian army)');
    const b = ties(
      "The Peshmerga battled with the Kurdistan Workers' Party against the Islamic State in Sinjar.",
    );
    expect(b).toContain("allied_with(Peshmerga, Kurdistan Workers' Party)");
    expect(b).not.toContain("fights(Peshmerga, Kurdistan Workers' Party)");
    expect(ties('Hamas fought with Fatah in Gaza in 2007.')).toContain('fights(Hamas, Fatah)');
  });

  it('"an offensive by A against B": the foe hung on the agent', () => {
    expect(
      ties(
        'An offensive by the Tigray Defence Forces against the Ethiopian National Defence Force began in June.',
      ),
    ).toContain('fights(Tigray Defence Forces, Ethiopian National Defence Force)');
    expect(
      ties('A fresh assault by the Taliban against the Islamic State Khorasan Province began at dawn.'),
    ).toContain('fights(Taliban, Islamic State Khorasan Province)');
  });
});

describe('ties14: a list is no coalition of its own names', () => {
  it('"a merger of several factions, among them A and B": A is not part of B', () => {
    for (const s of [
      'The Azawad Liberation Front, or FLA, was set up last year through a merger of several rebel factions, among them the Azawad Movement and the Gatia militia, and has since taken Kidal.',
      'The Islamic Resistance, known by its Arabic initials, was created through a merger of several Iraqi groups, among them Kataib Hezbollah and Harakat al-Nujaba, and has since attacked US bases.',
    ]) {
      const a = ties(s);
      expect(a).not.toContain('part_of(Gatia, Azawad Movement)');
      expect(a).not.toContain('part_of(Harakat al-Nujaba, Kataib Hezbollah)');
    }
  });
});

describe('ties14: an insurgency, a rebellion or an uprising against a force', () => {
  it('"waged an insurgency against", "launched a rebellion against", "led an uprising against"', () => {
    expect(
      ties('The Baloch Liberation Army has waged an insurgency against the Pakistan Army for two decades.'),
    ).toContain('fights(Baloch Liberation Army, Pakistan Army)');
    expect(ties("The Arakan Army's insurgency against the Myanmar Army has spread to Chin state.")).toContain(
      'fights(Arakan Army, Myanmar Army)',
    );
    expect(ties('The Karen National Union launched a rebellion against the Burma Army in 1949.')).toContain(
      'fights(Karen National Union, Burma Army)',
    );
    expect(
      ties(
        'The Free Aceh Movement led an uprising against the Indonesian National Armed Forces for three decades.',
      ),
    ).toContain('fights(Free Aceh Movement, Indonesian National Armed Forces)');
    // (no named foe: no tie)
    expect(
      ties(
        'An insurgency against the government has raged since 2009, the Kachin Independence Army said.',
      ).filter((t) => t.startsWith('fights(')),
    ).toEqual([]);
  });
});

describe('ties14: the subject behind a participle or a naming phrase', () => {
  it('"G, based in P, has been fighting H", "G, founded in 2000, has fought H"', () => {
    expect(
      ties('The Gulf Clan, based in Antioquia, has been fighting the National Liberation Army for years.'),
    ).toContain('fights(Gulf Clan, National Liberation Army)');
    expect(
      ties('The Baloch Liberation Army, founded in 2000, has fought the Pakistan Army ever since.'),
    ).toContain('fights(Baloch Liberation Army, Pakistan Army)');
  });

  it('"the militia, known as G, …": the group noun stands for the name its naming verb gives', () => {
    expect(ties('The militia, known as the Radaa Force, has fought the 444th Brigade since 2022.')).toContain(
      'fights(Radaa Force, 444th Brigade)',
    );
    expect(
      ties('The cartel, known by its Spanish initials CDN, has fought the Gulf Cartel for months.'),
    ).toContain('fights(CDN, Gulf Cartel)');
  });
});

describe('ties14: "the army said it had killed …" is no named group', () => {
  it('"it" after an unnamed speaker stands for no one, not the group named before', () => {
    const a = ties(
      'The Baloch Liberation Army claimed the bus attack. Separately, the army said it had killed four militants of the Pakistani Taliban in a raid near Zhob.',
    );
    expect(a.filter((t) => t.startsWith('fights('))).toEqual([]);
    const b = ties(
      'Radio Dalsan reported the ambush. The military said on Monday it had killed a senior al-Shabaab commander in an air strike.',
    );
    expect(b.filter((t) => t.startsWith('fights('))).toEqual([]);
    // (a named speaker, or "the group" for one, still holds the pronoun)
    expect(
      ties(
        'Al-Shabaab claimed the bombing in Mogadishu. The group said it had killed ten soldiers of the Somali National Army.',
      ),
    ).toContain('fights(Al-Shabaab, Somali National Army)');
  });
});

describe('ties14: "G was joined by H"', () => {
  it('H sides with G (allied), unless G is named as a coalition (part_of)', () => {
    const a = ties(
      'This year the Rapid Support Forces were joined by the Sudan Liberation Movement faction of Abdel Wahid al-Nur.',
    );
    expect(a).toContain('allied_with(Rapid Support Forces, Sudan Liberation Movement)');
    expect(a.filter((t) => t.startsWith('part_of('))).toEqual([]);
    expect(ties('In 2024 the Arakan Army was joined by the Chin National Army in its offensive.')).toContain(
      'allied_with(Arakan Army, Chin National Army)',
    );
    expect(ties('The Northern Alliance was joined by the Shan State Army in 2019.')).toContain(
      'part_of(Shan State Army, Northern Alliance)',
    );
  });
});
