import { describe, expect, it } from 'vitest';
import { tieStrings } from '../../../test/ties-helpers.js';

// Ties of the seventh news pass (ties24): an armed group or a state's army "in" a place is
// where it acts, not a seat; groups tied to groups in one sentence.

const ties = (text: string) => tieStrings(text, '2026-05-10');

describe('ties24: no seat for an armed group or an army "in" a place', () => {
  it('does not place a militant group in the place a phrase "in P" names', () => {
    const a = ties('Residents said the Islamic State in Mozambique had burned two churches.');
    expect(a).not.toContain('located_in(Islamic State, Mozambique)');
    const b = ties('A doctor at the hospital said Boko Haram in Borno had grown stronger.');
    expect(b).not.toContain('located_in(Boko Haram, Borno)');
    // (a group based in a place keeps its seat)
    expect(ties('Boko Haram, which is based in Borno, denied the claim.')).toContain(
      'located_in(Boko Haram, Borno)',
    );
  });
  it('does not place an army in the town where fighters surrendered to it', () => {
    const a = ties(
      'Three rebels of the Allied Democratic Forces surrendered to the Ugandan army in Kasese on Friday.',
    );
    expect(a).not.toContain('located_in(Ugandan army, Kasese)');
    const b = ties('Two fighters handed themselves over to the Nigerian military in Maiduguri last week.');
    expect(b).not.toContain('located_in(Nigerian military, Maiduguri)');
    // (a court keeps its seat)
    expect(ties('The Higher Regional Court in Munich convicted him on Tuesday.')).toContain(
      'located_in(Higher Regional Court, Munich)',
    );
  });
});

describe('ties24: a part of a group that a naming verb names', () => {
  it('reads "a faction of G known as H" as H, part of G, never as G\'s other name', () => {
    const a = ties('A faction of the Gulf Cartel known as Los Metros has seized the port.');
    expect(a).toContain('part_of(Los Metros, Gulf Cartel)');
    const b = ties('A faction of the Sinaloa Cartel known as La Mayiza ambushed a convoy.');
    expect(b).toContain('part_of(La Mayiza, Sinaloa Cartel)');
  });
  it('reads the name after "called" or "calling itself" as the part\'s', () => {
    const a = ties('A wing of Hezbollah called the Radwan Force crossed the border.');
    expect(a).toContain('part_of(Radwan Force, Hezbollah)');
    const b = ties('A cell of the Islamic State calling itself Jund al-Khilafa was dismantled.');
    expect(b).toContain('part_of(Jund al-Khilafa, Islamic State)');
    const c = ties('A breakaway faction of the ELN calling itself the Popular Front clashed with troops.');
    expect(c).toContain('split_from(Popular Front, ELN)');
  });
  it('gives the part, not the group it belongs to, the pronoun "its" of its clause', () => {
    const a = ties(
      'A faction of the Gulf Cartel known as Los Metros has joined forces with the Zetas in its war against the Northeast Cartel.',
    );
    expect(a).toContain('fights(Los Metros, Northeast Cartel)');
    expect(a).not.toContain('fights(Gulf Cartel, Northeast Cartel)');
    const b = ties(
      'A faction of the Sinaloa Cartel known as La Mayiza has stepped up its war against the Jalisco New Generation Cartel.',
    );
    expect(b).toContain('fights(La Mayiza, Jalisco New Generation Cartel)');
  });
});

describe('ties24: a verb right after an apposition', () => {
  it('reads "G, a member of D, fought alongside H" with "fought" as the verb', () => {
    const a = ties(
      'The Arakan Army, a member of the Three Brotherhood Alliance, fought alongside the Kachin Independence Army.',
    );
    expect(a).toContain('allied_with(Arakan Army, Kachin Independence Army)');
    const b = ties('The Wa State Army, a former ally of the junta, fought against the Shan State Army.');
    expect(b).toContain('fights(Wa State Army, Shan State Army)');
  });
  it('reads "G, the armed wing of D, fights side by side with H" with "fights" as the verb', () => {
    const a = ties(
      "The People's Defence Force, the armed wing of the National Unity Government, fights side by side with the Karen National Union.",
    );
    expect(a).toContain("allied_with(People's Defence Force, Karen National Union)");
    const b = ties(
      'The Chin National Army, the armed wing of the Chin National Front, fights alongside the Arakan Army.',
    );
    expect(b).toContain('allied_with(Chin National Army, Arakan Army)');
  });
});

describe('ties24: an adverb between the apposition and its fight verb', () => {
  it('reads "G, a network of militias, once fought alongside H against I"', () => {
    const a = ties(
      'The Chin Brotherhood, a coalition of local militias, once fought alongside the Arakan Army against the junta.',
    );
    expect(a).toContain('allied_with(Chin Brotherhood, Arakan Army)');
    const b = ties(
      'The Kachin Independence Army, one of the oldest rebel groups, still fights alongside the Arakan Army.',
    );
    expect(b).toContain('allied_with(Kachin Independence Army, Arakan Army)');
  });
});

describe('ties24: what a verb of describing says a group is', () => {
  it('reads "a unit that analysts describe as linked to G" as the unit\'s link', () => {
    const a = ties(
      'The Tawhid Brigade, a unit that analysts describe as linked to Ahrar al-Sham, took the town.',
    );
    expect(a).toContain('affiliated_with(Tawhid Brigade, Ahrar al-Sham)');
    const b = ties(
      'The Nasr Battalion, a militia that diplomats regard as associated with the Baath Party, patrols the market.',
    );
    expect(b).toContain('affiliated_with(Nasr Battalion, Baath Party)');
  });
});

describe('ties24: the one a verb of describing takes for a title holds it', () => {
  it('reads "police describe X as a front for G" as X\'s title, not the police\'s', () => {
    const a = ties("Police describe the People's Anti-Fascist Front as a front for Jaish-e-Mohammed.");
    expect(a).toContain("affiliated_with(People's Anti-Fascist Front, Jaish-e-Mohammed)");
    const b = ties('Analysts see the Nour Brigade as a proxy of Hezbollah.');
    expect(b).toContain('affiliated_with(Nour Brigade, Hezbollah)');
  });
});

describe('ties24: "separate from" is no split', () => {
  it('reads a group "separate from G" as distinct from G, and "separated from G" as a split', () => {
    const a = ties('The Pakistani Taliban are separate from the Afghan Taliban but allied with them.');
    expect(a).not.toContain('split_from(Pakistani Taliban, Afghan Taliban)');
    const b = ties('Officials say Ansar Dine remains separate from al-Qaeda.');
    expect(b).not.toContain('split_from(Ansar Dine, al-Qaeda)');
    expect(ties('Jamaat-ul-Ahrar separated from the Pakistani Taliban in 2014.')).toContain(
      'split_from(Jamaat-ul-Ahrar, Pakistani Taliban)',
    );
  });
});
