import { describe, expect, it } from 'vitest';
import { tieStrings } from '../../../test/ties-helpers.js';

// Ties of the sixth pass (ties23): denials whose tie names no holder of its own ("rejected
// claims of links to H", "rejected claims that it had ties to H") are held by the denier, and
// "G has nothing to do with H" denies any tie.

const ties = (text: string) => tieStrings(text, '2026-05-10');

describe('ties23: denials of a tie', () => {
  it('gives the ties of a rejected claim to whoever rejects it', () => {
    const a = ties('Hamas rejected claims of links to the Islamic State on Sunday.');
    expect(a).toContain('affiliated_with!(Hamas, Islamic State)');
    const b = ties('The Arakan Army dismissed reports of ties with the Kachin Independence Army.');
    expect(b).toContain('affiliated_with!(Arakan Army, Kachin Independence Army)');
  });
  it('gives the ties a pronoun holds in a rejected claim to the denier', () => {
    const a = ties('Jaish al-Adl rejected claims that it had ties to the Baloch Liberation Army.');
    expect(a).toContain('affiliated_with!(Jaish al-Adl, Baloch Liberation Army)');
    const b = ties(
      'The Moro Islamic Liberation Front dismissed allegations that it has links with Abu Sayyaf.',
    );
    expect(b).toContain('affiliated_with!(Moro Islamic Liberation Front, Abu Sayyaf)');
  });
  it('reads "has nothing to do with" as a denied tie', () => {
    const a = ties('The Taliban has nothing to do with al-Qaeda, Zabihullah Mujahid told reporters.');
    expect(a).toContain('affiliated_with!(Taliban, al-Qaeda)');
    const b = ties('Abu Sayyaf had nothing to do with the Maute group, the army said.');
    expect(b).toContain('affiliated_with!(Abu Sayyaf, Maute group)');
    // (nothing done with a group is no tie to it)
    expect(ties('The army said it would do nothing with the Maute group.')).toEqual([]);
  });
});

describe('ties23: "the N-year-old" after a name given with no age', () => {
  it('stands for the person named just before, when no age was given', () => {
    const a = ties(
      'Police named the suspect as Ahmed Karimi. The 32-year-old joined the Islamic State in 2019.',
    );
    expect(a).toContain('member_of(Ahmed Karimi, Islamic State)');
    const b = ties(
      'Police detained Yusuf Bello in Kano on Friday. The 27-year-old had fought for Boko Haram since 2015.',
    );
    expect(b).toContain('member_of(Yusuf Bello, Boko Haram)');
    // (not for a person written with another age, nor past an unnamed person named since)
    const c = ties(
      'Ahmed Karimi, 41, was arrested in Berlin. The 19-year-old joined the Islamic State in 2019.',
    );
    expect(c).not.toContain('member_of(Ahmed Karimi, Islamic State)');
    const d = ties(
      'Police held Yusuf Bello and a 19-year-old in Kano. The 19-year-old had fought for Boko Haram.',
    );
    expect(d).not.toContain('member_of(Yusuf Bello, Boko Haram)');
  });
});

describe('ties23: "we" in a spokesman\'s quote', () => {
  it('is the group the speaker speaks for', () => {
    const a = ties('"We have no connection with the Islamic State," said Abu Obeida, a spokesman for Hamas.');
    expect(a).toContain('affiliated_with!(Hamas, Islamic State)');
    expect(a).not.toContain('affiliated_with!(Abu Obeida, Islamic State)');
    const b = ties('"We have no ties to al-Qaeda," Taliban spokesman Zabihullah Mujahid told reporters.');
    expect(b).toContain('affiliated_with!(Taliban, al-Qaeda)');
    // (a speaker who speaks for no group is "we" himself)
    const c = ties('"We have no links with the Islamic State," said Abu Obeida, a lawyer in Gaza.');
    expect(c).toContain('affiliated_with!(Abu Obeida, Islamic State)');
  });
});
