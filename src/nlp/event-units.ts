/**
 * Event units: what to do with an attack, killing or arrest the trigger stage made with nobody
 * named in it. On text nobody tuned on, most such events were a second report of an act
 * already told with its doer ("The assailants struck …" after "rebels of X killed …"), a
 * background act, or a toll inside an act told before; few are an act of their own.
 *
 * - A definite description of the doers as the act's subject ("the assailants", "the
 *   militants", "the gunmen", "its fighters") stands for the doer of the attack or killing told
 *   last before it: that organisation or person is the agent (a security force only stands for
 *   "the troops", "the soldiers", never for "the militants").
 * - An attack, killing or arrest with still nobody named is kept only when it is an act of its
 *   own an analyst would map (see dropUnnamedActs): told in a town, not a country nor nowhere;
 *   recent (under three months before publication); no court's charge, act in general, or
 *   retelling of an act told with its doer; and, in the lead, not the summary of an act the
 *   article goes on to tell with someone named. The incident stays on the map though
 *   unattributed.
 */

import type { Annotated } from './annotated.js';
import { orgKind } from './attributes.js';
import { undatedOneSidedClash } from './event-between.js';
import { leadToldInFull } from './event-deadly-attack.js';
import { retoldSameDay } from './event-retold.js';
import type { EventDraft } from './events.js';
import { children, headOf, lemmaOf, relIs, relOf, subtreeSpan, uposOf } from './syntax.js';

// nouns a report uses for the doers of an act once it has named them
const ARMED_DOER = new Set([
  'assailant',
  'attacker',
  'militant',
  'jihadist',
  'insurgent',
  'gunman',
  'gunmen',
  'extremist',
  'terrorist',
  'rebel',
  'raider',
  'bomber',
  'kidnapper',
  'abductor',
  'fighter',
]);
const FORCE_DOER = new Set([
  'troop',
  'soldier',
  'force',
  'officer',
  'police',
  'policeman',
  'agent',
  'commando',
]);
const DEFINITE = new Set(['the', 'these', 'those', 'its', 'their']);
const ACTS: ReadonlySet<string> = new Set(['attack', 'killing', 'arrest']);

const armedKind = (doc: Annotated, e: number): 'militant' | 'force' | null => {
  const x = doc.entities[e];
  if (x.type !== 'organization') return null;
  const kind = orgKind(x.surfaces, x.kind) ?? '';
  if (kind === 'security agency') return 'force';
  if (/militant|armed/i.test(kind)) return 'militant';
  return null;
};

/** The first token of the trigger in its sentence (-1 when it is not found). */
function triggerToken(doc: Annotated, v: EventDraft): number {
  const sent = doc.seg.sentences[v.sentence];
  const word = v.trigger.split(/\s+/)[0]?.toLowerCase();
  if (!word) return -1;
  const { start, end } = doc.seg.tokens;
  for (let t = sent.tFirst; t < sent.tLast; t++)
    if (doc.text.slice(start[t], end[t]).toLowerCase() === word) return t;
  return -1;
}

/** The subject of a verbal trigger, or of the verb it is joined to by "and"; "by X" of a nominal one. */
function doerToken(doc: Annotated, t: number): number {
  if (uposOf(doc, t) === 'VERB') {
    for (let v = t, hops = 0; v >= 0 && hops < 3; hops++) {
      const s = children(doc, v).find((k) => relOf(doc, k) === 'nsubj');
      if (s !== undefined) return s;
      if (relOf(doc, v) !== 'conj') return -1;
      v = headOf(doc, v);
    }
    return -1;
  }
  // "an attack by the militants on the town"
  for (const k of children(doc, t))
    if (
      (relIs(relOf(doc, k), 'nmod') || relIs(relOf(doc, k), 'obl')) &&
      children(doc, k).some((c) => relOf(doc, c) === 'case' && lemmaOf(doc, c) === 'by')
    )
      return k;
  return -1;
}

