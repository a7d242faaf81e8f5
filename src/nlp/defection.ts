import type { Annotated } from './annotated.js';
import { orgKind } from './attributes.js';
import type { RelationDraft } from './relations.js';
import {
  children,
  conjuncts,
  dependents,
  headOf,
  isNegated,
  lemmaOf,
  mentionAt,
  relIs,
  relOf,
  subtreeSpan,
  uposOf,
} from './syntax.js';

// Defections read on the parse: "X crossed over to H", "went over to H", "switched sides
// to H", "left G (to join H)", "quit G", "abandoned G for H", "deserted G", "surrendered to
// the army". The defector is the verb's subject (or the noun a relative or reduced clause
// hangs on); the group left is the verb's object, "from G", or else the group the defector
// was tied to as a member, leader or spokesman; the group joined is "to H", "for H" or the
// object of "to join H". Surrendering ends a membership but joins nobody: the army one
// surrenders to is not the new group.

export interface DefectionRead {
  /** offset of the verb */
  at: number;
  trigger: string;
  agents: number[]; // mention indices
  left: number[]; // entity indices
  joined: number; // entity index or -1
}

/** verb lemma → the particle or object it needs ('' for none) */
const DEFECT_VERBS: Record<string, string> = {
  cross: 'over',
  go: 'over',
  switch: 'side',
  change: 'side',
  // "shifted their loyalty to H"
  shift: 'side',
  defect: 'to|from',
  surrender: '',
  abandon: '',
  leave: '',
  quit: '',
  desert: '',
  // "laid down their arms", "turned himself in": a surrender told in other words
  lay: 'arm',
  turn: 'in',
  // (defect32) "handed himself over to the police", "gave themselves up to the army": a surrender
  hand: 'self-over',
  give: 'self-up',
  // "broke with G", "broke with it": a member parting from his group (not "broke away", a split)
  break: 'with',
};
// "known as X", "called X", "named X": a naming verb on a role noun
// nouns of time the parser takes for a subject when they open the sentence ("Last month X …")
const TIME_NOUN =
  /^(?:month|year|week|day|night|morning|afternoon|evening|weekend|summer|winter|spring|autumn|fall)$/;
const NAMING = new Set(['know', 'call', 'name', 'identify']);
/** Verbs of surrender: they end a membership and join nobody. */
const SURRENDER = new Set(['surrender', 'lay', 'turn', 'hand', 'give']);
// (defect32) what one switches when changing sides: "switched sides", "changed their allegiance",
// "shifted his loyalty to H"
const SIDE = new Set(['side', 'allegiance', 'loyalty', 'loyalties', 'allegiances']);
// "a commander who goes by X": a naming phrase on the role noun ("go" with a "by" name)
const GOES_BY = 'go';
// "broke with it", "broke with the group": the group named before
const BROKE_WITH_BACK =
  /^\s+with\s+(?:it|them|(?:the|its|their)\s+(?:group|outfit|organi[sz]ation|movement|militia|faction|cell|network))\b/i;
// "left the group", "quit the movement": a group noun standing for a group named before
const GROUP_NOUN =
  /^(?:group|outfit|organi[sz]ation|movement|insurgency|militia|faction|ranks|cell|network)$/;
const MODAL = new Set(['could', 'may', 'might', 'would', 'should', 'will', 'can', 'must']);
const ARMED_KINDS = new Set(['militant group', 'security agency']);

/** A militant group or a security force (by the kind the attributes stage gives it). */
const isArmed = (doc: Annotated, e: number) => {
  const x = doc.entities[e];
  if (x.type !== 'organization') return false;
  const kind = orgKind(x.surfaces, x.kind);
  // (a state's army the gazetteer files under its government: "Israel Defense Forces", "Indian Army")
  if (kind === 'government') return x.surfaces.some((n) => STATE_ARMY.test(n));
  return !!kind && (ARMED_KINDS.has(kind) || /militant|armed/i.test(kind));
};
/** the name of a state's army or armed forces */
const STATE_ARMY = /\b(?:army|military|armed forces|defen[cs]e forces?)\b/i;

/** A noun of people whose group is one named before: "of the group", "its", "their". */
function refersBack(doc: Annotated, noun: number): boolean {
  return dependents(doc, noun, 'nmod', 'nmod:poss').some(
    (k) =>
      /^(?:its|their)$/i.test(doc.text.slice(doc.seg.tokens.start[k], doc.seg.tokens.end[k])) ||
      (GROUP_NOUN.test(lemmaOf(doc, k)) && children(doc, k).some((c) => lemmaOf(doc, c) === 'the')),
  );
}

