import { describe, expect, it } from 'vitest';
import { tieStrings } from '../../../test/ties-helpers.js';

// Ties of the ninth news pass (ties26): what a group noun stands for once the article has told
// of a split.

const ties = (text: string) => tieStrings(text, '2026-05-10');

describe('ties26: a splitting noun stands for the group that split, not the one it left', () => {
  it('reads "the dissident faction", "the breakaway faction" after a split as the new group', () => {
    const a = ties(
      "The Rising Sun Army, which split from the People's Front in 2019, claimed the attack. A spokesman for the dissident faction, Omar Said, said the fighting would go on.",
    );
    expect(a).toContain('spokesperson_of(Omar Said, Rising Sun Army)');
    expect(a).not.toContain("spokesperson_of(Omar Said, People's Front)");
    const b = ties(
      'The Sahel Liberation Army broke away from the Azawad Front last spring. The breakaway faction is led by Moussa Ag Ibrahim, a former colonel.',
    );
    expect(b).toContain('leader_of(Moussa Ag Ibrahim, Sahel Liberation Army)');
    expect(b).not.toContain('leader_of(Moussa Ag Ibrahim, Azawad Front)');
  });
  it('reads "the splinter group", "the new faction" the same way, not "the breakaway faction of G"', () => {
    const a = ties(
      'The Kivu Defence Army split from the Mai-Mai Front in March. Jean Mukendi, a spokesman for the splinter group, denied the charge.',
    );
    expect(a).toContain('spokesperson_of(Jean Mukendi, Kivu Defence Army)');
    const b = ties(
      'The Northern Liberation Army split from the Ogaden Front in 2021. The new faction is led by Hassan Dirie.',
    );
    expect(b).toContain('leader_of(Hassan Dirie, Northern Liberation Army)');
    // ("the breakaway faction of G" names a part of G; with no split told, the older reading)
    const c = ties(
      'The Rising Sun Army split from the Kivu Front in 2019. Omar Said, a spokesman for the breakaway faction of the Western Front, was arrested.',
    );
    expect(c).not.toContain('spokesperson_of(Omar Said, Rising Sun Army)');
    const d = ties('The Tawhid Brigade attacked a checkpoint. The new faction is led by Abu Karim.');
    expect(d).toContain('leader_of(Abu Karim, Tawhid Brigade)');
    // ("the new group" may be any group formed since: the one named last, not the splinter)
    const e = ties(
      'The Northern Liberation Army split from the Ogaden Front in 2021. A new group, the Coast Brigade, emerged in the south last year. The new group is led by Ali Warsame.',
    );
    expect(e).toContain('leader_of(Ali Warsame, Coast Brigade)');
    const f = ties(
      'The Sahel Brigade broke away from the Azawad Front in 2020. In March a new group, the Desert Lions, attacked Gao. Moussa Diallo, a spokesman for the new group, denied it.',
    );
    expect(f).toContain('spokesperson_of(Moussa Diallo, Desert Lions)');
  });
});

describe('ties26: a naming verb right after a group noun names that group, wherever the parser hangs it', () => {
  it('reads "a commander of a group known as G" as the holder\'s group, not a name for the commander', () => {
    expect(ties('Ali Haidar, a commander of a group known as the Mountain Front, was killed.')).toContain(
      'member_of(Ali Haidar, Mountain Front)',
    );
    expect(
      ties(
        'Samuel Okello, a commander of a militia known as the River Brigade, surrendered to troops in Gulu.',
      ),
    ).toContain('member_of(Samuel Okello, River Brigade)');
  });
  it('reads "fighters of a militia known as G" as G in a fight', () => {
    expect(ties('Hezbollah clashed with fighters of a militia known as the Mountain Front.')).toContain(
      'fights(Hezbollah, Mountain Front)',
    );
    expect(
      ties(
        'The Kenya Defence Forces fought fighters of a group known as the Coast Liberation Army near Lamu.',
      ),
    ).toContain('fights(Kenya Defence Forces, Coast Liberation Army)');
  });
  it('reads a unit or cell a naming verb names as the group itself, not one of many parts of it', () => {
    expect(ties('Ali Haidar was a member of a unit known as the Radwan Force.')).toContain(
      'member_of(Ali Haidar, Radwan Force)',
    );
    expect(
      ties('Omar Farah, the head of a cell known as the Eastern Brigade, was arrested in Garissa.'),
    ).toContain('leader_of(Omar Farah, Eastern Brigade)');
    expect(
      ties('Karim Said, the commander of a unit called the Desert Hawks, was killed near Sirte.'),
    ).toContain('leader_of(Karim Said, Desert Hawks)');
  });
});
