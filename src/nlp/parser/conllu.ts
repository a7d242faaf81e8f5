import { UPOS } from '../syntax.js';

// A reader for CoNLL-U (Universal Dependencies) files. Multiword-token range lines
// (`1-2`) and empty nodes (`8.1`) are skipped: only the syntactic words are kept.

export interface UdSentence {
  id: string;
  /** the `# text` comment */
  text: string;
  words: string[];
  /** index into UPOS */
  upos: Uint8Array;
  /** language-specific tag (Penn Treebank for EWT) */
  xpos: string[];
  /** 0-based head; -1 = root */
  head: Int32Array;
  /** UD relation with subtype, e.g. 'nsubj:pass' */
  rel: string[];
}

const UPOS_ID = new Map<string, number>(UPOS.map((u, i) => [u, i]));

export function readConllu(text: string): UdSentence[] {
  const out: UdSentence[] = [];
  let id = '';
  let sText = '';
  let rows: string[][] = [];
  const flush = () => {
    if (rows.length === 0) return;
    const n = rows.length;
    const s: UdSentence = {
      id,
      text: sText,
      words: new Array(n),
      upos: new Uint8Array(n),
      xpos: new Array(n),
      head: new Int32Array(n),
      rel: new Array(n),
    };
    for (let i = 0; i < n; i++) {
      const r = rows[i];
      s.words[i] = r[1];
      const u = UPOS_ID.get(r[3]);
      if (u === undefined) throw new Error(`CoNLL-U: unknown UPOS '${r[3]}' in sentence ${id}`);
      s.upos[i] = u;
      s.xpos[i] = r[4];
      s.head[i] = Number(r[6]) - 1;
      s.rel[i] = r[7];
    }
    out.push(s);
    rows = [];
    id = '';
    sText = '';
  };
  for (const line of text.split('\n')) {
    if (line === '' || line === '\r') {
      flush();
      continue;
    }
    if (line.startsWith('#')) {
      const m = /^#\s*(sent_id|text)\s*=\s?(.*)$/.exec(line);
      if (m) {
        if (m[1] === 'sent_id') id = m[2];
        else sText = m[2];
      }
      continue;
    }
    const cols = line.replace(/\r$/, '').split('\t');
    if (cols.length < 8) continue;
    if (!/^\d+$/.test(cols[0])) continue; // multiword range or empty node
    rows.push(cols);
  }
  flush();
  return out;
}
