import { describe, expect, it } from 'vitest';
import { extract } from './pipeline.js';

// Two words that are not what they look like (ents11): the common word of a police title that
// a town also bears ("Inspector General of Police": Police is a town in Poland), and a
// sentence's "A" before a group's short name, which spelled loosely looked like its "al-".
// Every sentence here is written for the test.

const entitiesOf = (text: string) =>
  extract({ title: null, published: '2026-12-04', url: null, text }).entities.map(
    (e) => `${e.type}:${e.name}`,
  );

describe('an office "of" a common word is no place', () => {
  it.each([
    [
      'Inspector General of Police Arun Kumar told reporters the cell had been broken up.',
      'person:Arun Kumar',
    ],
    ['Senior Superintendent of Police Imran Qadir said two men were held in Sopore.', 'person:Imran Qadir'],
    ['The Director General of Police met the families on Monday.', undefined],
  ])('%s', (text, person) => {
    const found = entitiesOf(text);
    expect(found).not.toContain('place:Police');
    // the title ends at the service's word: the name is the person's alone
    if (person) expect(found).toContain(person);
    expect(found.some((e) => e.startsWith('person:Police'))).toBe(false);
  });
  it('still finds a town of that name after "in"', () => {
    expect(entitiesOf('The chemical plant in Police, near Szczecin, was shut.')).toContain('place:Police');
  });
});

describe('an article before a short group name is not part of it', () => {
  it.each([
    ['A Shabaab commander was killed in the strike near Jilib.', 'organization:Shabaab'],
    ['A Shabaab spokesman denied the report on Monday.', 'organization:Shabaab'],
  ])('%s', (text, want) => {
    const found = entitiesOf(text);
    expect(found).toContain(want);
    expect(found.some((e) => e.startsWith('organization:A '))).toBe(false);
  });
});

describe('a name that owns what a post is held in is no body', () => {
  it.each([
    ["Members of Ahmed Bello's family were detained in Kaduna.", 'person:Ahmed Bello'],
    ["Police questioned two members of Fatima Sule's household on Monday.", 'person:Fatima Sule'],
  ])('%s', (text, want) => {
    expect(entitiesOf(text)).toContain(want);
  });
  it('still reads the body a post is held in', () => {
    expect(entitiesOf('The president of Norvalis Polymers resigned on Friday.')).toContain(
      'organization:Norvalis Polymers',
    );
  });
});

describe('an abbreviated rank is a title, not part of the name', () => {
  it.each([
    ['Supt. Ravi Das said the two men were held overnight.', 'Ravi Das', 'Superintendent'],
    ['Atty. Gen. Maria Costa said the charges would stand.', 'Maria Costa', 'Attorney General'],
  ])('%s', (text, name, title) => {
    const x = extract({ title: null, published: '2026-12-04', url: null, text });
    const e = x.entities.find((n) => n.type === 'person');
    expect(e?.name).toBe(name);
    expect((e?.attributes as { title?: string } | undefined)?.title).toBe(title);
  });
});
