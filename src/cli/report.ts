import type { Extraction } from '../types.js';

// The readable report of `dossier extract` without --json: entities by type with
// aliases and attributes, quotes with speakers, ties, events with dates.

const ANSI = {
  bold: '\x1b[1m',
  dim: '\x1b[2m',
  cyan: '\x1b[36m',
  yellow: '\x1b[33m',
  green: '\x1b[32m',
  red: '\x1b[31m',
  reset: '\x1b[0m',
};

export function formatReport(x: Extraction, opts: { color: boolean; origin?: string }): string {
  const c = (code: keyof typeof ANSI, s: string) => (opts.color ? `${ANSI[code]}${s}${ANSI.reset}` : s);
  const byId = new Map(x.entities.map((e) => [e.id, e]));
  const name = (id: string | null | undefined) => (id ? (byId.get(id)?.name ?? id) : '?');
  const lines: string[] = [];
  lines.push(c('bold', x.document.title ?? opts.origin ?? '(untitled)'));
  const meta = [
    x.document.published && `published ${x.document.published}`,
    x.document.url,
    opts.origin && opts.origin !== x.document.url ? opts.origin : null,
  ].filter(Boolean);
  if (meta.length) lines.push(c('dim', meta.join(' · ')));
  lines.push('');
  const groups: [string, string][] = [
    ['person', 'People'],
    ['organization', 'Organisations'],
    ['place', 'Places'],
    ['handle', 'Handles'],
  ];
  for (const [type, label] of groups) {
    const es = x.entities.filter((e) => e.type === type);
    if (!es.length) continue;
    lines.push(c('cyan', `${label} (${es.length})`));
    for (const e of es) {
      const bits: string[] = [];
      if (e.aliases.length) bits.push(`aka ${e.aliases.join(', ')}`);
      for (const [k, v] of Object.entries(e.attributes))
        bits.push(`${k}: ${Array.isArray(v) ? v.join(', ') : String(v)}`);
      if (e.geo)
        bits.push(
          `${e.geo.lat.toFixed(2)}, ${e.geo.lon.toFixed(2)}${e.geo.country ? ` ${e.geo.country}` : ''}`,
        );
      lines.push(
        `  ${c('bold', e.name)} ${c('dim', `×${e.mentions.length}`)}${bits.length ? `  ${c('dim', bits.join(' · '))}` : ''}`,
      );
    }
    lines.push('');
  }
  if (x.quotes.length) {
    lines.push(c('cyan', `Quotes (${x.quotes.length})`));
    for (const q of x.quotes) {
      const who = q.speaker ? name(q.speaker) : (q.speakerText ?? 'unattributed');
      const tag = q.pullQuote ? c('dim', ' [pull quote]') : '';
      lines.push(`  ${c('yellow', who)}${tag}: “${q.text}”`);
    }
    lines.push('');
  }
  if (x.relations.length) {
    lines.push(c('cyan', `Ties (${x.relations.length})`));
    for (const r of x.relations) {
      const neg = r.negated ? c('red', ' NOT') : '';
      const by = r.attributedTo
        ? c('dim', ` (according to ${byId.get(r.attributedTo)?.name ?? r.attributedTo})`)
        : '';
      lines.push(`  ${name(r.subject)}${neg} ${c('green', r.type)} ${name(r.object)}${by}`);
    }
    lines.push('');
  }
  if (x.events.length) {
    lines.push(c('cyan', `Events (${x.events.length})`));
    for (const v of x.events) {
      const when = v.date ? `${v.date.value ?? '?'} (${v.date.text})` : 'undated';
      const who = v.participants.map((p) => `${p.role}: ${name(p.entity)}`).join(', ');
      lines.push(
        `  ${c('green', v.type)} ${c('dim', when)}${v.place ? ` in ${name(v.place)}` : ''}${who ? ` — ${who}` : ''}`,
      );
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
