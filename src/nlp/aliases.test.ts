import { describe, expect, it } from 'vitest';
import { extract } from './pipeline.js';

const entitiesOf = (text: string) =>
  extract({ title: null, published: '2021-03-02', url: null, text }).entities.map((e) => ({
    type: e.type,
    names: [e.name, ...e.aliases],
  }));
const holding = (text: string, name: string) => entitiesOf(text).filter((e) => e.names.includes(name));

describe('alias cues join two names into one entity', () => {
  it.each([
    [
      'Police arrested Hafiz Gul Bahadur, also known as Mullah Sadiq, in Bannu on Tuesday.',
      'Hafiz Gul Bahadur',
      'Mullah Sadiq',
    ],
    [
      'The spokesman, Muhammad Khurasani, alias Abu Umar, said the attack would continue.',
      'Muhammad Khurasani',
      'Abu Umar',
    ],
    [
      'Officials said Abdul Wali, better known as Omar Khalid Khurasani, had fled to Kunar.',
      'Abdul Wali',
      'Omar Khalid Khurasani',
    ],
    [
      'Witnesses said Saifullah Mehsud (also known as Qari Saif) led the raid in Tank.',
      'Saifullah Mehsud',
      'Qari Saif',
    ],
    [
      'The group was led by Sanaullah Ghafari, an Afghan also known as Shahab al-Muhajir, the report said.',
      'Sanaullah Ghafari',
      'Shahab al-Muhajir',
    ],
    [
      'Hayat Tahrir al-Sham, the group formerly known as the Nusra Front, captured the town.',
      'Hayat Tahrir al-Sham',
      'Nusra Front',
    ],
  ])('%s', (text, a, b) => {
    const hits = holding(text, a);
    expect(hits).toHaveLength(1);
    expect(hits[0].names).toContain(b);
    expect(['person', 'organization']).toContain(hits[0].type);
  });

  it('leaves two people named side by side apart', () => {
    const text =
      'Police arrested Hafiz Gul Bahadur and Qari Saifullah Mehsud in Bannu. Hafiz Gul Bahadur, Qari Saifullah Mehsud and two others were charged.';
    expect(holding(text, 'Hafiz Gul Bahadur')[0]?.names).not.toContain('Qari Saifullah Mehsud');
  });

  it('does not read "known to police as" a smuggler as a name', () => {
    const text =
      'Police said Qari Saifullah Mehsud, known to police in Tank as a smuggler, had fled to Kabul.';
    expect(holding(text, 'Qari Saifullah Mehsud')[0]?.names).not.toContain('Tank');
  });
});

describe('"X, whose formal name is Y (Z)" joins all three', () => {
  it.each([
    [
      "The Levant Liberation Committee, whose full name is Hay'at Tahrir al-Sham (HTS), rules the province.",
      'Levant Liberation Committee',
      "Hay'at Tahrir al-Sham",
      'HTS',
    ],
    [
      'The Sahel Defence Front, whose formal name is Jabhat Difa al-Sahil (JDS), denied the claim.',
      'Sahel Defence Front',
      'Jabhat Difa al-Sahil',
      'JDS',
    ],
  ])('%s', (text, a, b, c) => {
    const [e] = holding(text, a);
    expect(e?.type).toBe('organization');
    expect(e?.names).toEqual(expect.arrayContaining([a, b, c]));
  });
});

describe('one thing by two names, without a cue (mentions3)', () => {
  it('joins two names of one gazetteer place ("Londonderry" and "Derry", "Kiev" and "Kyiv")', () => {
    for (const [text, a, b] of [
      [
        'A car bomb exploded in Londonderry on Friday. Two men were held in Derry on Sunday.',
        'Londonderry',
        'Derry',
      ],
      ['Talks opened in Kiev in May. By June the delegates had left Kyiv.', 'Kiev', 'Kyiv'],
    ]) {
      const hits = holding(text, a);
      expect(hits, text).toHaveLength(1);
      expect(hits[0].names, text).toContain(b);
    }
    // "New York" beside "New York City" may be the state: names that share a word stay apart
    expect(holding('He moved from New York City to a farm in upstate New York.', 'New York')).toHaveLength(1);
  });

  it('joins a country\'s short name to its "… of the X" name, not "China" to "Republic of China"', () => {
    for (const text of [
      'Rebels attacked a town in the Democratic Republic of the Congo. The army of Congo sent troops.',
      'Refugees fled the Democratic Republic of the Congo for Uganda, and some returned to Congo later.',
    ]) {
      expect(holding(text, 'Democratic Republic of the Congo')[0]?.names, text).toContain('Congo');
    }
    const x = entitiesOf('The Republic of China protested. China replied on Monday.');
    expect(x.filter((e) => e.type === 'place')).toHaveLength(2);
  });

  it('joins a body\'s word alone to the group last named with it ("the Brigades", "the Front")', () => {
    expect(
      holding(
        'The Free Youth Brigades (FYB) claimed the raid. Officials said the Brigades number a few dozen.',
        'Free Youth Brigades',
      )[0]?.names,
    ).toContain('Brigades');
    expect(
      holding(
        'The Mountain Patriots Front was formed in May. In June the Front denied any role.',
        'Mountain Patriots Front',
      )[0]?.names,
    ).toContain('Front');
  });

  it('takes "known by its acronym X" as an alias cue', () => {
    expect(
      holding(
        'They fought the Sahel Salvation Movement, known by its French acronym MSS, for years.',
        'MSS',
      )[0]?.names,
    ).toContain('Sahel Salvation Movement');
    expect(
      holding('The Patriotic Union Council, known by the initials CUP, denied it.', 'CUP')[0]?.names,
    ).toContain('Patriotic Union Council');
  });
});
