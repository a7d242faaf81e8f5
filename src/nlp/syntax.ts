// The contract between the dependency parser (src/nlp/parser/) and the stages that read
// the parse (quotes, relations, events). The parse stage fills `Annotated.syntax` after
// segmentation; readers walk arcs through these helpers rather than the arrays directly,
// so the storage can change without touching them.
//
// Token indices are document-wide (the index into `seg.tokens`), so a mention's tokens,
// a word's `t` and a parse arc all speak the same numbers.

/** Universal Dependencies UPOS tags, in the order the parser stores them. */
export const UPOS = [
  'ADJ',
  'ADP',
  'ADV',
  'AUX',
  'CCONJ',
  'DET',
  'INTJ',
  'NOUN',
  'NUM',
  'PART',
  'PRON',
  'PROPN',
  'PUNCT',
  'SCONJ',
  'SYM',
  'VERB',
  'X',
] as const;
export type Upos = (typeof UPOS)[number];

/** Per-token analysis of a whole document (parallel typed arrays, like `Tokens`). */
export interface Syntax {
  /** index into UPOS */
  upos: Uint8Array;
  /** document-wide token index of the head; -1 for a sentence root (and for tokens not parsed, e.g. spaces) */
  head: Int32Array;
  /** index into `labels` */
  rel: Uint8Array;
  /** the label set of the model that produced this parse (UD relations with subtypes, e.g. 'nsubj:pass') */
  labels: readonly string[];
  /** lower-case lemma of each token */
  lemma: string[];
}
