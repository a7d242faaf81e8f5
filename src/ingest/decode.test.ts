import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode.js';
import { InputError } from './errors.js';

const bytes = (...b: number[]) => Uint8Array.from(b);
const ascii = (s: string) => [...Buffer.from(s, 'latin1')];

function failure(f: () => unknown): InputError {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('decodeBytes', () => {
  it('reads plain UTF-8 and says so', () => {
    expect(decodeBytes(Buffer.from('Qari Yousaf said “no”.'), 'a.txt')).toEqual({
      text: 'Qari Yousaf said “no”.',
      encoding: 'utf-8',
    });
  });

  it('strips a UTF-8 BOM', () => {
    const r = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Sialkot é')]), 'a');
    expect(r).toEqual({ text: 'Sialkot é', encoding: 'utf-8-bom' });
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    const s = 'Peshawar “quote” é';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    expect(decodeBytes(le, 'a')).toEqual({ text: s, encoding: 'utf-16le' });
    expect(decodeBytes(be, 'a')).toEqual({ text: s, encoding: 'utf-16be' });
  });

  it('reads Windows-1252 smart quotes, dashes and accents as their characters', () => {
    const b = bytes(
      ...ascii('He said '),
      0x93,
      ...ascii('caf'),
      0xe9,
      0x94,
      0x20,
      0x96,
      0x20,
      0x80,
      ...ascii('5'),
    );
    expect(decodeBytes(b, 'a')).toEqual({ text: 'He said “café” – €5', encoding: 'windows-1252' });
  });

  it('keeps valid UTF-8 and reads stray Windows-1252 bytes in a mixed file', () => {
    const b = Buffer.concat([Buffer.from('naïve “ok” and '), Buffer.from([0x93, 0x41, 0x94])]);
    expect(decodeBytes(b, 'a')).toEqual({ text: 'naïve “ok” and “A”', encoding: 'utf-8+windows-1252' });
  });

  it('refuses random high bytes, naming the input and the offset of the first bad byte', () => {
    const b = bytes(...ascii('ok '), ...Array.from({ length: 64 }, (_, i) => 0xa0 + ((i * 7) % 0x5f)));
    const e = failure(() => decodeBytes(b, 'junk.txt'));
    expect(e.message).toMatch(/^junk\.txt: not valid UTF-8 \(byte 0x[0-9a-f]{2} at offset 3\)/);
  });

  it('refuses a byte that Windows-1252 does not define', () => {
    const e = failure(() => decodeBytes(bytes(...ascii('mostly ascii text '), 0x81), 'x'));
    expect(e.message).toContain('offset 18');
  });

  it('refuses binary data: NUL bytes or many control characters', () => {
    expect(failure(() => decodeBytes(bytes(0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d), 'p.png')).message).toBe(
      'p.png: binary file, not text',
    );
    const controls = bytes(...Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)));
    expect(failure(() => decodeBytes(controls, 'c')).message).toBe('c: binary file, not text');
  });

  it('refuses empty input', () => {
    expect(failure(() => decodeBytes(bytes(), 'e')).message).toBe('e: empty input');
  });

  it('honours a declared legacy charset, but not over valid UTF-8 text', () => {
    expect(decodeBytes(bytes(0xc0, 0xe1), 'a', 'windows-1251')).toEqual({
      text: 'Аб',
      encoding: 'windows-1251',
    });
    expect(decodeBytes(bytes(...ascii('caf'), 0xe9, 0x93), 'a', 'iso-8859-1').text).toBe('café“');
    expect(decodeBytes(Buffer.from('café'), 'a', 'iso-8859-1')).toEqual({ text: 'café', encoding: 'utf-8' });
  });
});

describe('the UTF-8 scan', () => {
  it('rejects overlong forms and surrogates, accepts 4-byte sequences', () => {
    expect(() => decodeBytes(bytes(0xc0, 0xaf), 'a')).toThrow(/byte 0xc0 at offset 0\)/);
    expect(() => decodeBytes(bytes(0x41, 0xed, 0xa0, 0x80), 'a')).toThrow(/byte 0xed at offset 1\)/);
    // one stray byte beside one well-formed 4-byte sequence: mixed, not Windows-1252 throughout
    expect(decodeBytes(Buffer.concat([Buffer.from('a😀b'), bytes(0x93)]), 'a')).toEqual({
      text: 'a😀b“',
      encoding: 'utf-8+windows-1252',
    });
  });
});