/** Whether a predicate is said not to have happened or only as a possibility ("may defect", "did not leave"). */
export function unreal(doc: Annotated, t: number): boolean {
  if (isNegated(doc, t)) return true;
  return children(doc, t).some((k) => relIs(relOf(doc, k), 'aux') && MODAL.has(lemmaOf(doc, k)));
}

// nouns and verbs under which a surrender is only rumoured or denied ("rumours that X had surrendered")
const HEARSAY = new Set([
  'rumour',
  'rumor',
  'rumours',
  'rumors',
  'speculation',
  'deny',
  'dismiss',
  'rumoured',
  'rumored',
]);

/**
 * A defection told as no fact: an infinitive ("urged X to surrender") or a clause under a
 * rumour or a denial ("rumours that X had defected", "G denied that X had surrendered").
 */
function notTold(doc: Annotated, t: number): boolean {
  // ("urged X to surrender", "let X surrender": an infinitive or a bare complement)
  if (relIs(relOf(doc, t), 'xcomp')) return true;
  const { start, end } = doc.seg.tokens;
  if (
    doc.text.slice(start[t], end[t]).toLowerCase() === lemmaOf(doc, t) &&
    !children(doc, t).some((k) => relIs(relOf(doc, k), 'nsubj'))
  )
    return true;
  if (children(doc, t).some((k) => relIs(relOf(doc, k), 'mark') && lemmaOf(doc, k) === 'to')) return true;
  for (let k = t, n = 0; k >= 0 && n < 3; k = headOf(doc, k), n++) {
    if (n > 0 && HEARSAY.has(lemmaOf(doc, k))) return true;
    if (relOf(doc, k) === 'root') break;
  }
  return false;
}