/** 'militant' or 'force' when a token is a definite description of the doers ("the gunmen", "its fighters"). */
function describedDoers(doc: Annotated, s: number): 'militant' | 'force' | null {
  if (s < 0 || uposOf(doc, s) !== 'NOUN') return null;
  // (a plural the lemmatiser does not know keeps its -s: "jihadists")
  const raw = lemmaOf(doc, s);
  const lemma = ARMED_DOER.has(raw) || FORCE_DOER.has(raw) ? raw : raw.replace(/s$/, '');
  const kind = ARMED_DOER.has(lemma) ? 'militant' : FORCE_DOER.has(lemma) ? 'force' : null;
  if (!kind) return null;
  const ks = children(doc, s);
  // "the attackers" and "its fighters", not "gunmen" or "two militants" told for the first time
  const definite = ks.some(
    (k) => (relOf(doc, k) === 'det' || relIs(relOf(doc, k), 'nmod:poss')) && DEFINITE.has(lemmaOf(doc, k)),
  );
  // "the attackers of X", "fighters from Y": the words name the doers themselves
  const named = ks.some(
    (k) => relIs(relOf(doc, k), 'nmod') || relIs(relOf(doc, k), 'appos') || relOf(doc, k) === 'compound',
  );
  return definite && !named ? kind : null;
}

/** Fills the agent of an act told by a definite description of its doers (before the merge). */
export function resolveDescribedDoers(doc: Annotated, events: EventDraft[]): EventDraft[] {
  if (!doc.syntax) return events;
  const order = [...events].sort((a, b) => a.sentence - b.sentence);
  for (const v of order) {
    if (v.participants.length || (v.type !== 'attack' && v.type !== 'killing')) continue;
    const t = triggerToken(doc, v);
    if (t < 0) continue;
    const kind = describedDoers(doc, doerToken(doc, t));
    if (!kind) continue;
    // the doer of the act told last before, in the six sentences before it
    let agent = -1;
    for (const o of order) {
      if (o.sentence >= v.sentence) break;
      if (o.sentence < v.sentence - 6 || (o.type !== 'attack' && o.type !== 'killing')) continue;
      for (const p of o.participants)
        if (p.role === 'agent') {
          const e = doc.entities[p.entity];
          if (
            e.type === 'person' ||
            (e.type === 'organization' &&
              armedKind(doc, p.entity) !== (kind === 'militant' ? 'force' : 'militant'))
          )
            agent = p.entity;
        }
    }
    // (no act told before with its doer: "G has fought … since 2007. On Sunday the militants
    // stormed …": the one armed group named before them, in their sentence or the one before)
    if (agent < 0 && kind === 'militant') agent = groupNamedBefore(doc, v.sentence, t);
    if (agent >= 0) v.participants.push({ role: 'agent', entity: agent });
  }
  return events;
}

/**
 * The one militant group named before token `t` in sentence `si` or in the sentence before it,
 * which "the militants", "the jihadists" there stand for; -1 when none or two are named.
 */
function groupNamedBefore(doc: Annotated, si: number, t: number): number {
  const to = doc.seg.tokens.start[t];
  let found = -1;
  for (let mi = 0; mi < doc.mentions.length; mi++) {
    const m = doc.mentions[mi];
    if ((m.sentence !== si && m.sentence !== si - 1) || m.end > to) continue;
    const e = doc.mentionEntity[mi];
    if (e < 0 || e === found || armedKind(doc, e) !== 'militant') continue;
    if (found >= 0) return -1;
    found = e;
  }
  return found;
}

// verbs of a court's or prosecutor's act on someone: "sentenced X for an attack", "charged over a bombing"
const COURT_VERBS = new Set([
  'sentence',
  'convict',
  'jail',
  'imprison',
  'charge',
  'indict',
  'acquit',
  'try',
  'prosecute',
  'extradite',
]);

/** Whether an act's word is what someone is sentenced, charged or tried for ("jailed for an attack on X"). */
function chargedFor(doc: Annotated, t: number): boolean {
  if (t < 0 || uposOf(doc, t) !== 'NOUN') return false;
  if (!children(doc, t).some((k) => relOf(doc, k) === 'case' && /^(?:for|over|of)$/.test(lemmaOf(doc, k))))
    return false;
  // the verb the phrase hangs on, through "guilty of" and "in prison for"
  for (let h = headOf(doc, t), hops = 0; h >= 0 && hops < 3; h = headOf(doc, h), hops++)
    if (uposOf(doc, h) === 'VERB') return COURT_VERBS.has(lemmaOf(doc, h));
  return false;
}

// words that count a plural act as incidents ("twin bombings", "coordinated attacks")
const COUNTING =
  /^(?:twin|coordinated|simultaneous|parallel|separate|several|multiple|recent|latest|deadly|fresh)$/;

