// STIX 2.1 bundle, written object by object (docs/interchange.md has the whole mapping).
// Ids are UUIDv5 over dossier's stable ids, or over content where dossier's id
// hashes a document (relationships, notes, sightings), so a re-export — and an
// export of a store that imported this bundle — names the same objects again.
import type { ExportSource, XEntity, XEvent, XSource, XTie } from './source.js';
import { confidenceOf } from './source.js';
import { uuidv5 } from './uuid.js';

/** The STIX 2.1 namespace for SCO ids (spec §2.9). */
const SCO_NAMESPACE = '00abedb4-aa42-466c-9c01-fed23315a9b7';

/** dossier tie type → STIX relationship_type: the STIX vocabulary, then OpenCTI's, else dossier's own (hyphenated). */
export const RELATIONSHIP_TYPES: Record<string, string> = {
  located_in: 'located-at',
  member_of: 'part-of',
  part_of: 'part-of',
  allied_with: 'cooperates-with',
  affiliated_with: 'related-to',
  leader_of: 'leader-of',
  spokesperson_of: 'spokesperson-of',
  rival_of: 'rival-of',
  split_from: 'split-from',
  pledged_allegiance_to: 'pledged-allegiance-to',
  expelled_from: 'expelled-from',
  arrested_by: 'arrested-by',
  supports: 'supports',
  has_account: 'has-account',
};

/** Event participants in the order the first one becomes the sighting's `sighting_of_ref`. */
const SIGHTED_ROLES = ['agent', 'speaker', 'member', 'patient', 'recipient'];

/** A dossier date ("2015", "2015-08", "2015-08-12", or a full ISO time) as a STIX timestamp, or null. */
function stixTime(d: string | null | undefined): string | null {
  if (!d) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(T[\d:.]+Z?)?/.exec(d);
  if (!m) return null;
  if (m[4]) {
    const t = new Date(d);
    return Number.isNaN(t.getTime()) ? null : t.toISOString();
  }
  return `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}T00:00:00.000Z`;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);

type StixObject = Record<string, unknown> & { type: string; id: string };

class StixMapper {
  /** entity id → STIX id, for every entity written (refs to others are left out) */
  readonly ids = new Map<string, string>();
  private readonly created: string;
  private readonly modified: string;
  private readonly reportIds = new Map<number, string>();
  private readonly decidedBy;

  constructor(private readonly src: ExportSource) {
    const t = src.db
      .prepare(
        `SELECT min(ingested_at) AS first, max(ingested_at) AS last,
           (SELECT max(coalesce(undone_at, decided_at)) FROM decisions) AS decided FROM documents`,
      )
      .get() as { first: string | null; last: string | null; decided: string | null };
    this.created = stixTime(t.first) ?? '1970-01-01T00:00:00.000Z';
    const last = [t.last, t.decided].filter(Boolean).sort().pop();
    this.modified = stixTime(last) ?? this.created;
    this.decidedBy = src.db
      .prepare(
        `SELECT decided_by FROM decisions WHERE target = ? AND action = ? AND undone_at IS NULL ORDER BY id DESC LIMIT 1`,
      )
      .pluck();
  }

  private base(type: string, id: string): StixObject {
    return { type, spec_version: '2.1', id, created: this.created, modified: this.modified };
  }

  private readonly used = new Set<string>();

  entityId(e: XEntity): string {
    const id = this.mintId(e);
    this.used.add(id);
    return id;
  }

  private mintId(e: XEntity): string {
    // The id an import recorded (what OpenCTI knows it by), unless another entity already took it.
    const kept = typeof e.attributes.stix_id === 'string' ? e.attributes.stix_id : null;
    if (kept && /^[a-z][a-z0-9-]+--[0-9a-f-]{36}$/.test(kept) && !this.used.has(kept)) return kept;
    if (e.type === 'handle')
      return `user-account--${uuidv5(JSON.stringify({ account_login: e.name }), SCO_NAMESPACE)}`;
    const type = e.type === 'place' ? 'location' : e.militant ? 'threat-actor' : 'identity';
    return `${type}--${uuidv5(`entity:${e.id}`)}`;
  }