export function defectionsIn(
  doc: Annotated,
  si: number,
  usable: (mi: number) => boolean,
  relations: RelationDraft[],
  lastGroup: (before: number) => number,
): DefectionRead[] {
  if (!doc.syntax) return [];
  const sent = doc.seg.sentences[si];
  const { start, end } = doc.seg.tokens;
  const out: DefectionRead[] = [];
  const ent = (mi: number) => doc.mentionEntity[mi];
  const mentionOf = (t: number) => {
    const mi = mentionAt(doc, t);
    return mi >= 0 && ent(mi) >= 0 && usable(mi) ? mi : -1;
  };
  const hasCase = (k: number, prep: string) =>
    children(doc, k).some((c) => relIs(relOf(doc, c), 'case') && lemmaOf(doc, c) === prep);
  for (let t = sent.tFirst; t < sent.tLast; t++) {
    // the lemma first: it needs no parse, so a sentence without such a verb is never parsed
    // for this (a parse made on demand)
    const lemma = lemmaOf(doc, t);
    if (!Object.hasOwn(DEFECT_VERBS, lemma)) continue;
    // "surrendered" the tagger took for an adjective is still the verb when it heads its clause
    const upos = uposOf(doc, t);
    if (upos !== 'VERB' && upos !== 'ADJ') continue;
    const need = DEFECT_VERBS[lemma];
    if (upos === 'ADJ' && (!/ed$/i.test(doc.text.slice(start[t], end[t])) || relIs(relOf(doc, t), 'amod')))
      continue;
    const kids = children(doc, t);
    // the particle or object: as the parse attaches it, or the next word when the parse went astray
    const next = nextWord(doc, t, sent.tLast);
    if (need === 'over' && !kids.some((k) => lemmaOf(doc, k) === 'over') && lemmaOf(doc, next) !== 'over')
      continue;
    if (
      need === 'side' &&
      !kids.some((k) => relIs(relOf(doc, k), 'obj') && SIDE.has(lemmaOf(doc, k))) &&
      !SIDE.has(lemmaOf(doc, next))
    )
      continue;
    const after = doc.text.slice(end[t], end[t] + 40);
    if (need === 'self-over' && !/^\s+(?:himself|herself|themselves)\s+over\b/i.test(after)) continue;
    if (
      need === 'self-up' &&
      !/^\s+(?:(?:himself|herself|themselves)\s+up\b|up\s+(?:(?:his|her|their)\s+)?(?:arms|weapons)\b)/i.test(
        after,
      )
    )
      continue;
    if (need === 'arm' && !/^\s+down\s+(?:(?:his|her|their|its|the)\s+)?(?:arms|weapons)\b/i.test(after))
      continue;
    if (need === 'in' && !/^\s+(?:himself|herself|themselves)\s+in\b/i.test(after)) continue;
    if (need === 'with' && !/^\s+with\s/i.test(after)) continue;
    if (unreal(doc, t) || notTold(doc, t)) continue;
    // the defector: subject, else the noun a relative or reduced clause hangs on, else the subject of the verb it is joined to
    let agents: number[] = [];
    // the mention a "he"/"she" subject stands for when it is in the sentence before
    let pronounFor = -1;
    let subj = kids.find((k) => relIs(relOf(doc, k), 'nsubj') && !relIs(relOf(doc, k), 'nsubj:pass'));
    if (subj === undefined && relIs(relOf(doc, t), 'conj'))
      subj = children(doc, headOf(doc, t)).find((k) => relIs(relOf(doc, k), 'nsubj'));
    if (subj !== undefined && uposOf(doc, subj) === 'PRON' && relIs(relOf(doc, t), 'acl'))
      subj = headOf(doc, t);
    if (subj === undefined && relIs(relOf(doc, t), 'acl')) subj = headOf(doc, t);
    // "several of G's commanders switched …" read with "several" as a modifier of the verb: a share of
    // people before the verb is its subject (defect32)
    if (subj === undefined)
      subj = kids.find(
        (k) =>
          k < t &&
          (SHARE.test(lemmaOf(doc, k)) || uposOf(doc, k) === 'NUM') &&
          dependents(doc, k, 'nmod', 'obl').some((d) => PEOPLE.test(lemmaOf(doc, d))),
      );
    // "X, who says he was abducted … and surrendered": a pronoun subject deeper in a relative clause
    if (subj !== undefined && uposOf(doc, subj) === 'PRON') {
      const rel = relativeHead(doc, t);
      if (rel >= 0) subj = rel;
    }
    // a verb the parse hung below a noun ("X, a G commander, switched sides" read as a modifier): the name above it
    if (subj === undefined && !relIs(relOf(doc, t), 'conj') && relOf(doc, t) !== 'root')
      for (let h = headOf(doc, t), n = 0; h >= 0 && n < 4; h = headOf(doc, h), n++)
        if (mentionOf(h) >= 0 && doc.entities[ent(mentionOf(h))].type !== 'place') {
          subj = h;
          break;
        }
    // no subject the parse can give: the name just before the verb, with no other verb between
    // ("In 2017 a Taliban commander, Abdul Rauf, went over to …" read with the verb under "said")
    // ("Last month a commander, X, surrendered" read with "month" as the subject)
    if (
      subj === undefined ||
      (mentionOf(subj) < 0 && (uposOf(doc, subj) !== 'NOUN' || TIME_NOUN.test(lemmaOf(doc, subj))))
    ) {
      const near = nameBefore(doc, sent.tFirst, t, mentionOf);
      if (near >= 0) subj = near;
    }
    // the role noun beside the defector ("a G commander, X" or "X, a G commander") names his group
    let roleNoun = -1;
    if (subj !== undefined && mentionOf(subj) < 0) {
      // "Two G commanders, A and B, defected": the names the parse hung on the noun by a comma
      const isPerson = (d: number) => mentionOf(d) >= 0 && doc.entities[ent(mentionOf(d))].type === 'person';
      // ("X, a commander of G, defected": the parser may hang X on the noun by any label, a
      // vocative or a subject; the name set before the noun by a comma is the defector, events29)
      const noun = subj;
      const named =
        dependents(doc, subj, 'appos', 'parataxis', 'list').find(isPerson) ??
        children(doc, subj).find(
          (d) =>
            d < noun &&
            isPerson(d) &&
            /^\s*,/.test(doc.text.slice(doc.mentions[mentionOf(d)].end, doc.seg.tokens.start[noun])),
        ) ??
        // "a G commander known as X / called X / named X surrendered": the name the naming verb gives
        dependents(doc, subj, 'acl')
          .filter((v) => NAMING.has(lemmaOf(doc, v)))
          .flatMap((v) => dependents(doc, v, 'obl', 'xcomp', 'obj'))
          .find(isPerson) ??
        // "a commander who goes by X surrendered" (defect32)
        dependents(doc, subj, 'acl')
          .filter((v) => lemmaOf(doc, v) === GOES_BY)
          .flatMap((v) => dependents(doc, v, 'obl'))
          .find((d) => isPerson(d) && hasCase(d, 'by'));
      if (named !== undefined) {
        // "a G commander, X, crossed over"
        roleNoun = subj;
        subj = named;
      } else if (relIs(relOf(doc, subj), 'appos') && mentionOf(headOf(doc, subj)) >= 0) {
        // "X, a G commander, crossed over" read with the verb on "commander"
        roleNoun = subj;
        subj = headOf(doc, subj);
      }
    }
    // "X had fought with G before he broke with it": "he" or "she" is the person last named in the sentence
    if (
      subj !== undefined &&
      uposOf(doc, subj) === 'PRON' &&
      /^(?:he|she)$/i.test(doc.text.slice(start[subj], end[subj]))
    ) {
      const named = personBefore(doc, sent.tFirst, subj, mentionOf);
      if (named >= 0) subj = named;
      else {
        // "X joined G in 2019. She broke with the group …": the person last named in the sentence before
        const prev = doc.seg.sentences[si - 1];
        const mi = prev
          ? doc.mentions.findLastIndex(
              (m, i) =>
                m.start >= prev.start &&
                m.end <= sent.start &&
                doc.mentionEntity[i] >= 0 &&
                doc.entities[doc.mentionEntity[i]].type === 'person',
            )
          : -1;
        if (mi >= 0) pronounFor = mi;
      }
    }
    if (subj !== undefined && roleNoun < 0)
      roleNoun = dependents(doc, subj, 'appos').find((d) => uposOf(doc, d) === 'NOUN') ?? -1;
    // "a commander of the group, X," with the name hung on the noun as its apposition
    if (
      subj !== undefined &&
      roleNoun < 0 &&
      relIs(relOf(doc, subj), 'appos') &&
      uposOf(doc, headOf(doc, subj)) === 'NOUN'
    )
      roleNoun = headOf(doc, subj);
    // "a senior fighter who goes by X" read with X as the subject found by word order: the noun the
    // naming clause hangs on is his title (defect32)
    if (subj !== undefined && roleNoun < 0 && mentionOf(subj) >= 0) {
      const v = headOf(doc, subj);
      if (
        v >= 0 &&
        relIs(relOf(doc, v), 'acl') &&
        uposOf(doc, headOf(doc, v)) === 'NOUN' &&
        (NAMING.has(lemmaOf(doc, v)) || (lemmaOf(doc, v) === GOES_BY && hasCase(subj, 'by')))
      )
        roleNoun = headOf(doc, v);
    }
    if (pronounFor >= 0) agents.push(pronounFor);
    else if (subj !== undefined)
      for (const c of conjuncts(doc, subj)) {
        const mi = mentionOf(c);
        if (mi >= 0 && doc.entities[ent(mi)].type !== 'place') agents.push(mi);
      }
    agents = [...new Set(agents)];
    let roleGroup =
      roleNoun < 0
        ? []
        : dependents(doc, roleNoun, 'compound', 'nmod', 'nmod:poss')
            .map(mentionOf)
            .filter((mi) => mi >= 0 && (isArmed(doc, ent(mi)) || armedByItsPeople(doc, roleNoun, ent(mi))))
            .map(ent);
    // "a commander of the group, X", "one of its commanders, X": the group named before
    if (!roleGroup.length && roleNoun >= 0 && refersBack(doc, roleNoun)) {
      const g = lastGroup(start[roleNoun]);
      if (g >= 0 && isArmed(doc, g)) roleGroup = [g];
    }
    // "Twenty members of G surrendered", "Hundreds of G fighters surrendered", "31 fighters of G,
    // among them X, had surrendered": a group's people named by number leave it; the names the
    // count gives are the defectors
    let counted = -1;
    if (!agents.length && subj !== undefined && COUNTABLE.has(lemma))
      counted = groupOfPeople(doc, subj, mentionOf);
    if (counted >= 0 && subj !== undefined) {
      const span = subtreeSpan(doc, subj);
      for (let k = sent.tFirst; k < sent.tLast; k++) {
        if (start[k] < span.start || end[k] > span.end) continue;
        const mi = mentionOf(k);
        if (mi < 0 || doc.entities[ent(mi)].type !== 'person' || agents.includes(mi)) continue;
        if (/\b(?:among\s+them|including)\b/i.test(doc.text.slice(span.start, start[k]))) agents.push(mi);
      }
    }
    // "Three more of the group's men surrendered", "a gunman who had handed himself over at a camp":
    // a group's people, their group not named with them, are the group told before (defect32)
    let back = -1;
    // ("offered an amnesty to fighters who surrender / turn themselves in": a verb in the present tells no act)
    const form = doc.text.slice(start[t], end[t]).toLowerCase();
    if (
      !agents.length &&
      counted < 0 &&
      subj !== undefined &&
      COUNTABLE.has(lemma) &&
      form !== lemma &&
      form !== `${lemma}s`
    )
      back = groupBefore(doc, subj, mentionOf);
    // "Fourteen fighters surrendered … Among them were A and B", "a rebel couple surrendered … The
    // army identified them as A and B": the people the next sentence names gave up (rare33)
    let namedNext: number[] = [];
    if (
      !agents.length &&
      subj !== undefined &&
      mentionOf(subj) < 0 &&
      COUNTABLE.has(lemma) &&
      form !== lemma &&
      form !== `${lemma}s`
    ) {
      namedNext = defectorsNamedNext(doc, si);
      agents = namedNext;
    }
    if (!agents.length && counted < 0 && back < 0) continue;
    // "to H", "from G", "for H": an oblique of the verb (or of its object), else, when the parse
    // hung it elsewhere, a name marked so later in the verb's own stretch (up to a comma or verb)
    const oblWith = (verb: number, prep: string) => {
      const objs = dependents(doc, verb, 'obj');
      const ks = [...dependents(doc, verb, 'obl'), ...objs.flatMap((o) => dependents(doc, o, 'nmod'))].filter(
        (k) => hasCase(k, prep),
      );
      const found = ks
        .flatMap((k) => conjuncts(doc, k))
        .map(mentionOf)
        .filter((mi) => mi >= 0 && isArmed(doc, ent(mi)));
      if (found.length) return found;
      // the parse hung the name elsewhere ("to the Islamic State last year" read as "to … year"):
      // the preposition in the verb's own stretch (up to a comma or verb) and the name right after it
      for (let k = verb + 1; k < sent.tLast; k++) {
        const w = doc.text.slice(start[k], end[k]);
        if (/^[,;:.—–()]$/.test(w) || (uposOf(doc, k) === 'VERB' && k !== verb)) break;
        if (lemmaOf(doc, k) !== prep) continue;
        for (let j = k + 1; j < sent.tLast && j <= k + 6; j++) {
          const mi = mentionOf(j);
          if (mi >= 0) return isArmed(doc, ent(mi)) ? [mi] : [];
          const u = uposOf(doc, j);
          if (u !== 'DET' && u !== 'ADJ' && !/^\s*$/.test(doc.text.slice(start[j], end[j]))) break;
        }
        break;
      }
      return [];
    };
    let left: number[] = [];
    let joined = -1;
    if (lemma === 'break') {
      // "broke with G", "broke with it / the group": the group named, else the defector's own or the last one
      const withG = oblWith(t, 'with');
      if (withG.length) left = [ent(withG[0])];
      else {
        // (read on the words: the parse may hang "the group" on a noun after it)
        const back = BROKE_WITH_BACK.exec(doc.text.slice(end[t], end[t] + 40));
        if (!back) continue;
        const g = roleGroup[0] ?? lastGroup(end[t] + back[0].length);
        if (g < 0 || !isArmed(doc, g)) continue;
        left = [g];
      }
    } else if (lemma === 'leave' || lemma === 'quit' || lemma === 'abandon' || lemma === 'desert') {
      const obj = kids.find((k) => relIs(relOf(doc, k), 'obj'));
      // "X deserted with his men (and joined H)": the group his title names or he belonged to
      if (obj === undefined && lemma === 'desert' && agents.length) {
        const g = roleGroup[0] ?? groupsOf(doc, relations, ent(agents[0]))[0] ?? -1;
        if (g >= 0) left = [g];
      } else if (obj === undefined) continue;
      else {
        const mi = mentionOf(obj);
        if (mi >= 0) {
          if (!isArmed(doc, ent(mi))) continue;
          left = [ent(mi)];
        } else if (GROUP_NOUN.test(lemmaOf(doc, obj))) {
          const g = roleGroup[0] ?? lastGroup(start[t]);
          if (g >= 0) left = [g];
        } else continue;
      }
      const forH = oblWith(t, 'for');
      if (forH.length) joined = ent(forH[0]);
      // "left G to join H", "left G and joined H"
      for (const k of kids)
        if (
          (relIs(relOf(doc, k), 'advcl') || relIs(relOf(doc, k), 'conj') || relIs(relOf(doc, k), 'xcomp')) &&
          lemmaOf(doc, k) === 'join'
        ) {
          const o = dependents(doc, k, 'obj')
            .map(mentionOf)
            .find((mi) => mi >= 0 && isArmed(doc, ent(mi)));
          if (o !== undefined) joined = ent(o);
        }
    } else {
      left = oblWith(t, 'from').map(ent);
      // "defected from the group": the defector's own group, else the group named before
      if (
        !left.length &&
        dependents(doc, t, 'obl').some((k) => hasCase(k, 'from') && GROUP_NOUN.test(lemmaOf(doc, k)))
      )
        left = roleGroup.length ? roleGroup : [lastGroup(start[t])].filter((g) => g >= 0);
      if (!SURRENDER.has(lemma)) {
        const to = oblWith(t, 'to');
        if (to.length) joined = ent(to[0]);
        else if (lemma !== 'defect' || !left.length) continue;
      }
    }
    // the group left, when the clause does not name it: the one his title names, or he belonged to
    if (!left.length && counted >= 0) left = [ent(counted)];
    if (!left.length && back >= 0) left = [back];
    if (!left.length) left = roleGroup.filter((g) => g !== joined);
    if (!left.length)
      for (const mi of agents)
        for (const g of groupsOf(doc, relations, ent(mi), joined)) if (!left.includes(g)) left.push(g);
    // "a senior Maoist commander, X, surrendered", "X surrendered to the army", "X deserted with
    // his men": a named person giving up the fight, his group unnamed; the group told before
    // when his title makes him a fighter. A surrender by no person named, or to no one, is none.
    // (the people named next keep no group: which one they left is not told with them, rare33)
    if (namedNext.length) left = [];
    if (!left.length && !namedNext.length && (SURRENDER.has(lemma) || lemma === 'desert')) {
      const fighter = roleNoun >= 0 && PEOPLE.test(lemmaOf(doc, roleNoun));
      const toSomeone = dependents(doc, t, 'obl').some((k) => hasCase(k, 'to'));
      if (!agents.length || agents.some((mi) => doc.entities[ent(mi)].type !== 'person')) continue;
      if (!fighter && !toSomeone && lemma !== 'desert') continue;
      const g = fighter ? lastGroup(start[t]) : -1;
      if (
        g >= 0 &&
        isArmed(doc, g) &&
        orgKind(doc.entities[g].surfaces, doc.entities[g].kind) !== 'security agency'
      )
        left = [g];
    }
    out.push({ at: start[t], trigger: doc.text.slice(start[t], end[t]), agents, left, joined });
  }
  return out;
}

