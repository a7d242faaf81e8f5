// What the geocoding tests share: the place entity `extract` reads under a name, and whether
// its point lies within a distance of where the test knows the place to be.
import { kmBetween } from '../src/nlp/geocode.js';
import { extract } from '../src/nlp/pipeline.js';
import type { ExtractedEntity as Entity } from '../src/types.js';

/** The whole extraction of `text`, published on a fixed day. */
export const run = (text: string) => extract({ title: null, published: '2026-11-02', url: null, text });

/** Every entity of `text` with `name` among its names (case folded). */
export const find = (text: string, name: string): Entity[] =>
  run(text).entities.filter((e) =>
    [e.name, ...e.aliases].some((n) => n.toLowerCase() === name.toLowerCase()),
  );

/** The place entity of `text` with `name` among its names (case folded). */
export const place = (text: string, name: string): Entity | undefined =>
  find(text, name).find((e) => e.type === 'place');

/** Whether the point `g` lies within `km` of (lat, lon). */
export const near = (g: { lat: number; lon: number } | null | undefined, lat: number, lon: number, km = 50) =>
  !!g && kmBetween(g, { lat, lon }) <= km;
