/** A problem the user caused (bad path, bad URL, unreadable encoding…): one clear line, no stack. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    message: string,
  ) {
    super(`${input}: ${message}`);
    this.name = 'InputError';
  }
}
