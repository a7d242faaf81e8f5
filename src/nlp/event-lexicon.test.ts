import { describe, expect, it } from 'vitest';
import { lemmaTable, triggerPatterns } from './event-lexicon.js';

describe('event lexicon', () => {
  it('inflects verb lemmas, doubling a final consonant where English does', () => {
    // the forms each type's trigger pattern matches: `\b(?:form|form|…)\b`
    const patterns = new Map(triggerPatterns());
    const formsOf = (type: string) => {
      const m = /^\\b\(\?:(.*)\)\\b$/.exec(patterns.get(type as never)?.source ?? '');
      return m ? m[1].split('|') : [];
    };
    const startingWith = (type: string, re: RegExp) =>
      formsOf(type)
        .filter((f) => re.test(f))
        .sort();
    expect(startingWith('arrest', /^nab/)).toEqual(['nab', 'nabbed', 'nabbing', 'nabs']);
    expect(formsOf('expulsion')).toContain('expelled');
    expect(startingWith('arrest', /^captur/)).toEqual(['capture', 'captured', 'captures', 'capturing']);
    expect(formsOf('killing')).toContain('murdered');
    expect(formsOf('attack')).toContain('attacked');
    // a lemma with its irregular forms listed ("slay:slain|slew|slays|slaying") gets those only
    expect(startingWith('killing', /^sl[ae]/)).toEqual(['slain', 'slay', 'slaying', 'slays', 'slew']);
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
