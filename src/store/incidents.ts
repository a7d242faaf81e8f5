// Incidents: one real event, many reports. On ingest each attack or killing (a report:
// an event fact of one document) joins the incident its type, date, place and agents
// agree with, or starts a new one; which fields agreed is stored with it. The join reads
// only incidents of the same family whose day window is near the report's (an index
// range on incidents(family, date_lo)), so ingest does not slow as the store grows.
// docs/incidents.md says what is compared and how an analyst merges, splits and undoes.
import type { Statement } from 'better-sqlite3';
import { kmBetween } from '../nlp/geocode.js';
import { sha256 } from './ids.js';
import { allOf, type DB, put } from './open.js';

/** Event types that make incidents, by family: an attack and the killing it caused are one family. */
export const INCIDENT_FAMILY: Record<string, string> = { attack: 'violence', killing: 'violence' };

/** A dated incident's window is at most a month (a report dated "June 2025"); the index scan looks that far back. */
const MAX_WINDOW_DAYS = 31;
/** An undated report is taken to tell of the day it was published or the two days before. */
const UNDATED_DAYS_BEFORE = 2;
/** A report dated this many days before its article is background when the article also tells of something recent. */
const BACKGROUND_DAYS = 14;
const RECENT_DAYS = 7;
/** Two places of one country this close (km) are one place told at two scales (a city and its district). */
const NEAR_KM = 30;

export interface Window {
  lo: string;
  hi: string;
  /** true when the report's own words date it; false when the window is its publication's */
  dated: boolean;
}

const DAY_MS = 86_400_000;
const dayMs = (d: string) => Date.parse(`${d}T00:00:00Z`);
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const addDays = (d: string, n: number) => isoDay(dayMs(d) + n * DAY_MS);

/**
 * The days a report can be about: its own date (a day, or every day of a month), else the
 * publication day and the two days before; null when neither is known. A bare year is too wide
 * to compare and counts as undated.
 */
export function reportWindow(value: string | null, published: string | null): Window | null {
  const v = value ?? '';
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (m) return { lo: m[0], hi: m[0], dated: true };
  m = /^(\d{4})-(\d{2})$/.exec(v);
  if (m) {
    const lo = `${m[0]}-01`;
    const next =
      Number(m[2]) === 12
        ? `${Number(m[1]) + 1}-01-01`
        : `${m[1]}-${String(Number(m[2]) + 1).padStart(2, '0')}-01`;
    return { lo, hi: addDays(next, -1), dated: true };
  }
  const p = published ? /^(\d{4})-(\d{2})-(\d{2})/.exec(published) : null;
  if (p) return { lo: addDays(p[0], -UNDATED_DAYS_BEFORE), hi: p[0], dated: false };
  return null;
}

export interface PlaceInfo {
  id: string;
  name: string;
  gazetteerKey: string | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
}

type PlaceAgreement = 'same' | 'inside' | 'near' | 'unknown' | 'different';

const isCountry = (p: PlaceInfo) => /^geo:country:/.test(p.gazetteerKey ?? '');

function km(a: PlaceInfo, b: PlaceInfo): number {
  return kmBetween(
    { lat: a.lat as number, lon: a.lon as number },
    { lat: b.lat as number, lon: b.lon as number },
  );
}

/** The same place, one inside the other (a place in a country), or one place at two scales (close, same country). */
function comparePlaces(a: PlaceInfo | null, b: PlaceInfo | null): PlaceAgreement {
  if (!a || !b) return 'unknown';
  if (a.id === b.id || (a.gazetteerKey && a.gazetteerKey === b.gazetteerKey)) return 'same';
  if (isCountry(a) && !isCountry(b) && b.country && b.country === a.country) return 'inside';
  if (isCountry(b) && !isCountry(a) && a.country && a.country === b.country) return 'inside';
  if (
    !isCountry(a) &&
    !isCountry(b) &&
    a.lat !== null &&
    b.lat !== null &&
    a.lon !== null &&
    b.lon !== null &&
    (a.country ?? '') === (b.country ?? '') &&
    km(a, b) <= NEAR_KM
  )
    return 'near';
  return 'different';
}

