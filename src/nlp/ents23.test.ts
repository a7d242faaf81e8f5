import { describe, expect, it } from 'vitest';
import { typeOf } from '../../test/entities-helpers.js';

// Names the words before them type (ents23). Every sentence and name here is written for the test.

describe('who holds a place, written before its name, makes the name a place', () => {
  it.each([
    ['Jets struck Houthi-controlled Hodeidah before dawn, a port official said.', 'Hodeidah'],
    ['Rebel-held Darayya was shelled again on Thursday.', 'Darayya'],
    ['Aid trucks reached government-besieged Madaya after a week.', 'Madaya'],
    ['Army-occupied Velmarivka was quiet, a farmer told reporters.', 'Velmarivka'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('place');
  });

  it('keeps the words before the holder: "residents of G-held X"', () => {
    expect(typeOf('Residents of Taliban-held Hodeidah fled north overnight.', 'Hodeidah')).toBe('place');
    expect(typeOf('The villagers of Houthi-controlled Saada buried the dead.', 'Saada')).toBe('place');
  });

  it('does not make a body led or backed by someone a place', () => {
    expect(typeOf('The US-backed SDF said it detained 20 men near the camp.', 'SDF')).toBe('organization');
    expect(typeOf('Iran-backed Kataib Hezbollah denied any role in the attack.', 'Kataib Hezbollah')).toBe(
      'organization',
    );
  });
});

describe("a body's noun before a name makes it a body, wherever the phrase opens", () => {
  it.each([
    ['British maritime security firm Varnley said a tanker was struck off Aden.', 'Varnley'],
    ['A tanker was struck off Aden, maritime risk consultancy Dravik said on Friday.', 'Dravik'],
    ['Private security contractor Hallbeck said two guards were wounded.', 'Hallbeck'],
  ])('opening the sentence or a clause: %s', (text, name) => {
    expect(typeOf(text, name)).toBe('organization');
  });

  it.each([
    ['The naval mission Aspera escorted the tanker through the strait.', 'Aspera'],
    ['The charity Careline said its clinic in the camp had closed.', 'Careline'],
    ['The broadcaster Kanal Nord aired the video on Sunday night.', 'Kanal Nord'],
  ])('a noun only ever before the name: %s', (text, name) => {
    expect(typeOf(text, name)).toBe('organization');
  });

  it.each([
    ['The EU mission Aspera said the tanker had been hit twice.', 'Aspera'],
    ['The UN agency Relief Works said food deliveries had stopped.', 'Relief Works'],
  ])('an acronym among the modifiers: %s', (text, name) => {
    expect(typeOf(text, name)).toBe('organization');
  });

  it('keeps a person after a lower-case role noun', () => {
    expect(typeOf('Group leader Ahmed Saleh said the men had fled.', 'Ahmed Saleh')).toBe('person');
  });
});

describe('a hyphened office before "of Police" is a title, not a town', () => {
  it.each([
    ['Inspector-General of Police Vivek Chandel told reporters the ridge was sealed.', 'Vivek Chandel'],
    ['Director-General of Police Meera Pillai said the convoy had been warned.', 'Meera Pillai'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('person');
    expect(typeOf(text, 'Police')).toBeUndefined();
  });
});

describe('a body named after its noun: "the X consultancy"', () => {
  it.each([
    ['Analyst Rosa Meier of the Kestrel consultancy said the group was growing.', 'Kestrel'],
    ['A report by the Valdor consultancy counted 40 attacks in March.', 'Valdor'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('organization');
  });
});

describe('an operation that speaks or has troops is the command that runs it', () => {
  it.each([
    ['Operation Lake Sanity said troops had recovered two rifles near the lake.', 'Operation Lake Sanity'],
    ['A spokesman of Operation Safe Corridor said 40 men had left the camp.', 'Operation Safe Corridor'],
    ['Operation Desert Sweep troops killed five fighters on the highway.', 'Operation Desert Sweep'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('organization');
  });

  it('keeps an operation that only happens out of the entities', () => {
    expect(
      typeOf('Operation Sentinel Shield began in 2019 and ended last year.', 'Operation Sentinel Shield'),
    ).toBeUndefined();
  });
});

describe("a town's name that opens a person's two names after 'by' or a role is the person's", () => {
  it.each([
    ['The faction, led by Bakura Doro, was blamed for the abductions.', 'Bakura Doro'],
    ['The bandit leader Marte Lawan was killed in an airstrike on Friday.', 'Marte Lawan'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('person');
  });

  it('keeps a town before a place word', () => {
    expect(typeOf('The raid was carried out by Gao Region police on Monday.', 'Gao Region')).toBe('place');
  });
});

describe("a country's short name used as its people's adjective names no place", () => {
  it.each([
    ['Saudi officials said four drones were shot down over the border.', 'Saudi'],
    ['A Saudi national was arrested at the airport on Tuesday.', 'Saudi'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBeUndefined();
  });

  it('keeps it after a preposition of place', () => {
    expect(typeOf('He fled to Saudi in 2019, his brother said.', 'Saudi')).toBe('place');
  });
});
