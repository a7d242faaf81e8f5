import { describe, it } from 'vitest';
import { expectFight } from '../../test/ties-helpers.js';

// Issue #10, armed-conflict ties (fights31 helper). Passages written for these tests, with
// invented names.
// - The state's force as a side (ties-fights31.ts, `stateForceSide`, called by event-ties.ts): an
//   armed group's attack or killing on "the soldiers", "the troops", "the police", "police officers",
//   "security forces" (as the act's object or its "with"/"on"/"against" phrase), or one done by them
//   on a group, is `fights` with the one security agency the text names for that noun (in the act's
//   sentence, the one before, or the article); a police noun only a police force, a soldier's noun
//   only a force that is no police; none when two fit, nor for a noun a name or a nation qualifies.
// - "both (jihadist) groups" with no list before it counts only the groups named in their own right:
//   a name that qualifies another group ("the G affiliate", "an H-linked faction") is none of the
//   two (relations.ts, `KIN_AFTER`).

describe('fights31: a bare noun of soldiers or police stands for the force the text names', () => {
  it.each([
    // the force named in the act's own sentence, the noun the act's object
    [
      'Militants of the Ansar al-Tawhid group ambushed the troops near Kessa on Sunday, killing four, the Ruvenian Army said.',
      'Ansar al-Tawhid',
      'Ruvenian Army',
    ],
    // the noun in a "with" phrase on the act's object
    [
      'On Tuesday the Kardian Armed Forces set up a post near Dorvik. Hours later, dozens of fighters of the Marnow Liberation Front exchanged fire with the soldiers at the post until dawn.',
      'Marnow Liberation Front',
      'Kardian Armed Forces',
    ],
    // "opened fire on the police": a police force
    [
      'Fighters of the Marnow Liberation Front opened fire on the police outside Marnow on Friday, the Ostvale Police Service said. Two officers were wounded.',
      'Marnow Liberation Front',
      'Ostvale Police Service',
    ],
    // a bare noun that ends the name of the body named before stands for it ("the authority's")
    [
      "The Kessa People's Authority rules the valley. In May, the authority's security forces mounted an offensive against the Dorvik Battalion in the hills.",
      "Kessa People's Authority",
      'Dorvik Battalion',
    ],
    [
      "The Velm Regional Authority governs the coast. Last year the authority's forces mounted an offensive against the Dorvik Battalion near Kessa.",
      'Velm Regional Authority',
      'Dorvik Battalion',
    ],
    // the doers' side: "the soldiers killed six fighters of G"
    [
      'On Monday the soldiers killed six fighters of the Marnow Liberation Front near Kessa, the Kardian Armed Forces said.',
      'Kardian Armed Forces',
      'Marnow Liberation Front',
    ],
    [
      'Militants of the Marnow Liberation Front attacked a village near Kessa. The troops killed six Marnow Liberation Front fighters, the Kardian Armed Forces said.',
      'Kardian Armed Forces',
      'Marnow Liberation Front',
    ],
  ])('%s', (text, a, b) => expectFight(text, a, b));

  it.each([
    // two armies named: which one the soldiers are is left open
    [
      'The Kardian Armed Forces and the Ruvenian Army share the border. Militants of the Ansar al-Tawhid group ambushed the troops near Kessa on Sunday.',
      'Ansar al-Tawhid',
      'Ruvenian Army',
    ],
    // a soldier's noun is no police force
    [
      'Militants of the Ansar al-Tawhid group ambushed the troops near Kessa on Sunday, killing four, the Ostvale Police Service said.',
      'Ansar al-Tawhid',
      'Ostvale Police Service',
    ],
    // a police noun is no army
    [
      'Fighters of the Marnow Liberation Front opened fire on the police outside Marnow on Friday, the Kardian Armed Forces said.',
      'Marnow Liberation Front',
      'Kardian Armed Forces',
    ],
    // the group's own soldiers are no state's
    [
      'The Ruvenian Army said the Ansar al-Tawhid group had punished deserters: its soldiers killed four of them near Kessa.',
      'Ansar al-Tawhid',
      'Ruvenian Army',
    ],
  ])('not: %s', (text, a, b) => expectFight(text, a, b, false));
});

describe('fights31: "both groups" counts no group named only as another one\'s kin', () => {
  it.each([
    [
      'In March, a Marnow Liberation Front commander left the group and joined the Sunrise Front. Analysts say the Islamic State affiliate is losing ground. The Ruvenian Army, which fights both jihadist groups, did not comment.',
      'Ruvenian Army',
      'Marnow Liberation Front',
    ],
    [
      'The Marnow Liberation Front has fought the Sunrise Front near Dorvik since 2019. The al-Qaeda-linked faction has since grown. The Kardian Armed Forces, which fight both groups, closed the road.',
      'Kardian Armed Forces',
      'Sunrise Front',
    ],
  ])('%s', (text, a, b) => expectFight(text, a, b));
});
