// Property: a watch-list file that is random, truncated or mangled is either read as a
// list or refused with one clear error naming the file — never another exception, never
// a stack trace. 500 cases for each of UN XML, OFAC CSV, OFAC XML and plain CSV.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/ingest/errors.js';
import { readListFile } from '../../src/screen/import/index.js';
import { params, timeout } from './fc.js';

const fx = (p: string) =>
  readFileSync(fileURLToPath(new URL(`../fixtures/screen/${p}`, import.meta.url)), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'dossier-import-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FORMATS = {
  'un-xml': { file: 'list.xml', sample: fx('un-small.xml'), head: '<CONSOLIDATED_LIST>' },
  'ofac-xml': { file: 'sdn.xml', sample: fx('sdn-small.xml'), head: '<sdnList>' },
  'ofac-csv': { file: 'sdn.csv', sample: fx('ofac/sdn.csv'), head: '36,"AERO' },
  csv: { file: 'names.csv', sample: fx('list.csv'), head: 'name,type\n' },
} as const;

const mangle = (sample: string, head: string) =>
  fc.oneof(
    // truncated anywhere
    fc.nat({ max: sample.length - 1 }).map((n) => sample.slice(0, n)),
    // random edits
    fc
      .array(fc.tuple(fc.nat(), fc.nat({ max: 20 }), fc.string({ unit: 'binary', maxLength: 12 })), {
        minLength: 1,
        maxLength: 6,
      })
      .map((edits) =>
        edits.reduce((t, [at, del, ins]) => {
          const i = at % (t.length + 1);
          return t.slice(0, i) + ins + t.slice(i + del);
        }, sample),
      ),
    // the format's opening, then noise
    fc.string({ unit: 'binary', maxLength: 300 }).map((s) => head + s),
    // noise
    fc.string({ unit: 'binary', maxLength: 300 }),
  );

let n = 0;
for (const [format, f] of Object.entries(FORMATS)) {
  describe(`${format} importer on random and truncated input (fast-check)`, () => {
    it(
      'reads a list or refuses with one line naming the file (500 cases)',
      () => {
        fc.assert(
          fc.property(mangle(f.sample, f.head), (text) => {
            const sub = join(dir, String(n++));
            mkdirSync(sub);
            const path = join(sub, f.file);
            writeFileSync(path, text);
            try {
              const list = readListFile(path);
              expect(Array.isArray(list.entries)).toBe(true);
              for (const e of list.entries) {
                expect(e.names.length, 'an entry without a name').toBeGreaterThan(0);
                expect(['person', 'organization']).toContain(e.type);
              }
            } catch (e) {
              if (!(e instanceof InputError)) throw e;
              expect(e.message).toContain(path);
              expect(e.message).not.toContain('\n');
            } finally {
              // each case's file goes at once: at npm run fuzz's 100x, 200,000 left for afterAll
              // took longer than its 60 s to delete
              rmSync(sub, { recursive: true, force: true });
            }
          }),
          params(500),
        );
      },
      timeout(500, 10),
    );

    if (format.endsWith('xml'))
      it('a file cut off before its last closing tag is refused, never read as a shorter list (200 cases)', () => {
        const end = f.sample.trimEnd().lastIndexOf('</');
        fc.assert(
          fc.property(fc.nat({ max: end - 1 }), (cut) => {
            const path = join(dir, `${n++}-${f.file}`);
            writeFileSync(path, f.sample.slice(0, cut));
            try {
              expect(() => readListFile(path)).toThrow(InputError);
            } finally {
              rmSync(path, { force: true });
            }
          }),
          params(200),
        );
      });
  });
}
