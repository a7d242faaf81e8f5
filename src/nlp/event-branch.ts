/**
 * "Militants of the Islamic State's Sahel branch raided …" when the text also names the
 * Islamic State Sahel Province (events11): the group a party to an act is named by, followed
 * by "'s <Region> branch/affiliate/province/wing", is that region's branch of the group when
 * the text names one such branch (an organisation whose name is the group's name, then words
 * that hold the region: ties/branch-name.ts reads the same names for part_of). The event takes
 * the branch in the group's place; the mention and the ties stay as they are.
 */

import { foldKey } from '../knowledge/fold.js';
import type { Annotated } from './annotated.js';
import type { EventDraft } from './events.js';

const BRANCH_AFTER =
  /^['’]s\s+((?:\p{Lu}[\p{L}-]*\s+){1,3})(?:branch|affiliate|province|wing|franchise|chapter|offshoot)\b/u;

/** The one organisation named as group `g`'s branch in `region` ("sahel"), or -1. */
function branchOf(doc: Annotated, g: number, region: string): number {
  const keys = doc.entities[g].surfaces.map(foldKey).filter((k) => k.length > 1);
  let found = -1;
  for (let e = 0; e < doc.entities.length; e++) {
    const x = doc.entities[e];
    if (e === g || x.type !== 'organization' || !x.mentions.length) continue;
    const named = x.surfaces.some((s) => {
      const h = foldKey(s);
      return keys.some((k) => h.startsWith(`${k} `) && ` ${h.slice(k.length + 1)} `.includes(` ${region} `));
    });
    if (!named || e === found) continue;
    if (found >= 0) return -1;
    found = e;
  }
  return found;
}

/**
 * Puts a group's named branch in its place among the parties of the events of sentence `si`
 * (the last ones of `out`) wherever the sentence names the group by "G's <Region> branch".
 */
export function branchesForGroups(doc: Annotated, out: EventDraft[], si: number, inSentence: number[]): void {
  for (let i = out.length - 1; i >= 0 && out[i].sentence === si; i--)
    for (const p of out[i].participants) {
      if (doc.entities[p.entity].type !== 'organization') continue;
      for (const mi of inSentence) {
        if (doc.mentionEntity[mi] !== p.entity) continue;
        const end = doc.mentions[mi].end;
        const m = BRANCH_AFTER.exec(doc.text.slice(end, end + 60));
        if (!m) continue;
        const b = branchOf(doc, p.entity, foldKey(m[1]));
        if (b >= 0 && !out[i].participants.some((q) => q.entity === b)) p.entity = b;
        break;
      }
    }
}

/**
 * "Islamic State" and "Islamic State Khorasan Province", "al Qaeda" and "al Qaeda in the Arabian
 * Peninsula" (events13): an organisation whose name is another's followed by more words is its
 * branch, and the two are one side of an act told again ("G's fighters stormed …; H claimed the
 * assault"), as a group and its member are. Adds "branch:group" and "group:branch" keys of the
 * entity indexes of the organisations that are parties to `events` to `sides`.
 */
export function branchSides(doc: Annotated, events: EventDraft[], sides: Set<string>): void {
  const parties = new Set<number>();
  for (const v of events)
    for (const p of v.participants)
      if (p.role === 'agent' && doc.entities[p.entity].type === 'organization') parties.add(p.entity);
  if (parties.size < 2) return;
  const keys = new Map<number, string[]>();
  for (const e of parties)
    keys.set(
      e,
      doc.entities[e].surfaces.map(foldKey).filter((k) => k.includes(' ') || k.length > 3),
    );
  for (const [g, gk] of keys)
    for (const [b, bk] of keys)
      if (g !== b && bk.some((h) => gk.some((k) => h.startsWith(`${k} `)))) {
        sides.add(`${b}:${g}`);
        sides.add(`${g}:${b}`);
      }
}
