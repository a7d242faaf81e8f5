import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../ingest/errors.js';
import { parseCsv } from './csv.js';
import { readListFile } from './index.js';
import { yearsIn } from './years.js';

const fx = (p: string) => fileURLToPath(new URL(`../../../test/fixtures/screen/${p}`, import.meta.url));

describe('UN consolidated XML', () => {
  const list = readListFile(fx('un-small.xml'));
  const byId = new Map(list.entries.map((e) => [e.id, e]));

  it('reads individuals and entities keyed by REFERENCE_NUMBER, with the list date', () => {
    expect(list.format).toBe('un-xml');
    expect(list.generated).toBe('2015-03-27T17:37:13.737-04:00');
    expect([...byId.keys()]).toEqual(['QDi.006', 'TAi.067', 'XXi.001', 'QDe.132']);
    expect(byId.get('QDe.132')?.type).toBe('organization');
  });

  it('joins the name parts, keeps the Arabic-script name, splits ";" aliases and keeps quality', () => {
    const z = byId.get('QDi.006')!;
    expect(z.names[0]).toEqual({ name: 'AIMAN MUHAMMED RABI AL-ZAWAHIRI', kind: 'primary' });
    expect(z.names).toContainEqual({ name: 'أيمن محمد ربيع الظواهري', kind: 'original-script' });
    expect(z.names).toContainEqual({ name: 'Ahmad Fuad Salim', kind: 'alias', quality: 'Good' });
    expect(z.names).toContainEqual({ name: 'Abu Fatma', kind: 'alias', quality: 'Low' });
  });

  it('reads birth dates (exact, year, ranges) and nationality/birthplace/address countries', () => {
    expect(byId.get('QDi.006')!.birthYears).toEqual([1951]);
    expect(byId.get('QDi.006')!.countries).toEqual(['EG']);
    expect(byId.get('TAi.067')!.birthYears).toEqual([1966, 1967, 1968]);
    expect(byId.get('XXi.001')!.birthYears).toEqual([1980]);
    expect(byId.get('QDe.132')!.countries).toEqual(['PK']);
  });
});

describe('OFAC SDN legacy CSV', () => {
  const list = readListFile(fx('ofac/sdn.csv'));
  const byId = new Map(list.entries.map((e) => [e.id, e]));

  it('reads people and organisations, skips vessels, and reorders "LAST, First"', () => {
    expect(list.format).toBe('ofac-csv');
    expect([...byId.keys()]).toEqual(['2676', '12206', '7140']);
    expect(byId.get('2676')!.names[0].name).toBe('Dr. Ayman AL ZAWAHIRI');
    expect(byId.get('2676')!.type).toBe('person');
  });

  it('adds alt.csv aliases, remark aliases as weak, DOB years and countries from remarks and add.csv', () => {
    expect(byId.get('2676')!.names.map((n) => n.name)).toContain('Ayman AL-ZAWAHIRI');
    expect(byId.get('7140')!.names).toContainEqual({ name: 'JUD', kind: 'alias', quality: 'weak' });
    expect(byId.get('7140')!.names.map((n) => n.name)).toContain('JAMAAT-UD-DAWA');
    expect(byId.get('2676')!.birthYears).toEqual([1951]);
    expect(byId.get('2676')!.countries).toContain('EG');
    expect(byId.get('12206')!.countries).toEqual(['PK']);
  });
});

describe('OFAC SDN XML', () => {
  it('reads sdnEntry people and entities with aka, nationality, DOB and address country; skips vessels', () => {
    const list = readListFile(fx('sdn-small.xml'));
    expect(list.format).toBe('ofac-xml');
    expect(list.entries.map((e) => [e.id, e.type])).toEqual([
      ['2676', 'person'],
      ['12206', 'organization'],
    ]);
    const [z, ttp] = list.entries;
    expect(z.names.map((n) => n.name)).toEqual(['Ayman AL-ZAWAHIRI', 'Aiman Muhammad Rabi AL-ZAWAHIRI']);
    expect(z.names[1].quality).toBe('strong');
    expect(z).toMatchObject({ birthYears: [1951], countries: ['EG'] });
    expect(ttp.countries).toEqual(['PK']);
  });
});