/** Verbs a group's people can do counted, unnamed ("Twenty members of G surrendered", "many of its commanders switched sides"). */
const COUNTABLE = new Set([...SURRENDER, 'defect', 'desert', 'switch', 'change', 'shift', 'cross']);
// "many of its commanders", "two of the fighters": a count or share of people
const SHARE = /^(?:hundreds?|dozens?|scores?|thousands?|number|group|many|some|several|most|few|all)$/i;

/**
 * "three more of the group's men", "a gunman who had handed himself over", "many of its commanders":
 * people of a group their noun does not name (no name of another body, no person beside them) are the
 * group told before, when it is an armed group and not a state's force (defect32). The entity, or -1.
 */
function groupBefore(doc: Annotated, k: number, mentionOf: (t: number) => number): number {
  let people = k;
  if (!PEOPLE.test(lemmaOf(doc, k))) {
    const inner = dependents(doc, k, 'nmod', 'obl').find((d) => PEOPLE.test(lemmaOf(doc, d)));
    if (inner === undefined || !(SHARE.test(lemmaOf(doc, k)) || uposOf(doc, k) === 'NUM')) return -1;
    people = inner;
  }
  // ("members of parliament", "fighters from Chad": a body or place the noun names is no group told before)
  for (const d of [people, ...conjuncts(doc, people)])
    for (const c of dependents(doc, d, 'compound', 'nmod', 'nmod:poss', 'appos'))
      if (mentionOf(c) >= 0 || (uposOf(doc, c) === 'NOUN' && !GROUP_NOUN.test(lemmaOf(doc, c)))) return -1;
  // "members of the group", "its fighters": the group named last; a bare "a fighter", "14 more members":
  // the armed group the article has named most so far
  return groupNamedBefore(doc, doc.seg.tokens.start[k], refersBack(doc, people));
}

