// One extraction thread: receives SourceDocuments, answers with Extractions.
// The pipeline is pure, so threads share nothing but the messages.
import { parentPort } from 'node:worker_threads';
import { extract } from '../nlp/pipeline.js';
import type { SourceDocument } from '../types.js';

export interface ExtractRequest {
  id: number;
  src: SourceDocument;
}

const port = parentPort;
if (!port) throw new Error('extract-worker must run in a worker thread');
port.on('message', (msg: ExtractRequest) => {
  try {
    port.postMessage({ id: msg.id, ex: extract(msg.src) });
  } catch (e) {
    port.postMessage({ id: msg.id, error: (e as Error).message ?? String(e) });
  }
});
