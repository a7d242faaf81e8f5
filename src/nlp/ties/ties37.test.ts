import { describe, it } from 'vitest';
import { expectNoTie, expectTie } from '../../../test/ties-helpers.js';

// Issue #10, membership and structure by the contract's conventions (ties27 helper). Passages
// written for these tests.
// - A spokesman speaks for a ministry, a police force, a council, a party or an armed group:
//   spokesperson_of, never member_of as well; a company's or a news outlet's spokesman is also
//   its employee (pipeline.ts).
// - "H, an alliance/coalition/federation formed (in YEAR) by A and B": A and B are parts of H,
//   also when the parser hangs the coalition noun on the verb (read.ts, part_of/form).
// - Whoever runs a group's courts, finances, logistics, propaganda, recruitment or media arm is
//   one of many in it, a member, not its leader (relations.ts, GROUP_OPERATIONS).

describe('ties37: a spokesman of a state body, a party or a movement is no member as well', () => {
  it.each([
    [
      '“The roads are closed,” Defence Ministry spokesman Omar Faruq said on Monday.',
      'Omar Faruq',
      'Defence Ministry',
    ],
    ['Juan Ortiz, a spokesman for the National Police, denied the report.', 'Juan Ortiz', 'National Police'],
    [
      'Leyla Demir, a spokeswoman for the Kurdistan Regional Council, said the talks would resume.',
      'Leyla Demir',
      'Kurdistan Regional Council',
    ],
    [
      'The talks will go on, said Kofi Mensah, the spokesman of the National Democratic Party, on Friday.',
      'Kofi Mensah',
      'National Democratic Party',
    ],
    [
      'Interior Ministry spokeswoman Fatima Zahra said the curfew would hold.',
      'Fatima Zahra',
      'Interior Ministry',
    ],
    [
      'Abu Yusuf, spokesman of the Free Syrian Police, declined to comment.',
      'Abu Yusuf',
      'Free Syrian Police',
    ],
    [
      'Nur Hassan, a spokesman for the Somali Ministry of Defence, said the raid had failed.',
      'Nur Hassan',
      'Ministry of Defence',
    ],
    [
      'Pedro Alves, spokesman for the Union for Change party, said it would appeal.',
      'Pedro Alves',
      'Union for Change',
    ],
  ])('%s', (text, person, org) => {
    expectTie(text, 'spokesperson_of', person, org);
    expectNoTie(text, 'member_of', person, org);
  });
  it.each([
    ['“Deliveries will resume next month,” said Boeing spokesman John Carter.', 'John Carter', 'Boeing'],
    ['“We stand by our reporting,” said Reuters spokeswoman Anna Lee on Tuesday.', 'Anna Lee', 'Reuters'],
  ])('a company or an outlet employs its spokesman: %s', (text, person, org) => {
    expectTie(text, 'spokesperson_of', person, org);
    expectTie(text, 'member_of', person, org);
  });
});

describe('ties37: the groups that formed an alliance set beside a name are its parts', () => {
  it.each([
    [
      'The Northern Front, a coalition formed by the Kachin Army and the Shan Army in 2019, denied it.',
      ['Kachin Army', 'Shan Army'],
      'Northern Front',
    ],
    [
      'Responsibility was claimed by the Islamic Movement of Kandahar (IMK), an alliance formed in 2021 by Jaish-e-Hind and the Mansoor Brigade.',
      ['Jaish-e-Hind', 'Mansoor Brigade'],
      'Islamic Movement of Kandahar',
    ],
    // (the parser hangs the noun on "blamed": read on the tokens)
    [
      'Police blamed Jamaat Ittihad, a federation formed in 2020 by Lashkar-e-Islam and the Mansoor Brigade.',
      ['Lashkar-e-Islam', 'Mansoor Brigade'],
      'Jamaat Ittihad',
    ],
    [
      'Police blamed the Jamaat Ittihad (JI), an alliance formed by Lashkar-e-Islam and the Tawhid Brigade in 2020.',
      ['Lashkar-e-Islam', 'Tawhid Brigade'],
      'Jamaat Ittihad',
    ],
    // (the parser makes the noun the participle's subject)
    [
      'The bombing was claimed by Tanzeem Islami Mujahideen (TIM), an alliance formed in 2022 by the Sadiq group and Lashkar-e-Hind, in a post on Telegram.',
      ['Sadiq', 'Lashkar-e-Hind'],
      'Tanzeem Islami Mujahideen',
    ],
  ])('%s', (text, parts, whole) => {
    for (const p of parts) expectTie(text, 'part_of', p, whole);
  });
  it.each([
    // a group formed by another's veterans split from it, or is new: no part
    [
      'Jund al-Aqsa, a group formed by Jabhat al-Nusra veterans in 2014, attacked the town.',
      'Jabhat al-Nusra',
      'Jund al-Aqsa',
    ],
    // not a coalition noun
    [
      'The Sahel Brigade, a unit formed by Ansar Dine in 2015, attacked the camp.',
      'Ansar Dine',
      'Sahel Brigade',
    ],
    // the formed alliance is a third, unnamed one
    [
      'Ansar Dine, which fought the army for years, joined an alliance formed by the Macina Brigade and al-Mourabitoune.',
      'Macina Brigade',
      'Ansar Dine',
    ],
  ])('%s', (text, a, b) => expectNoTie(text, 'part_of', a, b));
});

