// Phrasal verbs of saying (speakers30): a verb that says nothing alone but reports words
// with its particle ("X pointed out", "pointed out X"). Read only where a quote's
// narration is searched for cues, so no text but a quote's sentence is scanned.

/** verb stem → particle; the cue stands for the plain reporting lemma beside it */
const PHRASAL: Record<string, { particle: string; lemma: string }> = {
  point: { particle: 'out', lemma: 'note' },
};

const FORMS = /^(\p{Ll}+?)(?:s|ed|ing)?$/u;

/**
 * The reporting lemma a phrasal speech verb stands for, and the length of its particle with
 * the space before it, when `word` is a form of one and `rest` (the text after it) opens with
 * its particle: ("pointed", " out that …") → note. Null otherwise.
 */
export function phrasalSpeech(word: string, rest: string): { lemma: string; particle: number } | null {
  const stem = FORMS.exec(word)?.[1];
  if (!stem) return null;
  const p = PHRASAL[stem] ?? PHRASAL[stem.replace(/(\p{Ll})\1$/u, '$1')];
  if (!p) return null;
  const m = new RegExp(`^\\s+${p.particle}\\b`).exec(rest);
  return m ? { lemma: p.lemma, particle: m[0].length } : null;
}
