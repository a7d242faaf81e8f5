import type { EventType, Role } from '../types.js';
import { type Annotated, mentionsBySentence, spanLookup } from './annotated.js';
import { findDates } from './dates.js';
import { makeCollector } from './memory.js';
import type { QuoteDraft } from './quotes.js';
import type { RelationDraft } from './relations.js';

// Stage 6: events. A trigger word in a sentence (arrested, expelled, met, pledged,
// recruit, killed, designated…) makes an event; its participants come from the tie
// the same sentence states, or from the mentions around the trigger; its place is
// the sentence's place named after "in/at/near"; its date is the sentence's date
// expression, else the last one stated earlier in the paragraph, resolved against
// the publication date.

export interface EventDraft {
  type: EventType;
  sentence: number;
  date: { text: string; value: string | null } | null;
  place: number;
  participants: { role: Role; entity: number }[];
  trigger: string;
}

const TRIGGERS: [EventType, RegExp][] = [
  [
    'arrest',
    /\b(?:arrested|arrests?|detained|captured|apprehended|taken into custody|took into custody|nabbed|rounded up)\b/i,
  ],
  ['expulsion', /\b(?:expelled|expels|expulsion|sacked|ousted|kicked out)\b/i],
  ['allegiance', /\b(?:allegiance|bay'?ah|bai'?at|pledged loyalty|swore loyalty)\b/i],
  ['defection', /\b(?:defected|defection|broke away|broken away|splintered|parted ways)\b/i],
  ['meeting', /\b(?:met|meeting|meetings|convened|gathered|summit|talks with)\b/i],
  [
    'travel_restriction',
    /\b(?:no-fly list|travel ban|banned from travel(?:l?ing)?|passports? (?:seized|confiscated|cancelled|revoked)|stop them from (?:leaving|travel(?:l?ing)|making it))\b/i,
  ],
  ['recruitment', /\b(?:recruit|recruits|recruited|recruiting|recruitment|recruiter)\b/i],
  [
    'killing',
    /\b(?:killed|killing|assassinated|assassination|executed|beheaded|shot dead|gunned down|slain)\b/i,
  ],
  [
    'attack',
    /\b(?:attack|attacks|attacked|bombing|bombings|blast|blasts|explosion|suicide bomber|ambush|ambushed|assault|stormed|struck)\b/i,
  ],
  [
    'designation',
    /\b(?:designat(?:ed|es|e|ion)|proscribed|blacklisted|banned|sanctioned|sanctions|listed as|foreign terrorist organi[sz]ation)\b/i,
  ],
  [
    'statement',
    /\b(?:messages?|statements?|communiqu[eé]s?|announcements?|press release|video message|audio message|speech|sermon)\b/i,
  ],
];

const REL_EVENT: Partial<Record<string, [EventType, Role, Role]>> = {
  arrested_by: ['arrest', 'patient', 'agent'],
  expelled_from: ['expulsion', 'patient', 'agent'],
  pledged_allegiance_to: ['allegiance', 'agent', 'recipient'],
  split_from: ['defection', 'agent', 'recipient'],
};

