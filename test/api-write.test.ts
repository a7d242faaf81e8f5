// Writes through the HTTP API: ingest (text, files), decisions, grades, and the
// escaping that keeps article text inert.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDb, saveList } from '../src/screen/db.js';
import type { SqliteStore } from '../src/store/sqlite.js';
import { app, post, problem, root, seed, tempStore, WRITE_HEADERS } from './api-helpers.js';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in tests
type Json = Record<string, any>;
let store: SqliteStore;
let a: OpenAPIHono;

beforeAll(async () => {
  store = tempStore();
  a = app(store);
  await seed(a);
});

const ARTICLE = `TITLE: Invented exercise: Crescent Front commander arrested
DATE: 2024-02-10

Police in Multan arrested Tariq Janbaz, a commander of the Crescent Front, on Saturday.
"We will not be silenced," Tariq Janbaz said before his arrest.`;

describe('ingest', () => {
  it('ingests pasted text, then the new document can be fetched; the same text again is unchanged', async () => {
    const res = await post(a, '/api/ingest', { text: ARTICLE });
    expect(res.status).toBe(200);
    const { documents } = (await res.json()) as Json;
    expect(documents).toHaveLength(1);
    expect(documents[0]).toMatchObject({
      status: 'new',
      title: 'Invented exercise: Crescent Front commander arrested',
    });
    const doc = (await (await a.request(`/api/documents/${documents[0].id}`)).json()) as Json;
    expect(doc.published).toBe('2024-02-10');
    expect(doc.text).toContain('Tariq Janbaz');
    expect(doc.mentions.some((m: Json) => doc.text.slice(m.start, m.end) === 'Tariq Janbaz')).toBe(true);
    const again = (await (await post(a, '/api/ingest', { text: ARTICLE })).json()) as Json;
    expect(again.documents[0]).toMatchObject({ status: 'unchanged', id: documents[0].id });
  });

  it('title and published given with the text override the header', async () => {
    const r = (await (
      await post(a, '/api/ingest', {
        text: 'Commander Noor Wali of the Crescent Front met envoys in Quetta.',
        title: 'Given title',
        published: '2024-03',
      })
    ).json()) as Json;
    const doc = (await (await a.request(`/api/documents/${r.documents[0].id}`)).json()) as Json;
    expect(doc).toMatchObject({ title: 'Given title', published: '2024-03' });
  });

  it('uploaded files (multipart) are ingested one by one, a bad one failing alone', async () => {
    const form = new FormData();
    form.append(
      'files',
      new Blob(['Fighters of the Crescent Front attacked a checkpoint in Dera Ismail Khan.']),
      'one.txt',
    );
    form.append(
      'files',
      new Blob([readFileSync(join(root, 'test/fixtures/ingest/article.html'))]),
      'two.html',
    );
    form.append('files', new Blob(['   ']), 'empty.txt');
    const res = await a.request('/api/ingest', {
      method: 'POST',
      headers: { 'X-Dossier-CSRF': '1' },
      body: form,
    });
    expect(res.status).toBe(200);
    const { documents } = (await res.json()) as Json;
    expect(
      documents.map((d: Json) => d.status),
      JSON.stringify(documents),
    ).toEqual(['new', 'new', 'failed']);
    expect(documents[1].title).toBeTruthy();
    expect(documents[1].title).not.toBe('two');
    expect(documents[2].reason).toMatch(/empty\.txt: empty/);
  });

  it('real dates pass: leap day, month only, year only', async () => {
    const since = async (d: string) => (await a.request(`/api/search?q=escaped&since=${d}`)).status;
    for (const d of ['2024-02-29', '2024-12-31', '2024-04', '1999']) expect(await since(d), d).toBe(200);
    for (const d of ['2020-13-45', '2023-02-29', '2024-04-31', '2024-00-10', '2024-01-00', '24-01-01'])
      expect(await since(d), d).toBe(400);
  });

  it('bad ingest bodies are 400 naming the field', async () => {
    for (const [body, name] of [
      [{}, 'text or url'],
      [{ text: '' }, 'text'],
      [{ text: 'x', published: 'last week' }, 'published'],
      [{ text: 'x', published: '2020-13-45' }, 'published must be a real date'],
      [{ text: 'x', published: '2023-02-29' }, 'published'],
      [{ text: 'x', published: '2024-00' }, 'published'],
      [{ text: 'x', title: 'a\u0000b' }, 'title must not contain control characters'],
      [{ url: 'ftp://example.org/a' }, 'url'],
      [{ text: 'x', url: 'https://example.org/' }, 'either text or url'],
    ] as const) {
      const p = await problem(await post(a, '/api/ingest', body));
      expect(p.status, JSON.stringify(body)).toBe(400);
      expect(p.detail, JSON.stringify(body)).toContain(name);
    }
    const bad = await a.request('/api/ingest', { method: 'POST', headers: WRITE_HEADERS, body: '{not json' });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
  });
});

