import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { extract } from '../nlp/pipeline.js';
import { writeExtraction } from './write-json.js';

async function written(x: ReturnType<typeof extract>, pretty: boolean): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await writeExtraction(x, out, pretty);
  out.end();
  return Buffer.concat(chunks).toString('utf8');
}

describe('writeExtraction', () => {
  const text =
    'Mullah Fazlullah leads the TTP, said Ehsanullah Ehsan. “We reject talks,” he said in Swat. 😀 '.repeat(
      12000,
    ) + 'Ehsan’s “final” note.';
  const x = extract({ title: 'Long “test”', published: '2014-08-01', url: null, text });

  it('writes exactly what JSON.stringify would, pretty and compact, for a text longer than one slice', async () => {
    expect(text.length).toBeGreaterThan(1 << 20);
    expect(await written(x, true)).toBe(`${JSON.stringify(x, null, 2)}\n`);
    expect(await written(x, false)).toBe(`${JSON.stringify(x)}\n`);
  });
});
