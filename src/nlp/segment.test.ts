import { describe, expect, it } from 'vitest';
import { P, segment } from './segment.js';

const sentencesOf = (text: string) => {
  const seg = segment(text);
  return seg.sentences.map((s) => text.slice(s.start, s.end));
};

describe('segment: paragraph roles', () => {
  const text = [
    'Militants regroup in the north',
    'A new alliance of armed groups is taking shape in the tribal belt',
    'Militants regroup in the north',
    'The army said on Monday that it had killed ten fighters.',
    '[quote]We will fight to the last man[/quote]',
    'Officials declined to comment.',
  ].join('\n');

  it('finds the title, the dek, the repeated title, pull quotes and the body', () => {
    const seg = segment(text);
    expect(seg.paragraphs.map((p) => p.role)).toEqual([
      'title',
      'dek',
      'repeat',
      'body',
      'pullquote',
      'body',
    ]);
  });

  it('finds a repeated title however its spaces and case differ, and no longer paragraph as one', () => {
    const doc = [
      'Border posts fall to rebels',
      'The rebels took two posts on the border overnight.',
      '  BORDER  posts\tfall to Rebels ',
      'Border posts fall to rebels!',
      'Border\u00a0posts \u2003fall to REBELS',
      'Border posts fall to rebels, the ministry admitted on Tuesday.',
    ].join('\n');
    expect(segment(doc).paragraphs.map((p) => p.role)).toEqual([
      'title',
      'body',
      'repeat',
      'body',
      'repeat',
      'body',
    ]);
    const given = [
      'The rebels took two posts on the border overnight.',
      'İstanbul talks   resume',
      'İstanbul talks resume.',
    ];
    expect(segment(given.join('\n'), 'i̇stanbul talks resume').paragraphs.map((p) => p.role)).toEqual([
      'body',
      'repeat',
      'body',
    ]);
  });

  it('takes the title given by the input and does not guess one when the first line is prose', () => {
    const body = 'The army said on Monday that it had killed ten fighters.\nOfficials declined to comment.';
    expect(segment(body).paragraphs.map((p) => p.role)).toEqual(['body', 'body']);
    const titled = `Army strikes back\n${body}`;
    expect(segment(titled, 'Army strikes back').paragraphs[0].role).toBe('title');
  });

  it('gives every paragraph its own sentences, in order', () => {
    const seg = segment(text);
    let next = 0;
    for (const p of seg.paragraphs) {
      expect(p.sFirst).toBe(next);
      expect(p.sLast).toBeGreaterThan(p.sFirst);
      for (let s = p.sFirst; s < p.sLast; s++) {
        expect(seg.sentences[s].paragraph).toBe(seg.paragraphs.indexOf(p));
        expect(seg.sentences[s].start).toBeGreaterThanOrEqual(p.start);
        expect(seg.sentences[s].end).toBeLessThanOrEqual(p.end);
      }
      next = p.sLast;
    }
    expect(next).toBe(seg.sentences.length);
  });
});

describe('segment: sentences', () => {
  it('does not split after abbreviations such as Dr., U.S. and Lt. Col.', () => {
    expect(
      sentencesOf(
        'Dr. Ayesha Siddiqa met officials in the U.S. capital on Monday. Lt. Col. Ahmed Khan was not present. The meeting ended early.',
      ),
    ).toEqual([
      'Dr. Ayesha Siddiqa met officials in the U.S. capital on Monday.',
      'Lt. Col. Ahmed Khan was not present.',
      'The meeting ended early.',
    ]);
  });

  it('does not split after a rank before a name (Maj. Gen., Brig. Gen.)', () => {
    expect(
      sentencesOf(
        'The Joint Task Force Commander, Maj. Gen. Alan Pierce, gave a statement. The unit, led by Brig. Gen. Ruth Vale, left. It rained.',
      ),
    ).toEqual([
      'The Joint Task Force Commander, Maj. Gen. Alan Pierce, gave a statement.',
      'The unit, led by Brig. Gen. Ruth Vale, left.',
      'It rained.',
    ]);
  });

  it('keeps a curly-quoted clause with its speech verb and splits after a closing quote', () => {
    expect(sentencesOf('“We are ready,” he said. “The talks are over.” Then he left.')).toEqual([
      '“We are ready,” he said.',
      '“The talks are over.”',
      'Then he left.',
    ]);
  });
});

