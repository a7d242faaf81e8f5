/**
 * A killing told with the act told before as its subject (events8): "The United States struck
 * depots of G on Monday. … The strikes killed four fighters": "the strikes" is the act told
 * before, so its doers did the killing. Read on the parse: a killing verb whose subject is a
 * definite noun of an attack with no name in its own words takes the agents of the last attack
 * told with agents and with a word of the same family ("struck" for "the strikes", "bombed" for
 * "the bombing"), in its sentence or the eight before it. ("The attack killed …" is read by the
 * trigger stage as the attack told again, with its toll.)
 */

import type { Role } from '../types.js';
import type { Annotated } from './annotated.js';
import type { EventDraft } from './events.js';
import { children, headOf, lemmaOf, relOf, subtreeSpan, uposOf } from './syntax.js';

// nouns for an attack that can be a killing's subject ("the strikes killed …", "the bombing killed
// …"), by the family of words that tell the same act ("the strikes" retells "struck", "the bombing"
// retells "bombed")
const ANY_ACT = '*';
const ACT_FAMILY = new Map([
  ['strike', 'strike'],
  ['airstrike', 'strike'],
  ['bombing', 'bomb'],
  ['bomb', 'bomb'],
  // (events9) "the ambush", "the raid" retell "ambushed", "raided"; "the attack", "the assault"
  // retell any attack
  ['ambush', 'ambush'],
  ['raid', 'raid'],
  ['attack', ANY_ACT],
  ['assault', ANY_ACT],
]);
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);

const word = (doc: Annotated, t: number) => doc.text.slice(doc.seg.tokens.start[t], doc.seg.tokens.end[t]);

/** The token of a trigger's first word in its sentence, or -1. */
export function triggerToken(doc: Annotated, v: EventDraft): number {
  const sent = doc.seg.sentences[v.sentence];
  const w = v.trigger.split(/\s+/)[0]?.toLowerCase();
  if (!w) return -1;
  for (let t = sent.tFirst; t < sent.tLast; t++) if (word(doc, t).toLowerCase() === w) return t;
  return -1;
}

/** The family of act words of a token's lemma ("struck", "strikes": 'strike'), or undefined. */
function familyOf(doc: Annotated, t: number): string | undefined {
  if (t < 0) return undefined;
  const lemma = lemmaOf(doc, t);
  return ACT_FAMILY.get(lemma) ?? ACT_FAMILY.get(lemma.replace(/s$/, ''));
}

/**
 * The family of the act noun that is the subject of the verb at `t`, when it is definite and
 * names nobody ("the strikes near X": 'strike'); undefined otherwise.
 */
function actSubject(doc: Annotated, t: number): string | undefined {
  if (t < 0 || uposOf(doc, t) !== 'VERB') return undefined;
  const subj = children(doc, t).find((k) => relOf(doc, k) === 'nsubj');
  if (subj === undefined || uposOf(doc, subj) !== 'NOUN') return undefined;
  const family = familyOf(doc, subj);
  if (!family) return undefined;
  if (!children(doc, subj).some((k) => relOf(doc, k) === 'det' && DEFINITE.has(lemmaOf(doc, k))))
    return undefined;
  // ("the G attack", "the attack by G" name its doers: the trigger stage reads those)
  const span = subtreeSpan(doc, subj);
  for (let mi = 0; mi < doc.mentions.length; mi++) {
    const m = doc.mentions[mi];
    if (m.start >= span.start && m.end <= span.end) {
      const e = doc.mentionEntity[mi];
      if (e >= 0 && doc.entities[e].type !== 'place') return undefined;
    }
  }
  return family;
}

