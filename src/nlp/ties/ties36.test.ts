import { describe, expect, it } from 'vitest';
import { expectNoTie, expectTie, readTies, showTies } from '../../../test/ties-helpers.js';

// Issue #10, group-description coreference (ties25 helper, `ties/group-refs.ts`): "the group",
// "the faction", "the outfit" stand for the organisation named before that a group noun may
// stand for — never a body the text shows arresting someone, one named as a state body, or one
// employing researchers; never a name that only modifies a noun ("a group formed by G fighters");
// after a sentence opening with "after"/"since" that names several groups, the one the text is
// about. "the cell", "the module", "the bureau", "the shura" stand for the group they were said to
// belong to (or, for a cell or module, the one armed group named so far), and whoever leads one is
// a member of the group. Passages written for these tests.

describe('ties36: "the group" is never a body the text shows arresting someone, nor a state body by name', () => {
  it.each([
    [
      'The Kivu Patriots Union, a local militia, attacked a convoy near Rutshuru. Later that day, a courier was arrested by the Special Investigations Group. Police said the group’s commander, Jean Bahati, had ordered the ambush.',
      'Jean Bahati',
      'Kivu Patriots Union',
      'Special Investigations Group',
    ],
    [
      'The Ittihad Brigade, a militia loyal to the old regime, shelled the village. A day later, a trader was arrested by the Special Response Group near the market. Officials named Karim Haddad as the group’s commander.',
      'Karim Haddad',
      'Ittihad Brigade',
      'Special Response Group',
    ],
    [
      'The Adana Public Prosecutor’s Office charged nine people with belonging to the Green Crescent Brigades, an armed faction set up in 2022 by Hizbul Mujahideen fighters. Kemal Aras, the faction’s commander in Mersin, was among those charged.',
      'Kemal Aras',
      'Green Crescent Brigades',
      'Adana Public Prosecutor’s Office',
    ],
    [
      'The Interior Ministry said the bombers belonged to Jund al-Tariq, an outfit formed by former Jaish al-Mahdi militants in 2015. The outfit’s leader, Hadi Salman, was arrested in Basra.',
      'Hadi Salman',
      'Jund al-Tariq',
      'Interior Ministry',
    ],
  ])('%s', (text, person, group, body) => {
    const found = readTies(text, '2026-06-01');
    const to = (o: string) =>
      found.some((r) => (r.type === 'leader_of' || r.type === 'member_of') && r.s === person && r.o === o);
    expect(to(group), showTies(found)).toBe(true);
    expect(to(body), showTies(found)).toBe(false);
  });

  it('a name that only modifies a noun ("by Hizbul Mujahideen fighters") is passed over', () => {
    const text =
      'The Adana Public Prosecutor’s Office charged nine people with belonging to the Green Crescent Brigades, an armed faction set up in 2022 by Hizbul Mujahideen fighters. Kemal Aras, the faction’s commander in Mersin, was among those charged.';
    expectNoTie(text, 'member_of', 'Kemal Aras', 'Hizbul Mujahideen');
    expectNoTie(
      'The Interior Ministry said the bombers belonged to Jund al-Tariq, an outfit formed by former Jaish al-Mahdi militants in 2015. The outfit’s leader, Hadi Salman, was arrested in Basra.',
      'leader_of',
      'Hadi Salman',
      'Jaish al-Mahdi',
    );
  });

  it('a group that arrests no one keeps "the group" (the group named last stays its referent)', () => {
    expectTie(
      'Two men were detained by the Rapid Action Group in Dhaka on Friday. Ansar al-Islam later claimed the bombing. The group’s spokesman, Abu Talha, said more attacks would follow.',
      'spokesperson_of',
      'Abu Talha',
      'Ansar al-Islam',
    );
  });
});

