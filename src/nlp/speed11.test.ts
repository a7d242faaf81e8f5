import { describe, expect, it } from 'vitest';
import { loadParser } from './parser/index.js';
import { extract } from './pipeline.js';

// speed11 reordered cheap tests before gazetteer look-ups; these pin the answers that the
// reordering must keep. Every sentence here is written for the test.

const entitiesOf = (text: string) =>
  extract({ title: null, published: '2026-11-20', url: null, text }).entities.map((e) => ({
    type: e.type,
    names: [e.name, ...e.aliases],
  }));

describe('a quoted nickname needs a name word before it', () => {
  it.each([
    ['Police say Karim "The Tailor" Bashiri ran the cell until his arrest. Bashiri denies it.', 'Bashiri'],
    ['The court heard that Nadia "Little Bird" Haddad kept the accounts. Haddad was 28.', 'Haddad'],
  ])('%s', (text, surname) => {
    const people = entitiesOf(text).filter((e) => e.type === 'person');
    expect(people).toHaveLength(1);
    expect(people[0].names.some((n) => n.includes('"') && n.endsWith(surname))).toBe(true);
  });

  it.each([
    // a place or a common word before the quotes opens no person's name
    'Traffic near Kabul "Green Zone" Checkpoints slowed on Monday, drivers said.',
    'Reporters of Mosul "Free Voice" Radio left the city last week.',
    'The men watched Football "Super League" Games at a cafe.',
  ])('%s', (text) => {
    const quoted = entitiesOf(text).filter(
      (e) => e.type === 'person' && e.names.some((n) => n.includes('"')),
    );
    expect(quoted).toEqual([]);
  });
});

describe('the default parser is loaded once', () => {
  it('answers the same object on every call', () => {
    expect(loadParser()).toBe(loadParser());
  });
});
