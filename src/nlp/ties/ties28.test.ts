import { describe, expect, it } from 'vitest';
import { tieStrings } from '../../../test/ties-helpers.js';

// Ties of the lead's pass in the eighth session: a title whose "of" names something that is
// no entity, and "former"/"latter" as adjectives.

const ties = (text: string) => tieStrings(text, '2026-05-10');

describe('ties28: a title whose "of" phrase names no entity gives the next group nothing', () => {
  it('reads no leader_of across the comma that closes the apposition', () => {
    const a = ties(
      'Hamid Karzai, the former leader of the Afghan government, met Taliban envoys in Doha on Monday.',
    );
    expect(a.filter((t) => t.startsWith('leader_of'))).toEqual([]);
    const b = ties(
      'Ali Hassan, the former head of the national police, met al-Shabaab elders in Baidoa last week.',
    );
    expect(b.filter((t) => t.startsWith('leader_of'))).toEqual([]);
  });
  it('still reads a title whose "of" phrase names the group', () => {
    const a = ties('Ali Hassan, the former head of the Ras Kamboni Brigade, met elders in Baidoa last week.');
    expect(a).toContain('leader_of(Ali Hassan, Ras Kamboni Brigade)');
  });
});

describe('ties28: "the former head of …" refers to no organisation named before', () => {
  it('reads "former" before a noun as an adjective, not as "the former" of two groups', () => {
    const a = ties(
      'The Northern Front, funded by the Defence Ministry, fought the rebels.\n\nAli Hassan, the former head of the national police, met elders in Baidoa last week.',
    );
    expect(a.filter((t) => t.includes('Ali Hassan'))).toEqual([]);
    const b = ties(
      'The Kachin Army and the Shan Army signed a truce in May.\n\nMaung Aye, the former chief of the border police, said the deal would not hold.',
    );
    expect(b.filter((t) => t.includes('Maung Aye'))).toEqual([]);
  });
  it('still reads "the former" and "the latter" standing alone for the groups named before', () => {
    const a = ties(
      'Both al-Shabaab and the Islamic State operate in Puntland. The former has fought the latter since 2015.',
    );
    expect(a).toContain('fights(al-Shabaab, Islamic State)');
    const b = ties(
      'The Taliban and the Haqqani network met in Kabul. The latter is led by Sirajuddin Haqqani.',
    );
    expect(b).toContain('leader_of(Sirajuddin Haqqani, Haqqani network)');
  });
});

describe('ties28: "A and B fought C": two subjects of a verb with an object fought C, not each other', () => {
  it('reads no fight between the subjects when the verb has an object', () => {
    const a = ties('Hezbollah and Amal, both Shia movements, fought Israel in the 1980s.');
    expect(a).toContain('fights(Hezbollah, Israel)');
    expect(a).not.toContain('fights(Hezbollah, Amal)');
    const b = ties('The Arakan Army and the Kachin Independence Army fought the Tatmadaw near Laukkai.');
    expect(b).not.toContain('fights(Arakan Army, Kachin Independence Army)');
  });
  it('still reads "A and B clashed" and "A and B fought each other / one another"', () => {
    expect(ties('The Taliban and the Islamic State clashed in Nangarhar on Sunday.')).toContain(
      'fights(Taliban, Islamic State)',
    );
    expect(ties('The Taliban and the Islamic State clashed with each other in Nangarhar.')).toContain(
      'fights(Taliban, Islamic State)',
    );
    expect(ties('Fatah and Hamas fought one another in Gaza in 2007.')).toContain('fights(Fatah, Hamas)');
  });
});
