// Monitoring commands: feed add/list/remove/import, watch, alert add/list/remove, alerts.
import { readFile } from 'node:fs/promises';
import { InputError } from '../ingest/errors.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import {
  type Alert,
  addRule,
  digestMarkdown,
  FACT_KINDS,
  type FactKind,
  listAlerts,
  listRules,
  markRead,
  removeRule,
} from '../watch/alerts.js';
import { addFeed, checkFeedUrl, type Feed, listFeeds, parseEvery, removeFeed } from '../watch/feeds.js';
import { FeedFormatError, parseOpmlBody } from '../watch/parse.js';
import { type FeedReport, Poller } from '../watch/poll.js';
import { exitWithParent, respawnBounded } from './respawn.js';

export interface WatchCliOptions {
  db?: string;
  json?: boolean;
}

/** Control characters out of text read from the web, so a feed cannot drive the terminal. */
const clean = (s: string | null | undefined) =>
  (s ?? '').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');

async function withStore(
  cmd: string,
  opts: WatchCliOptions,
  fn: (s: Store) => Promise<void>,
): Promise<number> {
  let store: Store | undefined;
  try {
    store = openStore(opts.db);
    await fn(store);
    return 0;
  } catch (e) {
    if (e instanceof FeedFormatError) {
      process.stderr.write(`dossier ${cmd}: ${e.message}\n`);
      return 1;
    }
    if (!(e instanceof InputError)) throw e;
    process.stderr.write(`dossier ${cmd}: ${e.message}\n`);
    return 1;
  } finally {
    await store?.close();
  }
}

const print = (opts: WatchCliOptions, json: unknown, text: () => string) =>
  process.stdout.write(opts.json ? `${JSON.stringify(json, null, 2)}\n` : text());

export function runFeedAdd(
  url: string,
  opts: WatchCliOptions & { name?: string; every?: string; allowPrivate?: boolean },
): Promise<number> {
  return withStore('feed add', opts, async (s) => {
    const every = parseEvery(
      opts.every ?? '15m',
      process.env.DOSSIER_MIN_INTERVAL ? Number(process.env.DOSSIER_MIN_INTERVAL) : 60,
    );
    const checked = await checkFeedUrl(url, opts.allowPrivate === true);
    const f = addFeed(s.sqlDb, checked, {
      name: opts.name,
      everySeconds: every,
      allowPrivate: opts.allowPrivate === true,
    });
    print(opts, f, () => `feed ${f.id} added: ${f.url} (every ${fmtSeconds(f.everySeconds)})\n`);
  });
}

export function runFeedList(opts: WatchCliOptions): Promise<number> {
  return withStore('feed list', opts, async (s) => {
    const feeds = listFeeds(s.sqlDb);
    print(opts, feeds, () =>
      feeds.length ? feeds.map(feedLine).join('') : 'no feeds; add one with dossier feed add URL\n',
    );
  });
}

function feedLine(f: Feed): string {
  const status = f.errors
    ? `BEHIND: ${f.errors} error(s) in a row, last: ${clean(f.lastError)}`
    : f.lastFetch
      ? `ok (HTTP ${f.lastStatus})`
      : 'not polled yet';
  return (
    `${f.id}\t${clean(f.name ?? f.url)}\n` +
    `\turl ${f.url}\n\tevery ${fmtSeconds(f.everySeconds)}${f.allowPrivate ? ', private addresses allowed' : ''}\n` +
    `\tstatus ${status}\n\tlast fetch ${f.lastFetch ?? 'never'}; items seen ${f.itemsSeen}; next poll ${f.nextPoll}\n`
  );
}

function fmtSeconds(n: number): string {
  if (n % 86400 === 0) return `${n / 86400}d`;
  if (n % 3600 === 0) return `${n / 3600}h`;
  if (n % 60 === 0) return `${n / 60}m`;
  return `${n}s`;
}

export function runFeedRemove(id: string, opts: WatchCliOptions): Promise<number> {
  return withStore('feed remove', opts, async (s) => {
    const f = removeFeed(s.sqlDb, id);
    print(opts, f, () => `feed ${f.id} removed: ${f.url}\n`);
  });
}

