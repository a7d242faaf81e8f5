import type { RelationType } from '../types.js';
import { type Annotated, mentionsBySentence } from './annotated.js';
import { orgKind } from './attributes.js';
import { isArmed } from './defection.js';
import { DESCRIBED_LAST } from './event-counted-named.js';
import type { EventDraft } from './events.js';
import { partOfEither, type RelationDraft, YES_NO_QUESTION } from './relations.js';
import {
  ACCORDING_REACH,
  ACCORDING_TO,
  ANOTHER_STORY,
  arrestBodyNear,
  arrestedNamedBefore,
  conjoinedPeople,
  mayArrest,
  REPORTS,
} from './ties-arrests30.js';
import { arrestedPronounHere, governingDoer, namedLater } from './ties-arrests34.js';
import { echoedBody, localForce } from './ties-arrests35.js';
import { jointPartners, raidDoers, thoseHeldBy } from './ties-arrests36.js';
import { commonDoerBody } from './ties-arrests38.js';
import { actSides } from './ties-fights30.js';
import { stateForceSide } from './ties-fights31.js';
import { groupOfPerson, militantSide } from './ties-fights38.js';

// Ties that events imply (ONTOLOGY.md): an attack or a killing by one armed organisation on
// another is `fights` between them (and by or on one of no kind the act shows to be a side:
// `actSides` in ties-fights30.ts); a pledge of allegiance is `pledged_allegiance_to` (to the
// group when the pledge goes to a man the text names as that group's leader); a defection is
// `split_from` the group left and, for a person, `member_of` the group joined; an arrest by an
// organisation is `arrested_by` it for each person arrested; a person who split from a group was
// `member_of` it. An event told in a yes/no question
// implies nothing. Each tie cites
// the event's sentence; a tie the relation stage already read (same type and ends, either way
// for a symmetric type) is not added again, nor one the text denies.

const SYMMETRIC = new Set<RelationType>(['fights', 'allied_with', 'rival_of']);

