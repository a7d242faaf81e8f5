import { describe, expect, it } from 'vitest';
import { tieStrings } from '../../../test/ties-helpers.js';

// Ties through a noun that stands for names (ties20): a plural noun for a group's people with
// the list of their names set beside it ("two G members, A and B,") stands for each name in
// the verb's slot; "its" conjoined to a name ("G and its armed wing") is that name's.

const ties = (text: string) => tieStrings(text, '2026-05-10');

describe('ties20: a plural noun with its names beside it', () => {
  it('gives each listed name the tie of the noun they stand beside', () => {
    const a = ties(
      'Two OLA members, Gemechu Tolera and Bekele Dinsa, were arrested by the Ethiopian Federal Police in Adama on Friday.',
    );
    expect(a).toContain('arrested_by(Gemechu Tolera, Ethiopian Federal Police)');
    expect(a).toContain('arrested_by(Bekele Dinsa, Ethiopian Federal Police)');
    const b = ties(
      'Three Hamas militants, Yousef Karim, Samir Haddad and Nabil Aziz, were detained by the Lebanese Armed Forces on Monday.',
    );
    for (const n of ['Yousef Karim', 'Samir Haddad', 'Nabil Aziz'])
      expect(b).toContain(`arrested_by(${n}, Lebanese Armed Forces)`);
    const c = ties('The Shin Bet said it had arrested two men, Amir Khalil and Rami Saad, near Hebron.');
    expect(c).toContain('arrested_by(Amir Khalil, Shin Bet)');
  });
});

describe('ties20: "G and its" is G\'s', () => {
  it('makes the wing named after "G and its" a part of G, not of the sentence\'s first group', () => {
    const a = ties(
      "Hezbollah's fighters have fought alongside the Palestinian group Hamas and its armed wing, the Qassam Brigades, since October.",
    );
    expect(a).toContain('part_of(Qassam Brigades, Hamas)');
    expect(a).not.toContain('part_of(Hamas, Hezbollah)');
    const b = ties(
      'The Taliban have long sheltered al Qaeda and its Indian branch, al Qaeda in the Indian Subcontinent.',
    );
    expect(b).toContain('part_of(al Qaeda in the Indian Subcontinent, al Qaeda)');
    expect(b).not.toContain('part_of(al Qaeda in the Indian Subcontinent, Taliban)');
  });
});

describe('ties20: a possessive before a preposition owns nothing after it', () => {
  it('reads no part_of from "G\'s offensive against H"', () => {
    for (const text of [
      "The Kenya Defence Forces' offensive against al Shabaab stalled in March.",
      "The Somali National Army's offensive against al Shabaab stalled in March.",
    ]) {
      const found = ties(text);
      expect(
        found.filter((t) => t.startsWith('part_of')),
        text,
      ).toEqual([]);
      expect(
        found.some((t) => t.startsWith('fights(')),
        text,
      ).toBe(true);
    }
  });
});

describe('ties20: a noun for the other side stands for the name beside it', () => {
  it('reads the fight with "its rival, H" as a fight with H', () => {
    expect(
      ties('JNIM clashed with its main rival, the Islamic State Sahel Province, outside Gao.'),
    ).toContain('fights(JNIM, Islamic State Sahel Province)');
    expect(ties('Hamas has long been at war with its rival, Fatah, in Gaza.')).toContain(
      'fights(Hamas, Fatah)',
    );
  });
});

describe('ties20: support named by a noun or by what a group is equipped with', () => {
  it('reads "X\'s support for G" as X backing G, never "the support of X" the other way', () => {
    expect(ties("Pakistan's support for the Taliban has been documented for decades.")).toContain(
      'supports(Pakistan, Taliban)',
    );
    expect(ties("Turkey's funding for the Syrian National Army rose in 2020.")).toContain(
      'supports(Turkey, Syrian National Army)',
    );
    expect(ties('The Houthis enjoy the support of Hezbollah, the report says.')).not.toContain(
      'supports(Houthis, Hezbollah)',
    );
  });
  it('reads "X provides G with weapons" as X backing G, not "provides G with a list"', () => {
    expect(ties('The United States provides the Somali National Army with drones and ammunition.')).toContain(
      'supports(United States, Somali National Army)',
    );
    expect(
      ties('Officials say Eritrea supplied the Oromo Liberation Army with weapons and money.'),
    ).toContain('supports(Eritrea, Oromo Liberation Army)');
    expect(
      ties('The Somali National Army provided the Red Cross with a list of prisoners.').filter((t) =>
        t.startsWith('supports'),
      ),
    ).toEqual([]);
  });
});

