/**
 * Doers named in the next sentence (events4). A lead often tells an attack or a killing by
 * unnamed doers ("an attack by jihadists", "gunmen stormed …", "a suicide bomber blew himself
 * up …") and names their group in the sentence after it, as the doers' own group:
 *
 * - "Fighters of G arrived in trucks …", "G militants had surrounded the post …": people of G,
 *   the subject of the next sentence's clause;
 * - "G said (in a statement) that one of its fighters / its fighters had …": a group telling the
 *   act of its own people.
 *
 * The act then has G for its agent. Only an act with no agent at all, whose own doer (by the
 * parse) is a noun for armed people with no name in it, takes one; the next sentence must name
 * one armed organisation so (a security force never stands for "militants", "gunmen"), must not
 * tell an act of its own by G, and must not be set apart from the lead ("Separately, …").
 *
 * Forces the same way: "Security forces killed nine rebels …" then, in one of the next two
 * sentences, "Personnel of F and G took part in the operation", "commandos from F and G
 * surrounded the camp": the security forces (or bodies of no known kind) named there are the
 * agents, all of them.
 *
 * And in its own sentence: "officials attributed the ambush to G", "the governor blamed the
 * bombing on G" make G the doer ("was blamed on G" is read by the trigger stage).
 */

import type { Annotated } from './annotated.js';
import { orgKind } from './attributes.js';
import { forceSaying } from './event-force-speaker.js';
import { tiedQualifier } from './event-modality.js';
import type { EventDraft } from './events.js';
import { execAll } from './exec-all.js';
import { speechLemma } from './speech.js';
import {
  children,
  headOf,
  lemmaOf,
  mentionAt,
  mentionHead,
  relIs,
  relOf,
  subtreeSpan,
  uposOf,
} from './syntax.js';

// the words a report uses for armed people it does not (yet) name
const ARMED_PEOPLE =
  /^(?:gunm[ae]n|fighters?|militants?|jihadists?|insurgents?|assailants?|attackers?|rebels?|raiders?|extremists?|terrorists?|(?:suicide\s+)?bombers?)$/i;
// the words a report uses for a state's armed people
const FORCE_PEOPLE =
  /^(?:troops?|soldiers?|forces?|commandos?|police|policemen|officers?|personnel|gendarmes?|marines?|paratroopers?|units?|teams?)$/i;
// a sentence that tells another incident than the one before it
const SET_APART = /^\s*(?:separately|elsewhere|meanwhile|in\s+(?:a\s+)?(?:separate|another|other)\b)/i;

const word = (doc: Annotated, t: number) => doc.text.slice(doc.seg.tokens.start[t], doc.seg.tokens.end[t]);

/** The token of an event trigger's first (or last) word in its sentence, or -1. */
function triggerToken(doc: Annotated, v: EventDraft, last: boolean): number {
  const sent = doc.seg.sentences[v.sentence];
  const words = v.trigger.split(/\s+/);
  const w = (last ? words.at(-1) : words[0])?.toLowerCase();
  if (!w) return -1;
  for (let t = sent.tFirst; t < sent.tLast; t++) if (word(doc, t).toLowerCase() === w) return t;
  return -1;
}

/**
 * The doer of the act at `t` by the parse: a verb's subject (or that of the verb it is joined to
 * by "and", or that it tells the manner of: "blew himself up …, killing six"); a noun's "by X",
 * or, for a noun the act is done in ("killing six in an attack"), its verb's doer.
 */
function doerOf(doc: Annotated, t: number, hops = 0): number {
  if (t < 0 || hops > 3) return -1;
  if (uposOf(doc, t) === 'VERB') {
    const s = children(doc, t).find((k) => relIs(relOf(doc, k), 'nsubj') && relOf(doc, k) !== 'nsubj:pass');
    if (s !== undefined) return s;
    const r = relOf(doc, t);
    // "Insurgents linked to G stormed …", which the parser may read as "linked … to storm": the
    // noun the participle hangs on
    if (r === 'xcomp') {
      const h = headOf(doc, t);
      return h >= 0 && relOf(doc, h) === 'acl' && uposOf(doc, headOf(doc, h)) === 'NOUN'
        ? headOf(doc, h)
        : -1;
    }
    return r === 'conj' || relIs(r, 'advcl') ? doerOf(doc, headOf(doc, t), hops + 1) : -1;
  }
  if (uposOf(doc, t) !== 'NOUN') return -1;
  for (const k of children(doc, t))
    if (
      (relIs(relOf(doc, k), 'nmod') || relIs(relOf(doc, k), 'obl')) &&
      children(doc, k).some((c) => relOf(doc, c) === 'case' && lemmaOf(doc, c) === 'by')
    )
      return k;
  const h = headOf(doc, t);
  return relIs(relOf(doc, t), 'obl') && h >= 0 && uposOf(doc, h) === 'VERB' ? doerOf(doc, h, hops + 1) : -1;
}