type AgentAgreement = 'same' | 'one report' | 'none' | 'different';

/** The same agent, or an agent only one side names; two sides naming only different agents contradict. */
function compareAgents(a: string[], b: string[]): AgentAgreement {
  if (!a.length && !b.length) return 'none';
  if (!a.length || !b.length) return 'one report';
  return a.some((x) => b.includes(x)) ? 'same' : 'different';
}

type DateAgreement = 'same day' | 'overlap' | 'unknown' | 'different';

function compareDates(a: Window | null, b: Window | null): DateAgreement {
  if (!a || !b) return 'unknown';
  if (a.lo > b.hi || b.lo > a.hi) return 'different';
  return a.lo === a.hi && b.lo === b.hi && a.lo === b.lo ? 'same day' : 'overlap';
}

/** What a report agreed on with the incident it joined (stored, and shown as the explanation). */
interface Agreement {
  type: 'same' | 'compatible';
  date: DateAgreement;
  place: PlaceAgreement;
  agent: AgentAgreement;
  /** the incident already had a report from this document */
  sameDocument: boolean;
  /** only type and day agree (no place, no agent): taken only when no other incident fits */
  weak?: boolean;
  score: number;
}

export interface ReportIn {
  factId: string;
  type: string;
  document: number;
  window: Window | null;
  place: string | null;
  agents: string[];
  /**
   * Given by the ingest of a new document (its report is then new): the document's outlet and
   * the report's killed range (as the `killed` read would give it), so that an incident this
   * report starts is summed up without reading back what was just written.
   */
  fresh?: { outlet: string | null; killed: KilledRange };
}

interface KilledRange {
  lo: number | null;
  hi: number | null;
}

/** A report as refresh() sums its incident up from. */
interface ReportRow {
  fact_id: string;
  document_id: number;
  date_lo: string | null;
  date_hi: string | null;
  dated: number;
  place_id: string | null;
  agents: string;
  background: number;
  type: string;
  outlet: string | null;
}

/** A document's report as finishDocument() reads it. */
interface DocReport {
  fact_id: string;
  incident_id: string;
  date_hi: string | null;
  dated: number;
  background: number;
}

interface IncidentRow {
  id: string;
  type: string;
  date_lo: string | null;
  date_hi: string | null;
  dated: number;
  place_id: string | null;
  agents: string;
}

/**
 * The verdict on one report against one incident: null when something contradicts.
 * Across documents the incident must agree on something that places it (place or agent),
 * not only type and a date window; within one document no contradiction is enough.
 */
function judgeReport(
  r: { type: string; window: Window | null; place: PlaceInfo | null; agents: string[] },
  inc: {
    type: string;
    window: Window | null;
    place: PlaceInfo | null;
    agents: string[];
    sameDocument: boolean;
  },
): Agreement | null {
  const date = compareDates(r.window, inc.window);
  if (date === 'different') return null;
  if (date === 'unknown' && !inc.sameDocument) return null;
  const place = comparePlaces(r.place, inc.place);
  if (place === 'different') return null;
  const agent = compareAgents(r.agents, inc.agents);
  if (agent === 'different') return null;
  // across documents, type and a day alone do not place an incident: such a join is weak
  let weak = false;
  if (!inc.sameDocument && place === 'unknown' && agent !== 'same') {
    if (date !== 'same day') return null;
    weak = true;
  }
  const score =
    { same: 4, near: 3, inside: 2, unknown: 0 }[place] +
    { same: 3, 'one report': 0, none: 0 }[agent] +
    (date === 'same day' ? 2 : 1) +
    (inc.sameDocument ? 2 : 0) +
    (r.type === inc.type ? 0.5 : 0);
  const a: Agreement = {
    type: r.type === inc.type ? 'same' : 'compatible',
    date,
    place,
    agent,
    sameDocument: inc.sameDocument,
    score,
  };
  if (weak) a.weak = true;
  return a;
}

