import type { Writable } from 'node:stream';
import { collectIfLong, makeCollector, memTrace } from '../nlp/memory.js';
import type { Extraction } from '../types.js';

// Writes an extraction as JSON piece by piece, waiting when the reader is slower than
// us: a 10 MB article's extraction is ~100 MB of JSON, which as one string would double
// the process's peak memory. The bytes are exactly JSON.stringify(x, null, pretty ? 2 : 0).

const FLUSH_AT = 1 << 20;
/**
 * A full collection after every this many characters written: the pieces are garbage once
 * written, and on a busy machine V8's concurrent marking falls behind them (a 10 MB
 * article's run peaked at 364 MiB under a full test suite, 287 MiB alone)
 */
const COLLECT_EVERY = 16 << 20;

export async function writeExtraction(x: Extraction, out: Writable, pretty: boolean): Promise<void> {
  // the pipeline's working state is garbage now; reclaim it before serialising
  collectIfLong(x.document.text.length, 'output');
  let buf = '';
  let written = 0;
  const collect = makeCollector(COLLECT_EVERY);
  const emit = async (s: string) => {
    buf += s;
    if (buf.length >= FLUSH_AT) await flush();
  };
  const flush = async () => {
    if (!buf) return;
    const chunk = buf;
    buf = '';
    written += chunk.length;
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    collect(written);
  };
  const nl = pretty ? '\n' : '';
  const ind = (n: number) => (pretty ? ' '.repeat(n) : '');
  const colon = pretty ? ': ' : ':';
  const val = (v: unknown, depth: number) => {
    const s = JSON.stringify(v, null, pretty ? 2 : 0);
    return pretty ? s.replace(/\n/g, `\n${ind(depth)}`) : s;
  };
  const keys = Object.keys(x) as (keyof Extraction)[];
  await emit(`{${nl}`);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k];
    const v = x[key];
    const sep = k < keys.length - 1 ? ',' : '';
    if (key === 'document') {
      await emit(`${ind(2)}${JSON.stringify(key)}${colon}`);
      await writeDocument(x.document, emit, pretty);
      await emit(`${sep}${nl}`);
    } else if (Array.isArray(v) && v.length) {
      await emit(`${ind(2)}${JSON.stringify(key)}${colon}[${nl}`);
      for (let i = 0; i < v.length; i++)
        await emit(`${ind(4)}${val(v[i], 4)}${i < v.length - 1 ? ',' : ''}${nl}`);
      await emit(`${ind(2)}]${sep}${nl}`);
    } else await emit(`${ind(2)}${JSON.stringify(key)}${colon}${val(v, 2)}${sep}${nl}`);
  }
  await emit(`}\n`);
  await flush();
  memTrace('written', x.document.text.length);
}

const TEXT_SLICE = 1 << 20;

/** The document object, its long text written in slices rather than as one string. */
async function writeDocument(
  d: Extraction['document'],
  emit: (s: string) => Promise<void>,
  pretty: boolean,
): Promise<void> {
  const keys = Object.keys(d) as (keyof Extraction['document'])[];
  const nl = pretty ? '\n' : '';
  const ind = pretty ? '    ' : '';
  const colon = pretty ? ': ' : ':';
  await emit(`{${nl}`);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k];
    const sep = k < keys.length - 1 ? ',' : '';
    const v = d[key];
    await emit(`${ind}${JSON.stringify(key)}${colon}`);
    if (typeof v === 'string' && v.length > TEXT_SLICE) {
      await emit('"');
      for (let i = 0; i < v.length; ) {
        let j = Math.min(v.length, i + TEXT_SLICE);
        // never split a surrogate pair: JSON.stringify would escape each half
        const c = v.charCodeAt(j - 1);
        if (j < v.length && c >= 0xd800 && c <= 0xdbff) j--;
        await emit(JSON.stringify(v.slice(i, j)).slice(1, -1));
        i = j;
      }
      await emit('"');
    } else {
      const s = JSON.stringify(v, null, pretty ? 2 : 0);
      await emit(pretty ? s.replace(/\n/g, '\n    ') : s);
    }
    await emit(`${sep}${nl}`);
  }
  await emit(pretty ? '  }' : '}');
}
