import { describe, expect, it } from 'vitest';
import { foldKey } from './fold.js';
import { loadOrgs } from './orgs.js';

const orgs = loadOrgs();

describe('organisation gazetteer', () => {
  it.each([
    ['Tehreek-e-Taliban Pakistan', 'TTP'],
    ['Tehrik-i-Taliban Pakistan', 'TTP'],
    ['Pakistani Taliban', 'TTP'],
    ['al-Qaida', 'Al Qaeda'],
    ['Al Qaeda', 'Al Qaeda'],
    ["AL QA'IDA", 'Al Qaeda'],
    ['Daesh', 'ISIS'],
    ['Islamic State of Iraq and the Levant', 'ISIS'],
    ['Lashkar-e-Toiba', 'LeT'],
    ['Jaish-e-Mohammed', 'JeM'],
    ['Jamaatul Ahrar', 'JuA'],
    ['Hizbut Tahrir', 'HT'],
    ['Sipah-e-Sahaba', 'SSP'],
  ])('%s is the group known as %s', (surface, acronym) => {
    const hit = orgs.lookup(surface);
    expect(hit).toBeDefined();
    expect(hit).toBe(orgs.lookup(acronym));
  });

  it('assigns kinds', () => {
    expect(orgs.lookup('Haqqani Network')?.kind).toBe('militant group');
    expect(orgs.lookup('Interior Ministry')?.kind).toBe('government');
    expect(orgs.lookup('ISI')?.kind).toBe('security agency');
    expect(orgs.lookup('PML-N')?.kind).toBe('political party');
    expect(orgs.lookup('Reuters')?.kind).toBe('news agency');
    expect(orgs.lookup('Ahle Hadith')?.kind).toBe('religious institution');
    expect(orgs.lookup('NATO')?.kind).toBe('international organization');
  });

  it('matches acronyms only when written as acronyms', () => {
    expect(orgs.lookup('LeT')?.name).toBe('Lashkar-e-Taiba');
    expect(orgs.lookup('let')).toBeUndefined();
    expect(orgs.lookup('Who')).toBeUndefined();
    expect(orgs.lookup('WHO')?.name).toBe('World Health Organization');
  });

  it('folds the watchlist records into the curated entry for the same group', () => {
    const ttp = orgs.lookup('TTP')!;
    expect(ttp.source).toMatch(/curated/);
    expect(ttp.source).toMatch(/UN consolidated list 2015/);
    expect(ttp.ids).toContain('UN:QDe.132');
    expect(ttp.ids).toContain('OFAC:12206');
  });

  it('keeps watchlist-only groups reachable under their list names', () => {
    const hit = orgs.lookup('Tariq Gidar Group');
    expect(hit?.kind).toBe('militant group');
    expect(hit?.source).toBe('OFAC SDN 2021');
  });

  it('tolerates spelling drift only through lookupLoose', () => {
    expect(orgs.lookup('Al Queda')).toBe(orgs.lookup('Al Qaeda'));
    expect(orgs.lookup('Al Qaedaa')).toBeUndefined();
    expect(orgs.lookupLoose('Al Qaedaa')).toBe(orgs.lookup('Al Qaeda'));
    expect(orgs.lookupLoose('Homs')).toBeUndefined();
    expect(orgs.lookupLoose('Lashkar-e-Tayyiba')).toBe(orgs.lookup('Lashkar-e-Taiba'));
    // a person's title is not the ministry
    expect(orgs.lookupLoose('Interior Minister')).toBeUndefined();
  });

  it('takes no kunya or full name for a group whose skeleton it shares', () => {
    // "abu yusuf" and "abu sayyaf" both reduce to "absf"; Yusuf is a given name the group's names lack
    expect(orgs.lookupLoose('Abu Yusuf')).toBeUndefined();
    expect(orgs.lookupLoose('Abu Yousuf')).toBeUndefined();
    // a spelling of the group's own words still finds it
    expect(orgs.lookupLoose('Abu Sayaf')).toBe(orgs.lookup('Abu Sayyaf'));
  });

  it('lets the first entry claim a contested name', () => {
    // Names and acronyms that two entries of the shipped gazetteer both carry: the
    // earlier entry (curated before watchlist-derived) keeps each of them.
    const entries = orgs.entries();
    const firstByName = new Map<string, number>();
    const firstByAcronym = new Map<string, number>();
    const contestedNames = new Set<string>();
    const contestedAcronyms = new Set<string>();
    entries.forEach((e, i) => {
      for (const n of [e.name, ...e.aliases]) {
        const k = foldKey(n);
        const first = firstByName.get(k);
        if (first === undefined) firstByName.set(k, i);
        else if (first !== i) contestedNames.add(k);
      }
      for (const a of e.acronyms) {
        const k = foldKey(a);
        const first = firstByAcronym.get(k);
        if (first === undefined) firstByAcronym.set(k, i);
        else if (first !== i) contestedAcronyms.add(k);
      }
    });
    expect(contestedNames.size).toBeGreaterThan(1);
    expect(contestedAcronyms.size).toBeGreaterThan(1);
    // lower case is never read as an acronym, so the name table decides
    for (const k of contestedNames) expect(orgs.lookup(k), k).toBe(entries[firstByName.get(k)!]);
    for (const k of contestedAcronyms)
      expect(orgs.lookup(k.toUpperCase()), k).toBe(entries[firstByAcronym.get(k)!]);
    expect(orgs.lookup('AQIM')?.name).toBe('Al Qaeda in the Islamic Maghreb');
    expect(orgs.lookup('naqshbandi army')?.name).toBe('Jaysh Rijal al-Tariqa al-Naqshbandia');
  });

  it('has clean data: a source on every entry, no one- or two-letter names', () => {
    for (const e of orgs.entries()) {
      expect(e.source, e.name).toBeTruthy();
      for (const n of [e.name, ...e.aliases])
        expect(n.replace(/[^A-Za-z0-9]/g, '').length, n).toBeGreaterThan(2);
      for (const a of e.acronyms) expect(a.replace(/[^A-Za-z0-9]/g, '').length, a).toBeGreaterThan(1);
    }
  });

  it('answers 100k lookups in well under a second', () => {
    const names = [
      'TTP',
      'Al Qaeda',
      'Lahore',
      'Interior Ministry',
      'Tehreek-e-Taliban Pakistan',
      'Muhammad Tanvir',
    ];
    const t = performance.now();
    for (let i = 0; i < 100_000; i++) orgs.lookup(names[i % names.length]);
    expect(performance.now() - t).toBeLessThan(1000);
  });
});