export function eventTies(doc: Annotated, events: EventDraft[], relations: RelationDraft[]): RelationDraft[] {
  const key = (t: RelationType, a: number, b: number) =>
    SYMMETRIC.has(t) && b < a ? `${t}:${b}:${a}` : `${t}:${a}:${b}`;
  const seen = new Set(relations.map((r) => key(r.type, r.subject, r.object)));
  const out: RelationDraft[] = [];
  const add = (type: RelationType, subject: number, object: number, v: EventDraft) => {
    if (subject < 0 || object < 0 || subject === object) return;
    const k = key(type, subject, object);
    if (seen.has(k)) return;
    seen.add(k);
    out.push({
      type,
      subject,
      object,
      negated: false,
      sentence: v.sentence,
      attributedTo: -1,
      attributedText: null,
      cue: `event:${v.type}:${v.trigger}`,
    });
  };
  const role = (v: EventDraft, r: string) => v.participants.filter((p) => p.role === r).map((p) => p.entity);
  const isOrg = (e: number) => doc.entities[e].type === 'organization';
  // "G's leader X": X leads G, by a tie the relation stage read
  const ledBy = (person: number) =>
    relations.find((r) => r.type === 'leader_of' && !r.negated && r.subject === person && isOrg(r.object))
      ?.object ?? -1;
  let by: number[][] | undefined;
  const armed = (e: number) => isArmed(doc, e) || armedByName(doc, e);
  for (const v of events) {
    // ("Did the army arrest X?" asks; it states no tie)
    const sent = doc.seg.sentences[v.sentence];
    if (sent && YES_NO_QUESTION.test(doc.text.slice(sent.start, sent.end))) continue;
    if (v.type === 'attack' || v.type === 'killing') {
      // (a clash, a battle between two organisations is armed when one side is: "clashes between
      // members of G and H", H of no known kind)
      const clash = v.type === 'attack' && CLASH_WORD.test(v.trigger);
      by ??= mentionsBySentence(doc);
      const ms = by[v.sentence];
      const sides = (a: number, p: number) =>
        (clash && isOrg(a) && isOrg(p) && (armed(a) || armed(p))) || actSides(doc, v, a, p, armed, ms);
      for (const a of role(v, 'agent'))
        for (const p of role(v, 'patient'))
          if (sides(a, p) && !alliedIn(relations, v.sentence, a, p) && !partOfEither(relations, a, p))
            add('fights', a, p, v);
      // ("G fighters exchanged fire with the soldiers", "troops killed five G militants": the
      // state force a bare noun of soldiers or police stands for, fights31)
      const agents = role(v, 'agent').filter(isOrg);
      const patients = role(v, 'patient').filter(isOrg);
      if (agents.length === 1 && !patients.length && armed(agents[0])) {
        const f = stateForceSide(doc, v, 'patient', by);
        if (
          f >= 0 &&
          !alliedIn(relations, v.sentence, agents[0], f) &&
          !partOfEither(relations, agents[0], f)
        )
          add('fights', agents[0], f, v);
      } else if (patients.length === 1 && !agents.length && armed(patients[0])) {
        const f = stateForceSide(doc, v, 'agent', by);
        if (f >= 0 && !partOfEither(relations, f, patients[0])) add('fights', f, patients[0], v);
      }
      // ("troops killed the insurgents", "soldiers overran the rebels' camp": the armed group a
      // bare noun of its men stands for, the mirror of the state's force above; fights38)
      if (agents.length === 1 && !patients.length && armed(agents[0])) {
        const g = militantSide(doc, v, 'patient', agents[0], armed, by);
        if (
          g >= 0 &&
          !alliedIn(relations, v.sentence, agents[0], g) &&
          !partOfEither(relations, agents[0], g)
        )
          add('fights', agents[0], g, v);
      } else if (patients.length === 1 && !agents.length && armed(patients[0])) {
        const g = militantSide(doc, v, 'agent', patients[0], armed, by);
        if (g >= 0 && !partOfEither(relations, g, patients[0])) add('fights', g, patients[0], v);
      }
      // ("F killed X, a commander of G", "X, a G fighter, shot two F soldiers": a person's side is
      // the one group the relation stage makes the person a member or leader of; fights38)
      for (const a of role(v, 'agent'))
        for (const p of role(v, 'patient')) {
          const ga = isOrg(a) ? a : groupOfPerson(doc, relations, a);
          const gp = isOrg(p) ? p : groupOfPerson(doc, relations, p);
          if (ga < 0 || gp < 0 || ga === gp || (ga === a && gp === p)) continue;
          if (!armed(ga) && !armed(gp)) continue;
          if (!armed(ga) && !kindlessOrg(doc, ga)) continue;
          if (!armed(gp) && !kindlessOrg(doc, gp)) continue;
          if (!alliedIn(relations, v.sentence, ga, gp) && !partOfEither(relations, ga, gp))
            add('fights', ga, gp, v);
        }
      // ("G's Sahm unit attacked H": G fights H as its unit does)
      for (const a of role(v, 'agent'))
        for (const g of parentsOf(doc, relations, by[v.sentence], a))
          for (const p of role(v, 'patient'))
            if (
              armed(g) &&
              armed(p) &&
              !alliedIn(relations, v.sentence, g, p) &&
              !partOfEither(relations, g, p)
            )
              add('fights', g, p, v);
    } else if (v.type === 'allegiance') {
      for (const a of role(v, 'agent'))
        for (const r of role(v, 'recipient')) {
          const g = doc.entities[r].type === 'person' ? ledBy(r) : r;
          add('pledged_allegiance_to', a, g >= 0 ? g : r, v);
        }
    } else if (v.type === 'arrest') {
      by ??= mentionsBySentence(doc);
      // ("Among those arrested by F were A and B": F made the arrest, A and B were taken, arrests36)
      const those = thoseHeldBy(doc, by, v);
      if (those) {
        v.participants = v.participants.filter((p) => p.entity !== those.body && p.role !== 'agent');
        v.participants.unshift({ role: 'agent', entity: those.body });
        for (const p of those.people)
          if (!v.participants.some((q) => q.entity === p))
            v.participants.push({ role: 'patient', entity: p });
      }
      const people = arrestedPeople(doc, by[v.sentence], role(v, 'patient'));
      // ("F found X in a hotel and arrested him", "X fled to P, where F detained him": the pronoun's
      // person named before it in the sentence; a doer read as that person is none: arrests34)
      if (!people.length) {
        const here = arrestedPronounHere(doc, by, v, relations);
        people.push(...here);
        // (the doer: the subject of the verb the arrest's clause hangs on, in place of one of the
        // people taken or a place read as the doer: "F found X in a flat in P and arrested him")
        const f = here.length && !role(v, 'agent').some(isOrg) ? governingDoer(doc, v) : -1;
        for (let i = v.participants.length - 1; i >= 0; i--) {
          const q = v.participants[i];
          if (
            q.role === 'agent' &&
            (here.includes(q.entity) || (f >= 0 && doc.entities[q.entity].type === 'place'))
          )
            v.participants.splice(i, 1);
        }
        if (f >= 0 && !v.participants.some((p) => p.entity === f))
          v.participants.push({ role: 'agent', entity: f });
      }
      // ("F arrested a man on Friday. He was identified as X": the people the tie stage finds named
      // after the arrest are its patients too, arrests34)
      if (!people.length) people.push(...namedLater(events, relations, v));
      // ("A and B were convicted. They were arrested by F": arrests30)
      if (!people.length) people.push(...arrestedNamedBefore(doc, by, v.sentence, v.trigger));
      // ("Among them were A, accused of …, and B": conjuncts on the parse, arrests30)
      for (const e of conjoinedPeople(doc, by, v.sentence, people)) people.push(e);
      // ("F, in coordination with G, arrested X": F made the arrest with G, arrests36)
      for (const f of jointPartners(doc, by, v)) v.participants.push({ role: 'agent', entity: f });
      // ("X was handed over to F", "G handed X over to F": F holds them, not G; arrests38)
      const given = receivingBody(doc, by[v.sentence], v);
      if (given >= 0) {
        v.participants = v.participants.filter((p) => p.role !== 'agent' && p.entity !== given);
        v.participants.push({ role: 'agent', entity: given });
      }
      let agents = role(v, 'agent').filter(isOrg);
      // (an arrest of people nobody names takes its agent the same way, with no tie: "Six more
      // suspects were detained on Monday, the F said", "F detained A and B. Two other men were
      // held the next day"; arrests33)
      if (!people.length && role(v, 'agent').length) continue;
      // ("A raid by F led to the arrest of X", "X was arrested after F stormed his house": the
      // raid's doers, arrests36)
      if (!agents.length) {
        agents = raidDoers(doc, by, v);
        for (const f of agents)
          if (!v.participants.some((p) => p.entity === f)) v.participants.push({ role: 'agent', entity: f });
      }
      if (!agents.length) {
        let f = arrestingAgency(doc, by, v.sentence, people, [...relations, ...out]);
        if (f === NONE_NAMED) f = earlierArrestAgency(doc, by, events, v);
        // ("X, an F official, said the force had arrested …": the body the noun echoes, arrests35)
        if (f < 0) f = echoedBody(doc, by, v);
        // ("Ugandan police said they had arrested X": the police force the text names)
        if (f < 0) f = policeNamed(doc, v);
        // (the one body able to hold people named in this sentence, the one before or the next
        // one's report: arrests30)
        if (f < 0) f = arrestBodyNear(doc, by, v.sentence, v.trigger, people, [...relations, ...out]);
        // ("The F has been hunting the cell. … Intelligence officers detained X": the one body of the
        // doer noun's kind the text names before, arrests38)
        if (f < 0) f = commonDoerBody(doc, v);
        if (f >= 0) agents = [f];
        // (the body found here is the event's agent too, when it names no one else: arrests33)
        if (f >= 0 && !role(v, 'agent').length) v.participants.push({ role: 'agent', entity: f });
      }
      // (whom the arrest takes by its list, the sentence before or the conjuncts of a description
      // are its patients too: arrests33)
      for (const p of people)
        if (!v.participants.some((q) => q.entity === p)) v.participants.push({ role: 'patient', entity: p });
      // (no one is held by their own group: "troops broke up a G cell, arresting two men" read
      // with G as the act's agent, the men being G's members)
      for (const a of agents)
        for (const p of people) if (!memberOf(relations, p, a)) add('arrested_by', p, a, v);
    } else if (v.type === 'defection') {
      for (const a of role(v, 'agent')) {
        for (const r of role(v, 'recipient')) if (isOrg(r)) add('split_from', a, r, v);
        const j = v.joined ?? -1;
        if (j >= 0 && doc.entities[a].type === 'person' && !role(v, 'recipient').includes(j))
          add('member_of', a, j, v);
      }
    }
  }
  // "X defected from G", "X, a defector from G": who split from a group was one of its
  // members (a person; not a group that broke away)
  for (const r of [...relations, ...out]) {
    if (r.type !== 'split_from' || r.negated || doc.entities[r.subject].type !== 'person' || !isOrg(r.object))
      continue;
    const k = key('member_of', r.subject, r.object);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ ...r, type: 'member_of', cue: `member_of/split-from` });
  }
  return out;
}

