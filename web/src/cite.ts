// The sentence an analyst cites: the one holding the text selected in the article
// (the same rule as `dossier add-tie --cite`), and the ontology's types and roles
// the correction forms offer.

/** The sentence of `text` around [from, to): back to the end of the previous sentence or line, on to this one's end. */
export function sentenceAround(text: string, from: number, to: number): { start: number; end: number } {
  let start = Math.max(0, Math.min(from, text.length));
  while (
    start > 0 &&
    text[start - 1] !== '\n' &&
    !/[.!?]["”’)]?\s$/.test(text.slice(Math.max(0, start - 3), start))
  )
    start--;
  while (start < from && /\s/.test(text[start])) start++;
  let end = Math.max(start, Math.min(to, text.length));
  while (end < text.length && text[end] !== '\n' && !/[.!?]["”’)]?$/.test(text.slice(start, end))) end++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** Character offset of a DOM position inside `root`, whose text is the article's text. */
export function offsetIn(root: Node, node: Node, offset: number): number {
  const r = document.createRange();
  r.setStart(root, 0);
  r.setEnd(node, offset);
  return r.toString().length;
}

// The ontology's closed lists, shared with the server (validation) rather than restated.
export { EVENT_TYPES, RELATION_TYPES as TIE_TYPES, ROLES } from '../../src/ontology.js';
