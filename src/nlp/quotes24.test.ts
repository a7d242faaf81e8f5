import { describe, expect, it } from 'vitest';
import { extract } from './pipeline.js';

// quotes24: an appeal worded by its quote ("X called on Y to “…”", "X called for “…”") is X's
// quote. Every passage is written for this test.

function speakerOf(text: string, quote: string): { name: string | null; text: string | null } {
  const x = extract({ title: null, published: '2024-05-02', url: null, text });
  const q = x.quotes.find((y) => y.text.startsWith(quote));
  expect(q, `quote "${quote}" found`).toBeDefined();
  const e = x.entities.find((y) => y.id === q?.speaker);
  return { name: e?.name ?? null, text: q?.speakerText ?? null };
}

describe('quotes24: an appeal worded by its quote', () => {
  it('"the ministry called on drivers to “…”" is the ministry named before', () => {
    const text =
      'The Interior Ministry of Niger closed the road to Tillaberi on Sunday. The ministry called on drivers to "avoid all travel at night until further notice from the authorities."';
    expect(speakerOf(text, 'avoid all travel').name).toBe('Interior Ministry');
  });

  it('"X, who leads prayers in P, called for “…”" is X', () => {
    const text =
      'Imam Musa Kabiru, who leads prayers at a mosque in Maiduguri, called for "an end to the killing of innocent farmers in our villages."';
    expect(speakerOf(text, 'an end to the killing').name).toMatch(/\bMusa Kabiru$/);
  });

  it('"G called on its supporters to “…”" is G', () => {
    const text =
      'In a message on Sunday, Tehreek-e-Labbaik Pakistan called on its supporters to "stay off the streets of Lahore until the talks are over."';
    expect(speakerOf(text, 'stay off the streets').name).toBe('Tehreek-e-Labbaik Pakistan');
  });

  it('"called on X to report “…”", "called for an immediate “…”": a verb or two before the quote', () => {
    const a =
      'The Kenya Police Service called on residents of Garissa to share "any information about the men seen near the bus station."';
    expect(speakerOf(a, 'any information about').name).toBe('Kenya Police Service');
    const b =
      'Senator Amina Yusuf called for an immediate "inquiry into how the convoy was left without an escort."';
    expect(speakerOf(b, 'inquiry into how').name).toMatch(/\bAmina Yusuf$/);
  });

  it('"X urged Y to report “…”": the infinitive speaks for the subject of the clause it completes', () => {
    const a =
      'The Nigerian Army urged residents of Bama to report "any stranger seen near the camps at night."';
    expect(speakerOf(a, 'any stranger seen').name).toBe('Nigerian Army');
    const b =
      'Troops cleared the market in Gao on Monday. The Malian Armed Forces later asked traders to reopen "only after the engineers have checked every stall."';
    expect(speakerOf(b, 'only after the engineers').name).toBe('Malian Armed Forces');
  });

  it('an appeal with no quote of its own lends the caller to no later quote', () => {
    const text =
      'The Borno State Emergency Management Agency called on the army to protect the camps. "We have buried twelve people this week alone," a farmer in Konduga said.';
    const got = speakerOf(text, 'We have buried');
    expect(got.name).toBeNull();
    expect(got.text?.toLowerCase()).toContain('farmer');
  });
});

describe('quotes24: a name inside an unnamed speaker’s description', () => {
  it('"A cousin of X who … described …. “…,” he said" is the cousin, not X', () => {
    const text =
      'Police arrested Ahmed Musa in Kano on Friday. A cousin of Musa who lives in the same street described the raid. "They broke the door at dawn and took his phones," he said.';
    const got = speakerOf(text, 'They broke the door');
    expect(got.name).toBeNull();
    expect(got.text).toMatch(/^A cousin of Musa/);
  });

  it('"A former guard who served X … “…,” he said" is the guard', () => {
    const text =
      'The commander of the cell, Yusuf Barre, was killed last month. A former guard who served Barre for two years spoke to reporters in Baidoa. "Nobody was allowed to leave the compound," he said.';
    const got = speakerOf(text, 'Nobody was allowed');
    expect(got.name).toBeNull();
    expect(got.text).toMatch(/^A former guard who served Barre/);
  });

  it('"A lawyer for X said …. “…,” she said" is the lawyer', () => {
    const text =
      'Amina Bello was released on Monday. A lawyer for Bello said the charges were weak. "There was never any evidence against my client," she said.';
    const got = speakerOf(text, 'There was never');
    expect(got.name).toBeNull();
    expect(got.text).toBe('A lawyer for Bello');
  });

  it('the name that is itself the subject keeps the quote ("X, a cousin of the victim, said")', () => {
    const text =
      'Ibrahim Sani, a cousin of the dead driver, waited outside the morgue in Zaria. "We only want his body back," he said.';
    expect(speakerOf(text, 'We only want').name).toBe('Ibrahim Sani');
  });

  it('a description with the name in apposition is that name ("A commander in the area, X, denied …")', () => {
    const text =
      'A Taliban commander in the district, Mullah Abdul Rauf, denied that his men had fired on the convoy. "Our fighters were not there that night," he said.';
    expect(speakerOf(text, 'Our fighters were not').name).toMatch(/\bAbdul Rauf$/);
  });

  it('a woman described around a name is no antecedent of "he"', () => {
    const text =
      'Musa Danjuma was detained in Jos. A sister of Danjuma who visited him spoke of bruises. "I have done nothing wrong," he said in a message from his cell.';
    expect(speakerOf(text, 'I have done nothing').name).toBe('Musa Danjuma');
  });
});