/** The token of the last word of the trigger in its sentence (-1 when it is not found). */
function triggerHead(doc: Annotated, v: EventDraft): number {
  const sent = doc.seg.sentences[v.sentence];
  const word = v.trigger.split(/\s+/).at(-1)?.toLowerCase();
  if (!word) return -1;
  const { start, end } = doc.seg.tokens;
  for (let t = sent.tFirst; t < sent.tLast; t++)
    if (doc.text.slice(start[t], end[t]).toLowerCase() === word) return t;
  return -1;
}

/**
 * "The group has been weakened by arrests", "the faction has been hit by air strikes since
 * 2024": a plural act noun with no article, count or possessor, and no day of its own, is acts
 * in general; when nobody the event names is inside the noun's own phrase ("by X", "X's", "on
 * Y"), the name came from the clause around it and did not do or suffer those acts.
 */
function actsInGeneral(doc: Annotated, v: EventDraft): boolean {
  if (!ACTS.has(v.type) || !v.participants.length) return false;
  // a day of its own, not where a span starts ("since late 2024")
  const h = triggerHead(doc, v);
  if (h < 0 || uposOf(doc, h) !== 'NOUN') return false;
  const { start, end } = doc.seg.tokens;
  if (v.date?.value) {
    const sent = doc.seg.sentences[v.sentence];
    const at = doc.text.slice(sent.start, sent.end).indexOf(v.date.text);
    const before = at < 0 ? '' : doc.text.slice(sent.start, sent.start + at);
    // "since then … has carried out bombings": the acts run on from a day told before them
    const spanBefore = /\bsince\s+(?:then|\d{4})\b[^.;]*$/i.test(doc.text.slice(sent.start, start[h]));
    if (
      !spanBefore &&
      !/\bsince\s+(?:(?:late|early|mid|the\s+end\s+of|the\s+start\s+of)[\s-]+)?$/i.test(before) &&
      !/^since\b/i.test(v.date.text)
    )
      return false;
  }
  const word = doc.text.slice(start[h], end[h]).toLowerCase();
  if (!/[^s]s$/.test(word) || word === lemmaOf(doc, h)) return false;
  if (
    children(doc, h).some(
      (k) =>
        relOf(doc, k) === 'det' ||
        relIs(relOf(doc, k), 'nummod') ||
        relIs(relOf(doc, k), 'nmod:poss') ||
        COUNTING.test(lemmaOf(doc, k)),
    )
  )
    return false;
  const span = subtreeSpan(doc, h);
  return !v.participants.some((p) =>
    doc.entities[p.entity].mentions.some((mi) => {
      const m = doc.mentions[mi];
      return m.start >= span.start && m.end <= span.end;
    }),
  );
}

// words that take a plural act as a share of acts in general: "most attacks", "all the killings"
const QUANTIFIER = /^(?:most|many|all|some|numerous|countless|various|repeated|frequent|regular|such)$/;

/**
 * "the Islamic State is behind most attacks in X", "blamed G for all the attacks on Y", "G
 * carried out some attacks on churches" (events13): a plural act noun that a quantifier takes as
 * a share of acts in general tells no one incident, whoever is named with it.
 */
function quantifiedActs(doc: Annotated, v: EventDraft): boolean {
  if (!ACTS.has(v.type)) return false;
  const h = triggerHead(doc, v);
  if (h < 0 || uposOf(doc, h) !== 'NOUN') return false;
  const { start, end } = doc.seg.tokens;
  const word = doc.text.slice(start[h], end[h]).toLowerCase();
  if (!/[^s]s$/.test(word) || word === lemmaOf(doc, h)) return false;
  return children(doc, h).some(
    (k) =>
      (relOf(doc, k) === 'det' || relIs(relOf(doc, k), 'amod') || relIs(relOf(doc, k), 'det')) &&
      QUANTIFIER.test(lemmaOf(doc, k)),
  );
}

/** Months from an ISO prefix to another (a year alone is read as its December, a month as its day 1). */
function monthsBefore(value: string, published: string): number {
  const [y, m] = value.split('-').map(Number);
  const [py, pm] = published.split('-').map(Number);
  return (py - y) * 12 + ((pm || 12) - (m || 12));
}

/**
 * Drops an attack, killing or arrest with nobody named (after the merge) unless it is an act
 * of its own an analyst would map: told in a town (not a country, nor nowhere), not three months
 * or more before publication, not what a court sentences or charges someone for, and not the
 * lead's summary of an act the article goes on to tell with its doer or victim.
 */
