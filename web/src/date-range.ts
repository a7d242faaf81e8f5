// The date range the timeline and the map filter by: set in one, the other follows.
import { useSyncExternalStore } from 'react';

export interface DateRange {
  since: string;
  until: string;
}

let range: DateRange = { since: '', until: '' };
const listeners = new Set<() => void>();

export function setDateRange(r: Partial<DateRange>): void {
  range = { ...range, ...r };
  for (const l of listeners) l();
}

export function useDateRange(): DateRange {
  return useSyncExternalStore(
    (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    () => range,
  );
}
