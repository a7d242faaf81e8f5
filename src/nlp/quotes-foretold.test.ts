import { describe, expect, it } from 'vitest';
import { extract } from './pipeline.js';

// "X said that G would respond “…”": the quote is inside X's report of what G will do, so the
// words are X's (issue #10, helper ties20)

const speakers = (text: string) => {
  const x = extract({ title: null, published: '2026-06-10', url: null, text });
  return x.quotes.map((q) => x.entities.find((e) => e.id === q.speaker)?.name ?? q.speakerText);
};

describe("quotes: a speech verb under a modal inside another speaker's report", () => {
  it.each([
    [
      'Ali Hassan, a member of the council, said on Sunday that the movement would answer "in its own time".',
      'Ali Hassan',
    ],
    [
      'Omar Farah, an official of the movement, said in a message that the fighters would reply "with fire and iron".',
      'Omar Farah',
    ],
  ])('%s', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });
});

describe('quotes: "the command", "the authority" as a speaker stand for the body whose name ends so', () => {
  it.each([
    [
      'The U.S. Africa Command said it struck a militant camp near Jilib. The command said in a statement that the operation was "coordinated with Somali partners" and that no civilians were hurt.',
      'U.S. Africa Command',
    ],
    [
      'The Palestinian Authority condemned the raid on Jenin. The authority said on Tuesday that the operation was "a grave violation" of past accords.',
      'Palestinian Authority',
    ],
  ])('%s', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });
});
