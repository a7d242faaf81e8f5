// The unread-alert count, kept live by the server's event stream (GET /api/stream).
// One EventSource for the page; views subscribe to the count and to each new alert.
import { useEffect, useState } from 'react';
import type { Alert } from './api.js';

type Listener = (unread: number, alert?: Alert) => void;
const listeners = new Set<Listener>();
let source: EventSource | null = null;
let unread = 0;

function connect(): void {
  if (source || typeof EventSource === 'undefined') return;
  source = new EventSource('/api/stream');
  const update = (e: MessageEvent, isAlert: boolean) => {
    try {
      const d = JSON.parse(e.data) as { unread?: number; alert?: Alert };
      if (typeof d.unread === 'number') unread = d.unread;
      for (const l of listeners) l(unread, isAlert ? d.alert : undefined);
    } catch {
      // a malformed event is skipped
    }
  };
  source.addEventListener('hello', (e) => update(e as MessageEvent, false));
  source.addEventListener('alert', (e) => update(e as MessageEvent, true));
}

/** Tells every subscriber a new count (after marking alerts read). */
export function setUnread(n: number): void {
  unread = n;
  for (const l of listeners) l(unread);
}

export function useUnread(onAlert?: (a: Alert) => void): number {
  const [n, setN] = useState(unread);
  useEffect(() => {
    connect();
    const l: Listener = (count, alert) => {
      setN(count);
      if (alert && onAlert) onAlert(alert);
    };
    listeners.add(l);
    return () => {
      listeners.delete(l);
    };
  }, [onAlert]);
  return n;
}
