import { describe, expect, it } from 'vitest';
import { SPEECH_LEMMAS } from '../knowledge/speech-verbs.js';
import { isSpeechLemma, speechLemma } from './speech.js';

describe('speech verbs: lemmas and inflection', () => {
  it('answers a word asked again (remembered) as it did the first time, long words too', () => {
    const text = 'He was acknowledging it; they acknowledged nothing and walked on.';
    for (const w of ['acknowledging', 'acknowledged', 'walked', 'Said', 'nothing']) {
      const at = text.indexOf(w.toLowerCase());
      const word = at >= 0 ? text.slice(at, at + w.length) : w;
      const first = speechLemma(word);
      expect(speechLemma(word), w).toBe(first);
      expect(speechLemma(`${word}`), w).toBe(first);
    }
    expect(speechLemma('acknowledging')).toBe('acknowledge');
    expect(speechLemma('walked')).toBeNull();
  });
  it('maps regular and irregular forms to their lemma', () => {
    expect(speechLemma('said')).toBe('say');
    expect(speechLemma('told')).toBe('tell');
    expect(speechLemma('wrote')).toBe('write');
    expect(speechLemma('tweeted')).toBe('tweet');
    expect(speechLemma('tweeting')).toBe('tweet');
    expect(speechLemma('replied')).toBe('reply');
    expect(speechLemma('replies')).toBe('reply');
    expect(speechLemma('admitted')).toBe('admit');
    expect(speechLemma('declared')).toBe('declare');
    expect(speechLemma('declaring')).toBe('declare');
    expect(speechLemma('Insists')).toBe('insist');
    expect(speechLemma('concluded')).toBe('conclude');
    expect(speechLemma('yelled')).toBe('yell');
  });

  it('rejects words that are not speech verbs', () => {
    for (const w of ['sailed', 'walked', 'saying-goodbye', 'house', 'tells-all', 'sad', 'stated-owned'])
      expect(speechLemma(w)).toBeNull();
  });

  it('keeps one list of lemmas, no inflected forms in it', () => {
    expect(new Set(SPEECH_LEMMAS).size).toBe(SPEECH_LEMMAS.length);
    for (const l of SPEECH_LEMMAS) expect(speechLemma(l)).toBe(l);
    expect(isSpeechLemma('vow')).toBe(true);
    expect(isSpeechLemma('acknowledge')).toBe(true);
    expect(isSpeechLemma('run')).toBe(false);
  });
});
