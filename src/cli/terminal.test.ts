import { describe, expect, it } from 'vitest';
import { guardTerminal } from './terminal.js';

/** What a guarded stream passes on when `s` is written to it (a terminal when `tty`). */
function terminalSafe(s: string, tty: boolean): string {
  const out: string[] = [];
  const stream = {
    isTTY: tty,
    write: (chunk: string) => out.push(chunk) > 0,
  } as unknown as NodeJS.WriteStream;
  guardTerminal(stream);
  guardTerminal(stream); // guarding twice escapes once
  stream.write(s);
  return out.join('');
}

describe('guardTerminal', () => {
  it('escapes title, clear-screen, OSC 8 link, bell, CR and C1 CSI; keeps tab and newline', () => {
    const hostile =
      'a\x1b]0;pwned\x07b\x1b[2Jc\x1b]8;;http://evil.example\x1b\\click\x1b]8;;\x1b\\d\re\x9b31mf\x7fg\t\n';
    const out = terminalSafe(hostile, true);
    expect(out).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
    expect(out).toBe(
      'a\\u001b]0;pwned\\u0007b\\u001b[2Jc\\u001b]8;;http://evil.example\\u001b\\click\\u001b]8;;\\u001b\\d\\u000de\\u009b31mf\\u007fg\t\n',
    );
  });

  it("keeps the CLI's own SGR styling on a terminal only", () => {
    expect(terminalSafe('\x1b[1mName\x1b[22m \x1b[1;33mhit\x1b[0m', true)).toBe(
      '\x1b[1mName\x1b[22m \x1b[1;33mhit\x1b[0m',
    );
    expect(terminalSafe('\x1b[1mName\x1b[22m', false)).toBe('\\u001b[1mName\\u001b[22m');
    // conceal (8) and cursor moves are not ours
    expect(terminalSafe('\x1b[8mhidden\x1b[1A', true)).toBe('\\u001b[8mhidden\\u001b[1A');
  });

  it('turns JSON with raw DEL and C1 into JSON that parses to the same value', () => {
    const value = { text: 'x\x7fy\x85z\x9b1m', name: 'a\x1b]0;t\x07' };
    const safe = terminalSafe(JSON.stringify(value, null, 2), false);
    expect(safe).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
    expect(JSON.parse(safe)).toEqual(value);
  });
});
