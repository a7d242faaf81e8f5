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

describe('events: "the strikes killed …": the doers of the act told before', () => {
  it('"G struck X … The strikes near Y killed four fighters": G killed them', () => {
    const a = run(
      'BAGHDAD - The United States struck weapons depots of the Kataib Sayyid al-Shuhada militia in western Iraq on Monday, the Pentagon said.\n\nThe strikes near Qaim killed four fighters, a militia official said.',
    );
    expect(a.of('killing').map(a.roles)).toEqual([['agent:United States']]);
    const b = run(
      'ABUJA - The Nigerian Air Force bombed hideouts of the Ansaru group in the Kaduna hills on Friday, officials said. Villagers fled to the town of Birnin Gwari.\n\nThe bombing near Kuyello killed eleven militants, a resident said.',
    );
    expect(b.of('killing').map(b.roles)).toEqual([['agent:Nigerian Air Force']]);
    const c = run(
      'SANAA - The United States struck radar sites of the Houthi movement along the Red Sea coast on Tuesday, the Pentagon said.\n\nThe strikes near Hodeidah killed five fighters, a medic said.',
    );
    expect(c.of('killing').map(c.roles)).toEqual([['agent:United States']]);
    // (strikes retell no ambush: the ambush's doers did not kill with them)
    const d = run(
      'MOGADISHU - Fighters of Harakat al-Mujahideen ambushed an army convoy near Afgoye on Sunday, police said.\n\nThe strikes near Jilib killed nine people, a doctor at the city hospital said.',
    );
    expect(d.of('killing').flatMap(d.roles)).not.toContain('agent:Harakat al-Mujahideen');
  });
});
