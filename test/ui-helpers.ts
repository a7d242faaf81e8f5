// Shared set-up for the browser tests and the UI benchmark: Debian's chromium driven by
// playwright-core, a seeded temporary database, and a server for it on 127.0.0.1.
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const WEB_DIST = join(ROOT, 'web', 'dist');
export const ARTIFACTS = join(ROOT, 'test-artifacts');

/** Debian's chromium (or $CHROMIUM); null when none is installed. */
export function findChromium(): string | null {
  for (const p of [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'])
    if (p && existsSync(p)) return p;
  return null;
}

// Flags from the stack research (research/stack.md §10): headless, no sandbox as root, no GPU, no network chatter.
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launch(executablePath: string): Promise<BrowserContext> {
  const profile = mkdtempSync(join(tmpdir(), 'dossier-ui-'));
  return chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: FLAGS,
    viewport: { width: 1360, height: 860 },
  });
}

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** Builds web/dist when it is missing or older than its sources. */
export function ensureWebBuilt(): void {
  const index = join(WEB_DIST, 'index.html');
  const src = Math.max(newest(join(ROOT, 'web', 'src')), statSync(join(ROOT, 'web', 'index.html')).mtimeMs);
  if (existsSync(index) && statSync(index).mtimeMs >= src) return;
  execFileSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
    // vitest sets NODE_ENV=test, which would make vite bundle React's development build.
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

/** Invented articles (fiction: the groups, people and places are made up or used fictitiously). */
export const ARTICLES: Record<string, string> = {
  'fajr-split.txt': `Title: Jamaat ul-Fajr spokesman rejects rival faction
Published: 2021-03-04
Outlet: The Frontier Ledger

Jamaat ul-Fajr spokesman rejects rival faction

PESHAWAR: Asad al Khorasani, the spokesman of Jamaat ul-Fajr, said on Monday that the group has no links with Lashkar-e-Noor.

"We have nothing to do with Lashkar-e-Noor. They are our rivals," Asad al Khorasani told reporters in Peshawar.

Earlier this year Qari Bashir Durrani split from Lashkar-e-Noor and pledged allegiance to Jamaat ul-Fajr, according to a security official.

Police arrested Mohammad Tariq Zaman in Quetta in January, a police source said.
`,
  'fajr-denial.txt': `Title: Fajr leader denies defection reports
Published: 2022-07-19
Outlet: Daily Meridian

Fajr leader denies defection reports

QUETTA: Asad Khorsani, spokesperson of Jamaat ul-Fajr, denied that Qari Bashir Durrani had defected.

"Qari Bashir Durrani remains with us," Khorsani said in a statement on Tuesday.

Maulana Ilyas Kakar is the leader of Jamaat ul-Fajr, a senior official said.
`,
  'payload.txt': `Title: <script>window.__pwned = 1</script> Harmless headline <img src=x onerror="window.__pwned=2">
Published: 2023-01-10
Outlet: Payload Gazette

<script>window.__pwned = 1</script> Harmless headline <img src=x onerror="window.__pwned=2">

KARACHI: Asad al Khorasani <img src=x onerror="window.__pwned=3;alert(1)"> said that <a href="javascript:window.__pwned=4">click here</a> was a hoax.

"<script>alert('quote')</script> We reject <svg onload=window.__pwned=5>," Asad al Khorasani said.

<iframe src="javascript:window.top.__pwned=6"></iframe> The spokesman of Jamaat ul-Fajr spoke in Karachi.
`,
};

/** A temporary database made by `bin/dossier ingest` from ARTICLES. */
export function seedDatabase(): { dir: string; db: string } {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-ui-db-'));
  const docs = join(dir, 'articles');
  mkdirSync(docs);
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(docs, name), text);
  const db = join(dir, 'ui.db');
  const r = spawnSync(join(ROOT, 'bin', 'dossier'), ['ingest', '--db', db, '--json', docs], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`dossier ingest failed: ${r.stderr || r.stdout}`);
  return { dir, db };
}

function realServeExists(): boolean {
  if (process.env.DOSSIER_UI_MOCK === '1') return false;
  const r = spawnSync(join(ROOT, 'bin', 'dossier'), ['serve', '--help'], { cwd: ROOT, encoding: 'utf8' });
  return r.status === 0;
}

async function waitHealthy(url: string, child: ChildProcess, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`dossier serve exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('dossier serve did not answer /api/health in time');
}

export interface Served {
  url: string;
  kind: 'real' | 'mock';
  close: () => Promise<void>;
}

/** `bin/dossier serve` on a free port; the contract mock while serve does not exist. */
export async function serve(db: string, env: Record<string, string> = {}): Promise<Served> {
  if (!realServeExists()) {
    const { startMockServer } = await import('./ui-mock-server.js');
    const m = await startMockServer(db, WEB_DIST);
    return { ...m, kind: 'mock' };
  }
  const port = await freePort();
  const child = spawn(
    join(ROOT, 'bin', 'dossier'),
    ['serve', '--db', db, '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    },
  );
  let log = '';
  child.stdout?.on('data', (d) => (log += d));
  child.stderr?.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitHealthy(url, child, 90_000);
  } catch (e) {
    child.kill();
    throw new Error(`${(e as Error).message}\n${log}`);
  }
  return {
    url,
    kind: 'real',
    close: async () => {
      if (child.exitCode === null) {
        child.kill();
        await new Promise((r) => child.once('exit', r));
      }
    },
  };
}

async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** A server over a database and chromium with its first page, for one browser test file. */
export interface Workbench {
  served: Served;
  page: Page;
  /** the page's uncaught errors, as they come */
  pageErrors: string[];
  /** closes the browser and the server, and removes the temporary folder given */
  close(): Promise<void>;
}

/**
 * `serve(db, env)` and chromium (`executablePath`) with one page open on nothing yet.
 * `remove`, a temporary folder (the database's), goes with close(), or at once if the
 * set-up fails.
 */
export async function openWorkbench(
  executablePath: string,
  db: string,
  o: { env?: Record<string, string>; remove?: string } = {},
): Promise<Workbench> {
  let served: Served | undefined;
  let ctx: BrowserContext | undefined;
  const close = async () => {
    await ctx?.close();
    await served?.close();
    if (o.remove) rmSync(o.remove, { recursive: true, force: true });
  };
  try {
    served = await serve(db, o.env);
    ctx = await launch(executablePath);
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    return { served, page, pageErrors, close };
  } catch (e) {
    await close();
    throw e;
  }
}
