import { describe, expect, it } from 'vitest';
import { lemmaTable, triggerPatterns, triggerTypesIn } from './event-lexicon.js';

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
  it('tells which types a text may hold a trigger of, so that the others are not scanned', () => {
    const patterns = triggerPatterns();
    const matching = (s: string) =>
      patterns.flatMap(([, re], i) => {
        re.lastIndex = 0;
        return re.test(s) ? [i] : [];
      });
    const texts = [
      'The fighters swore their bayah to the new emir before dawn.',
      "Villagers said the men had given BAY'AH to the commander in March.",
      'Two brothers were Rounded Up at a roadside checkpoint and later re-arrested.',
      'The faction Broke Away from its parent movement and pledged loyalty to a rival.',
      'Gunmen ambushed a convoy, killing four guards, and the group claimed the assault.',
      'The committee met on Tuesday to discuss the budget for the coming year.',
      'The weather stayed warm and dry across the valley all week.',
    ];
    for (const s of texts) {
      const types = triggerTypesIn(s);
      // every type with a match is among them
      for (const i of matching(s)) expect(types & (1 << i), `${patterns[i][0]} in "${s}"`).not.toBe(0);
    }
    // a text with no trigger word rules every type out
    const none = 'The weather stayed warm and dry across the valley all week.';
    expect(matching(none)).toEqual([]);
    expect(triggerTypesIn(none)).toBe(0);
    // …and one with a single type's word only that type
    const one = 'The council voted to expel the member.';
    expect(matching(one).map((i) => patterns[i][0])).toEqual(['expulsion']);
    expect(triggerTypesIn(one)).toBe(1 << patterns.findIndex(([t]) => t === 'expulsion'));
  });
});