describe("ties20: a country's own army, and an army's spokesman", () => {
  it('reads "Chad\'s army" as the one state force named for Chad', () => {
    expect(
      ties(
        "Chad's army launched an offensive against Boko Haram on Wednesday, the Chadian National Army said.",
      ),
    ).toContain('fights(Boko Haram, Chadian National Army)');
    expect(ties("Mali's army fought JNIM near Mopti, the Malian Armed Forces said.")).toContain(
      'fights(JNIM, Malian Armed Forces)',
    );
  });
  it('reads "army spokesman X" as the one state force\'s spokesman', () => {
    expect(
      ties('Army spokesman General Issakha Malloua said the Chadian National Army had killed 40 militants.'),
    ).toContain('spokesperson_of(Issakha Malloua, Chadian National Army)');
    expect(
      ties(
        'The Nigerian Army said on Monday that Boko Haram had attacked Gwoza, army spokesman Onyema Nwachukwu said.',
      ),
    ).toContain('spokesperson_of(Onyema Nwachukwu, Nigerian Army)');
  });
  it('makes "G\'s commander in P, who …" one of many, a member', () => {
    const found = ties(
      "Police named the dead man as Ahmed Warsame, the Islamic State's commander in Kunar, who had fled.",
    );
    expect(found).toContain('member_of(Ahmed Warsame, Islamic State)');
    expect(found).not.toContain('leader_of(Ahmed Warsame, Islamic State)');
    const b = ties(
      "Police named him as Abdul Rauf, the Islamic State's commander in Nangarhar, who was arrested in May.",
    );
    expect(b).toContain('member_of(Abdul Rauf, Islamic State)');
    expect(b).not.toContain('leader_of(Abdul Rauf, Islamic State)');
  });
});

describe('ties20: an object "it" in a relative clause', () => {
  it('stands for the organisation named before the one the clause describes', () => {
    expect(
      ties('Al Shabaab has lost ground to the Islamic State in Somalia, which broke away from it in 2015.'),
    ).toContain('split_from(Islamic State in Somalia, Al Shabaab)');
    const found = ties(
      'The Multinational Joint Task Force bombed camps. Boko Haram has been weakened by fighting with the Islamic State West Africa Province, which split from it in 2016.',
    );
    expect(found).toContain('split_from(Islamic State West Africa Province, Boko Haram)');
    expect(found).not.toContain(
      'split_from(Islamic State West Africa Province, Multinational Joint Task Force)',
    );
  });
});

describe('ties20: a rebel army that names its cause is an armed group', () => {
  it('lets "the group" stand for a "… Liberation/Independence Army"', () => {
    expect(
      ties(
        "The Oromo Liberation Army broke away from the Oromo Liberation Front in 2018. The group's spokesman, Lemi Gudeta, denied the charge.",
      ),
    ).toContain('spokesperson_of(Lemi Gudeta, Oromo Liberation Army)');
    expect(
      ties(
        "The Kachin Independence Army seized the jade mines from the Tatmadaw in March. The group's spokesman, Naw Bu, said the fighting had ended.",
      ),
    ).toContain('spokesperson_of(Naw Bu, Kachin Independence Army)');
  });
});

describe("ties20: a state's army and its aircraft fight", () => {
  it('reads an attack by an army the gazetteer files as government as a fight', () => {
    expect(ties('The Israel Defense Forces struck Hezbollah positions near Nabatieh on Tuesday.')).toContain(
      'fights(Israel Defense Forces, Hezbollah)',
    );
    expect(
      ties('The Israel Defense Forces struck positions held by the Radwan Force near Nabatieh.'),
    ).toContain('fights(Israel Defense Forces, Radwan Force)');
  });
  it('reads "Israeli jets", "Kenyan helicopters" as the one state force named for that country', () => {
    expect(
      ties(
        'The Israel Defense Forces said a commander was killed. Israeli jets struck Radwan Force positions near Nabatieh on Tuesday.',
      ),
    ).toContain('fights(Israel Defense Forces, Radwan Force)');
    expect(
      ties(
        'The Kenya Defence Forces said on Friday that Kenyan helicopters had attacked al Shabaab near Lamu.',
      ),
    ).toContain('fights(Kenya Defence Forces, al Shabaab)');
  });
});

describe('ties20: "taken prisoner by" is an arrest', () => {
  it('reads each person taken prisoner by a force as arrested by it', () => {
    const found = ties(
      'Two rebels, Idriss Nour and Hamid Abakar, were taken prisoner by the Central African Armed Forces.',
    );
    expect(found).toContain('arrested_by(Idriss Nour, Central African Armed Forces)');
    expect(found).toContain('arrested_by(Hamid Abakar, Central African Armed Forces)');
    expect(ties("Yusuf Kigozi was taken prisoner by the Uganda People's Defence Force near Beni.")).toContain(
      "arrested_by(Yusuf Kigozi, Uganda People's Defence Force)",
    );
  });
});

describe('ties20: a cause word alone makes no armed group', () => {
  it('keeps a committee named for a holiday a body its president works for', () => {
    for (const [text, who, body] of [
      [
        'Maria Lopez, president of the Liberation Day Committee, opened the parade on Sunday.',
        'Maria Lopez',
        'Liberation Day Committee',
      ],
      [
        'John Okafor, chairman of the Independence Day Committee, said the march would go ahead.',
        'John Okafor',
        'Independence Day Committee',
      ],
    ])
      expect(ties(text), text).toContain(`member_of(${who}, ${body})`);
  });
});
