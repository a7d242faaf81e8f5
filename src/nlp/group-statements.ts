import type { Annotated } from './annotated.js';
import { orgKind } from './attributes.js';
import { unreal } from './defection.js';
import type { RelationDraft } from './relations.js';
import { children, dependents, headOf, lemmaOf, mentionAt, relIs, relOf, uposOf } from './syntax.js';

// Statements read on the parse: an armed group (or its spokesman or leader, by a tie read in
// the text) as the subject of a verb of saying or of taking a stance — "G denied that its men
// were involved", "G vowed revenge", "G announced it was disbanding", "Its spokesman, X,
// warned …", "The group rejected the charges". Only such groups and their spokesmen: what a
// ministry, a police force or an analyst says is reported speech, not a statement the graph
// keeps (unless a statement noun says so, which the trigger lexicon reads).

export interface StatementRead {
  /** offset of the verb */
  at: number;
  trigger: string;
  /** entity indices: the group, or the spokesman and his group */
  speakers: number[];
}

/** Verbs of saying and of taking a stance, by lemma. */
// ("said" alone is not among them: "G said the pair had been plotting strikes" reports what G
// found, and is a statement only with a statement noun or a channel, which the lexicon reads)
const STANCE_VERBS = new Set([
  'deny',
  'announce',
  'reject',
  'vow',
  'warn',
  'threaten',
  'confirm',
  'declare',
  'condemn',
  'accuse',
  'insist',
  'dismiss',
  'acknowledge',
  'admit',
  'urge',
]);
// "the group", "the militia": a group noun standing for the group named before
const GROUP_NOUN = /^(?:group|outfit|organi[sz]ation|movement|militia|faction|insurgency)$/;
const SPEAKER_TIES = new Set(['spokesperson_of', 'leader_of']);
// "denies any links with G": a tie denied, which the relation stage reads as a negated tie
const TIE_NOUN = /^(?:link|tie|connection|relation|relationship|affiliation|association|contact)$/;
// "broke away from its leader X, …": a name after a preposition is no subject, whatever the parse says
// "X, whose G rejected the accord": a relative clause describes X, it reports no word
const RELATIVE_BEFORE = /\b(?:whose|which|who)\s+$/i;
const AFTER_PREPOSITION =
  /\b(?:from|of|with|to|by|against|for|on|at|in|under)\s+(?:(?:its|his|her|their|the|a|an)\s+)?(?:[\w-]+\s+){0,2}$/i;

// the group's own outlets: "said through its Amaq outlet", "said on its Telegram channel"
const CHANNEL = /^(?:outlet|channel|website|site|account|page|mouthpiece|agency|platform|feed)$/;
const VIA = /^(?:through|thru|via|on|in)$/; // (the lemmatiser gives "thru")

/**
 * "G said through its Amaq outlet that …", "G said on its website …": a plain "said" is a
 * statement when the group's own channel carries it.
 */
function viaChannel(doc: Annotated, t: number): boolean {
  if (lemmaOf(doc, t) !== 'say') return false;
  return dependents(doc, t, 'obl').some(
    (k) =>
      CHANNEL.test(lemmaOf(doc, k)) &&
      children(doc, k).some((c) => relIs(relOf(doc, c), 'case') && VIA.test(lemmaOf(doc, c))) &&
      children(doc, k).some((c) =>
        /^(?:its|their)$/i.test(doc.text.slice(doc.seg.tokens.start[c], doc.seg.tokens.end[c])),
      ),
  );
}

/**
 * "G said it would hand the town back", "Its spokesman, X, said the fighters will avenge Y": a
 * plain "said" whose reported clause tells what will be (a "will"/"would" of its own) announces,
 * vows or threatens — a statement; "G said the pair had been plotting" only reports.
 */
function saysWhatWillBe(doc: Annotated, t: number): boolean {
  if (lemmaOf(doc, t) !== 'say') return false;
  return dependents(doc, t, 'ccomp').some((c) =>
    dependents(doc, c, 'aux').some((a) =>
      /^(?:will|would)$/i.test(doc.text.slice(doc.seg.tokens.start[a], doc.seg.tokens.end[a])),
    ),
  );
}

/** A militant group by the kind the attributes stage gives it (a state's forces are not). */
function isMilitantGroup(doc: Annotated, e: number): boolean {
  const x = doc.entities[e];
  if (x?.type !== 'organization') return false;
  const kind = orgKind(x.surfaces, x.kind) ?? '';
  return /militant|armed group|insurg|terror|rebel|separatist|guerrilla|jihadi/i.test(kind);
}

/**
 * "Kenya denied the report", "The rights group denied any link with G": a denial told
 * in the past is a word said on one occasion, whoever said it (and a tie it denies is still
 * a statement); "denies" in the present is a standing position, kept only for armed groups.
 */
