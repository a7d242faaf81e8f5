// What the tie tests share: the ties the whole pipeline reads in a sentence, with their ends
// by name, and the checks and messages the tests make of them.
import { expect } from 'vitest';
import { extract } from '../src/nlp/pipeline.js';

export interface FoundTie {
  type: string;
  s: string;
  o: string;
  negated: boolean;
  cue: string | undefined;
}

/** Every tie `extract` reads in `text`, its ends by entity name ('?' for an unknown id). */
export function readTies(text: string, published = '2020-05-10'): FoundTie[] {
  const x = extract({ title: null, published, url: null, text });
  const name = (id: string) => x.entities.find((e) => e.id === id)?.name ?? '?';
  return x.relations.map((r) => ({
    type: r.type,
    s: name(r.subject),
    o: name(r.object),
    negated: r.negated,
    cue: (r as { cue?: string }).cue,
  }));
}

/** The same ties as `type(subject, object)` strings, with `!` after a negated tie's type. */
export const tieStrings = (text: string, published?: string): string[] =>
  readTies(text, published).map((r) => `${r.type}${r.negated ? '!' : ''}(${r.s}, ${r.o})`);

/** Whether `found` holds the tie, asserted (or, with `negated`, denied). */
export const hasTie = (found: FoundTie[], type: string, s: string, o: string, negated = false): boolean =>
  found.some((r) => r.type === type && r.s === s && r.o === o && r.negated === negated);

/** The ties for a failure message, each with the cue that read it. */
export const showTies = (found: FoundTie[]): string =>
  JSON.stringify(found.map((r) => `${r.negated ? '!' : ''}${r.type}(${r.s}, ${r.o}) <${r.cue}>`));

/** Asserts that `text` (published on `published`) holds the asserted tie, or with `want` false that it does not; the message lists the ties read. */
export function expectTie(
  text: string,
  type: string,
  s: string,
  o: string,
  want = true,
  published = '2026-06-01',
): void {
  const found = readTies(text, published);
  const ok = found.some((r) => r.type === type && r.s === s && r.o === o && !r.negated);
  expect(ok, showTies(found)).toBe(want);
}

/** Asserts that `text` holds no asserted tie of that type between the two. */
export const expectNoTie = (text: string, type: string, s: string, o: string): void =>
  expectTie(text, type, s, o, false);

/** Expects an asserted `fights` tie between `a` and `b`, in either order (none when `want` is false). */
export function expectFight(text: string, a: string, b: string, want = true): void {
  const found = readTies(text);
  const ok = found.some(
    (r) => r.type === 'fights' && !r.negated && ((r.s === a && r.o === b) || (r.s === b && r.o === a)),
  );
  expect(ok, showTies(found)).toBe(want);
}