describe('decisions', () => {
  async function someFact(): Promise<{ doc: string; fact: Json }> {
    const list = (await (await a.request('/api/documents?limit=500')).json()) as Json;
    for (const d of list.items) {
      const doc = (await (await a.request(`/api/documents/${d.id}`)).json()) as Json;
      const f = doc.facts.find((x: Json) => x.kind === 'relation' && x.status === 'machine');
      if (f) return { doc: d.id, fact: f };
    }
    throw new Error('no relation fact');
  }

  it('confirming a fact shows it confirmed in its document and the decision list; undo restores it', async () => {
    const { doc, fact } = await someFact();
    const res = await post(a, '/api/decisions', { kind: 'confirm', factId: fact.id, by: 'tester' });
    expect(res.status).toBe(200);
    const d = (await res.json()) as Json;
    expect(d).toMatchObject({ kind: 'confirm', factId: fact.id, by: 'tester', undone: false });
    const after = (await (await a.request(`/api/documents/${doc}`)).json()) as Json;
    expect(after.facts.find((f: Json) => f.id === fact.id).status).toBe('confirmed');
    const list = (await (await a.request('/api/decisions')).json()) as Json;
    expect(list.items[0].id).toBe(d.id);
    expect(list.total).toBeGreaterThanOrEqual(1);
    const undone = (await (await post(a, `/api/decisions/${d.id}/undo`, {})).json()) as Json;
    expect(undone.undone).toBe(true);
    const back = (await (await a.request(`/api/documents/${doc}`)).json()) as Json;
    expect(back.facts.find((f: Json) => f.id === fact.id).status).toBe('machine');
  });

  it('rejecting a fact shows it rejected', async () => {
    const { doc, fact } = await someFact();
    await post(a, '/api/decisions', { kind: 'reject', factId: fact.id });
    const after = (await (await a.request(`/api/documents/${doc}`)).json()) as Json;
    expect(after.facts.find((f: Json) => f.id === fact.id).status).toBe('rejected');
  });

  it('fixing a speaker changes the quote as the document shows it', async () => {
    const list = (await (await a.request('/api/documents?limit=500')).json()) as Json;
    let quote: Json | undefined;
    let docId = '';
    for (const d of list.items) {
      const doc = (await (await a.request(`/api/documents/${d.id}`)).json()) as Json;
      if (doc.quotes.length) {
        quote = doc.quotes[0];
        docId = d.id;
        break;
      }
    }
    expect(quote).toBeDefined();
    const r = await post(a, '/api/decisions', {
      kind: 'speaker',
      quoteId: quote!.id,
      name: 'a police officer',
    });
    expect(r.status).toBe(200);
    const doc = (await (await a.request(`/api/documents/${docId}`)).json()) as Json;
    const q = doc.quotes.find((x: Json) => x.id === quote!.id);
    expect(q).toMatchObject({ speakerText: 'a police officer', speakerId: null });
  });

  it('adds a tie cited to a selected sentence, edits its type, retypes an entity; bad ones are 400', async () => {
    const res = await post(a, '/api/ingest', {
      text: `TITLE: Invented exercise: a new front in the hills
DATE: 2024-03-01

Karim Dostyar heads the Hill Front, a local official said. The Hill Front raided a checkpoint in Zhob.`,
    });
    const docId = ((await res.json()) as Json).documents[0].id;
    const doc = (await (await a.request(`/api/documents/${docId}`)).json()) as Json;
    const ent = (name: string) => {
      const m = doc.mentions.find((x: Json) => x.name === name);
      return m && { id: m.entityId };
    };
    const person = ent('Karim Dostyar');
    const group = ent('Hill Front');
    expect(person && group).toBeTruthy();
    const start = doc.text.indexOf('Karim Dostyar heads');
    const end = doc.text.indexOf('said.') + 5;
    const add = await post(a, '/api/decisions', {
      kind: 'add',
      fact: {
        kind: 'relation',
        type: 'leader_of',
        subjectId: person.id,
        objectId: group.id,
        documentId: docId,
        start,
        end,
      },
    });
    expect(add.status).toBe(200);
    const d = (await add.json()) as Json;
    const factId = d.target.slice(5);
    const again = (await (await a.request(`/api/documents/${docId}`)).json()) as Json;
    expect(again.facts.find((f: Json) => f.id === factId)).toMatchObject({
      type: 'leader_of',
      status: 'confirmed',
      start,
      end,
    });

    const edit = await post(a, '/api/decisions', { kind: 'edit', factId, fact: { type: 'member_of' } });
    expect(edit.status).toBe(200);
    const edited = (await (await a.request(`/api/documents/${docId}`)).json()) as Json;
    expect(
      edited.facts
        .filter((f: Json) => f.kind === 'relation' && f.subjectId === person.id)
        .map((f: Json) => f.type),
    ).toContain('member_of');
    const rt = await post(a, '/api/decisions', {
      kind: 'retype',
      entityId: person.id,
      entityType: 'organization',
    });
    expect(rt.status).toBe(200);
    expect(((await (await a.request(`/api/entities/${person.id}`)).json()) as Json).entity.type).toBe(
      'organization',
    );

    for (const [fact, word] of [
      [
        {
          kind: 'relation',
          type: 'leads',
          subjectId: person.id,
          objectId: group.id,
          documentId: docId,
          start,
          end,
        },
        'leads',
      ],
      [
        {
          kind: 'relation',
          type: 'leader_of',
          subjectId: person.id,
          objectId: group.id,
          documentId: docId,
          start,
          end: 99999,
        },
        'span',
      ],
      [
        {
          kind: 'event',
          type: 'attack',
          roles: [{ role: 'agent', entityId: group.id }],
          date: '2024-02-30',
          documentId: docId,
          start,
          end,
        },
        '2024-02-30',
      ],
      [
        {
          kind: 'event',
          type: 'attack',
          roles: [{ role: 'agent', entityId: group.id }],
          documentId: 'nope',
          start,
          end,
        },
        'document',
      ],
    ] as const) {
      const p = await problem(await post(a, '/api/decisions', { kind: 'add', fact }));
      expect(p.status, JSON.stringify(fact)).toBe(400);
      expect(p.detail, JSON.stringify(fact)).toContain(word);
    }
  });

  it('bad decisions are 400 naming the field, unknown targets 404', async () => {
    for (const [body, name] of [
      [{ kind: 'approve' }, 'kind'],
      [{ kind: 'confirm' }, 'factId'],
      [{ kind: 'merge', entityId: 'Ex' }, 'otherId'],
      [{ kind: 'rename', entityId: 'Ex' }, 'name'],
      [{ kind: 'rename', entityId: 'Ex', name: '\u0000' }, 'name must not contain control characters'],
      [{ kind: 'rename', entityId: 'Ex', name: 'Abu\u001b]0;x\u0007' }, 'name must not contain control'],
      [{ kind: 'rename', entityId: 'Ex', name: ' \u200b ' }, 'name must not be empty'],
      [{ kind: 'confirm', factId: 'Rx', by: '\u0000' }, 'by must not contain control characters'],
      [{ kind: 'speaker' }, 'quoteId'],
    ] as const) {
      const p = await problem(await post(a, '/api/decisions', body));
      expect(p.status, JSON.stringify(body)).toBe(400);
      expect(p.detail, JSON.stringify(body)).toContain(name);
    }
    expect(
      (await problem(await post(a, '/api/decisions', { kind: 'confirm', factId: 'Rnope' }))).status,
    ).toBe(404);
    expect((await problem(await post(a, '/api/decisions/99999/undo', {}))).status).toBe(404);
    expect((await problem(await post(a, '/api/decisions/abc/undo', {}))).detail).toContain('id');
  });
});

