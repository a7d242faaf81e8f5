/**
 * The doer of an act that a later clause ascribes it to (doers32): an attack or killing told with
 * no doer takes the organisation the next sentence or two put it on by a verb of suspicion or
 * ascription, read on the parse:
 *
 * - believe, think, suspect in the passive with the act's people or the act as subject: "The
 *   raiders are believed to be fighters of G", "The blast is thought to have been set off by G";
 *   or with G as subject and the act after "of": "G is suspected of staging the raid";
 * - the same verbs in the active with a clause: "Police believe G carried out the shooting",
 *   "Officials think the raiders were fighters of G";
 * - accuse (either voice) with G as object and the act after "of": "accused G of mounting the ambush";
 * - link, attribute, blame, pin with the act as object (or passive subject) and G after "to"/"on":
 *   "The army linked the raid to G".
 *
 * Hedges and denials give nobody (`hedgedDoer` of event-modality.ts, the test events.ts uses for a
 * doer named by a verb of doing): a negated cue or one under a negated verb or a verb of denying
 * or doubting ("did not say whether they suspect G"), a cue clause marked "whether"/"if", and
 * anything short of a cue ("no group has claimed the attack, but G is active in the area").
 * The cue must be within two sentences of the act (same or next paragraph, 600 characters) and no
 * other attack or killing may be told between; a sentence set apart ("Separately, …") names nobody.
 */

import type { Annotated } from './annotated.js';
import { hedgedDoer } from './event-modality.js';
import type { EventDraft } from './events.js';
import { children, headOf, lemmaOf, orgAt, relIs, relOf, subtreeSpan, uposOf } from './syntax.js';

// a cheap test on the sentence before the parse is read
const CUE_WORD = /\b(?:believ|thought|think|suspect|accus|link|attribut|blam|pinn?ed\b|pins?\b)/i;
// the verbs of suspicion, accusation and ascription, by lemma
const SUSPECT = new Set(['believe', 'think', 'suspect']);
const ASCRIBE: Record<string, string> = { link: 'to', attribute: 'to', blame: 'on', pin: 'on' };
// the verbs of doing an act told again ("carried out the shooting")
const DOING = new Set([
  'carry',
  'stage',
  'mount',
  'launch',
  'perpetrate',
  'orchestrate',
  'conduct',
  'execute',
  'commit',
]);
const DOING_WORD =
  /^(?:carr(?:y|ied|ying)|stag(?:e|ed|ing)|mount(?:ed|ing)?|launch(?:ed|ing)?|perpetrat(?:e|ed|ing)|orchestrat(?:e|ed|ing)|conduct(?:ed|ing)?)$/i;
// act nouns an attack or killing is told again by
const ACT_NOUN = new Set([
  'attack',
  'assault',
  'ambush',
  'raid',
  'bombing',
  'blast',
  'explosion',
  'strike',
  'shooting',
  'killing',
  'massacre',
  'murder',
  'incident',
  'onslaught',
]);
// the unnamed people who did it
const DOERS = new Set([
  'gunman',
  'gunmen',
  'attacker',
  'assailant',
  'raider',
  'militant',
  'fighter',
  'insurgent',
  'bomber',
  'man',
  'men',
  'suspect',
  'perpetrator',
  'culprit',
  'killer',
  'kidnapper',
  'member',
  'they',
]);
// a sentence that tells another incident
const SET_APART = /^\s*(?:separately|elsewhere|meanwhile|in\s+(?:a\s+)?(?:separate|another|other)\b)/i;

const word = (doc: Annotated, t: number) => doc.text.slice(doc.seg.tokens.start[t], doc.seg.tokens.end[t]);
const isAct = (doc: Annotated, t: number) =>
  t >= 0 &&
  ((uposOf(doc, t) === 'NOUN' && ACT_NOUN.has(lemmaOf(doc, t))) || /^(?:it|this)$/i.test(word(doc, t)));
