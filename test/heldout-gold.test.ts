// The held-out sets' gold files (bench/holdout/ … bench/holdout6/) stay consistent with their
// articles: a gold name, alias or quote that is not in the text, an id that points nowhere, or a
// type outside the extraction contract (../shared/ONTOLOGY.md) would make `eval:holdout` score
// against something the article never says. Plain data checks; nothing here runs dossier.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bench = join(import.meta.dirname, '..', 'bench');
const SETS = ['holdout', 'holdout2', 'holdout3', 'holdout4', 'holdout5', 'holdout6'];
const ENTITY_TYPES = new Set(['person', 'organization', 'place', 'handle']);
const TIE_TYPES = new Set(
  (
    'member_of leader_of spokesperson_of affiliated_with part_of allied_with rival_of fights split_from ' +
    'pledged_allegiance_to expelled_from arrested_by supports located_in has_account'
  ).split(' '),
);
const EVENT_TYPES = new Set(
  (
    'arrest expulsion allegiance statement meeting travel_restriction recruitment attack killing ' +
    'defection designation'
  ).split(' '),
);
const ROLES = new Set(['agent', 'patient', 'speaker', 'recipient', 'member']);

interface Gold {
  schema: string;
  document: { title: string | null; published: string | null };
  entities: {
    id: string;
    type: string;
    name: string;
    aliases?: string[];
    optional?: boolean;
    geo?: { lat: number; lon: number; country: string; tolKm?: number };
  }[];
  quotes: { id: string; text: string; speaker: string | null; speakerText?: string }[];
  relations: { type: string; subject: string; object: string }[];
  events: {
    type: string;
    date: { text: string; value: string | null } | null;
    place: string | null;
    participants: { role: string; entity: string }[];
  }[];
}

/** The article's header fields (KEY: value lines up to the first blank line) and the whole text. */
function article(path: string): { fields: Record<string, string>; text: string } {
  const text = readFileSync(path, 'utf8');
  const head = text.slice(0, text.indexOf('\n\n'));
  const fields: Record<string, string> = {};
  for (const line of head.split('\n')) {
    const m = /^([A-Z]+): (.*)$/.exec(line);
    if (m) fields[m[1]] = m[2];
  }
  return { fields, text };
}

for (const set of SETS) {
  const dir = join(bench, set);
  describe.skipIf(!existsSync(dir))(`bench/${set} gold`, () => {
    const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')) : [];

    it('has ten articles, each with a gold file, and no gold file without an article', () => {
      expect(files.length).toBe(10);
      const golds = readdirSync(dir).filter((f) => f.endsWith('.gold.json'));
      expect(golds.sort()).toEqual(files.map((f) => f.replace(/\.txt$/, '.gold.json')).sort());
    });

    for (const f of files) {
      it(`${f}: gold agrees with the article and the contract`, () => {
        const { fields, text } = article(join(dir, f));
        const gold = JSON.parse(readFileSync(join(dir, f.replace(/\.txt$/, '.gold.json')), 'utf8')) as Gold;
        expect(gold.schema).toBe('dossier.extraction/1');
        expect(gold.document.published).toBe(fields.DATE);
        expect(gold.document.title).toBe(fields.TITLE);

        const ids = new Map(gold.entities.map((e) => [e.id, e]));
        expect(ids.size).toBe(gold.entities.length);
        const problems: string[] = [];
        const lower = text.toLowerCase();
        for (const e of gold.entities) {
          if (!ENTITY_TYPES.has(e.type)) problems.push(`entity ${e.id}: type ${e.type}`);
          // case folded, as the scorer folds it: a dateline writes "BEIRUT"
          for (const n of [e.name, ...(e.aliases ?? [])])
            if (!lower.includes(n.toLowerCase()))
              problems.push(`entity ${e.id}: "${n}" is not in the article`);
          if (e.type === 'place' && !e.optional) {
            const g = e.geo;
            if (
              !g ||
              !Number.isFinite(g.lat) ||
              !Number.isFinite(g.lon) ||
              Math.abs(g.lat) > 90 ||
              Math.abs(g.lon) > 180
            )
              problems.push(`place ${e.id}: no usable coordinates`);
            else if (!/^[A-Z]{2}$/.test(g.country)) problems.push(`place ${e.id}: country ${g.country}`);
          }
        }
        for (const q of gold.quotes) {
          if (!text.includes(q.text)) problems.push(`quote ${q.id}: text is not in the article`);
          if (q.speaker != null && !ids.has(q.speaker)) problems.push(`quote ${q.id}: speaker ${q.speaker}`);
          if (q.speaker == null && !q.speakerText)
            problems.push(`quote ${q.id}: neither speaker nor speakerText`);
        }
        for (const r of gold.relations) {
          if (!TIE_TYPES.has(r.type)) problems.push(`tie type ${r.type}`);
          for (const id of [r.subject, r.object])
            if (!ids.has(id)) problems.push(`tie ${r.type}(${r.subject}, ${r.object}): ${id} is no entity`);
        }
        for (const v of gold.events) {
          if (!EVENT_TYPES.has(v.type)) problems.push(`event type ${v.type}`);
          if (v.place != null && ids.get(v.place)?.type !== 'place')
            problems.push(`event ${v.type}: place ${v.place}`);
          if (v.date?.value != null && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v.date.value))
            problems.push(`event ${v.type}: date ${v.date.value}`);
          for (const p of v.participants) {
            if (!ROLES.has(p.role)) problems.push(`event ${v.type}: role ${p.role}`);
            if (!ids.has(p.entity)) problems.push(`event ${v.type}: ${p.entity} is no entity`);
          }
        }
        expect(problems).toEqual([]);
      });
    }
  });
}
