// `dossier import FILE`: a STIX 2.1 bundle or FollowTheMoney JSON lines read into
// the store as analyst-provided knowledge. Each STIX report (and, for what no
// report lists, the file itself) becomes a document cited to the file, whose text
// is the evidence sentences the file carries; its entities, ties, quotes and events
// are handed to the store's ordinary ingest, so they are resolved against the
// extracted ones by the same rules (src/store/resolve.ts) and every merge keeps its
// reasons. Entities remember their STIX id (attributes.stix_id) and documents their
// report id, so exporting again names the same objects. Two stored entities the
// file says are one (same STIX id) are merged as a decision by `import:FILE`.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { InputError } from '../ingest/errors.js';
import {
  EVENT_TYPES as EVENT_TYPE_LIST,
  RELATION_TYPES as RELATION_TYPE_LIST,
  ROLES as ROLE_LIST,
} from '../ontology.js';
import { documentId, relationFactId } from '../store/ids.js';
import type { Store } from '../store/store.js';
import type {
  EntityType,
  EventType,
  ExtractedEntity,
  ExtractedEvent,
  ExtractedQuote,
  ExtractedRelation,
  Extraction,
  RelationType,
  Role,
} from '../types.js';
import { RELATIONSHIP_TYPES } from './stix.js';

export interface ImportReport {
  file: string;
  format: 'stix' | 'ftm';
  documents: number;
  entities: number;
  merged: number;
  ties: number;
  quotes: number;
  events: number;
  decisions: number;
  skipped: { id: string; type: string; reason: string }[];
}

// The tie and event types a file may carry: the store's own lists, so a type the
// extractor gains (as it did "fights") is importable without a second list to edit.
const RELATION_TYPES: ReadonlySet<string> = new Set(RELATION_TYPE_LIST);
const EVENT_TYPES: ReadonlySet<string> = new Set(EVENT_TYPE_LIST);
const ROLES: ReadonlySet<string> = new Set(ROLE_LIST);
const FROM_STIX = new Map<string, string>([
  ...Object.entries(RELATIONSHIP_TYPES)
    .filter(([k]) => k !== 'member_of')
    .map(([k, v]) => [v, k] as [string, string]),
]);

type Obj = Record<string, unknown> & { type: string; id: string };

interface PlannedEntity {
  key: string;
  type: EntityType;
  name: string;
  aliases: string[];
  attributes: Record<string, unknown>;
  geo: ExtractedEntity['geo'];
}

/** One synthetic document: the sentences the file gives as evidence, with its entities named in them. */
class DocBuilder {
  private text = '';
  private readonly sentences = new Map<string, number>();
  readonly entities = new Map<string, PlannedEntity>();
  readonly relations: ExtractedRelation[] = [];
  readonly quotes: ExtractedQuote[] = [];
  readonly events: ExtractedEvent[] = [];

  /** The sentence's span in the text (added once, however many facts cite it). */
  sentence(s: string): { start: number; end: number } {
    // Kept exactly as the file gives it: a re-export cites the same sentence.
    const clean = s.trim() ? s : '(no evidence sentence in the imported file)';
    let start = this.sentences.get(clean);
    if (start === undefined) {
      if (this.text) this.text += '\n\n';
      start = this.text.length;
      this.text += clean;
      this.sentences.set(clean, start);
    }
    return { start, end: start + clean.length };
  }

  use(e: PlannedEntity): string {
    this.entities.set(e.key, e);
    return e.key;
  }

