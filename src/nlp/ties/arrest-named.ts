import type { Annotated } from '../annotated.js';
import { children, headOf, lemmaOf, mentionAt, mentionHead, relOf, uposOf, voice } from '../syntax.js';

// People arrested before they are named (ties13): a force arrests unnamed people ("three
// suspected militants of G", "a senior G official", "the men were captured"), and the
// same or one of the next two sentences names them ("identified as A, B and C", "It named
// them as A; B and C", "Among them was a local commander, X", "Among those detained in P
// was X", "Those held in P include X", "Two of the detained men, X and Y,", "The other suspect,
// X,", "including X and Y"). Each one named is arrested_by the force and, when the noun
// gave a group ("members of G", "G militants"), a member_of G. Also "X was detained by P
// along with (his brother,) Y and Z": Y and Z are arrested_by P too.

/** the tie this reader adds, in the shape relations.ts keeps */
export interface NamedTie {
  type: 'arrested_by' | 'member_of' | 'affiliated_with';
  subject: number;
  object: number;
  sentence: number;
  cue: string;
}

const ARREST = new Set(['arrest', 'detain', 'capture', 'apprehend', 'nab', 'round']);
/** an arrest verb's lemma, also when the lemmatiser left a participle ("arresting", "capturing") */
const arrestLemma = (l: string): boolean =>
  ARREST.has(l) || (/ing$/.test(l) && (ARREST.has(l.slice(0, -3)) || ARREST.has(`${l.slice(0, -3)}e`)));
/** verbs whose unnamed dead, once named, are members of the group the noun gave */
const KILL = new Set(['kill', 'shoot', 'neutralise', 'neutralize', 'eliminate']);
/** verbs whose unnamed subjects, once named, are members of the group the noun gave ("two G
 * fighters who surrendered … One of them, X, …") */
const SURRENDER = new Set(['surrender', 'defect', 'desert', 'flee', 'escape']);
/** the people noun that does what verb `t` says: its subject, or the noun its relative clause
 * describes ("two G fighters who surrendered"), or undefined */
function surrenderedPeople(doc: Annotated, t: number): number | undefined {
  const subj = children(doc, t).find((k) => relOf(doc, k) === 'nsubj');
  if (subj !== undefined && !/^(?:who|that)$/.test(lemmaOf(doc, subj))) return subj;
  return relOf(doc, t) === 'acl:relcl' && headOf(doc, t) >= 0 ? headOf(doc, t) : undefined;
}
/** verbs of speaking whose subject is no one of those the story names later */
const SPEAKS = new Set(['say', 'tell', 'add', 'state']);
/** whether the only people the mentions name are the subjects of speech verbs ("X, commander of
 * P, said soldiers were …" between the act and its naming does not stop the search) */
function onlySpeakersNamed(doc: Annotated, mentions: readonly number[]): boolean {
  for (const mi of mentions) {
    if (doc.entities[doc.mentionEntity[mi]].type !== 'person') continue;
    let h = mentionHead(doc, mi);
    // (a rank before the name may head it: "Col. X, the brigade commander, said")
    if (relOf(doc, h) === 'flat' && headOf(doc, h) >= 0) h = headOf(doc, h);
    const v = headOf(doc, h);
    if (relOf(doc, h) !== 'nsubj' || v < 0 || !SPEAKS.has(lemmaOf(doc, v))) return false;
  }
  return true;
}
/** nouns for the unnamed people an arrest verb takes ("three suspected militants") */
const PEOPLE = new Set(
  'suspect militant member fighter operative man men woman women person people official commander leader insurgent jihadist rebel gunman gunmen recruiter financier extremist terrorist individual facilitator supporter sympathiser sympathizer'.split(
    ' ',
  ),
);
/** people nouns that tie their holder to the group without membership ("three G facilitators") */
const HELPERS = new Set('facilitator supporter sympathiser sympathizer'.split(' '));
/** nouns for a force's people: "soldiers of G captured …", "its forces detained …" */
const FORCE = new Set(
  'force troop soldier officer detective police policeman agent commando personnel operative'.split(' '),
);
/** nouns a group's name may be set in: "members of an G cell", "the G militant network" */
const GROUP_NOUN = new Set(
  'cell network group faction wing branch unit organisation organization movement'.split(' '),
);
/** nouns for a group's cell that a force breaks up: "dismantled a G cell, detaining five men" */
const CELL = new Set('cell network module ring'.split(' '));
/** generic nouns for the people held, whose group the cell broken up gives */
const GENERIC_PEOPLE = new Set('suspect man men woman women person people individual'.split(' '));
/**
 * a later sentence naming the held that says who they are ("The three detained men were identified as",
 * "Two of the detained men, A and B,", "Those held include"): it reaches past sentences that
 * name other people
 */
