import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_MODEL, loadParser, parserPrefetched, prefetchParser, unloadParsers } from './index.js';

// Cold start (issue #9): `dossier extract` reads the parser model's file on libuv's pool
// (prefetchParser) while the main thread loads the rest, and loadParser takes those bytes.

const shipped = fileURLToPath(new URL(`../../../${DEFAULT_MODEL}`, import.meta.url));
const words = ['Rebels', 'of', 'the', 'Northern', 'Front', 'seized', 'two', 'villages', 'on', 'Sunday', '.'];

let dir = '';
afterEach(() => {
  unloadParsers();
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = '';
});

/** a copy of the shipped model that the test may delete */
function copyOfModel(): string {
  dir = mkdtempSync(join(tmpdir(), 'dossier-prefetch-'));
  const path = join(dir, 'model.bin');
  copyFileSync(shipped, path);
  return path;
}

describe('the parser model read ahead', () => {
  it('is the model loadParser uses, without reading the file again', async () => {
    const path = copyOfModel();
    prefetchParser(path);
    await parserPrefetched();
    // the file is gone: loadParser can only have the bytes read ahead
    rmSync(path);
    const parsed = loadParser(path).parse(words);
    unloadParsers();
    const direct = loadParser(shipped).parse(words);
    expect(parsed).toEqual(direct);
  });

  it('is let go by unloadParsers, and a missing file is reported by loadParser as before', async () => {
    const path = copyOfModel();
    prefetchParser(path);
    await parserPrefetched();
    unloadParsers();
    rmSync(path);
    expect(() => loadParser(path)).toThrow(/parser model .*model\.bin: ENOENT/);
    // a read that cannot start is no error of its own
    expect(() => prefetchParser(join(dir, 'none.bin'))).not.toThrow();
    await parserPrefetched();
    expect(() => loadParser(join(dir, 'none.bin'))).toThrow(/ENOENT/);
  });
});