const isDoers = (doc: Annotated, t: number) =>
  t >= 0 && (DOERS.has(lemmaOf(doc, t)) || DOERS.has(word(doc, t).toLowerCase()));

/** The act told again by a verb of doing ("carrying out the raid") or an act noun. */
function doneAct(doc: Annotated, t: number): boolean {
  if (isAct(doc, t)) return true;
  // (the lemmatiser leaves some -ing forms as they are: "staging")
  if (uposOf(doc, t) !== 'VERB' || !(DOING.has(lemmaOf(doc, t)) || DOING_WORD.test(word(doc, t))))
    return false;
  return children(doc, t).some((k) => relIs(relOf(doc, k), 'obj') && isAct(doc, k));
}

/** An act noun of a sentence that tells one told before: "the raid", "that bombing". */
function toldAgain(doc: Annotated, v: EventDraft, from: number): boolean {
  const at = doc.text.indexOf(v.trigger, from);
  return (
    at > from &&
    /\b(?:the|this|that|both)\s+(?:[\w-]+\s+)?$/i.test(doc.text.slice(Math.max(from, at - 30), at))
  );
}

/** The "of …" complement of a verb ("suspected of staging the raid") tells the act. */
function ofTheAct(doc: Annotated, v: number): boolean {
  return children(doc, v).some(
    (k) =>
      (relIs(relOf(doc, k), 'obl') || relIs(relOf(doc, k), 'advcl')) &&
      children(doc, k).some((c) => lemmaOf(doc, c) === 'of') &&
      doneAct(doc, k),
  );
}

/** The first organisation in a token's subtree, not inside a relative clause or an aside. */
function orgBelow(doc: Annotated, t: number): number {
  const span = subtreeSpan(doc, t);
  for (let k = span.tFirst; k < span.tLast; k++) {
    const e = orgAt(doc, k);
    if (e < 0) continue;
    let ok = true;
    for (let h = k; h >= 0 && h !== t; h = headOf(doc, h)) {
      const r = relOf(doc, h);
      if (relIs(r, 'acl') || relIs(r, 'appos') || relIs(r, 'parataxis') || relIs(r, 'conj')) ok = false;
    }
    if (ok) return e;
  }
  return -1;
}

