import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

// events25: defections told as "broke with G / it / the group", by a "he" or "she" standing for a
// person named before, inside a relative clause ("X, who says he was … and surrendered"), a
// desertion with no object, a fighter by his title whose group is told before; and the dated word
// of a named body (event-dated-saying.ts): a day opening the sentence, "said last month", and a
// body with a name of its own telling its own act. Hypothetical, denied or rumoured defections
// make none; a country's force telling its own act makes no statement.
const run = (text: string, published = '2025-05-14') => {
  const r = runEvents(text, published);
  return { ...r, defections: () => r.list('defection') };
};

describe('defections: "broke with"', () => {
  it('"X broke with G": the defector and the group left', () => {
    expect(run('Fatima Noor broke with al-Shabaab last year.').defections()).toEqual([
      ['agent:Fatima Noor', 'recipient:al-Shabaab'],
    ]);
    const b = run(
      'In 2016 Abdullah Rashid broke with Boko Haram, accusing its leaders of killing civilians.',
    );
    expect(b.defections()).toEqual([['agent:Abdullah Rashid', 'recipient:Boko Haram']]);
    expect(b.of('defection')[0].date?.value).toBe('2016');
  });

  it('"before he broke with it", "until he broke with the group": the person and the group named before', () => {
    const a = run(
      'Investigators said Tariq Aziz fought for Lashkar-e-Taiba in Kupwara until he broke with it in 2018.',
    );
    expect(a.defections()).toEqual([['agent:Tariq Aziz', 'recipient:Lashkar-e-Taiba']]);
    const b = run(
      'Police said Omar Sheikh had been a member of al-Shabaab until he broke with the group in 2020.',
    );
    expect(b.defections()).toEqual([['agent:Omar Sheikh', 'recipient:al-Shabaab']]);
  });

  it('"She broke with the group" after a sentence naming her and her group', () => {
    const a = run(
      'Maria Schulz joined Nordic Resistance Movement in 2019. She broke with the group a month before her arrest and has since testified for the prosecution.',
    );
    expect(a.defections()).toEqual([['agent:Maria Schulz', 'recipient:Nordic Resistance Movement']]);
    const b = run(
      'Abu Sayyaf has lost most of its fighters. Police said Hatib Sawadjaan broke with it in 2023 after a dispute over ransom money.',
    );
    expect(b.defections()).toEqual([['agent:Hatib Sawadjaan', 'recipient:Abu Sayyaf']]);
  });

  it('no defection from breaking with a custom or a family, nor from a denied break', () => {
    expect(run('The prime minister broke with tradition and spoke to reporters.').of('defection')).toEqual(
      [],
    );
    expect(run('Amina Yusuf broke with her family in 2019 and moved to Nairobi.').of('defection')).toEqual(
      [],
    );
    expect(run('Omar Sheikh did not break with al-Shabaab, his lawyer said.').of('defection')).toEqual([]);
  });
});