const REREFER =
  /\b(?:(?:arrested|detained|captured|apprehended)\s+(?:men|man|suspects?|individuals|people|persons|militants|members|women)\b|(?:of|among)\s+(?:the|those)\s+(?:arrested|detained|captured|held|apprehended)\b|those\s+(?:arrested|detained|captured|held|apprehended)\b)/i;
/** an arrest that says its people go unnamed */
const UNNAMED =
  /\b(?:without\s+(?:naming|identifying)\s+(?:them|any)|(?:did|would)\s+not\s+(?:name|identify)\s+(?:them|the)|(?:were|was|are)\s+not\s+named|not\s+been\s+(?:named|identified))\b/i;
/** titles held by one person: a naming by one of them names no one of other people held */
const TITLE = new Set('leader commander official recruiter financier'.split(' '));
/** whether two nouns are one, singular or plural ("leader", "leaders") */
const sameNoun = (a: string, b: string): boolean => a === b || a === `${b}s` || b === `${a}s`;
/** a sentence opening with a title set beside a name: "The cell leader, X," (group 1: the noun) */
const OWN_APPOS = /^\s*[Tt]he\s+(?:[\p{L}-]+\s+){0,2}?(\p{Ll}+)\s*,\s*$/u;
/** a reporting organisation that arrests: the speaker of "G said the men were captured" */
const SECURITY =
  /\b(?:police|counter[- ]?terror\w*|security|army|armed forces|defen[cs]e forces?|department|agency|guard|military|intelligence|gendarmerie|squad|forces|bureau|directorate|densus)\b/i;
/**
 * the cue that names the unnamed: a naming verb ("identified one of them as"), "among them/those
 * …", "including", "One of them, X"
 */
