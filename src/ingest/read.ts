import { readFile } from 'node:fs/promises';
import type { SourceDocument } from '../types.js';
import { InputError } from './errors.js';

export interface ReadOptions {
  /** Overrides the publication date found in the input. */
  published?: string;
  /** Overrides the title found in the input. */
  title?: string;
}

/** Reads one input (a path, an http(s) URL, or "-" for stdin) into a SourceDocument. */
export async function readInput(spec: string, opts: ReadOptions = {}): Promise<SourceDocument> {
  let text: string;
  try {
    text = await readFile(spec, 'utf8');
  } catch (e) {
    throw new InputError(spec, (e as Error).message);
  }
  return {
    title: opts.title ?? null,
    published: opts.published ?? null,
    url: null,
    text,
    origin: spec,
  };
}
