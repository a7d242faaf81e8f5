/**
 * Killings of many told as the act (events36): "G fighters killed N troops at an outpost near X",
 * "the group killed six policemen with a roadside bomb", "gunmen of G shot dead nine travellers on the
 * road to Y". An armed group's (or a gunman's) killing of a counted number of people, with no
 * attack told in its sentence, is also an attack by the same doers on that day at that place, as
 * the golds tell every deadly raid twice (the reverse of `killingsOfDeadlyAttacks`).
 *
 * Only when the dead are a force's men ("28 soldiers", "ten policemen", "20 members of the VDP")
 * or the words after them tell a weapon or a force's post ("with a landmine", "at a checkpoint"):
 * a massacre of villagers told with nothing more is the killing alone, as bench/events-dev counts
 * it. Not one victim ("the group murdered a journalist": a killing), nor an execution or a
 * hanging, nor a killing of fighters ("troops killed 12 militants": whether that is an attack the
 * golds do not agree, and "in an operation", "in a raid" already make one; "its fighters had
 * killed dozens of the Khawarij": their clash is the attack, told by its own word).
 */

import type { Annotated } from './annotated.js';
import type { EventDraft } from './events.js';
import { eventTolls } from './toll.js';

// the verbs of a killing done by force of arms (not "executed", "hanged", "beheaded")
const BY_ARMS = /^(?:killed|kills?|shot|gunned|massacred|slaughtered|slew|murdered)\b/i;

// the dead are fighters: "killed 12 militants", "shot dead three insurgents"
const ARMED_DEAD =
  /\b(?:militants?|insurgents?|fighters?|attackers?|assailants?|gunm[ae]n|terrorists?|rebels?|jihadists?|bombers?|extremists?|khawarij)\b/i;

// the dead are a force's men: "28 soldiers", "ten policemen", "two police officers", "20 members of the VDP"
const SECURITY_DEAD =
  /\b(?:soldiers?|troops|servicem[ae]n|policem[ae]n|police(?:\s+officers?|\s+personnel)?|officers|constables?|gendarmes?|guards(?:men)?|security\s+(?:personnel|forces|men|officers|agents)|personnel|paramilitar(?:y|ies)|rangers|marines|commandos|reservists|militiam[ae]n|vigilantes|peacekeepers|jawans|sailors|airmen|members\s+of\s+(?:the\s+)?[\w-]+)\b/i;

// a weapon the killing was done with, or a force's post it was done at: "with a landmine", "in a
// roadside bombing", "at an army post", "on a military convoy"
const ARMED_MEANS =
  /^(?:\s+[\w'’-]+){0,3}?\s+(?:with|using|in|at|on|near)\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:(?:land)?mines?|bombs?|IEDs?|(?:improvised\s+)?explosive\s+devices?|explosives|grenades?|rockets?|mortars?|drones?|missiles?|suicide\s+[\w-]+|bombings?|ambush|assault|attack|raid|posts?|outposts?|bases?|checkpoints?|camps?|barracks|convoy|patrol|garrison|station)\b/i;

// a count of people right after the verb: "shot dead 14 travellers", "gunned down at least six men"
const COUNT_AFTER =
  /^\s+(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+|nearly\s+|up\s+to\s+)?(?:[2-9]|[1-9]\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds)\s+(?:[\w-]+\s+){0,2}?[\w-]+s\b/i;

// (a person or a body: "Iran" killing is a state's act told by its name, no raid of its own)
const doerOf = (doc: Annotated, e: number): boolean =>
  doc.entities[e].type === 'person' || doc.entities[e].type === 'organization';

/** Adds the attack each killing of a counted number by an armed group implies. */
export function attacksOfMassKillings(doc: Annotated, events: EventDraft[]): void {
  const sents = doc.seg.sentences;
  const held = new Set(events.map((v) => v.sentence));
  const attacked = new Set(events.filter((v) => v.type === 'attack').map((v) => v.sentence));
  for (const k of [...events]) {
    if (k.type !== 'killing' || attacked.has(k.sentence) || !BY_ARMS.test(k.trigger)) continue;
    const doers = k.participants.filter((p) => p.role === 'agent');
    if (!doers.length || !doers.every((p) => doerOf(doc, p.entity))) continue;
    // (an attack by them told on that day at that place, in another sentence, is this one)
    if (
      events.some(
        (a) =>
          a.type === 'attack' &&
          a.place === k.place &&
          (a.date?.value ?? null) === (k.date?.value ?? null) &&
          a.participants.some((p) => p.role === 'agent' && doers.some((d) => d.entity === p.entity)),
      )
    )
      continue;
    const s = sents[k.sentence];
    const sText = doc.text.slice(s.start, s.end);
    // the trigger's own words, and the count right after them ("killed at least 28 soldiers")
    const at = sText.toLowerCase().indexOf(k.trigger.toLowerCase());
    if (at < 0) continue;
    const from = s.start + at;
    const to = from + k.trigger.length;
    // the count the trigger's own words tell: "killed at least 28 soldiers", "28 soldiers were
    // killed by G", or (no toll reads it) "shot dead 14 travellers"
    const dead = eventTolls(doc.text, 'killing', k.sentence, sents, held).find(
      (t) => t.kind === 'killed' && t.start <= to + 12 && t.end >= from && t.end <= s.end,
    );
    let who = '';
    if (dead) {
      if ((dead.min ?? 0) < 2) continue;
      who = dead.text;
    } else {
      const n = COUNT_AFTER.exec(doc.text.slice(to, s.end));
      if (!n) continue;
      who = n[0];
    }
    const end = dead ? dead.end : to + who.length;
    // ("20 members of the VDP", "dozens of its fighters")
    who += /^\s+of\s+(?:the\s+|its\s+|their\s+)?[\w-]+/i.exec(doc.text.slice(end, s.end))?.[0] ?? '';
    if (ARMED_DEAD.test(who)) continue;
    // the dead are a force's men, or the words after them tell a weapon or a post of a force
    const rest = /^[^;:.]{0,70}/.exec(doc.text.slice(end, s.end))?.[0] ?? '';
    if (!SECURITY_DEAD.test(who) && !ARMED_MEANS.test(rest)) continue;
    events.push({
      type: 'attack',
      sentence: k.sentence,
      date: k.date,
      place: k.place,
      participants: k.participants.map((p) => ({ ...p })),
      trigger: k.trigger,
    });
    attacked.add(k.sentence);
  }
}