export function dropUnnamedActs(doc: Annotated, events: EventDraft[]): EventDraft[] {
  if (!doc.syntax) return events;
  // the lead's nameless attack told in full later lends it its place, and its toll its doers (events23)
  leadToldInFull(doc, events);
  const named = events.filter((v) => v.participants.length);
  // the act told later may be the lead's own: of its type, and not of another month
  const month = (x?: string | null) => (x ? x.slice(0, 7) : '');
  const sameMonth = (a?: string | null, b?: string | null) =>
    !a || !b || month(a).startsWith(month(b)) || month(b).startsWith(month(a));
  const toldLater = (v: EventDraft) =>
    named.some((w) => w.type === v.type && sameMonth(v.date?.value, w.date?.value));
  return events.filter((v) => {
    if (actsInGeneral(doc, v)) return false;
    if (quantifiedActs(doc, v)) return false;
    if (undatedOneSidedClash(v)) return false;
    // "since the 2017 attacks, which were claimed by G": a claim of an act a year or more old is
    // background, no statement the news reports
    if (v.type === 'statement' && /^claim/i.test(v.trigger) && doc.published) {
      const published = doc.published;
      const old = (d: string | null | undefined) => !!d && monthsBefore(d, published) >= 12;
      // the claim's own date, or the date of the act it claims in the same sentence
      const act = events.find(
        (o) => o.sentence === v.sentence && (o.type === 'attack' || o.type === 'killing') && o.date?.value,
      );
      if (old(v.date?.value) || (!v.date?.value && old(act?.date?.value))) return false;
    }
    if (v.participants.length || !ACTS.has(v.type)) return true;
    if (v.place < 0 || doc.entities[v.place].kind === 'country') return false;
    const day = v.date?.value;
    if (day && doc.published && monthsBefore(day, doc.published) >= 3) return false;
    if (!day && pastTheLead(doc, v)) return false;
    if (chargedFor(doc, triggerToken(doc, v))) return false;
    if (v.type === 'arrest' && heldForQuestioning(doc, v)) return false;
    if (retoldDefinite(doc, v, events)) return false;
    // "The patrol was attacked near X" on the day G's ambush was told: that act told again
    if (retoldSameDay(doc, v, events)) return false;
    // the text's first sentence tells in sum what the article tells in full
    return !(v.sentence === 0 && toldLater(v));
  });
}

/**
 * An attack or killing with nobody named and no day, told past the article's first two paragraphs
 * ("witnesses saw gunmen firing on shoppers in the market", "X was held over a rocket attack
 * on the airport"): a scene or a background act that ties to nobody and no
 * time, not an incident of the news (events13).
 */
function pastTheLead(doc: Annotated, v: EventDraft): boolean {
  if (v.type !== 'attack' && v.type !== 'killing') return false;
  const sents = doc.seg.sentences;
  return sents[v.sentence].paragraph - sents[0].paragraph >= 2;
}

/** "detained about 20 people for questioning": people held to be questioned, no arrest kept. */
function heldForQuestioning(doc: Annotated, v: EventDraft): boolean {
  const t = triggerHead(doc, v);
  if (t < 0) return false;
  const sent = doc.seg.sentences[v.sentence];
  const after = doc.text.slice(doc.seg.tokens.end[t], sent.end);
  return /^[^.;]{0,80}?\bfor\s+(?:further\s+)?questioning\b/i.test(after);
}

/**
 * "The attack took place late on Monday near X": a definite noun act with nobody named, told
 * after an attack or killing of a day it agrees with, is that act told again (it only adds words
 * about it), not an act of its own.
 */
function retoldDefinite(doc: Annotated, v: EventDraft, events: EventDraft[]): boolean {
  if (v.type !== 'attack' && v.type !== 'killing') return false;
  const t = triggerHead(doc, v);
  if (t < 0 || uposOf(doc, t) !== 'NOUN') return false;
  const ks = children(doc, t);
  if (!ks.some((k) => relOf(doc, k) === 'det' && /^(?:the|this|that)$/.test(lemmaOf(doc, k)))) return false;
  // "another attack", "a second raid", "the earlier ambush": another act
  if (
    ks.some((k) =>
      /^(?:another|second|other|earlier|previous|separate|first|latest|new)$/.test(lemmaOf(doc, k)),
    )
  )
    return false;
  const day = v.date?.value ?? '';
  return events.some(
    (o) =>
      o !== v &&
      (o.type === 'attack' || o.type === 'killing') &&
      o.sentence < v.sentence &&
      o.participants.length > 0 &&
      (!day || !o.date?.value || o.date.value.startsWith(day) || day.startsWith(o.date.value)),
  );
}
