// Screening matcher: every name of every listing is parsed and keyed once into
// an in-memory blocking index; a query gathers the names that share a key with
// one of its tokens and scores only those (tens, not the list).
import { acronymOf } from '../nlp/names.js';
import { type PartMatch, scoreName } from './score.js';
import { intern, romanised, type ScreenName, screenName } from './tokens.js';
import type { ListEntry, ListName } from './types.js';

export const DEFAULT_THRESHOLD = 0.85;

export interface Query {
  name: string;
  type?: 'person' | 'organization';
  birthYear?: number;
  /** ISO alpha-2 */
  country?: string;
}

export interface Qualifier {
  kind: 'type' | 'birth-year' | 'country';
  /** what the score moved by (+ or −) */
  effect: number;
  detail: string;
}

interface Explanation {
  /** name score before qualifiers */
  nameScore: number;
  parts: PartMatch[];
  qualifiers: Qualifier[];
  /** query titles set aside for matching */
  setAside: string[];
  /** rules that lowered the name score (common names only, one name alone) */
  notes: string[];
}

export interface Hit {
  list: string;
  id: string;
  type: ListEntry['type'];
  /** the listing's primary name */
  listedName: string;
  /** the name of the listing that matched best (may be the primary name) */
  matchedName: string;
  matchedKind: ListName['kind'];
  /** romanisation of an Arabic-script matched name */
  matchedRomanised?: string;
  score: number;
  explanation: Explanation;
}

export interface ScreenOptions {
  threshold?: number;
  /** at most this many hits (best first); default 10 */
  limit?: number;
  /** only these lists */
  lists?: string[];
}

interface Indexed {
  entry: number;
  name: ListName;
  /** the form indexed ("TTP" from "TEHRIK-E TALIBAN PAKISTAN (TTP)") */
  form: string;
  parsed: ScreenName;
}

/** Keys whose posting lists are longer than this only admit names sharing two query tokens. */
const RARE = 64;
const MAX_TOKENS = 30;
const SINGLE_CAP = 0.8;
const SINGLE_RARE_CAP = 0.9;

function post(map: Map<string, number[]>, k: string, id: number): void {
  const p = map.get(k);
  if (p) {
    if (p[p.length - 1] !== id) p.push(id);
  } else map.set(k, [id]);
}

/**
 * Blocking keys of one token: consonant key (and th/dh variant), and the bare
 * key that meets Arabic-script tokens (looked up in the bare postings when the
 * token itself is from Arabic script).
 */
function tokenKeys(t: ScreenName['content'][number]): string[] {
  if (t.unvoc) return [`~${t.bare}`];
  const keys = [t.cons.length >= 2 ? t.cons : t.light, `~${t.bare}`];
  if (t.alt) keys.push(t.alt);
  return keys;
}

function nameKeys(p: ScreenName): string[][] {
  const perToken = p.content.slice(0, MAX_TOKENS).map(tokenKeys);
  const whole: string[] = [];
  if (p.joined.length >= 4) whole.push(`=${p.joined}`);
  if (p.content.length === 1 && /^[a-z]{2,6}$/.test(p.content[0].text)) whole.push(`#${p.content[0].text}`);
  if (whole.length > 0) perToken.push(whole);
  return perToken;
}

// "TEHRIK-E TALIBAN PAKISTAN (TTP)": the bracket is a second name, not part of the first.
function forms(name: string): string[] {
  const m = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(name);
  if (!m?.[1]) return [name];
  return [m[1], m[2]];
}

export class Matcher {
  readonly entries: ListEntry[];
  private readonly names: Indexed[] = [];
  private readonly postings = new Map<string, number[]>();
  /** bare keys of romanised listed tokens: only Arabic-script queries need them */
  private readonly barePostings = new Map<string, number[]>();
  /** how many person listings use each consonant key: a name shared by many is weak evidence */
  private readonly personTokenCount = new Map<string, number>();
  private mask = new Uint32Array(0);
  // Per-listing scratch for one query; bestScore is -1 when untouched.
  private readonly bestScore: Float64Array;
  private readonly bestName: Int32Array;
  private readonly bestForm: Uint8Array;
  private touched: number[] = [];
  /** the key-group bits of each candidate candidates() returned, in the same order */
  private readonly candMasks: number[] = [];

  constructor(entries: ListEntry[]) {
    this.entries = entries;
    entries.forEach((e, ei) => {
      const lights = new Set<string>();
      for (const n of e.names) {
        for (const form of forms(n.name)) {
          const parsed = screenName(form);
          if (parsed.content.length === 0) continue;
          intern(parsed);
          if (e.type === 'person') for (const t of parsed.content) lights.add(t.cons);
          const id = this.names.length;
          this.names.push({ entry: ei, name: n, form, parsed });
          const keys = new Set(nameKeys(parsed).flat());
          // Organisations are also found by their acronym ("TTP").
          if (e.type === 'organization' && !parsed.arabic)
            for (const a of acronymOf(form)) if (a.length >= 3) keys.add(`#${a.toLowerCase()}`);
          for (const k of keys) post(this.postings, k, id);
          if (!parsed.arabic) for (const t of parsed.content) post(this.barePostings, `~${t.bare}`, id);
        }
      }
      for (const l of lights) this.personTokenCount.set(l, (this.personTokenCount.get(l) ?? 0) + 1);
    });
    this.mask = new Uint32Array(this.names.length);
    this.bestScore = new Float64Array(entries.length).fill(-1);
    this.bestName = new Int32Array(entries.length);
    this.bestForm = new Uint8Array(entries.length);
  }