function incidentId(firstFact: string): string {
  return `I${sha256(`incident\u0000${firstFact}`).slice(0, 20)}`;
}

/** The incidents of a store: the ingest join, and the moves analysts' decisions make. */
export class Incidents {
  private readonly q;
  private readonly places = new Map<string, PlaceInfo | null>();
  /**
   * The reports this document's joins inserted, between startDocument() and finishDocument()
   * (a new document has no others), so that finishDocument() need not read them back.
   */
  private joined: DocReport[] | undefined;

  constructor(private readonly db: DB) {
    this.q = {
      near: db.prepare(
        `SELECT id, type, date_lo, date_hi, dated, place_id, agents FROM incidents
         WHERE family = @family AND date_lo >= @from AND date_lo <= @hi AND date_hi >= @lo`,
      ),
      ofDocument: db
        .prepare('SELECT DISTINCT incident_id FROM incident_reports WHERE document_id = ?')
        .pluck(),
      incident: db.prepare(
        'SELECT id, type, date_lo, date_hi, dated, place_id, agents FROM incidents WHERE id = ?',
      ),
      hasReport: db.prepare('SELECT incident_id FROM incident_reports WHERE fact_id = ?').pluck(),
      place: db.prepare(
        "SELECT id, name, gazetteer_key AS gazetteerKey, country, lat, lon FROM entities WHERE id = ? AND type = 'place'",
      ),
      insIncident: db.prepare(
        `INSERT OR IGNORE INTO incidents (id, family, type, created_at) VALUES (?, ?, ?, ?)`,
      ),
      insReport: db.prepare(
        `INSERT INTO incident_reports (fact_id, incident_id, document_id, date_lo, date_hi, dated, place_id, agents, joined_by, agreed)
         VALUES (@factId, @incident, @document, @lo, @hi, @dated, @place, @agents, @by, @agreed)`,
      ),
      reports: db.prepare(
        `SELECT r.fact_id, r.document_id, r.date_lo, r.date_hi, r.dated, r.place_id, r.agents, r.background, f.type, d.outlet
         FROM incident_reports r JOIN facts f ON f.id = r.fact_id JOIN documents d ON d.seq = r.document_id
         WHERE r.incident_id = ? ORDER BY r.rowid`,
      ),
      killed: db.prepare(
        `SELECT min(t.min_count) AS lo, max(coalesce(t.max_count, t.min_count)) AS hi FROM incident_reports r
         JOIN fact_tolls t ON t.fact_id = r.fact_id WHERE r.incident_id = ? AND t.kind = 'killed'`,
      ),
      update: db.prepare(
        `UPDATE incidents SET type = @type, date_lo = @lo, date_hi = @hi, dated = @dated, place_id = @place,
           agents = @agents, reports = @reports, documents = @documents, outlets = @outlets,
           killed_min = @killedMin, killed_max = @killedMax, background = @background WHERE id = @id`,
      ),
      docReports: db.prepare(
        'SELECT fact_id, incident_id, date_hi, dated, background FROM incident_reports WHERE document_id = ?',
      ),
      setBackground: db.prepare('UPDATE incident_reports SET background = ? WHERE fact_id = ?'),
      deleteIncident: db.prepare('DELETE FROM incidents WHERE id = ?'),
      moveReport: db.prepare(
        "UPDATE incident_reports SET incident_id = ?, joined_by = 'analyst', agreed = ? WHERE fact_id = ?",
      ),
      reportRow: db.prepare('SELECT * FROM incident_reports WHERE fact_id = ?'),
    };
  }

  placeInfo(id: string | null): PlaceInfo | null {
    if (!id) return null;
    if (!this.places.has(id)) {
      if (this.places.size > 20_000) this.places.clear();
      this.places.set(id, (this.q.place.get(id) as PlaceInfo | undefined) ?? null);
    }
    return this.places.get(id) ?? null;
  }

  private windowOf(row: { date_lo: string | null; date_hi: string | null; dated: number }): Window | null {
    return row.date_lo && row.date_hi ? { lo: row.date_lo, hi: row.date_hi, dated: row.dated === 1 } : null;
  }