  entity(e: XEntity): StixObject {
    const id = this.entityId(e);
    this.ids.set(e.id, id);
    // Sorted, not by frequency: the same entity exports the same aliases wherever its counts come from.
    const aliases = e.aliases
      .map((a) => a.name)
      .filter((n) => n !== e.name)
      .sort();
    const { stix_id: _kept, ...attributes } = e.attributes;
    const x = {
      x_dossier_id: e.id,
      x_dossier_type: e.type,
      ...(e.kind ? { x_dossier_kind: e.kind } : {}),
      x_dossier_mentions: e.mentions,
      x_dossier_documents: e.documents,
      ...(e.gazetteerKey ? { x_dossier_gazetteer_key: e.gazetteerKey } : {}),
      ...(Object.keys(attributes).length ? { x_dossier_attributes: attributes } : {}),
    };
    if (e.type === 'handle') {
      return { type: 'user-account', spec_version: '2.1', id, account_login: e.name, ...x };
    }
    const o = this.base(id.slice(0, id.indexOf('--')), id);
    o.name = e.name;
    if (e.type === 'place') {
      if (e.lat !== null && e.lon !== null) Object.assign(o, { latitude: e.lat, longitude: e.lon });
      if (e.country) o.country = e.country;
      // A location needs a country, a region or coordinates: an unplaced name is its own region.
      if (!e.country && (e.lat === null || e.lon === null)) o.region = e.name;
      if (aliases.length) o.x_dossier_aliases = aliases;
    } else if (o.type === 'threat-actor') {
      o.threat_actor_types = ['terrorist'];
      if (aliases.length) o.aliases = aliases;
      if (e.type === 'person') o.resource_level = 'individual';
      const first = stixTime(e.firstSeen);
      const last = stixTime(e.lastSeen);
      if (first) o.first_seen = first;
      if (last && (!first || last >= first)) o.last_seen = last;
    } else {
      o.identity_class = e.type === 'person' ? 'individual' : 'organization';
      if (aliases.length) o.x_dossier_aliases = aliases;
      const roles = e.attributes.role;
      if (Array.isArray(roles) && roles.length) o.roles = roles.map(String);
    }
    return Object.assign(o, x);
  }

  /** The report's id: the id an import recorded, else one over the document's content hash. */
  reportId(seq: number, documentId: string, metadata?: Record<string, unknown>): string {
    let id = this.reportIds.get(seq);
    if (!id) {
      const meta = metadata ?? this.src.document(seq)?.metadata ?? {};
      id =
        typeof meta.stix_id === 'string' && meta.stix_id.startsWith('report--')
          ? meta.stix_id
          : `report--${uuidv5(`document:${documentId}`)}`;
      this.reportIds.set(seq, id);
    }
    return id;
  }

  relationshipId(type: string, s: string, o: string, negated: boolean): string | null {
    const a = this.ids.get(s);
    const b = this.ids.get(o);
    if (!a || !b) return null;
    return `relationship--${uuidv5(`tie:${type}:${a}:${b}:${negated ? 'denied' : 'stated'}`)}`;
  }

  private evidence(sources: XSource[]) {
    return sources.map((s) => ({
      report_ref: this.reportId(s.documentSeq, s.documentId),
      sentence: s.sentence,
      ...(s.attributedTo ? { attributed_to: s.attributedTo } : {}),
    }));
  }

  private references(sources: XSource[]) {
    return sources.map((s) => ({
      source_name: s.outlet ?? 'dossier document',
      description: s.sentence,
      external_id: s.documentId,
      ...(s.url ? { url: s.url } : {}),
    }));
  }

  private opinion(
    target: string,
    factId: string,
    kind: 'denied' | 'rejected' | 'confirmed',
    why: string,
  ): StixObject {
    const o = this.base('opinion', `opinion--${uuidv5(`opinion:${kind}:${target}`)}`);
    const by =
      kind === 'denied'
        ? null
        : (this.decidedBy.get(`fact:${factId}`, kind === 'rejected' ? 'reject' : 'confirm') as
            | string
            | undefined);
    o.opinion = kind === 'confirmed' ? 'strongly-agree' : 'strongly-disagree';
    o.explanation = why;
    o.authors = [by ?? (kind === 'denied' ? 'the cited sources' : 'dossier analyst')];
    o.object_refs = [target];
    o.x_dossier_opinion = kind;
    return o;
  }