describe('segment: tokens', () => {
  const text =
    'Lashkar-e-Taiba’s chief, Hafiz Saeed, said:\u00a0“We never met them.” Police in Sialkot — and Lahore — disagreed.\n\nA second paragraph follows.';

  it('gives offsets into the original text, curly quotes and dashes kept verbatim', () => {
    const seg = segment(text);
    const { start, end, pos } = seg.tokens;
    expect(seg.tokens.length).toBeGreaterThan(20);
    const surfaces: string[] = [];
    let prevEnd = 0;
    for (let t = 0; t < seg.tokens.length; t++) {
      expect(start[t]).toBeGreaterThanOrEqual(prevEnd);
      expect(end[t]).toBeGreaterThan(start[t]);
      expect(end[t]).toBeLessThanOrEqual(text.length);
      if (pos[t] !== P.SPACE) expect(text.slice(start[t], end[t])).toMatch(/^\S+$/);
      surfaces.push(text.slice(start[t], end[t]));
      prevEnd = end[t];
    }
    expect(surfaces).toContain('“');
    expect(surfaces).toContain('”');
    expect(surfaces).toContain('—');
    expect(surfaces).toContain('Sialkot');
  });

  it('covers each sentence with its tokens', () => {
    const seg = segment(text);
    for (const s of seg.sentences) {
      expect(seg.tokens.start[s.tFirst]).toBe(s.start);
      expect(seg.tokens.end[s.tLast - 1]).toBe(s.end);
    }
    expect(seg.paragraphs).toHaveLength(2);
  });
});

describe('segment: hard-wrapped text', () => {
  const wrapped = [
    'Security forces in the northwestern province said on Monday that they had',
    'arrested four men suspected of planning attacks on polling stations in the',
    'run-up to the provincial elections, which are due to be held next month in',
    'several districts along the border with Afghanistan and the tribal areas.',
    '',
    'A spokesman for the provincial government said the men had been under watch',
    'for several weeks and that explosives and detonators had been seized from a',
    'house on the outskirts of the city where two of the suspects had been living',
    'since the start of the year, according to documents seen by this newspaper.',
  ].join('\n');

  it('joins the lines of a paragraph and splits paragraphs at blank lines', () => {
    const paras = segment(wrapped).paragraphs;
    expect(paras).toHaveLength(2);
    expect(wrapped.slice(paras[0].start, paras[0].end)).toMatch(/^Security forces.*tribal areas\.$/s);
    expect(wrapped.slice(paras[1].start, paras[1].end)).toMatch(/^A spokesman.*newspaper\.$/s);
  });

  it('keeps a sentence that runs over a line break as one sentence', () => {
    const seg = segment(wrapped);
    expect(seg.sentences).toHaveLength(2);
    expect(seg.paragraphs.map((p) => p.role)).toEqual(['body', 'body']);
  });

  it('treats each line as a paragraph when the text is not wrapped', () => {
    const text = 'First line of the story.\nSecond line of the story.\n\nThird line.';
    expect(segment(text).paragraphs.map((p) => text.slice(p.start, p.end))).toEqual([
      'First line of the story.',
      'Second line of the story.',
      'Third line.',
    ]);
  });
});

describe('segment: abbreviations wink cuts from their full stop', () => {
  const tokensOf = (text: string) => {
    const seg = segment(text, null, { lemmas: true });
    // one lemma a token, the merged ones too
    expect(seg.lemmas?.length).toBe(seg.tokens.length);
    return Array.from({ length: seg.tokens.length }, (_, i) =>
      text.slice(seg.tokens.start[i], seg.tokens.end[i]),
    );
  };

  it('keeps a rank, a title or a state abbreviation one token, with its full stop', () => {
    const toks = tokensOf(
      'Supt. Ravi Das met Cmdr. Ali Noor and the Rev. Paul Okafor in Green Bay, Wis., on Friday.',
    );
    for (const t of ['Supt.', 'Cmdr.', 'Rev.', 'Wis.']) expect(toks).toContain(t);
    expect(toks.filter((t) => t === '.')).toHaveLength(1);
  });

  it('ends no sentence after them unless a new one begins', () => {
    expect(
      sentencesOf('Adm. Lee and Atty. Gen. Maria Costa spoke in Racine, Wis. on Monday. Then they left.'),
    ).toEqual(['Adm. Lee and Atty. Gen. Maria Costa spoke in Racine, Wis. on Monday.', 'Then they left.']);
    // a state at the end of a sentence still ends it
    expect(sentencesOf('She grew up in Racine, Wis. The family later moved.')).toHaveLength(2);
  });

  it('ends no sentence after the rank of a private (Pfc., Pte.) before a name', () => {
    expect(sentencesOf('Killed in the ambush were Sgt. Juan Reyes and Pfc. Mario Santos.')).toHaveLength(1);
    expect(sentencesOf('The wounded included Pte. Tom Hardy of the Rifles. He was flown home.')).toEqual([
      'The wounded included Pte. Tom Hardy of the Rifles.',
      'He was flown home.',
    ]);
  });
});
