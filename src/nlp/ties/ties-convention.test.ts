import { describe, expect, it } from 'vitest';
import { expectNoTie, expectTie, readTies, showTies } from '../../../test/ties-helpers.js';

// Issue #10, the gold's conventions for `located_in` and `part_of` (ties26 helper). The gold
// keeps a group's base ("based in", "headquartered in"), a person's home ("from P", "of P", "a
// shopkeeper in P") and a research body's seat; it never keeps where something happened to
// someone ("was arrested at a house in P", "died at a hospital in P"), where a force was found
// ("surrendered to the 5th Battalion in P"), the seat of the body someone works for ("a researcher
// at G in P" puts G, not the researcher, in P), an office a place names ("U.S. Attorney X"), nor a
// town's tie to the country that owns its region ("P in C's R"). Passages written for these tests.

describe('ties-convention: "P in C\'s R" puts P in R, never in C', () => {
  it.each([
    ['Gunmen raided a police post near Kalwadi in Kenya’s Turkana county on Friday.', 'Kalwadi', 'Kenya'],
    [
      'The convoy was ambushed outside Doumbala in northern Mali’s Segou region, two officials said.',
      'Doumbala',
      'Mali',
    ],
    ['Troops searched houses in Rabiya in Iraq’s Nineveh province last week.', 'Rabiya', 'Iraq'],
  ])('%s', (text, town, country) => expectNoTie(text, 'part_of', town, country));
  it.each([
    ['Fighters stormed the village of Tamkore in the Agadez region on Sunday.', 'Tamkore', 'Agadez'],
    ['Soldiers patrolled the market town of Dhusa in Mudug region after the raid.', 'Dhusa', 'Mudug'],
  ])('a town in its region is still part of it: %s', (text, town, region) =>
    expectTie(text, 'part_of', town, region),
  );
});

describe('ties-convention: "from the R city of T" is from T, not from the region before "city of"', () => {
  it.each([
    [
      'Among the wounded was Sergeant Omar Bellal, 31, from the Rif town of Targuist, his brother said.',
      'Omar Bellal',
      'Rif',
    ],
    [
      'Tariq Mansoor, 19, from the Punjab city of Multan, was named as the bomber.',
      'Tariq Mansoor',
      'Punjab',
    ],
    [
      'Two men, including Yusuf Darwish, 27, from the Hama town of Suran, were detained.',
      'Yusuf Darwish',
      'Hama',
    ],
  ])('%s', (text, person, region) => expectNoTie(text, 'located_in', person, region));
  it('a person "from P" is still placed in P', () =>
    expectTie(
      'Among the wounded was Sergeant Omar Bellal, 31, from Targuist, his brother said.',
      'located_in',
      'Omar Bellal',
      'Targuist',
    ));
});

describe('ties-convention: "a researcher at G in P" puts G in P, not the researcher', () => {
  it.each([
    [
      'Salma Idris, a researcher at the Khartoum Centre for Strategic Studies in Omdurman, said the militia was short of money.',
      'Salma Idris',
      'Omdurman',
    ],
    [
      'Peter Okonjo, a lecturer in conflict studies at Bayero University in Kano, said the arrests would not stop the attacks.',
      'Peter Okonjo',
      'Kano',
    ],
    [
      '"They recruit in the camps," said Anwar Qasim, a fellow at the Gulf Policy Institute in Manama.',
      'Anwar Qasim',
      'Manama',
    ],
  ])('%s', (text, person, place) => expectNoTie(text, 'located_in', person, place));
  it.each([
    ['Nuru Halake, a shopkeeper in Moyale, said the shops had closed early.', 'Nuru Halake', 'Moyale'],
    ['"We sleep in the bush now," said Ade Bello, a farmer in Gusau.', 'Ade Bello', 'Gusau'],
  ])('a title with no organisation still places its holder: %s', (text, person, place) =>
    expectTie(text, 'located_in', person, place),
  );
});

describe('ties-convention: a force "in P" is where it acted, not its seat', () => {
  it.each([
    [
      'Two deserters handed themselves over to the 7th Mechanised Brigade in Gao, the army said.',
      '7th Mechanised Brigade',
      'Gao',
    ],
    [
      'The Rapid Intervention Battalion in Maroua detained six suspects on Sunday.',
      'Rapid Intervention Battalion',
      'Maroua',
    ],
    [
      'The Anti-Terror Police Unit in Garissa arrested two men on Monday.',
      'Anti-Terror Police Unit',
      'Garissa',
    ],
  ])('%s', (text, force, place) => expectNoTie(text, 'located_in', force, place));
  it('a unit something belongs to is still placed where the text puts it', () =>
    expectTie(
      'A squadron belonging to the 9th Armoured Brigade in Tobruk joined the parade.',
      'located_in',
      '9th Armoured Brigade',
      'Tobruk',
    ));
  it('a research body in P is still placed there', () =>
    expectTie(
      '"The group is broke," said Omar Aziz, a fellow at the Horn Policy Institute in Nairobi.',
      'located_in',
      'Horn Policy Institute',
      'Nairobi',
    ));
});

