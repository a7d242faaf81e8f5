import { describe, expect, it } from 'vitest';
import { near, place } from '../../test/geocode-helpers.js';

// places33: names of a list that a division's plural closes are each such a division; a feature
// noun written after a place's name (outside its mention) names the curated feature; areas that
// news about armed groups names, which the tables lacked. Every sentence is written for the test;
// the people are made up, the places are real.

describe('"X and Y local government areas": the first name of the list is a division too', () => {
  it.each([
    // Abadam LGA of Borno, not the point of Mobbar, the name beside it (over 100 km off)
    [
      'Herders fled from Abadam and Mobbar local government areas of Borno after a week of raids, Nigerian officials said.',
      'Abadam',
      13.67,
      13.34,
    ],
    // Agatu LGA of Benue, not the town of that name in the south-east (over 200 km off)
    [
      'Farmers in Nigeria said armed herders burnt homes across Agatu and Guma local government areas of Benue this year.',
      'Agatu',
      7.89,
      7.91,
    ],
  ])('%s', (text, name, lat, lon) => {
    expect(near(place(text, name)?.geo, lat, lon, 25)).toBe(true);
  });
});

describe('"the X forest": the noun after the name names the feature', () => {
  // (the tables know the Boni Forest only with its noun; mention finding leaves a lower-case one out)
  it.each([
    'Hunters in Kenya said poachers camped in the Boni forest for a week.',
    'Kenyan rangers said herders had driven their cattle through the Boni forest towards the coast.',
  ])('%s', (text) => {
    expect(near(place(text, 'Boni')?.geo, -1.7, 41.2, 20)).toBe(true);
  });
});

describe('areas that news names: forests, a pass, a valley, mountains', () => {
  it.each([
    [
      'Herders said gunmen had set up camps deep in the Kamuku forest of Kaduna state.',
      'Kamuku',
      10.72,
      6.38,
    ],
    [
      'A ranger in Nigeria said kidnappers moved their captives into the Kamuku Game Reserve at dawn.',
      'Kamuku Game Reserve',
      10.72,
      6.38,
    ],
    [
      'Soldiers in Nigeria chased a bandit gang into the Rugu forest in Katsina state last week.',
      'Rugu',
      12.2,
      7.25,
    ],
    [
      'Vigilantes said the kidnappers withdrew into the Rugu forest with stolen cattle, a Nigerian police officer said.',
      'Rugu',
      12.2,
      7.25,
    ],
    [
      'Police in Kano said a gang of kidnappers had hidden in the Falgore forest for weeks.',
      'Falgore',
      10.95,
      8.6,
    ],
    [
      'Rangers in Nigeria found an abandoned camp at the edge of the Falgore forest on Tuesday.',
      'Falgore',
      10.95,
      8.6,
    ],
    [
      'Separatists in Pakistan blew up a rail bridge in the Bolan Pass on Sunday.',
      'Bolan Pass',
      29.65,
      67.45,
    ],
    [
      'Fruit trucks from Quetta were stuck for hours in the Bolan pass after a landslide, Pakistani officials said.',
      'Bolan pass',
      29.65,
      67.45,
    ],
    [
      'Pakistani troops cleared militant hideouts in the Shakai valley of South Waziristan.',
      'Shakai',
      32.55,
      69.8,
    ],
    ['Tribal elders in Pakistan met in the Shakai valley to settle a land dispute.', 'Shakai', 32.55, 69.8],
    [
      'Fighters in Somalia retreated into the Cal Miskaad mountains after the offensive.',
      'Cal Miskaad',
      10.5,
      49.5,
    ],
    [
      'Puntland forces said they had taken two hilltops in Cal Miskaad on Thursday.',
      'Cal Miskaad',
      10.5,
      49.5,
    ],
    ['Egyptian troops searched caves on Jabal al-Halal in north Sinai.', 'Jabal al-Halal', 30.63, 33.95],
    [
      'Bedouin guides in Egypt said smugglers often crossed Jebel Halal by night.',
      'Jebel Halal',
      30.63,
      33.95,
    ],
  ])('%s', (text, name, lat, lon) => {
    expect(near(place(text, name)?.geo, lat, lon, 15)).toBe(true);
  });
});