  /** Joins one report to the best-agreeing incident, or starts one. Returns the incident's id. */
  join(r: ReportIn): string {
    const family = INCIDENT_FAMILY[r.type];
    if (!family) return this.incidentOf(r.factId) ?? '';
    // the report's incident if it has one, the document's incidents and those near in time: one round trip
    const list: [Statement, unknown[]][] = [
      [this.q.hasReport, [r.factId]],
      [this.q.ofDocument, [r.document]],
    ];
    if (r.window)
      list.push([
        this.q.near,
        [{ family, from: addDays(r.window.lo, -MAX_WINDOW_DAYS), hi: r.window.hi, lo: r.window.lo }],
      ]);
    const [has, ofDocument, near] = allOf(this.db, list) as [string[], string[], IncidentRow[]?];
    if (has.length) return has[0];
    const place = this.placeInfo(r.place);
    const own = new Set(ofDocument);
    const pool = new Map<string, IncidentRow>();
    for (const row of near ?? []) pool.set(row.id, row);
    for (const id of own) {
      if (pool.has(id)) continue;
      const row = this.q.incident.get(id) as IncidentRow | undefined;
      if (row && INCIDENT_FAMILY[row.type] === family) pool.set(id, row);
    }
    let best: { id: string; agreed: Agreement } | undefined;
    const weak: { id: string; agreed: Agreement }[] = [];
    for (const row of pool.values()) {
      const agreed = judgeReport(
        { type: r.type, window: r.window, place, agents: r.agents },
        {
          type: row.type,
          window: this.windowOf(row),
          place: this.placeInfo(row.place_id),
          agents: JSON.parse(row.agents) as string[],
          sameDocument: own.has(row.id),
        },
      );
      if (agreed?.weak) weak.push({ id: row.id, agreed });
      else if (agreed && (!best || agreed.score > best.agreed.score)) best = { id: row.id, agreed };
    }
    // a report that says only what and which day joins the one incident of that day, never one of several
    if (!best && weak.length === 1) best = weak[0];
    const id = best?.id ?? incidentId(r.factId);
    if (!best) put(this.q.insIncident, id, family, r.type, new Date().toISOString());
    const report = {
      factId: r.factId,
      incident: id,
      document: r.document,
      lo: r.window?.lo ?? null,
      hi: r.window?.hi ?? null,
      dated: r.window?.dated ? 1 : 0,
      place: r.place,
      agents: JSON.stringify(r.agents),
      by: best ? 'machine' : 'first',
      agreed: JSON.stringify(best?.agreed ?? {}),
    };
    put(this.q.insReport, report);
    this.joined?.push({
      fact_id: r.factId,
      incident_id: id,
      date_hi: report.hi,
      dated: report.dated,
      background: 0,
    });
    if (!best && r.fresh)
      // a new incident of a new report: its one report is the one just written
      this.sumUp(
        id,
        [
          {
            fact_id: r.factId,
            document_id: r.document,
            date_lo: report.lo,
            date_hi: report.hi,
            dated: report.dated,
            place_id: r.place,
            agents: report.agents,
            background: 0,
            type: r.type,
            outlet: r.fresh.outlet,
          },
        ],
        r.fresh.killed,
      );
    else this.refresh(id);
    return id;
  }

  /** Recomputes what an incident's reports agree on: its window, place, agents, counts and killed range. */
  refresh(id: string): void {
    const [reports, killedRows] = allOf(this.db, [
      [this.q.reports, [id]],
      [this.q.killed, [id]],
    ]);
    this.sumUp(id, reports as ReportRow[], killedRows[0] as KilledRange);
  }

