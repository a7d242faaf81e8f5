import { foldKey } from '../../knowledge/fold.js';
import type { Annotated } from '../annotated.js';
import type { Lexicon } from '../lexicon.js';
import type { RelationDraft } from '../relations.js';

/** the last word of a branch's name that says it is a regional branch */
const BRANCH_WORD = /^(?:province|wilayah?|branch|chapter)$/;

/**
 * The branch a name says it is of: "G West Africa Province", "G in the Arabian Peninsula", "G
 * Somalia" (G's name, then a region: a place, "in" a place, or words ending in "Province"). Not
 * "G in Iraq and Syria": a name over two regions is the core's own.
 */
function branchRest(rest: string, lex: Lexicon | undefined): boolean {
  if (!rest || / and /.test(` ${rest} `)) return false;
  const words = rest.split(' ');
  if (words[0] === 'in') return words.length > 1;
  if (words.length > 1 && BRANCH_WORD.test(words[words.length - 1])) return true;
  return lex?.place(rest) !== undefined;
}

/**
 * A name that holds another's possessive: "Islamic State's Sinai Province" beside "Islamic
 * State" (the name as the text has it, one entity; its unit, like "G's Sinai Province" read on
 * the parse; ties27).
 */
function possessed(surfaces: readonly string[], owner: readonly string[]): boolean {
  for (const n of surfaces) {
    const m = /^(.+?)['’]s\s+\S/.exec(n);
    if (m && owner.includes(foldKey(m[1]))) return true;
  }
  return false;
}

/**
 * part_of ties that organisations' names state: a group named after another group and a region
 * ("Islamic State Sahel Province" beside "Islamic State", "al-Qaeda in the Islamic Maghreb"
 * beside "al-Qaeda") is its branch there, when the text names both. The evidence is the
 * sentence that first names the branch. Pairs `out` already ties by hierarchy or enmity are left
 * alone.
 */
export function branchesByName(
  doc: Annotated,
  out: readonly RelationDraft[],
  lex?: Lexicon,
): RelationDraft[] {
  const orgs: number[] = [];
  for (let e = 0; e < doc.entities.length; e++)
    if (doc.entities[e].type === 'organization' && doc.entities[e].mentions.length) orgs.push(e);
  if (orgs.length < 2) return [];
  const found: RelationDraft[] = [];
  const keys = orgs.map((e) => doc.entities[e].surfaces.map(foldKey));
  for (let i = 0; i < orgs.length; i++)
    for (let j = 0; j < orgs.length; j++) {
      if (i === j) continue;
      const branch =
        keys[i].some((a) =>
          keys[j].some(
            (b) => b.length > 1 && a.startsWith(`${b} `) && branchRest(a.slice(b.length + 1), lex),
          ),
        ) || possessed(doc.entities[orgs[i]].surfaces, keys[j]);
      if (!branch) continue;
      const a = orgs[i];
      const b = orgs[j];
      // (a tie of hierarchy or enmity the text reads for the pair stands; one of support or
      // affiliation says nothing against the branch: ties23)
      if (
        out.some(
          (r) =>
            ((r.subject === a && r.object === b) || (r.subject === b && r.object === a)) &&
            !/^(?:supports|affiliated_with|allied_with|pledged_allegiance_to)$/.test(r.type),
        )
      )
        continue;
      found.push({
        type: 'part_of',
        subject: a,
        object: b,
        negated: false,
        sentence: doc.mentions[doc.entities[a].mentions[0]].sentence,
        attributedTo: -1,
        attributedText: null,
        cue: 'part_of/branch-name',
      });
    }
  return found;
}