/** An armed group, not a state's force. */
const isRebel = (doc: Annotated, e: number) =>
  isArmed(doc, e) && orgKind(doc.entities[e].surfaces, doc.entities[e].kind) !== 'security agency';

/**
 * The armed group (not a state's force) named before `before`: the one named last (`last`), or the
 * one named most often, the later named on a tie; -1 for none.
 */
function groupNamedBefore(doc: Annotated, before: number, last: boolean): number {
  const count = new Map<number, number>();
  let best = -1;
  for (let i = 0; i < doc.mentions.length && doc.mentions[i].start < before; i++) {
    const e = doc.mentionEntity[i];
    if (e < 0 || doc.entities[e].type !== 'organization' || !isRebel(doc, e)) continue;
    const n = (count.get(e) ?? 0) + 1;
    count.set(e, n);
    if (last || best < 0 || n >= (count.get(best) ?? 0)) best = e;
  }
  return best;
}

// nouns that count a group's people: "members of G", "G fighters", "rebels of G"
const PEOPLE =
  /^(?:member|fighter|militant|rebel|insurgent|gunman|gunmen|jihadist|cadre|combatant|commander|recruit|guerrilla|loyalist)s?$/i;

/**
 * The armed group a noun of people counts ("twenty members of G", "hundreds of G fighters",
 * "G militants"): the mention of G, or -1.
 */
