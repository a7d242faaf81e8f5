import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

// A denial told in the past ("X denied …") is a word said on one occasion: a statement by
// whoever the text names as saying it (a state, a rights body, a person), also when what it
// denies is a tie. "X denies …" in the present is a standing position, no statement.
const run = (text: string, published = '2025-05-14') => runEvents(text, published);

describe('events: a past denial is a statement', () => {
  it('a state that denied an accusation speaks', () => {
    const a = run('Kenya denied the report and called it an insult to its soldiers.');
    expect(a.of('statement').map(a.roles)).toEqual([['speaker:Kenya']]);
    const b = run('On Tuesday, Uganda denied that its troops had crossed the border into South Sudan.');
    expect(b.of('statement').map(b.roles)).toEqual([['speaker:Uganda']]);
    expect(b.of('statement')[0].date?.value).toBe('2025-05-13');
    // in the present: a standing position, no statement
    expect(run('Kenya denies the accusation.').of('statement')).toEqual([]);
    expect(
      run('Nairobi accuses Kampala of arming the rebels, a charge Uganda denies.').of('statement'),
    ).toEqual([]);
  });

  it('a body that denied any link with a group speaks', () => {
    const a = run(
      'The Ogaden Youth Union, which organises sit-ins in Jijiga, denied any link with the insurgents.',
    );
    expect(a.of('statement').map(a.roles)).toEqual([['speaker:Ogaden Youth Union']]);
    const b = run('The Sahel Herders Association denied any ties to the militants who raided the market.');
    expect(b.of('statement').map(b.roles)).toEqual([['speaker:Sahel Herders Association']]);
  });
});
