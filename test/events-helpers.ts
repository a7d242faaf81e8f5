// What the event tests share: one text through the whole pipeline, its events' participants
// by entity name ("role:name", sorted), its events of one type and their participants.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/nlp/pipeline.js';
import type { ExtractedEvent } from '../src/types.js';

export const runEvents = (text: string, published = '2025-06-10') => {
  const x = extract({ title: null, published, url: null, text });
  const name = (id: string | null) => x.entities.find((e) => e.id === id)?.name ?? null;
  const roles = (v: ExtractedEvent) => v.participants.map((p) => `${p.role}:${name(p.entity)}`).sort();
  const of = (type: string) => x.events.filter((e) => e.type === type);
  const list = (type: string) => of(type).map(roles);
  return { x, name, roles, of, list, all: () => x.events.flatMap((v) => roles(v)) };
};

/** One wanted event of a battery: its type and, where given, its doers, patients, place and day. */
export interface WantEvent {
  type: string;
  agent?: string[];
  patient?: string[];
  place?: string | null;
  date?: string | null;
}

/** A wanted event of one type, by its patients, then its place, day and doers: W('killing')(['X'], 'Kano'). */
export const wantOf =
  (type: string) =>
  (patient?: string[], place?: string | null, date?: string | null, agent?: string[]): WantEvent => ({
    type,
    patient,
    place,
    date,
    agent,
  });

/** A battery case: a text, the events it must hold, the types it must not, counts, and "type(role:name)" no event may hold. */
export interface EventCase {
  text: string;
  want?: WantEvent[];
  none?: string[];
  count?: Partial<Record<string, number>>;
  without?: string[];
}

/** What a case gets wrong, one line a fault, each with the events seen (none: the case holds). */
export function eventFaults(c: EventCase): string[] {
  const r = runEvents(c.text);
  const faults: string[] = [];
  const names = (v: ExtractedEvent, role: string) =>
    v.participants
      .filter((p) => p.role === role)
      .map((p) => r.name(p.entity))
      .sort();
  const seen = r.x.events
    .map((v) => `${v.type}(${r.roles(v).join(', ')}) @${r.name(v.place)} ${v.date?.value ?? '-'}`)
    .join('; ');
  const same = (a: (string | null)[], b: string[]) => JSON.stringify(a) === JSON.stringify([...b].sort());
  for (const w of c.want ?? []) {
    const ok = r
      .of(w.type)
      .some(
        (v) =>
          (w.agent === undefined || same(names(v, 'agent'), w.agent)) &&
          (w.patient === undefined || same(names(v, 'patient'), w.patient)) &&
          (w.place === undefined || r.name(v.place) === w.place) &&
          (w.date === undefined || (v.date?.value ?? null) === w.date),
      );
    if (!ok) faults.push(`no ${JSON.stringify(w)} in ${seen}`);
  }
  for (const t of c.none ?? []) if (r.of(t).length) faults.push(`a ${t} in ${seen}`);
  for (const w of c.without ?? [])
    if (r.x.events.some((v) => r.roles(v).some((x) => `${v.type}(${x})` === w)))
      faults.push(`${w} in ${seen}`);
  for (const [t, n] of Object.entries(c.count ?? {}))
    if (r.of(t).length !== n) faults.push(`${r.of(t).length} ${t} (not ${n}) in ${seen}`);
  return faults;
}

/** A battery: one describe per group of cases, one test per case, each holding no fault. */
export function eventBattery(
  title: string,
  groups: readonly (readonly [string, readonly (readonly [string, EventCase])[]])[],
): void {
  describe(title, () => {
    for (const [group, cases] of groups)
      describe(group, () => {
        for (const [label, c] of cases) it(label, () => expect(eventFaults(c)).toEqual([]));
      });
  });
}