  build(meta: {
    title: string | null;
    published: string | null;
    url: string | null;
    metadata: Record<string, string>;
  }): Extraction {
    // Each entity is named where its name (or an alias) occurs; the rest are listed in a closing line.
    const claimed = new Set<string>();
    const found = new Map<string, { start: number; end: number }[]>();
    for (const e of this.entities.values()) {
      const spans: { start: number; end: number }[] = [];
      for (const n of [e.name, ...e.aliases]) {
        if (n.length < 2) continue;
        for (
          let i = this.text.indexOf(n);
          i >= 0 && spans.length < 20;
          i = this.text.indexOf(n, i + n.length)
        ) {
          const k = `${i}:${i + n.length}`;
          const word = !/\w/.test(this.text[i - 1] ?? ' ') && !/\w/.test(this.text[i + n.length] ?? ' ');
          if (word && !claimed.has(k)) {
            claimed.add(k);
            spans.push({ start: i, end: i + n.length });
          }
        }
      }
      found.set(e.key, spans);
    }
    const unnamed = [...this.entities.values()].filter((e) => !found.get(e.key)!.length);
    if (unnamed.length) {
      this.text += `${this.text ? '\n\n' : ''}Named in the imported file: `;
      unnamed.forEach((e, i) => {
        if (i) this.text += '; ';
        found.set(e.key, [{ start: this.text.length, end: this.text.length + e.name.length }]);
        this.text += e.name;
      });
      this.text += '.';
    }
    const entities: ExtractedEntity[] = [...this.entities.values()].map((e) => ({
      id: e.key,
      type: e.type,
      name: e.name,
      aliases: e.aliases,
      mentions: found.get(e.key)!,
      attributes: e.attributes,
      geo: e.geo ?? null,
    }));
    return {
      schema: 'dossier.extraction/1',
      document: {
        title: meta.title,
        published: meta.published,
        url: meta.url,
        text: this.text,
        metadata: meta.metadata,
      },
      entities,
      quotes: this.quotes,
      relations: this.relations,
      events: this.events,
    };
  }

  get empty(): boolean {
    return this.entities.size === 0;
  }
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);
const list = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/** Reads FILE (a STIX bundle, or FtM JSON lines) into the store. */
export async function importFile(
  store: Store,
  file: string,
  by = `import:${basename(file)}`,
): Promise<ImportReport> {
  let raw: string;
  try {
    if (statSync(file).isDirectory())
      throw new InputError(file, 'is a directory; give a STIX bundle or FtM JSON lines file');
    raw = readFileSync(file, 'utf8');
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(file, (e as Error).message.replace(/^[A-Z]+: /, ''));
  }
  const trimmed = raw.trimStart();
  let bundle: Obj | null = null;
  if (trimmed.startsWith('{')) {
    try {
      const v = JSON.parse(raw);
      if (v && v.type === 'bundle') bundle = v;
    } catch {
      // not one JSON document: perhaps JSON lines
    }
  }
  if (bundle) return importStix(store, file, bundle, by);
  const lines = raw.split('\n').filter((l) => l.trim());
  const ftm: Obj[] = [];
  for (const [i, l] of lines.entries()) {
    let o: unknown;
    try {
      o = JSON.parse(l);
    } catch {
      throw new InputError(
        file,
        `neither a STIX 2.1 bundle nor FollowTheMoney JSON lines (line ${i + 1} is not JSON)`,
      );
    }
    const e = o as { id?: unknown; schema?: unknown; properties?: unknown };
    if (typeof e.id !== 'string' || typeof e.schema !== 'string' || typeof e.properties !== 'object')
      throw new InputError(
        file,
        `neither a STIX 2.1 bundle nor FollowTheMoney JSON lines (line ${i + 1} is not an entity with id, schema, properties)`,
      );
    ftm.push({ ...(e as object), type: e.schema, id: e.id } as Obj);
  }
  if (!ftm.length)
    throw new InputError(file, 'empty: neither a STIX 2.1 bundle nor FollowTheMoney JSON lines');
  return importFtm(store, file, ftm, by);
}

function report(file: string, format: 'stix' | 'ftm'): ImportReport {
  return {
    file,
    format,
    documents: 0,
    entities: 0,
    merged: 0,
    ties: 0,
    quotes: 0,
    events: 0,
    decisions: 0,
    skipped: [],
  };
}

