/**
 * Acts and their means, read from the words around an act (events5).
 *
 * - "killed by gunmen loyal to the warlord X", "ambushed by fighters of G": the named one whose
 *   men did it is the doer ("gunmen linked to G" only qualifies them: no doer).
 * - ", in one of the deadliest attacks this year": a superlative after a comma weighs the act the
 *   clause told; the noun is no act of its own (nor does it make the killing its toll).
 * - The attack a killing was done in, when its doers are known only once the article is read:
 *   "Militants killed 15 soldiers in an assault on a camp near X on Sunday" names no doer; when a
 *   later sentence gives the killing its doer ("G said its fighters had killed 30 soldiers", joined
 *   to it as the same act told again), the assault is G's attack too, on the killing's day and at
 *   its place. An attack G is said to have done in that later sentence ("had overrun the camp",
 *   told with no day or place of its own) is that attack, and takes the day and place.
 */

import type { Annotated } from './annotated.js';
import type { DateMention } from './dates.js';
import type { EventDraft } from './events.js';
import { children, headOf, lemmaOf, relIs, relOf, uposOf } from './syntax.js';

// ", in one of the deadliest attacks on the army", ", the worst assault since 2019", ", making it
// the bloodiest raid this year": a superlative after a comma weighs the act the clause told
const APPRAISAL =
  /,\s*(?:(?:in|making\s+it|it\s+was|in\s+what\s+(?:was|is))\s+)?(?:one\s+of\s+)?the\s+(?:(?:single\s+)?(?:deadliest|worst|bloodiest|biggest|largest|heaviest|most\s+[\w-]+|[\w-]+iest)\s+)(?:[\w-]+\s+)?$/i;

