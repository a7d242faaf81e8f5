import { describe, expect, it } from 'vitest';
import { tieStrings } from '../../../test/ties-helpers.js';

// Ties of the eleventh news pass (issue #10): a tie told in the sentence after its group is
// named, through a definite noun ("the division's", "the group"), and a naming participle the
// parser took for the clause's verb.

const ties = (text: string) => tieStrings(text, '2026-05-10');

describe('ties29: "the division\'s X", "the committee\'s chief": a possessive head noun is the unit named before', () => {
  it('reads the unit whose name ends in the noun as the owner in the next sentence', () => {
    const a = ties(
      'Troops of the Kenyan Army\'s 4 Brigade raided a camp near Lamu. "We freed six hostages," said the brigade\'s spokesman, Capt. John Otieno.',
    );
    expect(a).toContain('spokesperson_of(John Otieno, 4 Brigade)');
    const b = ties(
      "Soldiers of the Nigerian Army's 6 Division freed 20 hostages in a raid, the military said. Troops of the division's 3 Brigade, backed by jets, struck a camp in the forest.",
    );
    expect(b).toContain('part_of(3 Brigade, 6 Division)');
    const c = ties(
      "The Northern Zonal Committee said the arrests were linked to no immediate threat. The committee's chief, Mark Holden, said the men were held in Leeds.",
    );
    expect(c).toContain('leader_of(Mark Holden, Northern Zonal Committee)');
  });
  it.each([
    [
      'The Kenyan Army\'s 9 Battalion took the town on Sunday. "Our men held the ridge," the battalion\'s commander, Col. Peter Mwangi, said.',
      'leader_of(Peter Mwangi, 9 Battalion)',
    ],
    [
      "The 12 Battalion was sent to the border in May. The battalion's spokesman, Amos Kiprop, said two soldiers were hurt.",
      'spokesperson_of(Amos Kiprop, 12 Battalion)',
    ],
    [
      "The Anti-Terrorism Police Unit arrested two men in Garissa. The unit's spokesman, Charles Owino, said they were held in Nairobi.",
      'spokesperson_of(Charles Owino, Anti-Terrorism Police Unit)',
    ],
    [
      "Rockets hit a base of the Special Operations Unit on Monday. The unit's commander, Omar Jalloh, said no one was hurt.",
      'leader_of(Omar Jalloh, Special Operations Unit)',
    ],
    [
      "The Revolutionary Command Council met in Tripoli on Friday. The council's chairman, Salem Jaber, said the talks would go on.",
      'leader_of(Salem Jaber, Revolutionary Command Council)',
    ],
    [
      "The Shura Council of Derna rejected the offer. The council's spokesman, Ahmed Bugaighis, said its fighters would not disarm.",
      'spokesperson_of(Ahmed Bugaighis, Shura Council of Derna)',
    ],
    [
      'The Supreme Military Committee ordered the withdrawal. "The order stands," the committee\'s spokesman, Yusuf Dahir, told reporters.',
      'spokesperson_of(Yusuf Dahir, Supreme Military Committee)',
    ],
    [
      "Fighters of the Nigerian Army's 2 Division cleared the road on Monday. The division's spokesman, Capt. Musa Yahaya, said 12 bandits were killed.",
      'spokesperson_of(Musa Yahaya, 2 Division)',
    ],
    [
      "The 82nd Brigade said it had retaken the village. The brigade's commander, Col. Ivan Petrov, said the fighting was over.",
      'leader_of(Ivan Petrov, 82nd Brigade)',
    ],
  ])(
    'reads the owner of a title after "the battalion\'s", "the unit\'s", "the council\'s" …: %s',
    (text, tie) => {
      expect(ties(text)).toContain(tie);
    },
  );
  it('reads no owner when no name before ends in the noun', () => {
    const a = ties(
      'Troops of the Kenyan Army raided a camp near Lamu. "We freed six hostages," said the brigade\'s spokesman, Capt. John Otieno.',
    );
    expect(a.filter((t) => t.includes('John Otieno'))).toEqual([]);
  });
});

