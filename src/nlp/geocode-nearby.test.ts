import { describe, expect, it } from 'vitest';
import { near, place } from '../../test/geocode-helpers.js';

describe('a town named alike elsewhere in its country, in a report about one area', () => {
  it('is the namesake near the other places the report names', () => {
    // Aurangabad of Bihar, not the larger one of Maharashtra
    const a = place(
      'Police in Bihar said Maoist rebels torched two trucks near Gaya on Monday. A day later they blew up a culvert outside Patna and a phone tower in Aurangabad.',
      'Aurangabad',
    );
    expect(near(a?.geo, 24.75, 84.37)).toBe(true);
    // Bilaspur of Himachal Pradesh, not Chhattisgarh's city
    const b = place(
      'Landslides blocked roads between Shimla and Mandi on Tuesday, and a bus fell into a gorge in Bilaspur, officials said.',
      'Bilaspur',
    );
    expect(near(b?.geo, 31.33, 76.76)).toBe(true);
  });

  it('keeps the usual reading where the report names no area of its own', () => {
    const a = place('Rebels attacked a police post in Aurangabad on Monday, officials said.', 'Aurangabad');
    expect(near(a?.geo, 19.88, 75.34)).toBe(true);
    const b = place(
      'Police in Maharashtra said the men were held in Aurangabad after a raid near Jalna.',
      'Aurangabad',
    );
    expect(near(b?.geo, 19.88, 75.34)).toBe(true);
  });
});

describe('a name the tables have only under another spelling', () => {
  it('is found in the article country under its other spelling', () => {
    // "Sopore" for the tables' "Sopur"; "Bara" for Sudan's "Barah"
    const a = place(
      'SRINAGAR, India - Police in Indian Kashmir said two militants were killed in a gunfight in Sopore on Friday.',
      'Sopore',
    );
    expect(near(a?.geo, 34.29, 74.47)).toBe(true);
    const b = place(
      'KHARTOUM, Sudan - Sudanese army units retook the town of Bara in North Kordofan on Sunday, a military spokesman said.',
      'Bara',
    );
    expect(near(b?.geo, 13.7, 30.37)).toBe(true);
  });
});

describe('a town found only under another spelling, far from the towns around it', () => {
  it('is not placed at the far namesake', () => {
    // "Sariab" reads as Balochistan's "Surab" by its consonants, 400 km from Karachi
    const a = place(
      'Police in Karachi said the two men came from the Sariab area and were arrested in Hyderabad and Karachi on Monday.',
      'Sariab',
    );
    expect(a?.geo?.source ?? '').not.toBe('geonames:1164306');
    // "Pampore" reads as Pune's "Pimpri", not a town of Kashmir
    const b = place(
      'Militants attacked an army convoy near Pampore on the highway between Srinagar and Awantipora, police said.',
      'Pampore',
    );
    expect(!b?.geo || near(b.geo, 34.02, 74.93, 60)).toBe(true);
  });
});
