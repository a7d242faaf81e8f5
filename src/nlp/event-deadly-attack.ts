/**
 * Deadly attacks (events23): an attack whose own sentence counts its dead is also a killing, as
 * the golds tell every deadly attack twice (the attack, and the killing by the same doers).
 *
 * The trigger reader makes that killing from a toll right after a comma (", killing nine"), and
 * `killedWhenAttacked` / `killingsOfTolls` (event-killed-when.ts) from "were killed when G
 * attacked" and from a toll of a named force. The rest is made here, after the claims and the
 * state forces have named the doers: "raided a village and killed 14 farmers", "20 people died
 * when G attacked a camp", "an assault on a base left 17 soldiers dead", "a car bomb exploded …,
 * killing four" (no doer named: a killing nobody is named in, kept or dropped with its attack).
 *
 * The killing has the attack's doers, day and place; its patients are the force or group the
 * attack befell (its people are the dead counted). No killing is made when the sentence already
 * tells one, when nobody died ("nobody was killed", "no casualties"), or when the dead counted
 * are the attackers ("three militants were killed in the fighting" after G attacked: their side
 * lost them; a force's raid that killed militants is the force's killing of them).
 */

import type { Annotated } from './annotated.js';
import { orgKind } from './attributes.js';
import { killingOfAttack } from './event-killed-when.js';
import type { EventDraft } from './events.js';
import { eventTolls } from './toll.js';

// the people of an armed group, counted dead ("five militants were killed", "12 attackers died")
const ARMED_DEAD =
  /\b(?:militants?|insurgents?|fighters?|attackers?|assailants?|gunm[ae]n|terrorists?|rebels?|jihadists?|bombers?|extremists?|raiders?|kidnappers?)\b/i;

// "troops repelled an attack by G, killing 20": the dead are the attackers
const REPELLED = /\b(?:repel(?:led|s)?|repulsed?|foiled|thwarted|fought off|beat back|pushed back)\b/i;

const isForce = (doc: Annotated, e: number) => {
  const x = doc.entities[e];
  return x.type === 'organization' && orgKind(x.surfaces, x.kind) === 'security agency';
};

// "…village and killed 14 farmers": a killing verb joined by "and" to the attack, with no subject of its own
const AND_KILLED = /\band\s+(?:then\s+|later\s+)?$/i;
// "…were killed (and four wounded) when gunmen stormed": the clause of time that tells the act
// (a few words between: "and four wounded", "on Saturday", "late on Monday")
const WHEN_AFTER = /^(?:\s+[\w'’-]+){0,7}?\s*,?\s+(?:when|as)\s+([^,;:]{0,100})/i;

/**
 * Whether a killing verb tells the toll of the attack its sentence told (`act`, the attack's
 * trigger) in one of two constructions the trigger reader's comma rule misses: a verb joined by
 * "and" to the attack verb, sharing its subject ("G fighters raided X and killed 14 farmers"), and
 * a passive whose clause of time is the attack ("Eleven soldiers were killed when insurgents
 * overran a camp"). `head` is the sentence up to the killing word (`word`), `tail` the rest after it.
 */
export function tollOfTheAct(
  head: string,
  word: string,
  tail: string,
  passive: boolean,
  act: string,
): boolean {
  // (a participle, "detonating a car bomb and killing 11", is the comma rule's toll of the act)
  if (!passive) return AND_KILLED.test(head) && !/ing\b/i.test(word.split(/\s+/)[0] ?? '');
  const when = WHEN_AFTER.exec(tail);
  if (!when) return false;
  const actWord = act.split(/\s+/)[0]?.toLowerCase() ?? '';
  return (
    actWord.length > 0 &&
    when[1]
      .toLowerCase()
      .split(/[^\p{L}-]+/u)
      .includes(actWord)
  );
}

/** The date written between a passive killing word (ending at `end`) and its "when/as" clause. */
export function dayBeforeWhen<D extends { start: number; end: number }>(
  dates: D[],
  end: number,
  tail: string,
): D | undefined {
  const when = WHEN_AFTER.exec(tail);
  if (!when) return undefined;
  const stop = end + when.index + when[0].length - when[1].length;
  return dates.find((d) => d.start >= end && d.end <= stop);
}

/**
 * Whether the dead counted are the attack's: told after its word ("an assault … left 17 soldiers
 * dead"), or before it with the attack as their clause of time ("20 people died when G
 * attacked …"); not a count with a verb of its own before it ("Troops killed three members of
 * G, among them a man wanted for a bombing": the bombing is another act).
 */
function tollAfterTheAct(
  doc: Annotated,
  a: EventDraft,
  s: { start: number; end: number },
  dead: { start: number; end: number },
): boolean {
  const sText = doc.text.slice(s.start, s.end).toLowerCase();
  const word = a.trigger.toLowerCase();
  const m = new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).exec(sText);
  if (!m) return false;
  const at = s.start + m.index;
  if (dead.start >= at) return true;
  // "three soldiers died in a roadside bomb blast"
  if (/^\s+(?:in|during)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}$/i.test(doc.text.slice(dead.end, at)))
    return true;
  const when = WHEN_AFTER.exec(doc.text.slice(dead.end, s.end));
  return !!when && dead.end + when.index + when[0].length > at;
}