async function ingestDoc(
  store: Store,
  r: ImportReport,
  file: string,
  doc: DocBuilder,
  meta: {
    title: string | null;
    published: string | null;
    url: string | null;
    outlet: string | null;
    byline?: string | null;
    anchor: string;
    metadata: Record<string, string>;
  },
): Promise<void> {
  if (doc.empty) return;
  const ex = doc.build(meta);
  const id = documentId(ex.document.text);
  const location = `${file}#${meta.anchor}`;
  if (await store.knownDocument(id, location)) return;
  const res = await store.ingest(
    {
      id,
      title: meta.title,
      published: meta.published,
      outlet: meta.outlet,
      byline: meta.byline ?? null,
      location,
    },
    ex,
  );
  if (meta.url) await store.knownDocument(id, meta.url);
  r.documents++;
  r.entities += res.entities;
  r.merged += res.merged;
  r.ties += ex.relations.length;
  r.quotes += ex.quotes.length;
  r.events += ex.events.length;
}

/** Entities of the store the file calls by one STIX id (or FtM id) but resolution kept apart: merged as the file's decision. */
async function mergeSameIds(store: Store, by: string): Promise<number> {
  const rows = store.sqlDb
    .prepare(
      `SELECT json_extract(attributes, '$.stix_id') AS sid, id FROM entities
       WHERE json_extract(attributes, '$.stix_id') IS NOT NULL ORDER BY sid, document_count DESC, id`,
    )
    .all() as { sid: string; id: string }[];
  let n = 0;
  for (let i = 1; i < rows.length; i++)
    if (rows[i].sid === rows[i - 1].sid) {
      const keep = rows.find((x) => x.sid === rows[i].sid)!.id;
      await store.decide({ kind: 'merge', entityId: keep, otherId: rows[i].id }, by);
      n++;
    }
  return n;
}

function stixEntity(o: Obj): PlannedEntity | null {
  const xType = str(o.x_dossier_type) as EntityType | null;
  let type: EntityType | null = xType;
  if (!type) {
    if (o.type === 'location') type = 'place';
    else if (o.type === 'user-account') type = 'handle';
    else if (o.type === 'identity') type = o.identity_class === 'individual' ? 'person' : 'organization';
    else if (o.type === 'threat-actor' || o.type === 'intrusion-set')
      type = o.resource_level === 'individual' ? 'person' : 'organization';
  }
  const name = str(o.name) ?? str(o.account_login) ?? str(o.display_name);
  if (!type || !name) return null;
  const attributes: Record<string, unknown> = {
    ...((o.x_dossier_attributes as Record<string, unknown>) ?? {}),
  };
  attributes.stix_id = o.id;
  const kind =
    str(o.x_dossier_kind) ??
    (o.type === 'threat-actor' && type === 'organization' && list(o.threat_actor_types).includes('terrorist')
      ? 'militant group'
      : null);
  if (kind) attributes.kind = kind;
  const gz = str(o.x_dossier_gazetteer_key);
  const lat = typeof o.latitude === 'number' ? o.latitude : null;
  const lon = typeof o.longitude === 'number' ? o.longitude : null;
  const country = str(o.country);
  const geo =
    type === 'place' && lat !== null && lon !== null
      ? { lat, lon, country, ...(gz?.startsWith('geo:') ? { source: gz.slice(4) } : {}) }
      : null;
  return {
    key: o.id,
    type,
    name,
    aliases: [...list(o.aliases), ...list(o.x_dossier_aliases)].filter((a) => a !== name),
    attributes,
    geo,
  };
}