describe('ties29: "the coalition" after "the X Coalition for Y": the noun before the name\'s "for"', () => {
  it('reads the organisation whose name has the noun before its "for" phrase', () => {
    const a = ties(
      'The Patriotic Coalition for Change was formed in 2023 by six gangs. The Red Dogs gang does not belong to the coalition, according to a UN report.',
    );
    expect(a).toContain('part_of!(Red Dogs, Patriotic Coalition for Change)');
    const b = ties(
      "Police arrested two men linked to the Alliance for the Defence of Azawad. The alliance's spokesman, Moussa Ag Ahmed, said both were innocent.",
    );
    expect(b).toContain('spokesperson_of(Moussa Ag Ahmed, Alliance for the Defence of Azawad)');
    const c = ties(
      'The Patriotic Coalition for Change was formed in 2023 by six gangs. The coalition is led by Jean Moise, a former police officer.',
    );
    expect(c).toContain('leader_of(Jean Moise, Patriotic Coalition for Change)');
  });
});

describe('ties29: "the court found that the defendant, named only as X, had pledged …"', () => {
  it('gives the conjunct the parser hung on "found" the named defendant as its subject, not the court', () => {
    const a = ties(
      'The Higher Regional Court in Munich found that the defendant, named only as Ahmed K. under German privacy law, had pledged allegiance to Islamic State in a chat run by a recruiter in Turkey.',
    );
    expect(a).toContain('pledged_allegiance_to(Ahmed K., Islamic State)');
    expect(a.filter((t) => t.startsWith('pledged_allegiance_to(Higher'))).toEqual([]);
    const b = ties(
      'The Federal Court concluded that the teenager, named only as Yusuf B., had pledged allegiance to Islamic State in a Telegram group.',
    );
    expect(b).toContain('pledged_allegiance_to(Yusuf B., Islamic State)');
    expect(b.filter((t) => t.startsWith('pledged_allegiance_to(Federal Court'))).toEqual([]);
  });
});

describe('ties29: "the group" may stand for a monitor the text itself calls a group', () => {
  it('reads "a researcher with the group" after "X Watch, a monitoring group"', () => {
    const a = ties(
      'Attacks have also risen in Kidal, according to Sahel Watch, a monitoring group based at the campus of Bamako University. "The attacks are larger now," said Fatou Keita, a researcher with the group.',
    );
    expect(a).toContain('member_of(Fatou Keita, Sahel Watch)');
    const b = ties(
      'The Jabal Brigade has shelled the town for a week. The death toll was given by the Aleppo Observatory for Human Rights, a Britain-based monitoring group. Rami Haddad, the director of the group, said 40 people had died.',
    );
    expect(b).toContain('leader_of(Rami Haddad, Aleppo Observatory for Human Rights)');
    expect(b).not.toContain('leader_of(Rami Haddad, Jabal Brigade)');
  });
  it('still reads "the group" as the armed group when the monitor is not called a group', () => {
    const a = ties(
      'The Jabal Brigade has shelled the town for a week, according to the Aleppo Observatory for Human Rights. Rami Haddad, the director of the group, said 40 people had died.',
    );
    expect(a).not.toContain('leader_of(Rami Haddad, Aleppo Observatory for Human Rights)');
  });
});

describe('ties29: "G has distanced itself from H" denies a tie', () => {
  it('reads a negated affiliated_with from a reflexive "distance … from"', () => {
    const a = ties(
      'The Jabal Brigade denied any links to the Islamic State. The group has distanced itself from al-Qaeda too.',
    );
    expect(a).toContain('affiliated_with!(Jabal Brigade, al-Qaeda)');
    expect(a).not.toContain('affiliated_with(Jabal Brigade, al-Qaeda)');
    const b = ties('Omar Farouk, a preacher in Kano, distanced himself from Boko Haram on Friday.');
    expect(b).toContain('affiliated_with!(Omar Farouk, Boko Haram)');
  });
  it('reads no tie when the "from" phrase names no organisation', () => {
    const a = ties('The army has distanced its troops from the front line held by the Jabal Brigade.');
    expect(a.filter((t) => t.startsWith('affiliated_with'))).toEqual([]);
  });
});

