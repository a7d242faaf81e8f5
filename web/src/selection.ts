// The entity selected in the network, shared with the timeline so both views stay in step.
import { useSyncExternalStore } from 'react';

let selected: { id: string; name: string } | null = null;
const listeners = new Set<() => void>();

export function select(s: { id: string; name: string } | null): void {
  selected = s;
  for (const l of listeners) l();
}

export function useSelection(): { id: string; name: string } | null {
  return useSyncExternalStore(
    (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    () => selected,
  );
}