function groupOfPeople(doc: Annotated, k: number, mentionOf: (t: number) => number): number {
  // "hundreds of G fighters", "dozens of its members": the people are the noun's own "of" phrase
  let people = k;
  if (!PEOPLE.test(lemmaOf(doc, k))) {
    const inner = dependents(doc, k, 'nmod', 'obl').find((d) => PEOPLE.test(lemmaOf(doc, d)));
    if (inner === undefined || !(SHARE.test(lemmaOf(doc, k)) || uposOf(doc, k) === 'NUM')) return -1;
    people = inner;
  }
  // (people who surrender or desert bear arms: any organisation they are counted from is theirs)
  for (const d of dependents(doc, people, 'compound', 'nmod', 'nmod:poss')) {
    const mi = mentionOf(d);
    if (mi >= 0 && doc.entities[doc.mentionEntity[mi]].type === 'organization') return mi;
  }
  return -1;
}

/**
 * "the G commander X", "X, a fighter of G": a group no gazetteer or name word gives a kind is armed
 * when the person's own title counts him among its fighters; its own title's group beats one
 * named sentences before (members30). Not a body of another kind (a party, a ministry).
 */
function armedByItsPeople(doc: Annotated, roleNoun: number, e: number): boolean {
  const x = doc.entities[e];
  return (
    x.type === 'organization' &&
    orgKind(x.surfaces, x.kind) === undefined &&
    PEOPLE.test(lemmaOf(doc, roleNoun)) &&
    !/^member/.test(lemmaOf(doc, roleNoun))
  );
}

