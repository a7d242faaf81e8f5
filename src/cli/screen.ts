import { existsSync } from 'node:fs';
import { InputError } from '../ingest/errors.js';
import { MAX_INPUT_BYTES } from '../ingest/limits.js';
import { readFileBytesSync } from '../ingest/sources.js';
import { countryCode } from '../screen/countries.js';
import { type Db, dbPath, loadEntries, openDb } from '../screen/db.js';
import { screenEntities, storeEntities } from '../screen/entities.js';
import { ensureDefaultLists } from '../screen/lists.js';
import { DEFAULT_THRESHOLD, type Hit, Matcher, type Query } from '../screen/match.js';

export interface ScreenCliOptions {
  name?: string;
  names?: string;
  type?: string;
  birthYear?: string;
  country?: string;
  list?: string[];
  threshold?: string;
  json?: boolean;
  db?: string;
}

function usage(msg: string): number {
  process.stderr.write(`dossier screen: ${msg}\n`);
  return 2;
}

/** `dossier screen`: one name, a file of names, or every entity in the store. */
export function runScreen(opts: ScreenCliOptions): number {
  if (opts.name !== undefined && opts.names !== undefined)
    return usage('--name and --names cannot be used together');
  const threshold = opts.threshold === undefined ? DEFAULT_THRESHOLD : Number(opts.threshold);
  if (!(threshold >= 0 && threshold <= 1))
    return usage(`--threshold ${opts.threshold}: expected a number from 0 to 1`);
  if (opts.type !== undefined && opts.type !== 'person' && opts.type !== 'organization')
    return usage(`--type ${opts.type}: expected person or organization`);
  if (opts.birthYear !== undefined && !/^\d{4}$/.test(opts.birthYear))
    return usage(`--birth-year ${opts.birthYear}: expected a year such as 1980`);
  const country = opts.country === undefined ? undefined : countryCode(opts.country);
  if (opts.country !== undefined && !country)
    return usage(`--country ${opts.country}: not a country name or ISO code (e.g. PK, Pakistan)`);
  if (opts.name !== undefined && !opts.name.trim()) return usage('--name is empty');
  if (opts.names !== undefined && !existsSync(opts.names)) return usage(`${opts.names}: no such file`);

  let db: Db;
  try {
    db = openDb(dbPath(opts.db));
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    process.stderr.write(`dossier screen: ${e.message}\n`);
    return 1;
  }
  try {
    const imported = ensureDefaultLists(db);
    if (imported && !opts.json)
      process.stderr.write(
        `dossier screen: imported the shipped OFAC list (${imported.records} entries) into an empty database\n`,
      );
    const lists = (opts.list ?? []).flatMap((l) => l.split(',')).filter((l) => l);
    const entries = loadEntries(db, lists);
    if (lists.length > 0 && entries.length === 0)
      return usage(`--list ${lists.join(',')}: no such list (see dossier watchlist list)`);
    const matcher = new Matcher(entries);
    const base: Omit<Query, 'name'> = {
      type: opts.type as Query['type'],
      birthYear: opts.birthYear ? Number(opts.birthYear) : undefined,
      country,
    };
    const out = (name: string, hits: Hit[], extra: Record<string, unknown> = {}) => {
      if (opts.json) process.stdout.write(`${JSON.stringify({ query: name, ...extra, hits })}\n`);
      else process.stdout.write(formatHits(name, hits));
    };
    if (opts.name !== undefined) {
      out(opts.name, matcher.screen({ ...base, name: opts.name }, { threshold }));
      return 0;
    }
    if (opts.names !== undefined) {
      const text = readFileBytesSync(opts.names, opts.names, MAX_INPUT_BYTES).toString('utf8');
      for (const line of text.split(/\r?\n/)) {
        const name = line.trim();
        if (name) out(name, matcher.screen({ ...base, name }, { threshold }));
      }
      return 0;
    }
    const entities = storeEntities(db);
    if (!entities) {
      process.stderr.write(
        'dossier screen: screening the whole store needs the knowledge store (dossier ingest); ' +
          'give --name NAME or --names FILE meanwhile\n',
      );
      return 2;
    }
    for (const r of screenEntities(matcher, entities, base, threshold)) {
      if (r.hits.length > 0 || opts.json)
        out(r.entity.names[0], r.hits, { entity: r.entity.id, type: r.entity.type });
    }
    return 0;
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    process.stderr.write(`dossier screen: ${e.message}\n`);
    return 1;
  } finally {
    db.close();
  }
}

/** Human-readable hits: score, list and id, listed name, then how each part matched. */
export function formatHits(query: string, hits: Hit[]): string {
  if (hits.length === 0) return `${query}: no hits\n`;
  let s = `${query}: ${hits.length} hit${hits.length > 1 ? 's' : ''}\n`;
  for (const h of hits) {
    const alias =
      h.matchedName === h.listedName
        ? ''
        : ` — matched ${h.matchedKind} "${h.matchedName}"${h.matchedRomanised ? ` (${h.matchedRomanised})` : ''}`;
    s += `  ${h.score.toFixed(3)}  ${h.list} ${h.id}  ${h.listedName} [${h.type}]${alias}\n`;
    const parts = h.explanation.parts.map((p) =>
      p.how === 'missing'
        ? `${p.listed} missing`
        : p.how === 'extra'
          ? `${p.query} extra`
          : p.how === 'exact'
            ? `${p.query} exact`
            : `${p.query}~${p.listed} ${p.how} ${p.similarity}`,
    );
    const quals = h.explanation.qualifiers.map(
      (q) => `${q.kind} ${q.effect >= 0 ? '+' : ''}${q.effect} (${q.detail})`,
    );
    s += `         name ${h.explanation.nameScore}: ${parts.join('; ')}${quals.length ? `; ${quals.join('; ')}` : ''}\n`;
  }
  return s;
}
