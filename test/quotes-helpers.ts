// What the quote batteries share: a passage, the first words of its quote, and the speaker
// it should get (a named entity, or an unnamed source's words).
import { expect } from 'vitest';
import { extract } from '../src/nlp/pipeline.js';

/** the speaker a passage's quote should get: a named entity, or an unnamed source's words */
export type Want = { name: string } | { desc: string };

export interface QuoteCase {
  what: string;
  text: string;
  /** the first words of the quote */
  quote: string;
  want: Want;
}

/** the quote's speaker: the entity's names (a title may lead: "Maulana X"), or null, and its speakerText */
export function speakerOf(
  text: string,
  quote: string,
  published = '2024-03-10',
): { names: string[] | null; text: string | null } | undefined {
  const x = extract({ title: null, published, url: null, text });
  const q = x.quotes.find((y) => y.text.startsWith(quote));
  if (!q) return undefined;
  const e = x.entities.find((y) => y.id === q.speaker);
  return { names: e ? [e.name, ...e.aliases] : null, text: q.speakerText };
}

/** The case's quote is found and has the speaker it wants. */
export function checkSpeaker(c: QuoteCase, published?: string): void {
  const got = speakerOf(c.text, c.quote, published);
  expect(got, 'quote found').toBeDefined();
  if ('name' in c.want) {
    const want = c.want.name;
    const hit = got?.names?.some((n) => n === want || n.endsWith(` ${want}`));
    // (an entity, not a description that happens to hold the name)
    expect(hit ? want : (got?.names?.[0] ?? `no entity: ${got?.text}`)).toBe(want);
  } else {
    expect(got?.names ?? null).toBeNull();
    expect((got?.text ?? '').toLowerCase()).toContain(c.want.desc.toLowerCase());
  }
}