/** Adds the killing each deadly attack with no killing in its sentence implies. */
export function killingsOfDeadlyAttacks(doc: Annotated, events: EventDraft[]): void {
  const sents = doc.seg.sentences;
  const held = new Set(events.map((v) => v.sentence));
  const killed = new Set(events.filter((v) => v.type === 'killing').map((v) => v.sentence));
  for (const a of [...events]) {
    if (a.type !== 'attack') continue;
    const doers = a.participants.filter((p) => p.role === 'agent');
    // (a killing of theirs told on that day at that place, in another sentence, is this one)
    const same = (k: EventDraft) =>
      k.type === 'killing' &&
      k.place === a.place &&
      (k.date?.value ?? null) === (a.date?.value ?? null) &&
      k.participants.some((p) => p.role === 'agent' && doers.some((d) => d.entity === p.entity));
    if (doers.length && events.some(same)) continue;
    if (killed.has(a.sentence)) continue;
    const s = sents[a.sentence];
    const dead = eventTolls(doc.text, 'attack', a.sentence, sents, held).find(
      (t) => t.kind === 'killed' && t.start >= s.start && t.end <= s.end && (t.min ?? 1) > 0,
    );
    // ("the massacre of 40 villagers was blamed on G": a massacre is a killing whatever is counted)
    const massacre = /^massacres?$/i.test(a.trigger);
    if (!massacre && (!dead || !tollAfterTheAct(doc, a, s, dead))) continue;
    // (with no doer named, a killing of nobody named adds nothing, and a side it befell says who
    // died, not who killed)
    if (!doers.length) continue;
    // the attackers' own dead are no killing of theirs ("killing dozens of the assailants"; a
    // force's raid killing militants is one), nor are those who beat an attack back
    if (dead) {
      const next = /^\s+of\s+(?:the\s+|its\s+|their\s+)?[\w-]+/i.exec(doc.text.slice(dead.end, s.end));
      const who = dead.text + (next?.[0] ?? '');
      if (ARMED_DEAD.test(who) && !doers.some((p) => isForce(doc, p.entity))) continue;
      if (REPELLED.test(doc.text.slice(s.start, dead.start))) continue;
    }
    const sides = a.participants.filter(
      (p) => p.role === 'patient' && doc.entities[p.entity].type === 'organization',
    );
    events.push(killingOfAttack(a, [...doers, ...sides], dead?.text ?? a.trigger));
    killed.add(a.sentence);
  }
}

// "Separately, …", "In another attack …", "also": a telling of another act
const ANOTHER = /\b(?:separate(?:ly)?|another|also|other|earlier|previous)\b/i;

/**
 * The lead tells in sum what the article then tells in full ("Nine guards were killed when
 * insurgents overran a camp near X, the army said." … "Fighters of G attacked the camp on
 * Sunday …", or G's claim of it): an attack the first sentence tells with nobody named is the
 * first attack told after it with its doers (within the next three paragraphs, not "separately"
 * or "another", not of another day). That attack takes the lead's place when it has none, and
 * the lead's killing with no doer (its toll) takes the attack's doers. The lead's act itself is
 * then dropped as told later (`dropUnnamedActs`, event-units.ts).
 */
