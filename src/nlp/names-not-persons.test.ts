import { describe, expect, it } from 'vitest';
import { extract } from './pipeline.js';

const run = (text: string) => extract({ title: null, published: '2026-11-02', url: null, text }).entities;
const typeOf = (text: string, name: string) =>
  run(text)
    .filter((e) => [e.name, ...e.aliases].some((n) => n.toLowerCase() === name.toLowerCase()))
    .map((e) => e.type);

describe('a name its acronym follows after ", or" is a body', () => {
  it('is an organization with its acronym, not a person', () => {
    const a = run('Officials blamed the Gerakan Aceh Merdeka, or GAM, for the blast near the market.');
    const gam = a.find((e) => e.name === 'Gerakan Aceh Merdeka');
    expect(gam?.type).toBe('organization');
    expect(gam?.aliases).toContain('GAM');
    const b = run('Troops clashed with the Frente Norte Unido, or FNU, in the hills on Sunday.');
    expect(b.find((e) => e.name === 'Frente Norte Unido')?.type).toBe('organization');
  });

  it('leaves a person whose initials do not follow alone', () => {
    const a = run('Police questioned Amina Yusuf Bello, or "Mama", after the raid.');
    expect(a.find((e) => e.name.startsWith('Amina'))?.type).toBe('person');
  });
});

describe('a group named before its noun', () => {
  it('is a body even when a given name or a number opens its name', () => {
    expect(
      typeOf('The police hunted members of the Rosa Negra gang in the port last week.', 'Rosa Negra'),
    ).toEqual(['organization']);
    expect(typeOf('Residents said the 200 Lakou gang had blocked the road since June.', '200 Lakou')).toEqual(
      ['organization'],
    );
  });

  it('keeps the same name later, bare, with the body', () => {
    const a = run(
      'Prosecutors charged ten members of the Rosa Negra gang on Monday. Rosa Negra has controlled the docks for years.',
    );
    expect(a.filter((e) => e.name === 'Rosa Negra').map((e) => e.type)).toEqual(['organization']);
    const b = run(
      'The ministry listed the Rosa Norte cartel as a terrorist group. Rosa Norte runs fuel smuggling on the coast.',
    );
    expect(b.filter((e) => e.name === 'Rosa Norte').map((e) => e.type)).toEqual(['organization']);
  });
});

describe("a people's name before a trade's word and a community noun", () => {
  it('names no person', () => {
    expect(typeOf('Gunmen drawn from the Tiv farming community attacked the camp.', 'Tiv')).not.toContain(
      'person',
    );
    expect(
      typeOf('Clashes broke out with Karamojong cattle herders near the river.', 'Karamojong'),
    ).not.toContain('person');
  });
});

describe('words beside a name that are no body of their own', () => {
  it('reads "Police" before a rank as part of the title', () => {
    const a = run('Police Colonel Arun Chaiyaporn said the bomb had been hidden in a cart.');
    expect(a.map((e) => e.name)).not.toContain('Police');
    expect(a.find((e) => e.name === 'Arun Chaiyaporn')?.type).toBe('person');
    const b = run('Police Brigadier General Hendra Kusuma told reporters the cell had six members.');
    expect(b.map((e) => e.name)).not.toContain('Police');
  });
});

describe('a body named by letters or a number beside its noun', () => {
  it('takes capitals set off by commas beside a body noun as the body', () => {
    expect(typeOf('The regional force, SAMIDRC, said it would withdraw by June.', 'SAMIDRC')).toEqual([
      'organization',
    ]);
    expect(typeOf('UNMISS, the UN mission in South Sudan, said the camp was shelled.', 'UNMISS')).toEqual([
      'organization',
    ]);
  });

  it('keeps the number after a unit noun in the unit name', () => {
    expect(
      typeOf('Soldiers of Infantry Battalion 14 set up a post near the bridge.', 'Infantry Battalion 14'),
    ).toEqual(['organization']);
    expect(typeOf('The attack hit a base of Ranger Regiment 41 before dawn.', 'Ranger Regiment 41')).toEqual([
      'organization',
    ]);
  });

  it('keeps a royal title that opens an institution name', () => {
    expect(
      typeOf('She studied at Prince of Wales Hospital in Hong Kong.', 'Prince of Wales Hospital'),
    ).toEqual(['organization']);
    expect(
      typeOf('A lecturer at King of Prussia College said the data were sound.', 'King of Prussia College'),
    ).toEqual(['organization']);
  });
});
