// The Export menu of the network, entity and search pages: links to GET /api/export with
// what the page shows (its entity and depth, dates, corroboration, or search words).
// Plain download links: the browser streams the file, nothing is held in the page.
import { qs } from '../api.js';

const CHOICES: { format: string; table?: string; label: string }[] = [
  { format: 'stix', label: 'STIX 2.1 bundle (OpenCTI, MISP)' },
  { format: 'gexf', label: 'GEXF 1.3 (Gephi)' },
  { format: 'graphml', label: 'GraphML' },
  { format: 'csv', table: 'ties', label: 'CSV: ties' },
  { format: 'csv', table: 'entities', label: 'CSV: entities' },
  { format: 'csv', table: 'events', label: 'CSV: events (ACLED columns)' },
  { format: 'csv', table: 'quotes', label: 'CSV: quotes' },
  { format: 'csv', table: 'sources', label: 'CSV: sources' },
  { format: 'ftm', label: 'FollowTheMoney (Aleph)' },
  { format: 'jsonl', label: 'dossier JSON lines' },
];

export type ExportParams = Record<string, string | number | undefined>;

function exportHref(params: ExportParams, format: string, table?: string): string {
  return `/api/export${qs({ ...params, format, table })}`;
}

export function ExportMenu({ params }: { params: ExportParams }) {
  return (
    <details className="export-menu" data-testid="export-menu">
      <summary>Export</summary>
      <ul>
        {CHOICES.map((c) => (
          <li key={`${c.format}:${c.table ?? ''}`}>
            <a href={exportHref(params, c.format, c.table)} download>
              {c.label}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