export function extractEvents(
  doc: Annotated,
  quotes: QuoteDraft[],
  relations: RelationDraft[],
): EventDraft[] {
  const text = doc.text;
  const by = mentionsBySentence(doc);
  const out: EventDraft[] = [];
  const quoteAt = spanLookup(quotes);
  const inQuote = (off: number) => {
    const q = quoteAt(off);
    return q >= 0 && !quotes[q].pullQuote;
  };
  const relsBySentence = new Map<number, RelationDraft[]>();
  for (const r of relations) {
    if (r.negated) continue;
    const list = relsBySentence.get(r.sentence);
    if (list) list.push(r);
    else relsBySentence.set(r.sentence, [r]);
  }
  let paraDate: { paragraph: number; date: { text: string; value: string | null } } | null = null;
  const collect = makeCollector();
  for (let si = 0; si < doc.seg.sentences.length; si++) {
    collect(doc.seg.sentences[si].end);
    const s = doc.seg.sentences[si];
    const role = doc.seg.paragraphs[s.paragraph].role;
    if (role === 'repeat' || role === 'pullquote' || role === 'title') continue;
    const sText = text.slice(s.start, s.end);
    const dates = findDates(text, doc.published, { start: s.start, end: s.end }).filter(
      (d) => !inQuote(d.start),
    );
    if (dates.length)
      paraDate = { paragraph: s.paragraph, date: { text: dates[0].text, value: dates[0].value } };
    const fallbackDate = paraDate && paraDate.paragraph === s.paragraph ? paraDate.date : null;
    const ms = by[si].filter((mi) => !inQuote(doc.mentions[mi].start));
    const ent = (mi: number) => doc.mentionEntity[mi];
    const typeOf = (mi: number) => doc.entities[ent(mi)].type;
    const place = placeOf(doc, ms, sText, s.start);
    const rels = relsBySentence.get(si) ?? [];
    const made = new Set<EventType>();
    for (const r of rels) {
      const spec = REL_EVENT[r.type];
      if (!spec) continue;
      // a denied tie is no event: "denied pledging allegiance" pledged nothing
      if (r.negated) {
        made.add(spec[0]);
        continue;
      }
      const [type, subjRole, objRole] = spec;
      out.push({
        type,
        sentence: si,
        date: dates[0] ? { text: dates[0].text, value: dates[0].value } : fallbackDate,
        place,
        participants: [
          { role: objRole, entity: r.object },
          { role: subjRole, entity: r.subject },
        ],
        trigger: r.cue,
      });
      made.add(type);
    }
    for (const [type, re] of TRIGGERS) {
      if (made.has(type)) continue;
      const m = re.exec(sText);
      if (!m || inQuote(s.start + m.index)) continue;
      // "the banned TFK": an adjective, not the act of banning
      if (type === 'designation' && /\b(?:the|a|an|this|that|its|their)\s+$/i.test(sText.slice(0, m.index)))
        continue;
      // "X was arrested (in P) by Y", "X was banned by Y": the subject undergoes it; the agent follows "by"
      const head = sText.slice(0, m.index);
      // "denied that X had defected", "was not arrested": the act did not happen as told
      const denied =
        /\b(?:not|never|no longer|n't|n’t)\s+(?:been\s+|be\s+)?$/i.test(head) ||
        /\b(?:denied|denies|deny|denying|rejected|rejects|dismissed|refuted)\b(?:(?!\b(?:and|but|while|after|before|when)\b)[^.;])*$/i.test(
          head,
        );
      if (denied && type !== 'attack' && type !== 'killing' && type !== 'statement') continue;
      const passive =
        // "were planning attacks" is active: no -ing word between the auxiliary and the trigger
        /\b(?:was|were|is|are|been|being|got)\s+(?:(?!\w+ing\b)\w+\s+)?$/i.test(head) ||
        /\b(?:placed|put|kept|held|remains?)\s+under\s+(?:house\s+)?$/i.test(head) ||
        // "a minister who survived the assault", "wounded in the attack": the one it befell
        /\b(?:survived|survives|escaped|escapes|wounded in|injured in|hurt in|killed in|victims? of)\s+(?:the\s+|an?\s+|that\s+|this\s+)?$/i.test(
          head,
        );
      const at = s.start + m.index;
      // "X, which broke away from Y in 2014, claimed …": the clause between commas is about
      // Y; the event's subject is X. Mentions inside such a clause are passed over.
      const asides: [number, number][] = [];
      for (const c of head.matchAll(/,\s*(?:which|who|whose|that|a|an|the)\b[^,]*,/gi))
        asides.push([s.start + (c.index ?? 0), s.start + (c.index ?? 0) + c[0].length]);
      const aside = (mi: number) =>
        asides.some(([a, b]) => doc.mentions[mi].start >= a && doc.mentions[mi].end <= b);
      // "Hezbollah denied any role in the attack": the attack stands, its agent is not the denier
      const beforeAll = denied ? [] : ms.filter((mi) => doc.mentions[mi].end <= at && typeOf(mi) !== 'place');
      // "Mujahid said the men were planning attacks": who reports an act did not do it
      // ...unless the reported clause says "they/he did it": "The Taliban said they had arrested …"
      const reporter = (mi: number) => {
        const between = text.slice(doc.mentions[mi].end, at);
        const speech =
          /\b(?:said|says|say|told|tells|added|adds|stated|states|noted|reported|warned|according)\b/i.exec(
            between,
          );
        return (
          !!speech &&
          !/^\W*(?:\w+\W+){0,3}?(?:that\s+)?(?:he|she|they|it|we)\b/i.test(
            between.slice(speech.index + speech[0].length),
          )
        );
      };
      const actors = beforeAll.filter((mi) => !reporter(mi));
      const outside = actors.filter((mi) => !aside(mi));
      const before = outside.length ? outside : actors;
      const after = ms.filter((mi) => doc.mentions[mi].start >= at + m[0].length && typeOf(mi) !== 'place');
      const participants: { role: Role; entity: number }[] = [];
      const push = (role: Role, mi: number | undefined) => {
        if (mi === undefined) return;
        const e = ent(mi);
        if (!participants.some((p) => p.entity === e)) participants.push({ role, entity: e });
      };
      if (type === 'statement') {
        const q = quotes.find((q) => !q.pullQuote && q.start > at && q.start - at < 200 && q.speaker >= 0);
        // a statement's speaker is exactly the one who says it: reporters count here
        const speakers = beforeAll.filter((mi) => !aside(mi));
        if (!q && !speakers.length) continue;
        if (q) participants.push({ role: 'speaker', entity: q.speaker });
        else push('speaker', speakers[0]);
        const all = dates.length ? dates : [null];
        for (const d of all)
          out.push({
            type,
            sentence: si,
            date: d ? { text: d.text, value: d.value } : fallbackDate,
            place,
            participants: [...participants],
            trigger: m[0],
          });
        made.add(type);
        continue;
      }
      if (type === 'meeting') {
        push('agent', before[0]);
        for (const mi of after) if (typeOf(mi) === 'person') push('member', mi);
      } else if (type === 'travel_restriction') {
        push('agent', before[0]);
        push(
          'recipient',
          after.find((mi) => typeOf(mi) === 'organization' && !/list$/i.test(doc.mentions[mi].text)),
        );
      } else if (type === 'designation' && !passive) {
        push(
          'agent',
          before.find((mi) => typeOf(mi) === 'organization' || typeOf(mi) === 'person'),
        );
        push('patient', after[0]);
      } else {
        if (passive) {
          const by = after.find((mi) =>
            /\bby\s+(?:the\s+)?$/i.test(
              text.slice(Math.max(s.start, doc.mentions[mi].start - 12), doc.mentions[mi].start),
            ),
          );
          push('agent', by);
          push('patient', before.at(-1));
        } else {
          push('agent', before.at(-1));
          push('patient', after[0]);
        }
      }
      if (!participants.length && place < 0) continue;
      out.push({
        type,
        sentence: si,
        date: dates[0] ? { text: dates[0].text, value: dates[0].value } : fallbackDate,
        place,
        participants,
        trigger: m[0],
      });
      made.add(type);
    }
  }
  return out;
}

/** The sentence's place: one named after a locative preposition, else the first place. */
function placeOf(doc: Annotated, ms: number[], sText: string, sStart: number): number {
  let first = -1;
  for (const mi of ms) {
    const e = doc.mentionEntity[mi];
    if (doc.entities[e].type !== 'place') continue;
    const m = doc.mentions[mi];
    const before = sText.slice(Math.max(0, m.start - sStart - 25), m.start - sStart).toLowerCase();
    if (/\b(?:in|at|near|outside|inside|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,1}$/.test(before)) return e;
    if (first < 0) first = e;
  }
  return first;
}