describe('FollowTheMoney JSON lines and plain CSV', () => {
  it('reads Person and Organization, skips other schemata', () => {
    const list = readListFile(fx('ftm.jsonl'));
    expect(list.format).toBe('ftm-jsonl');
    expect(list.entries.map((e) => [e.id, e.type])).toEqual([
      ['NK-abc', 'person'],
      ['NK-def', 'organization'],
    ]);
    expect(list.entries[0].birthYears).toEqual([1978]);
    expect(list.entries[0].countries).toEqual(['PK']);
    expect(list.entries[0].names.map((n) => n.name)).toEqual([
      'Noor Wali Mehsud',
      'Mufti Noor Wali',
      'Abu Mansoor Asim',
    ]);
  });

  it('reads a CSV with ";"-separated aliases and country names or codes', () => {
    const list = readListFile(fx('list.csv'));
    expect(list.format).toBe('csv');
    const [a, b] = list.entries;
    expect(a).toMatchObject({ id: 'L-1', type: 'person', birthYears: [1980], countries: ['PK'] });
    expect(a.names.map((n) => n.name)).toEqual(['Asad Khorasani', 'Asad al-Khurasani', 'Asad Khorsani']);
    expect(b).toMatchObject({ id: 'L-2', type: 'organization', countries: ['PK'] });
  });
});

describe('bad files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-screen-import-'));

  it('a missing file is an InputError naming it', () => {
    expect(() => readListFile(join(dir, 'nope.xml'))).toThrow(InputError);
    expect(() => readListFile(join(dir, 'nope.xml'))).toThrow(/nope\.xml: no such file/);
  });

  it('an unknown format is an InputError naming the file', () => {
    const p = join(dir, 'notes.txt');
    writeFileSync(p, 'just some text\n');
    expect(() => readListFile(p)).toThrow(/notes\.txt: unknown list format/);
    const x = join(dir, 'other.xml');
    writeFileSync(x, '<?xml version="1.0"?><rss></rss>');
    expect(() => readListFile(x)).toThrow(/neither a UN consolidated list nor an OFAC sdnList/);
  });
});

describe('parseCsv (csv-parse)', () => {
  it('keeps quoted commas, doubled quotes and line breaks, CR LF ends, and skips blank lines', () => {
    const rows = parseCsv('name,aliases\r\n"Khan, Abdul","said ""AK""\nonce"\r\n\r\nZarif Noorzai,\n');
    expect(rows).toEqual([
      ['name', 'aliases'],
      ['Khan, Abdul', 'said "AK"\nonce'],
      ['Zarif Noorzai', ''],
    ]);
  });

  it('keeps a stray quote inside an unquoted field as text, and rows of other lengths', () => {
    expect(parseCsv('id,name\n7,Gul "the elder" Bahadar,extra\n8\n')).toEqual([
      ['id', 'name'],
      ['7', 'Gul "the elder" Bahadar', 'extra'],
      ['8'],
    ]);
  });

  it('a quote left open is an InputError naming the file, not a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-screen-csv-'));
    const p = join(dir, 'open.csv');
    writeFileSync(p, 'id,name,type\n1,"Never closed,person\n');
    expect(() => readListFile(p)).toThrow(InputError);
    expect(() => readListFile(p)).toThrow(/open\.csv: malformed CSV/);
  });
});

describe('yearsIn', () => {
  it('reads dates, circa years and short ranges', () => {
    expect(yearsIn('19 Jun 1951')).toEqual([1951]);
    expect(yearsIn('DOB 1960 to 1962; alt. DOB 1970')).toEqual([1960, 1961, 1962, 1970]);
    expect(yearsIn('1951-06-19')).toEqual([1951]);
    expect(yearsIn('unknown')).toEqual([]);
  });
});