// the words of a fight between two sides: "clash", "clashes", "fighting", "battle", "gunfight"
const CLASH_WORD = /^(?:clash|fighting|battle|gunfight|firefight|skirmish)/i;
// "Central Command", "Western Command", "Africa Command": a state's military command
const MILITARY_COMMAND = /\bCommand$/;
// "the Dogon militia X", "rebel group X", "X militia", "X, a self-defence group": the text calls it
// armed; and so it does naming its forces ("forces of X", "troops loyal to X", "X forces": events29)
const ARMED_NOUN_BEFORE =
  /\b(?:militias?|rebels?|rebel\s+(?:group|movement)|insurgents?|guerrillas?|paramilitar(?:y|ies)|armed\s+(?:group|faction)|self-defen[cs]e\s+(?:group|force|militia)|(?:forces|troops|fighters|gunmen|militiamen)\s+(?:of|from|loyal\s+to|belonging\s+to)(?:\s+the)?)\s+$/i;
const ARMED_NOUN_AFTER =
  /^(?:\s+(?:militia|militiamen|rebels|insurgents|guerrillas|fighters|forces|troops|gunmen)\b|\s*,\s+an?\s+(?:[\w-]+\s+){0,3}(?:militia|armed\s+group|rebel\s+group|self-defen[cs]e\s+group)\b)/i;

