// The event dates of an extraction, re-resolved by chrono-node instead of dossier's own
// date stage (src/nlp/dates.ts): the comparison issue 17 asks for. Same events, same
// sentences, same publication date; only the resolver differs. For each event chrono parses
// the evidence sentence against the publication date and the date nearest the trigger word
// is kept, at the precision chrono is certain of (day, month or year). Used by
// `npm run eval:events -- --dates chrono` and `npm run eval:holdout -- --dates chrono`.
import * as chrono from 'chrono-node';
import type { Extraction } from '../src/types.js';

const pad = (n: number) => String(n).padStart(2, '0');

export function chronoDates(x: Extraction): Extraction {
  const text = x.document.text;
  const ref = x.document.published ? new Date(`${x.document.published}T12:00:00Z`) : new Date();
  return {
    ...x,
    events: x.events.map((v) => {
      const sentence = text.slice(v.evidence.start, v.evidence.end);
      const found = chrono.parse(sentence, { instant: ref, timezone: 0 });
      const at = v.trigger ? sentence.indexOf(v.trigger) : 0;
      const best = found
        .filter(
          (r) =>
            r.start.isCertain('year') ||
            r.start.isCertain('month') ||
            r.start.isCertain('weekday') ||
            r.start.isCertain('day'),
        )
        .sort((a, b) => Math.abs(a.index - at) - Math.abs(b.index - at))[0];
      if (!best) return { ...v, date: null };
      const s = best.start;
      const y = s.get('year');
      const m = s.get('month');
      const d = s.get('day');
      const day = s.isCertain('day') || s.isCertain('weekday');
      const value =
        day && y && m && d
          ? `${y}-${pad(m)}-${pad(d)}`
          : s.isCertain('month') && y && m
            ? `${y}-${pad(m)}`
            : `${y}`;
      return { ...v, date: { text: best.text, value } };
    }),
  };
}

/** `--dates chrono` on the command line. */
export const wantChrono = (argv: string[]): boolean => {
  const i = argv.indexOf('--dates');
  return i >= 0 && argv[i + 1] === 'chrono';
};