async function importStix(store: Store, file: string, bundle: Obj, by: string): Promise<ImportReport> {
  const r = report(file, 'stix');
  const objects = Array.isArray(bundle.objects) ? (bundle.objects as Obj[]) : [];
  const byId = new Map<string, Obj>();
  for (const o of objects) if (o && typeof o.id === 'string' && typeof o.type === 'string') byId.set(o.id, o);
  const entities = new Map<string, PlannedEntity>();
  for (const o of byId.values()) {
    if (
      [
        'relationship',
        'sighting',
        'note',
        'opinion',
        'report',
        'marking-definition',
        'extension-definition',
      ].includes(o.type)
    )
      continue;
    const e = stixEntity(o);
    if (e) entities.set(o.id, e);
    else
      r.skipped.push({
        id: o.id,
        type: o.type,
        reason: 'not a person, organisation, place or account dossier keeps',
      });
  }
  const reports = [...byId.values()].filter((o) => o.type === 'report');
  const inReport = new Set(reports.flatMap((x) => list(x.object_refs)));
  const verdicts: {
    kind: 'confirm' | 'reject';
    type: string;
    s: string;
    o: string;
    negated: boolean;
    by: string;
  }[] = [];
  // Who gave a verdict: the author of the opinion dossier wrote for it, else the import.
  const authorOf = new Map<string, string>();
  for (const o of byId.values())
    if (o.type === 'opinion' && (o.x_dossier_opinion === 'rejected' || o.x_dossier_opinion === 'confirmed'))
      for (const ref of list(o.object_refs)) authorOf.set(ref, list(o.authors)[0] ?? by);

  // What each document states: ties, quotes and events cite a report's sentence; what no report lists goes in the file's own document.
  const fill = (doc: DocBuilder, reportId: string | null, refs: Iterable<string>) => {
    const sentenceFor = (o: Obj, fallback: string) => {
      const ev = (o.x_dossier_evidence as { report_ref?: string; sentence?: string }[] | undefined) ?? [];
      const mine = ev.find((x) => x.report_ref === reportId) ?? (reportId ? undefined : ev[0]);
      return {
        sentence: mine?.sentence ?? str(o.description)?.replace(/^\[denied\] /, '') ?? fallback,
        attributedTo: (mine as { attributed_to?: string } | undefined)?.attributed_to ?? null,
      };
    };
    for (const ref of refs) {
      const o = byId.get(ref);
      if (!o) continue;
      const ent = entities.get(ref);
      if (ent) {
        doc.use(ent);
        continue;
      }
      if (o.type === 'relationship') {
        const s = entities.get(o.source_ref as string);
        const t = entities.get(o.target_ref as string);
        const rt = str(o.relationship_type) ?? '';
        let type = str(o.x_dossier_tie_type) ?? FROM_STIX.get(rt) ?? rt.replace(/-/g, '_');
        if (rt === 'part-of' && !o.x_dossier_tie_type && s?.type === 'person') type = 'member_of';
        if (!s || !t || !RELATION_TYPES.has(type)) {
          r.skipped.push({
            id: o.id,
            type: o.type,
            reason: !s || !t ? 'an end is not in the file' : `no dossier tie for "${rt}"`,
          });
          continue;
        }
        const negated = o.x_dossier_negated === true;
        const said = sentenceFor(o, `${s.name} ${type.replace(/_/g, ' ')} ${t.name}.`);
        doc.relations.push({
          id: `${o.id}:${doc.relations.length}`,
          type: type as RelationType,
          subject: doc.use(s),
          object: doc.use(t),
          negated,
          evidence: doc.sentence(said.sentence),
          attributedTo: said.attributedTo,
          cue: 'imported',
        });
        const status = str(o.x_dossier_status);
        if (status === 'rejected' || status === 'confirmed')
          verdicts.push({
            kind: status === 'rejected' ? 'reject' : 'confirm',
            type,
            s: s.key,
            o: t.key,
            negated,
            by: authorOf.get(o.id) ?? by,
          });
      } else if (o.type === 'note' && o.x_dossier_quote) {
        const text = str(o.content);
        if (!text) continue;
        const sentence = str(o.x_dossier_sentence) ?? text;
        const span = doc.sentence(sentence.includes(text) ? sentence : text);
        const at = sentence.includes(text) ? span.start + doc_index(sentence, text) : span.start;
        const speaker = list(o.object_refs)
          .map((x) => entities.get(x))
          .find(Boolean);
        doc.quotes.push({
          id: `${o.id}`,
          text,
          start: at,
          end: at + text.length,
          speaker: speaker ? doc.use(speaker) : null,
          speakerText: list(o.authors)[0] ?? null,
        });
      } else if (o.type === 'sighting' || (o.type === 'note' && o.x_dossier_event_type)) {
        const type = str(o.x_dossier_event_type);
        if (!type || !EVENT_TYPES.has(type)) {
          r.skipped.push({
            id: o.id,
            type: o.type,
            reason: 'a sighting dossier did not write (no event type)',
          });
          continue;
        }
        const parts = ((o.x_dossier_participants as { role: string; ref: string }[] | undefined) ?? [])
          .filter((p) => ROLES.has(p.role) && entities.has(p.ref))
          .map((p) => ({ role: p.role as Role, entity: doc.use(entities.get(p.ref)!) }));
        const placeRef = str(o.x_dossier_place_ref);
        const place = placeRef ? entities.get(placeRef) : undefined;
        const when = str(o.x_dossier_date);
        doc.events.push({
          id: o.id,
          type: type as EventType,
          date:
            when || o.x_dossier_date_text
              ? { text: str(o.x_dossier_date_text) ?? when ?? '', value: when }
              : null,
          place: place ? doc.use(place) : null,
          participants: parts,
          evidence: doc.sentence(sentenceFor(o, type).sentence),
          trigger: 'imported',
        });
      }
    }
  };

  const base = basename(file);
  for (const rep of reports) {
    const doc = new DocBuilder();
    fill(doc, rep.id, list(rep.object_refs));
    const ext = (rep.external_references as { source_name?: string; url?: string }[] | undefined)?.[0];
    // dossier writes the article's own date apart (a report needs one, so an undated article gets the export's).
    const published = rep.x_dossier_document_id
      ? str(rep.x_dossier_published)
      : (str(rep.published)?.slice(0, 10) ?? null);
    const outlet =
      str(rep.x_dossier_outlet) ??
      (ext?.source_name && ext.source_name !== 'dossier document' ? ext.source_name : null);
    await ingestDoc(store, r, file, doc, {
      title: str(rep.name),
      published,
      url: str(ext?.url),
      outlet,
      byline: str(rep.x_dossier_byline),
      anchor: rep.id,
      metadata: {
        imported_from: file,
        format: 'stix',
        stix_id: rep.id,
        ...(published ? {} : { stix_published: str(rep.published) ?? '' }),
      },
    });
  }
  const rest = new DocBuilder();
  fill(
    rest,
    null,
    [...byId.keys()].filter((id) => !inReport.has(id) && byId.get(id)!.type !== 'report'),
  );
  await ingestDoc(store, r, file, rest, {
    title: `Imported from ${base}`,
    published: null,
    url: null,
    outlet: null,
    anchor: 'file',
    metadata: { imported_from: file, format: 'stix' },
  });
  r.decisions += await mergeSameIds(store, by);
  // Analysts' verdicts the file carries, on the facts they became.
  const idOf = store.sqlDb
    .prepare("SELECT id FROM entities WHERE json_extract(attributes, '$.stix_id') = ?")
    .pluck();
  for (const v of verdicts) {
    const s = idOf.get(v.s) as string | undefined;
    const o = idOf.get(v.o) as string | undefined;
    if (!s || !o) continue;
    const fact = relationFactId(v.type, s, o, v.negated);
    if (!store.sqlDb.prepare('SELECT 1 FROM facts WHERE id = ?').get(fact)) continue;
    await store.decide({ kind: v.kind, factId: fact }, v.by);
    r.decisions++;
  }
  return r;
}

