import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from './errors.js';
import { formatLimit, formatSize, MAX_INPUT_BYTES } from './limits.js';
import { readInput } from './read.js';

const articleHtml = readFileSync(new URL('../../test/fixtures/ingest/article.html', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'dossier-read-'));
const file = (name: string, content: string | Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

async function failure(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof InputError) return e.message;
    throw e;
  }
  throw new Error('expected an InputError');
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readInput: files', () => {
  it('reads a text file with header lines, CRLF line ends and no-break spaces', async () => {
    const p = file(
      'a.txt',
      'TITLE: Raid\r\nDATE: 2014-05-15\r\nSOURCE: Dawn\r\n\r\nLine\u00a0one.\r\nLine two.\rEnd.',
    );
    const doc = await readInput(p);
    expect(doc).toEqual({
      title: 'Raid',
      published: '2014-05-15',
      url: null,
      text: 'Line one.\nLine two.\nEnd.',
      origin: p,
      metadata: { source: 'Dawn', format: 'text', encoding: 'utf-8' },
    });
  });

  it('lets the options override the title and date the file gives', async () => {
    const p = file('b.txt', 'TITLE: From file\nDATE: 2014-05-15\n\nBody.');
    const doc = await readInput(p, { title: 'From flag', published: '2020-01-02' });
    expect([doc.title, doc.published]).toEqual(['From flag', '2020-01-02']);
  });

  it('reads a Windows-1252 file and records the encoding', async () => {
    const p = file('c.txt', Buffer.from([0x93, 0x48, 0x69, 0x94, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x0d, 0x0a]));
    const doc = await readInput(p);
    expect(doc.text).toBe('“Hi” café\n');
    expect(doc.metadata?.encoding).toBe('windows-1252');
  });

  it('extracts the article from an .html file, and from HTML in a .txt file', async () => {
    for (const name of ['page.html', 'page.txt']) {
      const doc = await readInput(file(name, articleHtml));
      expect(doc.title).toBe('Militants arrested in Karachi raid');
      expect(doc.published).toBe('2017-04-12');
      expect(doc.text).toMatch(/^ISLAMABAD — Authorities/);
      expect(doc.metadata).toMatchObject({ format: 'html', encoding: 'utf-8' });
    }
  });

  it('honours <meta charset> in a legacy-encoded HTML file', async () => {
    // windows-1251 puts Cyrillic at 0xC0–0xFF; guessing Windows-1252 would give "Êàðà÷è".
    const cp1251 = (t: string) =>
      [...t].map((c) => String.fromCharCode(c.charCodeAt(0) - 0x410 + 0xc0)).join('');
    const html = articleHtml
      .toString('utf8')
      .replace('<meta charset="utf-8">', '<meta charset="windows-1251">')
      .replaceAll('—', '-')
      .replace('out of Karachi.', `out of Karachi (${cp1251('Карачи')}).`);
    const bytes = Buffer.from(html.replaceAll('“', '\x93').replaceAll('”', '\x94'), 'latin1');
    const doc = await readInput(file('legacy.htm', bytes));
    expect(doc.metadata?.encoding).toBe('windows-1251');
    expect(doc.text).toContain('out of Karachi (Карачи).');
    expect(doc.text).toContain('an “al-Qaida recruiter,” said');
  });

  it('gives one clear message for each file problem', async () => {
    expect(await failure(readInput(join(dir, 'nope.txt')))).toBe(`${join(dir, 'nope.txt')}: no such file`);
    expect(await failure(readInput(dir))).toBe(`${dir}: is a directory`);
    const empty = file('empty.txt', '');
    expect(await failure(readInput(empty))).toBe(`${empty}: empty input`);
    const blank = file('blank.txt', ' \n\t\r\n\u00a0');
    expect(await failure(readInput(blank))).toBe(`${blank}: empty input`);
    const onlyHeader = file('hdr.txt', 'TITLE: x\nDATE: 2014\n\n\n');
    expect(await failure(readInput(onlyHeader))).toMatch(/: empty input/);
    const bin = file('x.bin', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]));
    expect(await failure(readInput(bin))).toBe(`${bin}: binary file, not text`);
  });

  it.skipIf(process.getuid?.() === 0)('says permission denied for an unreadable file', async () => {
    const p = file('secret.txt', 'text');
    chmodSync(p, 0o000);
    expect(await failure(readInput(p))).toBe(`${p}: permission denied (cannot read the file)`);
  });

  it('checks the size before reading', async () => {
    const p = file('big.txt', 'x'.repeat(2048));
    expect(await failure(readInput(p, { maxBytes: 1024 }))).toBe(`${p}: file is 2.0 KB; the limit is 1 KB`);
    expect(MAX_INPUT_BYTES).toBe(20 * 1024 * 1024);
    expect(`${formatSize(50 * 1024 * 1024)}; ${formatLimit(MAX_INPUT_BYTES)}`).toBe('50.0 MB; 20 MB');
  });

  it('refuses schemes other than http(s)', async () => {
    expect(await failure(readInput('ftp://example.org/a.txt'))).toMatch(
      /^ftp:\/\/example\.org\/a\.txt: unsupported URL scheme "ftp:"/,
    );
    expect(await failure(readInput('file:///etc/hosts'))).toMatch(/unsupported URL scheme "file:"/);
  });
});

