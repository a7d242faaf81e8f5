import { describe, expect, it } from 'vitest';
import { tieStrings } from '../../../test/ties-helpers.js';

// Ties between groups, and between states and groups (issue #10, ties17): a state's own troops
// stand for the state, a national capital backing a group speaks for its state, "the two
// factions"/"both groups" stand for the two groups listed just before, "G, a network of militias
// that H arms" is G's clause, "the army and P's NAME" is no unit of the army.

const ties = (text: string) => tieStrings(text, '2026-05-10');

describe('ties17: states and their forces', () => {
  it('"troops from P", "P\'s soldiers": a state fights through its own forces', () => {
    expect(ties('Troops from Burundi have also battled M23 in South Kivu.')).toContain(
      'fights(Burundi, M23)',
    );
    expect(ties("Kenya's soldiers clashed with al-Shabaab near Lamu.")).toContain(
      'fights(Kenya, al-Shabaab)',
    );
  });

  it('fighters from a country are not its state', () => {
    const a = ties('Fighters from Syria clashed with the Taliban near Kunduz.');
    expect(a.filter((t) => t.includes('Syria'))).toEqual([]);
  });

  it('weapons depots stand for the group that owns them', () => {
    expect(ties('The United States struck weapons depots of Kataib Hezbollah in western Iraq.')).toContain(
      'fights(United States, Kataib Hezbollah)',
    );
    expect(ties('Israel struck arms depots of Hezbollah near Baalbek.')).toContain(
      'fights(Israel, Hezbollah)',
    );
  });

  it('a national capital that arms a group speaks for its state', () => {
    expect(ties('Kinshasa accuses Kigali of arming the M23 rebels.')).toContain('supports(Kigali, M23)');
    expect(ties('The Houthis, whom Tehran has armed for a decade, attacked ships.')).toContain(
      'supports(Tehran, Houthis)',
    );
  });

  it('a capital attacked is a place fought over, not a foe', () => {
    expect(ties('The Taliban attacked Kabul in 2021.').filter((t) => t.startsWith('fights'))).toEqual([]);
  });
});

describe('ties17: groups', () => {
  it('"G, a network/alliance of militias that H arms": the clause is G\'s', () => {
    expect(ties('Hezbollah, an alliance of factions that Iran funds, fought in Syria.')).toContain(
      'supports(Iran, Hezbollah)',
    );
    expect(
      ties('The Popular Mobilisation Forces, a coalition of militias that Iran has armed, held the city.'),
    ).toContain('supports(Iran, Popular Mobilisation Forces)');
  });

  it('"both groups", "the two factions": the two groups listed just before, as subject or object', () => {
    const a = ties(
      'Kataib Hezbollah and Harakat al-Nujaba fired rockets on Monday. Both groups are part of the Popular Mobilisation Forces.',
    );
    expect(a).toContain('part_of(Kataib Hezbollah, Popular Mobilisation Forces)');
    expect(a).toContain('part_of(Harakat al-Nujaba, Popular Mobilisation Forces)');
    const b = ties(
      'Hamas and Islamic Jihad fired rockets on Monday. Iran has armed the two factions for years.',
    );
    expect(b).toContain('supports(Iran, Hamas)');
    expect(b).toContain('supports(Iran, Islamic Jihad)');
  });

  it('"the two factions" after a list of three names no one', () => {
    const a = ties(
      'Hamas, Islamic Jihad and Hezbollah fired rockets. Iran has armed the two factions for years.',
    );
    expect(a.filter((t) => t.startsWith('supports'))).toEqual([]);
  });

  it('"the army and P\'s NAME": the named force is fought, and is no unit of the army', () => {
    const a = ties("JNIM has battled the Malian army and Russia's Africa Corps across the north.");
    expect(a).toContain('fights(JNIM, Africa Corps)');
    expect(a).not.toContain('fights(JNIM, Russia)');
    expect(a.filter((t) => t.startsWith('part_of'))).toEqual([]);
    const b = ties("The Taliban fought the Afghan army and Pakistan's Frontier Corps near the border.");
    expect(b.filter((t) => t.startsWith('part_of'))).toEqual([]);
  });

  it('who operate or serve alongside a force are its allies', () => {
    expect(ties('Africa Corps operates alongside the Malian Armed Forces.')).toContain(
      'allied_with(Africa Corps, Malian Armed Forces)',
    );
    expect(
      ties('The Wagner Group served alongside the Central African Armed Forces for three years.'),
    ).toContain('allied_with(Wagner Group, Central African Armed Forces)');
  });
});

