import { describe, expect, it } from 'vitest';
import { tieStrings } from '../../../test/ties-helpers.js';

// Ties that the parse hides (ties21): a subject the parser hung on a fronted phrase or read as
// a modifier ("Both"), a place that an apposition's part-of noun holds, and a branch that its
// name states ("G Sahel Province" beside G).

const ties = (text: string) => tieStrings(text, '2026-05-10');

describe('ties21: a subject the parser hung elsewhere', () => {
  it('reads the names after a fronted phrase and its comma as the subject', () => {
    const a = ties(
      'In the neighbouring Kurram district, the Pakistan Army and the TTP have clashed repeatedly since spring.',
    );
    expect(a).toContain('fights(Pakistan Army, TTP)');
    const b = ties('Inside the rugged Tibesti region, the Chadian army and the FACT have fought for months.');
    expect(b).toContain('fights(Chadian army, FACT)');
  });
  it('reads "Both" opening a sentence as the two people named before', () => {
    const a = ties(
      'Police detained Karim Haddad and Samir Aziz at a checkpoint outside Tripoli. Both belonged to Hezbollah, an officer said.',
    );
    expect(a).toContain('member_of(Karim Haddad, Hezbollah)');
    expect(a).toContain('member_of(Samir Aziz, Hezbollah)');
    const b = ties(
      'Soldiers captured Omar Diallo and Issa Maiga near the river on Sunday. Both belonged to a Katiba Macina cell, the army said.',
    );
    expect(b).toContain('member_of(Omar Diallo, Katiba Macina)');
    expect(b).toContain('member_of(Issa Maiga, Katiba Macina)');
  });
});

describe('ties21: a part based in a place', () => {
  it('places the part an apposition names, not the group its noun belongs to', () => {
    const a = ties(
      'Jamaat-ul-Ahrar, a TTP faction based in the Mohmand district, claimed the ambush on Monday.',
    );
    expect(a).toContain('part_of(Jamaat-ul-Ahrar, TTP)');
    expect(a).toContain('located_in(Jamaat-ul-Ahrar, Mohmand)');
    expect(a).not.toContain('located_in(TTP, Mohmand)');
    const b = ties('Katiba Serma, a JNIM faction based in the Gourma region, denied the claim.');
    expect(b).toContain('located_in(Katiba Serma, Gourma)');
    expect(b).not.toContain('located_in(JNIM, Gourma)');
  });
});

describe('ties21: a branch its name states', () => {
  it('makes "G <region> Province" and "G in <region>" parts of G when the text names G', () => {
    const a = ties(
      'Islamic State Central Africa Province fighters raided the village at dawn. The Islamic State later claimed the raid on Telegram.',
    );
    expect(a).toContain('part_of(Islamic State Central Africa Province, Islamic State)');
    const b = ties(
      'Al-Qaeda in the Islamic Maghreb seized two hostages, and al-Qaeda leaders praised the raid.',
    );
    expect(b).toContain('part_of(Al-Qaeda in the Islamic Maghreb, al-Qaeda)');
    // (not a name over two regions, nor one whose rest is no region)
    const c = ties(
      'The Islamic State in Iraq and Syria claimed the bombing. The Islamic State said later that ten soldiers had died.',
    );
    expect(c.filter((t) => t.startsWith('part_of'))).toEqual([]);
    const d = ties('Hezbollah al-Nujaba fired rockets at the base. Hezbollah denied any role in the strike.');
    expect(d.filter((t) => t.startsWith('part_of'))).toEqual([]);
  });
});

describe('ties21: a backer the parse hides', () => {
  it('reads the name a comma closes right after the verb as its object ("…, officials say")', () => {
    const a = ties('Russia has long backed the Wagner Group, Western officials say.');
    expect(a).toContain('supports(Russia, Wagner Group)');
    const b = ties('Iran has long financed the Houthis, Saudi officials say.');
    expect(b).toContain('supports(Iran, Houthis)');
  });
  it('reads a "from" phrase on the last noun of what is received ("weapons and training from")', () => {
    const a = ties(
      'The Houthis, which receive weapons and training from Iran, have fired missiles at ships.',
    );
    expect(a).toContain('supports(Iran, Houthis)');
    const b = ties('Al-Shabaab receives money and training from al-Qaeda, UN monitors say.');
    expect(b).toContain('supports(al-Qaeda, Al-Shabaab)');
  });
  it('makes a backer, sponsor or patron of a group its supporter', () => {
    expect(ties('Iran is the main backer of the Houthis, Saudi officials say.')).toContain(
      'supports(Iran, Houthis)',
    );
    expect(ties("Rwanda, the M23's chief sponsor, denied sending troops across the border.")).toContain(
      'supports(Rwanda, M23)',
    );
  });
});

describe('ties21: people that "both" before a title stands for', () => {
  it('gives each of the two people named before "both G fighters" the title\'s tie', () => {
    const a = ties('Ahmed Farah and Omar Ali, both al-Shabaab fighters, were killed in the strike.');
    expect(a).toContain('member_of(Ahmed Farah, al-Shabaab)');
    expect(a).toContain('member_of(Omar Ali, al-Shabaab)');
    const b = ties('The court jailed Karim Haddad and Samir Aziz, both Hezbollah members, for ten years.');
    expect(b).toContain('member_of(Karim Haddad, Hezbollah)');
    expect(b).toContain('member_of(Samir Aziz, Hezbollah)');
  });
});