/**
 * An organisation the kinds of the attributes stage leave unarmed that is one by its name or by
 * what the text calls it (events27): a military command ("the U.S. military's Central Command"),
 * or a name the text sets beside "militia", "rebels", "armed group" ("the Dogon militia X").
 */
function armedByName(doc: Annotated, e: number): boolean {
  const x = doc.entities[e];
  if (x.type !== 'organization') return false;
  const kind = orgKind(x.surfaces, x.kind);
  if (kind && kind !== 'government') return false;
  if (x.surfaces.some((n) => MILITARY_COMMAND.test(n) && !/\bPolice\b/i.test(n))) return true;
  if (kind) return false;
  for (let mi = 0; mi < doc.mentions.length; mi++) {
    if (doc.mentionEntity[mi] !== e) continue;
    const m = doc.mentions[mi];
    if (ARMED_NOUN_BEFORE.test(doc.text.slice(Math.max(0, m.start - 40), m.start))) return true;
    if (ARMED_NOUN_AFTER.test(doc.text.slice(m.end, m.end + 60))) return true;
  }
  return false;
}

/** an organisation the attributes stage gives no kind ("a commander of the VRM": a group) */
function kindlessOrg(doc: Annotated, e: number): boolean {
  const x = doc.entities[e];
  return x.type === 'organization' && !orgKind(x.surfaces, x.kind);
}

