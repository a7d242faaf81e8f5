import { type XMLParser, XMLValidator } from 'fast-xml-parser';
import { InputError } from '../../ingest/errors.js';

/**
 * Parses a watch-list XML file after a full well-formedness check: the parser alone
 * accepts a file cut off mid-list (an OFAC sdn.xml truncated after its first entries
 * read as a shorter list), and a partial list must not replace a whole one.
 */
export function parseListXml(text: string, source: string, parser: XMLParser): Record<string, unknown> {
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const open = /^Invalid '(\[[\s\S]*\])' found/.exec(valid.err.msg);
    const why = open
      ? `it ends inside ${(JSON.parse(open[1]) as string[]).map((t) => `<${t}>`).join('')}`
      : `line ${valid.err.line}: ${valid.err.msg.replace(/\s+/g, ' ')}`;
    throw new InputError(source, `not well-formed XML (${why}); a truncated download?`);
  }
  try {
    return parser.parse(text) as Record<string, unknown>;
  } catch (e) {
    throw new InputError(source, `not well-formed XML (${(e as Error).message.split('\n')[0]})`);
  }
}
