import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

const run = runEvents;
const attacks = (t: string) => run(t).of('attack');

describe('events: an act foiled, a device defused or found, is no attack (events13)', () => {
  it('"an attack … was foiled", "police foiled an attack": the act did not happen', () => {
    expect(attacks('An attack on a church in Mombasa was foiled by police on Sunday.')).toEqual([]);
    expect(attacks('Police foiled an attack on a church in Mombasa on Sunday.')).toEqual([]);
    expect(
      attacks('A suicide bombing planned for a market in Maiduguri was thwarted on Friday, the army said.'),
    ).toEqual([]);
  });

  it('a bomb defused, recovered or found did not go off', () => {
    expect(attacks('Police defused a bomb planted near a church in Mombasa on Sunday.')).toEqual([]);
    expect(
      attacks('A bomb hidden in a car near a market in Peshawar was defused by police on Monday.'),
    ).toEqual([]);
    expect(attacks('Police recovered a bomb from a house in Quetta on Tuesday.')).toEqual([]);
    expect(
      attacks('A bomb planted under a bridge in Bannu was found and defused by police on Monday.'),
    ).toEqual([]);
    // (a bomb that went off, or was set off or thrown, is an attack)
    expect(
      attacks('A roadside bomb exploded near a police van in Bannu on Monday, killing two officers.'),
    ).toHaveLength(1);
    expect(attacks('A bomb was thrown at a police post in Quetta on Monday.')).toHaveLength(1);
  });
});
