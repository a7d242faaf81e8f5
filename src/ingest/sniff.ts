// Telling HTML from text without loading the HTML parser (linkedom and Readability are
// ~250 modules, a third of a short `dossier extract`'s start-up): read.ts loads html.ts
// only for input that is HTML.

const START_RE = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i;

/** True when the text is an HTML document rather than prose that mentions a tag. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048);
  return START_RE.test(head) || /<html[\s>]/i.test(head);
}

/** The charset a page declares in a <meta> tag within its first 1024 bytes (what browsers honour). */
export function metaCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head)?.[1];
}
