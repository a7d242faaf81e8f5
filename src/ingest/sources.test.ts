// File-system errors a user can cause, read through readFileBytes with the failing call
// faked: permission errors cannot be provoked on a real file when the tests run as root.
import { describe, expect, it, vi } from 'vitest';

const fail = vi.hoisted(() => ({ code: 'EACCES' }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...fs,
    stat: async () => {
      throw Object.assign(new Error('x'), { code: fail.code });
    },
  };
});

const { readFileBytes } = await import('./sources.js');

describe('readFileBytes', () => {
  it('maps permission errors to a clear message (the test in read.test.ts cannot run as root)', async () => {
    for (const code of ['EACCES', 'EPERM']) {
      fail.code = code;
      await expect(readFileBytes('/any/file.txt', 'file.txt', 1024)).rejects.toThrow(
        'file.txt: permission denied (cannot read the file)',
      );
    }
  });
});