  /** A tie as a relationship, plus opinions for a denial (negated tie) and an analyst's verdict. */
  tie(t: XTie): StixObject[] {
    const id = this.relationshipId(t.type, t.subject, t.object, t.negated);
    if (!id) return [];
    const o = this.base('relationship', id);
    const first = t.sources[0];
    o.relationship_type = RELATIONSHIP_TYPES[t.type] ?? t.type.replace(/_/g, '-');
    o.source_ref = this.ids.get(t.subject);
    o.target_ref = this.ids.get(t.object);
    o.description = first ? (t.negated ? `[denied] ${first.sentence}` : first.sentence) : '';
    o.confidence = confidenceOf(
      t.corroboration,
      t.sources.map((s) => s.grade),
    );
    if (t.sources.length) o.external_references = this.references(t.sources);
    Object.assign(o, {
      x_dossier_id: t.id,
      x_dossier_tie_type: t.type,
      x_dossier_negated: t.negated,
      x_dossier_corroboration: t.corroboration,
      x_dossier_outlets: t.outlets,
      x_dossier_evidence: this.evidence(t.sources),
      ...(t.status ? { x_dossier_status: t.status } : {}),
    });
    const out = [o];
    const said = first?.sentence ?? '';
    if (t.negated) out.push(this.opinion(id, t.id, 'denied', `The sources deny this tie: ${said}`));
    if (t.status) out.push(this.opinion(id, t.id, t.status, `An analyst ${t.status} this tie.`));
    return out;
  }

  noteId(reportId: string, text: string): string {
    return `note--${uuidv5(`quote:${reportId}:${text}`)}`;
  }

  quote(q: { text: string; speakerId: string | null; speaker: string | null; source: XSource }): StixObject {
    const report = this.reportId(q.source.documentSeq, q.source.documentId);
    const o = this.base('note', this.noteId(report, q.text));
    o.content = q.text;
    if (q.speaker) o.authors = [q.speaker];
    const speaker = q.speakerId ? this.ids.get(q.speakerId) : undefined;
    o.object_refs = speaker ? [speaker, report] : [report];
    o.external_references = this.references([q.source]);
    Object.assign(o, { x_dossier_quote: true, x_dossier_sentence: q.source.sentence });
    return o;
  }

  eventId(e: Pick<XEvent, 'type' | 'sources'>, kind: 'sighting' | 'note'): string {
    const s = e.sources[0];
    return `${kind}--${uuidv5(`event:${e.type}:${this.reportId(s.documentSeq, s.documentId)}:${s.sentence}`)}`;
  }

  /** An event as a sighting of its first participant (else of its place); with neither, a note on the report. */
  event(e: XEvent): StixObject[] {
    // Ordered by role, then by STIX id: the same event lists (and sights) the same participant first wherever it is stored.
    const parts = e.participants
      .map((p) => ({ role: p.role, ref: this.ids.get(p.entity) }))
      .filter((p): p is { role: string; ref: string } => p.ref !== undefined)
      .sort(
        (a, b) =>
          SIGHTED_ROLES.indexOf(a.role) - SIGHTED_ROLES.indexOf(b.role) ||
          (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0),
      );
    const place = e.placeId ? this.ids.get(e.placeId) : undefined;
    const sighted = parts[0]?.ref ?? place;
    const first = e.sources[0];
    const x = {
      x_dossier_id: e.id,
      x_dossier_event_type: e.type,
      ...(parts.length ? { x_dossier_participants: parts } : {}),
      ...(place ? { x_dossier_place_ref: place } : {}),
      ...(e.dateText ? { x_dossier_date_text: e.dateText } : {}),
      ...(e.date ? { x_dossier_date: e.date } : {}),
      x_dossier_corroboration: e.corroboration,
      x_dossier_evidence: this.evidence(e.sources),
      ...(e.status ? { x_dossier_status: e.status } : {}),
    };
    const when = stixTime(e.date);
    let o: StixObject;
    if (sighted) {
      o = this.base('sighting', this.eventId(e, 'sighting'));
      o.sighting_of_ref = sighted;
      if (place?.startsWith('location--')) o.where_sighted_refs = [place];
      if (when) Object.assign(o, { first_seen: when, last_seen: when });
      o.count = 1;
      o.description = first.sentence;
    } else {
      o = this.base('note', this.eventId(e, 'note'));
      o.abstract = `${e.type} event`;
      o.content = first.sentence;
      o.object_refs = [this.reportId(first.documentSeq, first.documentId)];
    }
    o.confidence = confidenceOf(
      e.corroboration,
      e.sources.map((s) => s.grade),
    );
    o.external_references = this.references(e.sources);
    Object.assign(o, x);
    const out = [o];
    if (e.status) out.push(this.opinion(o.id, e.id, e.status, `An analyst ${e.status} this event.`));
    return out;
  }