describe('ties-convention: an office a place names is no home', () => {
  it.each([
    [
      '"He wanted a war," Acting U.S. Attorney Rachel Moreno said after the verdict.',
      'Rachel Moreno',
      'U.S.',
    ],
    ['"He is dangerous," Assistant U.S. Attorney Mark Hale told the jury.', 'Mark Hale', 'U.S.'],
    ['The case was brought by Acting U.S. Attorney Karen Lowe in March.', 'Karen Lowe', 'U.S.'],
  ])('%s', (text, person, place) => expectNoTie(text, 'located_in', person, place));
  it.each([
    ['Mombasa lawyer Hassan Mwinyi said the case was weak.', 'Hassan Mwinyi', 'Mombasa'],
    ['The yard was bought by Antwerp businessman Joris Peeters in May.', 'Joris Peeters', 'Antwerp'],
  ])('a lower-case trade after a place still places its holder: %s', (text, person, place) =>
    expectTie(text, 'located_in', person, place),
  );
});

describe('ties-convention: where something happened to someone is not where they are from', () => {
  it.each([
    [
      'A party worker, Imtiaz Gondal, died at a hospital in Gujrat on Tuesday of wounds from the clash.',
      'Imtiaz Gondal',
      'Gujrat',
    ],
    [
      'Police arrested Felix Abuto, 44, a courier for the Ndovu Brotherhood, at a guest house in Kisumu.',
      'Felix Abuto',
      'Kisumu',
    ],
    [
      'Police detained Amos Kiprop, a driver for the Mlima Front, at a bus stop in Eldoret on Friday.',
      'Amos Kiprop',
      'Eldoret',
    ],
  ])('%s', (text, person, place) => expectNoTie(text, 'located_in', person, place));
  it.each([
    ['Ruth Achieng, a nurse from a clinic in Busia, treated the wounded.', 'Ruth Achieng', 'Busia'],
    [
      'Karim Saleh, 29, a mechanic from the village of Umm Batin, was among the dead.',
      'Karim Saleh',
      'Umm Batin',
    ],
  ])('an apposition naming where someone works or comes from still places them: %s', (text, person, place) =>
    expectTie(text, 'located_in', person, place),
  );
});

describe('ties-convention: a possessive owns the unit after it, never a body joined before it', () => {
  it.each([
    [
      'The Rural Guard (RG) lost a man. A joint patrol of the RG and the BSF’s Special Operations Wing (SOW) left the camp before dawn.',
      'Rural Guard',
      'BSF',
    ],
    [
      'The Home Guard lost two men. Officers of the Home Guard and the ISI’s Counter-Insurgency Cell (CIC) met on Monday.',
      'Home Guard',
      'ISI',
    ],
  ])('%s', (text, first, owner) => expectNoTie(text, 'part_of', first, owner));
  it('the unit after the possessive is still its owner’s', () =>
    expectTie(
      'The Home Guard lost two men. Officers of the Home Guard and the ISI’s Counter-Insurgency Cell (CIC) met on Monday.',
      'part_of',
      'Counter-Insurgency Cell',
      'ISI',
    ));
});

describe('ties-convention: a state’s army is never part of an armed group', () => {
  it.each([
    [
      'Soldiers of the Nigerien Armed Forces guard the market. They belong to the Sahel Defence Front, a militia loyal to the junta.',
      'Nigerien Armed Forces',
      'Sahel Defence Front',
    ],
    [
      'Troops of the Burkinabe Army man the checkpoints near the towns; beyond them, young men on motorbikes stop the lorries. They belong to Ansar al-Islam, a local jihadist group.',
      'Burkinabe Army',
      'Ansar al-Islam',
    ],
  ])('%s', (text, army, group) => expectNoTie(text, 'part_of', army, group));
});

describe('ties-convention: "a G member, identified by P as X" names the member', () => {
  it.each([
    [
      'A TIL member, identified by the party as Nadeem Akhtar, died in hospital on Monday.',
      'Nadeem Akhtar',
      'TIL',
    ],
    ['A TTP member, identified by the CTD as Gul Zaman, was killed in the shootout.', 'Gul Zaman', 'TTP'],
  ])('%s', (text, person, group) => expectTie(text, 'member_of', person, group));
});

describe('ties-convention: an acronym before "fighters", "militants" names the group, not a people', () => {
  it.each([
    [
      'The Kashmir Liberation Front (KLF) claimed the attack. Troops killed two KLF fighters, Abu Qasim and Hamza Bhai, on Friday.',
      'Hamza Bhai',
      'Kashmir Liberation Front',
    ],
    [
      'The Naga National Army (NNA) denied the report. Police said three NNA militants, including Toshi Ao, had surrendered.',
      'Toshi Ao',
      'Naga National Army',
    ],
  ])('%s', (text, person, group) => expectTie(text, 'member_of', person, group));
});