describe('ties21: allies in the field', () => {
  it('reads "fought alongside" after a name as the verb it is', () => {
    expect(ties('The Wagner Group fought alongside the Malian army near Kidal last year.')).toContain(
      'allied_with(Wagner Group, Malian army)',
    );
    expect(ties('The SDF fought alongside the PKK against the SNA.')).toContain('allied_with(SDF, PKK)');
  });
  it("makes a group's mercenaries stand for it", () => {
    expect(
      ties('Russian mercenaries of the Wagner Group have fought alongside the Malian army since 2021.'),
    ).toContain('allied_with(Wagner Group, Malian army)');
    expect(
      ties('Mercenaries of Africa Corps fought alongside the Burkinabe army near Djibo last month.'),
    ).toContain('allied_with(Africa Corps, Burkinabe army)');
  });
  it('makes groups that act jointly or together allies, not foes', () => {
    expect(
      ties('The Syrian Democratic Forces and the Kurdistan Workers Party jointly attacked the base at dawn.'),
    ).toContain('allied_with(Syrian Democratic Forces, Kurdistan Workers Party)');
    expect(
      ties('Jaish al-Adl and Ansar al-Furqan launched a joint raid on the police station in Rask.'),
    ).toContain('allied_with(Jaish al-Adl, Ansar al-Furqan)');
    const a = ties(
      'Hamas fighters attacked the crossing together with Palestinian Islamic Jihad, Israeli officials said.',
    );
    expect(a).toContain('allied_with(Hamas, Palestinian Islamic Jihad)');
    expect(a).not.toContain('fights(Hamas, Palestinian Islamic Jihad)');
  });
});

describe('ties21: an attack a group claims', () => {
  it('reads the claimant as the doer of the act, and a post "at" which it struck as the foe', () => {
    expect(
      ties(
        'Al-Shabaab claimed responsibility for a bombing at a Somali National Army checkpoint in Mogadishu.',
      ),
    ).toContain('fights(Al-Shabaab, Somali National Army)');
    expect(
      ties('The Balochistan Liberation Army took credit for an ambush at a Frontier Corps camp near Turbat.'),
    ).toContain('fights(Balochistan Liberation Army, Frontier Corps)');
    // (no doer, no tie; nor a place struck)
    expect(ties('Police said an attack at the Frontier Corps headquarters killed two guards.')).toEqual([]);
  });
});

describe('ties21: "alongside" the parser made an adverb', () => {
  it('reads the name after it as an ally, never as a foe', () => {
    const a = ties('Hezbollah fighters have fought alongside Hamas since 2023.');
    expect(a).toContain('allied_with(Hezbollah, Hamas)');
    expect(a).not.toContain('fights(Hezbollah, Hamas)');
    const b = ties('Hamas gunmen fought alongside Islamic Jihad in Jenin last year.');
    expect(b).toContain('allied_with(Hamas, Islamic Jihad)');
  });
});

describe('ties21: people a counted plural lists beside it', () => {
  it('gives every listed name the tie of the plural noun', () => {
    const a = ties('The Kenya Police detained two villagers, Juma Mwangi and Otieno Odhiambo, on Thursday.');
    expect(a).toContain('arrested_by(Juma Mwangi, Kenya Police)');
    expect(a).toContain('arrested_by(Otieno Odhiambo, Kenya Police)');
    const b = ties(
      'The Sindh Rangers arrested three teenagers, Ali Raza, Bilal Khan and Omar Farooq, in Karachi.',
    );
    for (const n of ['Ali Raza', 'Bilal Khan', 'Omar Farooq'])
      expect(b).toContain(`arrested_by(${n}, Sindh Rangers)`);
  });
});

describe('ties21: "the guerrillas" for the group named before', () => {
  it('reads the group named last for "the guerrillas"', () => {
    expect(
      ties('The ELN attacked a base in Arauca. The guerrillas have fought the Colombian army for months.'),
    ).toContain('fights(ELN, Colombian army)');
    expect(
      ties(
        'The NPA burned a crane in Kabankalan. The guerrillas later clashed with the 3rd Infantry Division.',
      ),
    ).toContain('fights(NPA, 3rd Infantry Division)');
  });
});

describe('ties21: a title held in a place, read on the words', () => {
  it('makes "X, the G\'s commander in P" a member of G, not its leader', () => {
    const a = ties(
      "He took orders from Sean Doyle, the Continuity IRA's commander in Armagh, who is in prison.",
    );
    expect(a).toContain('member_of(Sean Doyle, Continuity IRA)');
    expect(a).not.toContain('leader_of(Sean Doyle, Continuity IRA)');
    const b = ties("They took orders from Hassan Nur, al-Shabaab's commander in Kismayo, who is in hiding.");
    expect(b).toContain('member_of(Hassan Nur, al-Shabaab)');
    expect(b).not.toContain('leader_of(Hassan Nur, al-Shabaab)');
  });
});

describe('ties21: "the army" beside a coalition named without a country', () => {
  it('reads "the army" as the one state army named, past a force that is no army', () => {
    const a = ties(
      'The Sudanese Armed Forces retook Wad Madani in January. Near Kadugli, the army was fighting alongside the Joint Forces, a coalition of ex-rebel groups.',
    );
    expect(a).toContain('allied_with(Sudanese Armed Forces, Joint Forces)');
    const b = ties(
      'The Sudanese Armed Forces retook Wad Madani in January. The army fought alongside the Joint Forces in El Fasher.',
    );
    expect(b).toContain('allied_with(Sudanese Armed Forces, Joint Forces)');
  });
});

describe('ties21: "remains one of G\'s allies"', () => {
  it("gives the title a verb of becoming takes as its object to the verb's subject", () => {
    expect(ties("Hamas has remained one of Iran's closest allies since 2012.")).toContain(
      'allied_with(Hamas, Iran)',
    );
    expect(ties("Ansar Dine remains one of al-Qaeda's oldest partners in the Sahel.")).toContain(
      'allied_with(Ansar Dine, al-Qaeda)',
    );
  });
});
