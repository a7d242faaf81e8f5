// Spreadsheet tables, one row per fact, each with its evidence sentence and the
// document it comes from (title, URL, date). events.csv uses ACLED's column names
// where they fit (event_date, event_type, actor1, actor2, location, latitude,
// longitude, source, notes).
import { stringify } from 'csv-stringify/sync';
import { exportedIncidents, INCIDENT_COLUMNS, incidentRow } from './incidents-csv.js';
import type { ExportSource, XEntity, XSource } from './source.js';
import { confidenceOf } from './source.js';

export const CSV_TABLES = [
  'entities',
  'aliases',
  'ties',
  'quotes',
  'events',
  'incidents',
  'sources',
] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

const CITED = ['evidence', 'title', 'url', 'date', 'outlet', 'grade', 'document_id'] as const;

const CSV_COLUMNS: Record<CsvTable, readonly string[]> = {
  entities: [
    'entity_id',
    'type',
    'kind',
    'name',
    'aliases',
    'mentions',
    'documents',
    'first_seen',
    'last_seen',
    'country',
    'latitude',
    'longitude',
    ...CITED,
  ],
  aliases: ['entity_id', 'entity_name', 'alias', 'count', ...CITED],
  ties: [
    'tie_id',
    'type',
    'subject_id',
    'subject',
    'object_id',
    'object',
    'negated',
    'status',
    'corroboration',
    'outlets',
    'confidence',
    'attributed_to',
    ...CITED,
  ],
  quotes: ['quote_id', 'speaker_id', 'speaker', 'quote', ...CITED],
  events: [
    'event_id',
    'event_date',
    'event_type',
    'date_text',
    'actor1',
    'actor2',
    'assoc_actors',
    'location',
    'latitude',
    'longitude',
    'country',
    'source',
    'notes',
    'status',
    'corroboration',
    'confidence',
    'title',
    'url',
    'grade',
    'document_id',
  ],
  /** one row per incident, ACLED's columns first (incidents-csv.ts) */
  incidents: INCIDENT_COLUMNS,
  sources: ['document_id', 'title', 'url', 'date', 'outlet', 'grade', 'byline', 'location'],
};

const cited = (s: XSource | null) => ({
  evidence: s?.sentence ?? '',
  title: s?.title ?? '',
  url: s?.url ?? '',
  date: s?.published ?? '',
  outlet: s?.outlet ?? '',
  grade: s?.grade ?? '',
  document_id: s?.documentId ?? '',
});

/** One table as CSV text chunks (header first), row by row. */
export function* csvTable(src: ExportSource, table: CsvTable): Generator<string> {
  const columns = CSV_COLUMNS[table] as string[];
  yield stringify([], { header: true, columns });
  const row = (r: Record<string, unknown>) =>
    stringify([r], { columns, cast: { boolean: (b) => String(b) } });
  const names = new Map<string, string>();
  const nameOf = (id: string | null | undefined): string => {
    if (!id) return '';
    let n = names.get(id);
    if (n === undefined) {
      n = src.entity(id)?.name ?? '';
      if (names.size > 10_000) names.clear();
      names.set(id, n);
    }
    return n;
  };
  if (table === 'entities' || table === 'aliases') {
    for (const e of src.entities()) {
      if (table === 'entities') yield row(entityRow(e, src.mentionEvidence(e.id)));
      else
        for (const a of e.aliases)
          yield row({
            entity_id: e.id,
            entity_name: e.name,
            alias: a.name,
            count: a.count,
            ...cited(src.mentionEvidence(e.id, a.name)),
          });
    }
  } else if (table === 'ties') {
    for (const t of src.ties()) {
      const s = t.sources[0] ?? null;
      yield row({
        tie_id: t.id,
        type: t.type,
        subject_id: t.subject,
        subject: nameOf(t.subject),
        object_id: t.object,
        object: nameOf(t.object),
        negated: t.negated,
        status: t.status ?? '',
        corroboration: t.corroboration,
        outlets: t.outlets,
        confidence: confidenceOf(
          t.corroboration,
          t.sources.map((x) => x.grade),
        ),
        attributed_to: s?.attributedTo ?? '',
        ...cited(s),
      });
    }
  } else if (table === 'quotes') {
    for (const q of src.quotes())
      yield row({
        quote_id: q.id,
        speaker_id: q.speakerId ?? '',
        speaker: q.speaker ?? '',
        quote: q.text,
        ...cited(q.source),
      });
  } else if (table === 'events') {
    const FIRST = ['agent', 'speaker', 'member'];
    for (const e of src.events()) {
      const actors1 = e.participants.filter((p) => FIRST.includes(p.role)).map((p) => nameOf(p.entity));
      const actors2 = e.participants.filter((p) => !FIRST.includes(p.role)).map((p) => nameOf(p.entity));
      const place = e.placeId ? src.entity(e.placeId) : null;
      const s = e.sources[0];
      yield row({
        event_id: e.id,
        event_date: e.date ?? '',
        event_type: e.type,
        date_text: e.dateText ?? '',
        actor1: actors1[0] ?? '',
        actor2: actors2[0] ?? '',
        assoc_actors: [...actors1.slice(1), ...actors2.slice(1)].join('; '),
        location: place?.name ?? '',
        latitude: place?.lat ?? '',
        longitude: place?.lon ?? '',
        country: place?.country ?? '',
        source: s.outlet ?? '',
        notes: s.sentence,
        status: e.status ?? '',
        corroboration: e.corroboration,
        confidence: confidenceOf(
          e.corroboration,
          e.sources.map((x) => x.grade),
        ),
        title: s.title ?? '',
        url: s.url ?? '',
        grade: s.grade ?? '',
        document_id: s.documentId,
      });
    }
  } else if (table === 'incidents') {
    for (const i of exportedIncidents(src)) yield row(incidentRow(i));
  } else {
    for (const d of src.documents())
      yield row({
        document_id: d.id,
        title: d.title ?? '',
        url: d.url ?? '',
        date: d.published ?? '',
        outlet: d.outlet ?? '',
        grade: d.grade ?? '',
        byline: d.byline ?? '',
        location: d.location ?? '',
      });
  }
}

function entityRow(e: XEntity, s: XSource | null): Record<string, unknown> {
  return {
    entity_id: e.id,
    type: e.type,
    kind: e.kind ?? '',
    name: e.name,
    aliases: e.aliases
      .map((a) => a.name)
      .filter((n) => n !== e.name)
      .join('; '),
    mentions: e.mentions,
    documents: e.documents,
    first_seen: e.firstSeen ?? '',
    last_seen: e.lastSeen ?? '',
    country: e.country ?? '',
    latitude: e.lat ?? '',
    longitude: e.lon ?? '',
    ...cited(s),
  };
}