function doc_index(sentence: string, text: string): number {
  return sentence.indexOf(text);
}

const FTM_TYPES: Record<string, EntityType> = {
  Person: 'person',
  Organization: 'organization',
  Company: 'organization',
  LegalEntity: 'organization',
  PublicBody: 'organization',
  Address: 'place',
  UserAccount: 'handle',
};

async function importFtm(store: Store, file: string, lines: Obj[], by: string): Promise<ImportReport> {
  const r = report(file, 'ftm');
  const p = (o: Obj, k: string) => list((o.properties as Record<string, unknown>)[k]);
  const entities = new Map<string, PlannedEntity>();
  for (const o of lines) {
    const type = FTM_TYPES[o.type];
    if (!type) continue;
    const name = p(o, 'name')[0] ?? p(o, 'full')[0] ?? p(o, 'username')[0];
    if (!name) {
      r.skipped.push({ id: o.id, type: o.type, reason: 'no name' });
      continue;
    }
    const attributes: Record<string, unknown> = { stix_id: undefined, ftm_id: o.id };
    delete attributes.stix_id;
    if (p(o, 'topics').includes('crime.terror')) attributes.kind = 'militant group';
    const lat = Number(p(o, 'latitude')[0]);
    const lon = Number(p(o, 'longitude')[0]);
    const country = p(o, 'country')[0]?.toUpperCase() ?? null;
    entities.set(o.id, {
      key: o.id,
      type,
      name,
      aliases: p(o, 'alias').filter((a) => a !== name),
      attributes,
      geo:
        type === 'place' && Number.isFinite(lat) && Number.isFinite(lon) && p(o, 'latitude').length
          ? { lat, lon, country }
          : null,
    });
  }
  const doc = new DocBuilder();
  for (const e of entities.values()) doc.use(e);
  const LINKS: Record<string, [string, string, string]> = {
    Membership: ['member', 'organization', 'member_of'],
    Directorship: ['director', 'organization', 'leader_of'],
    UnknownLink: ['subject', 'object', 'affiliated_with'],
  };
  for (const o of lines) {
    if (o.type === 'UserAccount')
      for (const owner of p(o, 'owner')) {
        const s = entities.get(owner);
        const t = entities.get(o.id);
        if (s && t)
          doc.relations.push({
            id: `${o.id}:owner:${owner}`,
            type: 'has_account',
            subject: s.key,
            object: t.key,
            negated: false,
            evidence: doc.sentence(p(o, 'description')[0] ?? `${s.name} uses the account ${t.name}.`),
            cue: 'imported',
          });
      }
    const link = LINKS[o.type];
    if (!link) {
      if (!FTM_TYPES[o.type] && !['Article', 'Mention', 'Event', 'Note'].includes(o.type))
        r.skipped.push({ id: o.id, type: o.type, reason: 'a schema dossier does not read' });
      continue;
    }
    const s = entities.get(p(o, link[0])[0]);
    const t = entities.get(p(o, link[1])[0]);
    if (!s || !t) {
      r.skipped.push({ id: o.id, type: o.type, reason: 'an end is not in the file' });
      continue;
    }
    let role = p(o, 'role')[0] ?? link[2];
    const negated = role.startsWith('denied: ');
    role = role.replace(/^denied: /, '').replace(/^rejected: /, '');
    const type = RELATION_TYPES.has(role) ? role : link[2];
    const description = (p(o, 'description')[0] ?? '').replace(/^\[denied\] /, '');
    doc.relations.push({
      id: o.id,
      type: type as RelationType,
      subject: s.key,
      object: t.key,
      negated,
      evidence: doc.sentence(description || `${s.name} ${type.replace(/_/g, ' ')} ${t.name}.`),
      cue: 'imported',
    });
  }
  await ingestDoc(store, r, file, doc, {
    title: `Imported from ${basename(file)}`,
    published: null,
    url: null,
    outlet: null,
    anchor: 'file',
    metadata: { imported_from: file, format: 'ftm' },
  });
  // Same FtM id, one entity.
  const rows = store.sqlDb
    .prepare(
      `SELECT json_extract(attributes, '$.ftm_id') AS fid, id FROM entities WHERE json_extract(attributes, '$.ftm_id') IS NOT NULL ORDER BY fid, document_count DESC`,
    )
    .all() as { fid: string; id: string }[];
  for (let i = 1; i < rows.length; i++)
    if (rows[i].fid === rows[i - 1].fid) {
      await store.decide(
        { kind: 'merge', entityId: rows.find((x) => x.fid === rows[i].fid)!.id, otherId: rows[i].id },
        by,
      );
      r.decisions++;
    }
  return r;
}