describe('sources and screening writes', () => {
  it('grades a source and reads the grade back; bad grades 400, unknown outlets 404', async () => {
    const res = await a.request('/api/sources/frontier-herald.example/grade', {
      method: 'PUT',
      headers: WRITE_HEADERS,
      body: JSON.stringify({ grade: 'b2' }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ outlet: 'frontier-herald.example', grade: 'B2' });
    const s = (await (await a.request('/api/sources')).json()) as Json;
    expect(s.items.find((x: Json) => x.outlet === 'frontier-herald.example').grade).toBe('B2');
    const g = (await (await a.request('/api/graph?grade=B')).json()) as Json;
    expect(g.edges.length).toBeGreaterThan(0);
    const bad = await a.request('/api/sources/frontier-herald.example/grade', {
      method: 'PUT',
      headers: WRITE_HEADERS,
      body: JSON.stringify({ grade: 'Z9' }),
    });
    expect((await problem(bad)).detail).toContain('grade');
    const none = await a.request('/api/sources/nowhere.example/grade', {
      method: 'PUT',
      headers: WRITE_HEADERS,
      body: JSON.stringify({ grade: 'A1' }),
    });
    expect(none.status).toBe(404);
  });

  it('confirming an unknown screening hit is 404', async () => {
    expect((await post(a, '/api/screening/hits/abc/confirm', {})).status).toBe(404);
    expect((await post(a, '/api/screening/hits/abc/dismiss', {})).status).toBe(404);
  });
});

describe('article text stays inert', () => {
  const HOSTILE = `TITLE: <img src=x onerror=alert(1)> Exercise
DATE: 2024-05-01

The Crescent Front <script>alert("x")</script> said <a href="javascript:alert(2)">click</a> that Tariq Janbaz <b onmouseover=alert(3)>escaped</b> from Multan.`;

  it('search snippets escape everything except the <mark> tags', async () => {
    await post(a, '/api/ingest', { text: HOSTILE });
    const r = (await (await a.request('/api/search?q=escaped')).json()) as Json;
    expect(r.items.length).toBeGreaterThan(0);
    for (const h of r.items) {
      const tags = h.snippet.match(/<[^>]*>/g) ?? [];
      expect(tags.every((t: string) => t === '<mark>' || t === '</mark>')).toBe(true);
      expect(h.snippet).toContain('<mark>escaped</mark>');
    }
    const s = (await (await a.request('/api/search?q=script%20alert')).json()) as Json;
    expect(s.items[0].snippet).toContain('&lt;');
    expect(s.items[0].snippet).not.toMatch(/<script|<a |<b /);
  });

  it('search snippets escape quotes and ampersands too', async () => {
    await post(a, '/api/ingest', { text: `The envoy wrote a "b" & 'c' <i>zephyrine notes on the talks.` });
    const r = (await (await a.request('/api/search?q=zephyrine')).json()) as Json;
    expect(r.items[0].snippet).toContain('a &quot;b&quot; &amp; &#39;c&#39; &lt;i&gt;<mark>zephyrine</mark>');
  });

  it('JSON answers are application/json (never HTML) with nosniff on the UI', async () => {
    const list = (await (await a.request('/api/documents?limit=1')).json()) as Json;
    const res = await a.request(`/api/documents/${list.items[0].id}`);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const doc = (await res.json()) as Json;
    expect(doc.text).toContain('<script>'); // raw text in JSON: the UI renders it as text
    const page = await a.request('/some/spa/route');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('content-security-policy')).toContain(
      "script-src 'self'".replace("script-src 'self'", "default-src 'self'"),
    );
  });
});

