import { closeSync, createReadStream, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { InputError } from './errors.js';
import { formatLimit, formatSize } from './limits.js';

/** One line a user can act on, for the file-system errors a user can cause. */
function fsMessage(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ENOENT':
      return 'no such file';
    case 'ENOTDIR':
      return 'no such file (a part of the path is not a directory)';
    case 'EISDIR':
      return 'is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied (cannot read the file)';
    case 'ELOOP':
      return 'too many symbolic links';
    case 'ENAMETOOLONG':
      return 'path is too long';
    default:
      return `cannot read the file (${e.code ?? e.message})`;
  }
}

function tooBig(input: string, size: number, maxBytes: number): InputError {
  return new InputError(input, `file is ${formatSize(size)}; the limit is ${formatLimit(maxBytes)}`);
}

/** Collects a stream, giving up as soon as it passes maxBytes rather than buffering it all. */
export async function readStreamLimited(
  stream: AsyncIterable<Uint8Array | string>,
  input: string,
  maxBytes: number,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const b =
      typeof chunk === 'string'
        ? Buffer.from(chunk)
        : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    total += b.length;
    if (total > maxBytes) {
      (stream as { destroy?: () => void }).destroy?.();
      throw new InputError(input, `input is over the ${formatLimit(maxBytes)} limit`);
    }
    chunks.push(b);
  }
  return Buffer.concat(chunks, total);
}

/** The bytes of a file, its size checked before anything is read. */
export async function readFileBytes(path: string, input: string, maxBytes: number): Promise<Buffer> {
  try {
    const st = await stat(path);
    if (st.isDirectory()) throw new InputError(input, 'is a directory');
    if (st.isFile()) {
      if (st.size > maxBytes) throw tooBig(input, st.size, maxBytes);
      return await readFile(path);
    }
    // A FIFO or device (`<(cmd)`, /dev/stdin) has no size to check up front.
    return await readStreamLimited(createReadStream(path), input, maxBytes);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(input, fsMessage(e as NodeJS.ErrnoException));
  }
}

/**
 * readFileBytes for synchronous callers (watch-list import, screen --names): the size
 * of a regular file is checked before reading; a device or FIFO (/dev/zero, `<(cmd)`)
 * is read in chunks and refused as soon as it passes maxBytes.
 */
export function readFileBytesSync(path: string, input: string, maxBytes: number): Buffer {
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new InputError(input, 'is a directory');
    if (st.isFile()) {
      if (st.size > maxBytes) throw tooBig(input, st.size, maxBytes);
      return readFileSync(path);
    }
    const fd = openSync(path, 'r');
    try {
      const chunks: Buffer[] = [];
      let total = 0;
      for (;;) {
        const chunk = Buffer.allocUnsafe(64 * 1024);
        const n = readSync(fd, chunk, 0, chunk.length, null);
        if (n === 0) break;
        total += n;
        if (total > maxBytes) throw new InputError(input, `input is over the ${formatLimit(maxBytes)} limit`);
        chunks.push(chunk.subarray(0, n));
      }
      return Buffer.concat(chunks, total);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(input, fsMessage(e as NodeJS.ErrnoException));
  }
}