/** The armed groups (not a security force) a member, leader or spokesman is tied to, other than `except`. */
export function groupsOf(doc: Annotated, relations: RelationDraft[], who: number, except = -1): number[] {
  const out: number[] = [];
  for (const r of relations)
    if (
      r.subject === who &&
      !r.negated &&
      (r.type === 'member_of' || r.type === 'leader_of' || r.type === 'spokesperson_of') &&
      r.object !== except &&
      isArmed(doc, r.object) &&
      orgKind(doc.entities[r.object].surfaces, doc.entities[r.object].kind) !== 'security agency' &&
      !out.includes(r.object)
    )
      out.push(r.object);
  return out;
}

/** The token of the last person named in the sentence before `t`, or -1. */
function personBefore(doc: Annotated, first: number, t: number, mentionOf: (t: number) => number): number {
  for (let k = t - 1; k >= first; k--) {
    const mi = mentionOf(k);
    if (mi >= 0 && doc.entities[doc.mentionEntity[mi]].type === 'person') return k;
  }
  return -1;
}

/**
 * The noun a relative clause hangs on, when `t` sits in that clause below a reported or joined
 * verb ("X, who says he was abducted … and surrendered"): its token, or -1.
 */
function relativeHead(doc: Annotated, t: number): number {
  let k = t;
  for (let n = 0; n < 4 && k >= 0; n++) {
    const r = relOf(doc, k);
    if (relIs(r, 'acl')) return headOf(doc, k);
    if (!relIs(r, 'conj') && !relIs(r, 'ccomp') && !relIs(r, 'xcomp')) return -1;
    k = headOf(doc, k);
  }
  return -1;
}

