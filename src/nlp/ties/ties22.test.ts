import { describe, expect, it } from 'vitest';
import { tieStrings } from '../../../test/ties-helpers.js';

// Ties of the fifth recall pass (ties22): a backer named after coordinated participles on an
// apposition ("a militia armed and trained by X"), the possessor of a name the parser listed
// on it ("P's G"), a name inside a relative clause that is no subject of the verb after it, and
// a group's volunteers or militiamen patrolling or deployed alongside another force.

const ties = (text: string) => tieStrings(text, '2026-05-10');

describe('ties22: backers and allies the parse hid', () => {
  it('reads coordinated participles after an apposition noun as describing the name', () => {
    const a = ties(
      'The VDP, a civilian militia armed and trained by the Burkinabe army, was created in 2020.',
    );
    expect(a).toContain('supports(Burkinabe army, VDP)');
    const b = ties(
      'The Rapid Support Forces, a paramilitary force armed and financed by the United Arab Emirates, fought in Darfur.',
    );
    expect(b).toContain('supports(United Arab Emirates, Rapid Support Forces)');
  });
  it('makes neither the owner in "P\'s G" nor a name inside a relative clause the backer', () => {
    const a = ties(
      "Russia's Africa Corps, which took over from the Wagner Group last year, supports the Malian army with instructors.",
    );
    expect(a).toContain('supports(Africa Corps, Malian army)');
    expect(a).not.toContain('supports(Russia, Malian army)');
    expect(a).not.toContain('supports(Wagner Group, Malian army)');
    const b = ties(
      "Iran's Quds Force, which replaced the Basij in the region last year, funds the Houthis, officials say.",
    );
    expect(b).toContain('supports(Quds Force, Houthis)');
    expect(b).not.toContain('supports(Basij, Houthis)');
  });
  it('makes allies of a group whose volunteers or militiamen patrol or deploy alongside a force', () => {
    const a = ties(
      'The VDP was created in 2020. Its volunteers patrol alongside soldiers of the Burkinabe army in the north.',
    );
    expect(a).toContain('allied_with(VDP, Burkinabe army)');
    const b = ties(
      'The Koglweogo militia was formed in 2015. Its militiamen deployed alongside the Burkinabe army near Kaya.',
    );
    expect(b).toContain('allied_with(Koglweogo, Burkinabe army)');
    const c = ties('The Peshmerga patrolled alongside the Iraqi army near Kirkuk.');
    expect(c).toContain('allied_with(Peshmerga, Iraqi army)');
    const d = ties('The Wagner Group deployed alongside the Malian army near Kidal.');
    expect(d).toContain('allied_with(Wagner Group, Malian army)');
  });
  it('places a militant in the town a title says he is from, not one he commands in', () => {
    const a = ties('Yusuf Bello, an ISWAP fighter from Maiduguri, surrendered to soldiers last week.');
    expect(a).toContain('located_in(Yusuf Bello, Maiduguri)');
    const b = ties('Qari Naeem, a TTP commander from Swat, was arrested at a checkpoint.');
    expect(b).toContain('located_in(Qari Naeem, Swat)');
    const c = ties('Qari Naeem, a TTP commander in Swat, was arrested at a checkpoint.');
    expect(c).not.toContain('located_in(Qari Naeem, Swat)');
  });
});

describe("ties22: people listed after a plural for a group's people", () => {
  it('reads past an acronym in brackets and a participle before the group', () => {
    const a = ties(
      'Kenyan police detained four fighters of the Allied Democratic Forces (ADF), including Musa Kato and Jamil Sserunjogi, near Kasese.',
    );
    expect(a).toContain('member_of(Musa Kato, Allied Democratic Forces)');
    expect(a).toContain('member_of(Jamil Sserunjogi, Allied Democratic Forces)');
    const b = ties(
      'Police detained two members of the banned militant group Jaish-e-Mohammed (JeM), including Abdul Rauf and Masood Ilyas, in Baramulla.',
    );
    expect(b).toContain('member_of(Abdul Rauf, Jaish-e-Mohammed)');
    expect(b).toContain('member_of(Masood Ilyas, Jaish-e-Mohammed)');
  });
  it('takes the name right after "the … group" when the parser hung it elsewhere', () => {
    const a = ties(
      'The army captured three members of the separatist armed group Ambazonia Defence Forces, including Ebenezer Akwanga and Lucas Ayaba, near Bamenda.',
    );
    expect(a).toContain('member_of(Ebenezer Akwanga, Ambazonia Defence Forces)');
    const b = ties(
      'The Counter Terrorism Department (CTD) arrested three members of the sectarian militant group Lashkar-e-Jhangvi (LeJ), including Qari Abdul Basit and Naeem Bukhari, in raids in Karachi.',
    );
    expect(b).toContain('member_of(Naeem Bukhari, Lashkar-e-Jhangvi)');
  });
  it('finds the force that arrests among two names the parser read as passive subjects', () => {
    const a = ties(
      "Pakistan's Counter Terrorism Department (CTD) arrested three members of the sectarian militant group Lashkar-e-Jhangvi (LeJ), including Qari Abdul Basit and Naeem Bukhari, in raids in Karachi, officials said on Sunday.",
    );
    expect(a).toContain('arrested_by(Naeem Bukhari, Counter Terrorism Department)');
    const b = ties(
      "Nigeria's Department of State Services (DSS) arrested four members of the Indigenous People of Biafra (IPOB), including Chika Edoziem and Uche Mefor, in Owerri.",
    );
    expect(b).toContain('arrested_by(Uche Mefor, Department of State Services)');
  });
});

