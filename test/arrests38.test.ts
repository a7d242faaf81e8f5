import { describe, it } from 'vitest';
import { expectNoTie, expectTie } from './ties-helpers.js';

// arrests38 (issue #10): `arrested_by` from the shapes of an arrest the earlier rounds did not
// read. Passages written for this file, with invented people (and real forces and towns, in
// stories of our own).
// - event-lexicon.ts: "the detention of X (by F)", "F's detention of X", "X's detention by F" is an
//   arrest (not "detention of up to 14 days", "a detention centre"); "X was handed over to F", "G
//   handed X over to F", "X was turned over to F" is one too, and event-ties.ts `receivingBody`
//   makes F its doer (a body able to hold people; not "handed them over", the arrest told before);
//   "caught by" a battalion, a unit, a bureau.
// - ties-arrests30.ts `PLAIN_PEOPLE`: "The men were arrested by F", "Both brothers were detained
//   by F" stand for the list of names the sentence before gives, as "they" and "the suspects" do
//   (only with "the", "these", "both", "all": "Two men were arrested" are others).
// - ties-arrests34.ts `arrestedPronounHere`: "X was jailed after his arrest by F": the owner of
//   the arrest's noun, named before it in the sentence, is the one taken (the speaker too: "X said
//   his arrest by F was unlawful").
// - ties-arrests38.ts `commonDoerBody`: "Intelligence officers arrested X", "X was detained by
//   soldiers": the one body of the noun's kind the text names before, in any paragraph.

const T = 'arrested_by';

describe('arrests38: the detention of X by F is an arrest', () => {
  it.each([
    [
      'The detention of Karim Haddad by the Directorate of General Security drew protests in Tripoli.',
      'Karim Haddad',
      'Directorate of General Security',
    ],
    [
      "The Federal Investigation Agency's detention of Tariq Jamil at Lahore airport was condemned by his lawyers.",
      'Tariq Jamil',
      'Federal Investigation Agency',
    ],
    [
      "Rights groups said Nadia Rahimi's detention by the National Directorate of Security had no legal basis.",
      'Nadia Rahimi',
      'National Directorate of Security',
    ],
    [
      'Lawyers challenged the detentions of Emeka Obi and Chidi Nwosu by the Department of State Services in Abuja.',
      'Chidi Nwosu',
      'Department of State Services',
    ],
    [
      'After the detention of Ahmet Demir by the Turkish National Police last week, his family went into hiding.',
      'Ahmet Demir',
      'Turkish National Police',
    ],
  ])('%s', (text, s, o) => expectTie(text, T, s, o));

  it('a term of detention is no arrest', () =>
    expectNoTie(
      'The Counter Terrorism Department may seek a detention of up to 90 days for Imran Saeed, officials said.',
      T,
      'Imran Saeed',
      'Counter Terrorism Department',
    ));
});

describe('arrests38: handed over to F', () => {
  it.each([
    [
      'Farouk Adeyemi was handed over to the Nigeria Police Force after he landed in Lagos.',
      'Farouk Adeyemi',
      'Nigeria Police Force',
    ],
    [
      'Kenya handed Abdirahman Yusuf over to the National Intelligence and Security Agency on Thursday.',
      'Abdirahman Yusuf',
      'National Intelligence and Security Agency',
    ],
    [
      'Villagers handed the gunman, Ibrahim Garba, over to the Nigeria Police Force in Zaria.',
      'Ibrahim Garba',
      'Nigeria Police Force',
    ],
    [
      'Pakistani officials turned Nadeem Akhtar over to the Federal Bureau of Investigation in 2021.',
      'Nadeem Akhtar',
      'Federal Bureau of Investigation',
    ],
    [
      'Hassan Warsame has been handed over to the Kenya Police Service by Somali officials.',
      'Hassan Warsame',
      'Kenya Police Service',
    ],
  ])('%s', (text, s, o) => expectTie(text, T, s, o));

  it('a handing over to a court makes no arrest by it', () =>
    expectNoTie(
      'Rwanda handed Jean Habimana over to the International Criminal Court in 2019.',
      T,
      'Jean Habimana',
      'International Criminal Court',
    ));
});

