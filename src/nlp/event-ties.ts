import type { RelationType } from '../types.js';
import type { Annotated } from './annotated.js';
import { isArmed } from './defection.js';
import type { EventDraft } from './events.js';
import { type RelationDraft, YES_NO_QUESTION } from './relations.js';

// Ties that events imply (ONTOLOGY.md): an attack or a killing by one armed organisation on
// another is `fights` between them; a pledge of allegiance is `pledged_allegiance_to` (to the
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
  for (const v of events) {
    // ("Did the army arrest X?" asks; it states no tie)
    const sent = doc.seg.sentences[v.sentence];
    if (sent && YES_NO_QUESTION.test(doc.text.slice(sent.start, sent.end))) continue;
    if (v.type === 'attack' || v.type === 'killing') {
      for (const a of role(v, 'agent'))
        for (const p of role(v, 'patient'))
          if (isArmed(doc, a) && isArmed(doc, p) && !alliedIn(relations, v.sentence, a, p))
            add('fights', a, p, v);
    } else if (v.type === 'allegiance') {
      for (const a of role(v, 'agent'))
        for (const r of role(v, 'recipient')) {
          const g = doc.entities[r].type === 'person' ? ledBy(r) : r;
          add('pledged_allegiance_to', a, g >= 0 ? g : r, v);
        }
    } else if (v.type === 'arrest') {
      for (const a of role(v, 'agent'))
        if (isOrg(a))
          for (const p of role(v, 'patient'))
            if (doc.entities[p].type === 'person') add('arrested_by', p, a, v);
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