/** Whether a token is a noun for armed people with no name inside its own words ("jihadists", "a suicide bomber"). */
function unnamedArmed(doc: Annotated, d: number): boolean {
  if (d < 0) return false;
  const tStart = doc.seg.tokens.start[d];
  // "suicide bomber": the compound is part of the noun
  const prev = d - 1;
  const two = prev >= 0 && relOf(doc, prev) === 'compound' ? `${word(doc, prev)} ${word(doc, d)}` : '';
  if (!ARMED_PEOPLE.test(word(doc, d)) && !(two && ARMED_PEOPLE.test(two))) return false;
  const span = subtreeSpan(doc, d);
  // (the noun's own words, up to itself: "jihadists on the town of X" names the target, not them)
  const stop = doc.seg.tokens.end[d];
  if (/\b(?:its|their|his|her)\b/i.test(doc.text.slice(span.start, stop))) return false;
  return !doc.mentions.some((m) => m.start < stop && m.end > Math.min(span.start, tStart));
}

/** An organisation that may stand for armed people: a militant group, or one of no known kind. */
function armedGroup(doc: Annotated, e: number): boolean {
  const x = e >= 0 ? doc.entities[e] : undefined;
  if (x?.type !== 'organization') return false;
  const kind = orgKind(x.surfaces, x.kind) ?? '';
  return !kind || /militant|armed/i.test(kind);
}