describe('screening hits', () => {
  it('lists hits of stored entities on an imported list; confirm and dismiss are kept', async () => {
    const sdb = openDb(store.path);
    saveList(
      sdb,
      'exercise',
      [
        {
          list: 'exercise',
          id: 'X-1',
          type: 'person',
          names: [{ name: 'Zarif Noorzai', kind: 'primary' }],
          birthYears: [],
          countries: [],
        },
        {
          list: 'exercise',
          id: 'X-2',
          type: 'organization',
          names: [{ name: 'Tehrik-i-Taliban Pakistan', kind: 'primary' }],
          birthYears: [],
          countries: [],
        },
      ],
      { format: 'csv', source: 'test' },
    );
    sdb.close();
    const list = (await (await a.request('/api/screening/hits')).json()) as Json;
    const hit = list.items.find((h: Json) => h.entryId === 'X-1');
    expect(hit).toMatchObject({ list: 'exercise', entityName: 'Zarif Noorzai', status: 'open' });
    expect(hit.score).toBeGreaterThanOrEqual(0.85);
    const profile = (await (await a.request(`/api/entities/${hit.entityId}`)).json()) as Json;
    expect(profile.screening.map((h: Json) => h.entryId)).toContain('X-1');
    const c = (await (await post(a, `/api/screening/hits/${hit.id}/confirm`, {})).json()) as Json;
    expect(c.status).toBe('confirmed');
    const other = list.items.find((h: Json) => h.entryId === 'X-2');
    await post(a, `/api/screening/hits/${other.id}/dismiss`, {});
    const after = (await (await a.request('/api/screening/hits')).json()) as Json;
    const status = (id: string) => after.items.find((h: Json) => h.id === id).status;
    expect(status(hit.id)).toBe('confirmed');
    expect(status(other.id)).toBe('dismissed');
  });
});