describe('ties-convention: "A and B, both of G" makes each a member of G', () => {
  it.each([
    [
      'Cpl. Dan Reyes and Pvt. Leo Manalo, both of the 45th Infantry Battalion, were wounded.',
      'Dan Reyes',
      '45th Infantry Battalion',
    ],
    [
      'Two officers, Ali Raza and Bilal Khan, both of the Frontier Corps, were hurt.',
      'Bilal Khan',
      'Frontier Corps',
    ],
    // ("Pfc." is a rank before a name: the sentence goes on past its full stop)
    [
      'The wounded were Sgt. Dan Reyes and Pfc. Leo Manalo, both of the 45th Infantry Battalion.',
      'Dan Reyes',
      '45th Infantry Battalion',
    ],
  ])('%s', (text, person, group) => expectTie(text, 'member_of', person, group));
  it('"both of" a town is no membership', () => {
    const found = readTies('Ali Raza and Bilal Khan, both of Peshawar, were hurt.');
    expect(
      found.some((r) => r.type === 'member_of'),
      showTies(found),
    ).toBe(false);
  });
});

describe('ties-convention: a title past its topic still names where its holder works', () => {
  it.each([
    [
      '"The camps are full," said Anna Berg, a researcher on the Sahel at the Clingendael Institute.',
      'Anna Berg',
      'Clingendael Institute',
    ],
    [
      '"They have no money," said Ivan Petrov, a researcher on the North Caucasus at the International Crisis Group.',
      'Ivan Petrov',
      'International Crisis Group',
    ],
  ])('%s', (text, person, group) => expectTie(text, 'member_of', person, group));
});

describe('ties-convention: a force’s rank and file ("a G constable, X")', () => {
  it.each([
    ['A BSF constable, Ravi Kumar, was killed when a mine exploded.', 'Ravi Kumar', 'BSF'],
    ['A CRPF trooper, Anil Singh, was hurt in the blast.', 'Anil Singh', 'CRPF'],
  ])('%s', (text, person, group) => expectTie(text, 'member_of', person, group));
});

describe('ties-convention: "G, whose commander in P, X," makes X one of G’s commanders', () => {
  it.each([
    [
      'Among them is the Union of Kivu Patriots (UKP), whose commander in Rutshuru, Jean Bahati, told reporters his men had taken three villages.',
      'Jean Bahati',
      'Union of Kivu Patriots',
    ],
    [
      'Police blamed the Sahel Liberation Front, whose commander in Gao, Ali Maiga, denied it.',
      'Ali Maiga',
      'Sahel Liberation Front',
    ],
  ])('%s', (text, person, group) => expectTie(text, 'member_of', person, group));
});

describe('ties-convention: "the party" is the movement named before when no party is named', () => {
  it.each([
    [
      'The Jamiat Ulema called a strike. Two senior leaders of the party, Maulana Abdul Ghani and Qari Noor Zaman, were detained in Quetta.',
      'Qari Noor Zaman',
      'Jamiat Ulema',
    ],
    [
      'The Awami Tehreek held a rally. Police said a senior leader of the party, Rasool Bux Palijo, had been detained.',
      'Rasool Bux Palijo',
      'Awami Tehreek',
    ],
  ])('%s', (text, person, group) => expectTie(text, 'member_of', person, group));
  it('never a ministry or the police', () => {
    const found = readTies(
      'The Interior Ministry banned the rally. Police said a senior leader of the party, Rasool Bux Palijo, had been detained.',
    );
    expect(
      found.some((r) => r.type === 'member_of' && r.s === 'Rasool Bux Palijo'),
      showTies(found),
    ).toBe(false);
  });
});

describe('ties-convention: "a G commander known by the alias X" names the commander', () => {
  it.each([
    ['Police killed a Shabaab commander known by the alias Abu Musab in Kismayo.', 'Abu Musab', 'Shabaab'],
    ['Police arrested a TTP commander, known by the nickname Qari Sahib, on Friday.', 'Qari Sahib', 'TTP'],
  ])('%s', (text, person, group) => expectTie(text, 'member_of', person, group));
});

describe('ties-convention: "X, from a school in P" still places X in P', () => {
  it.each([
    [
      '"They are welcome here," says Imam Tariq Aziz, from a seminary in Korangi.',
      'Imam Tariq Aziz',
      'Korangi',
    ],
    ['"Nobody listens," said Halima Yusuf, from a clinic in Maroua.', 'Halima Yusuf', 'Maroua'],
  ])('%s', (text, person, place) => expectTie(text, 'located_in', person, place));
});