describe('defections: surrender and desertion', () => {
  it('"X, who says he was … and surrendered to the army": the name the relative clause hangs on', () => {
    const a = run(
      'Hamid Karimi, 22, who says he was abducted by al-Shabaab as a child and surrendered to soldiers in Kismayo last month, told reporters that many wanted out.',
    );
    expect(a.of('defection').map((v) => a.roles(v)[0])).toEqual(['agent:Hamid Karimi']);
    expect(a.of('defection')[0].date?.value).toBe('2025-04');
    const b = run(
      'Jamal Osman, who says he was recruited by ISWAP at 15 and later surrendered to soldiers in Monguno, now runs a shop in Maiduguri.',
    );
    expect(b.of('defection').map((v) => b.roles(v)[0])).toEqual(['agent:Jamal Osman']);
  });

  it('"X deserted with N of his men": the deserter, and his group when a tie or title gives it', () => {
    const a = run(
      'In April, the commander of a self-defence unit in Gorom, Salif Ouedraogo, deserted with about 20 fighters and went over to the jihadists, he said.',
    );
    expect(a.defections()).toEqual([['agent:Salif Ouedraogo']]);
    const b = run(
      'Officials said Karim Diallo, who had fought for JNIM for six years, deserted with four of his men in March.',
    );
    expect(b.defections()).toEqual([['agent:Karim Diallo', 'recipient:JNIM']]);
    expect(b.of('defection')[0].date?.value).toBe('2025-03');
  });

  it('a fighter by his title surrendering: the group told before is the one he left', () => {
    const a = run(
      'Boko Haram has been weakened by infighting. A rebel commander, Mustapha Kolo, surrendered to troops in Gwoza on Friday.',
    );
    expect(a.defections()).toEqual([['agent:Mustapha Kolo', 'recipient:Boko Haram']]);
    const b = run(
      'Separately, a senior Maoist commander, Ramesh Podiyam, surrendered to police in Dantewada on Friday with his brother.',
    );
    expect(b.of('defection').map((v) => b.roles(v)[0])).toEqual(['agent:Ramesh Podiyam']);
  });

  it('no defection from an appeal, an offer, a possibility, a denial or a rumour', () => {
    expect(run('The army urged Ahmed Madobe to surrender to troops in Kismayo.').of('defection')).toEqual([]);
    expect(
      run(
        'The Taliban agreed to let Haji Rahim, a former police officer, surrender to the provincial authorities.',
      ).of('defection'),
    ).toEqual([]);
    expect(
      run('Officials said Abu Bakr Shekau might surrender to the army if offered an amnesty.').of(
        'defection',
      ),
    ).toEqual([]);
    expect(
      run('Security officials denied that Sheikh Omar Jilani had surrendered to the army.').of('defection'),
    ).toEqual([]);
    expect(
      run('Rumours that Ali Dheere had surrendered to troops were denied by al-Shabaab.').of('defection'),
    ).toEqual([]);
  });
});

describe("statements: a named body's dated word", () => {
  const speakers = (text: string) => {
    const a = run(text);
    return a.of('statement').map((v) => [...a.roles(v), v.date?.value ?? null]);
  };

  it('a day opening the sentence before the body that spoke', () => {
    expect(
      speakers('On Monday, the Federal Investigation Agency said two men had been detained in Karachi.'),
    ).toEqual([['speaker:Federal Investigation Agency', '2025-05-12']]);
    expect(
      speakers(
        'On Sunday, the Puntland Security Force said four men were held at a checkpoint outside Garowe.',
      ),
    ).toEqual([['speaker:Puntland Security Force', '2025-05-11']]);
  });

  it('"said last month", "said last week": the month is the word\'s date', () => {
    expect(
      speakers(
        'The Eastern Mindanao Command said last month that 20 more fighters had surrendered in Davao.',
      ),
    ).toEqual([['speaker:Eastern Mindanao Command', '2025-04']]);
    expect(
      speakers(
        'The Southern Transitional Council said last week its fighters had retaken three villages in Abyan.',
      ),
    ).toEqual([['speaker:Southern Transitional Council', '2025-05']]);
  });

  it('a body with a name of its own telling its own act on a day speaks', () => {
    expect(
      speakers(
        "Nigeria's Defence Intelligence Agency said on Thursday it had killed nine militants in the Sambisa forest.",
      ),
    ).toEqual([['speaker:Defence Intelligence Agency', '2025-05-08']]);
    expect(
      speakers(
        'On Tuesday, the Eastern Sabah Security Command said it had arrested five Abu Sayyaf suspects in Semporna.',
      ),
    ).toEqual([['speaker:Eastern Sabah Security Command', '2025-05-13']]);
  });

  it("a country's army or police telling its own act makes none", () => {
    expect(
      speakers('The Nigerian army said on Sunday that it had killed 12 insurgents near Konduga.'),
    ).toEqual([]);
    expect(
      speakers(
        'Pakistani police said on Wednesday they had arrested four suspected TTP members in Lakki Marwat.',
      ),
    ).toEqual([]);
  });
});
