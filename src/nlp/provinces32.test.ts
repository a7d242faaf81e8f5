import { describe, expect, it } from 'vitest';
import { defaultLexicon } from './lexicon-default.js';
import { findMentions } from './mentions.js';
import { segment } from './segment.js';

const find = (text: string, surface: string) =>
  findMentions(segment(text), defaultLexicon()).find((m) => m.text === surface);

describe('provinces32: a province a group owns, or one named after a country or a region of several, is a branch', () => {
  it('reads a known region before "Province" as a group when "of" names the group after it', () => {
    expect(
      find(
        'Gunmen of the Khorasan Province of the Islamic State shot two tailors in Herat.',
        'Khorasan Province',
      )?.type,
    ).toBe('organization');
    expect(
      find('A video by the Sahel Province of ISIS showed the burned trucks.', 'Sahel Province')?.type,
    ).toBe('organization');
  });

  it('reads a country before "Province" as a group (no state has a province named after a country)', () => {
    expect(
      find('The Mozambique Province of IS posted pictures of looted shops.', 'Mozambique Province')?.type,
    ).toBe('organization');
    expect(
      find('A young offshoot, Pakistan Province, said it had planted the bomb.', 'Pakistan Province')?.type,
    ).toBe('organization');
  });

  it('takes the gazetteer key of the branch it names, so the full name joins it', () => {
    const m = find(
      'Recruits of the West Africa Province of the Islamic State fled the camp.',
      'West Africa Province',
    );
    expect(m?.type).toBe('organization');
    expect(m?.key).toMatch(/Islamic State West Africa Province/);
    expect(
      find('Late on Friday the Sahel Province of IS freed four herders.', 'Sahel Province')?.key,
    ).toMatch(/Islamic State Sahel Province/);
  });

  it("keeps a state's province a place: after a preposition, or named after a place inside one country", () => {
    expect(find('The governor of Logar Province visited the wounded pupils.', 'Logar Province')?.type).toBe(
      'place',
    );
    expect(
      find('Farmers in Helmand Province sold their wheat early this year.', 'Helmand Province')?.type,
    ).toBe('place');
    expect(find('Flooding in Panama Province closed two bridges.', 'Panama')?.type).toBe('place');
  });
});

describe('provinces32: what armed men attack, named by a bare unknown word, is ground', () => {
  it('types the object of "attacked" as a place after fighters, gunmen or a branch', () => {
    expect(find('Insurgent fighters attacked Nangolo before dawn on Tuesday.', 'Nangolo')?.type).toBe(
      'place',
    );
    expect(find('Gunmen on motorbikes attacked Kiwetu and burned the clinic.', 'Kiwetu')?.type).toBe('place');
    expect(find('The Sahel Province of IS attacked Dorkana, a market town.', 'Dorkana')?.type).toBe('place');
  });

  it('leaves a person the text named before, and an attack with no armed doer, alone', () => {
    expect(
      find('Rhoda Nangolo spoke first. Then militants attacked Nangolo outside her house.', 'Nangolo')?.type,
    ).not.toBe('place');
    expect(find('The senator attacked Kiwetu over the budget on Monday.', 'Kiwetu')?.type).not.toBe('place');
  });
});
