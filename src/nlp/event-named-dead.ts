/**
 * The dead a report names after the act that killed them (events26): "Sergeant X died of his
 * wounds the next day", "Constable Y succumbed to his injuries in hospital", "Z received a bullet
 * in the neck and was pronounced dead", "X died on the spot, while Y succumbed …",
 * "One of the victims was identified as X", "Police named one of the victims (one of them) as Y",
 * "One of the dead, Z, was a volunteer". The death points back to the act told last before it
 * (this sentence or up to six before, three paragraphs at most):
 *
 * - a killing there takes the person as its patient (as `killingOfTheDead` joins "among the
 *   dead"), unless the death tells a day of its own that disagrees with the killing's ("died of
 *   his wounds on Sunday" after a clash on Saturday): then it is a killing of its own;
 * - an attack there with no killing told ("Militants attacked a police post in X. One officer,
 *   Y, was shot and died en route to hospital") makes a killing of Y by the attack's doers, at
 *   the attack's place (its own when it names one) and on its own day, else the attack's.
 *
 * A death with no act told before ("died of his wounds from a car crash years ago") or of a
 * person a killing already befell makes nothing; "died of an illness" is no death by wounds.
 * Read on the words (a few fixed phrases, looked for only where "died", "succumbed", "dead" is).
 */

import type { Annotated } from './annotated.js';
import { type DateAt, killingOf } from './event-among-dead.js';
import type { EventDraft } from './events.js';

// how far back the death may point: sentences and paragraphs
const MAX_SENTENCES = 6;
const MAX_PARAGRAPHS = 3;

// the death by wounds, after the one who died: "died of his wounds", "died from injuries",
// "died on the spot", "died on the way to hospital", "died at a field hospital", "succumbed to
// his injuries", "was declared (pronounced) dead"
const DIED_OF_WOUNDS =
  /\b(?:(?:later\s+|subsequently\s+)?died\s+(?:(?:later|instantly|shortly\s+afterwards?)\s+)?(?:(?:of|from)\s+(?:his|her|their|the)?\s*(?:[\w-]+\s+){0,2}?(?:wounds|injuries)|on\s+the\s+spot|on\s+the\s+way\s+to|en\s+route\s+to|on\s+arrival|in\s+hospital|at\s+(?:a|the)\s+(?:[\w-]+\s+){0,3}?hospital)|succumbed\s+to\s+(?:his|her|their|the)?\s*(?:[\w-]+\s+){0,2}?(?:wounds|injuries)|(?:was|were)\s+(?:declared|pronounced|confirmed)\s+dead)\b/gi;
// the dead named after: "one of the victims was (identified as) X", "one of the dead, X,",
// "named (identified) one of the dead (them, the victims) as X"
const ONE_OF_THE_DEAD =
  /\b(?:one\s+of\s+(?:the\s+)?(?:dead|victims|slain|those\s+killed)(?:\s+(?:men|soldiers|officers|policemen|fighters))?\s*(?:,|\s+(?:was|is)\s+(?:identified\s+as\s+|named\s+as\s+)?)|(?:named|identified)\s+one\s+of\s+(?:the\s+dead|the\s+victims|them|those\s+killed)\s+as\s+)/gi;
