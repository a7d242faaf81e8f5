import { describe, expect, it } from 'vitest';
import { canonicalName, type Entity, resolveEntities } from './entities.js';
import { defaultLexicon } from './lexicon-default.js';
import { findMentions } from './mentions.js';
import { extract } from './pipeline.js';
import { segment } from './segment.js';

const resolve = (text: string) => {
  const lex = defaultLexicon();
  const mentions = findMentions(segment(text), lex);
  return { mentions, ...resolveEntities(mentions, lex) };
};
const people = (ents: Entity[]) => ents.filter((e) => e.type === 'person');
const holding = (ents: Entity[], surface: string) => ents.filter((e) => e.surfaces.includes(surface));

describe('resolveEntities', () => {
  it('assigns every mention it keeps to an entity that lists the mention', () => {
    const { mentions, entities, mentionEntity } = resolve(
      'Ibad Khan, a student from Sialkot, was detained. Khan denied the charge.',
    );
    mentionEntity.forEach((ei, mi) => {
      if (ei < 0) return;
      expect(entities[ei].mentions).toContain(mi);
      expect(entities[ei].surfaces).toContain(mentions[mi].text);
    });
  });

  it('merges transliteration variants of one name', () => {
    const { entities } = resolve(
      'Mohammad Ali Khorasani addressed the fighters. Later, Muhammad Ali Khurasani left for Kabul.',
    );
    const ps = people(entities);
    expect(ps).toHaveLength(1);
    expect(ps[0].surfaces).toEqual(
      expect.arrayContaining(['Mohammad Ali Khorasani', 'Muhammad Ali Khurasani']),
    );
  });

  it('joins a surname to the person most recently named with it', () => {
    const { entities } = resolve(
      'Hafiz Saeed Khan spoke on Monday. Ahmed Raza Khan spoke on Tuesday. Khan said the talks had failed.',
    );
    const [khan] = holding(entities, 'Khan');
    expect(khan?.surfaces).toContain('Ahmed Raza Khan');
    expect(people(entities)).toHaveLength(2);
  });

  it('keeps two people who share a surname apart', () => {
    const { entities } = resolve(
      'Tariq Mehmood led the protest in Lahore. His cousin Asad Mehmood joined the march on Friday.',
    );
    const ps = people(entities);
    expect(ps.map((e) => canonicalName(e)).sort()).toEqual(['Asad Mehmood', 'Tariq Mehmood']);
  });

  it('makes an acronym and its defined expansion one entity, and later uses of the acronym join it', () => {
    const { entities } = resolve(
      'Officials of the Counter Terrorism Department (CTD) raided the house. The CTD said four men were held.',
    );
    const orgs = entities.filter((e) => e.type === 'organization');
    expect(orgs).toHaveLength(1);
    expect(orgs[0].surfaces).toEqual(expect.arrayContaining(['Counter Terrorism Department', 'CTD']));
    expect(orgs[0].mentions).toHaveLength(3);
    expect(canonicalName(orgs[0])).toBe('Counter Terrorism Department');
  });

  it('names a titled person by the untitled fullest form', () => {
    const { entities } = resolve('Gen. Raheel Sharif visited the troops. Sharif praised the soldiers.');
    const ps = people(entities);
    expect(ps).toHaveLength(1);
    expect(canonicalName(ps[0])).toBe('Raheel Sharif');
    expect(ps[0].title).toBe('General');
  });

  it('sets a naval rank aside too: "Commodore X"', () => {
    for (const [text, name, title] of [
      [
        'Commodore Andrew Fleet met reporters. Later Fleet said the ships would stay.',
        'Andrew Fleet',
        'Commodore',
      ],
      [
        'The task force is led by Commodore Lisa Tran. Tran said the drill went well.',
        'Lisa Tran',
        'Commodore',
      ],
    ]) {
      const ps = people(resolve(text).entities);
      expect(ps).toHaveLength(1);
      expect(canonicalName(ps[0])).toBe(name);
      expect(ps[0].title).toBe(title);
    }
  });

  it('names "Interior Minister X" and "Home Secretary X" without the portfolio', () => {
    for (const [text, name] of [
      ['According to Interior Minister Karim Haddad, the border will reopen.', 'Karim Haddad'],
      ['Home Affairs Secretary Ellen Marsh visited the port on Friday.', 'Ellen Marsh'],
      ['Prime Minister Omar Zaki met the envoys.', 'Omar Zaki'],
    ]) {
      const ps = people(resolve(text).entities);
      expect(ps).toHaveLength(1);
      expect(canonicalName(ps[0])).toBe(name);
    }
  });

  it('sets "Leader" and "Speaker" aside as titles: "Opposition Leader X", "Speaker X"', () => {
    for (const [text, name, title] of [
      ['Opposition Leader Hamid Sultani walked out of the session.', 'Hamid Sultani', 'Leader'],
      ['Supreme Leader Ayatollah Reza Kazemi spoke after prayers.', 'Reza Kazemi', 'Leader Ayatollah'],
      ['Speaker Nasreen Jalil adjourned the assembly.', 'Nasreen Jalil', 'Speaker'],
    ]) {
      const ps = people(resolve(text).entities);
      expect(ps).toHaveLength(1);
      expect(canonicalName(ps[0])).toBe(name);
      expect(ps[0].title).toBe(title);
    }
  });

  it('keeps a place and an organisation with different names apart', () => {
    const { entities } = resolve('Lashkar-e-Taiba runs offices in Lahore and Muridke.');
    expect(entities.map((e) => [e.type, canonicalName(e)])).toEqual([
      ['organization', 'Lashkar-e-Taiba'],
      ['place', 'Lahore'],
      ['place', 'Muridke'],
    ]);
  });
});

describe('resolveEntities: a place and the nisba formed from it', () => {
  it('"Kohsar" (the hills) does not join "Abdul Basit Kohsari" (the man from them)', () => {
    const x = extract({
      title: null,
      published: null,
      url: null,
      text: 'Abdul Basit Kohsari, the TFK spokesman, spoke on Monday. Fighting spread across the Kohsar hills, where Kohsari was born.',
    });
    const person = x.entities.find((e) => e.name === 'Abdul Basit Kohsari');
    expect(person?.aliases).not.toContain('Kohsar');
    expect(x.entities.find((e) => e.type === 'place' && /^Kohsar/.test(e.name))).toBeDefined();
  });
});

describe('resolveEntities: a shorter form with its honorific', () => {
  it('"Maulana Fazal Wahid" is "Maulana Fazal Wahid Zarnoshi" named again', () => {
    const x = extract({
      title: null,
      published: null,
      url: null,
      text: 'Maulana Fazal Wahid Zarnoshi runs a seminary. “We send nobody to the mountains,” Maulana Fazal Wahid said.',
    });
    const people = x.entities.filter((e) => e.type === 'person');
    expect(people).toHaveLength(1);
    expect(people[0].aliases).toContain('Maulana Fazal Wahid');
  });
});