/**
 * The organisations unit `a` is part of, by the relation stage, that the act's sentence names as
 * its owner right before it ("Hamas's Sahm unit", "the Philippine Army's 103rd Infantry Brigade");
 * a branch or province named on its own ("ISWAP attacked …") fights for itself.
 */
function parentsOf(
  doc: Annotated,
  relations: readonly RelationDraft[],
  ms: readonly number[],
  a: number,
): number[] {
  const out: number[] = [];
  for (let i = 1; i < ms.length; i++) {
    if (doc.mentionEntity[ms[i]] !== a) continue;
    const g = doc.mentionEntity[ms[i - 1]];
    if (
      out.includes(g) ||
      !/^['’]s?\s+$/.test(doc.text.slice(doc.mentions[ms[i - 1]].end, doc.mentions[ms[i]].start))
    )
      continue;
    if (relations.some((r) => r.type === 'part_of' && !r.negated && r.subject === a && r.object === g))
      out.push(g);
  }
  return out;
}

/** whether the relation stage read `a` and `b` as allies in sentence `si` ("A attacked P together
 * with B": B is no target of A's attack) */
function alliedIn(relations: readonly RelationDraft[], si: number, a: number, b: number): boolean {
  for (const r of relations)
    if (
      r.type === 'allied_with' &&
      !r.negated &&
      r.sentence === si &&
      ((r.subject === a && r.object === b) || (r.subject === b && r.object === a))
    )
      return true;
  return false;
}

/** whether the relation stage reads person `p` as a member of organisation `g` */
function memberOf(relations: readonly RelationDraft[], p: number, g: number): boolean {
  return relations.some((r) => r.type === 'member_of' && !r.negated && r.subject === p && r.object === g);
}

/** what may stand between two names of one list: a comma, "and", ", and" */
const LIST_GAP = /^\s*(?:,|,?\s*and)\s*$/;
/** the same with a kinsman or companion of the one named before (arrests34): "A and his brother
 * B", "A, her husband, B", "A and his driver B" */
const KIN_GAP =
  /^\s*(?:,|,?\s*and)\s+(?:his|her|their)\s+(?:(?:elder|older|younger|eldest|youngest|twin|personal)\s+)?(?:brother|sister|son|daughter|wife|husband|father|mother|cousin|nephew|niece|uncle|aunt|(?:brother|sister|son|daughter|father)-in-law|associate|aide|bodyguard|driver|deputy|companion|accomplice)s?\s*,?\s*$/i;

/**
 * The people an arrest takes: its person patients and the people listed with each of them
 * ("DSS operatives detained A and B" when the event holds A only), in sentence order.
 */
function arrestedPeople(doc: Annotated, mentions: readonly number[], patients: readonly number[]): number[] {
  const isPerson = (mi: number) => doc.entities[doc.mentionEntity[mi]].type === 'person';
  const out = patients.filter((p) => doc.entities[p].type === 'person');
  if (!out.length) return out;
  for (let i = 0; i < mentions.length; i++) {
    if (!isPerson(mentions[i]) || !out.includes(doc.mentionEntity[mentions[i]])) continue;
    // the list this patient stands in, both ways
    for (const step of [-1, 1]) {
      let a = mentions[i];
      for (let j = i + step; j >= 0 && j < mentions.length; j += step) {
        const b = mentions[j];
        const [x, y] = step > 0 ? [a, b] : [b, a];
        const gap = doc.text.slice(doc.mentions[x].end, doc.mentions[y].start);
        // (also "A, B and a third man known only as C": the last one described, arrests33)
        if (!isPerson(b) || !(LIST_GAP.test(gap) || DESCRIBED_LAST.test(gap) || KIN_GAP.test(gap))) break;
        const e = doc.mentionEntity[b];
        if (!out.includes(e)) out.push(e);
        a = b;
      }
    }
  }
  return out;
}

const isAgency = (doc: Annotated, e: number): boolean => {
  const x = doc.entities[e];
  return x.type === 'organization' && orgKind(x.surfaces, x.kind) === 'security agency';
};

/**
 * Who made an arrest whose sentence names no arresting organisation (issue #10):
 * - the organisation the relation stage already reads as arresting one of the same people in
 *   that sentence ("the agency said it detained A and B" read for A only);
 * - a security agency the sentence reports "according to";
 * - else the one organisation that arrested someone in the sentence before (or the one before
 *   that, in the same paragraph), when the sentence names no organisation itself ("F arrested A in P. His
 *   brother, B, was detained later, police said"; "… Two of his aides were arrested with him");
 * - else the one security agency whose report the sentence before (same paragraph) tells ("F said
 *   it had foiled a plot. A and B were arrested in the raid").
 * -1 when none fits or two do.
 */
function arrestingAgency(
  doc: Annotated,
  by: readonly number[][],
  si: number,
  people: readonly number[],
  ties: readonly RelationDraft[],
): number {
  const told = new Set<number>();
  for (const r of ties)
    if (r.type === 'arrested_by' && !r.negated && r.sentence === si && people.includes(r.subject))
      told.add(r.object);
  if (told.size) return told.size === 1 ? [...told][0] : -1;
  const s = doc.seg.sentences[si];
  let orgs = 0;
  for (const mi of by[si]) {
    const e = doc.mentionEntity[mi];
    if (doc.entities[e].type !== 'organization') continue;
    orgs++;
    const m = doc.mentions[mi];
    if (
      isAgency(doc, e) &&
      ACCORDING_TO.test(doc.text.slice(Math.max(s.start, m.start - ACCORDING_REACH), m.start))
    )
      return e;
  }
  if (orgs) return -1;
  const before = new Set<number>();
  for (const r of ties)
    if (
      r.type === 'arrested_by' &&
      !r.negated &&
      r.sentence < si &&
      (r.sentence === si - 1 ||
        (r.sentence === si - 2 && doc.seg.sentences[r.sentence].paragraph === s.paragraph)) &&
      !people.includes(r.subject)
    )
      before.add(r.object);
  if (before.size) return before.size === 1 ? [...before][0] : -1;
  // "F said it had foiled a plot in P. A and B were arrested in the raid": the one security
  // agency reporting in the sentence before, in the same paragraph
  const prev = si - 1;
  if (prev < 0 || doc.seg.sentences[prev].paragraph !== s.paragraph) return NONE_NAMED;
  let reporter = -1;
  for (const mi of by[prev]) {
    const e = doc.mentionEntity[mi];
    if (!isAgency(doc, e) || !REPORTS.test(doc.text.slice(doc.mentions[mi].end, doc.mentions[mi].end + 40)))
      continue;
    if (reporter >= 0 && reporter !== e) return -1;
    reporter = e;
  }
  return reporter >= 0 ? reporter : NONE_NAMED;
}

/** a verb of handing over, as the lexicon's patterns match it */
const HANDED = /^(?:handed|handing|turned)$/i;
/** the words between "over to" and the body a person is given to */
const OVER_TO = /\bover\s+to\s+(?:the\s+)?(?:[\p{L}'’-]+\s+)?$/u;

/**
 * The body an arrest told as a handing over gives its people to (arrests38): "X was handed over to
 * F", "G handed X over to F", "X was turned over to F" make F the one that holds them, when it is a
 * body able to hold people (a force, an agency, a ministry of the interior or justice; not a court
 * nor a family); -1 otherwise.
 */
function receivingBody(doc: Annotated, mentions: readonly number[], v: EventDraft): number {
  if (!HANDED.test(v.trigger)) return -1;
  const s = doc.seg.sentences[v.sentence];
  const at = s.start + doc.text.slice(s.start, s.end).indexOf(v.trigger);
  for (const mi of mentions) {
    const m = doc.mentions[mi];
    if (m.start <= at || m.start - at > 120) continue;
    if (!OVER_TO.test(doc.text.slice(at, m.start))) continue;
    const e = doc.mentionEntity[mi];
    return mayArrest(doc, e) ? e : -1;
  }
  return -1;
}

/** `arrestingAgency` found no organisation at all around the arrest (not two that disagree) */
const NONE_NAMED = -2;

/** how many sentences back an arrest told before may give its agency to one told after */
const EARLIER_ARREST_REACH = 3;

/**
 * The agency of the arrest told last before `v` (at most three sentences back), for an arrest
 * whose own sentence and the one before name no organisation: its one organisation agent, else
 * the one body reporting it ("Security officers detained nine people, the State Committee for
 * National Security said. … Two of his relatives, A and B, were taken into custody"); -1 when
 * that arrest gives none.
 */
function earlierArrestAgency(
  doc: Annotated,
  by: readonly number[][],
  events: readonly EventDraft[],
  v: EventDraft,
): number {
  let last: EventDraft | undefined;
  for (const w of events)
    if (
      w !== v &&
      w.type === 'arrest' &&
      w.sentence < v.sentence &&
      v.sentence - w.sentence <= EARLIER_ARREST_REACH &&
      (!last || w.sentence > last.sentence)
    )
      last = w;
  if (!last) return -1;
  // ("Separately, X … He was arrested by police last month": another story)
  for (let k = last.sentence + 1; k <= v.sentence; k++) {
    const x = doc.seg.sentences[k];
    if (ANOTHER_STORY.test(doc.text.slice(x.start, Math.min(x.end, x.start + 40)))) return -1;
  }
  const agents = [...new Set(last.participants.filter((p) => p.role === 'agent').map((p) => p.entity))];
  const orgAgents = agents.filter((e) => doc.entities[e].type === 'organization');
  if (orgAgents.length) return orgAgents.length === 1 && mayArrest(doc, orgAgents[0]) ? orgAgents[0] : -1;
  // (the body whose report tells that arrest: "…, F said"; "F announced that …")
  let reporter = -1;
  const s = doc.seg.sentences[last.sentence];
  for (const mi of by[last.sentence]) {
    const e = doc.mentionEntity[mi];
    const m = doc.mentions[mi];
    if (!mayArrest(doc, e)) continue;
    const said =
      REPORTS.test(doc.text.slice(m.end, m.end + 40)) ||
      ACCORDING_TO.test(doc.text.slice(Math.max(s.start, m.start - ACCORDING_REACH), m.start));
    if (!said) continue;
    if (reporter >= 0 && reporter !== e) return -1;
    reporter = e;
  }
  return reporter;
}

// "police" (no name of a force) before an arrest's trigger, with the word before it ("Ugandan police")
const POLICE_WORD = /(?:\b([\p{L}-]+)\s+)?\b[Pp]olice\b(?![^.]*\b[Pp]olice\b)/u;

/**
 * The police force the text names that an arrest told of "police" in lower case stands for
 * (fights29): "the police said X was held … a spokeswoman for the Ostmark Police Service".
 * Only when "police" comes before the trigger; the one organisation named with "Police", or of
 * several the one whose name holds the word before "police" ("Ugandan" for "Uganda Police
 * Force"); -1 when none or several fit.
 */
function policeNamed(doc: Annotated, v: EventDraft): number {
  const s = doc.seg.sentences[v.sentence];
  const text = doc.text.slice(s.start, s.end);
  const at = text.indexOf(v.trigger);
  if (at < 0) return -1;
  const m = POLICE_WORD.exec(text.slice(0, at));
  if (!m) return -1;
  const forces: number[] = [];
  for (let e = 0; e < doc.entities.length; e++) {
    const x = doc.entities[e];
    if (x.type === 'organization' && x.surfaces.some((n) => /\bPolice\b/.test(n))) forces.push(e);
  }
  if (forces.length === 1) return forces[0];
  const stem = m[1] && /^\p{Lu}/u.test(m[1]) && m[1] !== 'The' ? m[1].slice(0, 5).toLowerCase() : '';
  const fit = forces.filter((e) => doc.entities[e].surfaces.some((n) => n.toLowerCase().includes(stem)));
  if (stem.length >= 4 && fit.length === 1) return fit[0];
  // ("the Kathua police", "the district police": a town's station of the territorial force, arrests35)
  return !stem || !fit.length ? localForce(doc, forces, m[1] ?? '') : -1;
}
