import { describe, expect, it } from 'vitest';
import { tieStrings } from '../../../test/ties-helpers.js';

// Ties of the twelfth news pass (issue #10): small recurring gaps.

const ties = (text: string) => tieStrings(text, '2026-05-10');

describe('ties30: a rank between a title and a name ("the unit\'s commander, Superintendent X")', () => {
  it.each([
    [
      "Rockets hit a base of the Special Operations Unit on Monday. The unit's commander, Superintendent Omar Jalloh, said no one was hurt.",
      'leader_of(Omar Jalloh, Special Operations Unit)',
    ],
    [
      "The Anti-Terrorism Police Unit arrested two men in Garissa. The unit's head, Detective Superintendent Charles Owino, said they were held in Nairobi.",
      'leader_of(Charles Owino, Anti-Terrorism Police Unit)',
    ],
    [
      "The Kenyan Army's 9 Battalion took the town on Sunday. The battalion's commander, Superintendent Peter Mwangi, said the ridge was held.",
      'leader_of(Peter Mwangi, 9 Battalion)',
    ],
    [
      'The Rapid Response Unit was sent to the border town after the raid. Its head, Superintendent Joseph Kamau, told reporters on Sunday that the men had fled.',
      'leader_of(Joseph Kamau, Rapid Response Unit)',
    ],
    [
      "Gunmen fired on a post of the Counter Terrorism Unit in Wajir. The unit's spokesman, Detective Superintendent Grace Achieng, later confirmed that one officer was hurt.",
      'spokesperson_of(Grace Achieng, Counter Terrorism Unit)',
    ],
    [
      'The Special Boat Unit patrols the lake. Last week its commander, Superintendent Hassan Abdi, warned fishermen to stay ashore.',
      'leader_of(Hassan Abdi, Special Boat Unit)',
    ],
  ])('reads the name hung on the rank as the title holder: %s', (text, tie) => {
    expect(ties(text)).toContain(tie);
  });
});

describe('ties30: "One of them, X" after a plural people noun the sentence before tied to a group', () => {
  it.each([
    [
      'Police said the three men arrested in Mombasa belong to al-Shabaab. One of the men, Ali Omar, had trained in Somalia.',
      'member_of(Ali Omar, al-Shabaab)',
    ],
    [
      'Investigators believe the five women detained in Lamu on Sunday belong to the Islamic State. One of those women, Amina Said, had travelled to Syria.',
      'member_of(Amina Said, Islamic State)',
    ],
    [
      'The four men held in Garissa were members of al-Shabaab, officials said. One of them, Yusuf Ahmed, had fought in Somalia for a decade.',
      'member_of(Yusuf Ahmed, al-Shabaab)',
    ],
    [
      'Army officers said four Boko Haram commanders were among the dead. One of the commanders, Abu Fatima, had led raids on Gwoza.',
      'member_of(Abu Fatima, Boko Haram)',
    ],
    [
      'Officials named the two men who belong to al-Shabaab on Friday. One of them, Hassan Abdi, is from Mandera.',
      'member_of(Hassan Abdi, al-Shabaab)',
    ],
  ])('makes the one named a member of the group: %s', (text, tie) => {
    expect(ties(text)).toContain(tie);
  });
});
