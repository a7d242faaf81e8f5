import { describe, expect, it } from 'vitest';
import { extract } from './pipeline.js';

// "The ambush came some days after G fighters killed nine herders" (agents33): the act told in the
// clause after "came/followed (N days) after/before" is an act of its own, not the one the
// subject tells again; it keeps its doer, and the act told again takes nobody named only in
// that clause. Also hedgedDoer (event-modality.ts): a doer under a verb of doubting is none. Passages written for this file, with made-up groups and towns.
const acts = (text: string) => {
  const x = extract({ title: null, published: '2026-04-14', url: null, text });
  const name = (id: string | null) => x.entities.find((e) => e.id === id)?.name ?? null;
  return x.events
    .filter((v) => v.type === 'attack' || v.type === 'killing')
    .map(
      (v) =>
        `${v.type}:${v.participants
          .filter((p) => p.role === 'agent')
          .map((p) => name(p.entity))
          .join('+')}@${name(v.place) ?? ''}`,
    );
};

describe('an act told after "came N days after" is one of its own', () => {
  it('an attack of the same type as the subject told again keeps its own event and doer', () => {
    const a = acts(
      'Border police shot dead four smugglers in a raid on a warehouse in Varnholt on Monday. The raid came two weeks after fighters of the Tarsa Liberation Front overran a customs post outside Harlow.',
    );
    expect(a).toContain('attack:Tarsa Liberation Front@Harlow');
    const b = acts(
      'Troops destroyed a rebel camp in a raid near Brenmoor on Tuesday. The raid followed a week after the Red Dawn Brigade ambushed an army convoy outside Kestrel Ford.',
    );
    expect(b.some((v) => v.startsWith('attack:Red Dawn Brigade'))).toBe(true);
  });
});

describe('hedgedDoer: one test for a doer named by a verb of doing and by a cue', () => {
  it('a doubted cue of suspicion names nobody', () => {
    expect(
      acts(
        'Gunmen stormed a grain store near Harlow on Monday. Analysts questioned whether police suspect the Red Dawn Brigade of staging the raid.',
      ).every((v) => !v.includes('Red Dawn')),
    ).toBe(true);
    expect(
      acts(
        'Raiders burned a clinic in Varnholt on Friday. Residents disputed that officials believe the Tarsa Liberation Front carried out the raid.',
      ).every((v) => !v.includes('Tarsa')),
    ).toBe(true);
  });
  it('an undoubted cue still names the doer', () => {
    expect(
      acts(
        'Gunmen stormed a grain store near Harlow on Monday. Police suspect the Red Dawn Brigade of staging the raid.',
      ).some((v) => v.startsWith('attack:Red Dawn Brigade')),
    ).toBe(true);
    expect(
      acts(
        'Raiders burned a clinic in Varnholt on Friday. Residents said officials believe the Tarsa Liberation Front carried out the raid.',
      ).some((v) => v.startsWith('attack:Tarsa Liberation Front')),
    ).toBe(true);
  });
});
