import { describe, expect, it } from 'vitest';
import { find, near, place } from '../../test/geocode-helpers.js';

// places29 (issue #10): places on articles no rule was fitted to. Every sentence here is written
// for the test; the villages' names are made up, the towns and divisions are real.

const typeOf = (text: string, name: string) => find(text, name).map((e) => e.type);

describe('"X, about 30 km from Y": a bearing left unsaid, Y near enough, takes Y\'s point', () => {
  it.each([
    [
      'Gunmen raided Kobrato, about 30 km from Maiduguri, on Sunday, residents of Borno said.',
      'Kobrato',
      11.85,
      13.16,
    ],
    [
      'The convoy was ambushed in Sinkelu, a village some 25 kilometres outside Kandahar, Afghan officials said.',
      'Sinkelu',
      31.61,
      65.71,
    ],
    ['Troops camped in Wadoro, 20 miles outside Maiduguri, the Nigerian army said.', 'Wadoro', 11.85, 13.16],
    ['Gunmen raided Sinkelu, some 40 km from Kandahar, Afghan officials said.', 'Sinkelu', 31.61, 65.71],
  ])('%s', (text, name, lat, lon) => {
    const g = place(text, name)?.geo;
    expect(near(g, lat, lon, 10)).toBe(true);
    expect(g?.near).toBeTruthy();
  });

  it('a place farther than 50 km that way is not put at the town', () => {
    const g = place(
      'Troops camped in Wadoro, some 120 km from Maiduguri, on Friday, the Nigerian army said.',
      'Wadoro',
    );
    expect(g?.geo ?? null).toBeNull();
  });
});

describe('"X, a town in Y": Y a division the gazetteer knows, its noun unwritten', () => {
  it.each([
    [
      'Drones struck a house in Datta Khel Bala, a town in North Waziristan, Pakistani officials said.',
      'Datta Khel Bala',
      'North Waziristan',
    ],
    [
      'Jihadists killed nine herders in Kolodari, a village in Borno, Nigerian police said.',
      'Kolodari',
      'Borno',
    ],
  ])('%s', (text, name, anchor) => {
    const g = place(text, name)?.geo;
    expect(g?.near).toBe(anchor);
    expect(near(g, place(text, anchor)!.geo!.lat, place(text, anchor)!.geo!.lon, 1)).toBe(true);
  });
});

describe('a division whose bare name is a city elsewhere or a word, named with its noun', () => {
  it.each([
    [
      'Puntland forces killed nine fighters in the Bari region of Somalia on Sunday.',
      'Bari',
      'SO',
      10.6,
      49.9,
    ],
    [
      'Dissident guerrillas clashed with the army in Meta department, Colombian officials said.',
      'Meta',
      'CO',
      3.6,
      -73.7,
    ],
    ['Rebels ambushed a patrol in rural Meta department of Colombia.', 'Meta', 'CO', 3.6, -73.7],
  ])('%s', (text, name, country, lat, lon) => {
    const p = place(text, name);
    expect(p?.geo?.country).toBe(country);
    expect(near(p?.geo, lat, lon, 100)).toBe(true);
  });

  it('the bare name in a story about the city keeps the city', () => {
    expect(place('Fans in Bari cheered the team on Sunday, Italian media said.', 'Bari')?.geo?.country).toBe(
      'IT',
    );
  });

  it('a company named without a department noun stays a company', () => {
    expect(typeOf('Shares of Meta fell on Monday.', 'Meta')).toEqual(['organization']);
    expect(typeOf('Meta said the region would get new data centres.', 'Meta')).toEqual(['organization']);
  });
});

describe('"the provinces (districts …) of A and B" opens a list of places', () => {
  it.each([
    ['Dissident units recruit in the provinces of Meta and Arauca, the Colombian army said.', 'Meta'],
    ['Raids were reported in the districts of Kobrato and Sinkelu, Nigerian police said.', 'Kobrato'],
    ['Raids were reported in the districts of Kobrato and Sinkelu, Nigerian police said.', 'Sinkelu'],
  ])('%s (%s)', (text, name) => {
    expect(typeOf(text, name)).toEqual(['place']);
  });
});