/** The organisation a cue token puts the act on, or -1. */
function cuedDoer(doc: Annotated, t: number): number {
  const lemma = lemmaOf(doc, t);
  const kids = children(doc, t);
  const subj = kids.find((k) => relIs(relOf(doc, k), 'nsubj'));
  const passive = kids.some((k) => relOf(doc, k) === 'aux:pass' || relOf(doc, k) === 'nsubj:pass');
  if (SUSPECT.has(lemma)) {
    if (passive) {
      // "G is suspected of staging the raid"
      const g = subj === undefined ? -1 : orgAt(doc, subj);
      if (g >= 0) return ofTheAct(doc, t) ? g : -1;
      // "the raiders are believed to be fighters of G", "the blast is thought to have been set off by G"
      if (subj === undefined || !(isDoers(doc, subj) || isAct(doc, subj))) return -1;
      // (the parse may label "to be fighters of G" obl or ccomp: its "to" marks it)
      const x = kids.find(
        (k) =>
          relIs(relOf(doc, k), 'xcomp') ||
          ((relIs(relOf(doc, k), 'obl') || relIs(relOf(doc, k), 'ccomp')) &&
            children(doc, k).some((c) => relIs(relOf(doc, c), 'mark') && lemmaOf(doc, c) === 'to')),
      );
      return x === undefined ? -1 : orgBelow(doc, x);
    }
    // "Officials suspect G of mounting the ambush"
    const obj = kids.find((k) => relIs(relOf(doc, k), 'obj'));
    if (obj !== undefined) {
      const g = orgAt(doc, obj);
      return g >= 0 && ofTheAct(doc, t) ? g : -1;
    }
    // "Police believe G carried out the shooting", "officials think the raiders were fighters of G"
    const c = kids.find((k) => relIs(relOf(doc, k), 'ccomp'));
    if (c === undefined) return -1;
    const cs = children(doc, c).find((k) => relIs(relOf(doc, k), 'nsubj'));
    if (cs === undefined) return -1;
    const g = orgAt(doc, cs);
    if (g >= 0)
      return doneAct(doc, c) || lemmaOf(doc, c) === 'behind' || lemmaOf(doc, c) === 'responsible' ? g : -1;
    return isDoers(doc, cs) && uposOf(doc, c) === 'NOUN' && isDoers(doc, c) ? orgBelow(doc, c) : -1;
  }
  if (lemma === 'accuse') {
    // "accused G of mounting the ambush", "G was accused of the bombing"
    const who = passive ? subj : kids.find((k) => relIs(relOf(doc, k), 'obj'));
    const g = who === undefined ? -1 : orgAt(doc, who);
    return g >= 0 && ofTheAct(doc, t) ? g : -1;
  }
  const prep = ASCRIBE[lemma];
  if (prep) {
    // "the army linked the raid to G", "the raid was linked to G"
    const act = passive ? subj : kids.find((k) => relIs(relOf(doc, k), 'obj'));
    if (act === undefined || !isAct(doc, act)) return -1;
    // (the parse may hang "to G" on the act noun)
    for (const k of [...kids, ...children(doc, act)]) {
      if (!relIs(relOf(doc, k), 'obl') && !relIs(relOf(doc, k), 'nmod')) continue;
      const g = orgAt(doc, k);
      if (g >= 0 && children(doc, k).some((c) => lemmaOf(doc, c) === prep)) return g;
    }
  }
  return -1;
}

/** Gives the attacks and killings told with no doer the organisation a later cue ascribes them to. */
export function doersByCue(doc: Annotated, events: EventDraft[]): void {
  if (!doc.syntax) return;
  const { sentences } = doc.seg;
  const acts = events.filter((v) => v.type === 'attack' || v.type === 'killing');
  const bySentence = new Map<number, EventDraft[]>();
  for (const v of acts) bySentence.set(v.sentence, [...(bySentence.get(v.sentence) ?? []), v]);
  for (const [si, own] of bySentence) {
    const open = own.filter((v) => !v.participants.some((p) => p.role === 'agent'));
    if (!open.length) continue;
    const s = sentences[si];
    const firstAct = Math.min(...open.map((v) => Math.max(0, doc.text.indexOf(v.trigger, s.start))));
    for (let k = si; k <= si + 2 && k < sentences.length; k++) {
      const sk = sentences[k];
      if (k > si && (sk.start - s.end > 600 || sk.paragraph - s.paragraph > 1)) break;
      // (another act told there ends the search; "the shooting" told again does not)
      if (k > si && bySentence.get(k)?.some((v) => !toldAgain(doc, v, sk.start))) break;
      const sText = doc.text.slice(sk.start, sk.end);
      if (k > si && SET_APART.test(sText)) break;
      if (!CUE_WORD.test(sText)) continue;
      let g = -1;
      for (let t = sk.tFirst; t < sk.tLast && g < 0; t++) {
        if (doc.seg.tokens.start[t] < firstAct || uposOf(doc, t) !== 'VERB') continue;
        const lemma = lemmaOf(doc, t);
        if (!SUSPECT.has(lemma) && lemma !== 'accuse' && !ASCRIBE[lemma]) continue;
        const e = cuedDoer(doc, t);
        if (e >= 0 && !hedgedDoer(doc, t, true)) g = e;
      }
      if (g < 0) continue;
      for (const v of open) {
        if (v.participants.some((p) => p.entity === g && p.role === 'patient')) continue;
        v.participants.unshift({ role: 'agent', entity: g });
      }
      break;
    }
  }
}
