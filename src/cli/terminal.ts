// Text from articles and watch lists is untrusted: an ESC or OSC sequence in it could
// set the terminal's title, clear the screen or forge an OSC 8 link when printed raw.
// Every string the CLI writes passes through terminalSafe: C0 controls (but tab and
// newline), DEL and C1 controls become a visible \uXXXX escape. The CLI's own styling
// (a fixed set of SGR codes) is kept, and only on a terminal, where it is emitted.
// In --json output the same escape is the JSON spelling of that character, so the
// parsed value is unchanged (JSON.stringify already escapes C0; DEL and C1 it leaves raw).

const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;
/** The SGR codes report.ts, query.ts and screen.ts emit: bold, dim, colours, resets. */
const OUR_STYLE = /^\x1b\[(?:0|1|2|22|31|32|33|36|1;33)m/;

const visible = (ch: string) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;

function terminalSafe(s: string, keepStyles: boolean): string {
  return s.replace(CONTROL, (ch, offset: number) =>
    keepStyles && ch === '\x1b' && OUR_STYLE.test(s.slice(offset, offset + 8)) ? ch : visible(ch),
  );
}

type Write = NodeJS.WriteStream['write'];

const GUARDED = Symbol('terminalSafe');

/** Routes every string written to the stream through terminalSafe (once, however often called). */
export function guardTerminal(stream: NodeJS.WriteStream): void {
  if ((stream.write as { [GUARDED]?: true })[GUARDED]) return;
  const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
  const guarded = ((chunk: unknown, ...rest: unknown[]) =>
    write(typeof chunk === 'string' ? terminalSafe(chunk, stream.isTTY === true) : chunk, ...rest)) as Write;
  Object.assign(guarded, { [GUARDED]: true });
  stream.write = guarded;
}