/** The armed group the sentence names as the doers' own people, or -1 (none, or two). */
function doersGroupIn(doc: Annotated, si: number): number {
  const s = doc.seg.sentences[si];
  const text = doc.text;
  if (SET_APART.test(text.slice(s.start, s.end))) return -1;
  const found = new Set<number>();
  const ms: number[] = [];
  for (let mi = 0; mi < doc.mentions.length; mi++) {
    const m = doc.mentions[mi];
    if (m.start >= s.start && m.end <= s.end && armedGroup(doc, doc.mentionEntity[mi])) ms.push(mi);
  }
  if (!ms.length) return -1;
  for (let t = s.tFirst; t < s.tLast; t++) {
    const w = word(doc, t);
    if (!ARMED_PEOPLE.test(w)) continue;
    const at = doc.seg.tokens.start[t];
    const end = doc.seg.tokens.end[t];
    for (const mi of ms) {
      const m = doc.mentions[mi];
      // "Fighters of G", "gunmen from G": the people of G, as the clause's subject
      const ofG = m.start > end && /^\s+(?:of|from)\s+(?:the\s+)?$/i.test(text.slice(end, m.start));
      // "G militants", "G's fighters"
      const gs = m.end <= at && /^(?:['’]s)?\s+$/.test(text.slice(m.end, at));
      if ((ofG || gs) && subjectPeople(doc, t)) found.add(doc.mentionEntity[mi]);
    }
    // "G said … (one of) its fighters had …": the group that tells its own people's act
    if (/\bits\s+$/i.test(text.slice(Math.max(s.start, at - 6), at))) {
      const g = speakingGroup(doc, si, ms, at);
      if (g >= 0) found.add(g);
    }
  }
  return found.size === 1 ? [...found][0] : -1;
}

/** Whether the people noun (or "one of" them) is a clause's subject: they did something. */
function subjectPeople(doc: Annotated, t: number): boolean {
  const r = relOf(doc, t);
  if (relIs(r, 'nsubj') && r !== 'nsubj:pass') return true;
  // "one of its fighters", "some of the gunmen": the counted head is the subject
  const h = headOf(doc, t);
  return h >= 0 && relIs(r, 'nmod') && relIs(relOf(doc, h), 'nsubj') && relOf(doc, h) !== 'nsubj:pass';
}

/** The armed group named before a verb of saying that precedes `before` in the sentence, or -1. */
function speakingGroup(doc: Annotated, si: number, ms: number[], before: number): number {
  const s = doc.seg.sentences[si];
  for (let t = s.tFirst; t < s.tLast && doc.seg.tokens.start[t] < before; t++) {
    if (uposOf(doc, t) !== 'VERB' || !speechLemma(word(doc, t).toLowerCase())) continue;
    const at = doc.seg.tokens.start[t];
    // the first armed group of the sentence, before the verb (its subject), not one that only
    // qualifies it ("the Al-Qaeda-linked group X said")
    const g = ms.find(
      (mi) =>
        doc.mentions[mi].end <= at && !tiedQualifier(doc.text, doc.mentions[mi].start, doc.mentions[mi].end),
    );
    return g === undefined ? -1 : doc.mentionEntity[g];
  }
  return -1;
}

/** Whether a token is a noun for a state's armed people with no name in it ("security forces", "troops"). */
function unnamedForce(doc: Annotated, d: number): boolean {
  if (d < 0 || !FORCE_PEOPLE.test(word(doc, d))) return false;
  // the noun's own words before it ("Indian security forces"), not a dateline the parse hung on it
  let a = d;
  while (a > 0 && headOf(doc, a - 1) >= a - 1 && headOf(doc, a - 1) <= d) a--;
  const from = doc.seg.tokens.start[a];
  const stop = doc.seg.tokens.end[d];
  if (/\b(?:its|their|his|her)\b/i.test(doc.text.slice(from, stop))) return false;
  return !doc.mentions.some((m, mi) => m.start < stop && m.end > from && doc.mentionEntity[mi] >= 0);
}

/** A force of the state, or a body of no known kind, that may stand for "troops", "security forces". */
function forceBody(doc: Annotated, e: number): boolean {
  const x = e >= 0 ? doc.entities[e] : undefined;
  if (x?.type !== 'organization') return false;
  const kind = orgKind(x.surfaces, x.kind) ?? '';
  return !kind || kind === 'security agency';
}

/**
 * The forces a sentence names as the subject's people: "Personnel of F and G took part …",
 * "commandos from F and the H unit G surrounded …" (a name before "'s" only says whose unit).
 */
function forcesIn(doc: Annotated, si: number): number[] {
  const s = doc.seg.sentences[si];
  const text = doc.text;
  if (SET_APART.test(text.slice(s.start, s.end))) return [];
  const found: number[] = [];
  for (let t = s.tFirst; t < s.tLast && !found.length; t++) {
    if (!FORCE_PEOPLE.test(word(doc, t)) || !subjectPeople(doc, t)) continue;
    const end = doc.seg.tokens.end[t];
    const span = subtreeSpan(doc, t);
    if (!/^\s+(?:of|from)\s/i.test(text.slice(end, end + 6))) continue;
    for (let mi = 0; mi < doc.mentions.length; mi++) {
      const m = doc.mentions[mi];
      if (m.start <= end || m.end > span.end || /^['’]s\b/.test(text.slice(m.end, m.end + 2))) continue;
      const e = doc.mentionEntity[mi];
      if (forceBody(doc, e) && !found.includes(e)) found.push(e);
    }
  }
  return found;
}

/**
 * "Troops killed a rebel commander near X on Friday, the Central African Armed Forces said": a
 * state's force that reports, in the act's own sentence and after it, what unnamed troops did
 * is the force whose troops they were; -1 when no security force reports it so.
 */
function forceReporting(doc: Annotated, si: number, doer: number, unknownKind = false): number {
  const s = doc.seg.sentences[si];
  for (let t = doer + 1; t < s.tLast; t++) {
    if (uposOf(doc, t) !== 'VERB' || !speechLemma(word(doc, t).toLowerCase())) continue;
    // (a parse may give the verb two subjects, "Hours after the attack, … , the F said": the named one)
    const subj = children(doc, t).findLast((k) => relOf(doc, k) === 'nsubj' && mentionAt(doc, k) >= 0);
    let mi = subj === undefined ? -1 : mentionAt(doc, subj);
    // (the parse may hang ", the F (ABC) said" on the words before it: the name right before the verb)
    if (mi < 0) mi = reporterBefore(doc, s.start, doc.seg.tokens.start[t]);
    if (forceThatReports(doc, mi, unknownKind)) return doc.mentionEntity[mi];
    // ("the health ministry and the military said": a force among the subjects joined by "and")
    if (unknownKind)
      for (const k of children(doc, t)) {
        if (relOf(doc, k) !== 'nsubj') continue;
        for (const c of children(doc, k)) {
          const cm = relOf(doc, c) === 'conj' ? mentionAt(doc, c) : -1;
          if (cm >= 0 && forceThatReports(doc, cm, true)) return doc.mentionEntity[cm];
        }
      }
  }
  return -1;
}

/** Whether mention `mi` names a security force (with `unknownKind`, also a military body or a body of no known kind). */
function forceThatReports(doc: Annotated, mi: number, unknownKind: boolean): boolean {
  const e = mi >= 0 ? doc.mentionEntity[mi] : -1;
  const x = e >= 0 ? doc.entities[e] : undefined;
  if (x?.type !== 'organization') return false;
  if (orgKind(x.surfaces, x.kind) === 'security agency') return true;
  return unknownKind && (forceBody(doc, e) || x.surfaces.some((n) => MILITARY_BODY.test(n)));
}

// a state's military body a gazetteer may class with the government: "Central Command", "Africa
// Command", "the Pentagon", "the Defence Ministry", "Inter-Services Public Relations" (the
// Pakistani military's media wing)
const MILITARY_BODY =
  /\b(?:command|pentagon|defen[cs]e|military|armed forces|army|inter-services|general staff)\b/i;
// a state's armed people and machines a nation's adjective may name ("Israeli jets", "Turkish troops")
// (a gazetteer may class a state's army with its government: "Israel Defense Forces")
const ARMED_BODY = /\b(?:armed forces|defen[cs]e forces?|army|military|navy|air force)\b/i;
const NATION_ARMS =
  /^(?:troops?|soldiers?|forces|army|military|jets?|warplanes?|aircraft|drones?|navy|commandos?|gunships?)$/i;

/**
 * "Israeli jets struck …", "Turkish troops raided …": the one security force the text names
 * whose name starts with the nation the adjective before the doers names ("Israel Defense
 * Forces", "Turkish Armed Forces"); -1 for none, or for two.
 */
function nationalForce(doc: Annotated, d: number): number {
  if (d < 0 || !NATION_ARMS.test(word(doc, d))) return -1;
  const adj = children(doc, d).find(
    (k) =>
      k < d &&
      (relOf(doc, k) === 'amod' || relOf(doc, k) === 'compound') &&
      /^\p{Lu}\p{Ll}+$/u.test(word(doc, k)),
  );
  if (adj === undefined) return -1;
  // (a name there may only be the nation's: "Israeli" read as Israel)
  const am = mentionAt(doc, adj);
  if (am >= 0 && doc.mentionEntity[am] >= 0 && doc.entities[doc.mentionEntity[am]].type !== 'place')
    return -1;
  // "Israeli" → "israel", "Ethiopian" → "ethiop", "Turkish" → "turk"
  const stem = word(doc, adj)
    .toLowerCase()
    .replace(/(?:ian|ean|an|i|ish|ese)$/, '');
  if (stem.length < 4) return -1;
  let found = -1;
  for (let e = 0; e < doc.entities.length; e++) {
    const x = doc.entities[e];
    if (
      x.type !== 'organization' ||
      (orgKind(x.surfaces, x.kind) !== 'security agency' && !x.surfaces.some((n) => ARMED_BODY.test(n)))
    )
      continue;
    if (!x.surfaces.some((n) => n.toLowerCase().startsWith(stem))) continue;
    if (found >= 0) return -1;
    found = e;
  }
  return found;
}

/**
 * "U.S. forces", "Pakistani troops", "American jets": a state's armed people or machines the
 * nation's name or adjective qualifies, and nothing else named in the noun's own words.
 */
function nationsArms(doc: Annotated, d: number): boolean {
  if (d < 0 || !NATION_ARMS.test(word(doc, d))) return false;
  let a = d;
  while (a > 0 && headOf(doc, a - 1) >= a - 1 && headOf(doc, a - 1) <= d) a--;
  if (a === d) return false;
  const from = doc.seg.tokens.start[a];
  const stop = doc.seg.tokens.end[d];
  if (/\b(?:its|their|his|her)\b/i.test(doc.text.slice(from, stop))) return false;
  let nation = false;
  for (let mi = 0; mi < doc.mentions.length; mi++) {
    const m = doc.mentions[mi];
    if (m.start >= stop || m.end <= from || doc.mentionEntity[mi] < 0) continue;
    const x = doc.entities[doc.mentionEntity[mi]];
    if (x.type !== 'place' || x.kind !== 'country') return false;
    nation = true;
  }
  // (an adjective of a nation the gazetteer does not name: "Pakistani", "American")
  for (let t = a; t < d && !nation; t++)
    nation =
      (relOf(doc, t) === 'amod' || relOf(doc, t) === 'compound') &&
      /^\p{Lu}\p{Ll}+(?:i|n|ese|ish)$/u.test(word(doc, t));
  return nation;
}

/** The mention set after a comma right before a verb at `at` (", the F (ABC) said"), or -1. */
function reporterBefore(doc: Annotated, from: number, at: number): number {
  for (let mi = 0; mi < doc.mentions.length; mi++) {
    const m = doc.mentions[mi];
    if (m.end > at || m.start < from) continue;
    if (
      /^\s*(?:\([^()]{1,15}\)\s*)?$/.test(doc.text.slice(m.end, at)) &&
      /,\s*(?:the\s+)?$/i.test(doc.text.slice(Math.max(from, m.start - 8), m.start))
    )
      return mi;
  }
  return -1;
}

// "attributed the ambush to G", "blamed the bombing on G": the verb and the preposition of the doer
const ASCRIBE: Record<string, string> = { attribute: 'to', blame: 'on' };

/**
 * The organisation an act noun is ascribed to by the verb it is the object of: "officials
 * attributed the ambush near X to G", "the governor blamed the bombing of a bus on G" (the
 * parse may hang "to G" or "on G" on any word after the noun); -1 for none.
 */
function ascribedTo(doc: Annotated, t: number): number {
  if (t < 0 || uposOf(doc, t) !== 'NOUN' || !relIs(relOf(doc, t), 'obj')) return -1;
  const verb = headOf(doc, t);
  const prep = verb >= 0 ? ASCRIBE[lemmaOf(doc, verb)] : undefined;
  if (!prep) return -1;
  const span = subtreeSpan(doc, verb);
  const after = doc.seg.tokens.end[t];
  for (let mi = 0; mi < doc.mentions.length; mi++) {
    const m = doc.mentions[mi];
    if (m.start < after || m.end > span.end) continue;
    const e = doc.mentionEntity[mi];
    if (e < 0 || doc.entities[e].type !== 'organization') continue;
    const h = mentionHead(doc, mi);
    if (children(doc, h).some((k) => relOf(doc, k) === 'case' && lemmaOf(doc, k) === prep)) return e;
  }
  return -1;
}

// act nouns that can be a killing's subject: "a drone strike killed …", "the raid killed …"
const ACT_SUBJECT =
  /^(?:strikes?|airstrikes?|air\s+strikes?|raids?|bombings?|attacks?|ambush(?:es)?|shelling)$/i;
// "… said it had carried out the strike", "… said its forces had conducted a raid"
const OWNS_ACT =
  /^[^.;]{0,80}?\b(?:it|they|its\s+(?:forces|troops|aircraft|jets|drones|fighters))\s+(?:had\s+)?(?:carried\s+out|conducted|launched|executed|staged)\b/i;

/**
 * "A drone strike on a car killed a commander of G …" then "Central Command said it had carried
 * out the strike": the organisation that says it carried out (conducted, launched) the act that
 * killed, as the subject of a later sentence's verb of saying, is the killer; -1 for none.
 */
function ownerOfAct(doc: Annotated, d: number, si: number): number {
  if (d < 0 || uposOf(doc, d) !== 'NOUN' || !ACT_SUBJECT.test(word(doc, d))) return -1;
  // the act's own words name no organisation ("a US drone strike" may name a country)
  const span = subtreeSpan(doc, d);
  for (let mi = 0; mi < doc.mentions.length; mi++) {
    const m = doc.mentions[mi];
    const e = doc.mentionEntity[mi];
    if (m.start >= span.start && m.end <= doc.seg.tokens.end[d] && e >= 0 && doc.entities[e].type !== 'place')
      return -1;
  }
  const s = doc.seg.sentences[si];
  if (SET_APART.test(doc.text.slice(s.start, s.end))) return -1;
  for (let t = s.tFirst; t < s.tLast; t++) {
    if (uposOf(doc, t) !== 'VERB' || !speechLemma(word(doc, t).toLowerCase())) continue;
    if (!OWNS_ACT.test(doc.text.slice(doc.seg.tokens.end[t], s.end))) return -1;
    const subj = children(doc, t).find((k) => relOf(doc, k) === 'nsubj');
    const mi = subj === undefined ? -1 : mentionAt(doc, subj);
    const e = mi >= 0 ? doc.mentionEntity[mi] : -1;
    return e >= 0 && doc.entities[e].type === 'organization' ? e : -1;
  }
  return -1;
}

/** The article's first sentence of body text. */
function leadSentence(doc: Annotated): number {
  return doc.seg.sentences.findIndex((x) => {
    const r = doc.seg.paragraphs[x.paragraph].role;
    return r !== 'title' && r !== 'dek' && r !== 'repeat' && r !== 'pullquote';
  });
}

/** Gives an act told with unnamed armed doers the group the next sentence names as theirs. */
export function doersNamedNext(doc: Annotated, events: EventDraft[]): void {
  if (!doc.syntax) return;
  for (const v of events) {
    if ((v.type !== 'attack' && v.type !== 'killing') || v.participants.some((p) => p.role === 'agent'))
      continue;
    // "attributed the ambush to G"
    const head = triggerToken(doc, v, true);
    const ascribed = ascribedTo(doc, head);
    if (ascribed >= 0 && !v.participants.some((p) => p.entity === ascribed)) {
      v.participants.unshift({ role: 'agent', entity: ascribed });
      continue;
    }
    const next = v.sentence + 1;
    if (next >= doc.seg.sentences.length) continue;
    const doer = doerOf(doc, triggerToken(doc, v, false));
    // (the report of it may come after a sentence or two on the dead)
    let owner = -1;
    for (let k = next; k < Math.min(next + 3, doc.seg.sentences.length) && owner < 0; k++)
      owner = ownerOfAct(doc, doer, k);
    if (owner >= 0 && !v.participants.some((p) => p.entity === owner)) {
      v.participants.unshift({ role: 'agent', entity: owner });
      continue;
    }
    // "Israeli jets struck …": the one security force of that nation the text names
    // (the parse may read "jets struck" as a noun with a participle: its noun is the doer)
    const first = triggerToken(doc, v, false);
    const armed = doer >= 0 || first < 1 || relOf(doc, first) !== 'acl' ? doer : headOf(doc, first);
    const national = nationalForce(doc, armed);
    if (national >= 0) {
      if (!v.participants.some((p) => p.entity === national))
        v.participants.unshift({ role: 'agent', entity: national });
      continue;
    }
    // "U.S. forces bombed X …, the Central Command said", "Pakistani troops raided
    // …, the army's media wing said": a nation's troops with no force of that name in the text
    // are the security force that reports the act in its own sentence (events21)
    if (nationsArms(doc, armed)) {
      // (a military command the gazetteer does not class: "Central Command", a body of no known kind)
      const f = forceReporting(doc, v.sentence, armed, true);
      if (f >= 0) {
        if (!v.participants.some((p) => p.entity === f)) v.participants.unshift({ role: 'agent', entity: f });
        continue;
      }
    }
    if (unnamedForce(doc, doer)) {
      const forces = forcesIn(doc, next);
      const named = forces.length || next + 1 >= doc.seg.sentences.length ? forces : forcesIn(doc, next + 1);
      for (const f of named)
        if (!v.participants.some((p) => p.entity === f)) v.participants.push({ role: 'agent', entity: f });
      let f = named.length ? -1 : forceReporting(doc, v.sentence, doer);
      if (f < 0 && !named.length) f = forceSaying(doc, v.sentence, first);
      if (f >= 0 && !v.participants.some((p) => p.entity === f))
        v.participants.unshift({ role: 'agent', entity: f });
      continue;
    }
    // ("a suicide bomber struck …": the trigger names the doer itself)
    // (or, in the lead, an act told with no doer at all: "Nine soldiers were killed when their
    // convoy was ambushed …")
    if (
      !unnamedArmed(doc, head) &&
      !unnamedArmed(doc, doer) &&
      !(doer < 0 && v.sentence === leadSentence(doc))
    )
      continue;
    const g = doersGroupIn(doc, next);
    if (g < 0 || v.participants.some((p) => p.entity === g)) continue;
    // the next sentence tells an act of G's own: not this one's doers
    if (
      events.some(
        (o) =>
          o.sentence === next &&
          (o.type === 'attack' || o.type === 'killing') &&
          o.participants.some((p) => p.entity === g),
      )
    )
      continue;
    v.participants.unshift({ role: 'agent', entity: g });
  }
}

// ", made up of A, B and C,": the members of the group the sentence is about
const MEMBER_LIST = /,\s*(?:made\s+up\s+of|composed\s+of|consisting\s+of|comprising|grouping)\s/gi;

/**
 * "The Northern Alliance, made up of A, B and C, launched an offensive …": the list of members
 * set between commas after a group's name, up to the last comma before the sentence's next
 * verb, is set aside like a ", which …," clause (its names did not do the act). Offsets into
 * the text; none when no verb follows the list.
 */
export function memberLists(doc: Annotated, si: number, sText: string): [number, number][] {
  const s = doc.seg.sentences[si];
  const out: [number, number][] = [];
  for (const c of execAll(MEMBER_LIST, sText)) {
    const at = s.start + (c.index ?? 0);
    const after = at + c[0].length;
    let comma = -1;
    for (let t = s.tFirst; t < s.tLast; t++) {
      const start = doc.seg.tokens.start[t];
      if (start < after) continue;
      const w = word(doc, t);
      if (w === ',') comma = start;
      else if (uposOf(doc, t) === 'VERB' || uposOf(doc, t) === 'AUX') break;
    }
    if (comma > after) out.push([at, comma + 1]);
  }
  return out;
}

// "the two sides", "both groups": a fight's sides told before in the sentence
const SIDES_NOUN = /^(?:sides?|groups?|rivals?|factions?|forces?)$/i;

/**
 * "X's control of the town is contested by Y, …, and the two sides clashed there in September":
 * a subject "the two sides" ("both groups", "the two factions") of a clash stands for the two
 * organisations the sentence named before it; none unless there are exactly two. Mention
 * indices (among `usable`).
 */
export function twoSidesBefore(doc: Annotated, si: number, k: number, usable: Set<number>): number[] {
  if (uposOf(doc, k) !== 'NOUN' || !SIDES_NOUN.test(word(doc, k))) return [];
  if (!children(doc, k).some((c) => /^(?:two|both)$/i.test(word(doc, c)))) return [];
  const s = doc.seg.sentences[si];
  const before = doc.seg.tokens.start[k];
  const seen: number[] = [];
  const out: number[] = [];
  for (let mi = 0; mi < doc.mentions.length; mi++) {
    const m = doc.mentions[mi];
    if (m.start < s.start || m.end > before || !usable.has(mi)) continue;
    const e = doc.mentionEntity[mi];
    if (e < 0 || doc.entities[e].type !== 'organization' || seen.includes(e)) continue;
    seen.push(e);
    out.push(mi);
  }
  if (!out.length) return twoNamedBefore(doc, si);
  return out.length === 2 ? out : [];
}

/**
 * "G has long been at war with H. The two groups clashed on Tuesday outside X": with no
 * organisation named before it in its own sentence, "the two groups" stands for the two the
 * sentence before names (in its paragraph); none unless there are exactly two. Mention indices.
 */
function twoNamedBefore(doc: Annotated, si: number): number[] {
  if (si < 1) return [];
  const s = doc.seg.sentences[si - 1];
  if (s.paragraph !== doc.seg.sentences[si].paragraph) return [];
  const seen: number[] = [];
  const out: number[] = [];
  for (let mi = 0; mi < doc.mentions.length; mi++) {
    const m = doc.mentions[mi];
    if (m.start < s.start || m.end > s.end) continue;
    const e = doc.mentionEntity[mi];
    if (e < 0 || doc.entities[e].type !== 'organization' || seen.includes(e)) continue;
    seen.push(e);
    out.push(mi);
  }
  return out.length === 2 ? out : [];
}
