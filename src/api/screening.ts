// Screening hits of the store's people and organisations against the imported
// watch lists, with the analyst's confirm/dismiss decisions. Computed on demand
// and cached until the store or the lists change.
import { createHash } from 'node:crypto';
import { loadEntries } from '../screen/db.js';
import { screenEntities, storeEntities } from '../screen/entities.js';
import { type Hit, Matcher } from '../screen/match.js';
import type { DB } from '../store/open.js';
import type { StoreQueries } from '../store/store.js';

export interface ScreeningHit {
  id: string;
  entityId: string;
  entityName: string;
  list: string;
  entryId: string;
  listedName: string;
  matchedAlias: string;
  score: number;
  explanation: Hit['explanation'];
  status: 'open' | 'confirmed' | 'dismissed';
}

function hitId(list: string, entryId: string, entityId: string): string {
  return createHash('sha256').update(`${list}\t${entryId}\t${entityId}`).digest('hex').slice(0, 20);
}

export class Screening {
  private key = '';
  private cached: Omit<ScreeningHit, 'status'>[] = [];

  constructor(
    private readonly handle: () => DB | undefined,
    private readonly q: Pick<StoreQueries, 'targetStatus'>,
  ) {}

  /** the store's SQL handle (SQLite, or PostgreSQL through pg/dialect.ts) */
  private get db(): DB {
    return this.handle()!;
  }

  private hasLists(): boolean {
    return (
      this.handle() !== undefined &&
      this.db
        .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'screen_entries'")
        .get() !== undefined
    );
  }

  private compute(): Omit<ScreeningHit, 'status'>[] {
    if (!this.hasLists()) return [];
    const key = `${this.db.prepare('SELECT count(*) FROM entities').pluck().get()}:${this.db
      .prepare('SELECT coalesce(sum(version), 0) FROM screen_lists')
      .pluck()
      .get()}:${this.db.prepare('SELECT count(*) FROM entity_names').pluck().get()}`;
    if (key === this.key) return this.cached;
    const entries = loadEntries(this.db);
    const entities = storeEntities(this.db) ?? [];
    const out: Omit<ScreeningHit, 'status'>[] = [];
    if (entries.length && entities.length) {
      const matcher = new Matcher(entries);
      for (const { entity, hits } of screenEntities(matcher, entities)) {
        const name = this.db
          .prepare('SELECT name FROM entities WHERE id = ?')
          .pluck()
          .get(entity.id) as string;
        for (const h of hits)
          out.push({
            id: hitId(h.list, h.id, entity.id),
            entityId: entity.id,
            entityName: name,
            list: h.list,
            entryId: h.id,
            listedName: h.listedName,
            matchedAlias: h.matchedName,
            score: h.score,
            explanation: h.explanation,
          });
      }
    }
    out.sort((a, b) => b.score - a.score || a.entityName.localeCompare(b.entityName));
    this.key = key;
    this.cached = out;
    return out;
  }

  private async withStatus(h: Omit<ScreeningHit, 'status'>): Promise<ScreeningHit> {
    const s = await this.q.targetStatus(`screen:${h.id}`);
    return { ...h, status: s === 'confirm' ? 'confirmed' : s === 'reject' ? 'dismissed' : 'open' };
  }

  /** Every hit with its status from `statusOf` (sync: the export reads SQLite directly). */
  hitsWith(statusOf: (target: string) => 'confirm' | 'reject' | undefined): ScreeningHit[] {
    return this.compute().map((h) => {
      const s = statusOf(`screen:${h.id}`);
      return { ...h, status: s === 'confirm' ? 'confirmed' : s === 'reject' ? 'dismissed' : 'open' };
    });
  }

  hits(): Promise<ScreeningHit[]> {
    return Promise.all(this.compute().map((h) => this.withStatus(h)));
  }

  async forEntity(entityId: string): Promise<ScreeningHit[]> {
    return Promise.all(
      this.compute()
        .filter((h) => h.entityId === entityId)
        .map((h) => this.withStatus(h)),
    );
  }

  async find(id: string): Promise<ScreeningHit | undefined> {
    const h = this.compute().find((x) => x.id === id);
    return h && this.withStatus(h);
  }
}