describe('ties29: "Its al-Furqan faction", "their Red Unit": a possessive pronoun owns the unit it names', () => {
  it('reads part_of from a pronoun that stands for the group named before', () => {
    expect(ties('The Taliban has grown stronger. Its Red Unit attacked the checkpoint.')).toContain(
      'part_of(Red Unit, Taliban)',
    );
    expect(
      ties(
        'The Lashkar-e-Jhangvi group has attacked Shias for decades. Its al-Furqan faction fought alongside the Islamic State in Balochistan, according to police.',
      ),
    ).toContain('part_of(al-Furqan, Lashkar-e-Jhangvi)');
    expect(ties('Lashkar-e-Jhangvi said its al-Furqan faction had attacked the police in Quetta.')).toContain(
      'part_of(al-Furqan, Lashkar-e-Jhangvi)',
    );
  });
  it("reads no part_of for a name that modifies another noun than a unit's or an organ's (a channel)", () => {
    // (a group's own news agency is its organ, part of it: ties23)
    const a = ties('The Islamic State claimed the attack through its Amaq news agency on Sunday.');
    expect(a.filter((t) => t.startsWith('part_of'))).toEqual(['part_of(Amaq, Islamic State)']);
    const b = ties('Jaish al-Adl said on its Telegram channel that it had killed four guards.');
    expect(b.filter((t) => t.startsWith('part_of'))).toEqual([]);
  });
});

describe('ties29: "G is its strongest member": the possessive is not the copula\'s subject', () => {
  it('reads the group named before as the owner of the predicate noun', () => {
    expect(
      ties(
        'The strike was claimed by the Islamic Resistance Front, an umbrella of Iran-aligned groups. Analysts say Kataib Sayyid al-Shuhada is its strongest member.',
      ),
    ).toContain('part_of(Kataib Sayyid al-Shuhada, Resistance Front)');
    expect(
      ties(
        'The Popular Front was formed in 2019 by four militias. Officials say the Black Banner Brigade is now its largest member.',
      ),
    ).toContain('part_of(Black Banner Brigade, Popular Front)');
  });
});

describe('ties29: "G formed a coordination council / joint command with H" makes allies', () => {
  it('reads allied_with, also with "it" standing for the group named before', () => {
    expect(
      ties(
        'The Hill Front has lost ground this year. Last year it formed a joint command with the Free Valley Front, a smaller armed group.',
      ),
    ).toContain('allied_with(Hill Front, Free Valley Front)');
    expect(
      ties('The Karen National Union established a joint command with the Kachin Independence Army in 2021.'),
    ).toContain('allied_with(Karen National Union, Kachin Independence Army)');
  });
  it('reads no alliance from a body of one group alone', () => {
    const a = ties(
      'The Karen National Union met the joint committee of the Kachin Independence Army in 2021.',
    );
    expect(a.filter((t) => t.startsWith('allied_with'))).toEqual([]);
  });
});

describe('ties29: "the Sahel branch": a branch named by a place is the group whose name holds the place', () => {
  it('reads the organisation named before whose name has the place', () => {
    expect(
      ties(
        'Islamic State Sahel Province claimed the ambush on Tuesday. Officials said the raid was led by Abu Talha, a senior commander of the Sahel branch.',
      ),
    ).toContain('member_of(Abu Talha, Islamic State Sahel Province)');
    expect(
      ties(
        'Islamic State Mozambique Province claimed the raid. The attack was led by Bonomade Omar, a commander of the Mozambique branch, police said.',
      ),
    ).toContain('member_of(Bonomade Omar, Islamic State Mozambique Province)');
  });
  it('reads "the Somalia affiliate" so, also as a possessive owner', () => {
    expect(
      ties(
        "Islamic State Somalia Province has grown in Puntland. The Somalia affiliate's leader, Abdulqadir Mumin, has not been seen since May.",
      ),
    ).toContain('leader_of(Abdulqadir Mumin, Islamic State Somalia Province)');
    expect(
      ties(
        'Al-Qaeda in the Arabian Peninsula claimed the bombing. Saeed Nasser, a senior member of the Arabian Peninsula affiliate, planned it.',
      ),
    ).toContain('member_of(Saeed Nasser, Al-Qaeda in the Arabian Peninsula)');
  });
  it('reads no one when no organisation named before holds the place in its name', () => {
    const a = ties(
      'The Jabal Brigade claimed the ambush on Tuesday. Officials said the raid was led by Abu Talha, a senior commander of the Sahel branch.',
    );
    expect(a.filter((t) => t.includes('Abu Talha'))).toEqual([]);
  });
});