describe('arrests38: caught by a battalion, a unit, a bureau', () => {
  it.each([
    [
      'Jahangir Alam was caught by the Rapid Action Battalion in Dhaka on Sunday.',
      'Jahangir Alam',
      'Rapid Action Battalion',
    ],
    [
      'Sohel Rana was caught near Sylhet by the Rapid Action Battalion.',
      'Sohel Rana',
      'Rapid Action Battalion',
    ],
    [
      'Kofi Asante was caught by the Rapid Deployment Unit at a bus station in Tema.',
      'Kofi Asante',
      'Rapid Deployment Unit',
    ],
    [
      'Yaw Boateng was caught by the Special Operations Unit in Kumasi.',
      'Yaw Boateng',
      'Special Operations Unit',
    ],
    [
      'Daniel Reyes was caught by the Federal Bureau of Investigation in Texas.',
      'Daniel Reyes',
      'Federal Bureau of Investigation',
    ],
    [
      'Anil Kumar was caught by the Central Bureau of Investigation in Patna on Friday.',
      'Anil Kumar',
      'Central Bureau of Investigation',
    ],
  ])('%s', (text, s, o) => expectTie(text, T, s, o));
});

describe('arrests38: "the men", "both brothers" for the names told before', () => {
  it.each([
    [
      'Ali Hasan, Omar Farouk and Yusuf Dahir appeared in court in Nairobi on Monday. The men were arrested in March by the Anti-Terror Police Unit.',
      'Omar Farouk',
      'Anti-Terror Police Unit',
    ],
    [
      'Prosecutors charged Jonas Keller and Felix Wagner with plotting an attack. The men had been detained in Augsburg by the Bavarian State Police.',
      'Felix Wagner',
      'Bavarian State Police',
    ],
    [
      'Amina Sule and Hauwa Bello were released on bail on Friday. The women were arrested in Kano by the Department of State Services.',
      'Hauwa Bello',
      'Department of State Services',
    ],
    [
      'Fatima Zahra and Salma Idrissi went on trial in Rabat. Both women were taken into custody in Tangier by the Central Bureau of Judicial Investigation.',
      'Fatima Zahra',
      'Central Bureau of Judicial Investigation',
    ],
    [
      'Rustam Nazarov and Farkhod Nazarov were sentenced in Dushanbe. The brothers had been detained in Khujand by the State Committee for National Security.',
      'Farkhod Nazarov',
      'State Committee for National Security',
    ],
    [
      'Idris Musa and Bashir Musa were freed on Tuesday. Both brothers were arrested in Kano by the Department of State Services.',
      'Idris Musa',
      'Department of State Services',
    ],
    [
      'Tomas Weber and Petr Braun denied the charges. The pair were detained in Munich by the Federal Intelligence Service.',
      'Petr Braun',
      'Federal Intelligence Service',
    ],
    [
      'Goran Petrovic and Milan Jovic appeared before a judge. The pair were arrested in Novi Sad by the Security Information Agency.',
      'Goran Petrovic',
      'Security Information Agency',
    ],
    [
      'Walid Mansour was sentenced to ten years in Tunis. The man had been arrested by the National Guard in Sfax.',
      'Walid Mansour',
      'National Guard',
    ],
    [
      'Karim Bouzid faces trial in Nairobi next month. The man was detained by the Kenya Police Service in Nakuru.',
      'Karim Bouzid',
      'Kenya Police Service',
    ],
    [
      'Leila Haddad was freed on Sunday. The woman had been detained by the General Directorate of General Security in Beirut.',
      'Leila Haddad',
      'General Directorate of General Security',
    ],
    [
      'Sara Novak pleaded not guilty in Kochi. The woman was arrested in May by the National Investigation Agency.',
      'Sara Novak',
      'National Investigation Agency',
    ],
  ])('%s', (text, s, o) => expectTie(text, T, s, o));

  it('"Two men were arrested" are others', () =>
    expectNoTie(
      'Ali Hasan and Omar Farouk appeared in court in Nairobi on Monday. Two men were arrested in Lamu by the Anti-Terror Police Unit.',
      T,
      'Omar Farouk',
      'Anti-Terror Police Unit',
    ));
});