describe('a name after a verb of going and "to" is where they went', () => {
  it.each([
    // flee, and "back" between
    ['Families fled to Dargol on Monday after the raid in Niger.', 'Dargol'],
    ['Many villagers fled back to Tarkhel Bala after the raid, residents of Khyber said.', 'Tarkhel Bala'],
    // move
    ['The rebels moved to Kobari before the rains.', 'Kobari'],
    ['Herders have moved to Sawandi with their cattle, elders said.', 'Sawandi'],
    // return, and "home" between
    ['The displaced returned home to Mabruka last week.', 'Mabruka'],
    ['Fighters returned to Dangora after the truce.', 'Dangora'],
    // travel
    ['The delegation travelled to Bokoloma for talks.', 'Bokoloma'],
    ['Officials traveled back to Kunduri on Friday.', 'Kunduri'],
    // deploy
    ['Troops were deployed to Kobari after the attack.', 'Kobari'],
    ['The police deployed home to Sawandi two squads.', 'Sawandi'],
    // retreat
    ['The insurgents retreated to Mabruka under fire.', 'Mabruka'],
    ['Soldiers retreated back to Dangora, a witness said.', 'Dangora'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toEqual(['place']);
  });

  it.each([
    // a given name alone after "to" is a person's
    ['Power returned to Sharif after the vote in Pakistan.', 'Sharif'],
  ])('a person: %s', (text, name) => {
    expect(typeOf(text, name)).toEqual(['person']);
  });

  it('no verb of going: no place', () => {
    expect(typeOf('He handed the letter to Dargol on Monday.', 'Dargol')).not.toContain('place');
  });
});

describe('a name that a word of a South Asian place name ends or opens is a place', () => {
  it.each([
    ['Soldiers raided Gul Mohammad Khel overnight and arrested four suspects.', 'Gul Mohammad Khel'],
    ['Elders from Sardar Khel met the army on Monday.', 'Sardar Khel'],
    ['Security forces cordoned off Karim Abad after the blast.', 'Karim Abad'],
    ['Shops in Hassan Abad stayed shut on Friday.', 'Hassan Abad'],
    ['The drone hit a house in Mian Kalay, residents said.', 'Mian Kalay'],
    ['Police searched Sher Kalay for the kidnappers.', 'Sher Kalay'],
    ['Gunmen attacked a checkpoint outside Qila Rahman on Sunday.', 'Qila Rahman'],
    ['Traders from Qila Yusuf closed the market.', 'Qila Yusuf'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toEqual(['place']);
  });

  it.each([
    // a speech verb after it is a speaker's
    ['Ahmad Khel said the elders would meet again.', 'Ahmad Khel'],
    ['Qila Malik told reporters the talks had failed.', 'Qila Malik'],
  ])('not a place: %s', (text, name) => {
    expect(typeOf(text, name)).not.toContain('place');
  });
});

describe('"X, a commune (hamlet, locality, tehsil) …": an apposition whose head is a small place', () => {
  it.each([
    ['Gunmen attacked Dargol, a commune in western Niger.', 'Dargol'],
    ['Villagers from Sankoro, a commune near the border, fled south.', 'Sankoro'],
    ['Soldiers searched Mbakolo, a hamlet near the river, in Cameroon.', 'Mbakolo'],
    ['Police raided Wandali, a remote hamlet, on Monday.', 'Wandali'],
    ['The army cleared Kosemba, a locality north of the town.', 'Kosemba'],
    ['Rebels entered Bulengo, a locality in the hills.', 'Bulengo'],
    ['Militants attacked a post in Darwesh, a tehsil of the district.', 'Darwesh'],
    ['Protests spread to Shinkai, a tehsil in the south.', 'Shinkai'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toEqual(['place']);
  });

  it("a person's noun after the place noun heads the apposition", () => {
    expect(typeOf('Dargol, a commune official, said the gunmen left at dawn.', 'Dargol')).not.toContain(
      'place',
    );
  });
});

describe("a report's focus: a tie between two towns goes to the one its lead names", () => {
  it.each([
    [
      'Militants attacked a police post in Bannu on Monday, killing two constables, officials said.\n\nPolice in Bannu said the attackers escaped on motorcycles. In a separate incident, gunmen fired at a school bus in Kohat, and a teacher from Kohat was wounded.\n\nThe attackers were later traced to Mirak Shah village, a police officer said.',
      'Mirak Shah',
      'Bannu',
    ],
    [
      'Jihadists set fire to shops in a market in Yola on Friday, witnesses said.\n\nTraders in Yola said the attackers came at dawn. Separately, soldiers repelled an assault on a base in Maiduguri, and a curfew was declared in Maiduguri.\n\nSurvivors said the gunmen had camped near Dumbari village before the raid.',
      'Dumbari',
      'Yola',
    ],
  ])('%#', (text, name, focus) => {
    expect(place(text, name)?.geo?.near).toBe(focus);
  });
});

describe('", a neighbouring village (hamlet, camp)" after a name makes it a small place of the focus', () => {
  it.each([
    [
      'KADUNA, Nigeria — Bandits abducted 35 worshippers from a church in Kajuru on Sunday, police said.\n\nResidents of Maro, a neighbouring village, said the gunmen came on motorcycles.',
      'Maro',
      'Kajuru',
    ],
    [
      'Gunmen killed four farmers near Tillaberi on Friday, officials in Niger said.\n\nSurvivors fled to Koutougou, a small village on the road, and hid there overnight.',
      'Koutougou',
      'Tillaberi',
    ],
    [
      'Bandits stormed a market in Kajuru on Monday, police in Nigeria said.\n\nThey later burned Gidan Maro, a farming hamlet, before dawn.',
      'Gidan Maro',
      'Kajuru',
    ],
    [
      'Jihadists attacked an army post near Tillaberi on Sunday, the ministry in Niger said.\n\nA herder from Waramba, a hamlet near the river, was killed.',
      'Waramba',
      'Tillaberi',
    ],
    [
      'Militants raided a police station in Bannu on Tuesday, officials in Pakistan said.\n\nPolice later searched Kandaw, a camp near the road, for the attackers.',
      'Kandaw',
      'Bannu',
    ],
    [
      'Fighters shelled Kajuru on Friday, residents in Nigeria said.\n\nFamilies sheltered in Kurmin Doka, a camp in the hills, overnight.',
      'Kurmin Doka',
      'Kajuru',
    ],
  ])('%#', (text, name, focus) => {
    expect(place(text, name)?.geo?.near).toBe(focus);
  });
});