describe('ties36: "the group" is never a body that employs researchers or analysts', () => {
  it.each([
    [
      'The Ogaden Liberation Front ambushed a convoy near Degehabur. "They are well armed," said Sara Lind, a researcher at the Nordic Conflict Forum in Oslo. The group’s commander, Hassan Dahir, said his men had seized two trucks.',
      'Hassan Dahir',
      'Ogaden Liberation Front',
      'Nordic Conflict Forum',
    ],
    [
      'Ansar Dine raided a market near Gao on Monday. "This is a show of strength," said Peter Okon, an analyst with the Sahel Research Forum. The group’s leader, Amadou Kouffa, praised the raid in a video.',
      'Amadou Kouffa',
      'Ansar Dine',
      'Sahel Research Forum',
    ],
  ])('%s', (text, person, group, forum) => {
    expectTie(text, 'leader_of', person, group);
    expectNoTie(text, 'leader_of', person, forum);
  });

  it('the researcher is still a member of the forum', () => {
    expectTie(
      'Ansar Dine raided a market near Gao on Monday. "This is a show of strength," said Peter Okon, an analyst with the Sahel Research Forum.',
      'member_of',
      'Peter Okon',
      'Sahel Research Forum',
    );
  });
});

describe('ties36: after a sentence opening with "after …" that names several groups, the one the text is about', () => {
  it.each([
    [
      'BUNIA - A year after the army and the Patriotic Resistance Front of Ituri drove the Allied Democratic Forces from Beni, the Islamist group has returned. The group, led by Musa Baluku since 2014, raided two villages on Sunday. The Allied Democratic Forces rarely comment. The Allied Democratic Forces have killed hundreds of civilians.',
      'Musa Baluku',
      'Allied Democratic Forces',
      'Resistance Front',
    ],
    [
      'Two years after the Southern Operations Room and local tribesmen expelled Jaysh Khalid ibn al-Walid from Daraa, the jihadist faction has resurfaced. The faction, now led by Abu Obeida al-Masri, attacked a checkpoint near Nawa. Jaysh Khalid ibn al-Walid has not commented. Jaysh Khalid ibn al-Walid was once the strongest force in the basin.',
      'Abu Obeida al-Masri',
      'Jaysh Khalid ibn al-Walid',
      'Southern Operations Room',
    ],
    [
      'Since the Tuareg Self-Defence Group drove the Islamic State Sahel Province out of Menaka with French help, the jihadist group has regrouped. The group, now led by Abu Huzeifa, raided a camp on Friday. Islamic State Sahel Province has not commented. Islamic State Sahel Province fighters also attacked a convoy.',
      'Abu Huzeifa',
      'Islamic State Sahel Province',
      'Tuareg Self-Defence Group',
    ],
  ])('%s', (text, person, group, other) => {
    expectTie(text, 'leader_of', person, group);
    expectNoTie(text, 'leader_of', person, other);
  });

  it.each([
    [
      'The Patriotic Resistance Front of Ituri attacked the Allied Democratic Forces near Beni on Sunday. The group, led by Adirodhu Mbadhu, says it defends farmers. The Allied Democratic Forces have not commented. The Allied Democratic Forces have killed hundreds of civilians.',
      'Adirodhu Mbadhu',
      'Resistance Front',
    ],
    [
      'Last month the Southern Operations Room drove Jaysh Khalid ibn al-Walid out of Nawa. The group, led by Ahmad al-Awda, now holds the town. Jaysh Khalid ibn al-Walid has not commented. Jaysh Khalid ibn al-Walid was once the strongest force in the basin.',
      'Ahmad al-Awda',
      'Southern Operations Room',
    ],
  ])('the subject of a plain sentence before keeps "the group": %s', (text, person, group) => {
    expectTie(text, 'leader_of', person, group);
  });
});

