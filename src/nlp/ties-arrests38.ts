import type { Annotated } from './annotated.js';
import type { EventDraft } from './events.js';
import { children, dependents, lemmaOf, mentionAt, relIs, relOf, uposOf } from './syntax.js';
import { mayArrest } from './ties-arrests30.js';
import { triggerVerb } from './ties-arrests34.js';

// The body behind an arrest made by a common noun of a body's people (issue #10, arrests38):
// "Intelligence officers arrested X", "X was detained by security service agents", "operatives
// detained A and B" stand for the one body of that kind the text names before the arrest, in any
// paragraph (the resolvers of arrests30-35 look at the sentence and the one before only). The
// noun's kind: intelligence or secret police officers, agents, operatives → a security agency;
// police officers or detectives → a police force; officers, agents, operatives, officials,
// detectives alone → any body able to hold people (troops and soldiers are read before:
// `stateForceSide`, `arrestBodyNear`).

type Kind = 'agency' | 'army' | 'police' | 'any';

/** the nouns of a body's people (or of a body) that may make an arrest, by lemma, with their kind */
const DOER_NOUN = new Map<string, Kind>([
  ['officer', 'any'],
  ['agent', 'any'],
  ['operative', 'any'],
  ['official', 'any'],
  ['detective', 'any'],
]);

/** the words on the noun that give it a kind: "intelligence officers", "police agents" */
const KIND_WORD = new Map<string, Kind>([
  ['intelligence', 'agency'],
  ['secret', 'agency'],
  ['police', 'police'],
]);

/** a name of a police force, and of an army */
const POLICE_NAME = /\b(?:Police|Policing|Constabulary|Gendarmerie|Carabinieri)\b/;
const ARMY_NAME = /\b(?:Army|Armed\s+Forces|Military|Defen[cs]e\s+Forces?|Navy|Marines?)\b/;

/** the kind of body a name tells */
function kindOf(doc: Annotated, e: number): Kind {
  const names = doc.entities[e].surfaces;
  if (names.some((n) => POLICE_NAME.test(n))) return 'police';
  if (names.some((n) => ARMY_NAME.test(n))) return 'army';
  return 'agency';
}

/**
 * The doer noun of the arrest `v`, with its kind: the active subject of its verb or the noun after
 * "by" on it, a common noun of a body's people that no name stands on ("Intelligence officers
 * arrested X", "X was detained by security agents"); undefined when the arrest has none.
 */
function doerNoun(doc: Annotated, v: EventDraft): Kind | undefined {
  const verb = triggerVerb(doc, v);
  if (verb < 0) return undefined;
  const cands: number[] = [];
  for (const k of dependents(doc, verb, 'nsubj')) if (!relIs(relOf(doc, k), 'nsubj:pass')) cands.push(k);
  for (const k of dependents(doc, verb, 'obl', 'nmod'))
    if (children(doc, k).some((c) => relOf(doc, c) === 'case' && lemmaOf(doc, c) === 'by')) cands.push(k);
  for (const k of cands) {
    if (uposOf(doc, k) !== 'NOUN' || mentionAt(doc, k) >= 0) continue;
    const w = lemmaOf(doc, k).toLowerCase();
    const base = DOER_NOUN.get(w) ?? (w.endsWith('s') ? DOER_NOUN.get(w.slice(0, -1)) : undefined);
    if (!base) continue;
    let kind: Kind = base;
    for (const c of children(doc, k)) {
      // (a name on the noun is the body itself, read elsewhere: "FSB officers", "officers of F")
      const mc = mentionAt(doc, c);
      const ec = mc < 0 ? -1 : doc.mentionEntity[mc];
      if (ec >= 0 && doc.entities[ec].type === 'organization') return undefined;
      const r = relOf(doc, c);
      if (!(relIs(r, 'compound') || r === 'amod')) continue;
      const m = KIND_WORD.get(lemmaOf(doc, c).toLowerCase());
      // ("secret police operatives": the secret police is an agency)
      if (m && kind !== 'agency') kind = m;
    }
    return kind;
  }
  return undefined;
}

/**
 * The body a common noun that makes the arrest `v` stands for: the one organisation able to hold
 * people, of the noun's kind, that the text names before the arrest's sentence or in it before
 * its trigger ("The F has been hunting the cell since June. … Intelligence officers detained X").
 * -1 when the arrest's doer is no such noun, or none or two bodies fit.
 */
export function commonDoerBody(doc: Annotated, v: EventDraft): number {
  const kind = doerNoun(doc, v);
  if (!kind) return -1;
  const s = doc.seg.sentences[v.sentence];
  const at = doc.text.slice(s.start, s.end).indexOf(v.trigger);
  const end = at < 0 ? s.start : s.start + at;
  const fit = new Set<number>();
  for (let mi = 0; mi < doc.mentions.length && doc.mentions[mi].start < end; mi++) {
    const e = doc.mentionEntity[mi];
    if (e < 0 || fit.has(e) || !mayArrest(doc, e)) continue;
    // (a ministry speaks for the state; its forces make the arrest)
    if (orgKindIsGovernment(doc, e)) continue;
    if (kind === 'any' || kindOf(doc, e) === kind) fit.add(e);
  }
  return fit.size === 1 ? [...fit][0] : -1;
}

/** a ministry or government office, not a force or agency */
const MINISTRY = /\b(?:Ministry|Minister|Government|Office|Cabinet|Presidency)\b/i;
const orgKindIsGovernment = (doc: Annotated, e: number): boolean =>
  doc.entities[e].surfaces.some((n) => MINISTRY.test(n));