describe('ties37: who runs a group’s courts, finances or media arm is a member, not its leader', () => {
  it.each([
    ['Musa Bello, who ran Boko Haram’s courts in Borno, was killed in a strike.', 'Musa Bello', 'Boko Haram'],
    [
      'Boko Haram attacked the town on Monday. Ali Garba, who had run the group’s courts in the area, was killed on Thursday.',
      'Ali Garba',
      'Boko Haram',
    ],
    ['Hassan Abdi ran al-Shabaab’s finances in Kismayo until 2021.', 'Hassan Abdi', 'al-Shabaab'],
    [
      'Ahmed Yusuf, head of Hizbul Mujahideen’s media arm, was killed near Sopore.',
      'Ahmed Yusuf',
      'Hizbul Mujahideen',
    ],
    ['Police said Omar Saleh ran the Islamic State’s recruitment in Marawi.', 'Omar Saleh', 'Islamic State'],
    ['Abu Omar ran the Islamic State’s propaganda in Raqqa, prosecutors said.', 'Abu Omar', 'Islamic State'],
    ['The Taliban’s courts are run by Mullah Rahim, the group said.', 'Mullah Rahim', 'Taliban'],
    ['Al-Shabaab’s finances are managed by Ali Dheere, officials said.', 'Ali Dheere', 'Al-Shabaab'],
  ])('%s', (text, person, group) => {
    expectTie(text, 'member_of', person, group);
    expectNoTie(text, 'leader_of', person, group);
  });
  it.each([
    ['Musa Bello headed Boko Haram until 2019, when he was killed.', 'Musa Bello', 'Boko Haram'],
    ['Hassan Abdi, who runs al-Shabaab, has not been seen since March.', 'Hassan Abdi', 'al-Shabaab'],
    [
      // (a part named in what he says: not what he leads)
      'The Workers Alliance held a rally in Derry. Its chairman, Sean Daly, said the alliance was not the armed group’s media wing.',
      'Sean Daly',
      'Workers Alliance',
    ],
    ['Mullah Rahim has led the Taliban’s Quetta Shura since 2016.', 'Mullah Rahim', 'Quetta Shura'],
  ])('who runs the group itself leads it: %s', (text, person, group) =>
    expectTie(text, 'leader_of', person, group),
  );
});

describe('ties37: "H, G’s ally" makes allies; so do the groups that formed an alliance', () => {
  it.each([
    [
      'Kataib Sayyid al-Shuhada, Kataib Hezbollah’s closest ally in Baghdad, backed the truce.',
      'Kataib Sayyid al-Shuhada',
      'Kataib Hezbollah',
    ],
    [
      'Ansar Dine had fled north. The movement, an al-Qaeda ally, still holds Kidal.',
      'Ansar Dine',
      'al-Qaeda',
    ],
    [
      'The Northern Front, a coalition formed by the Kachin Army and the Shan Army in 2019, denied it.',
      'Kachin Army',
      'Shan Army',
    ],
    [
      'Police blamed Jamaat Ittihad, a federation formed in 2020 by Lashkar-e-Islam and the Mansoor Brigade.',
      'Lashkar-e-Islam',
      'Mansoor Brigade',
    ],
  ])('%s', (text, a, b) => {
    expectTie(text, 'allied_with', a, b);
    expectNoTie(text, 'affiliated_with', a, b);
  });
  it.each([
    ['Al-Shabaab, an al-Qaeda affiliate, claimed the attack in Mogadishu.', 'Al-Shabaab', 'al-Qaeda'],
    [
      'Jamaat-ud-Dawa, seen by India as a front for Lashkar-e-Taiba, runs schools in Punjab.',
      'Jamaat-ud-Dawa',
      'Lashkar-e-Taiba',
    ],
  ])('an affiliate or a front stays affiliated: %s', (text, a, b) => {
    expectTie(text, 'affiliated_with', a, b);
    expectNoTie(text, 'allied_with', a, b);
  });
});

describe('ties37: "analysts link A to B" with the "to" phrase hung on A', () => {
  it.each([
    ['Analysts link Ansaru to al-Qaeda.', 'Ansaru', 'al-Qaeda'],
    [
      'Intelligence officials tied the Bakr Brigade to the Islamic State in 2021.',
      'Bakr Brigade',
      'Islamic State',
    ],
    ['Police linked Ahmed Khan to Lashkar-e-Jhangvi, his lawyer said.', 'Ahmed Khan', 'Lashkar-e-Jhangvi'],
  ])('%s', (text, a, b) => expectTie(text, 'affiliated_with', a, b));
});

describe('ties37: a name that holds another group’s possessive is its part', () => {
  it.each([
    [
      "Islamic State fighters attacked a checkpoint in Arish. Islamic State's Sinai Province claimed the attack on Monday.",
      "Islamic State's Sinai Province",
      'Islamic State',
    ],
    [
      'The Islamic State’s West Africa Province, also called ISWAP, claimed the raid near Monguno. The Islamic State said its men had taken weapons.',
      'Islamic State’s West Africa Province',
      'Islamic State',
    ],
  ])('%s', (text, part, whole) => expectTie(text, 'part_of', part, whole));
});
