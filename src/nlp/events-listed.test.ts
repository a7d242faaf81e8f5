import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

// A name added to a sanctions or terrorism list is designated; a capitalised word of a
// name that is also an act's word ("Storm", "Strike") tells no act. Every sentence and
// name here is written for the test.

const run = runEvents;
const designations = (a: ReturnType<typeof run>) =>
  a.of('designation').map((v) => [...a.roles(v), `date:${v.date?.value ?? null}`]);

describe('events: a name added to a list of the sanctioned or banned', () => {
  it('"A added X and Y to its sanctions list": both are designated by A', () => {
    const a = run('The Treasury added Hamid Osei and Rafiq Dorsa to its sanctions list on 3 March 2024.');
    expect(designations(a)).toEqual([
      ['agent:Treasury', 'patient:Hamid Osei', 'patient:Rafiq Dorsa', 'date:2024-03-03'],
    ]);
    const b = run(
      'The European Union added the Kelvara Front to its terrorist list in 2021, diplomats said.',
    );
    expect(designations(b)).toEqual([['agent:European Union', 'patient:Kelvara Front', 'date:2021']]);
  });

  it('"X was added to the terrorism list": the passive names the designated only', () => {
    const a = run('The Moravi Brigade was added to the terrorism list in 2020.');
    expect(designations(a)).toEqual([['patient:Moravi Brigade', 'date:2020']]);
    const b = run('In 2019 the Sahel Martyrs Brigade was added to the consolidated sanctions list.');
    expect(designations(b)).toEqual([['patient:Sahel Martyrs Brigade', 'date:2019']]);
  });

  it('a list of anything else, or "added that", is no designation', () => {
    expect(
      run('Police added three names to the list of suspects in the Kano bombing.').of('designation'),
    ).toEqual([]);
    expect(
      run('Minister Tariq Hassan added that the list of victims was still incomplete.').of('designation'),
    ).toEqual([]);
  });
});

describe('events: an act word that is part of a name', () => {
  it('"Storm Legion", "the Strike Brigade" tell no attack', () => {
    expect(
      run('Two splinter groups, Red Dawn and Storm Legion, were named in the report.').of('attack'),
    ).toEqual([]);
    expect(run('Fighters of the Strike Brigade were seen near Kidal on Monday.').of('attack')).toEqual([]);
  });

  it('the act word in lower case after the name still tells one', () => {
    const a = run('Storm Legion gunmen stormed a police post near Kidal on Friday.');
    expect(a.of('attack').length).toBe(1);
    const b = run('Fighters of the Strike Brigade attacked an army convoy near Gao on Sunday.');
    expect(b.of('attack').length).toBe(1);
  });
});
