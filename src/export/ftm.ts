// FollowTheMoney entities, one JSON object a line ({id, schema, properties}), for
// Aleph and OpenSanctions tooling (`ftm`, `alephclient write-entities`).
// People → Person, groups → Organization (militant groups with topic
// "crime.terror"), places → Address, handles → UserAccount (owner from has_account),
// articles → Article (fileName, title, publishedAt, sourceUrl), names found in an
// article → Mention; ties → Membership (member_of, part_of, spokesperson_of,
// pledged_allegiance_to), Directorship (leader_of) or UnknownLink (the rest,
// role = the tie type); events → Event; quotes → Note. Every tie, event and quote
// carries its evidence sentence in `description`, with sourceUrl, publisher and date.
import { basename } from 'node:path';
import { sha256 } from '../store/ids.js';
import type { ExportSource, XEntity, XSource } from './source.js';

interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

const MEMBERSHIP = new Set(['member_of', 'part_of', 'spokesperson_of', 'pledged_allegiance_to']);
const LEGAL = new Set(['person', 'organization']);

const ftmId = (kind: string, id: string) => `dossier-${kind}-${sha256(id).slice(0, 32)}`;

const SCHEMA: Record<string, string> = {
  person: 'Person',
  organization: 'Organization',
  place: 'Address',
  handle: 'UserAccount',
};

/** FtM dates are ISO prefixes: keep what dossier has when it looks like one. */
const ftmDate = (d: string | null) => (d && /^\d{4}(-\d{2}(-\d{2})?)?/.test(d) ? [d.slice(0, 10)] : []);

function props(
  o: Record<string, (string | number | null | undefined)[] | string | number | null | undefined>,
) {
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(o)) {
    const list = (Array.isArray(v) ? v : [v])
      .filter((x) => x !== null && x !== undefined && x !== '')
      .map(String);
    if (list.length) out[k] = [...new Set(list)];
  }
  return out;
}

function cite(s: XSource | undefined) {
  return s
    ? { description: s.sentence, sourceUrl: s.url, publisher: s.outlet, date: ftmDate(s.published) }
    : {};
}

export function* ftmLines(src: ExportSource): Generator<string> {
  const line = (e: FtmEntity) => `${JSON.stringify(e)}\n`;
  const types = new Map<string, string>();
  const owners = src.db.prepare(
    "SELECT subject_id FROM facts WHERE kind = 'relation' AND type = 'has_account' AND negated = 0 AND object_id = ?",
  );
  const entityOut = (e: XEntity): FtmEntity => {
    const names = e.aliases.map((a) => a.name).filter((n) => n !== e.name);
    const base = { name: e.name, alias: names, country: e.country ? e.country.toLowerCase() : null };
    const schema = SCHEMA[e.type];
    let p: Record<string, string[]>;
    if (e.type === 'handle')
      p = props({
        username: e.name,
        owner: (owners.pluck().all(e.id) as string[])
          .filter((o) => src.inScope(o))
          .map((o) => ftmId('entity', o)),
      });
    else if (e.type === 'place') p = props({ full: e.name, ...base, latitude: e.lat, longitude: e.lon });
    else {
      const roles = Array.isArray(e.attributes.role) ? (e.attributes.role as unknown[]).map(String) : [];
      p = props({
        ...base,
        topics: e.militant && e.type === 'organization' ? 'crime.terror' : null,
        ...(e.type === 'person' ? { position: roles, title: e.attributes.title as string | undefined } : {}),
        notes: e.kind,
      });
    }
    return { id: ftmId('entity', e.id), schema, properties: p };
  };
  for (const e of src.entities()) {
    types.set(e.id, e.type);
    yield line(entityOut(e));
  }
  const typeOf = (id: string) => {
    let t = types.get(id);
    if (!t) {
      t = src.entity(id)?.type ?? '';
      types.set(id, t);
    }
    return t;
  };
  for (const t of src.ties()) {
    if (t.type === 'has_account' && !t.negated && t.status !== 'rejected') continue; // UserAccount.owner
    const s = t.sources[0];
    const role = `${t.negated ? 'denied: ' : ''}${t.status === 'rejected' ? 'rejected: ' : ''}${t.type}`;
    const common = {
      role,
      ...cite(s),
      summary: `${t.corroboration} document(s)`,
      status: t.status,
      recordId: t.id,
    };
    if (t.negated && s) common.description = `[denied] ${s.sentence}`;
    const subj = ftmId('entity', t.subject);
    const obj = ftmId('entity', t.object);
    const orgObject = typeOf(t.object) === 'organization';
    let e: FtmEntity;
    if (MEMBERSHIP.has(t.type) && LEGAL.has(typeOf(t.subject)) && orgObject)
      e = {
        id: ftmId('tie', t.id),
        schema: 'Membership',
        properties: props({ member: subj, organization: obj, ...common }),
      };
    else if (t.type === 'leader_of' && LEGAL.has(typeOf(t.subject)) && orgObject)
      e = {
        id: ftmId('tie', t.id),
        schema: 'Directorship',
        properties: props({ director: subj, organization: obj, ...common }),
      };
    else
      e = {
        id: ftmId('tie', t.id),
        schema: 'UnknownLink',
        properties: props({ subject: subj, object: obj, ...common }),
      };
    yield line(e);
  }
  for (const ev of src.events()) {
    const s = ev.sources[0];
    const place = ev.placeId ? src.entity(ev.placeId) : null;
    yield line({
      id: ftmId('event', ev.id),
      schema: 'Event',
      properties: props({
        name: `${ev.type}${ev.dateText ? ` (${ev.dateText})` : ''}`,
        summary: ev.type,
        involved: ev.participants.map((p) => ftmId('entity', p.entity)),
        addressEntity: place ? ftmId('entity', place.id) : null,
        location: place?.name,
        startDate: ftmDate(ev.date),
        ...cite(s),
        recordId: ev.id,
        proof: ftmId('document', s.documentId),
      }),
    });
  }
  for (const q of src.quotes())
    yield line({
      id: ftmId('quote', q.id),
      schema: 'Note',
      properties: props({
        entity: q.speakerId ? ftmId('entity', q.speakerId) : ftmId('document', q.source.documentId),
        name: q.speaker ? `${q.speaker}: quote` : 'quote',
        summary: q.text,
        description: q.source.sentence,
        sourceUrl: q.source.url,
        publisher: q.source.outlet,
      }),
    });
  const mentions = src.db.prepare(
    `SELECT m.entity_id AS id, m.surface, e.type FROM mentions m JOIN entities e ON e.id = m.entity_id
     WHERE m.document_id = ? GROUP BY m.entity_id, m.surface, e.type`,
  );
  for (const d of src.documents()) {
    const article = ftmId('document', d.id);
    const file =
      d.location && !/^https?:/.test(d.location) ? basename(d.location) : `${d.id.slice(0, 16)}.txt`;
    yield line({
      id: article,
      schema: 'Article',
      properties: props({
        title: d.title,
        fileName: file,
        publishedAt: ftmDate(d.published),
        sourceUrl: d.url,
        publisher: d.outlet,
        author: d.byline,
        contentHash: d.id,
      }),
    });
    for (const m of mentions.all(d.seq) as { id: string; surface: string; type: string }[]) {
      if (!src.inScope(m.id)) continue;
      yield line({
        id: ftmId('mention', `${d.id}:${m.id}:${m.surface}`),
        schema: 'Mention',
        properties: props({
          document: article,
          name: m.surface,
          resolved: LEGAL.has(m.type) ? ftmId('entity', m.id) : null,
          detectedSchema: SCHEMA[m.type],
        }),
      });
    }
  }
}
