import { describe, expect, it } from 'vitest';
import { extract } from './pipeline.js';

// An organisation put forward as the doer of an act only under a denial, a negation or an open
// question is no doer (event-modality.ts, hedgedDoer): "G denied carrying out the attack",
// "officials do not believe G staged it", "police would not say whether they suspect G of …".
// The act itself stands. Passages written for this file, with made-up groups and towns.
const agents = (text: string) => {
  const x = extract({ title: null, published: '2026-04-14', url: null, text });
  const name = (id: string | null) => x.entities.find((e) => e.id === id)?.name ?? null;
  return x.events
    .filter((v) => v.type === 'attack' || v.type === 'killing')
    .map((v) => `${v.type}:${v.participants.filter((p) => p.role === 'agent').map((p) => name(p.entity))}`);
};

describe('a doer under a denial, a negation or a question is no doer', () => {
  it('denied carrying out / staging the act', () => {
    expect(
      agents('The Tarsa Liberation Front denied carrying out the bombing of a bus depot in Varnholt.'),
    ).toEqual(['attack:']);
    expect(agents('The Red Dawn Brigade has denied staging the raid on a grain store near Harlow.')).toEqual([
      'attack:',
    ]);
  });

  it('a negated verb of belief above the doer', () => {
    expect(
      agents(
        'Gunmen raided a cattle market near Harlow on Monday. Officials do not believe the Red Dawn Brigade carried out the raid.',
      ),
    ).toEqual(['attack:']);
    expect(
      agents(
        'Assailants bombed a bus depot in Varnholt on Friday. Police did not think the Tarsa Liberation Front carried out the bombing.',
      ),
    ).toEqual(['attack:']);
  });

  it('an open question: whether / if', () => {
    expect(
      agents(
        'Gunmen raided a cattle market near Harlow on Monday. Police would not say whether they suspect the Red Dawn Brigade of carrying out the raid.',
      ),
    ).toEqual(['attack:']);
    expect(
      agents(
        'Assailants bombed a bus depot in Varnholt on Friday. Investigators are trying to learn if the Tarsa Liberation Front carried out the bombing.',
      ),
    ).toEqual(['attack:']);
  });

  it('a negation above a clause of its own does not reach the doer inside it', () => {
    expect(
      agents(
        'The Tarsa Liberation Front has not claimed any attack since March, when it said its fighters had bombed a bus depot in Varnholt.',
      ),
    ).toEqual(['attack:Tarsa Liberation Front']);
    expect(
      agents(
        'The Red Dawn Brigade has made no statement since May, when it said its gunmen had attacked a police post in Harlow.',
      ),
    ).toEqual(['attack:Red Dawn Brigade']);
  });

  it('told plainly, the doer stands', () => {
    expect(agents('The Tarsa Liberation Front carried out the bombing of a bus depot in Varnholt.')).toEqual([
      'attack:Tarsa Liberation Front',
    ]);
    expect(
      agents(
        'Gunmen raided a cattle market near Harlow on Monday. Police said the Red Dawn Brigade carried out the raid.',
      ),
    ).toEqual(['attack:Red Dawn Brigade']);
  });
});