/** The attack told before with its doers that the act noun subject of the killing at `t` retells, or undefined. */
function theActRetold(
  doc: Annotated,
  events: EventDraft[],
  v: EventDraft | null,
  si: number,
  t: number,
): EventDraft | undefined {
  const family = actSubject(doc, t);
  if (!family) return undefined;
  // the last attack told with its doers, told with a word of the same family
  let act: EventDraft | undefined;
  for (const o of events)
    if (
      o.type === 'attack' &&
      (family === ANY_ACT || familyOf(doc, triggerToken(doc, o)) === family) &&
      o.sentence <= si &&
      o.sentence >= si - 8 &&
      o !== v &&
      o.participants.some((p) => p.role === 'agent') &&
      (!act || o.sentence >= act.sentence)
    )
      act = o;
  return act;
}

/** The agents of the attack told before that the act noun subject of the killing at `t` retells; none for none. */
function agentsOfTheAct(
  doc: Annotated,
  events: EventDraft[],
  v: EventDraft | null,
  si: number,
  t: number,
): number[] {
  const act = theActRetold(doc, events, v, si, t);
  return act ? act.participants.filter((p) => p.role === 'agent').map((p) => p.entity) : [];
}

/** Whether the verb at `t` has a definite act noun naming nobody as its subject ("the assault killed …"). */
export function retoldActKills(doc: Annotated, t: number): boolean {
  return actSubject(doc, t) !== undefined;
}

/** Gives a killing whose subject is "the strikes", "the assault" the doers of the attack told before. */
export function killedByTheAct(doc: Annotated, events: EventDraft[]): void {
  if (!doc.syntax) return;
  for (const v of events) {
    if (v.type !== 'killing') continue;
    const act = theActRetold(doc, events, v, v.sentence, triggerToken(doc, v));
    if (!act) continue;
    // (a killing the trigger stage gave the act's doers already, by theActsDoers below, takes its place only)
    const doers = act.participants.filter((p) => p.role === 'agent');
    const own = v.participants.filter((p) => p.role === 'agent');
    if (own.some((p) => !doers.some((q) => q.entity === p.entity))) continue;
    if (!own.length) for (const p of doers) v.participants.push({ role: 'agent', entity: p.entity });
    // (the act's place is the killing's when its own sentence names none: "The assault killed …")
    if (v.place < 0) v.place = act.place;
  }
}

/**
 * The same in the trigger stage, for a killing with nobody and nowhere named ("The assault killed
 * nine guests"), which is kept only when it has doers: adds them to its (empty) participants.
 */
export function theActsDoers(
  participants: { role: Role; entity: number }[],
  doc: Annotated,
  events: EventDraft[],
  si: number,
  t: number,
): void {
  if (!doc.syntax) return;
  for (const e of agentsOfTheAct(doc, events, null, si, t)) participants.push({ role: 'agent', entity: e });
}

// the nouns of the one who did an act ("a suicide bomber killed 12"), beside the act nouns above
const DOER_LEMMAS = new Set(['bomber', 'attacker']);

/**
 * Whether the verb at `t` has an act noun ("an ISKP attack killed 20 people", "a drone strike
 * killed …") or a doer noun ("a suicide bomber killed 12 worshippers") as its own active subject,
 * whatever its determiner: the killing is the toll of that act, by its doers (events12).
 */
export function actNounKills(doc: Annotated, t: number): boolean {
  if (!doc.syntax || t < 0 || uposOf(doc, t) !== 'VERB') return false;
  // ("An ISKP attack killed 20 people": the parser may hang the verb on the noun as a clause
  // of it, `acl`, which with an object of its own is no passive participle)
  const kids = children(doc, t);
  const subj =
    kids.find((k) => relOf(doc, k) === 'nsubj') ??
    (relOf(doc, t) === 'acl' && kids.some((k) => relOf(doc, k) === 'obj') ? headOf(doc, t) : undefined);
  if (subj === undefined || subj < 0 || uposOf(doc, subj) !== 'NOUN') return false;
  const lemma = lemmaOf(doc, subj).replace(/s$/, '');
  return familyOf(doc, subj) !== undefined || DOER_LEMMAS.has(lemma);
}