  get nameCount(): number {
    return this.names.length;
  }

  /** Listed names that share enough keys with the query to be worth scoring. */
  private candidates(q: ScreenName): number[] {
    const out: number[] = [];
    this.candMasks.length = 0;
    const mask = this.mask;
    const touched = this.touched;
    touched.length = 0;
    const groups = nameKeys(q);
    const rareBit = 1 << 31;
    groups.forEach((keys, gi) => {
      const bit = 1 << Math.min(gi, 30);
      const lookups = q.arabic
        ? keys.flatMap((k) => [this.postings.get(k), this.barePostings.get(k)])
        : keys.map((k) => this.postings.get(k));
      for (const p of lookups) {
        if (!p) continue;
        const rare = p.length <= RARE;
        for (let x = 0; x < p.length; x++) {
          const id = p[x];
          const before = mask[id];
          if (before === 0) touched.push(id);
          mask[id] = before | bit | (rare ? rareBit : 0);
        }
      }
    });
    for (const id of touched) {
      const v = mask[id];
      mask[id] = 0;
      // A rare key, or two distinct query tokens in common.
      if (v & rareBit || (v & (v - 1)) !== 0) {
        out.push(id);
        this.candMasks.push(v);
      }
    }
    return out;
  }

  /** Hits for one name, best first, at or above the threshold. */
  screen(query: Query, opts: ScreenOptions = {}): Hit[] {
    const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
    const limit = opts.limit ?? 10;
    // Qualifiers can lift a name score by at most this much.
    const headroom = (query.birthYear !== undefined ? 0.03 : 0) + (query.country ? 0.02 : 0);
    const best = this.bestPerEntry(query.name, opts.lists, threshold - headroom - 1e-9);
    const scored: {
      entry: number;
      name: number;
      score: number;
      nameScore: number;
      quals: Qualifier[];
      q: ScreenName;
    }[] = [];
    for (const [entry, b] of best) {
      // Qualifiers add at most 0.05: below this the hit cannot reach the threshold.
      if (b.score + 0.05 < threshold) continue;
      const quals = qualifiers(query, this.entries[entry]);
      let s = b.score;
      for (const x of quals) s += x.effect;
      s = Math.max(0, Math.min(1, s));
      if (s >= threshold) scored.push({ entry, name: b.name, score: s, nameScore: b.score, quals, q: b.q });
    }
    scored.sort((a, b) => b.score - a.score || b.nameScore - a.nameScore);
    return scored.slice(0, limit).map((x) => this.hit(x.q, x.entry, x.name, x.score, x.nameScore, x.quals));
  }

  /** Best name score per listing over the query's forms ("El Harrachi (الحراشي)" is two). */
  private bestPerEntry(
    name: string,
    only?: string[],
    floor = -1,
  ): Map<number, { score: number; name: number; q: ScreenName }> {
    const lists = only && only.length > 0 ? new Set(only) : undefined;
    const bestScore = this.bestScore;
    const bestName = this.bestName;
    const bestForm = this.bestForm;
    const touched: number[] = [];
    const parsedForms = forms(name).map(screenName);
    parsedForms.forEach((q, fi) => {
      if (q.content.length === 0) return;
      const cands = this.candidates(q);
      const n = q.content.length;
      // Token bits only (the last group of a name with a whole-name key is not a token).
      const tokenBits = n >= 31 ? 0x7fffffff : (1 << n) - 1;
      const initials = q.content.some((t) => t.text.length === 1);
      for (let c = 0; c < cands.length; c++) {
        const id = cands[c];
        const ix = this.names[id];
        const e = this.entries[ix.entry];
        if (lists && !lists.has(e.list)) continue;
        if (floor > 0 && !initials) {
          const ub = upperBound(q, ix.parsed, popcount(this.candMasks[c] & tokenBits), e.type === 'person');
          // Cannot reach the threshold, or cannot beat another name of the same listing.
          if (ub < floor || ub <= bestScore[ix.entry]) continue;
        }
        const s = this.capped(
          q,
          ix.parsed,
          e,
          scoreName(q, ix.parsed, e.type === 'person', false, this.personTokenCount).score,
        );
        const prev = bestScore[ix.entry];
        if (prev < 0) touched.push(ix.entry);
        if (s > prev) {
          bestScore[ix.entry] = s;
          bestName[ix.entry] = id;
          bestForm[ix.entry] = fi;
        }
      }
    });
    const out = new Map<number, { score: number; name: number; q: ScreenName }>();
    for (const e of touched) {
      out.set(e, { score: bestScore[e], name: bestName[e], q: parsedForms[bestForm[e]] });
      bestScore[e] = -1;
    }
    return out;
  }