describe('arrests38: "his arrest by F"', () => {
  it.each([
    [
      'Lukas Brandt was jailed for six years after his arrest by the Bavarian State Police in 2022.',
      'Lukas Brandt',
      'Bavarian State Police',
    ],
    [
      'Dilnoza Yusupova has not been seen since her detention by the State Security Service in May.',
      'Dilnoza Yusupova',
      'State Security Service',
    ],
    [
      'Amina Bello and Grace Okafor said their arrest by the Department of State Services was unlawful.',
      'Grace Okafor',
      'Department of State Services',
    ],
    [
      'Omar Haji told the court that his arrest by the Anti-Terror Police Unit in Lamu had been staged.',
      'Omar Haji',
      'Anti-Terror Police Unit',
    ],
  ])('%s', (text, s, o) => expectTie(text, T, s, o));
});

describe("arrests38: a common noun of a body's people stands for the one body of its kind named before", () => {
  it.each([
    [
      'The Department of State Services has warned of attacks in Kano.\nOn Friday, secret police operatives arrested Musa Lawal in Kaduna.',
      'Musa Lawal',
      'Department of State Services',
    ],
    [
      'The Federal Security Service said it had uncovered a plot in Moscow.\nIntelligence officers detained Timur Aliyev and Zaur Gadzhiev in the city on Tuesday.',
      'Zaur Gadzhiev',
      'Federal Security Service',
    ],
    [
      "Jordan's General Intelligence Department has foiled several plots this year.\nIntelligence agents arrested Khaled Nasser in Zarqa on Friday.",
      'Khaled Nasser',
      'General Intelligence Department',
    ],
    [
      'The National Intelligence Bureau has tracked the cell for a year.\nOn Saturday, operatives arrested Issah Mahama near Bawku.',
      'Issah Mahama',
      'National Intelligence Bureau',
    ],
    [
      'The National Intelligence Service has warned of new plots near the border.\nIntelligence operatives detained Bouba Hamadou, a suspected smuggler, near Garissa on Monday.',
      'Bouba Hamadou',
      'National Intelligence Service',
    ],
    [
      'The Directorate of Criminal Investigations is leading the inquiry into the blast.\nOn Monday, detectives arrested Samuel Wekesa in Kitale.',
      'Samuel Wekesa',
      'Directorate of Criminal Investigations',
    ],
    [
      'The Criminal Investigation Department has deployed more staff in the capital.\nOn Tuesday, detectives arrested Joseph Kato in Jinja.',
      'Joseph Kato',
      'Criminal Investigation Department',
    ],
    [
      'The National Security Agency of Bahrain has been watching the network for months.\nSecurity officials detained Hassan Jaber on Friday.',
      'Hassan Jaber',
      'National Security Agency',
    ],
    [
      'The Afghan National Police has been searching for the bomb makers.\nOfficials said Ghulam Sakhi was later detained by officers in Herat.',
      'Ghulam Sakhi',
      'Afghan National Police',
    ],
    [
      'The Federal Bureau of Investigation opened an inquiry into the group last year.\nAgents arrested Kyle Benson at his home in Ohio.',
      'Kyle Benson',
      'Federal Bureau of Investigation',
    ],
  ])('%s', (text, s, o) => expectTie(text, T, s, o));

  it('two bodies of the kind named before: none', () =>
    expectNoTie(
      'The Federal Security Service and the Foreign Intelligence Service both said they had uncovered plots.\nIntelligence officers detained Timur Aliyev on Tuesday.',
      T,
      'Timur Aliyev',
      'Federal Security Service',
    ));
  it('soldiers stand for no intelligence agency', () =>
    expectNoTie(
      'The General Intelligence Department has foiled several plots this year.\nSoldiers arrested Khaled Nasser in Zarqa on Friday.',
      T,
      'Khaled Nasser',
      'General Intelligence Department',
    ));
  it('nor for the group of the man arrested', () =>
    expectNoTie(
      'The Islamic State claimed the bombing in Kirkuk.\nSoldiers arrested Abu Yasser, an Islamic State commander, near Hawija.',
      T,
      'Abu Yasser',
      'Islamic State',
    ));
});