const NAMING =
  /(?:\b(?:identified|named)\s+(?:(?:them|him|her|the\s+(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+|(?:one|two|three)\s+of\s+them)\s+)?as|(?:^|[.;]\s+)(?:one|two|three)\s+of\s+them\s*,|\bamong\s+(?:them|the\s+dead|those\s+(?:arrested|detained|captured|held|picked\s+up|rounded\s+up|killed)\b[^,.;]{0,40}?)\s+(?:was|were|is|are)|(?:^|[.;]\s+)(?:(?:one|two|three|four|five)\s+of\s+the|the\s+(?:other|second|third|fourth|fifth))\s+(?:arrested\s+|detained\s+|captured\s+)?(?:men|man|suspects?|detainees?|women|woman)\s*,|\bthose\s+(?:arrested|detained|captured|held|picked\s+up|rounded\s+up)\b[^,.;]{0,40}?\s+include[sd]?|\bincluding)\s+(?:(?:a|an|the)\s+[\p{Ll}\s-]{0,40}?,\s*)?$/iu;
/** a sentence opening with its own noun before a naming participle: "The suspected leader,
 * identified as" (group 1: the noun) */
const OWN_NOUN =
  /^\s*[Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)\s*,\s*(?:who\s+(?:was|were)\s+)?(?:identified|named)\s/u;
/** what may stand between two names of a list ("A, B and C", "A, a G commander; his nephew B") */
function listGap(gap: string): boolean {
  const pieces = gap.split(/,|;|\band\b/);
  if (pieces.length < 2) return false;
  return pieces.every((p) => !p.trim() || /^(?:a|an|the|his|her|their)\b[^.;"“”]{0,40}$/i.test(p.trim()));
}
/** words that end a list: a verb or a new clause between two names */
const NOT_LIST = /\b(?:said|says|told|who|which|was|were|is|are|had|has|have|when|after|before|while|but)\b/i;
// (a count too: "along with two associates, A and B", events29)
const ALONG =
  /\b(?:along|together)\s+with\s+(?:(?:his|her|their|a|an|the|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+[\p{Ll}\s-]{0,30}?,\s*)?$/iu;

/** a lemma in a set, also when the lemmatiser left a plural ("soldiers") */
const inSet = (set: Set<string>, l: string): boolean =>
  set.has(l) || (/s$/.test(l) && (set.has(l.slice(0, -1)) || (/es$/.test(l) && set.has(l.slice(0, -2)))));

/**
 * A "passive" subject beside an object and no passive auxiliary is the parser's slip ("G (GA)
 * arrested three members of H" with G read as nsubj:pass): the verb is active
 */
function slippedPassive(doc: Annotated, kids: number[]): boolean {
  return (
    kids.some((k) => relOf(doc, k) === 'nsubj:pass') &&
    kids.some((k) => relOf(doc, k) === 'obj') &&
    !kids.some((k) => relOf(doc, k) === 'aux:pass')
  );
}

/** the force one of `kids` (the verb's other "passive" subjects) stands for, or -1 */
function otherSubjectForce(kids: number[], subj: number, force: (k: number) => number): number {
  for (const k of kids) {
    if (k === subj) continue;
    const f = force(k);
    if (f >= 0) return f;
  }
  return -1;
}

export function arrestsNamedLater(doc: Annotated, by: readonly number[][]): NamedTie[] {
  const out: NamedTie[] = [];
  const syn = doc.syntax;
  if (!syn) return out;
  const ent = (t: number): number => {
    const mi = mentionAt(doc, t);
    return mi >= 0 ? doc.mentionEntity[mi] : -1;
  };
  const typeOf = (e: number) => (e >= 0 ? doc.entities[e].type : null);
  const orgAt = (t: number): number => (typeOf(ent(t)) === 'organization' ? ent(t) : -1);
  /** the organisations of a sentence's mentions before an offset, last first */
  const orgsBefore = (si: number, off: number): number[] =>
    by[si]
      .filter((mi) => doc.mentions[mi].end <= off && typeOf(doc.mentionEntity[mi]) === 'organization')
      .map((mi) => doc.mentionEntity[mi])
      .reverse();
  /** the force a token stands for: a name, "soldiers of G", "its forces", "they" */
  const force = (t: number, si: number, depth = 0): number => {
    const o = orgAt(t);
    if (o >= 0) return o;
    const l = lemmaOf(doc, t);
    if (depth === 0 && /^(?:they|it)$/.test(l)) return orgsBefore(si, doc.seg.tokens.start[t])[0] ?? -1;
    if (depth > 0 || !inSet(FORCE, l)) return -1;
    for (const k of children(doc, t)) {
      const r = relOf(doc, k);
      if (!/^(?:nmod|compound|nmod:poss)/.test(r)) continue;
      if (/^(?:its|their)$/i.test(doc.text.slice(doc.seg.tokens.start[k], doc.seg.tokens.end[k])))
        return orgsBefore(si, doc.seg.tokens.start[k])[0] ?? -1;
      const g = force(k, si, depth + 1);
      if (g >= 0) return g;
    }
    return -1;
  };
  const word = (t: number): string => doc.text.slice(doc.seg.tokens.start[t], doc.seg.tokens.end[t]);
  /** the group of the cell a word names: "a cell of G", "an G cell", "a G network"; or -1 */
  const cellGroup = (k: number): number => {
    if (!inSet(CELL, lemmaOf(doc, k))) return -1;
    const g = groupOf(k, 1);
    if (g >= 0) return g;
    // ("a cell of the G organisation": through the group noun the name is set in)
    for (const c of children(doc, k))
      if (relOf(doc, c) === 'nmod' && inSet(GROUP_NOUN, lemmaOf(doc, c))) return groupOf(c, 1);
    return -1;
  };
  /** the group of the cell named last before token `t` in its sentence ("dismantled a cell of G,
   * … detaining three of its members"), or -1 */
  const cellBefore = (t: number, tFirst: number): number => {
    for (let k = t - 1; k >= tFirst; k--) {
      const g = cellGroup(k);
      if (g >= 0) return g;
    }
    return -1;
  };
  /** the group a people noun names: "members of G", "G militants", "members of an G cell" */
  const groupOf = (p: number, depth = 0, tFirst = -1): number => {
    for (const k of children(doc, p)) {
      const r = relOf(doc, k);
      if (!/^(?:nmod|compound|amod|nmod:poss)/.test(r)) continue;
      const o = orgAt(k);
      if (o >= 0) return o;
      // ("four of its members", "shooting its commander" after "broke up a cell of G": the cell's
      // group; never the force that broke it up)
      if (depth === 0 && tFirst >= 0 && r === 'nmod:poss' && /^(?:its|their)$/i.test(word(k))) {
        const g = cellBefore(k, tFirst);
        if (g >= 0) return g;
      }
      if (depth === 0 && inSet(GROUP_NOUN, lemmaOf(doc, k))) {
        const g = groupOf(k, 1);
        if (g >= 0) return g;
      }
    }
    return -1;
  };
  /** people named in a list from an offset on, in sentence si */
  const listFrom = (si: number, off: number): number[] => {
    const people: number[] = [];
    let end = off;
    for (const mi of by[si]) {
      const m = doc.mentions[mi];
      if (m.start < off) continue;
      const e = doc.mentionEntity[mi];
      const gap = doc.text.slice(end, m.start);
      if (typeOf(e) === 'organization' && people.length) {
        // (an organisation inside an apposition between two names: "A, a G commander; B")
        if (NOT_LIST.test(gap)) break;
        continue;
      }
      if (typeOf(e) !== 'person') break;
      if (people.length ? !listGap(gap) || NOT_LIST.test(gap) : gap.trim() !== '') break;
      if (!people.includes(e)) people.push(e);
      end = m.end;
    }
    return people;
  };
  const orgRightBefore = (si: number, t: number): number => {
    const s = doc.seg.sentences[si];
    for (let k = t - 1; k >= s.tFirst; k--) {
      const o = orgAt(k);
      if (o >= 0) return o;
      const u = uposOf(doc, k);
      const w = doc.text.slice(doc.seg.tokens.start[k], doc.seg.tokens.end[k]);
      // ("its forces had detained", "they have captured": the group named before)
      if (/^(?:they|it)$/i.test(w) || (/^(?:its|their)$/i.test(w) && inSet(FORCE, lemmaOf(doc, k + 1))))
        return orgsBefore(si, doc.seg.tokens.start[k])[0] ?? -1;
      if (u === 'AUX' || inSet(FORCE, lemmaOf(doc, k))) continue;
      if (u === 'VERB' || u === 'SCONJ' || u === 'PRON' || /^[,;:"“”]$/.test(w)) return -1;
    }
    return -1;
  };
  /** the people noun right after a verb, past numbers, articles, adjectives and names */
  const peopleNounAfter = (t: number, tLast: number): number | undefined => {
    for (let k = t + 1; k < Math.min(tLast, t + 8); k++) {
      const u = uposOf(doc, k);
      if (u === 'NOUN') return inSet(PEOPLE, lemmaOf(doc, k)) ? k : undefined;
      if (u === 'DET' || u === 'NUM' || u === 'ADJ' || u === 'PROPN' || mentionAt(doc, k) >= 0) continue;
      if (u === 'VERB' && /^(?:suspect|wound|arm)/.test(lemmaOf(doc, k))) continue;
      if (u === 'PUNCT' && doc.text.slice(doc.seg.tokens.start[k], doc.seg.tokens.end[k]) === '-') continue;
      return undefined;
    }
    return undefined;
  };
  /** whether sentence `sj` tells an arrest of its own (a verb of arrest, not "the arrested men") */
  const otherArrest = (sj: number): boolean => {
    const x = doc.seg.sentences[sj];
    for (let k = x.tFirst; k < x.tLast; k++)
      if (arrestLemma(lemmaOf(doc, k)) && uposOf(doc, k) === 'VERB' && !/^(?:amod|acl)/.test(relOf(doc, k)))
        return true;
    return false;
  };
  const push = (t: NamedTie) => {
    if (t.subject === t.object || t.object < 0) return;
    if (out.some((x) => x.type === t.type && x.subject === t.subject && x.object === t.object)) return;
    out.push(t);
  };
  for (let si = 0; si < doc.seg.sentences.length; si++) {
    const s = doc.seg.sentences[si];
    for (let t = s.tFirst; t < s.tLast; t++) {
      const yielded = SURRENDER.has(lemmaOf(doc, t));
      const kill = KILL.has(lemmaOf(doc, t)) || yielded;
      if ((!kill && !arrestLemma(lemmaOf(doc, t))) || uposOf(doc, t) !== 'VERB') continue;
      if (lemmaOf(doc, t) === 'round' && !children(doc, t).some((k) => lemmaOf(doc, k) === 'up')) continue;
      const kids = children(doc, t);
      const passive = voice(doc, t) === 'passive' && !slippedPassive(doc, kids);
      let patient = yielded
        ? surrenderedPeople(doc, t)
        : kids.find((k) => (passive ? /^nsubj/ : /^obj$/).test(relOf(doc, k)));
      // (on the tokens, when the parser hung the object elsewhere: "killed four G fighters")
      if (patient === undefined && !passive && !yielded) patient = peopleNounAfter(t, s.tLast);
      if (patient === undefined) continue;
      // ("detaining three of its members", "detained two of the suspects": the partitive's noun)
      if (uposOf(doc, patient) === 'NUM') {
        const of = children(doc, patient).find(
          (k) => relOf(doc, k) === 'nmod' && inSet(PEOPLE, lemmaOf(doc, k)) && mentionAt(doc, k) < 0,
        );
        if (of !== undefined) patient = of;
      }
      let agent = -1;
      // (the verb whose subject the act takes: itself, or the one a participle or conjunct hangs on)
      let head = t;
      if (passive) {
        const a = kids.find((k) => relOf(doc, k) === 'obl:agent');
        if (a !== undefined) agent = force(a, si);
        else {
          // "G said the men were captured": a security force reporting its arrest
          const h = headOf(doc, t);
          if (h >= 0 && lemmaOf(doc, h) === 'say' && /^(?:ccomp|parataxis)/.test(relOf(doc, t))) {
            const subj = children(doc, h).find((k) => /^nsubj/.test(relOf(doc, k)));
            const o = subj === undefined ? -1 : orgAt(subj);
            if (o >= 0 && doc.entities[o].surfaces.some((n) => SECURITY.test(n))) agent = o;
          }
        }
      } else {
        let v = t;
        let subj = kids.find((k) => /^nsubj/.test(relOf(doc, k)));
        // ("… raided P and detained three men": the subject of the first verb; "… dismantled a
        // cell, detaining five men": the subject of the verb the participle hangs on)
        if (
          subj === undefined &&
          (relOf(doc, t) === 'conj' ||
            (relOf(doc, t) === 'advcl' &&
              /ing$/i.test(doc.text.slice(doc.seg.tokens.start[t], doc.seg.tokens.end[t]))))
        ) {
          v = headOf(doc, t);
          subj = v >= 0 ? children(doc, v).find((k) => /^nsubj/.test(relOf(doc, k))) : undefined;
          // (the participle hung on a word of the object: "dismantled a cell responsible for
          // P, detaining …": the clause's verb above it; and a conjunct of a participle:
          // "broke up a cell, shooting its commander and detaining three of its members")
          for (let up = 0; subj === undefined && v >= 0 && up < 3; up++) {
            if (
              uposOf(doc, v) === 'VERB' &&
              relOf(doc, v) !== 'conj' &&
              !(relOf(doc, v) === 'advcl' && /ing$/i.test(word(v)))
            )
              break;
            v = headOf(doc, v);
            subj = v >= 0 ? children(doc, v).find((k) => /^nsubj/.test(relOf(doc, k))) : undefined;
          }
          if (v >= 0) head = v;
        }
        if (subj !== undefined) agent = force(subj, si);
        // (on the tokens, when the parser found no subject: "G (GA) of P police on Tuesday
        // arrested …": the organisation named last before the verb, with no verb or comma
        // between them)
        else agent = orgRightBefore(si, t);
        // ("Pakistan's CTD raided …" with both names read as subjects of the verb above: the force)
        if (agent < 0 && subj !== undefined && v !== t)
          for (const k of children(doc, v))
            if (agent < 0 && k !== subj && relOf(doc, k) === 'nsubj') agent = force(k, si);
        // ("P's G (GA) arrested …" with both names read as subjects: the one that is a force)
        if (agent < 0 && subj !== undefined && v === t)
          agent = otherSubjectForce(
            kids.filter((k) => relOf(doc, k) === 'nsubj:pass'),
            subj,
            (k) => force(k, si),
          );
      }
      const named = ent(patient);
      if (named >= 0 && kill) continue;
      if (named >= 0) {
        // "X was detained by P along with his nephew, Y, and Z"
        if (typeOf(named) !== 'person' || agent < 0) continue;
        const after = doc.text.slice(doc.seg.tokens.end[t], s.end);
        const cue = /\b(?:along|together)\s+with\b/i.exec(after);
        if (!cue) continue;
        const from = doc.seg.tokens.end[t] + cue.index;
        const first = by[si].find((mi) => doc.mentions[mi].start >= from);
        if (first === undefined) continue;
        if (!ALONG.test(doc.text.slice(from, doc.mentions[first].start))) continue;
        for (const p of listFrom(si, doc.mentions[first].start))
          push({ type: 'arrested_by', subject: p, object: agent, sentence: si, cue: 'arrested-along-with' });
        continue;
      }
      if (
        !inSet(PEOPLE, lemmaOf(doc, patient)) &&
        !(passive && /^(?:they|he|she)$/.test(lemmaOf(doc, patient)))
      )
        continue;
      let group = groupOf(patient, 0, s.tFirst);
      // ("F dismantled a G cell, detaining five men": the people held in breaking up a group's
      // cell are its suspected members)
      if (group < 0 && !kill && head !== t && GENERIC_PEOPLE.has(lemmaOf(doc, patient)))
        for (const k of children(doc, head)) if (group < 0 && relOf(doc, k) === 'obj') group = cellGroup(k);
      if (group === agent) group = -1;
      // (an arrest by a force the text does not name still makes the named members of G:
      // "police detained four G militants … Those held include X")
      if (group < 0 && (kill || agent < 0)) continue;
      // the names: in this sentence after the verb, or in one of the next three; past a
      // sentence naming other people, or up to the sixth, only by a naming that says they are
      // the people held ("The three detained men were identified as …"), and never past another arrest
      const from = doc.seg.tokens.end[t];
      const held = lemmaOf(doc, patient);
      let far = false;
      let another = false;
      for (let sj = si; sj <= si + 6 && sj < doc.seg.sentences.length; sj++) {
        const sent = doc.seg.sentences[sj];
        if (sj > si + 3) far = true;
        if (sj > si && otherArrest(sj)) another = true;
        if (far && another) break;
        let people: number[] = [];
        for (const mi of by[sj]) {
          const m = doc.mentions[mi];
          if (m.start < (sj === si ? from : sent.start) || typeOf(doc.mentionEntity[mi]) !== 'person')
            continue;
          const lead = doc.text.slice(Math.max(sent.start, m.start - 120), m.start);
          const opening = doc.text.slice(sent.start, m.start);
          // ("… shooting its commander. The cell commander, X, …": a title set beside the name, the
          // same noun as the one the act took)
          const appos = sj > si && !far ? OWN_APPOS.exec(opening) : null;
          if (!NAMING.test(lead) && !(appos && sameNoun(appos[1].toLowerCase(), held))) continue;
          if (far && (kill || !REREFER.test(opening))) continue;
          // ("The suspected leader, identified as X" after "… detaining N men and killing its
          // leader": a later sentence's own noun that is no word for the people held names another)
          const own = sj > si ? OWN_NOUN.exec(opening) : null;
          if (own && !inSet(PEOPLE, own[1].toLowerCase())) continue;
          if (
            own &&
            (TITLE.has(own[1].toLowerCase()) || TITLE.has(held)) &&
            !sameNoun(own[1].toLowerCase(), held)
          )
            continue;
          // ("including X's brother": the one named is someone else)
          if (/^['’]s?\b/.test(doc.text.slice(m.end, m.end + 3))) break;
          // ("including": only in the arrest's own sentence, after its people noun)
          if (/\bincluding\s+(?:(?:a|an|the)\s+[\p{Ll}\s-]{0,40}?,\s*)?$/iu.test(lead) && sj !== si) continue;
          people = listFrom(sj, m.start);
          break;
        }
        if (!people.length) {
          // ("… were detained, F said, without naming them", "The two men have not been named":
          // the people held go unnamed)
          if (UNNAMED.test(doc.text.slice(sent.start, sent.end))) break;
          // a sentence naming other people stops the search, but for a naming that says who
          if (sj > si && !onlySpeakersNamed(doc, by[sj])) far = true;
          continue;
        }
        for (const p of people) {
          // (the dead: only the group the noun gave)
          if (kill) {
            const cue = yielded ? 'surrendered-named-later' : 'killed-named-later';
            push({ type: 'member_of', subject: p, object: group, sentence: sj, cue });
            continue;
          }
          push({ type: 'arrested_by', subject: p, object: agent, sentence: sj, cue: 'arrested-named-later' });
          if (group >= 0 && group !== agent)
            push({
              type: inSet(HELPERS, lemmaOf(doc, patient)) ? 'affiliated_with' : 'member_of',
              subject: p,
              object: group,
              sentence: sj,
              cue: 'arrested-named-later',
            });
        }
        break;
      }
    }
  }
  return out;
}
