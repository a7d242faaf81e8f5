import type { SourceDocument } from '../types.js';
import { documentId } from './ids.js';
import type { DocumentMeta } from './store.js';

/** The outlet as the reader found it, else the URL's host without "www." (null for local text without a URL). */
function outletOf(src: SourceDocument): string | null {
  const named = src.metadata?.outlet ?? src.metadata?.source;
  if (named?.trim()) return named.trim();
  if (src.url) {
    try {
      return new URL(src.url).hostname.replace(/^www\./, '');
    } catch {
      return null;
    }
  }
  return null;
}

export function documentMeta(src: SourceDocument, location: string): DocumentMeta {
  return {
    id: documentId(src.text),
    title: src.title,
    published: src.published,
    outlet: outletOf(src),
    byline: src.byline ?? null,
    location,
  };
}