describe('ties36: "the cell", "the module", "the bureau", "the shura" stand for the group they belong to', () => {
  it.each([
    [
      'Police raided a flat in Molenbeek and broke up a cell of Islamic State. The cell is led by Yassine Amrani, prosecutors said.',
      'Yassine Amrani',
      'Islamic State',
    ],
    [
      'Investigators say a cell of al-Shabaab planned the hotel attack. According to them, the cell was commanded by Ahmed Farah until his death in May.',
      'Ahmed Farah',
      'al-Shabaab',
    ],
    [
      'Lashkar-e-Jhangvi said its cell in Quetta had carried out the bombing. Police said the cell’s leader, Rafiq Baloch, had fled to Afghanistan.',
      'Rafiq Baloch',
      'Lashkar-e-Jhangvi',
    ],
    [
      'Jamaat-ul-Ahrar’s shura met in Kunar last month. Omar Khorasani, who heads the shura, approved the attack, officials said.',
      'Omar Khorasani',
      'Jamaat-ul-Ahrar',
    ],
    [
      'Kenyan police dismantled an al-Shabaab cell in Mombasa last week. The cell’s leader, Hassan Mwinyi, escaped to Lamu.',
      'Hassan Mwinyi',
      'al-Shabaab',
    ],
    [
      'Investigators uncovered a module of the Indian Mujahideen in Darbhanga. The module’s leader, Tehsin Akhtar, was arrested in Nepal.',
      'Tehsin Akhtar',
      'Indian Mujahideen',
    ],
  ])('who leads it is a member, not the leader: %s', (text, person, group) => {
    expectTie(text, 'member_of', person, group);
    expectNoTie(text, 'leader_of', person, group);
  });

  it.each([
    [
      'Hezbollah’s political bureau met in Beirut on Sunday. Nabil Qassem, a member of the bureau since 2010, told reporters the party would not disarm.',
      'Nabil Qassem',
      'Hezbollah',
    ],
    [
      'The Houthis said their political bureau had approved the truce. Mohammed Ali Hamid, a member of the bureau, rejected the US demands.',
      'Mohammed Ali Hamid',
      'Houthis',
    ],
  ])('a member of the bureau is a member of the group: %s', (text, person, group) => {
    expectTie(text, 'member_of', person, group);
  });

  it.each([
    [
      'Troops killed six suspected Boko Haram militants near Konduga on Sunday. Officials said the cell’s commander, Abba Goni, died in the raid.',
      'Abba Goni',
      'Boko Haram',
    ],
    [
      'Police in Kerala detained five suspected al-Qaeda supporters on Friday. Investigators said the module was headed by Shahid Rahman, a teacher from Kochi.',
      'Shahid Rahman',
      'al-Qaeda',
    ],
  ])(
    'with no group said to own it, a cell or module is the one armed group named: %s',
    (text, person, group) => {
      expectTie(text, 'member_of', person, group);
      expectNoTie(text, 'leader_of', person, group);
    },
  );

  it.each([
    [
      'Fighters of al-Shabaab and the Islamic State in Somalia clashed near Qandala. The army said the cell’s leader, Ali Warsame, was captured.',
      'Ali Warsame',
      ['al-Shabaab', 'Islamic State in Somalia'],
    ],
    [
      'Hamas and Islamic Jihad both fired rockets on Sunday. Police said the cell’s commander, Yousef Saleh, was killed in Rafah.',
      'Yousef Saleh',
      ['Hamas', 'Islamic Jihad'],
    ],
  ])(
    'with two armed groups named and no owner told, a cell stands for neither: %s',
    (text, person, groups) => {
      const found = readTies(text, '2026-06-01');
      for (const g of groups)
        expect(
          found.some((r) => r.s === person && r.o === g),
          showTies(found),
        ).toBe(false);
    },
  );

  it('a prison cell is no group’s cell', () => {
    expectNoTie(
      'He was held in a prison cell in Kabul for two years. The Taliban released him in May. Ahmad Shah, the cell’s guard, said he was never beaten.',
      'member_of',
      'Ahmad Shah',
      'Taliban',
    );
  });

  it('beside the group’s own name, the cell stands for nothing and the named leader stays the leader', () => {
    const found = readTies(
      'A cell of Islamic State attacked the base near Deir ez-Zor. Abu Hafs al-Hashimi, the leader of the Islamic State, praised the cell in a recording.',
      '2026-06-01',
    );
    expect(
      found.some((r) => r.type === 'leader_of' && r.s === 'Abu Hafs al-Hashimi' && r.o === 'Islamic State'),
      showTies(found),
    ).toBe(true);
    expect(
      found.some((r) => r.type === 'supports' && r.s === 'Abu Hafs al-Hashimi'),
      showTies(found),
    ).toBe(false);
  });
});

