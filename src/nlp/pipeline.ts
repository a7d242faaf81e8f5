import type { Extraction, SourceDocument } from '../types.js';

/** Runs every stage over one document and returns the extraction contract's object. */
export function extract(src: SourceDocument): Extraction {
  return {
    schema: 'dossier.extraction/1',
    document: { title: src.title, published: src.published, url: src.url, text: src.text },
    entities: [],
    quotes: [],
    relations: [],
    events: [],
  };
}
