import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

const run = runEvents;

describe('events: "the two groups" of a clash, named in the sentence before', () => {
  it('"G has long been at war with a rival, H. The two groups clashed …": G and H', () => {
    const a = run(
      "KAMPALA - The Lord's Resistance Army has long been at war with a rival, the West Nile Bank Front (WNBF). The two groups clashed on Tuesday outside Arua, residents said.",
    );
    expect(a.of('attack').map(a.roles)).toEqual([
      ["agent:Lord's Resistance Army", 'agent:West Nile Bank Front'],
    ]);
    const b = run(
      'Fighters of Ansar Dine have feuded for a year with the Macina Liberation Front over grazing land. The two rivals clashed again on Sunday near Tenenkou, a local official said.',
    );
    expect(b.of('attack').map(b.roles)).toEqual([['agent:Ansar Dine', 'agent:Macina Liberation Front']]);
    // (a sentence before that names three groups, or one in another paragraph, lends no sides)
    const c = run(
      "The Lord's Resistance Army, the West Nile Bank Front and the Uganda National Rescue Front all recruit in the north. The two groups clashed on Tuesday outside Arua, residents said.",
    );
    expect(c.of('attack').flatMap(c.roles)).toEqual([]);
    const d = run(
      "The Lord's Resistance Army has long been at war with a rival, the West Nile Bank Front.\n\nThe two groups clashed on Tuesday outside Arua, residents said.",
    );
    expect(d.of('attack').flatMap(d.roles)).toEqual([]);
  });
});