  report(
    doc: {
      seq: number;
      id: string;
      title: string | null;
      published: string | null;
      outlet: string | null;
      url: string | null;
      location: string | null;
      grade: string | null;
      byline: string | null;
      metadata: Record<string, unknown>;
    },
    refs: string[],
  ): StixObject | null {
    if (!refs.length) return null;
    const id = this.reportId(doc.seq, doc.id, doc.metadata);
    const o = this.base('report', id);
    o.name = doc.title ?? doc.url ?? doc.location ?? doc.id;
    o.report_types = ['threat-report'];
    o.published = stixTime(doc.published) ?? stixTime(str(doc.metadata.stix_published)) ?? this.created;
    o.object_refs = [...refs].sort();
    const ref: Record<string, string> = {
      source_name: doc.outlet ?? 'dossier document',
      external_id: doc.id,
    };
    if (doc.url) ref.url = doc.url;
    o.external_references = [ref];
    Object.assign(o, {
      x_dossier_document_id: doc.id,
      ...(doc.published ? { x_dossier_published: doc.published } : {}),
      ...(doc.outlet ? { x_dossier_outlet: doc.outlet } : {}),
      ...(doc.grade ? { x_dossier_grade: doc.grade } : {}),
      ...(doc.byline ? { x_dossier_byline: doc.byline } : {}),
      ...(doc.location && doc.location !== doc.url ? { x_dossier_location: doc.location } : {}),
    });
    return o;
  }
}

/**
 * The bundle as text chunks, object by object: entities, ties (with their
 * opinions), quotes, events, then one report per document listing what it states
 * (found again by SQL per document, so nothing accumulates but the entity id map).
 */
export function* stixBundle(src: ExportSource): Generator<string> {
  const m = new StixMapper(src);
  const filterKey = JSON.stringify(src.opts);
  yield `{"type":"bundle","id":"bundle--${uuidv5(`bundle:${src.db.name}:${filterKey}:${Date.now()}`)}","objects":[`;
  let first = true;
  const emit = (o: StixObject) => {
    const s = (first ? '\n' : ',\n') + JSON.stringify(o);
    first = false;
    return s;
  };
  for (const e of src.entities()) yield emit(m.entity(e));
  // fact id → the STIX ids it became (a relationship, or a sighting/note), for the reports'
  // object_refs: ids only, a few MB for a 10,000-article store.
  const factIds = new Map<string, string>();
  for (const t of src.ties()) {
    const out = m.tie(t);
    if (out.length) factIds.set(t.id, out[0].id);
    for (const o of out) yield emit(o);
  }
  for (const q of src.quotes()) yield emit(m.quote(q));
  for (const e of src.events()) {
    const out = m.event(e);
    factIds.set(e.id, out[0].id);
    for (const o of out) yield emit(o);
  }
  const quotesIn = src.db.prepare(
    'SELECT text, speaker_id AS speakerId FROM quotes WHERE document_id = ? AND pull_quote = 0',
  );
  for (const doc of src.documents()) {
    const refs = new Set<string>();
    for (const id of src.documentEntities(doc.seq)) {
      const s = m.ids.get(id);
      if (s) refs.add(s);
    }
    const reportId = m.reportId(doc.seq, doc.id, doc.metadata);
    for (const id of src.factsIn(doc.seq)) {
      const sid = factIds.get(id);
      if (sid) refs.add(sid);
    }
    for (const q of quotesIn.all(doc.seq) as { text: string; speakerId: string | null }[])
      if (!src.opts.entity || src.inScope(q.speakerId)) refs.add(m.noteId(reportId, q.text));
    const r = m.report(doc, [...refs]);
    if (r) yield emit(r);
  }
  yield '\n]}\n';
}
