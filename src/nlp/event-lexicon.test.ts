import { describe, expect, it } from 'vitest';
import { lemmaTable, triggerPatterns, verbForms } from './event-lexicon.js';

describe('event lexicon', () => {
  it('inflects verb lemmas, doubling a final consonant where English does', () => {
    expect(verbForms('nab')).toEqual(['nab', 'nabs', 'nabbed', 'nabbing']);
    expect(verbForms('expel')).toContain('expelled');
    expect(verbForms('capture')).toEqual(['capture', 'captures', 'captured', 'capturing']);
    expect(verbForms('murder')).toContain('murdered');
    expect(verbForms('attack')).toContain('attacked');
    expect(verbForms('slay:slain|slew')).toEqual(['slay', 'slain', 'slew']);
  });

  it('finds inflected triggers and maps lemmas to types', () => {
    const t = new Map(triggerPatterns());
    const hit = (type: string, s: string) => {
      const re = t.get(type as never) as RegExp;
      re.lastIndex = 0;
      return re.test(s);
    };
    expect(hit('arrest', 'Police nabbed two men in Quetta.')).toBe(true);
    expect(hit('killing', 'The group beheaded a hostage.')).toBe(true);
    expect(hit('expulsion', 'The party expelled him.')).toBe(true);
    expect(hit('attack', 'The attacker fled.')).toBe(false);
    const { verbs, nouns } = lemmaTable();
    expect(verbs.get('detain')).toBe('arrest');
    expect(nouns.get('bombing')).toBe('attack');
  });
});
