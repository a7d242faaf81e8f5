// Property: extract() never throws, and every offset it returns lies inside the text
// with each quote's text equal to its slice, whatever the input: arbitrary Unicode,
// HTML fragments, and the invented articles with random edits (quotes deleted,
// unbalanced brackets, 10 000-character words, RTL and combining marks, NULs).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { extract } from '../../src/nlp/pipeline.js';
import { TESTDATA } from '../api-helpers.js';
import { checkExtraction } from './check.js';
import { params, timeout } from './fc.js';

const ARTICLES = readdirSync(TESTDATA)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(TESTDATA, f), 'utf8'));

const run = (text: string) => {
  const x = extract({ title: null, published: '2024-05-01', url: null, text });
  checkExtraction(text, x);
};

const RTL = [
  '\u0627\u0644\u0642\u0627\u0639\u062f\u0629',
  '\u200f',
  '\u202e',
  '\u05e9\u05dc\u05d5\u05dd',
  '\u2067',
];
const COMBINING = ['\u0301', '\u0308', '\u0327', '\u20dd', '\u036f'];
const insertion = fc.oneof(
  fc.constantFrom('"', '“', '”', '«', '(', ')', '[', ']', '{', '‘', "'", '\u0000', '\n\n', '\t', '\uFFFD'),
  fc.constantFrom(...RTL),
  fc.constantFrom(...COMBINING),
  fc.constantFrom('Abu ', 'al-', 'Mr. ', ' said', ' told reporters', ' on Monday', ', a commander of the '),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);

type Edit = { at: number; del: number; ins: string };
const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat(),
  del: fc.nat({ max: 40 }),
  ins: insertion,
});

function applyEdits(text: string, edits: Edit[], dropQuotes: boolean): string {
  let t = dropQuotes ? text.replace(/["“”]/g, '') : text;
  for (const e of edits) {
    const at = t.length ? e.at % (t.length + 1) : 0;
    t = t.slice(0, at) + e.ins + t.slice(at + e.del);
  }
  return t;
}

const html = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '<p>',
        '</p>',
        '<div class="x">',
        '</div>',
        '<script>alert(1)</script>',
        '<![CDATA[',
        ']]>',
        '<!--',
        '-->',
        '&amp;',
        '&#0;',
        '&#x202e;',
        '<br/>',
        '<q>',
        '</q>',
        '<a href="javascript:x">',
      ),
      fc.constantFrom(...ARTICLES.map((a) => a.slice(0, 200))),
      fc.string({ maxLength: 30 }),
    ),
    { maxLength: 25 },
  )
  .map((parts) => parts.join(''));

describe('extract on arbitrary input (fast-check)', () => {
  it(
    'arbitrary Unicode strings: no throw, spans inside, quotes equal their slices (400 cases)',
    () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => run(s)),
        params(400),
      );
    },
    timeout(400, 20),
  );

  it(
    'HTML fragments as text (200 cases)',
    () => {
      fc.assert(
        fc.property(html, (s) => run(s)),
        params(200),
      );
    },
    timeout(200, 30),
  );

  it(
    'real articles with random edits (390 cases)',
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...ARTICLES),
          fc.array(edit, { maxLength: 8 }),
          fc.boolean(),
          (a, edits, dropQuotes) => run(applyEdits(a, edits, dropQuotes)),
        ),
        params(390),
      );
    },
    timeout(390, 60),
  );

  // A 10 000-character word costs ~0.4 s in the tokenizer (a backtracking regex in
  // wink-eng-lite-web-model's features is quadratic in token length: 20 000 → 1.5 s),
  // so these cases are few and one word each.
  it(
    'real articles with one 10 000-character word inserted (10 cases)',
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...ARTICLES),
          fc.nat(),
          fc.constantFrom('x', 'ا', 'é', '\u0301', '"'),
          (a, at, ch) => {
            const i = at % (a.length + 1);
            run(a.slice(0, i) + ch.repeat(10_000) + a.slice(i));
          },
        ),
        params(10),
      );
    },
    timeout(10, 1500),
  );
});
