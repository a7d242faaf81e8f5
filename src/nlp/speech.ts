// Speech verbs: the list of lemmas is data in knowledge/speech-verbs.ts; here is a
// small inflection matcher that maps a written form back to its lemma ("said" → say,
// "tweeting" → tweet, "replied" → reply). Once the parse supplies lemmas, readers ask
// `isSpeechLemma(lemma)` directly.
import { SPEECH_LEMMAS } from '../knowledge/speech-verbs.js';

const LEMMAS = new Set(SPEECH_LEMMAS);

/** Forms the suffix rules do not reach. */
const IRREGULAR: Record<string, string> = {
  said: 'say',
  says: 'say',
  told: 'tell',
  wrote: 'write',
  written: 'write',
  sang: 'sing',
  sung: 'sing',
  read: 'read',
  reads: 'read',
  reading: 'read',
};

/**
 * The speech-verb lemma a written word is a form of, or null. Regular English
 * inflection only: -s/-es/-ies, -ed/-d/-ied, -ing, with the final e dropped and the
 * last consonant doubled ("admitted", "quipping").
 */
export function speechLemma(word: string): string | null {
  let lemma = lemmaOfWord.get(word);
  if (lemma === undefined) {
    lemma = lemmaOf(word);
    if (lemmaOfWord.size >= 20_000) lemmaOfWord.clear();
    // (its own copy of a long word: V8 keeps a slice of 13 characters or more as a view on
    // the text it was cut from, and the memo outlives the document)
    lemmaOfWord.set(word.length < 13 ? word : ` ${word}`.slice(1), lemma);
  }
  return lemma;
}

/** speechLemma's answers so far (the same few words recur in every text; cleared when large) */
const lemmaOfWord = new Map<string, string | null>();

function lemmaOf(word: string): string | null {
  const w = word.toLowerCase();
  if (IRREGULAR[w]) return IRREGULAR[w];
  if (LEMMAS.has(w)) return w;
  for (const c of candidates(w)) if (LEMMAS.has(c)) return c;
  return null;
}

export function isSpeechLemma(lemma: string): boolean {
  return LEMMAS.has(lemma.toLowerCase());
}

function candidates(w: string): string[] {
  const out: string[] = [];
  const undouble = (stem: string) => (/([bdgklmnprt])\1$/.test(stem) ? [stem, stem.slice(0, -1)] : [stem]);
  if (w.endsWith('ies')) out.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) out.push(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss')) out.push(w.slice(0, -1));
  if (w.endsWith('ied')) out.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('ed')) {
    const stem = w.slice(0, -2);
    out.push(...undouble(stem), `${stem}e`, w.slice(0, -1));
  }
  if (w.endsWith('ing')) {
    const stem = w.slice(0, -3);
    out.push(...undouble(stem), `${stem}e`);
  }
  return out;
}
