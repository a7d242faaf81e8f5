// What the event tests share: one text through the whole pipeline, its events' participants
// by entity name ("role:name", sorted) and its events of one type.
import { extract } from '../src/nlp/pipeline.js';
import type { ExtractedEvent } from '../src/types.js';

export const runEvents = (text: string, published = '2025-06-10') => {
  const x = extract({ title: null, published, url: null, text });
  const name = (id: string | null) => x.entities.find((e) => e.id === id)?.name ?? null;
  const roles = (v: ExtractedEvent) => v.participants.map((p) => `${p.role}:${name(p.entity)}`).sort();
  const of = (type: string) => x.events.filter((e) => e.type === type);
  return { x, name, roles, of, all: () => x.events.flatMap((v) => roles(v)) };
};
