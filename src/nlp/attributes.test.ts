import { describe, expect, it } from 'vitest';
import { orgKind } from './attributes.js';
import { extract } from './pipeline.js';

const attrs = (text: string, name: string) => {
  const x = extract({ title: null, published: '2020-05-10', url: null, text });
  const e = x.entities.find((e) => e.name === name);
  expect(e, `no entity named ${name}`).toBeDefined();
  return e?.attributes ?? {};
};

describe('person attributes', () => {
  it('names one role once: "spokesperson" and "spokesman" are one role', () => {
    const a = attrs(
      'Asad Khorsani, spokesperson of Jamaat ul-Fajr, denied the report. "We are united," spokesman Asad Khorsani said.',
      'Asad Khorsani',
    );
    expect(a.role).toEqual(['spokesman']);
  });

  it('reads age and occupation from "X, a 27-year-old student"', () => {
    const a = attrs('Ibad Khan, a 27-year-old student from Sialkot, was detained.', 'Ibad Khan');
    expect(a.age).toBe(27);
    expect(a.occupation).toBe('student');
  });

  it('reads an occupation from "X, a teacher at …"', () => {
    expect(
      attrs('Shakeel Ahmed, a teacher at a government school, disappeared.', 'Shakeel Ahmed').occupation,
    ).toBe('teacher');
  });

  it('reads occupations from the one list in knowledge/titles.ts (nurse, pharmacist, polio worker)', () => {
    expect(attrs('Asif Nawaz, a nurse at the district hospital, was wounded.', 'Asif Nawaz').occupation).toBe(
      'nurse',
    );
    expect(
      attrs('Police said Tariq Mehmood, a 45-year-old pharmacist, was shot.', 'Tariq Mehmood').occupation,
    ).toBe('pharmacist');
    expect(attrs('Gunmen killed Rubina Kausar, a polio worker, on Monday.', 'Rubina Kausar').occupation).toBe(
      'polio worker',
    );
  });

  it('does not read a bare "guard" or "coach" as an occupation', () => {
    expect(attrs('Farid Khan, a guard of honour, saluted.', 'Farid Khan').occupation).toBeUndefined();
    expect(attrs('Imran Ali, a coach driver, was hurt.', 'Imran Ali').occupation).toBe('driver');
  });

  it('reads a role from "X, a spokesman for …"', () => {
    const a = attrs(
      'Zabihullah Mujahid, a spokesman for the Taliban, denied the report.',
      'Zabihullah Mujahid',
    );
    expect(a.role).toEqual(['spokesman']);
  });

  it('reads a role written before the name', () => {
    expect(
      attrs('The statement was signed by spokesman Asad Mansoor on Friday.', 'Asad Mansoor').role,
    ).toContain('spokesman');
  });

  it('reads a role after a group name: "X, the Taliban spokesman"', () => {
    const a = attrs('Zabihullah Mujahid, the Taliban spokesman, denied the report.', 'Zabihullah Mujahid');
    expect(a.role).toContain('spokesman');
  });

  it('keeps a title set aside from the name', () => {
    expect(attrs('Gen. Raheel Sharif visited the troops.', 'Raheel Sharif').title).toBe('General');
  });

  it('gives nothing to a person the text says nothing about', () => {
    expect(attrs('Hakimullah Mehsud crossed the river with Qari Hussain.', 'Hakimullah Mehsud')).toEqual({});
  });
});

describe('orgKind', () => {
  it('prefers the gazetteer kind and otherwise reads the name', () => {
    expect(orgKind(['Anything'], 'militant group')).toBe('militant group');
    expect(orgKind(['Interior Ministry'], undefined)).toBe('government');
    expect(orgKind(['Punjab Police'], undefined)).toBe('security agency');
    expect(orgKind(['Jamia Hafsa'], undefined)).toBe('religious institution');
    expect(orgKind(['Jaish-e-Khorasan'], undefined)).toBe('militant group');
    expect(orgKind(['Acme Widgets'], undefined)).toBeUndefined();
  });
});
