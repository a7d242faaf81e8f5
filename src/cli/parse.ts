import { InputError } from '../ingest/errors.js';
import { readInput } from '../ingest/read.js';
import type { Annotated } from '../nlp/annotated.js';
import { annotate } from '../nlp/pipeline.js';
import { POS } from '../nlp/segment.js';
import { lemmaOf, mentionHead, mentionTokens, type Syntax, UPOS } from '../nlp/syntax.js';
import { respawnForLargeInputs } from './respawn.js';

// `dossier parse`: what the pipeline saw in a text — tokens, tags, heads, labels,
// lemmas and the mentions it found — so an analyst can see why a tie was or was not
// read. Three shapes: a readable table (default), CoNLL-U (--conllu) for treebank
// tools, JSON (--json) for scripts.

export interface ParseOptions {
  conllu?: boolean;
  json?: boolean;
  title?: string;
}

type Doc = Annotated & { syntax: Syntax };

/** One token as every output shape describes it. */
interface TokenView {
  /** 1-based within the sentence */
  id: number;
  /** document-wide token index */
  t: number;
  form: string;
  start: number;
  end: number;
  lemma: string;
  upos: string;
  /** the segmenter's tag (what mention finding reads) */
  xpos: string;
  /** 1-based within the sentence, 0 for the root */
  head: number;
  deprel: string;
  spaceAfter: boolean;
  /** mention index, type and whether this token begins it / stands for it */
  mention?: { index: number; type: string; begins: boolean; isHead: boolean; entity: number };
}

interface SentenceView {
  id: number;
  start: number;
  end: number;
  text: string;
  tokens: TokenView[];
}

export async function runParse(inputs: string[], opts: ParseOptions): Promise<number> {
  if (opts.conllu && opts.json) return usage('--conllu and --json cannot be used together');
  if (inputs.length > 1) return usage(`one input at a time (got ${inputs.length})`);
  const input = inputs[0] ?? '-';
  const respawned = await respawnForLargeInputs([input]);
  if (respawned !== null && respawned >= 0) return respawned;
  let out: string;
  try {
    const src = await readInput(input, { title: opts.title });
    const { doc } = annotate(src);
    const sentences = views(doc);
    if (opts.conllu) out = conllu(sentences);
    else if (opts.json) out = `${JSON.stringify(jsonOf(doc, sentences))}\n`;
    else out = table(doc, sentences);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    process.stderr.write(`dossier parse: ${e.message}\n`);
    return 1;
  }
  // written only once the whole analysis succeeded: nothing half-written on failure
  process.stdout.write(out);
  return 0;
}

function usage(msg: string): number {
  process.stderr.write(`dossier parse: ${msg}\n`);
  return 2;
}

/** The analysis per sentence, space tokens left out (as CoNLL-U leaves them). */
export function views(doc: Doc): SentenceView[] {
  const { seg, text, syntax } = doc;
  const { start, end, pos } = seg.tokens;
  const mentionOf = new Map<number, TokenView['mention']>();
  doc.mentions.forEach((m, mi) => {
    const { tFirst, tLast } = mentionTokens(doc, mi);
    const h = mentionHead(doc, mi);
    const ei = doc.mentionEntity[mi];
    const type = ei >= 0 ? doc.entities[ei].type : (m.guess ?? m.type);
    for (let t = tFirst; t < tLast; t++)
      if (!mentionOf.has(t))
        mentionOf.set(t, { index: mi, type, begins: t === tFirst, isHead: t === h, entity: ei });
  });
  return seg.sentences.map((s, si) => {
    const ids = new Map<number, number>();
    const toks: number[] = [];
    for (let t = s.tFirst; t < s.tLast; t++) {
      if (POS[pos[t]] === 'SPACE' || !text.slice(start[t], end[t]).trim()) continue;
      toks.push(t);
      ids.set(t, toks.length);
    }
    const tokens = toks.map((t, i): TokenView => {
      const h = syntax.head[t];
      const next = toks[i + 1];
      return {
        id: i + 1,
        t,
        form: text.slice(start[t], end[t]),
        start: start[t],
        end: end[t],
        lemma: lemmaOf(doc, t),
        upos: UPOS[syntax.upos[t]],
        xpos: POS[pos[t]],
        head: h < 0 ? 0 : (ids.get(h) ?? 0),
        deprel: h < 0 ? 'root' : syntax.labels[syntax.rel[t]] || 'dep',
        spaceAfter: next === undefined ? true : start[next] > end[t],
        mention: mentionOf.get(t),
      };
    });
    return { id: si + 1, start: s.start, end: s.end, text: text.slice(s.start, s.end), tokens };
  });
}