// (a cheap look before the patterns: most sentences hold none of these words)
const GATE = /\b(?:died|succumbed|dead|one\s+of)\b/i;
// what may stand between the dead person and the phrase of death: no other clause's end or report
const BETWEEN_BAD = /[;:]|\b(?:said|says|told|while|whose|but)\b/i;
// what may stand between "one of the dead was" and the name: a title or role, no clause's end
const BEFORE_NAME = /^[^.;:]{0,60}$/;
// the trigger of a fight between sides, whose dead may be of either
const FIGHT = /^(?:clash|fight|battl|gunfight|firefight|shootout|skirmish|exchange)/i;
// a name that owns the noun after it ("Abu Sitta's brother, X") is not the one named
const OWNS = /^['’]s?\b/;

// which act of one sentence the dead belong to: a killing, else an attack, an arrest last
const RANK: Record<string, number> = { killing: 2, attack: 1, arrest: 0 };

/**
 * The act (attack or killing) told last up to sentence `si`, within reach, that person `e` has no
 * part in ("X, wounded in the raid, died of his wounds": the raid told before, not the
 * wounding); a killing first among those of one sentence. None when that act is an arrest.
 */
function actToldBefore(doc: Annotated, out: EventDraft[], si: number, e: number): EventDraft | undefined {
  const para = doc.seg.sentences[si].paragraph;
  let best: EventDraft | undefined;
  for (const v of out) {
    if (v.type !== 'killing' && v.type !== 'attack' && v.type !== 'arrest') continue;
    if (v.sentence > si || si - v.sentence > MAX_SENTENCES) continue;
    if (para - doc.seg.sentences[v.sentence].paragraph > MAX_PARAGRAPHS) continue;
    if (v.participants.some((p) => p.entity === e)) continue;
    if (
      !best ||
      v.sentence > best.sentence ||
      (v.sentence === best.sentence && RANK[v.type] > RANK[best.type])
    )
      best = v;
  }
  // ("police arrested three men. An official identified one of them as X": the arrested, not the dead)
  return best?.type === 'arrest' ? undefined : best;
}

/** The place of the act told last before `act` (within reach) that names one, else none. */
function placeToldBefore(_doc: Annotated, out: EventDraft[], act: EventDraft): number {
  let best: EventDraft | undefined;
  for (const v of out)
    if (
      (v.type === 'killing' || v.type === 'attack') &&
      v.place >= 0 &&
      v.sentence <= act.sentence &&
      act.sentence - v.sentence <= MAX_SENTENCES &&
      (!best || v.sentence > best.sentence)
    )
      best = v;
  return best ? best.place : -1;
}

/**
 * Reads the dead sentence `si` names after their act (see the file's comment) and joins them to
 * it, or makes their killing; `dateFor` and `placeAt` read a day and a place at an offset.
 */
export function deadNamedAfter(
  doc: Annotated,
  si: number,
  sText: string,
  ms: number[],
  out: EventDraft[],
  dateFor: DateAt,
  placeAt: (at: number) => number,
): void {
  if (!GATE.test(sText)) return;
  const s = doc.seg.sentences[si];
  const people = ms.filter((mi) => doc.entities[doc.mentionEntity[mi]]?.type === 'person');
  if (!people.length) return;
  // the dead, each with the offset of its phrase of death
  const dead: { e: number; at: number }[] = [];
  DIED_OF_WOUNDS.lastIndex = 0;
  for (let m = DIED_OF_WOUNDS.exec(sText); m; m = DIED_OF_WOUNDS.exec(sText)) {
    const at = s.start + m.index;
    // the person named last before the phrase, in its own clause
    const before = people.filter((mi) => doc.mentions[mi].end <= at);
    const mi = before[before.length - 1];
    if (mi === undefined || BETWEEN_BAD.test(doc.text.slice(doc.mentions[mi].end, at))) continue;
    dead.push({ e: doc.mentionEntity[mi], at });
  }
  ONE_OF_THE_DEAD.lastIndex = 0;
  for (let m = ONE_OF_THE_DEAD.exec(sText); m; m = ONE_OF_THE_DEAD.exec(sText)) {
    const from = s.start + m.index + m[0].length;
    const mi = people.find(
      (p) =>
        doc.mentions[p].start >= from &&
        !OWNS.test(doc.text.slice(doc.mentions[p].end, doc.mentions[p].end + 2)),
    );
    if (mi === undefined || !BEFORE_NAME.test(doc.text.slice(from, doc.mentions[mi].start))) continue;
    dead.push({ e: doc.mentionEntity[mi], at: s.start + m.index });
  }
  for (const { e, at } of dead) {
    // (a killing told already befell this person, or the person did an act: nothing to add)
    if (
      out.some(
        (v) =>
          (v.type === 'killing' && v.participants.some((p) => p.role === 'patient' && p.entity === e)) ||
          ((v.type === 'killing' || v.type === 'attack') &&
            v.participants.some((p) => p.role === 'agent' && p.entity === e)),
      )
    )
      continue;
    const act = actToldBefore(doc, out, si, e);
    if (!act) continue;
    const date = dateFor(at, 'killing');
    const own = date?.value ?? null;
    const told = act.date?.value ?? null;
    // ("X was killed …, and Y died of his wounds on Monday": one killing, whatever day each died)
    const sameDay = act.sentence === si || !own || !told || own.startsWith(told) || told.startsWith(own);
    // (where the act was, before where the death was told: "died at a hospital in X", "a father
    // of three from Y")
    const placeBefore = act.place >= 0 ? act.place : placeToldBefore(doc, out, act);
    const place = placeBefore >= 0 ? placeBefore : placeAt(at);
    if (act.type === 'killing' && sameDay) {
      act.participants.push({ role: 'patient', entity: e });
      if (act.place < 0) act.place = place;
      continue;
    }
    const k = killingOf(si, [e], own ? date : act.date, place, 'dead');
    // the act's doers killed him, and the force or group it befell lost him ("A attacked a B
    // checkpoint. One of the dead was X"), unless it was a fight between sides ("A and B clashed",
    // "fighting between A and B": the dead may be of either)
    const fight = out.some(
      (v) => v.sentence === act.sentence && (v === act || v.type === 'attack') && FIGHT.test(v.trigger),
    );
    if (!fight)
      for (const p of act.participants)
        if (p.role === 'agent' || doc.entities[p.entity]?.type === 'organization')
          k.participants.push({ role: p.role, entity: p.entity });
    out.push(k);
  }
}