/** The token of the last name (not a place) before `t` in its clause: no verb or stop between. */
function nameBefore(doc: Annotated, first: number, t: number, mentionOf: (t: number) => number): number {
  const { start, end } = doc.seg.tokens;
  for (let k = t - 1; k >= first; k--) {
    // ("X, a G fighter, had handed himself over": the verb's own auxiliary opens no other clause, defect32)
    if (headOf(doc, k) === t && relIs(relOf(doc, k), 'aux')) continue;
    const mi = mentionOf(k);
    if (mi >= 0) {
      if (doc.entities[doc.mentionEntity[mi]].type === 'person') return k;
      continue;
    }
    const u = uposOf(doc, k);
    // "in neighbouring Mohmand district", "a wanted commander": a participle before a noun is no verb
    const w = doc.text.slice(start[k], end[k]);
    const nx = k + 1 < t ? uposOf(doc, nextWord(doc, k, t)) : '';
    if (u === 'VERB' && /(?:ing|ed)$/i.test(w) && (nx === 'NOUN' || nx === 'PROPN' || nx === 'ADJ')) continue;
    // a preposition the tagger took for a conjunction ("in", "near") opens no clause
    if (u === 'SCONJ' && PREPOSITION.test(w)) continue;
    if (
      u === 'VERB' ||
      u === 'AUX' ||
      u === 'SCONJ' ||
      /^[;:.—–()"“”]$/.test(doc.text.slice(start[k], end[k]))
    )
      return -1;
  }
  return -1;
}

const PREPOSITION = /^(?:in|on|at|near|from|of|for|with|around|outside|inside)$/i;

/** The next token after `t` that is not a space. */
function nextWord(doc: Annotated, t: number, last: number): number {
  const { start, end } = doc.seg.tokens;
  for (let k = t + 1; k < last; k++) if (doc.text.slice(start[k], end[k]).trim()) return k;
  return t;
}

/** The group joined by a defection verb: "defected to H", "switched sides to H". */
export function joinedOf(doc: Annotated, t: number, usable: (mi: number) => boolean): number {
  for (const k of dependents(doc, t, 'obl')) {
    if (!children(doc, k).some((c) => relIs(relOf(doc, c), 'case') && lemmaOf(doc, c) === 'to')) continue;
    const mi = mentionAt(doc, k);
    if (mi >= 0 && usable(mi) && doc.mentionEntity[mi] >= 0 && isArmed(doc, doc.mentionEntity[mi]))
      return doc.mentionEntity[mi];
  }
  return -1;
}

export { isArmed };

// "Among them were A and B", "The army identified them as A and B", "named the two as A and B"
const NAMED_NEXT =
  /^\s*Among\s+them\s+(?:was|were)\b|\b(?:identified|named)\s+(?:them|both|the\s+(?:two|three|four|five|pair|couple))\s+as\b/;

/**
 * The people the next sentence (same paragraph) names as those who gave up (rare33): the persons
 * after "Among them was/were" or "identified (named) them as", not one a preposition marks ("a
 * medic of X"). Mention indices.
 */
function defectorsNamedNext(doc: Annotated, si: number): number[] {
  const next = doc.seg.sentences[si + 1];
  if (!next || next.paragraph !== doc.seg.sentences[si].paragraph) return [];
  const m = NAMED_NEXT.exec(doc.text.slice(next.start, next.end));
  if (!m) return [];
  const from = next.start + m.index + m[0].length;
  const out: number[] = [];
  for (let i = 0; i < doc.mentions.length; i++) {
    const x = doc.mentions[i];
    if (x.start < from) continue;
    if (x.start >= next.end) break;
    const e = doc.mentionEntity[i];
    if (e < 0 || doc.entities[e].type !== 'person') continue;
    if (
      /\b(?:of|by|to|from|with|for|than)\s+(?:the\s+)?$/i.test(
        doc.text.slice(Math.max(from, x.start - 12), x.start),
      )
    )
      continue;
    if (!out.some((j) => doc.mentionEntity[j] === e)) out.push(i);
  }
  return out;
}