// "by bandits loyal to the warlord X", "by fighters of G", "by gunmen led by X": the people named
// by their noun are the named one's men, and he (or the group) is whose act it was ("linked to",
// "allied with" only qualify them, and are left alone)
const BY_MEN_OF =
  /\bby\s+(?:(?:the|some|dozens\s+of|scores\s+of|hundreds\s+of|\d+)\s+)?(?:[\w-]+\s+)?(?:gunmen|bandits|fighters|militants|insurgents|rebels|men|jihadists|attackers|assailants|militiamen|guerrillas|raiders|gangsters)\s+(?:loyal\s+to|led\s+by|commanded\s+by|belonging\s+to|under\s+the\s+command\s+of|of|from)\s+(?:the\s+|a\s+)?(?:[\w.'’-]+\s+){0,3}$/i;

/**
 * The name after the trigger (at `end`) that "by" + its men + "loyal to / led by / of" puts as the
 * act's doer: "killed by gunmen loyal to the warlord X" (a place never is).
 */
export function doerThroughMen(doc: Annotated, after: number[], end: number): number | undefined {
  return after.find((mi) => {
    const m = doc.mentions[mi];
    const before = doc.text.slice(end, m.start);
    return (
      doc.entities[doc.mentionEntity[mi]]?.type !== 'place' &&
      !/[.;]/.test(before) &&
      BY_MEN_OF.test(before.slice(-100))
    );
  });
}

/** An act noun that only weighs the act told before it in its sentence: no act of its own. */
export function appraisal(head: string): boolean {
  return APPRAISAL.test(head.slice(-80));
}

/** The killings done in an attack noun that have no doer yet (read before the merge). */
export function killingsWithoutDoers(doneIn: Map<EventDraft, string>): Map<EventDraft, string> {
  const out = new Map<EventDraft, string>();
  for (const [k, noun] of doneIn) if (!k.participants.some((p) => p.role === 'agent')) out.set(k, noun);
  return out;
}

const agentsOf = (v: EventDraft) => v.participants.filter((p) => p.role === 'agent').map((p) => p.entity);

function sameDay(a: EventDraft, b: EventDraft): boolean {
  const x = a.date?.value;
  const y = b.date?.value;
  return !x || !y || x.startsWith(y) || y.startsWith(x);
}

/**
 * After the merge: each killing of `doerless` that kept its place in `events` and has gained
 * doers makes its attack, unless an attack by the same doers that day is told already (that one
 * takes the killing's day and place when it has none).
 */
export function attacksOfJoinedKillings(events: EventDraft[], doerless: Map<EventDraft, string>): void {
  selfToldDoers(events);
  for (const [k, noun] of doerless) {
    const at = events.indexOf(k);
    if (at < 0) continue;
    const agents = agentsOf(k).length ? agentsOf(k) : agentsOfRetelling(events, k, noun);
    if (!agents.length) continue;
    // (the killing done in the act is theirs too)
    if (!agentsOf(k).length)
      k.participants.unshift(...agents.map((entity) => ({ role: 'agent' as const, entity })));
    const told = events.find(
      (o) =>
        o.type === 'attack' &&
        agentsOf(o).some((e) => agents.includes(e)) &&
        sameDay(o, k) &&
        (o.place < 0 || k.place < 0 || o.place === k.place),
    );
    if (told) {
      if (!told.date?.value && k.date?.value) told.date = k.date;
      if (told.place < 0) told.place = k.place;
      continue;
    }
    const participants = k.participants.filter((p) => p.role !== 'agent').map((p) => ({ ...p }));
    participants.unshift(...agents.map((entity) => ({ role: 'agent' as const, entity })));
    events.splice(at + 1, 0, { ...k, type: 'attack', participants, trigger: noun });
  }
}

/**
 * The doers of the killing, or of the attack, told again with them in the next two sentences ("G
 * said its fighters had killed 30 soldiers", "… had overrun the camp"), on a day that agrees; or
 * of the act its noun names again within four ("G claimed the raid").
 */
function agentsOfRetelling(events: EventDraft[], k: EventDraft, noun: string): number[] {
  const w = events.find(
    (o) =>
      (o.type === 'killing' || o.type === 'attack') &&
      o.sentence > k.sentence &&
      (o.sentence <= k.sentence + 2 ||
        (o.sentence <= k.sentence + 4 &&
          o.type === 'attack' &&
          o.trigger.toLowerCase() === noun.toLowerCase())) &&
      sameDay(o, k) &&
      agentsOf(o).length > 0,
  );
  return w ? agentsOf(w) : [];
}

/**
 * "beheaded five farmers and burned dozens of homes in a raid on X on Thursday": the day and
 * place the parse hangs on a verb joined after the trigger, with no subject of its own, serve the
 * trigger when its own clause has none.
 */
export function laterConjunct(doc: Annotated, trig: number, v: number): boolean {
  return (
    v > trig &&
    headOf(doc, v) === trig &&
    relIs(relOf(doc, v), 'conj') &&
    !children(doc, v).some((c) => /^nsubj/.test(relOf(doc, c)))
  );
}

/**
 * "carried out the bombing, which killed 14 people in X on Friday": a clause opened by ", which"
 * right after the act noun is the noun's own, whatever the parse hung it on (often a conjunct of
 * the verb before): its day and place are the act's.
 */
export function whichOnNoun(doc: Annotated, trig: number, v: number): boolean {
  if (uposOf(doc, trig) !== 'NOUN' || v <= trig + 2) return false;
  const { start, end } = doc.seg.tokens;
  return (
    doc.text.slice(start[trig + 1], end[trig + 1]) === ',' &&
    lemmaOf(doc, trig + 2) === 'which' &&
    headOf(doc, trig + 2) === v
  );
}

/**
 * "… who joined the rebels in 2018. Police said on Friday they had detained three men …": the
 * act of a sentence whose only date is the report's full day is not dated by a year or month told
 * before in the paragraph that ends a month or more before that day (it told someone's past, not
 * this act); it is of the report's day. `dates`: the sentence's dates, all of them the report's.
 */
export function staleBefore(value: string | null, dates: DateMention[]): boolean {
  const day = reportDay(dates)?.value;
  if (!value || !day || value.length >= 10) return false;
  const [y, m = 12] = value.split('-').map(Number);
  return Date.parse(day) - Date.UTC(y, m, 1) >= 30 * 86_400_000;
}

/** The one full day among a sentence's dates, as an event date. */
export function reportDay(dates: DateMention[]): { text: string; value: string | null } | null {
  const full = dates.filter((d) => d.value?.length === 10);
  return full.length === 1 ? { text: full[0].text, value: full[0].value } : null;
}

/**
 * "A U.S. drone strike on a car killed X", "An air strike killed the commander": a strike told
 * for the first time (an indefinite noun) that killed a named person or a role is the attack
 * the killing was done in; "the strike" is one told before.
 */
export function strikeMeans(head: string, plural: boolean): boolean {
  return (
    !plural &&
    /(?:^|[^\w’'])(?:an?)\s+(?:[\w.-]+\s+){0,3}$/i.test(head.slice(-60)) &&
    !/\b(?:the|that|this)\s+(?:[\w.-]+\s+){0,3}$/i.test(head.slice(-40))
  );
}

/**
 * "Separatist fighters attacked a convoy near X on Tuesday, killing seven soldiers. G said in a
 * statement that its fighters had detonated a bomb before opening fire": an attack or killing with
 * no doer takes those of the act of its type that a group tells as its own (its statement in the
 * same sentence) in the next two sentences, when day and place do not disagree.
 */
function selfToldDoers(events: EventDraft[]): void {
  for (const v of events) {
    if ((v.type !== 'attack' && v.type !== 'killing') || agentsOf(v).length) continue;
    const w = events.find(
      (o) =>
        o.type === v.type &&
        o.sentence > v.sentence &&
        o.sentence <= v.sentence + 2 &&
        agentsOf(o).length > 0 &&
        sameDay(o, v) &&
        (o.place < 0 || v.place < 0 || o.place === v.place) &&
        events.some(
          (st) =>
            st.type === 'statement' &&
            st.sentence === o.sentence &&
            st.participants.some((p) => agentsOf(o).includes(p.entity)),
        ),
    );
    if (w) v.participants.unshift(...agentsOf(w).map((entity) => ({ role: 'agent' as const, entity })));
  }
}