export function runFeedImport(
  file: string,
  opts: WatchCliOptions & { every?: string; allowPrivate?: boolean },
): Promise<number> {
  return withStore('feed import', opts, async (s) => {
    let body: string;
    try {
      body = await readFile(file, 'utf8');
    } catch (e) {
      throw new InputError(
        file,
        (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message,
      );
    }
    if (body.length > 5 * 1024 * 1024)
      throw new InputError(file, 'an OPML file over 5 MB is not a subscription list');
    let list: { url: string; name: string | null }[];
    try {
      list = parseOpmlBody(body);
    } catch (e) {
      if (e instanceof FeedFormatError) throw new InputError(file, e.message);
      throw e;
    }
    if (!list.length) throw new InputError(file, 'no feeds in it (no outline with an xmlUrl)');
    const every = parseEvery(
      opts.every ?? '15m',
      process.env.DOSSIER_MIN_INTERVAL ? Number(process.env.DOSSIER_MIN_INTERVAL) : 60,
    );
    const added: Feed[] = [];
    const skipped: { url: string; reason: string }[] = [];
    for (const x of list) {
      try {
        const url = await checkFeedUrl(x.url, opts.allowPrivate === true);
        added.push(
          addFeed(s.sqlDb, url, {
            name: x.name ?? undefined,
            everySeconds: every,
            allowPrivate: opts.allowPrivate === true,
          }),
        );
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        skipped.push({ url: x.url, reason: e.message });
      }
    }
    print(
      opts,
      { added, skipped },
      () =>
        `${added.length} feed(s) added, ${skipped.length} skipped\n${skipped.map((k) => `  skipped ${clean(k.reason)}\n`).join('')}`,
    );
  });
}

export async function runWatch(
  opts: WatchCliOptions & { once?: boolean; concurrency?: string },
): Promise<number> {
  const concurrency = opts.concurrency === undefined ? 4 : Number(opts.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
    process.stderr.write(`dossier watch: --concurrency ${opts.concurrency}: expected a whole number 1–64\n`);
    return 2;
  }
  // A long-running watcher runs with a bounded heap and a trimming allocator (respawn.ts):
  // this process re-runs itself once so, and the child exits if this one is killed.
  const child = await respawnBounded();
  if (child !== null) return child;
  exitWithParent();
  return withStore('watch', opts, async (s) => {
    const poller = new Poller(s, {
      concurrency,
      log: (l) => process.stderr.write(`${clean(l)}\n`),
    });
    const report = (rs: FeedReport[]) => {
      if (opts.json) process.stdout.write(`${JSON.stringify(rs)}\n`);
      else
        for (const r of rs)
          process.stdout.write(
            `feed ${r.feed}: ${r.notModified ? 'not modified' : r.error && r.status === null ? 'failed' : `${r.items} item(s), ${r.ingested} new, ${r.updated} updated`}` +
              `${r.alerts ? `, ${r.alerts} alert(s)` : ''}${r.error ? ` (${clean(r.error)})` : ''}\n`,
          );
    };
    if (opts.once) {
      const rs = await poller.pollDue();
      report(rs);
      if (!rs.length && !opts.json) process.stdout.write('no feed is due\n');
      return;
    }
    process.stdout.write('watching the feeds; Ctrl-C stops\n');
    let stop = false;
    const onSig = () => {
      stop = true;
    };
    process.once('SIGINT', onSig);
    process.once('SIGTERM', onSig);
    await poller.run(() => stop, report);
  });
}

const parseOn = (on?: string): FactKind[] | undefined => {
  if (!on) return undefined;
  const kinds = on
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  for (const k of kinds)
    if (!FACT_KINDS.includes(k as FactKind))
      throw new InputError(`--on ${on}`, `expected some of ${FACT_KINDS.join(', ')}`);
  return kinds as FactKind[];
};

export function runAlertAdd(
  name: string,
  opts: WatchCliOptions & {
    entity?: string;
    query?: string;
    tieType?: string;
    screening?: boolean;
    on?: string;
    webhook?: string;
  },
): Promise<number> {
  return withStore('alert add', opts, async (s) => {
    const r = addRule(s.sqlDb, {
      name,
      entity: opts.entity,
      query: opts.query,
      tieType: opts.tieType,
      screening: opts.screening,
      on: parseOn(opts.on),
      webhook: opts.webhook,
    });
    print(
      opts,
      r,
      () =>
        `alert rule "${r.name}" added: ${r.kind}${r.target ? ` ${r.target}` : ''}, on ${r.on.join(',')}\n` +
        (r.secret
          ? `webhook ${r.webhook}\nsecret ${r.secret} (the X-Dossier-Signature header is sha256=HMAC-SHA256(secret, body); shown once)\n`
          : ''),
    );
  });
}

export function runAlertList(opts: WatchCliOptions): Promise<number> {
  return withStore('alert list', opts, async (s) => {
    const rules = listRules(s.sqlDb);
    print(opts, rules, () =>
      rules.length
        ? rules
            .map(
              (r) =>
                `${r.name}\t${r.kind}${r.target ? ` ${r.target}` : ''}\ton ${r.on.join(',')}${r.webhook ? `\twebhook ${r.webhook}` : ''}\n`,
            )
            .join('')
        : 'no alert rules; add one with dossier alert add NAME --entity NAME\n',
    );
  });
}

export function runAlertRemove(name: string, opts: WatchCliOptions): Promise<number> {
  return withStore('alert remove', opts, async (s) => {
    removeRule(s.sqlDb, name);
    print(opts, { removed: name }, () => `alert rule "${name}" removed\n`);
  });
}

function alertText(a: Alert): string {
  const d = a.document;
  const head = `#${a.id} ${a.read ? ' ' : '*'} [${clean(a.rule)}] ${clean(d.title ?? d.id.slice(0, 12))}${d.outlet ? ` — ${clean(d.outlet)}` : ''}${d.published ? `, ${d.published}` : ''}\n`;
  const facts = a.facts
    .map((f) => `    ${f.kind}: ${clean(f.what)}\n${f.evidence ? `      “${clean(f.evidence)}”\n` : ''}`)
    .join('');
  return `${head}${d.url ? `    ${clean(d.url)}\n` : ''}${facts}`;
}

export function runAlerts(opts: WatchCliOptions & { unread?: boolean }): Promise<number> {
  return withStore('alerts', opts, async (s) => {
    const list = listAlerts(s.sqlDb, { unread: opts.unread });
    print(opts, list, () =>
      list.length ? list.map(alertText).join('') : opts.unread ? 'no unread alerts\n' : 'no alerts\n',
    );
  });
}

export function runAlertsRead(
  id: string | undefined,
  opts: WatchCliOptions & { all?: boolean },
): Promise<number> {
  return withStore('alerts read', opts, async (s) => {
    if (!opts.all && (id === undefined || !/^\d+$/.test(id)))
      throw new InputError(`alerts read ${id ?? ''}`.trim(), 'give an alert number or --all');
    const n = markRead(s.sqlDb, opts.all ? 'all' : Number(id));
    print(opts, { read: n }, () => `${n} alert(s) marked read\n`);
  });
}

export function runAlertsDigest(opts: WatchCliOptions & { day?: string; output?: string }): Promise<number> {
  return withStore('alerts digest', opts, async (s) => {
    const day = opts.day ?? new Date().toISOString().slice(0, 10);
    if (
      !/^\d{4}-\d{2}-\d{2}$/.test(day) ||
      Number.isNaN(Date.parse(`${day}T00:00:00Z`)) ||
      new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day
    )
      throw new InputError(`--day ${day}`, 'expected a date YYYY-MM-DD');
    const md = digestMarkdown(s.sqlDb, day);
    if (!opts.output) {
      process.stdout.write(md);
      return;
    }
    const { writeFile, rename } = await import('node:fs/promises');
    const tmp = `${opts.output}.tmp-${process.pid}`;
    try {
      await writeFile(tmp, md);
      await rename(tmp, opts.output);
    } catch (e) {
      throw new InputError(opts.output, (e as Error).message);
    }
    process.stderr.write(`digest for ${day} written to ${opts.output}\n`);
  });
}
