import { describe, expect, it } from 'vitest';
import { tieStrings } from '../../../test/ties-helpers.js';

// Ties of the eighth news pass (ties25): ties whose two ends the pipeline already finds, read
// through grammatical frames the patterns did not walk.

const ties = (text: string) => tieStrings(text, '2026-05-10');

describe('ties25: an object relative clause acts on the noun it describes', () => {
  it('reads "G, a group that X backs/funds/arms" as X supporting G', () => {
    expect(ties('Kataib Hezbollah, a militia that Iran finances, denied the report.')).toContain(
      'supports(Iran, Kataib Hezbollah)',
    );
    expect(
      ties('The Houthis, a movement that Iran arms and funds, fired missiles at ships on Monday.'),
    ).toContain('supports(Iran, Houthis)');
    expect(
      ties('The army clashed with the Fatemiyoun Brigade, a militia that Iran funds, near Palmyra.'),
    ).toContain('supports(Iran, Fatemiyoun Brigade)');
  });
  it('takes the name before the comma, past an acronym, when the noun hangs elsewhere', () => {
    const a = ties(
      'Al-Shabaab has long fought the Jubaland Security Forces (JSF), a regional body that Kenya backs, for control of Kismayo.',
    );
    expect(a).toContain('supports(Kenya, Jubaland Security Forces)');
    const b = ties(
      'The Taliban have fought the National Resistance Front (NRF), an armed movement that Tajikistan funds, for years.',
    );
    expect(b).toContain('supports(Tajikistan, National Resistance Front)');
  });
  it('reads "G, a faction that X led" as X leading G', () => {
    expect(
      ties('The Haqqani network, a faction that Jalaluddin Haqqani once led, attacked the hotel.'),
    ).toContain('leader_of(Jalaluddin Haqqani, Haqqani network)');
    expect(ties('Ansar Dine, a group that Iyad Ag Ghaly founded in 2012, seized Timbuktu.')).toContain(
      'leader_of(Iyad Ag Ghaly, Ansar Dine)',
    );
  });
});

describe('ties25: a clause subject the parser gave to its opening conjunction', () => {
  it('reads "after/since A and its allies drove out B" with A as the doer', () => {
    const a = ties(
      'The market reopened after the Syrian Democratic Forces and their partners pushed out the Islamic State in 2019.',
    );
    expect(a).toContain('fights(Syrian Democratic Forces, Islamic State)');
    const b = ties(
      'The bridge has been closed since the Islamic State and its allies pushed out the Syrian Democratic Forces in 2014.',
    );
    expect(b).toContain('fights(Islamic State, Syrian Democratic Forces)');
  });
});

describe('ties25: an unnamed member sentenced, then the one convict named', () => {
  it('makes the person the next verdict names a member of the group the first gave', () => {
    const a = ties(
      'A court in Dhaka on Monday sentenced a member of the banned militant group Jamaat-ul-Mujahideen Bangladesh to life in prison for a 2016 cafe attack. The Anti-Terrorism Tribunal found Rakibul Hasan, 27, guilty of supplying weapons to the attackers.',
    );
    expect(a).toContain('member_of(Rakibul Hasan, Jamaat-ul-Mujahideen Bangladesh)');
    const b = ties(
      'A German court on Friday jailed a member of Islamic State for seven years. Judges convicted Tarek Mahmoud, 31, of planning an attack on a Christmas market in Hamburg.',
    );
    expect(b).toContain('member_of(Tarek Mahmoud, Islamic State)');
    // (the group's name on the tokens after its noun, past a "-linked" modifier)
    const c = ties(
      'A court on Monday sentenced a member of the al-Qaeda-linked network Jemaah Islamiyah to ten years in prison for hiding explosives. Judges at the Central Jakarta District Court found Ahmad Yani, 44, guilty of storing bombs for the group.',
    );
    expect(c).toContain('member_of(Ahmad Yani, Jemaah Islamiyah)');
    // (two convicts named are not the one member)
    const d = ties(
      'A German court on Friday jailed a member of Islamic State for seven years. Judges convicted Tarek Mahmoud and Omar Kassem of planning an attack in Hamburg.',
    );
    expect(d).not.toContain('member_of(Tarek Mahmoud, Islamic State)');
  });
});

describe("ties25: backing a group's people backs the group", () => {
  it('reads "sheltering/harbouring/funding G commanders" as supporting G', () => {
    expect(ties('Kabul has long accused Pakistan of harbouring Taliban commanders in Quetta.')).toContain(
      'supports(Pakistan, Taliban)',
    );
    expect(ties('Mali accuses Algeria of sheltering the leaders of the Azawad Liberation Front.')).toContain(
      'supports(Algeria, Azawad Liberation Front)',
    );
    expect(ties("Iran funds Hezbollah's commanders in southern Lebanon, officials say.")).toContain(
      'supports(Iran, Hezbollah)',
    );
  });
});
