import { describe, expect, it } from 'vitest';
import { tieStrings } from '../../../test/ties-helpers.js';

// A state's armed force told without its name ("the army", "Malian troops", "government
// forces") stands for the one force of that country the text names, never for one it does not
// name, and for none when two fit. A group "led by X," set off by commas leaves the verb after
// the closing comma to the group.

const ties = (text: string) => tieStrings(text, '2026-05-10');

describe('ties: "the army", "Malian troops" for the force the text names', () => {
  it("a demonym with troops/soldiers stands for that country's named force", () => {
    expect(
      ties(
        'The Malian Armed Forces retook Kidal in 2023. Last week Malian troops clashed with the Azawad Liberation Front near Tessalit.',
      ),
    ).toContain('fights(Malian Armed Forces, Azawad Liberation Front)');
    expect(
      ties(
        "The Armed Forces of the Democratic Republic of the Congo (FARDC) are fighting M23 near Goma. Since 2021 the Uganda People's Defence Force has battled the Allied Democratic Forces alongside Congolese soldiers.",
      ),
    ).toContain(
      "allied_with(Armed Forces of the Democratic Republic of the Congo, Uganda People's Defence Force)",
    );
  });

  it('"the army" and "government forces" stand for the one force named', () => {
    expect(
      ties(
        'The Nigerian Army said it had sent more units to Borno. Boko Haram fighters ambushed the army near Bama on Sunday.',
      ),
    ).toContain('fights(Nigerian Army, Boko Haram)');
    expect(
      ties(
        'The Sudanese Armed Forces have fought the Rapid Support Forces since April. Government forces arrested Ahmed Musa in Omdurman.',
      ),
    ).toContain('arrested_by(Ahmed Musa, Sudanese Armed Forces)');
  });

  it('no force when two fit, or when the only one of that country is a rebel army', () => {
    // ("Kenyan troops" is the one Kenyan force; "the army" is either of two)
    const a = ties(
      'The Kenya Defence Forces and the Somali National Army patrol the border. Kenyan troops clashed with Al-Shabaab near Afmadow. Al-Shabaab attacked the army near Kismayo.',
    );
    expect(a).toContain('fights(Kenya Defence Forces, Al-Shabaab)');
    expect(a).not.toContain('fights(Somali National Army, Al-Shabaab)');
    expect(
      ties(
        'The Free Syrian Army holds Azaz. Syrian troops clashed with the Islamic State near Palmyra on Monday.',
      ),
    ).toEqual([]);
    // (a modifier is no force: "the military government")
    expect(
      ties(
        'The Malian Armed Forces hold Gao. The Azawad Liberation Front took up arms against the military government in 2023.',
      ),
    ).toEqual([]);
  });

  it('a force told without its name is not what "the group" stands for next', () => {
    const a = ties(
      'Three years after Somali troops drove al Shabaab out of Hiiraan, the insurgents are back. The group, led by Ahmed Diriye since 2014, retook Moqokori last month. Officers of the Somali National Army said so.',
    );
    expect(a).toContain('fights(al Shabaab, Somali National Army)');
    expect(a).toContain('leader_of(Ahmed Diriye, al Shabaab)');
  });
});

describe('ties: "G, led by X," leaves the verb to G', () => {
  it('the group is at war, not its leader', () => {
    const a = ties(
      'The RSF, commanded by Mohamed Dagalo, has fought a war with the Sudanese Armed Forces for two years.',
    );
    expect(a).toContain('fights(Sudanese Armed Forces, RSF)');
    expect(a).not.toContain('fights(Mohamed Dagalo, Sudanese Armed Forces)');
    const b = ties(
      'The Ansar Brigade, headed by Omar Haddad, was at war with the Libyan National Army in 2019.',
    );
    expect(b).toContain('fights(Ansar Brigade, Libyan National Army)');
    expect(b).not.toContain('fights(Libyan National Army, Omar Haddad)');
    expect(b).not.toContain('fights(Omar Haddad, Libyan National Army)');
  });
});

describe('ties: "the Turkish-backed G" is supported by the country the text names', () => {
  it('a demonym before -backed/-funded stands for its named country, and is no part of the name', () => {
    expect(
      ties(
        'Turkey has kept troops in the north since 2019. The Turkish-backed Syrian National Army took Tal Rifaat.',
      ),
    ).toContain('supports(Turkey, Syrian National Army)');
    expect(
      ties('Iran denies arming them. The Iranian-funded Houthis fired a missile at Eilat on Sunday.'),
    ).toContain('supports(Iran, Houthis)');
    expect(
      ties('The Houthis, an Iranian-backed militia, fired a drone at a tanker. Iran denied it.'),
    ).toContain('supports(Iran, Houthis)');
    // (no tie when the text does not name the country)
    expect(ties('The Iranian-backed Houthis fired a missile at Eilat on Sunday.')).toEqual([]);
  });
});

describe('ties: a group formed by defectors from H split from H', () => {
  it('"formed/created by defectors/deserters from H", through the passive and a participle', () => {
    expect(ties('Jamaat Ansar was formed by defectors from the Pakistani Taliban.')).toContain(
      'split_from(Jamaat Ansar, Pakistani Taliban)',
    );
    expect(ties('The Hamza Brigade, created by deserters from the Syrian Arab Army, holds Azaz.')).toContain(
      'split_from(Hamza Brigade, Syrian Arab Army)',
    );
    // (members who set up a group did not leave theirs)
    expect(ties('The Hamza Brigade was formed by members of the Free Syrian Army.')).not.toContain(
      'split_from(Hamza Brigade, Free Syrian Army)',
    );
  });
});

describe('ties: a faction\'s hyphenated suffix stays in the name ("…Movement-North")', () => {
  it('the whole name holds the tie, not a country and a cut-off tail', () => {
    expect(
      ties("Abdelaziz al-Hilu leads the Sudan People's Liberation Movement-North from Kauda."),
    ).toContain("leader_of(Abdelaziz al-Hilu, Sudan People's Liberation Movement-North)");
    expect(
      ties("The Sudan People's Liberation Army-North fought the Sudanese Armed Forces near Kadugli in June."),
    ).toContain("fights(Sudan People's Liberation Army-North, Sudanese Armed Forces)");
  });
});

describe('ties: who commands a part of G is a member of G, not its leader', () => {
  it('"commanded a G battalion", "led a G cell", "headed a G brigade"', () => {
    const a = ties('Omar Haddad commanded a Hamza Brigade battalion in Aleppo before he fled.');
    expect(a).toContain('member_of(Omar Haddad, Hamza Brigade)');
    const b = ties('Musa Kolo led a Boko Haram cell in Maiduguri until 2019.');
    expect(b).toContain('member_of(Musa Kolo, Boko Haram)');
    expect(b).not.toContain('leader_of(Musa Kolo, Boko Haram)');
    const c = ties('Ali Farah, who headed an Islamic State brigade in Raqqa, surrendered in May.');
    expect(c).toContain('member_of(Ali Farah, Islamic State)');
    expect(c).not.toContain('leader_of(Ali Farah, Islamic State)');
    // (a named unit is still led: "commanded the Ansar Brigade")
    expect(ties('Omar Haddad commanded the Ansar Brigade in Derna.')).toContain(
      'leader_of(Omar Haddad, Ansar Brigade)',
    );
  });
});
