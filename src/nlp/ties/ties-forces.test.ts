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
        "The Armed Forces of the Democratic Republic of the Congo (FARDC) battle M23 in the east. The Uganda People's Defence Force has fought the Allied Democratic Forces alongside Congolese troops since 2021.",
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
      'The RSF, commanded by Mohamed Dagalo, has been at war with the Sudanese Armed Forces since April 2023.',
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