const field = (s: string) => (s === '' ? '_' : s.replace(/[\t\r\n]/g, ' '));

/** CoNLL-U: one block per sentence; mentions in MISC as Entity=B-type / I-type. */
export function conllu(sentences: SentenceView[]): string {
  const out: string[] = [];
  for (const s of sentences) {
    if (!s.tokens.length) continue;
    out.push(`# sent_id = ${s.id}`, `# text = ${s.text.replace(/\s*[\r\n]+\s*/g, ' ')}`);
    for (const k of s.tokens) {
      const misc: string[] = [];
      if (k.mention) {
        misc.push(`Entity=${k.mention.begins ? 'B' : 'I'}-${k.mention.type}`);
        if (k.mention.isHead) misc.push('MentionHead=Yes');
      }
      if (!k.spaceAfter) misc.push('SpaceAfter=No');
      out.push(
        [
          k.id,
          field(k.form),
          field(k.lemma),
          k.upos,
          k.xpos,
          '_',
          k.head,
          k.deprel,
          '_',
          misc.length ? misc.join('|') : '_',
        ].join('\t'),
      );
    }
    out.push('');
  }
  return out.length ? `${out.join('\n')}\n` : '';
}

function jsonOf(doc: Doc, sentences: SentenceView[]) {
  return {
    schema: 'dossier.parse/1',
    labels: doc.syntax.labels.filter(Boolean),
    sentences: sentences.map((s) => ({
      id: s.id,
      start: s.start,
      end: s.end,
      text: s.text,
      tokens: s.tokens.map(({ t: _t, mention, ...k }) => (mention ? { ...k, mention: mention.index } : k)),
    })),
    mentions: doc.mentions.map((m, mi) => {
      const ei = doc.mentionEntity[mi];
      return {
        index: mi,
        text: m.text,
        start: m.start,
        end: m.end,
        sentence: m.sentence + 1,
        type: ei >= 0 ? doc.entities[ei].type : (m.guess ?? m.type),
        entity: ei >= 0 ? ei : null,
        via: m.via,
      };
    }),
  };
}

/** A readable table: each token with its head word, label and the mention it belongs to. */
function table(doc: Doc, sentences: SentenceView[]): string {
  const out: string[] = [];
  for (const s of sentences) {
    if (!s.tokens.length) continue;
    out.push(`#${s.id}  ${s.text.replace(/\s+/g, ' ')}`);
    const rows = s.tokens.map((k) => {
      const head = k.head === 0 ? '(root)' : `${k.head} ${s.tokens[k.head - 1].form}`;
      let mention = '';
      if (k.mention) {
        const m = doc.mentions[k.mention.index];
        mention = k.mention.begins ? `[${k.mention.type}: ${m.text}]` : '  …';
        if (k.mention.isHead) mention += ' ← head';
      }
      return [String(k.id), k.form, k.lemma, k.upos, k.deprel, head, mention];
    });
    const widths = [0, 1, 2, 3, 4, 5].map((c) => Math.min(24, Math.max(...rows.map((r) => r[c].length))));
    for (const r of rows)
      out.push(
        `  ${r
          .slice(0, 6)
          .map((v, c) => (c === 0 ? v.padStart(widths[c]) : v.padEnd(widths[c])))
          .join('  ')}  ${r[6]}`.trimEnd(),
      );
    out.push('');
  }
  return out.join('\n');
}