describe('readInput: stdin', () => {
  it('reads "-" from the given stream and names it stdin in errors', async () => {
    const doc = await readInput('-', {
      stdin: Readable.from([Buffer.from('TITLE: T\n\nHello '), Buffer.from('world')]),
    });
    expect([doc.title, doc.text, doc.origin]).toEqual(['T', 'Hello world', '-']);
    expect(await failure(readInput('-', { stdin: Readable.from([Buffer.alloc(0)]) }))).toBe(
      'stdin: empty input',
    );
  });

  it('stops reading stdin once it passes the limit', async () => {
    let pulled = 0;
    const chunks = (function* () {
      for (let i = 0; i < 1000; i++) {
        pulled++;
        yield Buffer.alloc(100, 0x61);
      }
    })();
    expect(await failure(readInput('-', { stdin: Readable.from(chunks), maxBytes: 1000 }))).toBe(
      'stdin: input is over the 1000 bytes limit',
    );
    expect(pulled).toBeLessThan(50);
  });
});

describe('readInput: URLs', () => {
  let server: Server;
  let base: string;
  let seen: IncomingHttpHeaders = {};

  beforeAll(async () => {
    server = createServer((req, res) => {
      seen = req.headers;
      switch (req.url) {
        case '/article':
          res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
          return res.end(articleHtml);
        case '/plain':
          res.writeHead(200, { 'Content-Type': 'text/plain; charset=iso-8859-1' });
          return res.end(Buffer.from([...Buffer.from('TITLE: Plain\n\nCaf'), 0xe9, 0x20, 0x93, 0x78, 0x94]));
        case '/moved':
          res.writeHead(301, { Location: '/article' });
          return res.end();
        case '/image':
          res.writeHead(200, { 'Content-Type': 'image/png' });
          return res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
        case '/huge':
          // Chunked with no Content-Length: the reader must stop on its own count.
          res.writeHead(200, { 'Content-Type': 'text/plain' });
          for (let i = 0; i < 100; i++) res.write('x'.repeat(1000));
          return res.end();
        case '/hang':
          return; // never answers
        case '/slow-body':
          res.writeHead(200, { 'Content-Type': 'text/plain' });
          return res.write('The beginning of a body that never ends');
        default:
          res.writeHead(404, { 'Content-Type': 'text/plain' });
          return res.end('not here');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('fetches an HTML article with a dossier User-Agent', async () => {
    const doc = await readInput(`${base}/article`);
    expect(seen['user-agent']).toBe('dossier/0.1');
    expect(doc.title).toBe('Militants arrested in Karachi raid');
    expect(doc.url).toBe('https://news.example.org/2017/04/karachi-raid');
    expect(doc.origin).toBe(`${base}/article`);
    expect(doc.text).toContain('Colonel Qaisar Khan');
    expect(doc.metadata).toMatchObject({
      contentType: 'text/html; charset=utf-8',
      encoding: 'utf-8',
      format: 'html',
    });
  });

  it('follows a redirect and records where it landed', async () => {
    const doc = await readInput(`${base}/moved`);
    expect(doc.text).toContain('Colonel Qaisar Khan');
    expect(doc.metadata?.fetchedUrl).toBe(`${base}/article`);
  });

  it('reads text/plain with its declared charset and header lines', async () => {
    const doc = await readInput(`${base}/plain`);
    expect([doc.title, doc.text, doc.url]).toEqual(['Plain', 'Café “x”', `${base}/plain`]);
    expect(doc.metadata?.encoding).toBe('windows-1252');
  });

  it('refuses a 404 with the status in the message', async () => {
    expect(await failure(readInput(`${base}/missing`))).toBe(`${base}/missing: HTTP 404 Not Found`);
  });

  it('refuses a non-text content type', async () => {
    expect(await failure(readInput(`${base}/image`))).toBe(
      `${base}/image: not a text or HTML page (Content-Type: image/png)`,
    );
  });

  it('stops downloading past the limit', async () => {
    expect(await failure(readInput(`${base}/huge`, { maxBytes: 10_000 }))).toBe(
      `${base}/huge: response is over the 9.8 KB limit`,
    );
  });

  it('times out on a server that never answers, or never finishes the body', async () => {
    const t0 = Date.now();
    expect(await failure(readInput(`${base}/hang`, { timeoutMs: 200 }))).toBe(
      `${base}/hang: timed out after 0.2 s`,
    );
    expect(await failure(readInput(`${base}/slow-body`, { timeoutMs: 200 }))).toBe(
      `${base}/slow-body: timed out after 0.2 s`,
    );
    expect(Date.now() - t0).toBeLessThan(5000);
  });

  it('says connection refused for a closed port', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect(await failure(readInput(`http://127.0.0.1:${port}/`))).toBe(
      `http://127.0.0.1:${port}/: connection refused (nothing is listening at that address and port)`,
    );
  });

  it('says connection refused, not "bad port", for a port web clients never fetch', async () => {
    for (const port of [1, 25])
      expect(await failure(readInput(`http://127.0.0.1:${port}/`))).toMatch(
        new RegExp(`^http://127.0.0.1:${port}/: connection refused: that port belongs to another service`),
      );
  });
});
