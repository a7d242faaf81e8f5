// Screening the knowledge store's people and organisations: the store keeps
// them in entities(id, type, name) with more names in entity_names(entity_id,
// name); until those tables exist there is nothing to screen.
import type { Db } from './db.js';
import type { Hit, Matcher, Query } from './match.js';

export interface StoreEntity {
  id: string;
  type: 'person' | 'organization';
  names: string[];
}

/** People and organisations of the knowledge store, when its entities/entity_names tables exist. */
export function storeEntities(db: Db): StoreEntity[] | undefined {
  const tables = new Set(
    (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
      (r) => r.name,
    ),
  );
  if (!tables.has('entities')) return undefined;
  const byId = new Map<string, StoreEntity>();
  for (const r of db.prepare('SELECT id, type, name FROM entities').all() as {
    id: unknown;
    type: string;
    name: string;
  }[]) {
    const type = /^person$/i.test(r.type) ? 'person' : /^org/i.test(r.type) ? 'organization' : undefined;
    if (type && r.name) byId.set(String(r.id), { id: String(r.id), type, names: [r.name] });
  }
  if (tables.has('entity_names')) {
    for (const r of db.prepare('SELECT entity_id, name FROM entity_names').all() as {
      entity_id: unknown;
      name: string;
    }[]) {
      const e = byId.get(String(r.entity_id));
      if (e && r.name && !e.names.includes(r.name)) e.names.push(r.name);
    }
  }
  return [...byId.values()];
}

export interface EntityScreening {
  entity: StoreEntity;
  /** best hit per listing over all the entity's names, best first */
  hits: Hit[];
}

/** Screens every name of each entity (its type as the type qualifier) and keeps the best hit per listing. */
export function screenEntities(
  matcher: Matcher,
  entities: StoreEntity[],
  base: Omit<Query, 'name'> = {},
  threshold?: number,
): EntityScreening[] {
  return entities.map((entity) => {
    const best = new Map<string, Hit>();
    for (const name of entity.names) {
      for (const h of matcher.screen({ ...base, name, type: entity.type }, { threshold })) {
        const k = `${h.list}\t${h.id}`;
        const b = best.get(k);
        if (!b || h.score > b.score) best.set(k, h);
      }
    }
    return { entity, hits: [...best.values()].sort((a, b) => b.score - a.score) };
  });
}
