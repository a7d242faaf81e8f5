import { describe, expect, it } from 'vitest';
import { near, place } from '../../test/geocode-helpers.js';

// Places the gazetteer lacks or misreads, placed by how news reporting locates them (places26,
// issue #10): the nearest place the text itself names that holds or neighbours them. Every
// sentence here is written for the test; each rule has two sentences or more.

describe('"X in neighbouring Y district": an adjective between the preposition and the division', () => {
  it.each([
    [
      'A policeman was killed when a bomb went off near Jagargunda in neighbouring Sukma district, Indian police said.',
      'Jagargunda',
      18.39,
      81.66,
    ],
    [
      'Gunmen stormed Ngoumboum in the restive Mayo-Tsanaga department, Cameroonian officials said.',
      'Ngoumboum',
      10.74,
      13.8,
    ],
  ])('%s', (text, name, lat, lon) => {
    expect(near(place(text, name)?.geo, lat, lon, 60)).toBe(true);
  });
});

describe('"the village of X in Y" / "X village in Y": a village lies in the town, not at a namesake far off', () => {
  it.each([
    // the tables' Trinidad of the Philippines lies on Bohol, some 120 km east
    [
      'Two rebels were killed in an encounter in the upland village of Trinidad in Guihulngan City, Negros Oriental, the army said.',
      'Trinidad',
      10.12,
      123.27,
    ],
    [
      'Troops burned a camp near Trinidad village in Guihulngan City on Tuesday, Philippine officials said.',
      'Trinidad',
      10.12,
      123.27,
    ],
  ])('%s', (text, name, lat, lon) => {
    expect(near(place(text, name)?.geo, lat, lon, 30)).toBe(true);
  });

  it('keeps a village\'s own reading in "X village in the Y area of Z State"', () => {
    const text = 'Gunmen attacked Tureta village in the Isa area of Sokoto State on Friday.';
    expect(near(place(text, 'Tureta')?.geo, 12.59, 5.54, 20)).toBe(true);
    expect(near(place(text, 'Isa')?.geo, 13.2, 6.4, 20)).toBe(true);
  });
});

describe('"X village in the Y area of Z": Y, a name the lists give people, is a place and holds X', () => {
  it.each([
    [
      'In November, the group killed 15 people in an attack on Mera village in the Augie area of Kebbi State.',
      'Mera',
      12.89,
      4.6,
    ],
    [
      'Bandits raided Dangulbi village in the Augie area of Kebbi State, Nigerian police said.',
      'Dangulbi',
      12.89,
      4.6,
    ],
  ])('%s', (text, name, lat, lon) => {
    expect(place(text, 'Augie')).toBeDefined();
    expect(near(place(text, name)?.geo, lat, lon, 20)).toBe(true);
  });
});

describe('"to X and Teknaf": an untyped name after a place preposition, listed before a place, is a place', () => {
  it.each([
    [
      'The commissioner said extra police would be deployed to Ukhiya and Teknaf, where most of the camps are.',
      'Ukhiya',
    ],
    ['Aid trucks were sent to Ngamdu Kura and Damboa on Monday, Nigerian officials said.', 'Ngamdu Kura'],
  ])('%s', (text, name) => {
    expect(place(text, name)).toBeDefined();
  });
});

describe('a gazetteer name with a possessive, written in capitals in a dateline', () => {
  it.each([
    "COX'S BAZAR, Bangladesh, Oct 12 (AFP) - Two refugees were killed inside a camp, police said Monday.",
    "COX'S BAZAR, Bangladesh (Reuters) - Police said on Monday that two refugees had been shot dead.",
  ])('%s', (text) => {
    expect(near(place(text, "COX'S BAZAR")?.geo, 21.44, 92.0, 20)).toBe(true);
  });
});

describe('"the X district of Y": a district of a town lies in the town', () => {
  it.each([
    ['Police arrested two men in the Sino district of Dushanbe, Tajik officials said.', 'Sino', 38.54, 68.78],
    ['A suspect was picked up at a flat in the Sino district of Dushanbe on Sunday.', 'Sino', 38.54, 68.78],
  ])('%s', (text, name, lat, lon) => {
    expect(near(place(text, name)?.geo, lat, lon, 30)).toBe(true);
  });
});