  private sumUp(id: string, rows: ReportRow[], killed: KilledRange): void {
    if (!rows.length) {
      put(this.q.deleteIncident, id);
      return;
    }
    const windows = rows.filter((r) => r.date_lo && r.date_hi);
    const dated = windows.filter((r) => r.dated === 1);
    let lo: string | null = null;
    let hi: string | null = null;
    const use = dated.length ? dated : windows;
    if (use.length) {
      // the days every dated report allows; reports an analyst joined may allow none, then all of them
      const los = use.map((r) => r.date_lo as string).sort();
      const his = use.map((r) => r.date_hi as string).sort();
      lo = los[los.length - 1];
      hi = his[0];
      if (lo > hi || !dated.length) {
        lo = los[0];
        hi = his[his.length - 1];
      }
    }
    // the place most reports name, the most specific (not a country) first
    const votes = new Map<string, number>();
    for (const r of rows) if (r.place_id) votes.set(r.place_id, (votes.get(r.place_id) ?? 0) + 1);
    const place =
      [...votes.entries()].sort((a, b) => {
        const ca = isCountry(this.placeInfo(a[0]) ?? ({} as PlaceInfo)) ? 1 : 0;
        const cb = isCountry(this.placeInfo(b[0]) ?? ({} as PlaceInfo)) ? 1 : 0;
        return ca - cb || b[1] - a[1];
      })[0]?.[0] ?? null;
    const agents = [...new Set(rows.flatMap((r) => JSON.parse(r.agents) as string[]))];
    put(this.q.update, {
      id,
      type: rows.some((r) => r.type === 'attack') ? 'attack' : rows[0].type,
      lo,
      hi,
      dated: dated.length ? 1 : 0,
      place,
      agents: JSON.stringify(agents),
      reports: rows.length,
      documents: new Set(rows.map((r) => r.document_id)).size,
      outlets: new Set(rows.map((r) => r.outlet).filter(Boolean)).size,
      killedMin: killed.lo,
      killedMax: killed.hi,
      background: rows.every((r) => r.background === 1) ? 1 : 0,
    });
  }

  /**
   * After a document's reports have joined: those dated two weeks or more before the article,
   * in an article that also tells of something from its last week, are background (an earlier
   * incident recalled in passing); an incident all of whose reports are background is one.
   */
  finishDocument(document: number, published: string | null): void {
    const joined = this.joined;
    this.joined = undefined;
    const pub = /^\d{4}-\d{2}-\d{2}/.exec(published ?? '')?.[0];
    if (!pub) return;
    const rows = joined ?? (this.q.docReports.all(document) as DocReport[]);
    const latest = rows.reduce((m, r) => (r.date_hi && r.date_hi > m ? r.date_hi : m), '');
    const recent = latest >= addDays(pub, -RECENT_DAYS);
    const touched = new Set<string>();
    for (const r of rows) {
      const bg = recent && r.dated === 1 && r.date_hi && r.date_hi <= addDays(pub, -BACKGROUND_DAYS) ? 1 : 0;
      if (bg === r.background) continue;
      put(this.q.setBackground, bg, r.fact_id);
      touched.add(r.incident_id);
    }
    for (const id of touched) this.refresh(id);
  }

  /**
   * A new document's reports start: finishDocument() then takes them from the joins that
   * wrote them (a document already stored may have others: do not call this for it).
   */
  startDocument(): void {
    this.joined = [];
  }

  /** The incident a report is in, or undefined. */
  incidentOf(factId: string): string | undefined {
    return this.q.hasReport.get(factId) as string | undefined;
  }

  reportFacts(id: string): string[] {
    return (this.q.reports.all(id) as { fact_id: string }[]).map((r) => r.fact_id);
  }

  exists(id: string): boolean {
    return this.q.incident.get(id) !== undefined;
  }

  /** Moves reports into `to` (created when missing) as an analyst's act; both sides are recomputed. */
  move(factIds: string[], to: string, family = 'violence', type = 'attack'): void {
    const from = new Set<string>();
    if (!this.exists(to)) put(this.q.insIncident, to, family, type, new Date().toISOString());
    for (const f of factIds) {
      const was = this.incidentOf(f);
      if (!was || was === to) continue;
      from.add(was);
      put(this.q.moveReport, to, JSON.stringify({ analyst: true }), f);
    }
    this.refresh(to);
    for (const id of from) this.refresh(id);
  }
}