describe('ties36: "whom he described as …": who describes holds no title', () => {
  it.each([
    [
      'Major Li Wei said troops had detained two men in Sulu. Among them was Ismael Jaljalis, whom he described as an Abu Sayyaf commander.',
      'Ismael Jaljalis',
      'Li Wei',
      'Abu Sayyaf',
    ],
    [
      'Captain Ruth Adebayo said soldiers had arrested three men near Maiduguri on Friday. One of them was Bukar Tijani, whom she described as a Boko Haram commander.',
      'Bukar Tijani',
      'Ruth Adebayo',
      'Boko Haram',
    ],
    [
      'Colonel Omar Nasser said police had arrested four members of a Hamas cell in Hebron. Among them was Yasin Qawasmi, whom he described as the leader of the cell.',
      'Yasin Qawasmi',
      'Omar Nasser',
      'Hamas',
    ],
  ])('%s', (text, described, describer, group) => {
    const found = readTies(text, '2026-06-01');
    expect(
      found.some((r) => r.type === 'member_of' && r.s === described && r.o === group),
      showTies(found),
    ).toBe(true);
    expect(
      found.some((r) => r.s === describer && r.o === group),
      showTies(found),
    ).toBe(false);
  });
});

describe('ties36: guards — positions held by a group, a group named before its fighters', () => {
  it('"positions held by G" makes G no state body', () => {
    expectTie(
      'Drones struck positions held by Kataib Sayyid al-Shuhada near Qaim, a week after the Badr Organisation pulled out of the town. The group’s spokesman, Kadhim al-Fartousi, said two fighters were killed.',
      'spokesperson_of',
      'Kadhim al-Fartousi',
      'Kataib Sayyid al-Shuhada',
    );
  });

  it.each([
    [
      'Sipah-e-Sahaba was banned in 2002. The Counter-Terrorism Department detained two suspected Lashkar-e-Jhangvi fighters, Asif Chotu and Naeem Bukhari, in Karachi. The two had fought for the group around Quetta for years, an officer said.',
      'Asif Chotu',
      'Sipah-e-Sahaba',
    ],
    [
      'Jaish-e-Mohammed was blamed for the 2019 bombing. The state police detained a suspected Hizbul Mujahideen commander, Riyaz Naikoo, in Pulwama. He had fought for the group since 2012, officers said.',
      'Riyaz Naikoo',
      'Jaish-e-Mohammed',
    ],
  ])(
    'a name before "fighters" outside a description stays the group named last: %s',
    (text, person, older) => {
      expectNoTie(text, 'member_of', person, older);
    },
  );
});

describe('ties36: a group’s operations stand for the group, as a part of it', () => {
  it.each([
    [
      'Jamaat Ansarullah raided a checkpoint in Badakhshan. Its operations in the north are led by Mahdi Arsalan, officials said.',
      'Mahdi Arsalan',
      'Jamaat Ansarullah',
    ],
    [
      'Lashkar-e-Taiba claimed the attack. The new leader’s deputy, Bilal Wani, runs the group’s operations around Kupwara, officials said.',
      'Bilal Wani',
      'Lashkar-e-Taiba',
    ],
    [
      'Boko Haram fighters burned a school in Gwoza. According to the army, Ali Ngulde heads Boko Haram’s operations in the Mandara mountains.',
      'Ali Ngulde',
      'Boko Haram',
    ],
  ])('whoever runs them is a member, not the leader: %s', (text, person, group) => {
    expectTie(text, 'member_of', person, group);
    expectNoTie(text, 'leader_of', person, group);
  });
});
