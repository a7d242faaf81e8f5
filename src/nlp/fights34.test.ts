import { describe, it } from 'vitest';
import { expectFight } from '../../test/ties-helpers.js';

// Issue #10, armed-conflict ties (fights34 helper). Passages written for these tests, with
// invented names.
// - A participle set off by commas after the subject ("G, backed by K, …") describes the subject
//   also when the main verb has auxiliaries or an adverb of its own between the comma and it ("…,
//   has been fighting H", "…, has long fought H"): the parser may make the participle the root and
//   the verb its conjunct, and the verb's doer was then the participle's agent K (`setOffParticiple`
//   in ties/read.ts skips the verb's own aux and advmod dependents before it looks for the comma).
// - A name right before a noun of a force's people or sites that the parser labelled the noun's
//   subject ("G troops battling H", "G soldiers backed by K are fighting H") is the noun's owner,
//   as a compound would be (`nameAsModifier` in ties/read.ts; not when the noun is a predicate with
//   a copula or an auxiliary of its own). When the parser made the participle after the noun the
//   root ("G soldiers backed by K are fighting H") and the verb, which has an auxiliary of its own,
//   its clause, the participle's subject does the verb, not its agent K (`agentOf` in ties/read.ts).
// - "neutralise"/"neutralize", the armies' word for killing enemy fighters, is a verb of killing
//   in `fights/kill`.

describe('fights34: a participle set off by commas before a verb with auxiliaries', () => {
  it.each([
    [
      'The Ruvani National Army, backed by Ghana, has been battling the Lomar Brigade across the valley since 2018.',
      'Ruvani National Army',
      'Lomar Brigade',
    ],
    [
      'The Kivu Defence Force, armed by Benin, has long fought the Sabu Front in the hills above Tarsa.',
      'Kivu Defence Force',
      'Sabu Front',
    ],
    [
      'The Tarsa Liberation Army, funded by Togo, had repeatedly attacked the Kivu Defence Force before the truce.',
      'Tarsa Liberation Army',
      'Kivu Defence Force',
    ],
  ])('the subject fights: %s', (text, a, b) => expectFight(text, a, b));

  it.each([
    [
      'The Ruvani National Army, backed by Ghana, has been battling the Lomar Brigade across the valley since 2018.',
      'Ghana',
      'Lomar Brigade',
    ],
    [
      'The Kivu Defence Force, armed by Benin, has long fought the Sabu Front in the hills above Tarsa.',
      'Benin',
      'Sabu Front',
    ],
    [
      'The Tarsa Liberation Army, funded by Togo, had repeatedly attacked the Kivu Defence Force before the truce.',
      'Togo',
      'Kivu Defence Force',
    ],
  ])('the backer in the participle does not: %s', (text, a, b) => expectFight(text, a, b, false));
});

describe("fights34: a name the parser made the subject of its force's noun", () => {
  it.each([
    [
      'Kivu Defence Force troops battling the Lomar Brigade have lost ground around the lake this month.',
      'Kivu Defence Force',
      'Lomar Brigade',
    ],
    [
      'Ruvani National Army soldiers backed by the Kivu Defence Force are fighting the Sabu Front near the river.',
      'Ruvani National Army',
      'Sabu Front',
    ],
    [
      'Tarsa Liberation Army fighters supported by Benin have been attacking the Lomar Brigade in the east.',
      'Tarsa Liberation Army',
      'Lomar Brigade',
    ],
    [
      'Sabu Front gunmen armed by the Tarsa Liberation Army were shelling the Kivu Defence Force all week.',
      'Sabu Front',
      'Kivu Defence Force',
    ],
  ])('the owner of the troops fights: %s', (text, a, b) => expectFight(text, a, b));

  it.each([
    [
      'Ruvani National Army soldiers backed by the Kivu Defence Force are fighting the Sabu Front near the river.',
      'Kivu Defence Force',
      'Ruvani National Army',
    ],
    [
      'Ruvani National Army soldiers backed by the Kivu Defence Force are fighting the Sabu Front near the river.',
      'Kivu Defence Force',
      'Sabu Front',
    ],
    [
      'Tarsa Liberation Army fighters supported by Benin have been attacking the Lomar Brigade in the east.',
      'Benin',
      'Lomar Brigade',
    ],
    [
      'Sabu Front gunmen armed by the Tarsa Liberation Army were shelling the Kivu Defence Force all week.',
      'Tarsa Liberation Army',
      'Kivu Defence Force',
    ],
  ])('the backer does not fight the foe: %s', (text, a, b) => expectFight(text, a, b, false));
});

describe('fights34: neutralise is to kill', () => {
  it.each([
    [
      'The Ruvani National Army said its soldiers had neutralised eleven Sabu Front fighters near Tarsa.',
      'Ruvani National Army',
      'Sabu Front',
    ],
    [
      'The Kivu Defence Force neutralised four Lomar Brigade gunmen at a roadblock on Sunday.',
      'Kivu Defence Force',
      'Lomar Brigade',
    ],
    [
      'The Tarsa Liberation Army claimed it had neutralized a dozen members of the Kivu Defence Force.',
      'Tarsa Liberation Army',
      'Kivu Defence Force',
    ],
    [
      'Troops of the Ruvani National Army neutralized three Lomar Brigade commanders in a dawn raid.',
      'Ruvani National Army',
      'Lomar Brigade',
    ],
  ])('the killer fights the side of the dead: %s', (text, a, b) => expectFight(text, a, b));
});
