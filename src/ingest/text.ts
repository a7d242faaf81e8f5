/**
 * The only changes the input layer makes to characters. Each keeps offsets simple:
 * line ends become LF, the BOM goes, and a no-break space becomes a plain space 1:1
 * (tokenisers treat U+00A0 as a word character). Everything else, curly quotes
 * included, is left for the NLP stages.
 */
export function normaliseText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\u00A0/g, ' ');
}
