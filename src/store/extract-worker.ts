// One extraction thread: receives SourceDocuments, answers with Extractions.
// The pipeline is pure, so threads share nothing but the messages.
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { extract } from '../nlp/pipeline.js';
import type { SourceDocument } from '../types.js';

export interface ExtractRequest {
  id: number;
  src: SourceDocument;
}

const port = parentPort;
if (!port) throw new Error('extract-worker must run in a worker thread');

// Extraction is batch work: it yields the CPU to whatever answers a person (the server's
// reads, the UI). On Linux the nice value is per thread, so this lowers this thread alone.
const nice = (workerData as { nice?: number } | undefined)?.nice ?? 0;
if (nice > 0) {
  try {
    setPriority(nice);
  } catch {
    // not permitted on this system: run at the usual priority
  }
}
port.on('message', (msg: ExtractRequest) => {
  try {
    port.postMessage({ id: msg.id, ex: extract(msg.src) });
  } catch (e) {
    port.postMessage({ id: msg.id, error: (e as Error).message ?? String(e) });
  }
});
