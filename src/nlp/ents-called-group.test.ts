import { describe, expect, it } from 'vitest';
import { entitiesOf, typeOf } from '../../test/entities-helpers.js';

// A town's name that the text calls a group names the group (issue #10). Every sentence here
// is written for the test; the names are towns of the gazetteer.

describe('a place name the text calls a group is an organisation', () => {
  it.each([
    ['Jamalpur, a loose network of local militias, blocked the highway on Monday.', 'Jamalpur'],
    ['Residents said Mandera, an armed faction active in the hills, had seized the road.', 'Mandera'],
    ['Kidal, a separatist movement of herders, rejected the truce.', 'Kidal'],
    ['Officials blamed the militia Garissa for the ambush on the convoy.', 'Garissa'],
    ['Troops fought the armed group Bunia near the river crossing.', 'Bunia'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('organization');
  });

  it('types the name so in its other mentions too', () => {
    const text =
      'Gondar, a network of ethnic militias, took the airport. The army said it had shelled Gondar positions and would disarm Gondar within a month.';
    const named = entitiesOf(text).filter((e) => e.names.includes('Gondar'));
    expect(named.map((e) => e.type)).toEqual(['organization']);
  });

  it('keeps a place a place after a place noun or a preposition', () => {
    expect(typeOf('Jamalpur, a faction of herders, was blamed.', 'Jamalpur')).toBe('organization');
    expect(typeOf('Jamalpur, a town near the border, was shelled overnight.', 'Jamalpur')).toBe('place');
    expect(typeOf('The group in Garissa said it had freed the hostages.', 'Garissa')).toBe('place');
    expect(typeOf('Kidal, the stronghold of the movement, fell on Sunday.', 'Kidal')).toBe('place');
  });

  it('reads no group in a clause, a name or a possessor after the comma', () => {
    expect(typeOf('Menaka, an outfit of smugglers, denied the report.', 'Menaka')).toBe('organization');
    expect(typeOf('Shells fell near Menaka, a report the group later denied.', 'Menaka')).toBe('place');
    expect(typeOf('After Bunia, the Coalition will move its base south.', 'Bunia')).toBe('place');
    expect(typeOf('In Garissa, the Regional Contact Group meets every month.', 'Garissa')).toBe('place');
    expect(typeOf("Drones hit a post near Kidal, the group's spokesman Ali Maiga said.", 'Kidal')).toBe(
      'place',
    );
    expect(typeOf("Rockets landed in Mandera, the movement's spokesman told reporters.", 'Mandera')).toBe(
      'place',
    );
  });
});