  /** Every entry's best score for the query, best first (no threshold, no explanation): for ranking studies. */
  rank(query: Query, opts: ScreenOptions = {}): { list: string; id: string; score: number }[] {
    const best = this.bestPerEntry(query.name, opts.lists);
    return [...best]
      .map(([i, b]) => {
        let score = b.score;
        for (const x of qualifiers(query, this.entries[i])) score += x.effect;
        return { list: this.entries[i].list, id: this.entries[i].id, score };
      })
      .sort((a, b) => b.score - a.score);
  }

  /**
   * A person matched on one name alone ("Mullah Omar" against an alias "Omar")
   * is weak evidence: capped below the default threshold unless that name is
   * rare among the listed people.
   */
  private capped(q: ScreenName, l: ScreenName, e: ListEntry, s: number): number {
    if (e.type !== 'person' || (q.content.length > 1 && l.content.length > 1)) return s;
    // "Hafiz Saeed" / "Hafiz Muhammad Saeed": a shared title is a second point of agreement.
    if (q.honorifics.some((h) => l.honorifics.includes(h))) return s;
    const lone = q.content.length === 1 ? q.content[0] : l.content[0];
    const count = this.personTokenCount.get(lone.cons) ?? 0;
    return Math.min(s, count <= 2 ? SINGLE_RARE_CAP : SINGLE_CAP);
  }

  private hit(
    q: ScreenName,
    entry: number,
    nameId: number,
    score: number,
    nameScore: number,
    quals: Qualifier[],
  ): Hit {
    const e = this.entries[entry];
    const ix = this.names[nameId];
    const { parts, notes } = scoreName(q, ix.parsed, e.type === 'person', true, this.personTokenCount);
    if (nameScore < scoreName(q, ix.parsed, e.type === 'person', false, this.personTokenCount).score)
      notes.push(`one name alone: capped at ${nameScore}`);
    const primary = e.names.find((n) => n.kind === 'primary')?.name ?? e.names[0].name;
    const hit: Hit = {
      list: e.list,
      id: e.id,
      type: e.type,
      listedName: primary,
      matchedName: ix.form,
      matchedKind: ix.name.kind,
      score: Math.round(score * 1000) / 1000,
      explanation: {
        nameScore: Math.round(nameScore * 1000) / 1000,
        parts,
        qualifiers: quals,
        setAside: q.honorifics,
        notes,
      },
    };
    if (ix.parsed.arabic) hit.matchedRomanised = romanised(ix.form);
    return hit;
  }
}

function popcount(v: number): number {
  let c = 0;
  for (let x = v >>> 0; x !== 0; x &= x - 1) c++;
  return c;
}

/**
 * The most scoreName could give a listed name that shares k query tokens'
 * keys: at most k pairs align (a pair aligns only when its tokens share a
 * blocking key, initials aside), and a dropped middle name or Muhammad is
 * forgiven only on a side whose every other token matched.
 */
function upperBound(q: ScreenName, l: ScreenName, k: number, person: boolean): number {
  if (q.joined.length >= 4 && q.joined === l.joined) return 1;
  const n = q.content.length;
  const m = l.content.length;
  const kk = Math.min(k, m, n);
  if (kk === n && kk === m) return 1;
  if (!person || (kk < n && kk < m)) return (2 * kk) / (n + m);
  const unmatched = kk < n ? n - kk : m - kk;
  return (2 * kk) / (2 * kk + 0.3 * unmatched);
}

/** What the query's type, birth year and country say about one listing. */
function qualifiers(q: Query, e: ListEntry): Qualifier[] {
  const out: Qualifier[] = [];
  if (q.type && q.type !== e.type)
    out.push({ kind: 'type', effect: -0.2, detail: `query is a ${q.type}, listing an ${e.type}` });
  if (q.birthYear !== undefined && e.birthYears.length > 0) {
    let d = Infinity;
    for (const y of e.birthYears) d = Math.min(d, Math.abs(y - q.birthYear));
    if (d === 0) out.push({ kind: 'birth-year', effect: 0.03, detail: `born ${q.birthYear}, as listed` });
    else if (d <= 2)
      out.push({
        kind: 'birth-year',
        effect: 0,
        detail: `born ${q.birthYear}, listed ${e.birthYears.join('/')}`,
      });
    else
      out.push({
        kind: 'birth-year',
        effect: d <= 5 ? -0.05 : -0.2,
        detail: `born ${q.birthYear}, listed ${e.birthYears.join('/')}`,
      });
  }
  if (q.country && e.countries.length > 0) {
    const c = q.country.toUpperCase();
    if (e.countries.includes(c)) out.push({ kind: 'country', effect: 0.02, detail: `${c}, as listed` });
    else out.push({ kind: 'country', effect: -0.05, detail: `${c}, listed ${e.countries.join('/')}` });
  }
  return out;
}