describe('ties22: the subject a clause shares', () => {
  it("gives a passive conjunct of an active verb that verb's subject", () => {
    const a = ties('The Wagner Group guards the gold mines and is financed by the Russian Defence Ministry.');
    expect(a).toContain('supports(Russian Defence Ministry, Wagner Group)');
    const b = ties('The Houthis control Sanaa and are armed by Iran, officials say.');
    expect(b).toContain('supports(Iran, Houthis)');
  });
  it('reads a group\'s people after "whose" as the group the clause describes', () => {
    const a = ties('Ansaru, whose militants were trained by al-Qaeda, is now weak.');
    expect(a).toContain('supports(al-Qaeda, Ansaru)');
    const b = ties('The Houthis, whose gunmen are funded by Iran, seized the port of Hodeidah.');
    expect(b).toContain('supports(Iran, Houthis)');
  });
});

describe('ties22: a part of a group under its own name', () => {
  it('reads "G\'s H wing" and "its H faction" as H', () => {
    const a = ties(
      "Police arrested four members of the TTP's Jamaat-ul-Ahrar faction, including Omar Khalid and Ali Shah, in Mohmand.",
    );
    expect(a).toContain('member_of(Omar Khalid, Jamaat-ul-Ahrar)');
    const b = ties(
      'The TTP was founded in 2007. Its Jamaat-ul-Ahrar faction fought alongside the Islamic State in Nangarhar.',
    );
    expect(b).toContain('allied_with(Jamaat-ul-Ahrar, Islamic State)');
    expect(b).not.toContain('allied_with(TTP, Islamic State)');
  });
  it('gives a title after "NAME (ACRONYM)," the name when the parser hung the title elsewhere', () => {
    const a = ties(
      "The army accused the Ahrar al-Sham (AS), the Islamic Front's largest faction, of shelling Aleppo.",
    );
    expect(a).toContain('part_of(Ahrar al-Sham, Islamic Front)');
    const b = ties(
      "Investigators blamed Jamaat-ul-Ahrar (JuA), the TTP's deadliest faction, for the bombing.",
    );
    expect(b).toContain('part_of(Jamaat-ul-Ahrar, TTP)');
  });
});

describe('ties22: located_in the gold files leave out', () => {
  it('does not seat an armed group in the country that "P\'s" names before it', () => {
    const a = ties("Nigeria's Boko Haram insurgents attacked Gwoza overnight.");
    expect(a).not.toContain('located_in(Boko Haram, Nigeria)');
    const b = ties("Somalia's al-Shabaab militants stormed a hotel in Mogadishu.");
    expect(b).not.toContain('located_in(al-Shabaab, Somalia)');
    // (a body that is no armed group keeps its seat)
    const c = ties("Karachi's Edhi Foundation collected the bodies.");
    expect(c).toContain('located_in(Edhi Foundation, Karachi)');
  });
});

describe('ties22: fighters loyal to a group stand for it', () => {
  it('reads "forces/fighters loyal to G" in a slot as G', () => {
    const a = ties('The Islah party has fought forces loyal to the Houthis near Marib since 2015.');
    expect(a).toContain('fights(Islah, Houthis)');
    const b = ties('The SDF launched an offensive against fighters loyal to the Islamic State near Hajin.');
    expect(b).toContain('fights(SDF, Islamic State)');
    const c = ties('Turkey struck positions of forces loyal to the PKK in Sinjar.');
    expect(c).toContain('fights(Turkey, PKK)');
  });
});

describe('ties22: a deputy is no leader in the cue table either', () => {
  it('reads "X, its deputy commander/leader" as a member only', () => {
    const a = ties('Ansaru said Ali Musa, its deputy commander, had died.');
    expect(a).toContain('member_of(Ali Musa, Ansaru)');
    expect(a).not.toContain('leader_of(Ali Musa, Ansaru)');
    const b = ties('Ansaru confirmed that Ali Musa, its deputy leader, had died.');
    expect(b).not.toContain('leader_of(Ali Musa, Ansaru)');
    const c = ties('Ansaru said Ali Musa, its commander, had died.');
    expect(c).toContain('leader_of(Ali Musa, Ansaru)');
  });
});

describe('ties22: a backing verb the tagger takes for a plural noun, joined to another verb', () => {
  it('reads "arms" as the verb before or after "and" and another verb', () => {
    const a = ties('Iran arms and trains the Houthis, US officials say.');
    expect(a).toContain('supports(Iran, Houthis)');
    const b = ties('Iran trains and arms the Houthis.');
    expect(b).toContain('supports(Iran, Houthis)');
    const c = ties('Rwanda finances and arms the M23, UN experts say.');
    expect(c).toContain('supports(Rwanda, M23)');
  });
});
