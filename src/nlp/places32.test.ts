import { describe, expect, it } from 'vitest';
import { near, place } from '../../test/geocode-helpers.js';
import { lookupDivisionSpelling } from '../knowledge/places.js';

// places32: a place typed as one that the tables know under another spelling (a division or a
// region of the article's own country), and regions that news names which the tables lacked.
// Every sentence is written for the test; the people are made up, the places are real.

describe('a division of the article’s country under another spelling', () => {
  it('finds the one division so read in the first country that has one', () => {
    expect(lookupDivisionSpelling('Sweida', ['SY'])?.country).toBe('SY');
    expect(lookupDivisionSpelling('Bekaa', ['LB'])?.country).toBe('LB');
    expect(lookupDivisionSpelling('Dhale', ['YE'])?.country).toBe('YE');
    // a syllable-closing y and an i, a final h: one key
    expect(lookupDivisionSpelling('Sulaimaniya', ['IQ'])?.source).toBe(
      lookupDivisionSpelling('Sulaymaniyya', ['IQ'])?.source,
    );
    expect(lookupDivisionSpelling('Sulaimaniya', ['IQ'])?.country).toBe('IQ');
  });

  it('finds nothing in a country the article does not name, nor for a name ending otherwise', () => {
    expect(lookupDivisionSpelling('Sweida', ['KE', 'SO'])).toBeUndefined();
    expect(lookupDivisionSpelling('Bekaa', ['SY'])).toBeUndefined();
    // a final i is no final a: another name of the same consonants
    expect(lookupDivisionSpelling('Suwaydi', ['SY'])).toBeUndefined();
    // too short to tell apart
    expect(lookupDivisionSpelling('Dali', ['YE'])).toBeUndefined();
  });

  it.each([
    // As Suwayda governorate of Syria
    [
      'Druze elders in Sweida urged calm after the shelling, Syrian monitors reported.',
      'Sweida',
      32.71,
      36.63,
    ],
    [
      'Government tanks rolled toward Sweida overnight, a Syrian monitoring group claimed.',
      'Sweida',
      32.71,
      36.63,
    ],
    // the Beqaa valley of Lebanon
    [
      'A drone struck a truck on a road in the Bekaa valley on Tuesday, Lebanese medics said.',
      'Bekaa',
      33.78,
      35.9,
    ],
    [
      'Farmers of the Bekaa Valley counted their losses after the raid, a Lebanese minister said.',
      'Bekaa Valley',
      33.78,
      35.9,
    ],
  ])('%s', (text, name, lat, lon) => {
    expect(near(place(text, name)?.geo, lat, lon, 60)).toBe(true);
  });
});

describe('regions that news names, which the tables lacked', () => {
  it.each([
    [
      'Soldiers chased communist rebels across Negros for a week, the Philippine army said.',
      'Negros',
      10.0,
      123.0,
    ],
    [
      'Sugar workers on Negros marched against the killing of a union leader in the Philippines.',
      'Negros',
      10.0,
      123.0,
    ],
    ['Troops landed on Mindoro to hunt a rebel unit, Philippine officials said.', 'Mindoro', 12.9, 121.1],
    [
      'A storm cut power across Mindoro on Sunday, disaster officials in the Philippines said.',
      'Mindoro',
      12.9,
      121.1,
    ],
    ['Cattle rustlers shot two herders in Karamoja, Ugandan police said on Monday.', 'Karamoja', 2.7, 34.3],
    [
      'The army began a disarmament drive in Karamoja last month, a Ugandan spokesman said.',
      'Karamoja',
      2.7,
      34.3,
    ],
    [
      'Refugees from South Sudan crossed into West Nile by the thousand, Ugandan officials said.',
      'West Nile',
      3.0,
      31.0,
    ],
    ['Aid groups in West Nile asked for more food for the camps in Uganda.', 'West Nile', 3.0, 31.0],
    ['Ugandan troops pursued the rebels into the Rwenzori foothills, a colonel said.', 'Rwenzori', 0.4, 29.9],
    [
      'Rebels hid in the Rwenzori Mountains for years, Ugandan commanders believe.',
      'Rwenzori Mountains',
      0.4,
      29.9,
    ],
    [
      'Militants blew up a pipeline in the Niger Delta on Friday, the Nigerian navy said.',
      'Niger Delta',
      5.0,
      6.2,
    ],
    ['Oil thieves in the Niger Delta lost six barges to a Nigerian raid.', 'Niger Delta', 5.0, 6.2],
    ['Gunmen killed a former rebel commander in Hauran, Syrian activists reported.', 'Hauran', 32.7, 36.3],
    ['Wheat farmers of the Hauran feared another dry year, a Syrian agronomist said.', 'Hauran', 32.7, 36.3],
    ['Taliban fighters detained several elders in Hazarajat, Afghan exiles said.', 'Hazarajat', 34.3, 66.5],
    ['Roads into Hazarajat were blocked by snow, an Afghan aid worker said.', 'Hazarajat', 34.3, 66.5],
    [
      'Police said two Maoist cadres were shot in the forests of Abujhmarh in Chhattisgarh, India.',
      'Abujhmarh',
      19.6,
      81.0,
    ],
    ['Indian commandos entered Abujhmarh at dawn, a senior officer in Raipur said.', 'Abujhmarh', 19.6, 81.0],
    ['Paramilitary fighters looted villages across Butana, Sudanese farmers said.', 'Butana', 15.2, 34.6],
    ['Herders fled Butana for Kassala as the fighting in Sudan spread east.', 'Butana', 15.2, 34.6],
    ['Fano militiamen seized a town in Gojjam, Ethiopian residents said.', 'Gojjam', 10.5, 37.5],
    [
      'Drone strikes in Gojjam killed a dozen people, an Ethiopian rights body reported.',
      'Gojjam',
      10.5,
      37.5,
    ],
    ['Fighting reached the highlands of Wollo, Ethiopian officials acknowledged.', 'Wollo', 11.6, 39.4],
    ['Farmers in Wollo fled south as Ethiopian troops withdrew.', 'Wollo', 11.6, 39.4],
    ['Gunmen kidnapped a bus of students in Shewa, Ethiopian police said.', 'Shewa', 9.6, 39.2],
    ['Ethiopian troops clashed with militia fighters in northern Shewa on Friday.', 'Shewa', 9.6, 39.2],
    [
      'Rebels of the Oromo Liberation Army ambushed a convoy in Wollega, Ethiopian media said.',
      'Wollega',
      9.0,
      36.0,
    ],
    [
      'Thousands left Wollega after the massacre, a regional official in Ethiopia said.',
      'Wollega',
      9.0,
      36.0,
    ],
    [
      'Kenyan troops raided a militant hideout inside the Boni Forest on Monday, officials said.',
      'Boni Forest',
      -1.7,
      41.2,
    ],
    ['Villagers near the Boni Forest in Kenya said the gunmen came at night.', 'Boni Forest', -1.7, 41.2],
  ])('%s', (text, name, lat, lon) => {
    expect(near(place(text, name)?.geo, lat, lon, 60)).toBe(true);
  });
});
