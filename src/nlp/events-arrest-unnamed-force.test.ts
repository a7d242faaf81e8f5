import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

describe('events: "Police said the men arrested in P …" with no entity for "Police"', () => {
  it.each([
    'Police said the three men arrested in Mombasa belong to al-Shabaab. One of the men, Ali Omar, had trained in Somalia.',
    'Police said the two women detained near Lamu on Sunday had sent money to al-Shabaab for a year.',
  ])('extracts without failing, and names no arresting force: %s', (text) => {
    const a = runEvents(text);
    expect(
      a
        .of('arrest')
        .flatMap(a.roles)
        .filter((r) => r.startsWith('agent:')),
    ).toEqual([]);
  });
});
