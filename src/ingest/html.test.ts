import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from './errors.js';
import { extractArticle } from './html.js';
import { looksLikeHtml, metaCharset } from './sniff.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/ingest/${name}`, import.meta.url), 'utf8');

describe('extractArticle', () => {
  const a = extractArticle(fixture('article.html'), 'article.html');

  it('keeps the article and drops navigation, ads, related links and comments', () => {
    expect(a.text).toContain('captured a group of five senior militants');
    expect(a.text).toContain('Two of them had trained in Afghanistan.');
    expect(a.text.startsWith('ISLAMABAD')).toBe(true);
    for (const junk of [
      'Advertisement',
      'Other story one',
      'First! Great site',
      'All rights reserved',
      'Sport',
    ])
      expect(a.text).not.toContain(junk);
  });

  it('gives one paragraph per block with whitespace collapsed inside', () => {
    const paras = a.text.split('\n\n');
    expect(paras).toContain(
      'ISLAMABAD — Authorities in Pakistan said Wednesday that security forces in separate raids have captured a group of five senior militants working for al-Qaida and Islamic State networks out of Karachi.',
    );
    expect(paras).toContain('Weapons recovered');
    expect(paras).toContain('Five suspects were detained in the raids.');
    expect(paras).toContain(
      '“They were planning to target law-enforcement agencies,” Khan told reporters at a news conference.',
    );
    for (const p of paras) expect(p).toMatch(/^\S(.*\S)?$/);
    expect(a.text).not.toMatch(/ {2}|\u00a0/);
  });

  it('reads title, byline, date, URL and dek from the meta tags', () => {
    expect(a.title).toBe('Militants arrested in Karachi raid');
    expect(a.byline).toBe('Ayaz Gul');
    expect(a.published).toBe('2017-04-12');
    expect(a.url).toBe('https://news.example.org/2017/04/karachi-raid');
    expect(a.dek).toBe('Paramilitary Rangers detained five suspects.');
    expect(a.outlet).toBe('The Daily Example');
  });

  it('falls back to JSON-LD, <time> and the canonical link resolved against the page URL', () => {
    const html = fixture('article.html')
      .replace(/<meta property="(article:published_time|og:url)"[^>]*>/g, '')
      .replace('<script type="application/ld+json">', '<script type="application/ld+json">[1,')
      .replace('"2017-04-11"}', '"2017-04-11"}]');
    const b = extractArticle(html, 'x', 'https://news.example.org/2017/04/page?utm=1');
    expect(b.published).toBe('2017-04-11');
    expect(b.url).toBe('https://news.example.org/2017/04/karachi-raid-canonical');

    const withTime = html
      .replace(/<script type="application\/ld\+json">.*<\/script>/, '')
      .replace(
        '<p class="byline">',
        '<p><time datetime="2017-04-10T09:00">10 April</time></p><p class="byline">',
      );
    expect(extractArticle(withTime, 'x').published).toBe('2017-04-10');
  });

  it('refuses a page with no article text', () => {
    expect(() => extractArticle(fixture('no-article.html'), 'empty.html')).toThrow(InputError);
    expect(() => extractArticle(fixture('no-article.html'), 'empty.html')).toThrow(
      'empty.html: no article text found in the page',
    );
  });
});

describe('article paragraphs', () => {
  it('splits at blocks and <br>, skips scripts, keeps inline text together', () => {
    const s = 'The council met in the old hall on Tuesday and voted on the budget for the coming year.';
    const html = `<html><body><article><div>One <b>bold</b>\n  word. ${s}<br>Two. ${s}<script>x()</script></div><p>Three. ${s}</p></article></body></html>`;
    expect(extractArticle(html, 'p.html').text).toBe(`One bold word. ${s}\n\nTwo. ${s}\n\nThree. ${s}`);
  });
});

describe('sniffing', () => {
  it('recognises HTML documents but not prose that mentions a tag', () => {
    expect(looksLikeHtml('<!-- c -->\n<!DOCTYPE html><p>x')).toBe(true);
    expect(looksLikeHtml('  <html lang="en">')).toBe(true);
    expect(looksLikeHtml('The <p> tag starts a paragraph.')).toBe(false);
  });

  it('finds a <meta charset> declaration', () => {
    expect(metaCharset(Buffer.from('<html><head><meta charset="windows-1256">'))).toBe('windows-1256');
    expect(
      metaCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">')),
    ).toBe('ISO-8859-1');
    expect(metaCharset(Buffer.from('<p>no charset</p>'))).toBeUndefined();
  });
});

// Issue #15, hostile HTML: bounded in time and memory.
describe('hostile pages', () => {
  const body =
    '<p>Gunmen fired on a convoy outside the provincial capital late on Monday, two police officers told reporters.</p>' +
    '<p>No group has said it carried out the attack, and the officers said an inquiry had begun the same night.</p>';

  it('100,000 nested elements are refused with one clear error, in well under a second', () => {
    for (const html of [
      `<html><body><article>${'<div>'.repeat(100_000)}${body}${'</div>'.repeat(100_000)}</article></body></html>`,
      `<html><body>${'<span><div>'.repeat(50_000)}${body}</body></html>`,
    ]) {
      const t0 = performance.now();
      expect(() => extractArticle(html, 'deep.html')).toThrow(InputError);
      expect(() => extractArticle(html, 'deep.html')).toThrow(/deep\.html: elements nested 100,?0\d\d deep/);
      expect(performance.now() - t0).toBeLessThan(2000);
    }
  });

  it('a page nested as deep as real ones are, with unclosed paragraphs, scripts and void tags, is read', () => {
    const scripts = '<script>if (a < b) { document.write("<div><div><div>"); }</script><style>p>a{}</style>';
    const html = `<html><head>${scripts}</head><body>${'<section>'.repeat(60)}<article>${body.replaceAll('</p>', '')}<br><img src="x.png">${'<p>Unclosed paragraph of the same report, the officers said.'.repeat(3000)}</article>${'</section>'.repeat(60)}</body></html>`;
    // its depth, read from the refusal of the same page wrapped in 1,000 more elements
    const wrapped = `${'<div>'.repeat(1000)}${html}${'</div>'.repeat(1000)}`;
    const refusal = (() => {
      try {
        extractArticle(wrapped, 'wrapped.html');
      } catch (e) {
        return (e as Error).message;
      }
    })();
    expect(Number(refusal?.match(/nested (\d+) deep/)?.[1]) - 1000).toBeLessThan(80);
    expect(extractArticle(html, 'ok.html').text).toContain('Gunmen fired on a convoy');
  });

  it('a 5 MB attribute costs one pass: read in bounded time, the article kept', () => {
    const html = `<html><body><article><div data-blob="${'x'.repeat(5 * 1024 * 1024)}">${body}${body}</div></article></body></html>`;
    const t0 = performance.now();
    const a = extractArticle(html, 'attr.html');
    expect(a.text).toContain('No group has said it carried out the attack');
    expect(a.text).not.toContain('xxxx');
    expect(performance.now() - t0).toBeLessThan(15_000);
  });
});
