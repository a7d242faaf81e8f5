import { describe, expect, it } from 'vitest';
import type { Extraction } from '../types.js';
import { extract } from './pipeline.js';

const run = (text: string) => extract({ title: null, published: '2020-05-10', url: null, text });
const nameOf = (x: Extraction, id: string | null) => x.entities.find((e) => e.id === id)?.name ?? null;
/** [quote text, speaker entity name or null, speakerText] */
const quotes = (text: string) => {
  const x = run(text);
  return x.quotes.map((q) => ({
    text: q.text,
    speaker: nameOf(x, q.speaker),
    speakerText: q.speakerText,
    q,
  }));
};

describe('quotes: speaker beside the quote', () => {
  it('“…,” said X', () => {
    const [q] = quotes('“We will not surrender our weapons,” said Hakimullah Mehsud.');
    expect(q.text).toMatch(/^We will not surrender our weapons/);
    expect(q.speaker).toBe('Hakimullah Mehsud');
  });

  it('“…,” says X, a …', () => {
    const [q] = quotes(
      '“The operation will continue until the end,” says Zabihullah Mujahid, a spokesman for the Taliban.',
    );
    expect(q.speaker).toBe('Zabihullah Mujahid');
  });

  it('X said: “…”', () => {
    const [q] = quotes('Ehsanullah Ehsan said: “We have killed the traitors in the valley.”');
    expect(q.text).toMatch(/^We have killed the traitors in the valley/);
    expect(q.speaker).toBe('Ehsanullah Ehsan');
  });

  it('according to X, “…”', () => {
    const [q] = quotes('According to Asad Umar, “the economy is now in very bad shape.”');
    expect(q.speaker).toBe('Asad Umar');
  });

  it('an unnamed source is a speakerText with no speaker', () => {
    const [q] = quotes('“He wanted to move to Syria to join the fighters there,” a police official said.');
    expect(q.speaker).toBeNull();
    expect(q.speakerText).toBe('a police official');
  });

  it('offsets point at the quoted words', () => {
    const text = 'Ehsanullah Ehsan said: “We have killed the traitors in the valley.”';
    const x = run(text);
    for (const q of x.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });
});

describe('quotes: pronouns and continuation', () => {
  it('“…,” he said → the person just named', () => {
    const [q] = quotes('Ibad Khan was arrested in Sialkot. “I am innocent of all these charges,” he said.');
    expect(q.speaker).toBe('Ibad Khan');
  });

  it('“…,” he said after "X\'s father, Y, denied" → Y', () => {
    const qs = quotes(
      'Ibad Khan was detained in March. Khan’s father, Ghulam Nabi, denied the charge. “My son is innocent and has never been to Syria,” he said.',
    );
    expect(qs.at(-1)?.speaker).toBe('Ghulam Nabi');
  });

  it('keeps a quote of several sentences as one quote', () => {
    const qs = quotes(
      '“We warned them many times. They did not listen to us at all,” said Maulana Fazlur Rehman.',
    );
    expect(qs).toHaveLength(1);
    expect(qs[0].text).toMatch(/^We warned them many times\. They did not listen to us at all/);
    expect(qs[0].speaker).toBe('Maulana Fazlur Rehman');
  });

  it('continues a quote across paragraphs that reopen it, and gives a later “he added” the same speaker', () => {
    const qs = quotes(
      [
        'Maulana Abdul Aziz spoke after Friday prayers at the mosque.',
        '“We have warned the government many times about this matter.',
        '“Nobody listened to us, and now the students are angry,” he said.',
        '“Now they must face the consequences of their actions,” he added.',
      ].join('\n'),
    );
    expect(qs).toHaveLength(2);
    expect(qs[0].text).toMatch(/^We have warned the government.*students are angry/s);
    expect(qs.map((q) => q.speaker)).toEqual(['Maulana Abdul Aziz', 'Maulana Abdul Aziz']);
  });

  it('reads single curly quotes of four words or more as speech', () => {
    const [q] = quotes(
      'Tariq Jamil told the court, ‘I never met those men in my life.’ The judge adjourned.',
    );
    expect(q.text).toMatch(/^I never met those men in my life/);
    expect(q.speaker).toBe('Tariq Jamil');
  });

  it('ignores scare quotes of one or two words', () => {
    expect(quotes('The so-called “caliphate” was mocked by the “foreign experts” in Kabul.')).toEqual([]);
  });
});

describe('quotes: pull quotes', () => {
  it('links a pull quote to the body quote it repeats and gives it that speaker', () => {
    const x = run(
      [
        '“Nobody listened to us, and now the students are angry,” said Maulana Abdul Aziz.',
        '[quote]Nobody listened to us, and now the students are angry[/quote]',
        'The police declined to comment.',
      ].join('\n'),
    );
    expect(x.quotes).toHaveLength(2);
    const [body, pull] = x.quotes;
    expect(body.pullQuote).toBeFalsy();
    expect(pull.pullQuote).toBe(true);
    expect(pull.repeats).toBe(body.id);
    expect(pull.text).toBe('Nobody listened to us, and now the students are angry');
    expect(pull.speaker).toBe(body.speaker);
    expect(nameOf(x, body.speaker)).toBe('Maulana Abdul Aziz');
  });
});

describe('quotes: audiences, places and role back-references', () => {
  it('after "told" comes the audience, not the speaker', () => {
    const [q] = quotes(
      'Col. Imtiaz Marwat briefed reporters. “We recovered explosives from the compound,” he told a news conference on Sunday.',
    );
    expect(q.speaker).toBe('Imtiaz Marwat');
  });

  it('a place phrase after the verb is not the speaker', () => {
    const [q] = quotes(
      'Abdul Wali waited for hours. “They took my son without a warrant,” Abdul Wali said outside the CTD office.',
    );
    expect(q.speaker).toBe('Abdul Wali');
  });

  it('"the spokesman said" refers back to the person introduced as spokesman', () => {
    const [q] = quotes(
      'Zabihullah Mujahid, the Taliban spokesman, spoke on Monday. “We have never hosted foreign fighters in Kunar,” the spokesman said.',
    );
    expect(q.speaker).toBe('Zabihullah Mujahid');
    expect(q.speakerText).toBe('the spokesman');
  });
});

describe('quotes: a bare surname after the quote', () => {
  it('"…," West added — the surname names the person introduced before', () => {
    const qs = quotes(
      '“The group remains dangerous,” Thomas West told a hearing in Washington. “We monitor their planning closely,” West added.',
    );
    expect(qs.map((q) => q.speaker)).toEqual(['Thomas West', 'Thomas West']);
  });
});

describe('quotes: appositions between the speaker and the verb', () => {
  it('"…," X, a tribal elder from P, told … — X speaks', () => {
    const [q] = quotes(
      '“Eleven people were killed that night,” Malik Sardar Khan, a tribal elder from Wazhmir, told The Kohistan Observer.',
    );
    expect(q.speaker).toBe('Malik Sardar Khan');
  });

  it('"…," one of them, a former member of the shura, said — an unnamed source with its description', () => {
    const [q] = quotes(
      '“The shura chose another man in a hurry,” one of them, a former member of the group’s shura, said.',
    );
    expect(q.speaker).toBeNull();
    expect(q.speakerText).toMatch(/former member/);
  });
});
