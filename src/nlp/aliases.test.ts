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
