// Full-text search on PostgreSQL with a cost bounded by the page, not by the matches.
//
// ts_rank reads a match's whole tsvector, which for an article lives out of line (TOAST,
// compressed): ranking every match of a common name cost ~70 µs a match, and a name in
// half of a 10k store's articles took ~380 ms. So the ranking reads a bounded candidate
// set: the latest SEARCH_CANDIDATES matches in ingest order (documents.seq, which
// documents_fts.rowid is). The GIN index gives the matches' row ids without opening their
// tsvectors; only the candidates' are read, by ts_rank and, for a phrase, by the phrase
// test. With no more matches than that, every match is ranked, as before.
//
// A phrase ("a b", tsquery a <-> b) is not decided by the GIN index alone: PostgreSQL
// rechecks each match against its tsvector. The candidates are therefore found with the
// phrase's words ANDed (`looseTsquery`, which the index decides alone), walked newest first,
// and the phrase tested on them until the cap is reached.

/**
 * How many of the latest matches a search ranks, at least (a page is 20).
 * @public (the tests read it)
 */
export const SEARCH_CANDIDATES = 200;

/** The candidates for a page of `limit` after `offset`: SEARCH_CANDIDATES, or more for a deep page. */
export function searchCandidates(limit: number, offset = 0): number {
  return Math.max(SEARCH_CANDIDATES, 4 * (limit + offset));
}

/**
 * A tsquery that matches at least what `tsq` matches and that a GIN index decides with no
 * recheck: phrases (`<->`) become ANDs. Under a NOT, a looser phrase would leave out rows,
 * so such a query is returned as it is.
 */
export function looseTsquery(tsq: string): string {
  if (!tsq.includes('<->')) return tsq;
  if (tsq.includes('!')) return tsq;
  return tsq.replace(/<->/g, '&');
}

export interface CappedSearch {
  /** the FTS table: documents_fts (rowid = documents.seq) or quotes_fts (rowid = quotes.seq) */
  fts: 'documents_fts' | 'quotes_fts';
  /** joins the FTS row `f` to what the filter reads (documents `d`, quotes `q`), or '' */
  join: string;
  /** `AND …` conditions on the joined rows, or '' */
  filter: string;
  /** whether the loose query differs from the exact one (a phrase): the phrase is then tested on candidates */
  phrase: boolean;
}

/**
 * The SQL of the candidates' (rowid, rank) pairs, best first, at most @limit:
 * @loose and @exact are tsquery texts, @cap the candidates ranked, @limit the rows wanted.
 * rank is -ts_rank (lower is better, as SQLite's bm25); ties go newest first.
 */
export function cappedRankSql(s: CappedSearch): string {
  const exact = "to_tsquery('simple', unaccent(@exact))";
  const loose = "to_tsquery('simple', unaccent(@loose))";
  // `f.rowid + 0`: the order must come from sorting the index's matches, never from walking
  // the primary key backwards and opening every row's tsvector to test it. `OFFSET 0` keeps
  // the phrase test out of the scan (else it is pushed down and run on every loose match).
  const candidates = s.phrase
    ? `SELECT rowid, tsv FROM (
         SELECT f.rowid, f.tsv FROM ${s.fts} f ${s.join}
         WHERE f.tsv @@ ${loose} ${s.filter} ORDER BY f.rowid + 0 DESC OFFSET 0
       ) m WHERE m.tsv @@ ${exact} LIMIT @cap`
    : `SELECT f.rowid, f.tsv FROM ${s.fts} f ${s.join}
       WHERE f.tsv @@ ${exact} ${s.filter} ORDER BY f.rowid + 0 DESC LIMIT @cap`;
  return `WITH c AS MATERIALIZED (${candidates})
    SELECT rowid, -ts_rank(tsv, ${exact}) AS rank FROM c ORDER BY rank, rowid DESC LIMIT @limit`;
}

/**
 * Regular expressions (PostgreSQL's, matched without case), one a line, for the first hit
 * of each term of a tsquery text that is not under a NOT: a whole word (a prefix term as a
 * word's start), a phrase as its words with anything but letters between them. Words hold
 * letters and digits only, so they need no escaping.
 */
export function hitPatterns(tsq: string): string {
  const out: string[] = [];
  for (const m of tsq.matchAll(/(!\s*)?(\([^()]*\)|[^\s()&|!]+)/g)) {
    if (m[1]) continue;
    const words = m[2].match(/[\p{L}\p{N}]+/gu);
    if (!words) continue;
    const prefix = /:\*\)?$/.test(m[2]);
    out.push(`\\m${words.join('\\W+')}${prefix ? '' : '\\M'}`);
  }
  return [...new Set(out)].join('\n');
}

/** Characters of text before the first hit and after the last, and the widest span of first hits, a windowed headline reads. */
const WINDOW_BEFORE = 240;
const WINDOW_AFTER = 400;
const WINDOW_SPAN = 1000;

/**
 * ts_headline of a long text, cut from a window around the first hits rather than from the
 * whole text. ts_headline parses every word it is given: a whole article (~600 words, TOAST
 * decompressed) cost ~0.9 ms at load 15, 20 of them a page. `regexp_instr` finds each
 * term's first hit (@hits, hitPatterns), and the window from the first to the last of them
 * (when they lie within WINDOW_SPAN, so that the terms of an AND meet in it), with whole
 * words around, is headlined. When there is no such window (no hit: an accented spelling,
 * which the index unaccents and the text does not; or the hits far apart) or its headline
 * marks no hit, the whole text is headlined, as before. Returns the joins to add after the
 * row's table and the snippet's expression; `open` is the StartSel of the options.
 * (`OFFSET 0` keeps each step computed once.)
 */
export function windowedHeadline(
  text: string,
  query: string,
  options: string,
  open: string,
): { joins: string; snippet: string } {
  // whole words only: after the first space when the window starts inside the text, up to
  // the last one when it stops inside it
  const from = `CASE WHEN h.at > ${WINDOW_BEFORE + 1} THEN strpos(h.win, ' ') + 1 ELSE 1 END`;
  const to = `CASE WHEN length(h.win) = h.len THEN h.len - strpos(reverse(h.win), ' ') ELSE length(h.win) END`;
  return {
    joins: `CROSS JOIN LATERAL (SELECT x.at, x.len, substr(${text}, greatest(1, x.at - ${WINDOW_BEFORE}), x.len) AS win
         FROM (SELECT CASE WHEN max(p) - min(p) <= ${WINDOW_SPAN} THEN min(p) END AS at,
                 max(p) - min(p) + ${WINDOW_BEFORE + WINDOW_AFTER} AS len
               FROM (SELECT nullif(regexp_instr(${text}, s, 1, 1, 0, 'i'), 0) AS p
                     FROM unnest(string_to_array(@hits, chr(10))) s OFFSET 0) y) x OFFSET 0) h
       CROSS JOIN LATERAL (SELECT CASE WHEN h.at IS NOT NULL
         THEN ts_headline('simple', substr(h.win, ${from}, ${to} - ${from} + 1), ${query}, ${options}) END AS hl OFFSET 0) w`,
    snippet: `CASE WHEN strpos(w.hl, '${open}') > 0 THEN w.hl ELSE ts_headline('simple', ${text}, ${query}, ${options}) END`,
  };
}
