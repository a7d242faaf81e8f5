// incidents.csv: one row per incident in ACLED's column names (event_id_cnty, event_date,
// year, time_precision, event_type, actor1, assoc_actor_1, actor2, country, location,
// latitude, longitude, geo_precision, source, notes, fatalities), then dossier's own:
// the toll's range with every figure and its outlet, and the documents. ACLED codes the
// lowest reported figure as `fatalities`; so does dossier, and fatalities_max and
// fatalities_sources keep what the other reports said.
import { IncidentReader, type IncidentView } from '../store/incidents-read.js';
import type { ExportSource } from './source.js';

export const INCIDENT_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'event_type',
  'actor1',
  'assoc_actor_1',
  'actor2',
  'country',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'notes',
  'fatalities',
  'fatalities_max',
  'fatalities_sources',
  'wounded_min',
  'wounded_max',
  'sources',
  'background',
  'document_ids',
] as const;

const within = (d: string | null | undefined, since?: string, until?: string) =>
  (!since || (!!d && d.slice(0, since.length) >= since)) &&
  (!until || (!!d && d.slice(0, until.length) <= until));

/** The incidents an export covers: its dates, its documents, its entities. */
export function exportedIncidents(src: ExportSource): IncidentView[] {
  const o = src.opts;
  const docs = o.documents
    ? new Set(
        src.db
          .prepare('SELECT id FROM documents WHERE seq IN (SELECT CAST(value AS INTEGER) FROM json_each(?))')
          .pluck()
          .all(JSON.stringify(o.documents)) as string[],
      )
    : null;
  return new IncidentReader(src.db)
    .list({ background: 'include', limit: 1_000_000 })
    .filter(
      (i) =>
        within(i.date?.to, o.since, undefined) &&
        within(i.date?.from, undefined, o.until) &&
        (!docs || i.sources.some((s) => docs.has(s.documentId))) &&
        (i.reports.some(
          (r) => [...r.perpetrators, ...r.targets].some((e) => src.inScope(e.id)) || src.inScope(r.place?.id),
        ) ||
          src.inScope(i.place?.id)),
    );
}

export function incidentRow(i: IncidentView): Record<string, unknown> {
  const days = i.date ? Math.round((Date.parse(i.date.to) - Date.parse(i.date.from)) / 86_400_000) : null;
  const perps = i.perpetrators.map((p) => p.name);
  const targets = [...new Set(i.reports.flatMap((r) => r.targets.map((t) => t.name)))];
  const k = i.toll.killed;
  const w = i.toll.wounded;
  const first = i.reports[0];
  return {
    event_id_cnty: i.id,
    event_date: i.date?.from ?? '',
    year: i.date?.from.slice(0, 4) ?? '',
    // ACLED: 1 the day is known, 2 within a week, 3 within a month
    time_precision: days === null ? '' : days === 0 ? 1 : days <= 7 ? 2 : 3,
    event_type: i.type,
    actor1: perps[0] ?? '',
    assoc_actor_1: perps.slice(1).join('; '),
    actor2: targets.join('; '),
    country: i.place?.country ?? '',
    location: i.place?.name ?? '',
    latitude: i.place?.lat ?? '',
    longitude: i.place?.lon ?? '',
    // ACLED: 1 the town itself, 3 only a wider area is known
    geo_precision: i.place ? (i.place.lat !== null ? 1 : 3) : '',
    source: [...new Set(i.sources.map((s) => s.outlet ?? s.documentId.slice(0, 12)))].join('; '),
    notes: first ? first.sentence.replace(/\s+/g, ' ').trim() : '',
    fatalities: k?.min ?? (k ? '' : 0),
    fatalities_max: k?.max ?? '',
    fatalities_sources: (k?.figures ?? [])
      .map((f) => `${f.outlet ?? f.documentId.slice(0, 12)}: ${f.text.replace(/\s+/g, ' ')}`)
      .join(' | '),
    wounded_min: w?.min ?? '',
    wounded_max: w?.max ?? '',
    sources: i.sourceCount,
    background: i.background,
    document_ids: i.sources.map((s) => s.documentId).join('; '),
  };
}