function pastDenial(doc: Annotated, t: number): boolean {
  return (
    lemmaOf(doc, t) === 'deny' && /ed$/i.test(doc.text.slice(doc.seg.tokens.start[t], doc.seg.tokens.end[t]))
  );
}

/** The named body, state or person a past denial is told of (none for an unnamed subject). */
function denierOf(doc: Annotated, mi: number): number[] {
  if (mi < 0) return [];
  const e = doc.mentionEntity[mi];
  const type = doc.entities[e]?.type;
  return type === 'organization' || type === 'person' || type === 'place' ? [e] : [];
}

export function groupStatementsIn(
  doc: Annotated,
  si: number,
  usable: (mi: number) => boolean,
  relations: RelationDraft[],
  lastGroup: (before: number) => number,
  inQuote: (off: number) => boolean,
): StatementRead[] {
  if (!doc.syntax) return [];
  const sent = doc.seg.sentences[si];
  const { start, end } = doc.seg.tokens;
  const ent = (mi: number) => doc.mentionEntity[mi];
  const mentionOf = (t: number) => {
    const mi = mentionAt(doc, t);
    return mi >= 0 && ent(mi) >= 0 && usable(mi) ? mi : -1;
  };
  // a person speaks for the militant group he is tied to as its spokesman or leader
  const groupOfSpeaker = (p: number) =>
    relations.find(
      (r) => !r.negated && SPEAKER_TIES.has(r.type) && r.subject === p && isMilitantGroup(doc, r.object),
    )?.object ?? -1;
  const speakersOf = (t: number): number[] => {
    const mi = mentionOf(t);
    if (mi >= 0) {
      const m = doc.mentions[mi];
      const before = doc.text.slice(Math.max(sent.start, m.start - 40), m.start);
      if (AFTER_PREPOSITION.test(before) || RELATIVE_BEFORE.test(before)) return [];
      const e = ent(mi);
      if (isMilitantGroup(doc, e)) return [e];
      if (doc.entities[e].type === 'person') {
        const g = groupOfSpeaker(e);
        return g >= 0 ? [e, g] : [];
      }
      return [];
    }
    if (uposOf(doc, t) !== 'NOUN') return [];
    // "Its spokesman, X, said": the name the parse hangs on the noun
    for (const k of dependents(doc, t, 'appos')) {
      const found = speakersOf(k);
      if (found.length) return found;
    }
    // "The group denied …": the group named before, when it is an armed group
    if (GROUP_NOUN.test(lemmaOf(doc, t)) && children(doc, t).some((k) => lemmaOf(doc, k) === 'the')) {
      const g = lastGroup(start[t]);
      if (g >= 0 && isMilitantGroup(doc, g)) return [g];
    }
    return [];
  };
  const out: StatementRead[] = [];
  for (let t = sent.tFirst; t < sent.tLast; t++) {
    if (
      !(STANCE_VERBS.has(lemmaOf(doc, t)) || viaChannel(doc, t) || saysWhatWillBe(doc, t)) ||
      uposOf(doc, t) !== 'VERB'
    )
      continue;
    if (inQuote(start[t])) continue;
    const rel = relOf(doc, t);
    // "the announced plan", "a group said to be behind it": no act of saying
    // "a group whose leaders rejected the accord": a relative clause describes the group, it reports no word
    if (relIs(rel, 'amod') || relIs(rel, 'acl') || rel === 'acl:relcl' || relIs(rel, 'xcomp')) continue;
    if (unreal(doc, t)) continue;
    const kids = children(doc, t);
    if (kids.some((k) => relIs(relOf(doc, k), 'nsubj:pass') || relIs(relOf(doc, k), 'aux:pass'))) continue;
    let subj = kids.find((k) => relIs(relOf(doc, k), 'nsubj') && !relIs(relOf(doc, k), 'nsubj:pass'));
    // "G claimed the attack and vowed more": the subject of the verb it is joined to
    if (subj === undefined && relIs(rel, 'conj'))
      subj = children(doc, headOf(doc, t)).find(
        (k) => relIs(relOf(doc, k), 'nsubj') && !relIs(relOf(doc, k), 'nsubj:pass'),
      );
    if (subj === undefined) continue;
    const denial = pastDenial(doc, t);
    if (!denial && kids.some((k) => relIs(relOf(doc, k), 'obj') && TIE_NOUN.test(lemmaOf(doc, k)))) continue;
    let speakers = speakersOf(subj);
    if (!speakers.length && denial) speakers = denierOf(doc, mentionOf(subj));
    if (!speakers.length) continue;
    out.push({ at: start[t], trigger: doc.text.slice(start[t], end[t]), speakers });
  }
  return out;
}
