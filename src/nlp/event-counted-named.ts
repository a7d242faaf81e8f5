/**
 * "Police arrested three suspected financiers of G on Saturday. A, B and C are accused of …",
 * "Troops killed two gunmen in the raid. The army named the dead as A, 31, and B, 27."
 * (events20): an arrest or killing of a counted number of people it names nobody of takes the
 * people the next sentence names, when they are exactly as many as the count: the list that opens
 * the sentence ("A, B and C were/are …"), or the one after "named/identified the dead (victims,
 * suspects, men, them) as" or, opening the sentence, "They (The three men) were identified as"
 * (events22). The next sentence may open the next paragraph only with the second
 * form. Names in a list may carry an age ("A, 24, B, 19, and C"). Fewer people than the count named
 * in the act's own words (a place name the entities took for a person) give way to the list.
 */

import { NUMBER_WORDS } from '../knowledge/numbers.js';
import type { Annotated } from './annotated.js';
import type { EventDraft } from './events.js';

// the count right after the act's verb: "arrested three suspected …", "killed at least 2 …"
const COUNTED =
  /^\s+(?:at\s+least\s+|another\s+|more\s+)?(two|three|four|five|six|seven|eight|nine|ten|[2-9])\b/i;
// what joins two names of a list, with an age between: ", ", " and ", ", 24, ", ", 19, and "
const LIST_GAP = /^\s*(?:,\s*\d{1,3}\s*)?(?:,\s*(?:and\s+)?|\s+and\s+)$/;
/**
 * The gap before the last name of a list when that person is described rather than named outright
 * (arrests33): "A, B and a third man known only as C", "A and a woman identified as C", "… and a
 * fourth suspect known by the alias "C"".
 */
export const DESCRIBED_LAST =
  /^\s*(?:,\s*\d{1,3}\s*)?,?\s*and\s+(?:an?|another|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:man|woman|suspect|person|youth|boy|girl)\s+(?:(?:known|identified|named|called|nicknamed)\s+(?:only\s+)?(?:as\s+|by\s+(?:the\s+|his\s+|her\s+)?(?:alias|nickname|name)\s+)?|named\s+)["“‘']?$/u;
const NAMED_AS =
  /\b(?:named|identified)\s+(?:the\s+(?:dead|victims|suspects|men|women|slain|detainees|dead\s+men)|them)\s+as\s+$|^(?:they|the\s+(?:\w+\s+)?(?:men|women|suspects|detainees|victims|dead))\s+(?:were|have\s+been|had\s+been)\s+(?:named|identified)\s+(?:by\s+[^,.;]{1,50}?\s+)?as\s+$/i;
// "Two of them were identified by officials as A and B": a part of the counted people named
const SOME_NAMED_AS =
  /^(one|two|three|four|five|six|seven|eight|nine|[2-9])\s+of\s+them\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:named|identified)\s+(?:by\s+[^,.;]{1,50}?\s+)?as\s+$/i;

/** The person mentions listed from `first` on, in text order (`first` itself included). */
function listFrom(doc: Annotated, persons: number[], first: number): number[] {
  const out = [persons[first]];
  for (let i = first + 1; i < persons.length; i++) {
    const gap = doc.text.slice(doc.mentions[persons[i - 1]].end, doc.mentions[persons[i]].start);
    if (!LIST_GAP.test(gap) && !DESCRIBED_LAST.test(gap)) break;
    out.push(persons[i]);
  }
  return out;
}

/** The people the sentence after `v`'s names, as many as its count (mention indexes), or none. */
function namedNext(doc: Annotated, v: EventDraft, byMention: number[][]): number[] {
  const sents = doc.seg.sentences;
  const s = sents[v.sentence];
  const next = sents[v.sentence + 1];
  if (!next) return [];
  const text = doc.text.slice(s.start, s.end);
  const at = text.search(new RegExp(`\\b${v.trigger.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i'));
  if (at < 0) return [];
  const m = COUNTED.exec(text.slice(at + v.trigger.length));
  if (!m) return [];
  const n = NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1]);
  const persons = (byMention[v.sentence + 1] ?? []).filter(
    (mi) => doc.mentionEntity[mi] >= 0 && doc.entities[doc.mentionEntity[mi]].type === 'person',
  );
  if (!persons.length) return [];
  // the list that opens the sentence (same paragraph only), or the one "named … as" introduces
  let first = -1;
  if (doc.mentions[persons[0]].start === next.start && next.paragraph === s.paragraph) first = 0;
  else first = persons.findIndex((mi) => NAMED_AS.test(doc.text.slice(next.start, doc.mentions[mi].start)));
  if (first >= 0) {
    const list = listFrom(doc, persons, first);
    return list.length === n ? list : [];
  }
  // ("Two of them were named as A and B": as many as that part)
  const part = SOME_NAMED_AS.exec(doc.text.slice(next.start, doc.mentions[persons[0]].start));
  const k = part ? (NUMBER_WORDS[part[1].toLowerCase()] ?? Number(part[1])) : 0;
  if (!k || k > n) return [];
  const list = listFrom(doc, persons, 0);
  return list.length === k ? list : [];
}

/** Gives counted arrests and killings with fewer people than their count the people named next. */
export function countedNamedNext(doc: Annotated, events: EventDraft[], byMention: number[][]): void {
  for (const v of events) {
    if (v.type !== 'arrest' && v.type !== 'killing') continue;
    const people = v.participants.filter(
      (p) => p.role === 'patient' && doc.entities[p.entity].type === 'person',
    );
    const named = namedNext(doc, v, byMention);
    // (as many people named already: those are whom it befell)
    if (!named.length || people.length >= named.length) continue;
    // (a place or a group the words took for whom it befell gives way to the people named)
    v.participants = v.participants.filter((p) => p.role !== 'patient');
    for (const mi of named) {
      const e = doc.mentionEntity[mi];
      if (!v.participants.some((p) => p.entity === e)) v.participants.push({ role: 'patient', entity: e });
    }
  }
}