export function leadToldInFull(doc: Annotated, events: EventDraft[]): void {
  const sents = doc.seg.sentences;
  const lead = events.find((v) => v.sentence === 0 && v.type === 'attack' && !v.participants.length);
  if (!lead) return;
  const day = (v: EventDraft) => (v.date?.value?.length === 10 ? v.date.value : null);
  const full = events.find(
    (w) =>
      w.type === 'attack' &&
      w.sentence > 0 &&
      sents[w.sentence].paragraph - sents[0].paragraph <= 3 &&
      w.participants.some((p) => p.role === 'agent') &&
      !ANOTHER.test(doc.text.slice(sents[w.sentence].start, sents[w.sentence].end)),
  );
  if (!full || (day(lead) && day(full) && day(lead) !== day(full))) return;
  if (full.place < 0) full.place = lead.place;
  if (!full.date && lead.date) full.date = lead.date;
  const doers = full.participants.filter((p) => p.role === 'agent');
  for (const k of events)
    if (k.sentence === 0 && k.type === 'killing' && !k.participants.some((p) => p.role === 'agent')) {
      k.participants.unshift(...doers.map((p) => ({ ...p })));
      if (k.place < 0) k.place = full.place;
      if (!day(k) && day(full)) k.date = full.date;
    }
}

/** An act with nobody named in it (or none at all). */
export const namesNobody = (v: EventDraft | undefined) => !v?.participants.length;

/**
 * A toll with still nobody named ("a car bomb exploded …, killing four", no doer ever named) is
 * no event of its own: the attack tells it. Nor is one another killing tells again.
 */
export function tollsWithTheirActs(events: EventDraft[], tolls: ReadonlySet<EventDraft>): EventDraft[] {
  return events.filter((v) => !tolls.has(v) || (v.participants.length > 0 && !toldAgain(v, events, tolls)));
}

/**
 * A toll given its doers late (by a claim) that another killing of theirs tells on the same day
 * at the same place ("Five guards were killed when gunmen raided a camp near X. G said its
 * fighters had killed nine soldiers"): one killing, told again.
 */
function toldAgain(v: EventDraft, events: EventDraft[], tolls: ReadonlySet<EventDraft>): boolean {
  const doers = v.participants.filter((p) => p.role === 'agent').map((p) => p.entity);
  return (
    doers.length > 0 &&
    events.some(
      (k) =>
        k !== v &&
        !tolls.has(k) &&
        k.type === 'killing' &&
        k.place === v.place &&
        (k.date?.value ?? null) === (v.date?.value ?? null) &&
        doers.every((e) => k.participants.some((p) => p.role === 'agent' && p.entity === e)),
    )
  );
}

/**
 * "G fighters ambushed a patrol on Sunday. Nine soldiers were killed in the ambush": a killing
 * told "in the attack/ambush/raid" after the act was told is that act's toll, a killing by its
 * doers on its day and at its place (`trigger` is the killing's word). None when the act told
 * last has no doer named, or its killing was told already.
 */
export function tollOfActToldBefore(events: EventDraft[], si: number, trigger: string): EventDraft | null {
  const act = events.findLast((e) => e.type === 'attack' && e.sentence < si);
  if (!act) return null;
  const doers = act.participants.filter((p) => p.role === 'agent');
  if (!doers.length) return null;
  const told = events.some(
    (k) =>
      k.type === 'killing' &&
      k.sentence >= act.sentence &&
      k.participants.some((p) => p.role === 'agent' && doers.some((d) => d.entity === p.entity)),
  );
  if (told) return null;
  return {
    type: 'killing',
    sentence: si,
    date: act.date,
    place: act.place,
    participants: doers.map((p) => ({ ...p })),
    trigger,
  };
}

// "of (the) Somali lawmaker ", "of senior commander ": "of" and up to four words of a title
const TITLED_OF = /^\s*of\s+(?:the\s+|an?\s+)?((?:[\p{L}'’-]+\s+){1,4})$/u;
const NO_TITLE =
  /^(?:by|in|at|on|near|from|of|and|or|with|who|whom|which|that|after|before|during|for|to|was|were)$/i;

/**
 * Whether the words between an act noun and a person's name give the person as the one it
 * befell, named after a title: "the killing of Somali lawmaker X", "the assassination of the
 * police chief X", "the arrest of senior commander X" (no preposition, verb or clause between).
 */
export function titledVictim(between: string): boolean {
  const m = TITLED_OF.exec(between);
  return (
    !!m &&
    m[1]
      .trim()
      .split(/\s+/)
      .every((w) => !NO_TITLE.test(w))
  );
}
