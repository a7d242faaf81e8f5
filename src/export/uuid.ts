// RFC 9562 name-based UUIDs (version 5, SHA-1): the same dossier id always gives
// the same STIX id, so a re-export updates the objects an OpenCTI already holds.
import { createHash } from 'node:crypto';

/** dossier's own namespace for STIX ids (a fixed random UUID; never change it). */
const DOSSIER_NAMESPACE = '6f0c1d8e-3b57-4c59-9d0e-8a4f2f7b9c11';

export function uuidv5(name: string, namespace = DOSSIER_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const h = createHash('sha1').update(ns).update(name, 'utf8').digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}
