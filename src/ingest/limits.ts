/** Inputs above this are refused: a news article is kilobytes, so 20 MB is a wrong file, not a long story. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** Watch-list files are refused above this: OFAC's and the UN's full lists are tens of MB at most. */
export const MAX_LIST_BYTES = 128 * 1024 * 1024;

/** Default time allowed for fetching one URL, headers and body together. */
export const DEFAULT_TIMEOUT_MS = 15_000;

const MB = 1024 * 1024;

/** "50.0 MB", "3.2 KB", "12 bytes": the measured size of an input. */
export function formatSize(bytes: number): string {
  if (bytes >= MB) return `${(bytes / MB).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

/** "20 MB", "1.5 KB": a limit, without a trailing ".0". */
export function formatLimit(bytes: number): string {
  return formatSize(bytes).replace(/\.0 /, ' ');
}