describe('ties17: allies who strike together, and named slots', () => {
  it('"A attacked P together with B": allies, never foes', () => {
    const a = ties(
      'The Azawad Liberation Front ambushed an army convoy near Tinzaouaten together with fighters of JNIM.',
    );
    expect(a).toContain('allied_with(Azawad Liberation Front, JNIM)');
    const b = ties('In 2012 Ansar Dine seized Timbuktu together with al-Qaeda in the Islamic Maghreb.');
    expect(b).toContain('allied_with(Ansar Dine, al-Qaeda in the Islamic Maghreb)');
    expect(b.filter((t) => t.startsWith('fights'))).toEqual([]);
  });

  it('"depots/hideouts of the G militia": the group noun names the group', () => {
    expect(
      ties(
        'The United States struck weapons depots of the Iran-backed Kataib Hezbollah militia in western Iraq.',
      ),
    ).toContain('fights(United States, Kataib Hezbollah)');
    expect(ties('Pakistan struck hideouts of the Tehrik-i-Taliban Pakistan group in Khost.')).toContain(
      'fights(Pakistan, Tehrik-i-Taliban Pakistan)',
    );
  });

  it('"Its main rival, G, …": the name set beside the subject noun is the subject', () => {
    const a = ties(
      'Its main rival, the Islamic State Sahel Province, pledged allegiance in 2015 to the Islamic State and has since fought JNIM near Menaka.',
    );
    expect(a).toContain('fights(Islamic State Sahel Province, JNIM)');
    const b = ties('Its old foe, the Taliban, has fought the Islamic State Khorasan Province since 2015.');
    expect(b).toContain('fights(Taliban, Islamic State Khorasan Province)');
  });

  it('"they", "its fighters" never stand for a research body quoted before', () => {
    const text = (verb: string) =>
      `Al-Shabaab has retaken the town of Jowhar. "The army never held it," said Omar Hassan, a researcher at the International Crisis Group. ${verb}`;
    const a = ties(text('In July they attacked a base of the Danab special forces near Balcad.'));
    expect(a.filter((t) => t.includes('International Crisis Group') && t.startsWith('fights'))).toEqual([]);
    const b = ties(text('Its fighters attacked a base of the Danab special forces near Balcad.'));
    expect(b.filter((t) => t.includes('International Crisis Group') && t.startsWith('fights'))).toEqual([]);
  });
});

describe('ties17: a coalition of factions', () => {
  it('"G, an umbrella/coalition of militias backed by H": H backs G', () => {
    expect(
      ties('The Popular Mobilisation Forces, an umbrella of militias backed by Iran, claimed the attack.'),
    ).toContain('supports(Iran, Popular Mobilisation Forces)');
    expect(
      ties(
        'The Syrian National Army, a coalition of rebel factions funded by Turkey, shelled Manbij on Sunday.',
      ),
    ).toContain('supports(Turkey, Syrian National Army)');
  });
});

describe('ties17: "the rebels" for the group named with that noun', () => {
  it('stands for the group last named right before the same noun', () => {
    expect(
      ties(
        'The Azawad Liberation Front separatists ambushed a convoy. The Imghad Tuareg Self-Defence Group and Allies fights the separatists near Kidal.',
      ),
    ).toContain('fights(Azawad Liberation Front, Imghad Tuareg Self-Defence Group and Allies)');
    expect(
      ties(
        'The Houthi rebels seized Hodeidah in 2014. The National Resistance forces have fought the rebels near Mokha since 2018.',
      ),
    ).toContain('fights(Houthi, National Resistance)');
  });

  it('stands for no one when no group was named with that noun', () => {
    const a = ties('The Arakan Army seized Paletwa. The Myanmar Army fought the rebels near Sittwe.');
    expect(a.filter((t) => t.startsWith('fights'))).toEqual([]);
  });
});
