import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHeader } from './header.js';
import { normaliseDate } from './publication-date.js';

describe('parseHeader', () => {
  it('fills title, date and URL and keeps other keys as metadata', () => {
    const text =
      'URL: https://example.org/a\nTITLE: A title: with a colon\nDATE: 2017-04\nLICENSE: public domain\n\nBody starts here.\n';
    const { fields, body, found } = parseHeader(text);
    expect(found).toBe(true);
    expect(fields).toEqual({
      url: 'https://example.org/a',
      title: 'A title: with a colon',
      published: '2017-04',
      metadata: { license: 'public domain' },
    });
    expect(body).toBe('Body starts here.\n');
  });

  it('reads every public-domain corpus file’s header', () => {
    const dir = '/work/shared/corpus/public-domain';
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const text = readFileSync(join(dir, f), 'utf8');
      const { fields, body } = parseHeader(text);
      expect(fields.title, f).toBeTruthy();
      expect(fields.published, f).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
      expect(fields.url, f).toMatch(/^https?:\/\//);
      expect(body.startsWith('URL:'), f).toBe(false);
      expect(text.endsWith(body), f).toBe(true);
    }
  });

  it('does not eat a body whose first paragraph is "Note: …"', () => {
    const text = 'Note: this article was updated.\n\nThe group said on Friday…';
    expect(parseHeader(text)).toEqual({ fields: { metadata: {} }, body: text, found: false });
  });

  it('needs every line before the blank line to be KEY: value', () => {
    const text = 'TITLE: Something\nand then prose\n\nMore prose.';
    expect(parseHeader(text).found).toBe(false);
  });

  it('accepts two unknown keys as a header, lower-casing them', () => {
    const r = parseHeader('Outlet-Name: Dawn\nSection: World\n\nText.');
    expect(r.fields.metadata).toEqual({ 'outlet-name': 'Dawn', section: 'World' });
    expect(r.body).toBe('Text.');
  });

  it('maps AUTHOR to byline and keeps an unreadable DATE as metadata', () => {
    const r = parseHeader('AUTHOR: Ayaz Gul\nDATE: sometime in spring\n\nText.');
    expect(r.fields.byline).toBe('Ayaz Gul');
    expect(r.fields.published).toBeUndefined();
    expect(r.fields.metadata.date).toBe('sometime in spring');
  });

  it('has no header without a blank line after it', () => {
    expect(parseHeader('TITLE: only a line').found).toBe(false);
  });
});

describe('normaliseDate', () => {
  it.each([
    ['2014-05-15', '2014-05-15'],
    ['2017-04', '2017-04'],
    ['2016', '2016'],
    ['2014-05-15T10:00:00+05:00', '2014-05-15'],
    ['May 15, 2014', '2014-05-15'],
    ['Thursday, Dec. 23, 2003', '2003-12-23'],
    ['15 September 2016', '2016-09-15'],
    ['Sept. 3rd, 2016', '2016-09-03'],
    ['Thu, 15 May 2014 10:00:00 GMT', '2014-05-15'],
    ['January 2024', '2024-01'],
    ['2014/5/6', '2014-05-06'],
  ])('%s → %s', (raw, iso) => expect(normaliseDate(raw)).toBe(iso));

  it.each(['05/06/2014', 'yesterday', '2014-13-01', 'February 30, 2015'])('%s → null', (raw) =>
    expect(normaliseDate(raw)).toBeNull(),
  );
});