describe('"near Mandouri, in the X prefecture": a division the tables lack holds the town the text puts in it', () => {
  it.each([
    [
      'Togolese soldiers said gunmen shot dead two village chiefs near Mandouri, in the Kpendjal prefecture, on Thursday.',
      'Kpendjal',
      10.85,
      0.82,
    ],
    [
      'Soldiers were ambushed near Dikwa in Kalabalge district of Borno, Nigerian officials said.',
      'Kalabalge',
      12.04,
      13.92,
    ],
  ])('%s', (text, name, lat, lon) => {
    expect(near(place(text, name)?.geo, lat, lon, 20)).toBe(true);
  });
});

describe('"X, in the western desert of Y province": a place in a stretch of a division', () => {
  it.each([
    [
      'Army troops killed three militants in Wadi Hauran, in the western desert of Anbar province, on Sunday.',
      'Wadi Hauran',
      33.4,
      42.0,
    ],
    [
      'Iraqi officials said ISIS cells still hide at Jabal Makhoul, in the northern hills of Salahuddin province.',
      'Jabal Makhoul',
      34.5,
      43.5,
    ],
  ])('%s', (text, name, lat, lon) => {
    expect(near(place(text, name)?.geo, lat, lon, 60)).toBe(true);
  });
});

describe('"X and neighbouring Y": the neighbour lies near X, not at a great namesake abroad', () => {
  it.each([
    [
      'Colombian officials said dissidents had warned residents of Suárez and neighbouring Buenos Aires not to help the army.',
      'Buenos Aires',
      3.01,
      -76.65,
    ],
    [
      'Paramilitaries were seen in Tierralta and neighbouring Valencia last week, residents said.',
      'Valencia',
      8.26,
      -76.15,
    ],
  ])('%s', (text, name, lat, lon) => {
    expect(near(place(text, name)?.geo, lat, lon, 50)).toBe(true);
  });

  it('a country keeps its own point ("Niger and neighbouring Chad")', () => {
    expect(place('Troops moved from Niger and neighbouring Chad.', 'Chad')?.geo?.country).toBe('TD');
  });
});

describe('"the X forest near Y": a forest is a feature the words around it place; no spelling abroad', () => {
  it.each([
    [
      'The warlord controls a string of camps in the Kamuku forest near Birnin Gwari in Kaduna State, the officer said.',
      'Kamuku',
      10.66,
      6.54,
    ],
    [
      'Bandits hold camps in the Kuyambana forest near Dansadau in Zamfara, Nigerian officials said.',
      'Kuyambana',
      11.3,
      6.5,
    ],
  ])('%s', (text, name, lat, lon) => {
    expect(near(place(text, name)?.geo, lat, lon, 30)).toBe(true);
  });

  it('a name read only under the spelling of a town in a country the story never names is left unplaced', () => {
    const g = place(
      'Gunmen hold camps in the Kamuku forest and raid the farms around it, Nigerian officials said.',
      'Kamuku',
    )?.geo;
    expect(g?.country ?? null).not.toBe('PK');
  });
});

describe('"X camp in southeastern Bangladesh": no point of a report\'s focus in another country', () => {
  it.each([
    [
      'Rakhine State has seen heavy fighting. Thousands fled Rakhine State this year, and Rakhine State remains cut off.\n\nTwo refugees were killed inside the Kutupalong camp in southeastern Bangladesh, police said.',
      'Kutupalong',
    ],
    [
      'Fighting raged in Tillaberi on Monday. Tillaberi is cut off, and aid to Tillaberi has stopped.\n\nSoldiers later searched the Gorom camp in northern Burkina Faso, officials said.',
      'Gorom',
    ],
  ])('%s', (text, name) => {
    const g = place(text, name)?.geo;
    expect(g?.country ?? null).not.toBe(text.startsWith('Rakhine') ? 'MM' : 'NE');
  });
});
