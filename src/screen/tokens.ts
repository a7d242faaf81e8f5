// Name tokens for screening: names.ts's tokens and keys (folding, particles,
// honorifics, light and consonant skeletons) plus a bare key so romanised
// tokens can meet Arabic-script ones, whose short vowels are not written.
import { prepareName } from '../nlp/names.js';
import { arabicWords, hasArabicScript, transliterateArabic } from './arabic.js';

export interface Tok {
  /** folded text (romanised), or the transliteration of an Arabic-script word */
  text: string;
  weak: boolean;
  /** names.ts light key: vowel classes kept, digraphs and doubles normalised */
  light: string;
  /** names.ts consonant key (first letter kept) */
  cons: string;
  /** consonant key with th→s, dh→z (Urdu/Persian readings), or '' */
  alt: string;
  /** names.ts strict consonants: vowels dropped, consonants a vowel separated kept apart */
  strict: string;
  /** every vowel and semivowel removed: the only key an Arabic-script word has */
  bare: string;
  /** from Arabic script: no vowels to compare, so only `bare` is meaningful */
  unvoc: boolean;
  /** starts with a vowel (Latin) or alif/ain/hamza (Arabic script) */
  vowelInitial: boolean;
  /** ends in a vowel (Latin light key) or a long-vowel letter (Arabic script): Ahmad/Ahmadi differ */
  vowelEnd: boolean;
  /** interned id of a listed token (same text and script, same id); -1 for queries */
  id: number;
}

const interned = new Map<string, number>();

export function internedCount(): number {
  return interned.size;
}

/** Gives listed tokens shared ids so a query scores "muhammad" or "khan" once, not once per listing. */
export function intern(name: ScreenName): void {
  for (const t of name.tokens) {
    const k = t.unvoc ? `~${t.text}` : t.text;
    let id = interned.get(k);
    if (id === undefined) interned.set(k, (id = interned.size));
    t.id = id;
  }
}

export interface ScreenName {
  source: string;
  /** titles set aside for matching, kept for display */
  honorifics: string[];
  tokens: Tok[];
  /** the tokens scoring uses: non-weak ones, or all when the name is only particles */
  content: Tok[];
  /** light key of the whole name run together ("Alqaeda" = "Al Qaeda"); '' for Arabic script */
  joined: string;
  arabic: boolean;
  /** the query's slot stamp in score.ts's similarity memo (0 until scored) */
  stamp?: number;
}

// Arabic-script particles after transliteration (bin is written bn).
const ARABIC_WEAK = new Set(['al', 'abd', 'bn', 'bin', 'ibn', 'abu', 'um', 'umm', 'bint', 'bnt']);

function bareKey(light: string): string {
  const b = light.replace(/[aeiouvwy]/g, '').replace(/(.)\1+/g, '$1');
  return b.length > 0 ? b : light;
}

/** Parses and keys a name (romanised or Arabic-script) for screening. */
export function screenName(s: string): ScreenName {
  if (hasArabicScript(s)) {
    const tokens: Tok[] = arabicWords(s).map((w) => ({
      text: w.text,
      weak: w.weak || ARABIC_WEAK.has(w.text),
      light: w.key,
      cons: w.key,
      alt: '',
      strict: w.key,
      bare: w.key,
      unvoc: true,
      vowelInitial: w.vowelInitial,
      vowelEnd: /[اىيیةهوے]$/.test(w.source),
      id: -1,
    }));
    const strong = tokens.filter((t) => !t.weak);
    return {
      source: s,
      honorifics: [],
      tokens,
      content: strong.length > 0 ? strong : tokens,
      joined: '',
      arabic: true,
    };
  }
  const p = prepareName(s);
  const tokens: Tok[] = p.tokens.map((t) => ({
    text: t.text,
    weak: t.weak,
    light: t.light,
    cons: t.cons,
    alt: t.alt,
    strict: t.strict,
    bare: bareKey(t.light),
    unvoc: false,
    vowelInitial: /^[aeiou]/.test(t.text),
    vowelEnd: /[aiu]$/.test(t.light),
    id: -1,
  }));
  const strong = tokens.filter((t) => !t.weak);
  return {
    source: s,
    honorifics: p.honorifics,
    tokens,
    content: strong.length > 0 ? strong : tokens,
    joined: p.joined,
    arabic: false,
  };
}

/** Readable romanisation of a name for explanations (Arabic script transliterated). */
export function romanised(s: string): string {
  return hasArabicScript(s) ? transliterateArabic(s) : s;
}
