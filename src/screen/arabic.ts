// Arabic-script names (Arabic, Persian, Urdu, Pashto letters) to an unvocalised
// Latin skeleton that lines up with the consonant keys of romanised spellings:
// short vowels are not written in the script, so "محمد" becomes "mhmd" and is
// compared by consonants with Muhammad/Mohammed. Long vowels are written: و and
// ي give u and i between consonants and w and y next to a vowel letter.
// Letter values follow common romanisation practice (general knowledge);
// any-ascii covers the letters not listed here.
import anyAscii from 'any-ascii';

const LETTERS: Record<string, string> = {
  ا: 'a',
  أ: 'a',
  إ: 'i',
  آ: 'a',
  ٱ: 'a',
  ء: '',
  ؤ: 'u',
  ئ: 'i',
  ب: 'b',
  پ: 'p',
  ت: 't',
  ٹ: 't',
  ث: 'th',
  ج: 'j',
  چ: 'ch',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ڈ: 'd',
  ذ: 'dh',
  ر: 'r',
  ڑ: 'r',
  ز: 'z',
  ژ: 'zh',
  ږ: 'zh',
  س: 's',
  ش: 'sh',
  ښ: 'sh',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  ع: '',
  غ: 'gh',
  ف: 'f',
  ق: 'q',
  ك: 'k',
  ک: 'k',
  گ: 'g',
  ګ: 'g',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ں: 'n',
  ڼ: 'n',
  ه: 'h',
  ہ: 'h',
  ھ: 'h',
  ة: 'a',
  ۀ: 'a',
  ى: 'a',
  ے: 'e',
  ۍ: 'i',
  ې: 'e',
};
const WAW = new Set(['و', 'ۇ']);
const YA = new Set(['ي', 'ی', 'ئ', 'ې', 'ۍ']);
const VOWEL_LETTERS = new Set(['ا', 'أ', 'إ', 'آ', 'و', 'ي', 'ی', 'ى', 'ة']);
// Harakat, tatweel and other marks carry no letter of their own here.
const MARKS = /[\u064B-\u065F\u0670\u0640\u06D6-\u06ED]/g;

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;

export function hasArabicScript(s: string): boolean {
  return ARABIC.test(s);
}

function word(w: string): string {
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const c = w[i];
    const prev = w[i - 1];
    const next = w[i + 1];
    if (WAW.has(c) || YA.has(c)) {
      const consonantal =
        i === 0 || (next !== undefined && VOWEL_LETTERS.has(next)) || VOWEL_LETTERS.has(prev ?? '');
      if (WAW.has(c)) out += consonantal ? 'w' : 'u';
      else out += consonantal && next !== undefined ? 'y' : 'i';
      continue;
    }
    const v = LETTERS[c];
    out += v !== undefined ? v : anyAscii(c);
  }
  return out;
}

// Letters in the alphabet of the bare key (see tokens.ts): the consonant
// values a romanised spelling's light key would give, vowels and the semivowels
// و ي (which the script uses for long vowels too) left out, ع ء silent.
const KEY: Record<string, string> = {
  ب: 'b',
  پ: 'p',
  ت: 't',
  ٹ: 't',
  ث: 't',
  ج: 'j',
  چ: 'ch',
  ح: 'h',
  خ: 'k',
  د: 'd',
  ڈ: 'd',
  ذ: 'd',
  ر: 'r',
  ڑ: 'r',
  ز: 'z',
  ژ: 'zh',
  ږ: 'zh',
  س: 's',
  ش: 'sh',
  ښ: 'sh',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  غ: 'g',
  ف: 'f',
  ق: 'k',
  ك: 'k',
  ک: 'k',
  گ: 'g',
  ګ: 'g',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ں: 'n',
  ڼ: 'n',
  ه: 'h',
  ہ: 'h',
  ھ: 'h',
};

/** Consonant key of one Arabic-script word, in the alphabet of romanised bare keys ("الظواهري" → "zhr" after the article). */
function arabicBareKey(w: string): string {
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const c = w[i];
    // A final ه is the -ah/-a ending a romanised light key drops.
    if ((c === 'ه' || c === 'ہ') && i === w.length - 1 && i > 0) continue;
    out += KEY[c] ?? '';
  }
  return out.replace(/(.)\1+/g, '$1');
}

/** The words of an Arabic-script name with their bare keys, article and abd split off as in transliterateArabic. */
export interface ArabicWord {
  text: string;
  key: string;
  weak: boolean;
  vowelInitial: boolean;
  /** the Arabic-script word itself */
  source: string;
}

const VOWEL_INITIAL = /^[اأإآٱعءئؤ]/;

export function arabicWords(s: string): ArabicWord[] {
  const out: ArabicWord[] = [];
  for (const w of s
    .normalize('NFC')
    .replace(MARKS, '')
    .split(/[\s\u200c\u200f\u200e-]+/)) {
    if (!w) continue;
    let rest = w;
    if (rest.length > 4 && rest.startsWith('عبد')) {
      out.push({ text: 'abd', key: 'bd', weak: true, vowelInitial: true, source: 'عبد' });
      rest = rest.slice(3);
    }
    if (rest.length > 3 && rest.startsWith('ال')) {
      out.push({ text: 'al', key: 'l', weak: true, vowelInitial: true, source: 'ال' });
      rest = rest.slice(2);
    }
    if (!hasArabicScript(rest)) continue;
    out.push({
      text: word(rest),
      key: arabicBareKey(rest),
      weak: false,
      vowelInitial: VOWEL_INITIAL.test(rest),
      source: rest,
    });
  }
  return out;
}

/**
 * "أيمن محمد ربيع الظواهري" → "aimn mhmd rbi al zwahri": the definite article
 * ال is split off so it is a weak particle like Latin "al-", and عبد (abd) is
 * split from a glued name ("عبدالله" → "abd allh").
 */
export function transliterateArabic(s: string): string {
  const words = s
    .normalize('NFC')
    .replace(MARKS, '')
    .split(/[\s\u200c\u200f\u200e-]+/);
  const out: string[] = [];
  for (const w of words) {
    if (!w) continue;
    if (!hasArabicScript(w)) {
      out.push(w);
      continue;
    }
    let rest = w;
    if (rest.length > 4 && rest.startsWith('عبد')) {
      out.push('abd');
      rest = rest.slice(3);
    }
    if (rest.length > 3 && rest.startsWith('ال')) {
      out.push('al');
      rest = rest.slice(2);
    }
    out.push(word(rest));
  }
  return out.join(' ');
}
