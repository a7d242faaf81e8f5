import { describe, expect, it } from 'vitest';
import { tieStrings } from '../../../test/ties-helpers.js';

// Ties of the thirteenth news pass (issue #10, helper ties20): general causes of the misses
// and false ties found on bench/holdout3 once it became development data.

const ties = (text: string) => tieStrings(text, '2026-06-10');

describe('ties31: a list set off by semicolons keeps each "from P" with its own names', () => {
  it.each([
    [
      'The suspects are Ahmed Karimi, 30, from Bonn; Omar Tahir, 25, and Yusuf Bakr, 28, both from Kassel; and Nadia Farouk, 21, from Hagen.',
      ['located_in(Ahmed Karimi, Bonn)', 'located_in(Omar Tahir, Kassel)', 'located_in(Nadia Farouk, Hagen)'],
      ['located_in(Ahmed Karimi, Kassel)', 'located_in(Omar Tahir, Bonn)', 'located_in(Yusuf Bakr, Hagen)'],
    ],
    [
      'Those charged were Lukas Brandt, 41, from Bremen; Deniz Arslan, 33, from Kiel; and Emre Yildiz, 29, from Rostock.',
      [
        'located_in(Lukas Brandt, Bremen)',
        'located_in(Deniz Arslan, Kiel)',
        'located_in(Emre Yildiz, Rostock)',
      ],
      ['located_in(Lukas Brandt, Kiel)', 'located_in(Deniz Arslan, Bremen)', 'located_in(Emre Yildiz, Kiel)'],
    ],
  ])('%s', (text, want, not) => {
    const found = ties(text);
    for (const t of want) expect(found).toContain(t);
    for (const t of not) expect(found).not.toContain(t);
  });
});

describe('ties31: a wing or faction the text names beside its group is a body of its own', () => {
  // the gazetteer files "al-Quds Brigades" under Palestinian Islamic Jihad and the long name of
  // JAS under Boko Haram; where the text sets one beside the other as its part, they are two
  it.each([
    [
      'The military wing of Palestinian Islamic Jihad, the al-Quds Brigades, mourned three members killed near Tubas on Sunday.',
      'part_of(al-Quds Brigades, Palestinian Islamic Jihad)',
    ],
    [
      "Islamic Jihad's armed wing, the al-Quds Brigades, claimed the rocket fire from Gaza.",
      'part_of(al-Quds Brigades, Islamic Jihad)',
    ],
    [
      'The al-Quds Brigades, the armed wing of Islamic Jihad, fired rockets at Sderot on Friday.',
      'part_of(al-Quds Brigades, Islamic Jihad)',
    ],
    [
      "Residents of Bama accused Jama'atu Ahlis Sunna Lidda'awati wal-Jihad (JAS), the Boko Haram faction loyal to the late Abubakar Shekau, of the killings.",
      "part_of(Jama'atu Ahlis Sunna Lidda'awati wal-Jihad, Boko Haram)",
    ],
  ])('%s', (text, tie) => {
    expect(ties(text)).toContain(tie);
  });

  it('keeps the gazetteer joining the two names where the text does not set them apart', () => {
    const found = ties(
      'Gunmen of the al-Quds Brigades attacked a checkpoint. Islamic Jihad praised the attack and vowed more.',
    );
    expect(found.filter((t) => t.startsWith('part_of'))).toEqual([]);
  });
});

describe('ties31: "H, the G faction once led by X": X led H, not G', () => {
  it.each([
    [
      'Villagers blamed the raid on Jamaat al-Furqan (JAF), the Ansar Dine faction once led by Musa Kone, that hides in the hills.',
      'leader_of(Musa Kone, Jamaat al-Furqan)',
      'leader_of(Musa Kone, Ansar Dine)',
    ],
    [
      'Police said the bomb was planted by Liwa al-Haqq, the Jaish al-Adl wing headed by Karim Baluch, in March.',
      'leader_of(Karim Baluch, Liwa al-Haqq)',
      'leader_of(Karim Baluch, Jaish al-Adl)',
    ],
  ])('%s', (text, want, not) => {
    const found = ties(text);
    expect(found).toContain(want);
    expect(found).not.toContain(not);
  });
});

describe("ties31: a singular title right after a list's last name is that name's", () => {
  it.each([
    [
      'The local unit recruits from Fatah, Hamas and the Abu Ali Mustafa Brigades, an armed faction linked to the Popular Front.',
      'affiliated_with(Abu Ali Mustafa Brigades, Popular Front)',
      'affiliated_with(Hamas, Popular Front)',
    ],
    [
      'The raid was blamed on Ansar Dine, the Macina Liberation Front and Katiba Serma, an armed group linked to al-Qaeda.',
      'affiliated_with(Katiba Serma, al-Qaeda)',
      'affiliated_with(Ansar Dine, al-Qaeda)',
    ],
  ])('%s', (text, want, not) => {
    const found = ties(text);
    expect(found).toContain(want);
    expect(found).not.toContain(not);
  });
});

describe('ties31: "members of its H Battalion" are members of H, which is part of the owner', () => {
  it.each([
    [
      'The Mujahideen Brigades said that Omar Saleh and Amin Jaber were members of its "Jenin Battalion" and had died in the raid.',
      ['member_of(Omar Saleh, Jenin Battalion)', 'member_of(Amin Jaber, Jenin Battalion)'],
      'member_of(Omar Saleh, Mujahideen Brigades)',
    ],
    [
      'Hamas said the two men, Karim Odeh and Fadi Nasser, were members of its Nablus Battalion.',
      ['member_of(Karim Odeh, Nablus Battalion)', 'part_of(Nablus Battalion, Hamas)'],
      'member_of(Karim Odeh, Hamas)',
    ],
  ])('%s', (text, want, not) => {
    const found = ties(text);
    for (const t of want) expect(found).toContain(t);
    expect(found).not.toContain(not);
  });
});
