// Ids are hashes of content, so the same input always yields the same ids.
import * as crypto from 'node:crypto';

const SYMMETRIC = new Set(['allied_with', 'rival_of', 'fights']);

// crypto.hash (Node 20.12+) is the one-shot form: about 5× faster than createHash on
// the short strings ids are made of (a profile computes one per tie shown)
const oneShot = (crypto as { hash?: (algorithm: string, data: string) => string }).hash;

export function sha256(s: string): string {
  return oneShot ? oneShot('sha256', s) : crypto.createHash('sha256').update(s).digest('hex');
}

/** Whitespace and Unicode form do not make a different article. */
function normaliseForHash(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function documentId(text: string): string {
  return sha256(normaliseForHash(text));
}

export function entityId(type: string, name: string, documentId: string): string {
  return `E${sha256(`${type}\u0000${name}\u0000${documentId}`).slice(0, 20)}`;
}

/** One id per (type, subject, object, negated): the same tie from many documents is one fact. */
export function relationFactId(type: string, subject: string, object: string, negated: boolean): string {
  const [a, b] = SYMMETRIC.has(type) && object < subject ? [object, subject] : [subject, object];
  return `R${sha256(`${type}\u0000${a}\u0000${b}\u0000${negated ? 1 : 0}`).slice(0, 20)}`;
}

export function eventFactId(type: string, documentId: string, start: number, participants: string[]): string {
  return `V${sha256(`${type}\u0000${documentId}\u0000${start}\u0000${participants.sort().join(',')}`).slice(0, 20)}`;
}

export function quoteId(documentId: string, start: number, end: number): string {
  return `Q${sha256(`${documentId}\u0000${start}\u0000${end}`).slice(0, 20)}`;
}
