import { divisionAlternation, NEWER_DIVISIONS } from '../knowledge/divisions.js';
import type { EntityType, RelationType } from '../types.js';
import { type Annotated, mentionsBySentence, roleHolder, spanLookup } from './annotated.js';
import { orgKind } from './attributes.js';
import { datelineEnd } from './dateline.js';
import { execAll } from './exec-all.js';
import type { Lexicon } from './lexicon.js';
import { makeCollector } from './memory.js';
import type { QuoteDraft } from './quotes.js';
import { children, headOf, lemmaOf, relOf, spanHead, uposOf } from './syntax.js';
import { arrestsNamedLater } from './ties/arrest-named.js';
import { branchesByName } from './ties/branch-name.js';
import { clauseController } from './ties/controlled-clause.js';
import { convictsNamedNext } from './ties/convicted-named.js';
import { desertedFrom } from './ties/deserted.js';
import {
  groupProfile,
  modifierInDescription,
  PART_ANAPHOR,
  partOwned,
  topicAmong,
} from './ties/group-refs.js';
import { leaderPeople, titlesOfServed } from './ties/leader-people.js';
import { membersNamedNext } from './ties/one-of-them.js';
import { rankHeads } from './ties/rank-head.js';
import { readParseTies } from './ties/read.js';
import { titlesNamedLater } from './ties/title-named-later.js';
import { titleNamesOthers } from './ties-members29.js';
import { membershipVerbOfOthers, placeAfterClosingComma, placeOfGroupsPeople } from './ties-members30.js';

// Stage 5: ties between entities, each with the sentence that states it. A tie is a
// cue (a verb, a role noun, an apposition, a place phrase) between two mentions of
// the right types in one sentence. Pronouns, "the group", "the latter" and, inside a
// quote, "we"/"us" stand for the entity they refer to. Negation ("denies any links
// with", "did not pledge") is kept as `negated`.

export interface RelationDraft {
  type: RelationType;
  subject: number; // entity index
  object: number;
  negated: boolean;
  sentence: number;
  /** entity index of the quote's speaker when stated inside a quote, else -1 */
  attributedTo: number;
  attributedText: string | null;
  cue: string;
}

type T = EntityType;
interface Cue {
  type: RelationType;
  /** regex over the lower-cased text between the two mentions */
  re: RegExp;
  a: T[];
  b: T[];
  /** 'ab': first mention is the subject; 'ba': the second is */
  dir: 'ab' | 'ba';
  negated?: boolean;
  name: string;
  /** the cue may reach over other mentions ("the council met under X, and removed Y"), or over places only */
  skip?: boolean | 'places';
  /** a pattern the text right after the second mention must match ("X, a Reuters correspondent") */
  after?: RegExp;
  /** a pattern the raw text between the mentions must match, before normalising ("Karachi police", not "BEIRUT — X") */
  raw?: RegExp;
  /** a pattern the raw text right after the second mention must match (case kept) */
  rawAfter?: RegExp;
  /** `after` and `rawAfter` do not apply when the second mention is an abbreviation ("Wyo.") */
  unlessAbbreviation?: boolean;
  /** a pattern the sentence's text right before the first mention must NOT match ("cleared X of …") */
  notBefore?: RegExp;
}

const PO: T[] = ['person', 'organization'];
const O: T[] = ['organization'];
const PER: T[] = ['person'];
const PL: T[] = ['place'];
const W = "[\\w'’-]+,?";
const FILL = (n: number) => `(?:${W} ){0,${n}}`;
/**
 * Words after a title's "of": no comma among them, or "X, the former leader of the Afghan
 * government, met G envoys" reads the title as G's (the clause after the comma is another).
 */
const OF_FILL = (n: number) => `(?:[\\w'’-]+ ){0,${n}}`;
/** public offices a place's name can stand before ("Ohio Gov. X", "Somalia's president, X"): a
 * lookahead body that matches when one of the next three words names one */
const NOT_OFFICE =
  "(?:[\\w'’.-]+,? ){0,2}(?:gov\\.?|governor|mayor|sen\\.?|senator|rep\\.|representative|president|premier|prime|minister|chancellor|secretary|ambassador|envoy|commissioner|administrator|chief|judge|prosecutor|attorney general|ruler|king|queen|sheriff|councill?or|congress(?:wo)?man|lieutenant|deputy)\\b";
/** nouns whose possessor is a person: "X's lawyer, Y", "X's sister, Y" */
const KIN_OR_AGENT =
  'lawyer|lawyers|attorney|counsel|brother|sister|wife|husband|son|daughter|father|mother|uncle|aunt|nephew|niece|cousin|widow|friend|aide|assistant|client|killer|assassin|driver|bodyguard|deputy|successor|predecessor';
const NEG = "(?:not|never|no longer|n't|n’t)";
/** a person's own dwelling: "his Tulsa home", "her home in Boise" */
const HOMES = 'home|house|residence|apartment|farmhouse|villa';

/** a side of a place: "in eastern Sudan", "in the far north of", "in central Idaho" */
const SIDE =
  '(?:far |extreme |deep )?(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west|central|upper|lower|northern|southern|eastern|western|northeastern|northwestern|southeastern|southwestern|north-eastern|north-western|south-eastern|south-western)';
/** a country's divisions in the plural, after the last of two names ("A and B provinces") */
const DIVISIONS = `(?:provinces|states|regions|districts|counties|governorates|prefectures|${divisionAlternation(NEWER_DIVISIONS, true)})`;
const DIVISIONS_FIRST = new RegExp(`^ ${DIVISIONS} `);
const DIVISIONS_LAST = new RegExp(`\\s${DIVISIONS}$`, 'i');
/** what joins the names of a list: "A, B and C", "A, B, and northern C" */
const LIST_LINK = new RegExp(`^(?:,|,? ?(?:and|or))(?: ${SIDE})?$`);
/** an age or a party-and-state tag between commas after a name: ", 53, ", ", D-Ore., ", ", R-N.Y., " */
const NAME_TAG = /^, (?:\d{1,3}|[dri]-[a-z]{1,5}\.?(?:[a-z]{1,2}\.)?), (?=\S)/;
/** the place ends the phrase rather than begins a longer name ("U.S. Tax Court") */
const NOT_NAME_CONTINUES = /^(?! [\p{Lu}])/u;
/** …nor a settlement noun the place stands before ("the Nile Delta city of Tanta": Tanta is the place) */
const NOT_NAME_OR_SETTLEMENT =
  /^(?! [\p{Lu}])(?! (?:city|town|village|hamlet|port|district|area|camp|neighbou?rhood|suburb) of\b)/u;
const ORG_NOUNS =
  'group|company|firm|corporation|conglomerate|bank|newspaper|daily|agency|organi[sz]ation|outfit|militia|party|movement|network|charity|foundation|seminary|madrassa|university|institute|hospital|manufacturer|maker|developer|airline|broadcaster|station|channel|network|think[- ]tank';
const ROLE_NOUNS =
  'professor|meteorologist|scientist|economist|engineer|lawyer|attorney|spokesman|spokeswoman|director|president|chairman|official|officer|commissioner|judge|prosecutor|analyst|reporter|correspondent|editor|columnist|photographer|lecturer|researcher|adviser|advisor|aide|consultant|physician|doctor|surgeon|pilot|commander|cleric|imam|preacher|teacher|student';
/** posts that cover a region for an organisation: "Sahel director at G", "Asia editor of G" */
const PORTFOLIO =
  'director|correspondent|editor|bureau chief|chief|head|coordinator|representative|manager|spokesman|spokeswoman|envoy';
/** titles of those who study a place or a conflict: "a Syria researcher", "an Iran expert" */
const STUDY_NOUNS = 'researcher|analyst|expert|specialist|scholar|watcher|historian|observer';
const TITLE_WORDS = `mayor|gov\\.?|governor|sen\\.?|senator|rep\\.?|representative|republican|democrat|democratic|president|premier|prime minister|minister|secretary|judge|district judge|attorney|attorney general|police chief|police|chief|official|officials|artist|lawyer|businessman|envoy|ambassador|spokesman|commander|general|gen\\.?|col\\.?|colonel|cleric|preacher|leader|activist|journalist|reporter|${ROLE_NOUNS}`;
const LEADER =
  'emir|amir|ameer|chief|head|leader|commander|founder|co-founder|chairman|chairwoman|president|supremo|boss|chief executive|director|secretary general|secretary-general|supreme leader|caliph|mastermind';
/** What an organisation has as parts (ONTOLOGY part_of: chapter, branch, wing, faction of). */
const PARTS = 'branch|branches|chapter|wing|faction|arm|cell|unit|province|franchise|division';
/** nouns for a part of a group or one tied to it, which a "led by" after them describes (ties28) */
const PART_NOUNS = 'faction|wing|branch|splinter|offshoot|affiliate|arm|cell|unit';
/** a deputy serves under the leader ("deputy leader of Y", "Y's vice chairman X") */
const NOT_DEPUTY = '(?!.*\\b(?:deputy|assistant|associate|vice|vice-)\\b)';
const SPOKES = 'spokesman|spokesperson|spokeswoman|spokesmen|mouthpiece';
/** (a general secretary leads: cue `leader`, leader_of/secretary-general; ties28) */
const MEMBER =
  'member|members|fighter|fighters|militant|militants|operative|operatives|activist|activists|cadre|cadres|loyalist|loyalists|official|officials|officer|officers|employee|employees|worker|workers|recruit|recruits|soldier|soldiers|agent|agents|analyst|reporter|correspondent|staffer|student|students|teacher|teachers|professor|researcher|adviser|advisor|lawyer|minister|ambassador|envoy|(?<!general )secretary|executive|manager|editor';

function cue(
  name: string,
  type: RelationType,
  re: string,
  a: T[],
  b: T[],
  dir: 'ab' | 'ba' = 'ab',
  negated = false,
  skip: boolean | 'places' = false,
): Cue {
  return { name, type, re: new RegExp(`^,?${re}$`), a, b, dir, negated, skip };
}

/**
 * a title that opens with "and" after a name's comma begins the next part of a list, not the name's
 * apposition: "his wife, A, and the deputy director of G, B" (B holds the title, never A)
 */
const NOT_AND = '(?!,? and )';

/** cues that read a title noun between a person and an organisation ("X, a member of G") */
const TITLE_CUES = new Set(['member', 'leader', 'deputy', 'spokesperson']);

/** a speech verb in a gap whose next word is no pronoun for the speaker: " said police detained " */
const SAID_OTHERS = /\b(?:said|says|told)\s+(?!(?:it|they|its|their|he|she)\b)/;

/** a part of an organisation named right after it: "the G media office", "G's finance unit" */
const PART_AFTER =
  /^(?:['’]s)?\s+(?:[\p{Ll}-]+\s+){0,2}(?:office|unit|wing|cell|department|bureau|branch|committee|section|division|brigade|battalion|desk)\b/u;

/** a passive verb and its "by", right before an agent's name: "was detained by (the) " */
const AGENT_BY =
  /\b(?:arrested|detained|captured|held|killed|attacked|seized|apprehended|nabbed|taken|abducted|kidnapped|claimed|carried out|launched|conducted|raided|stormed|shot|wounded|released|freed|rescued|picked up|questioned|interrogated|handed over|ambushed|targeted)\s+(?:[\w'’-]+\s+){0,3}?by\s+(?:the\s+)?$/i;

/** a title that owns the noun after it ("X, the G leader's driver") is someone else's (members29) */
const NOT_OWNER = "(?!['’]s?\\b)";

// Patterns match the whole text between two mentions (lower-cased, quotes folded).
const CUES: Cue[] = [
  // appositions and role nouns
  cue(
    'spokesperson',
    'spokesperson_of',
    `${NOT_AND},? (?:who is |was |is |as )?(?:the |a |an |its |their )?${FILL(3)}(?:${SPOKES}) (?:of|for) (?:the )?${OF_FILL(4)}`,
    PER,
    O,
  ),
  cue('org-spokesperson', 'spokesperson_of', `(?:'s)? ${FILL(1)}(?:${SPOKES}),? `, O, PER, 'ba'),
  cue(
    'leader',
    'leader_of',
    `${NOT_DEPUTY}${NOT_AND},? (?:who is |was |is |as |became |remains )?(?:the |a |an |its |their )?${FILL(2)}(?:${LEADER}) (?:of|for) (?:the )?${OF_FILL(3)}`,
    PER,
    O,
  ),
  // "X, executive vice president for policy at Y": a deputy is a member
  cue(
    'deputy',
    'member_of',
    `${NOT_AND},? (?:who is |was |is |as |became )?(?:the |a |an |its |their )?${FILL(2)}(?:deputy|assistant|associate|vice)[ -](?:${LEADER}) (?:of|for|at|with) (?:the )?${OF_FILL(3)}`,
    PER,
    O,
  ),
  cue('org-leader', 'leader_of', `${NOT_DEPUTY}(?:'s)? ${FILL(1)}(?:${LEADER}),? `, O, PER, 'ba'),
  {
    ...cue(
      'led-by',
      'leader_of',
      // (not "the G faction once led by X", "an H affiliate led by X": X leads the faction or the
      // affiliate, which its own name may hold; ties28)
      ` (?!(?:${W} )?(?:${PART_NOUNS})s? )${FILL(3)}(?:led|headed|founded|commanded|run) by (?:the )?${FILL(1)}`,
      O,
      PER,
      'ba',
    ),
    // (nor "a faction of G led by X", "one of the affiliates of G, led by X": G is the whole the
    // part led is of; ties28)
    notBefore: new RegExp(`\\b(?:${PART_NOUNS})s? of (?:the )?$`, 'i'),
  },
  cue(
    'met-under',
    'leader_of',
    ` ${FILL(2)}(?:met|meets|meeting|gathered|convened|assembled) under (?:the )?${FILL(2)}`,
    O,
    PER,
    'ba',
  ),
  cue(
    'leads',
    'leader_of',
    `,? (?:who |which )?(?:now |still |also )?(?:leads|led|heads|headed|founded|commands|commanded|runs|ran) (?:the )?`,
    PER,
    O,
  ),
  cue(
    'member',
    'member_of',
    // (not a passive's agent: "A and B were arrested by operatives of G")
    `(?!.*\\bby\\b)${NOT_AND},? (?:who is |was |is |as |became )?(?:the |a |an |one of the |another )?${FILL(3)}(?:${MEMBER}) (?:of|for|with|in|at|from) (?:the )?${OF_FILL(3)}`,
    PER,
    O,
  ),
  cue('org-member', 'member_of', `(?:'s)? ${FILL(1)}(?:${MEMBER}) `, O, PER, 'ba'),
  cue(
    'works-for',
    'member_of',
    ` ${FILL(2)}(?:works|worked|working|served|serves|serving) (?:for|with|in|at) (?:the )?`,
    PER,
    O,
  ),
  cue(
    'joined',
    'member_of',
    ` ${FILL(2)}(?:joined|joins|enlisted in|was recruited by|were recruited by) (?:the )?`,
    PER,
    O,
  ),
  // affiliation and its denial
  cue(
    'deny-links',
    'affiliated_with',
    ` ${FILL(2)}(?:denies|denied|deny|denying|rejects|rejected|dismissed|dismisses|rules out|ruled out) (?:any |having |all |the )?${FILL(1)}(?:links?|ties|association|connections?|affiliation|relationship|contacts?|involvement) (?:with|to) (?:the )?`,
    PO,
    O,
    'ab',
    true,
  ),
  cue(
    'no-links',
    'affiliated_with',
    // (not past a speech verb: "X said local Muslims had no links with Y" is not X's denial)
    ` (?!${FILL(2)}(?:said|says|told|added|stated|insisted)\\b)${FILL(3)}(?:has|have|had) no (?:links?|ties|connections?|affiliation|relationship) (?:with|to) (?:the )?`,
    PO,
    O,
    'ab',
    true,
  ),
  cue(
    'not-affiliated',
    'affiliated_with',
    ` (?:is|was|are|were) ${NEG} ${FILL(1)}(?:affiliated|linked|associated|connected|tied) (?:with|to) (?:the )?`,
    PO,
    O,
    'ab',
    true,
  ),
  cue(
    'affiliated',
    'affiliated_with',
    ` (?:(?:is|was|are|were|had been|has been|have been|being) )?${FILL(1)}(?:affiliated|linked|associated|connected|tied) (?:with|to) (?:the )?`,
    PO,
    O,
  ),
  cue(
    'links-with',
    'affiliated_with',
    ` ${FILL(2)}(?:has|have|had|maintains|maintained|with) (?:close |strong |alleged |suspected )?(?:links?|ties|connections?) (?:with|to) (?:the )?`,
    PO,
    O,
  ),
  // rivalry and alliance
  cue(
    'at-odds',
    'rival_of',
    ` ${FILL(3)}(?:is |are |was |were )?(?:at odds|in conflict|locked in a feud|feuding|competing|rivals?) (?:with|against|of) (?:the )?`,
    PO,
    PO,
  ),
  // armed conflict is `fights`, not a rivalry (ONTOLOGY: fought, clashed with, battle with)
  cue(
    'clashed-with',
    'fights',
    ` ${FILL(3)}(?:is |are |was |were |have |has |had )?(?:at war|clashing|clashed|fighting|fought|battling|battled) (?:with|against) (?:the )?`,
    PO,
    PO,
  ),
  cue(
    'disapprove',
    'rival_of',
    ` (?:does|do|did) ${NEG} (?:approve of|recognize|recognise|accept|support) (?:the )?`,
    PO,
    PO,
  ),
  cue(
    'opposes',
    'rival_of',
    ` ${FILL(1)}(?:opposes|opposed|condemns|condemned|denounced|denounces|rejects|rejected|declared war on|turned against|attacked|fights|fight) (?:the )?`,
    PO,
    PO,
  ),
  cue('odds-front', 'rival_of', `(?:at odds|at war|in conflict) with `, PO, PO),
  cue(
    'allied',
    'allied_with',
    ` ${FILL(2)}(?:allied with|allies with|ally with|joined forces with|joins forces with|formed an alliance with|alliance with|merged with|teamed up with|cooperat(?:es|ed|ing) with|collaborat(?:es|ed|ing) with) (?:the )?`,
    PO,
    PO,
  ),
  // splits, allegiance, expulsion, arrest
  cue(
    'defected',
    'split_from',
    ` ${FILL(5)}(?:defected|broke away|broken away|split|splintered|seceded|parted ways|(?:breakaway|splinter|dissident|renegade|rebel) (?:faction|group)) (?:from|with|of) (?:the )?`,
    PO,
    O,
  ),
  // parts of organisations: "X, the Afghan branch of Y", "X is a wing of Y", "Y's Yemen branch, X"
  cue(
    'branch-of',
    'part_of',
    `(?!.*\\b(?:splinter|breakaway|dissident|renegade|rebel|former|and|or|all|other)\\b) (?:is |was |as |became |remains )?(?:the |a |an |its |their |one )?${FILL(2)}(?:${PARTS}) of (?:the )?`,
    O,
    O,
  ),
  cue('org-branch', 'part_of', `(?:'s) ${FILL(2)}(?:${PARTS}),? (?:the )?`, O, O, 'ba', false, 'places'),
  {
    ...cue('org-apposition-branch', 'part_of', `, (?:a |an |the )?`, O, O),
    after: new RegExp(`^(?:'s)? (?:[\\w-]+ )?(?:${PARTS})\\b`, 'i'),
  },
  {
    ...cue('org-apposition-affiliate', 'affiliated_with', `, (?:a |an |the )?`, O, O),
    after: /^(?:'s)? (?:[\w-]+ )?(?:affiliate|affiliated group|proxy|front)\b/i,
  },
  // "H, an al-Qaeda ally", "H, G's closest ally": allies (ties27: the dev golds' allied_with)
  {
    ...cue('org-apposition-ally', 'allied_with', `, (?:a |an |the )?`, O, O),
    after: /^(?:'s)? (?:[\w-]+ )?ally\b/i,
  },
  // "X succeeded Y as head of Z": X leads Z now
  cue(
    'succeeded-as',
    'leader_of',
    ` (?:succeeded|succeeds|replaced|replaces|took over from) ${FILL(5)}as (?:the )?(?:new )?${FILL(1)}(?:${LEADER}) (?:of|for) (?:the )?`,
    PER,
    O,
    'ab',
    false,
    true,
  ),
  // before 'pledged': the first cue that matches a pair wins
  cue(
    'not-pledged',
    'pledged_allegiance_to',
    ` ${FILL(2)}(?:(?:did|does|do|has|have|had) ${NEG} (?:pledged?|sworn|swear)|(?:denied|denies|deny|denying|rejected) (?:having )?(?:pledged|pledging|sworn|swearing|giving|given)) (?:an |their |its |his )?(?:oath of )?(?:allegiance|loyalty|bay'?ah) (?:to|with) (?:the )?`,
    PO,
    PO,
    'ab',
    true,
  ),
  cue(
    'pledged',
    'pledged_allegiance_to',
    ` ${FILL(3)}(?:pledged|pledges|pledge|pledging|swore|sworn|swear|swears|swearing|declared|declares|offered|gave|given|gives|took|taken|takes) (?:an |their |its |his |her |the )?(?:oath of )?(?:allegiance|loyalty|fealty|bay'?ah|baiat|bayat|bai'at) (?:to|with) (?:the )?`,
    PO,
    PO,
  ),
  cue(
    'expelled-by',
    'expelled_from',
    ` ${FILL(3)}(?:was|were|has been|had been|have been|been|got) (?:expelled|sacked|ousted|dismissed|removed|kicked out|thrown out) (?:from|by|of) (?:the )?`,
    PO,
    O,
  ),
  {
    ...cue(
      'expelled',
      'expelled_from',
      ` ${FILL(14)}(?:expelled|expels|sacked|ousted|dismissed|kicked out|threw out|removed)(?! (?:from|by)\\b) (?:the |its |their )?${FILL(2)}`,
      O,
      PO,
      'ba',
      false,
      true,
    ),
    // ("X was expelled from B": the verb right before "from" or "by" is a passive, whose subject
    // is expelled, not the name before it; args37)
    // "removed G from the terrorism list" takes G off a list, not out of the group named before
    after: /^(?! from (?:the |its |their |a )?(?:[\w-]+ ){0,3}(?:list|blacklist|register)\b)/,
  },
  cue(
    'arrested-by',
    'arrested_by',
    ` ${FILL(6)}(?:was|were|has been|had been|have been|been|being) (?:arrested|detained|captured|apprehended|taken into custody|taken prisoner|nabbed|held) (?:by|at the hands of) (?:the )?`,
    PER,
    O,
    'ab',
    false,
    'places',
  ),
  // "Coast Guard Lt. X", "Pakistan Army Col. X": a military or police rank between a force's
  // name and a person's makes the person one of its members
  {
    ...cue(
      'org-rank',
      'member_of',
      ` (?:lt|lieut|capt|col|maj|sgt|cpl|cmdr|brig|lt\\. col|lt\\. gen|maj\\. gen|brig\\. gen|major|captain|colonel|lieutenant|sergeant|corporal|brigadier|inspector|constable)\\.? `,
      O,
      PER,
      'ba',
    ),
    raw: /^ \p{Lu}/u,
  },
  // "X was taken into the custody of P", "X, who is in the custody of P": held by P
  cue(
    'custody-of',
    'arrested_by',
    `,? (?:who )?(?:(?:was|were|is|are|has been|had been|have been|remains|remained) )?(?:(?:taken|placed|held|kept|handed) )?(?:into|in|over to) (?:the )?custody of (?:the )?`,
    PER,
    O,
  ),
  // (arrests36) "X, who is in F custody", "X remains in F custody", "X was taken into F custody":
  // the body's name before the noun, held by F as "in the custody of F" says
  {
    ...cue(
      'in-body-custody',
      'arrested_by',
      `,? (?:who )?(?:(?:was|were|is|are|has been|had been|have been|remains|remained|died|dies) )?(?:(?:taken|placed|held|kept|handed over) )?(?:into|in) (?:the )?`,
      PER,
      O,
    ),
    after: /^ custody\b/,
  },
  // "found X guilty of membership of G", "X was convicted of membership in G", "charged
  // with membership of G": the charge names the group X is said to belong to (not "cleared of")
  {
    ...cue(
      'membership-of',
      'member_of',
      // (reaching over the group a "G-linked group" names: "membership of the G-linked group")
      `,? (?:(?:was|were|is|are|has been|had been|have been) )?(?:(?:convicted|accused|charged|suspected|found|jailed|sentenced|arrested|detained|tried|indicted|guilty) )?(?:guilty )?(?:of|with|for|on charges of|on suspicion of) (?:alleged |suspected )?membership (?:of|in) (?:the |an? )?(?:(?:[\\w'’]+ ){0,3}?[\\w'’]+-(?:linked|affiliated|allied|aligned|backed|inspired) (?:[a-z-]+ )?)?`,
      PER,
      O,
      'ab',
      false,
      true,
    ),
    // ("membership of the G-linked group" names another group; "G's wing" a part of G)
    after: /^(?!-|['’]s\b)/,
    // ("cleared X of membership of G", "found X not guilty of …": the charge did not stand)
    notBefore:
      /\b(?:clear|cleared|clears|acquit|acquitted|acquits|absolved?|exonerated?|not guilty)\b[^.;]{0,40}$/i,
  },
  cue(
    'arrested',
    'arrested_by',
    ` ${FILL(3)}(?:arrested|arrest|detained|captured|apprehended|nabbed|took into custody|picked up) ${FILL(4)}`,
    O,
    PER,
    'ba',
  ),
  // support
  cue(
    'supports',
    'supports',
    ` ${FILL(3)}(?:sympathi[sz]es?|sympathi[sz]ed|sympathi[sz]ing) (?:with|for) (?:the )?`,
    PO,
    PO,
  ),
  cue(
    'backs',
    'supports',
    ` ${FILL(2)}(?:patroni[sz]es|patroni[sz]ed|backs|backed|backing|funds|funded|funding|financed|financing|finances|bankrolled|sheltered|sheltering|harbou?red|harbou?ring|supports|supported|supporting|praised|praises|endorsed|endorses) (?!by )${FILL(6)}`,
    PO,
    PO,
  ),
  cue(
    'asked-ally',
    'supports',
    ` ${FILL(6)}(?:to ally with|to join|to support|to back|to pledge allegiance to) (?:the )?`,
    PER,
    PO,
  ),
  // places
  {
    ...cue(
      'from-place',
      'located_in',
      `,? (?:\\d+, )?(?:who is |who was |who lives |who lived )?(?:a |an |the )?(?:(?:native|resident|citizen|son|daughter) )?(?:from|of|based in|living in|who lives in) (?:a |an |the )?`,
      PER,
      PL,
    ),
    // (nor a region before the settlement it names: "from the P city of Q" is from Q)
    after: NOT_NAME_OR_SETTLEMENT,
  },
  // "X, a veteran Tuareg rebel from P", "X, a 24-year-old from P": an apposition of a few words
  // that ends in "from P" says where X comes from (a place; a group after "from" is no place)
  {
    ...cue('apposition-from-place', 'located_in', `, (?:a|an) (?:[\\w'’-]+ ){1,3}from (?:the )?`, PER, PL),
    after: NOT_NAME_CONTINUES,
  },
  // (the place must not begin an organisation's name: "of the U.S. Tax Court")
  // "X, a teacher from a school in P", "X, who is a student at a college in P"
  // (a title set off by a comma, with its article, or a bare "from": "X, 52, … at a boarding
  // house in P" and "X died at a hospital in P" say where something happened to X; "X, from a
  // seminary in P" where X comes from)
  {
    ...cue(
      'from-institution-place',
      'located_in',
      `, (?:(?:who is |who was )?(?:a|an|the) ${FILL(3)}(?:from|at)|from) (?:a |an |the )${FILL(2)}(?:in|of) (?:the )?`,
      PER,
      PL,
    ),
    after: NOT_NAME_CONTINUES,
  },

  cue(
    'org-based',
    'located_in',
    // (not "G figure based in P", "G analyst based in P": the title's holder is there; nor
    // "G faction based in P", "G affiliate based in P": the part is, not G; nor "a G handler
    // based in P")
    ` (?:(?!(?:${ROLE_NOUNS}|${MEMBER}|${LEADER}|handlers?|recruiters?|financiers?|couriers?|figure|commander|faction|affiliate|branch|wing|cell|chapter|offshoot|splinter)\\b)${W} )?(?:based|headquartered|located|operating|active) (?:in|out of) (?:the )?`,
    O,
    PL,
  ),
  // "G, a separate militant group based in P": the apposition's group noun is G (the parse
  // reads it when it hangs "based" on the noun; this reads the words when it does not)
  cue(
    'org-apposition-based',
    'located_in',
    `, (?:a|an|the) (?:[\\w'’-]+ ){0,3}(?:${ORG_NOUNS}|faction|front) (?:based|headquartered) (?:in|out of) (?:the )?`,
    O,
    PL,
    // (past a group named in the apposition: "G, an H faction based in P")
    'ab',
    false,
    true,
  ),
  // "X, a senior G figure based in P": a person's title right before "based in" (the parse
  // reads it when it hangs "based" on the title; this reads the words when it does not). Not
  // "X, a spokesman for G based in P": the title must end right before "based".
  cue(
    'person-apposition-based',
    'located_in',
    `, (?:a|an|the) (?:[\\w'’-]+ ){0,3}(?:${ROLE_NOUNS}|${MEMBER}|${LEADER}|figure) (?:based|stationed) in (?:the )?`,
    PER,
    PL,
    'ab',
    false,
    true,
  ),
  // (not "a P-based G commander": the person is based there, read on the parse)
  {
    ...cue('place-based', 'located_in', `-based `, PL, O, 'ba'),
    after: new RegExp(`^(?! (?:${ROLE_NOUNS}|${MEMBER}|${LEADER})\\b)`, 'i'),
  },
  // "the al-Qaeda-linked G", "the Hamas-affiliated G": G is affiliated with the first group;
  // "the Iran-backed militia G", "a Hamas-funded charity, G": the first backs G
  cue(
    'org-linked',
    'affiliated_with',
    `-(?:linked|affiliated|allied|aligned|associated|connected) (?:[a-z][\\w-]* ){0,2}`,
    O,
    O,
    'ba',
  ),
  // "G, an al-Qaeda-linked group", "G, the Iran-backed militia": the phrase set beside G by a
  // comma ties G to the group (or the state) before the hyphen
  {
    ...cue('appos-linked', 'affiliated_with', `(?: (?:${ORG_NOUNS}))?, (?:an? |the )`, O, O),
    after: /^-(?:linked|affiliated|allied|aligned|associated|connected) /,
  },
  {
    ...cue(
      'appos-backed',
      'supports',
      `(?: (?:${ORG_NOUNS}))?, (?:an? |the )`,
      O,
      ['organization', 'place', 'person'],
      'ba',
    ),
    after: /^-(?:backed|funded|sponsored|supported|financed|armed) /,
  },
  cue(
    'backed-org',
    'supports',
    `-(?:backed|funded|sponsored|supported|financed|armed) (?:[a-z][\\w-]* ){0,2}`,
    ['organization', 'place', 'person'],
    O,
  ),
  // "Illinois-born actor X", "the Karachi born cleric X"
  cue('place-born', 'located_in', `(?:-| )born ${FILL(2)}`, PL, PER, 'ba'),
  // "X, Georgia born, has taught …", "X, Boise-born, runs …": the place set off after the name
  { ...cue('person-place-born', 'located_in', `, `, PER, PL), after: /^(?:-| )born,/ },
  // "Knoxville, Tenn.": a town before its region, not a list of peers ("Idaho, Oregon and …")
  // (a postal abbreviation of a state is always a region: "Jackson, Wyo., and Gunnison, Colo.")
  {
    ...cue('place-comma', 'part_of', `, `, PL, PL),
    after: /^(?!,? (?:and|or) )/u,
    rawAfter: /^(?!,? \p{Lu})/u,
    unlessAbbreviation: true,
  },
  // ("Sindh and Punjab provinces in eastern Pakistan": the plural noun says each name is one;
  // "Tromso lies in northern Norway", "the town is located in P")
  // (not "P in C's R": the country before "'s" owns the region that holds P, and says nothing of
  // P itself; "C's R" is read as its own tie)
  {
    ...cue(
      'place-in',
      'part_of',
      ` (?:${DIVISIONS} |(?:is|lies|sits) (?:(?:located|situated) )?(?=in ))?(?:in|of) (?:the )?(?:${SIDE} )?(?:(?:province|state|district|department|county|region|part) of (?:the )?)?`,
      PL,
      PL,
    ),
    rawAfter: /^(?!['’]s?\s)/u,
  },
  cue(
    'born-in',
    'located_in',
    ` ${FILL(6)}(?:born|lives|lived|living|grew up|raised|resides|resided|settled|hometown|native) (?:in|at|near|of) (?:the )?${FILL(1)}`,
    PER,
    PL,
    'ab',
    false,
    true,
  ),
  { ...cue('person-of-place', 'located_in', ` of (?:the )?`, PER, PL), after: NOT_NAME_CONTINUES },
  // "X … raided his Tulsa home", "X spoke from her home in Boise": a person's own home, "his" or
  // "her" the person named right before (the parse reads "X's Ohio home"; parsers often take
  // "home" for an adverb, or hang "in P" on the verb)
  {
    ...cue('home-of-person', 'located_in', ` ${FILL(6)}(?:his|her) `, PER, PL),
    after: new RegExp(`^ (?:${HOMES})\\b`, 'i'),
  },
  cue(
    'person-home-in',
    'located_in',
    ` ${FILL(6)}(?:his|her) (?:${HOMES}) (?:in|at) (?:the )?(?:${SIDE} )?`,
    PER,
    PL,
  ),
  {
    ...cue('org-in-place', 'located_in', ` (?:in|of|at) (?:the )?(?:${SIDE} )?`, O, PL),
    // "X was arrested by P in Q", "a raid carried out by G in Q": the place is where the act
    // happened, not where its agent is based
    notBefore: AGENT_BY,
  },
  // (not a country's own state body: "Cameroon's defence ministry", "Spain's National Court" say
  // whose the body is, and the gold leaves such ties out; see stateBodyOfCountry)
  cue('place-possessive-org', 'located_in', `'s ${FILL(1)}`, PL, O, 'ba'),
  // "Karachi police" is an adjective; "BEIRUT — HTS said" is a dateline, not a location
  { ...cue('place-adjective-org', 'located_in', ` `, PL, O, 'ba'), raw: /^ $/ },
  // (not "Ohio's governor, X", "Somalia's president, X": an office the place names is no home)
  // (nor "Rizal's lawyer, X", "Anderson's sister, X": a kin or agent noun is a person's)
  cue(
    'place-possessive-person',
    'located_in',
    `'s (?!${NOT_OFFICE})(?!(?:[\\w'’-]+ )?(?:${KIN_OR_AGENT})\\b)${FILL(2)}`,
    PL,
    PER,
    'ba',
  ),
  // "Fairview Mayor Dana Whitlock", "Ohio Gov. Alan Perrine", "Karachi police chief X"
  // (not "Edison spokesman X": a spokesman speaks for an organisation, whose name that is)
  // (nor "Borno governor X", "Texas Gov. X", "Balochistan Chief Minister X": whose office it is)
  // (and no comma after the place: "the governor of P, Colonel X" ends the place's phrase)
  {
    ...cue(
      'place-role-person',
      'located_in',
      ` (?!spokes)(?!${NOT_OFFICE})(?:(?:${TITLE_WORDS}) ){1,3}`,
      PL,
      PER,
      'ba',
    ),
    // (nor "Acting U.S. Attorney X": a capitalised title after a place is an office it names)
    raw: /^ (?!\p{Lu})/u,
  },
  // "Scotland's Western Isles"
  cue('place-possessive-place', 'part_of', `'s ${FILL(1)}`, PL, PL, 'ba'),
  // "Larkspur Holdings, a Singapore shipping group"; "X, a Karachi-based cleric"
  {
    ...cue('org-apposition-place', 'located_in', `, (?:a |an |the )?(?:[\\w-]+ )?`, O, PL),
    after: new RegExp(`^(?:-based)? (?:[\\w-]+ ){0,2}(?:${ORG_NOUNS})\\b`, 'i'),
  },
  {
    ...cue('person-apposition-place', 'located_in', `, (?:a |an |the )?(?:[\\w-]+ )?`, PER, PL),
    // "X, a Syria analyst at Y" studies Syria: a place right before a scholar's title is the
    // subject of the study, not where X is ("X, a Karachi-based analyst" is in Karachi)
    // ("X, a Tulsa, Okla., lawyer": the town's region may stand between the town and the title)
    // ("X, Sahel director at G", "X, Africa correspondent for G": a place before a post that an
    // organisation's phrase follows is the post's region, not where X lives)
    after: new RegExp(
      `^(?:, [\\w.'’-]+(?: [\\w.'’-]+)?,)?(?:-based (?:[\\w-]+ ){0,2}(?:${ROLE_NOUNS}|${MEMBER}|${LEADER})|(?! (?:${STUDY_NOUNS})\\b)(?! (?:[\\w-]+ )?(?:${PORTFOLIO}) (?:at|of|for|with) ) (?:[\\w-]+ ){0,2}(?:${ROLE_NOUNS}|${MEMBER}|${LEADER}))\\b`,
      'i',
    ),
  },
  // "Maria Lenz of the U.S. Geological Survey"
  cue('person-of-org', 'member_of', ` of (?:the )?`, PER, O),
  // "Yale University's Tom Reyes"
  cue('org-possessive-person', 'member_of', `'s `, O, PER, 'ba'),
  // "Ellen Park, a Met Office meteorologist"
  // "Zabihullah Mujahid, the Taliban spokesman"; "X, a Met Office forecaster"
  {
    ...cue(
      'person-org-spokes',
      'spokesperson_of',
      `, (?:a |an |the )?(?:former |senior |top |chief |official )?`,
      PER,
      O,
    ),
    after: new RegExp(`^(?:'s)? (?:[\\w-]+ )?(?:${SPOKES})\\b${NOT_OWNER}`, 'i'),
  },
  {
    ...cue(
      'person-org-leader',
      'leader_of',
      `, (?:a |an |the )?(?:former |senior |top |self-styled )?`,
      PER,
      O,
    ),
    // (not "G's commander in P": one of many, read below; nor "its deputy commander": a member)
    after: new RegExp(
      `^(?:'s)? (?!(?:deputy|vice|assistant)\\b)(?:[\\w-]+ )?(?:${LEADER})\\b${NOT_OWNER}(?! in (?!chief\\b))`,
      'i',
    ),
  },
  // "X, the G's commander in P": the title held in a place names one of many, a member (as the
  // parse reads it when it hangs the title on the name)
  {
    ...cue(
      'person-org-local-leader',
      'member_of',
      `, (?:a |an |the )?(?:former |senior |top |self-styled |deputy )?`,
      PER,
      O,
    ),
    after: new RegExp(`^(?:'s)? (?:[\\w-]+ )?(?:${LEADER}) in (?!chief\\b)`, 'i'),
  },
  {
    ...cue(
      'person-org-role',
      'member_of',
      `, (?:a |an |the )?(?:former |senior |top |chief |veteran |local )?`,
      PER,
      O,
    ),
    after: new RegExp(`^(?:'s)? (?:[\\w-]+ )?(?:${MEMBER}|${ROLE_NOUNS})\\b${NOT_OWNER}`, 'i'),
  },
  // accounts
  cue(
    'tweets-as',
    'has_account',
    ` ${FILL(4)}(?:tweets|tweeted|posts|posted|writes|wrote|goes|went|runs|ran|uses|used) (?:as|under|from|the handle|the account) (?:the (?:handle|account|name) )?`,
    PO,
    ['handle'],
    'ab',
    false,
    // "X, a commander of Y in Syria who posts as @h": read past the place
    'places',
  ),
  cue(
    'account',
    'has_account',
    // ("its official account, @h", "the group's social media account, @h")
    `(?:'s)?(?: official)? (?:twitter |telegram |x |facebook |social media |media )?(?:account|handle|channel),? `,
    PO,
    ['handle'],
  ),
];

const MAX_GAP_WORDS = 16;

/** platforms an account is held on ("its Telegram channel") */
const PLATFORM = /^(?:telegram|twitter|x|facebook|youtube|instagram|tiktok|whatsapp|rumble|vkontakte|vk)$/i;

/** whether s holds more than n spaces (as s.split(' ').length > n + 1, without the array) */
function spacesOver(s: string, n: number): boolean {
  let k = 0;
  for (let i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) if (++k > n) return true;
  return false;
}

/**
 * The gap after an acronym in brackets set right after its own name and before a comma ("G
 * (GA), linked to H", "H (HA), a group based in P"), without the closing bracket: the cue after
 * it reads as after the name. Any other gap is returned as it is.
 */
function pastOwnAcronym(text: string, slots: readonly Slot[], i: number, mid: string): string {
  // (only before a comma: "G (GA) in P" is no apposition)
  if (i === 0 || !mid.startsWith('),')) return mid;
  const a = slots[i];
  const before = slots[i - 1];
  if (before.entity !== a.entity || text[a.start - 1] !== '(' || text.slice(before.end, a.start - 1).trim())
    return mid;
  // (not when the name itself sits in an apposition: "X, a commander of G (GA), swore …" is X's verb)
  if (i > 1 && IN_APPOSITION.test(normMiddle(text.slice(slots[i - 2].end, before.start)))) return mid;
  return mid.slice(1);
}
/** the gap before a name inside an apposition or relative clause: ", a commander of " */
const IN_APPOSITION = /^, (?:a|an|the|who|which|(?:led|commanded|headed|founded|run) by)\b[^,]*$/;

/** CUES whose first end may be of type a and second of type b, in CUES' order (built on first use) */
const cuesByTypes = new Map<string, Map<string, Cue[]>>();
function cuesFor(a: T, b: T): Cue[] {
  let byB = cuesByTypes.get(a);
  if (!byB) cuesByTypes.set(a, (byB = new Map()));
  let list = byB.get(b);
  if (!list) byB.set(b, (list = CUES.filter((c) => c.a.includes(a) && c.b.includes(b))));
  return list;
}

interface Slot {
  entity: number;
  start: number;
  end: number;
  /** the quote it sits in, or -1 */
  quote: number;
  /** a pronoun or "the group" standing for the entity */
  anaphor: boolean;
  /** "the army", "Malian troops", "Turkish-" standing for a state or its force: never salient */
  force: boolean;
  /** "the cell", "the bureau": a part of the group it stands for (its leader is one of many) */
  part?: boolean;
}

// ("the Somali Islamist group", "the armed movement": up to two words before the noun)
// ("the jihadist alliance", "the rebel coalition"; "the militants'" as an owner only)
const ANAPHOR =
  /\b(?:he|she|him|they|it|we|us|its|their|the (?:[a-z-]+ ){0,2}?(?:group|network|organi[sz]ation|outfit|movement|militia|faction)|the (?:[a-z-]+ )?(?:jihadist|rebel|insurgent|militant|islamist) (?:alliance|coalition)|the (?:militants|insurgents|rebels|jihadists)(?=['’](?:\s|$))|the (?:latter|former|party|spokesman|spokesperson|spokeswoman|cleric|commander|emir|suspect)|the \d{1,2}-year-old)\b/gi;

/** "the group", "the breakaway faction": a noun that stands for an armed group named before */
const GROUP_ANAPHOR =
  /^the (?:(?:[a-z-]+ ){0,2}?(?:group|faction|militia|outfit)|(?:[a-z-]+ )?(?:jihadist|rebel|insurgent|militant|islamist) (?:alliance|coalition)|militants|insurgents|rebels|jihadists)$/;
/**
 * "the breakaway faction", "the splinter group", "the new faction": a noun for a group that split
 * ("new" with "faction" only: "the new group" may be any group formed since)
 */
const SPLIT_ANAPHOR =
  /^the (?:[a-z-]+ )?(?:(?:breakaway|splinter|dissident|renegade) (?:group|faction|militia|outfit|movement|network|organi[sz]ation)|new faction)$/;

/**
 * The group a splitting noun stands for: the one that split, by the last split_from tie read
 * in the sentences before ("H broke away from G … the breakaway faction" is H, not G), if that
 * tie's subject is an organisation; else `ent`, what the noun stood for without it. Not for a
 * noun with its own "of" ("the breakaway faction of G" names a part of G).
 */
function splitterBefore(doc: Annotated, out: RelationDraft[], after: string, ent: number): number {
  if (/^\s+of\b/.test(after)) return ent;
  for (let i = out.length - 1; i >= 0; i--) {
    const r = out[i];
    if (r.type === 'split_from' && !r.negated && doc.entities[r.subject].type === 'organization')
      return r.subject;
  }
  return ent;
}
/** "the police", "the alliance": a bare noun that may end an organisation's name (group 1) */
const HEAD_NOUN_ANAPHOR =
  /\b[Tt]he (police|alliance|coalition|union|league|federation|agency|department|ministry|directorate|bureau|commission|authority|company|unit|division|brigade|battalion|committee|council)\b(?!-|['’](?!s\b))/g;
/** "-linked group" right after a group's name: the group it describes (group 1 is the noun) */
const LINKED_GROUP =
  /-(?:linked|affiliated|allied|aligned|backed|inspired) (?:[a-z-]+ )?(group|militia|faction|movement|network|outfit|insurgents|militants|jihadists|rebels)\b/g;
/** a naming phrase right after a group noun: "the new faction, calling itself G" */
const SELF_NAMED =
  /^,?\s+(?:calling itself|which calls itself|which called itself|known as|named|dubbed|styling itself)\s+(?:the\s+)?/i;
/** a name right after a group noun, in its own words or quoted: "the group G", "the militia “G”" */
const NAME_NEXT = /^ (?:the )?["“]?/i;
/** an unnamed person introduced by a common noun: "a 17-year-old from Leeds", "a man" */
const UNNAMED_PERSON =
  /\b(?:a|an)\s+(?:[\w-]+\s+)?(?:man|woman|boy|girl|teenager|youth|\d+-year-old|student|resident|driver|shopkeeper|farmer|trader)\b/i;
/**
 * "(G)'s operations", "its military operations", "G's courts", "the group's finances": what a
 * group's name or pronoun owns (group 1), whose head is one of many in it (ties27: offices and
 * works besides operations; not "its political wing", which a party may be said to be)
 */
const GROUP_OPERATIONS =
  /^(?:['’]s?)?\s+(?:[a-z-]+\s+)?(operations|courts|finances|logistics|propaganda|recruitment|media (?:office|arm|wing))\b/;
/** a place slot used as a hyphened modifier: "Somalia-based", "Pakistan-backed" */
function placeModifier(doc: Annotated, x: { entity: number; end: number }, text: string): boolean {
  return doc.entities[x.entity].type === 'place' && text[x.end] === '-';
}
/** a speech verb between a leader's name and a part of the group: what he says of it */
const SAYS_BETWEEN = /\b(?:said|says|told|tells|denied|denies|added)\b/;
/** ties a title gives its holder */
const TITLE_TIE = new Set<RelationType>(['leader_of', 'member_of', 'spokesperson_of']);
/** "whom he described as …": the pronoun after "whom" is who describes, not whom */
const WHOM_DESCRIBED = /\bwhom\s+$/i;
const DESCRIBED_AS =
  /^\s+(?:had\s+|has\s+)?(?:described|called|identified|named|labelled|labeled|branded)\s+as\b/i;
/** "the group", "the movement": a noun for a group of people */
const GROUP_NOUN =
  /^the (?:[a-z-]+ ){0,2}?(?:group|network|organi[sz]ation|outfit|movement|militia|faction)$/;
/** a speech verb right after its subject */
const SAYS = /^\s+(?:has\s+|had\s+)?(?:said|says|insisted|insists|maintained|maintains|stated)\b/;
/** kinds of organisation such a noun does not stand for */
const NOT_A_GROUP = new Set([
  'government',
  'security agency',
  'news agency',
  'religious institution',
  'political party',
]);

/** research bodies and monitors, which "the group" never stands for ("International Crisis Group") */
const STUDY_BODY =
  /\b(?:institute|institution|centre|center|crisis group|think[- ]tank|foundation|observatory|university|monitor|watch)\b/i;

/** research bodies (not a "watch", which may name a militia: "the Hill Watch") */
const RESEARCH_BODY =
  /\b(?:institute|institution|centre|center|crisis group|think[- ]tank|foundation|observatory|university)\b/i;

/**
 * "A faction of G known as H … its war": the part a naming verb names after G's "of" phrase is
 * what the sentence is about, so its pronoun is H's (else the slot `first` itself)
 */
function partNamedAfter(text: string, slots: Slot[], first: Slot | undefined): Slot | undefined {
  if (
    !first ||
    !/\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z][\w-]*\s+){0,2}of\s+(?:the\s+)?$/.test(
      text.slice(Math.max(0, first.start - 40), first.start),
    )
  )
    return first;
  const next = slots.find((x) => x.start >= first.end && !x.anaphor);
  return next &&
    /^\s+(?:known as|called|calling itself|named|dubbed)\s+(?:the\s+)?$/.test(
      text.slice(first.end, next.start),
    )
    ? next
    : first;
}

/**
 * The armed group (or an organisation of unknown kind) a group noun stands for: the one
 * named last before it among `slots`, else the salient one, else the one named last in the
 * sentences before; failing all, the salient one.
 */
function groupBefore(doc: Annotated, slots: Slot[], at: number, salient: number, lastOrgs: number[]): number {
  const profile = groupProfile(doc);
  const fits = (e: number) => {
    const x = doc.entities[e];
    if (x.type !== 'organization') return false;
    // (never a body the text shows arresting someone or names as a state body, nor one employing
    // researchers: "detained by the Special Task Group … the group's commander")
    if (profile.state.has(e) || profile.study.has(e)) return false;
    if (x.surfaces.some((n) => STUDY_BODY.test(n)) && !calledGroup(doc, e)) return false;
    const kind = orgKind(x.surfaces, x.kind);
    return !kind || !NOT_A_GROUP.has(kind);
  };
  let best: Slot | null = null;
  for (const x of slots)
    if (x.start < at && !x.anaphor && fits(x.entity) && (!best || x.start > best.start)) best = x;
  if (best) return best.entity;
  if (salient >= 0 && fits(salient)) return salient;
  for (let i = lastOrgs.length - 1; i >= 0; i--) if (fits(lastOrgs[i])) return lastOrgs[i];
  return salient;
}

/** ", a monitoring group", ", a Britain-based rights group": a group noun set beside a name */
const CALLED_GROUP = /^\s*(?:\([^)]*\)\s*)?,\s+an?\s+(?:[\w-]+\s+){0,3}group\b/i;

/**
 * Whether the text calls organisation `e` a group right after one of its names ("X Watch, a
 * monitoring group based in P"): "the group" may then stand for it, though a monitor or a
 * research body is never the group otherwise
 */
function calledGroup(doc: Annotated, e: number): boolean {
  for (const mi of doc.entities[e].mentions) {
    const end = doc.mentions[mi].end;
    if (CALLED_GROUP.test(doc.text.slice(end, end + 60))) return true;
  }
  return false;
}

/**
 * Whether the text set `noun` beside one of organisation `e`'s names before `at`, with an article
 * after a comma ("G, an alliance that A and B created …", "G (GA), a coalition of …"): "the
 * alliance" after it may stand for G though G's name does not end in the noun
 */
function calledNoun(doc: Annotated, e: number, noun: string, at: number): boolean {
  const re = new RegExp(
    `^\\s*(?:\\([^)]*\\)\\s*)?,\\s+(?:an?|the)\\s+(?:[\\w'’-]+\\s+){0,3}?${noun}\\b`,
    'i',
  );
  for (const mi of doc.entities[e].mentions) {
    const end = doc.mentions[mi].end;
    if (end < at && re.test(doc.text.slice(end, end + 80))) return true;
  }
  return false;
}

/**
 * The one armed group named so far (in the text before, or by name earlier in this sentence,
 * before `at`), or -1 when none or two or more have been named.
 */
function oneArmedGroupSoFar(doc: Annotated, slots: Slot[], at: number, lastOrgs: number[]): number {
  const armed = new Set(
    [...lastOrgs, ...slots.filter((x) => !x.anaphor && x.end <= at).map((x) => x.entity)].filter(
      (e) =>
        doc.entities[e].type === 'organization' &&
        orgKind(doc.entities[e].surfaces, doc.entities[e].kind) === 'militant group',
    ),
  );
  return armed.size === 1 ? [...armed][0] : -1;
}

/**
 * "the party": the political party named last before it, in its sentence or in the ones
 * before ("X, a former councillor for the Y Party, was expelled from the party" is Y, not
 * the armed group the text is about); when none has been named, the last movement named.
 */
function partyBefore(doc: Annotated, slots: Slot[], at: number, lastOrgs: number[]): number {
  const party = (e: number) => {
    const x = doc.entities[e];
    return x.type === 'organization' && orgKind(x.surfaces, x.kind) === 'political party';
  };
  let best: Slot | null = null;
  for (const x of slots)
    if (x.start < at && !x.anaphor && party(x.entity) && (!best || x.start > best.start)) best = x;
  if (best) return best.entity;
  for (let i = lastOrgs.length - 1; i >= 0; i--) if (party(lastOrgs[i])) return lastOrgs[i];
  // (no body named as a party: the text calls one of its own movements so, "the TLP … the
  // party's march"; the last organisation named that is no state, security, press, religious
  // or research body)
  const movement = (e: number) => {
    const x = doc.entities[e];
    if (x.type !== 'organization' || x.surfaces.some((n) => RESEARCH_BODY.test(n))) return false;
    const kind = orgKind(x.surfaces, x.kind);
    return !kind || !NOT_A_GROUP.has(kind);
  };
  for (const x of [...slots].reverse()) if (x.start < at && !x.anaphor && movement(x.entity)) return x.entity;
  for (let i = lastOrgs.length - 1; i >= 0; i--) if (movement(lastOrgs[i])) return lastOrgs[i];
  return -1;
}

/**
 * A phrase for a country's armed force that names no force: "the army", "the military",
 * "Malian troops", "Congolese soldiers", "Israeli jets", "government forces", "army spokesman"
 * (group 1: the demonym, if any)
 */
const NATIONAL_FORCE =
  /\b(?:[Tt]he (?:army|military)|[Gg]overnment (?:forces|troops|soldiers)|(\p{Lu}\p{Ll}+) (?:(?:federal|security|government|special|regular|ground|elite|paramilitary|army|military) )?(?:troops|soldiers|army|military|armed forces|forces|jets|warplanes|aircraft|drones|helicopters|artillery)|[Aa]rmy(?= spokes(?:man|woman|person)\b))\b(?!-)/gu;
/** a country's own force after its possessive: "Chad's army", "Kenya's troops" (group 1: the noun) */
const OWN_FORCE = /['’]s? (army|military|armed forces|troops|soldiers)\b(?!-)/gu;
/** a title a force's noun may modify: "army spokesman X", "military chief X" */
const FORCE_TITLE =
  /^\s+(?:spokes(?:man|woman|person)|chief|commander|colonel|lieutenant|major|captain|general|sergeant|corporal|officer|soldier)\b/i;
/** the name of a state's armed force ("Malian Armed Forces", "Kenya Defence Forces", "Nigerian Army") */
const FORCE_NAME = /\b(?:army|armed forces|defen[cs]e forces?|military)\b/i;
/** words of a rebel army's name ("Free Syrian Army", "Sudan People's Liberation Army") */
const NOT_STATE_FORCE =
  /\b(?:free|liberation|independence|revolutionary|republican|salvation|resistance|rebels?|islamic|jihad\w*|mujahideen|rangers)\b/i;

/** a demonym before a backer's participle: "Turkish-backed", "Iranian-funded" (group 1) */
const DEMONYM_BACKED = /\b(\p{Lu}\p{Ll}+)(?=-(?:backed|funded|sponsored|supported|financed|armed)\b)/gu;

interface ArmedForce {
  entity: number;
  countries: Set<string>;
  state: boolean;
}

/**
 * The armed forces named in the document ("… Army", "… Armed Forces", "… Defence Force"; not
 * a militant group's), each with the countries a demonym or a country's name in its name
 * gives ("Malian Armed Forces" ML, "Armed Forces of the Democratic Republic of the Congo" CD)
 * and whether it is a state's (a rebel army's name says so: "Free Syrian Army").
 */
function armedForces(doc: Annotated, lex: Lexicon): ArmedForce[] {
  const out: ArmedForce[] = [];
  doc.entities.forEach((x, e) => {
    if (x.type !== 'organization' || !x.mentions.length || !x.surfaces.some((n) => FORCE_NAME.test(n)))
      return;
    if (orgKind(x.surfaces, x.kind) === 'militant group') return;
    const countries = new Set<string>();
    for (const n of x.surfaces) {
      const words = n.split(/\s+/).map((w) => w.replace(/['’]s$|[^\p{L}'’-]/gu, ''));
      for (let i = 0; i < words.length; i++) {
        if (!/^\p{Lu}/u.test(words[i])) continue;
        // (the longest country's name from here: "Democratic Republic of the Congo", not "Congo")
        let end = -1;
        for (let j = Math.min(words.length, i + 6); j > i && end < 0; j--) {
          if (!/^\p{Lu}/u.test(words[j - 1])) continue;
          const p = lex.place(words.slice(i, j).join(' '));
          if (p?.kind === 'country' && p.country) {
            countries.add(p.country);
            end = j;
          }
        }
        if (end > 0) i = end - 1;
        else {
          const d = lex.demonym(words[i]);
          if (d?.country) countries.add(d.country);
        }
      }
    }
    const state = countries.size === 1 && !x.surfaces.some((n) => NOT_STATE_FORCE.test(n));
    out.push({ entity: e, countries, state });
  });
  return out;
}

/** whether an organisation's name calls it an army ("Arakan Army", "Sudan People's Liberation Army") */
function armyNamed(doc: Annotated, e: number): boolean {
  return doc.entities[e].surfaces.some((n) => /\b(?:army|military)\b/i.test(n));
}

/** a bare title at the start of a clause, right before a name (past a rank): '…," spokesman Lt. X' */
const BARE_SPOKESMAN =
  /(?:^|[,"”]\s*)[Ss]pokes(?:man|woman|person)\s+(?:(?:Lt|Col|Gen|Maj|Capt|Brig|Dr|Mr|Mrs|Ms)\.?\s+){0,3}$/u;

/** a lower-case organisation noun right before a title: "ministry spokesman X" */
const TITLE_OWNER =
  /\b(ministry|council|coalition|agency|department|commission|committee|alliance|command|office|brigade|division|battalion|regiment|corps)\s+(?=(?:spokes(?:man|woman|person)|official|commander|chief|head)\b)/gu;

/**
 * The people listed last before an offset ("A, B and C"), when no organisation is named
 * between the list and the offset: two or more, else none.
 */
function listBefore(doc: Annotated, slots: Slot[], at: number): number[] {
  const before = slots.filter((x) => x.end <= at && !x.anaphor);
  let i = before.length - 1;
  if (i < 0 || doc.entities[before[i].entity].type !== 'person') return [];
  const list = [before[i].entity];
  for (; i > 0; i--) {
    const x = before[i - 1];
    if (doc.entities[x.entity].type !== 'person') break;
    if (!LIST_GAP.test(doc.text.slice(x.end, before[i].start))) break;
    if (!list.includes(x.entity)) list.unshift(x.entity);
  }
  return list.length >= 2 ? list : [];
}

/**
 * A plural noun phrase for people named before: "the two men", "all three", "both suspects",
 * "the defendants", and "Both" opening a sentence. Group 1 is the number it gives, if any.
 */
const PEOPLE_ANAPHOR =
  /\b(?:(?:the|all|both|all the) (?:(two|three|four|five|six) )?(?:men|women|suspects|defendants|accused|brothers|sisters|detainees)|all (two|three|four|five|six)|the (two|three|four|five|six)(?= (?:were|are|had|have|was|is|will|would|said|told|denied|face|faced)\b)|the (?:pair|trio)|^\s*both)\b/gi;
/**
 * a plural noun for people that a list of their names may stand beside: "his co-defendants, A and
 * B,", "two G members, A and B,", "the militants, A and B,"
 */
const LISTED_PEOPLE =
  /\b(?:co-?defendants|defendants|suspects|accomplices|associates|lieutenants|deputies|aides|brothers|sons|bodyguards|members|militants|fighters|gunmen|rebels|insurgents|commanders|men)\b/gi;
const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6 };

/** "the rebels", "the jihadists": a plural noun for a group's people, as its own noun phrase */
const PEOPLE_OF_GROUP =
  /\bthe (rebels|militants|jihadists|insurgents|guerrillas|guerillas|paramilitaries|separatists)\b/gi;

/**
 * "belonging to a proscribed organisation", "membership of a terrorist group": the charge's
 * indefinite group, after a word of membership (group 1 is what precedes the article)
 */
const CHARGED_GROUP =
  /\b(belong(?:ing|s|ed)? to|membership (?:of|in)|members? of|join(?:ed|ing|s)?) an? (?:proscribed|banned|terrorist|outlawed|illegal|unlawful|extremist|jihadist) (?:organi[sz]ation|group)\b/gi;

/**
 * A plural noun phrase for the two groups named just before: "the two factions", "both
 * groups", "both militias" (the list "A and B" named last, in this or the two sentences before)
 */
const GROUPS_ANAPHOR =
  /\b(?:the two|both(?: the)?|both of the) (?:armed |rebel |militant |jihadist |hardline )?(?:groups|factions|militias|movements|organi[sz]ations|outfits|insurgencies)\b/gi;
/** what after a group's name makes it qualify another group: "G affiliate", "G-linked", "G's branch" */
const KIN_AFTER =
  /^(?:-(?:linked|affiliated|allied|aligned|backed|inspired|leaning)\b|(?:['’]s)?\s+(?:affiliates?|branch(?:es)?|franchises?|offshoots?|splinters?|wings?|allies|ally|proxy|proxies)\b)/i;

/**
 * The people a PEOPLE_ANAPHOR stands for: with a number N, the list named last when it has
 * N names, else the last N people named (each at most two sentences back), when there are
 * that many; without one, the list named last ("both": a list of two). None otherwise.
 */
function peopleFor(
  n: number | null,
  both: boolean,
  lastList: readonly number[],
  recent: readonly number[],
  listOfN: readonly number[] = [],
  further: readonly number[] = [],
): number[] {
  if (n === null) {
    if (both) return lastList.length === 2 ? [...lastList] : recent.length === 2 ? [...recent] : [];
    return lastList.length >= 2 ? [...lastList] : [];
  }
  if (lastList.length === n) return [...lastList];
  // ("found A, B and C guilty … The three men were arrested in 2023": the last list of that
  // many names, further back, before people named one by one since)
  if (listOfN.length === n) return [...listOfN];
  if (recent.length >= n) return recent.slice(-n);
  // (no list: "the ringleader, A, … His co-defendants, B and C, … All three were arrested": the
  // last N people named in the four sentences before)
  return further.length >= n ? further.slice(-n) : [];
}

/** how many sentences back a list of as many names as "the three men" count may be */
const LIST_OF_N_REACH = 12;
/** how many sentences back "all three" finds three people named one by one */
const PEOPLE_N_REACH = 4;

/** the last run of two or more people named one after another ("A, B and C") among slots */
function lastPersonRun(
  doc: Annotated,
  slots: readonly Slot[],
  type: 'person' | 'organization' = 'person',
): number[] {
  const named = slots.filter((x) => !x.anaphor && x.quote < 0);
  let best: number[] = [];
  let run: number[] = [];
  // (where the last listed name's description ends: its name, or the place of origin after it)
  let prevEnd = -1;
  for (let i = 0; i < named.length; i++) {
    const x = named[i];
    if (doc.entities[x.entity].type !== type) {
      // ("A, 22, of P, B, 27, of Q, and C": the place a listed person is from keeps the list)
      if (
        type === 'person' &&
        run.length > 0 &&
        doc.entities[x.entity].type === 'place' &&
        ORIGIN_GAP.test(doc.text.slice(prevEnd, x.start))
      ) {
        prevEnd = x.end;
        continue;
      }
      run = [];
      continue;
    }
    // ("A and his brother B": a kinship noun between the names keeps the list; "A, 31, and B, 27":
    // so does an age)
    const joined =
      run.length > 0 &&
      /^\s*(?:,\s*\d{1,3}\s*)?(?:,\s*(?:of|from)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s*)?(?:,|and|, and|as well as)(?:\s+(?:his|her|their)\s+(?:brother|sister|son|daughter|cousin|nephew|niece|wife|husband|father|mother|uncle)s?)?\s*$/u.test(
        doc.text.slice(prevEnd, x.start),
      );
    if (!joined) run = [];
    if (!run.includes(x.entity)) run.push(x.entity);
    prevEnd = x.end;
    if (run.length >= 2) best = [...run];
  }
  return best;
}

/** between a listed person's name and the place named as where they are from: "A, 22, of P" */
const ORIGIN_GAP = /^,\s*(?:\d{1,3},\s*)?(?:of|from)\s+$/;
/** between two names of a list, past an age and where one is from: "A, B and C", "A, 31, and B",
 * "A, 31, of P, and B" */
const LIST_GAP =
  /^\s*(?:,\s*\d{1,3}\s*)?(?:,\s*(?:of|from)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s*)?(?:,|and|, and)\s*$/u;

/** a body named by a common noun ("the ministry", "Sudan's foreign ministry") */
const BODY_NOUN =
  /^(?:[Tt]he |\p{Lu}[\p{L}-]*['’]s )?(?:[\p{Ll}-]+ ){0,2}(?:ministry|government|army|police|embassy|court|department|office|agency|military|council|commission|cabinet|presidency)\b/u;

/**
 * "Its commander, X, …" opening a sentence: "its" is the subject of the sentence before
 * when that names an organisation within its first words ("The local militia, known as
 * G, has …" → G), no one when that subject is a body named by a common noun ("Sudan's
 * foreign ministry welcomed …"), else the organisation the text is about.
 */
function openingOwner(
  doc: Annotated,
  si: number,
  prevMentions: readonly number[],
  salientOrg: number,
): number {
  if (si === 0) return salientOrg;
  const prev = doc.seg.sentences[si - 1];
  const head = doc.text.slice(prev.start, Math.min(prev.end, prev.start + 60));
  for (const mi of prevMentions) {
    const m = doc.mentions[mi];
    if (m.start >= prev.start + head.length) continue;
    if (doc.entities[doc.mentionEntity[mi]].type !== 'organization') continue;
    // (not a group named inside an apposition on the subject: "The group, an al-Qaeda ally, …")
    if (/,\s+(?:an?|the)\s+$/i.test(doc.text.slice(prev.start, m.start))) continue;
    // within the subject: no verb-like gap of more than six words before it
    if (doc.text.slice(prev.start, m.start).split(/\s+/).length <= 7) return doc.mentionEntity[mi];
  }
  return BODY_NOUN.test(head) ? -1 : salientOrg;
}

/**
 * The ties of a document. `groupWords`, when given, receives each token that stands for an
 * organisation named elsewhere ("the group", "a proscribed organisation": the anaphors this reads
 * for a slot), by its head token, for readers that run later (members34)
 */
export function extractRelations(
  doc: Annotated,
  quotes: QuoteDraft[],
  lex?: Lexicon,
  groupWords?: Map<number, number>,
): RelationDraft[] {
  const text = doc.text;
  /** the state armed forces named in the text, found when a sentence first needs them */
  let forces: ArmedForce[] | null = null;
  const by = mentionsBySentence(doc);
  const out: RelationDraft[] = [];
  const seen = new Set<string>();
  const lookup = spanLookup(quotes);
  const quoteAt = (off: number) => {
    const q = lookup(off);
    return q >= 0 && !quotes[q].pullQuote ? q : -1;
  };
  let salientPerson = -1;
  let salientOrg = -1;
  let lastOrgs: number[] = [];
  /** as lastOrgs, without the names that only modify a noun ("G militants", "a G cell") */
  let lastHeadOrgs: number[] = [];
  /** the group each part noun ("cell", "bureau") was last said to belong to, and the sentence that said so */
  const partOwners = new Map<string, { e: number; si: number }>();
  /** where sentence `k` starts, past its dateline */
  const leadOf = (k: number) => {
    const x = doc.seg.sentences[k];
    return x.start + datelineEnd(text.slice(x.start, x.end));
  };
  /** the people named last in a list ("A, B and C"), and the sentence that named them */
  let lastPeopleList: number[] = [];
  let lastPeopleListAt = -9;
  /** the last list of each size ("A, B and C": 3), and its sentence */
  const listsBySize = new Map<number, { list: number[]; si: number }>();
  /** the groups named last in a list of two ("A and B"), and the sentence that named them */
  let lastGroupPair: number[] = [];
  let lastGroupPairAt = -9;
  /** people named outside quotes, each with the sentence that named it last, oldest first */
  let recentPeople: { e: number; si: number }[] = [];
  const collect = makeCollector();
  for (let si = 0; si < doc.seg.sentences.length; si++) {
    collect(doc.seg.sentences[si].end);
    const s = doc.seg.sentences[si];
    const role = doc.seg.paragraphs[s.paragraph].role;
    if (role === 'repeat' || role === 'pullquote') continue;
    const slots: Slot[] = by[si].map((mi) => {
      const m = doc.mentions[mi];
      return {
        entity: doc.mentionEntity[mi],
        start: m.start,
        end: m.end,
        quote: quoteAt(m.start),
        anaphor: false,
        force: false,
      };
    });
    // anaphors stand for what they refer to
    const sText = text.slice(s.start, s.end);
    /** the people a "they" stands for, when it stands for a list named before it */
    let theyList: number[] = [];
    // The anaphors. A function of its own: V8 compiles a function whole, and again after each
    // deoptimisation; with this loop and the cue table below inside it, extractRelations was
    // 33 KB of bytecode and each compile took seconds.
    const readAnaphors = (): void => {
      for (const m of execAll(ANAPHOR, sText)) {
        const start = s.start + (m.index ?? 0);
        const end = start + m[0].length;
        // (a place inside the description as a hyphened modifier does not name the group: "the
        // Somalia-based group"; ties27)
        if (slots.some((x) => start < x.end && end > x.start && !placeModifier(doc, x, text))) continue;
        const word = m[0].toLowerCase();
        const qi = quoteAt(start);
        let ent = -1;
        if ((word === 'we' || word === 'us') && qi >= 0) ent = spokenFor(doc, quotes[qi].speaker, out);
        else if (adjectiveOnNoun(doc, s, end)) continue;
        else if (word === 'the latter') ent = lastOrgs.length ? lastOrgs[lastOrgs.length - 1] : -1;
        else if (word === 'the former') ent = lastOrgs.length > 1 ? lastOrgs[lastOrgs.length - 2] : -1;
        else if (word === 'the party' && qi < 0) ent = partyBefore(doc, slots, start, lastOrgs);
        else if (/^the \d/.test(word)) {
          // "X, 47, … the 47-year-old": the person named last with that age
          ent = personOfAge(doc, word.replace(/\D+/g, ''), start);
          if (ent < 0) ent = personJustNamed(doc, start);
        } else if (/^the (?:spokes|cleric|commander|emir|suspect)/.test(word)) {
          // in an apposition ("X, the emir of …") the role describes X; it refers to no one else
          ent = /,\s*$/.test(text.slice(Math.max(0, start - 3), start)) ? -1 : roleHolder(doc, word, start);
        } else if (word === 'its' || word === 'their') {
          // "the council … removed X from their board": the group this sentence names first
          // (not the outlet of a dateline: "BOGOTA (AP) - A faction of G left its leader X")
          const lead = s.start + datelineEnd(sText);
          // (the first by place in the text, "the group" standing for one included: "X, the
          // group's spokesman, said on Facebook that … their new chief")
          const first = slots
            .filter(
              (x) =>
                x.start >= lead &&
                x.start < start &&
                x.quote === qi &&
                doc.entities[x.entity].type === 'organization' &&
                (!x.anaphor || /^the\s/i.test(text.slice(x.start, x.end))) &&
                !possOnOwnPredicate(doc, s, start, end, x),
            )
            .sort((a, b) => a.start - b.start)[0];
          const own = partNamedAfter(text, slots, first);
          // "G and its armed wing", "H, G and its allies": the name the pronoun is conjoined to
          const joined = slots.find(
            (x) =>
              !x.anaphor &&
              x.end <= start &&
              doc.entities[x.entity].type === 'organization' &&
              /^\s*,?\s*and\s+$/i.test(text.slice(x.end, start)),
          );
          ent = joined
            ? joined.entity
            : own
              ? own.entity
              : qi >= 0
                ? -1
                : start === s.start
                  ? openingOwner(doc, si, si > 0 ? by[si - 1] : [], salientOrg)
                  : salientOrg;
          // (nor a research body: "its fighters" are never a think tank's)
          if (!own && ent >= 0 && doc.entities[ent].surfaces.some((n) => RESEARCH_BODY.test(n))) ent = -1;
        } else if (qi < 0 && GROUP_ANAPHOR.test(word)) {
          // "the faction's leader", "the group said": the armed group named last (not a
          // ministry, a force or an outlet), else the one the text is about
          // ("the group's spokesman": a group named before it in the sentence owns the title;
          // "X fought the group" is never X)
          const owner = /^['’]/.test(text.slice(end, end + 1));
          // ("X, the group's suicide squad": the name the title describes is not its owner)
          const described = (x: Slot) => /^\s*,\s*$/.test(text.slice(x.end, start));
          // (after a sentence opening with "after …" that names several groups, the one the text is
          // about; a name only modifying a noun is passed over: "a group formed by G militants")
          ent = groupBefore(
            doc,
            owner ? slots.filter((x) => !described(x)) : [],
            start,
            si > 0 ? topicAmong(doc, groupProfile(doc), leadOf(si - 1), by[si - 1], salientOrg) : salientOrg,
            lastHeadOrgs,
          );
        } else if (word === 'he' || word === 'she' || word === 'him') {
          ent = qi >= 0 ? lastPersonInQuote(doc, slots, start, qi) : salientPerson;
          // "X, who belonged to G before he defected to H": the person who opens the sentence
          // (its subject, named before the pronoun) is whom "he" refers to
          if (qi < 0 && word !== 'him') {
            const lead = s.start + datelineEnd(sText);
            const first = slots
              .filter((x) => !x.anaphor && x.quote < 0 && x.start >= lead && x.end <= start)
              .sort((a, b) => a.start - b.start)[0];
            if (
              first &&
              doc.entities[first.entity].type === 'person' &&
              /^[\s"“‘'(]*$/.test(text.slice(lead, first.start))
            )
              ent = first.entity;
          }
          // "a 17-year-old from Leeds … after he admitted …": an unnamed person introduced earlier
          // in the sentence, with no one named before the pronoun, is whom it stands for
          if (
            qi < 0 &&
            UNNAMED_PERSON.test(text.slice(s.start, start)) &&
            !slots.some((x) => !x.anaphor && x.start < start && doc.entities[x.entity].type === 'person')
          )
            ent = -1;
        } else if (word === 'we' || word === 'us') ent = -1;
        else {
          ent = qi >= 0 ? -1 : salientOrg;
          // ("they", "it" never stand for a research body quoted on the group: "a researcher at
          // the International Crisis Group")
          if (ent >= 0 && doc.entities[ent].surfaces.some((n) => RESEARCH_BODY.test(n))) ent = -1;
          // "G …, H, which split from it": an object "it" in a relative clause is never the
          // name the clause describes, but the organisation named before that one
          if (
            qi < 0 &&
            word === 'it' &&
            /\b(?:from|with|against|to|of|on|into)\s+$/i.test(text.slice(s.start, start))
          ) {
            const rel = /,\s+(?:which|that)\b[^,;]*$/i.exec(text.slice(s.start, start));
            if (rel) {
              const at = s.start + rel.index;
              const before = slots.filter(
                (x) => !x.anaphor && x.end <= at && doc.entities[x.entity].type === 'organization',
              );
              const described = before.at(-1);
              // (past the acronym of the described name: "H (HA), which …")
              const other = described && before.filter((x) => x.entity !== described.entity).at(-1);
              if (described && /^[\s)]*(?:\([^)]*\)\s*)?$/.test(text.slice(described.end, at)) && other)
                ent = other.entity;
            }
          }
        }
        // "G denied X was ever a member of the group": the group that says so
        if (qi < 0 && GROUP_NOUN.test(word) && !/^['’]/.test(text.slice(end, end + 1))) {
          const says = slots.find(
            (x) => x.start < start && !x.anaphor && SAYS.test(text.slice(x.end, x.end + 24)),
          );
          if (says && groupBefore(doc, [says], end, -1, []) === says.entity) ent = says.entity;
        }
        // "G said in a statement that it had …": the subject of the clause a speech verb
        // governs is the speaker named as that verb's subject, when of the pronoun's kind
        // "a spokesman for G denied the group had …": the group its speaker speaks for
        const spokenGroup =
          qi < 0 && (word === 'it' || word === 'they' || GROUP_NOUN.test(word))
            ? groupOfSpeaker(doc, s.tFirst, s.tLast, start, end, slots)
            : -1;
        if (spokenGroup >= 0) ent = spokenGroup;
        else if (qi < 0 && /^(?:it|they|he|she)$/.test(word)) {
          const sp = speakerOfClause(doc, s.tFirst, s.tLast, start, end, slots, word);
          if (sp >= 0) ent = sp;
          // ("police said on Tuesday they had …", "the army said it had …": a speaker named
          // nowhere, so no one — not the group the text is about)
          else if (sp === -2 && (word === 'they' || word === 'it')) ent = -1;
        }
        // "police said they had arrested X": "they" is whoever said so, here no one named
        if (word === 'they' && spokenGroup < 0) {
          const said = /(\S+)\s+(?:said|say|says|told [a-z]+|added|announced|stated)\s+(?:that\s+)?$/.exec(
            text.slice(s.start, start),
          );
          if (said) {
            const at = start - said[0].length;
            if (!slots.some((x) => x.start <= at && x.end > at)) ent = -1;
          }
        }
        // "police named them as A, B and C and said they were members of G": "they" is the
        // people just listed (the last stands in the slot; its ties are copied to the others)
        if (word === 'they' && qi < 0) {
          const list = listBefore(doc, slots, start);
          if (list.length >= 2) {
            ent = list[list.length - 1];
            theyList = list;
          }
        }
        if (SPLIT_ANAPHOR.test(word)) ent = splitterBefore(doc, out, text.slice(end, end + 4), ent);
        // "the breakaway group, calling itself G, …": the name it gives itself; "the far-right
        // group G", "the armed movement G": the name set right after the noun is the group (no one
        // named before)
        if (GROUP_NOUN.test(word) || GROUP_ANAPHOR.test(word)) {
          const self = SELF_NAMED.exec(text.slice(end, end + 40)) ?? NAME_NEXT.exec(text.slice(end, end + 8));
          const named = self && slots.find((x) => !x.anaphor && x.start === end + self[0].length);
          if (named && doc.entities[named.entity].type === 'organization') ent = named.entity;
        }
        if (ent >= 0) slots.push({ entity: ent, start, end, quote: qi, anaphor: true, force: false });
      }
    };
    readAnaphors();
    // (readPeopleWords and readGroupWords: functions of their own, as readAnaphors)
    const readPeopleWords = (): void => {
      // "the two men", "all three", "both suspects": the people named just before, each of them
      // (the last stands in the slot; its ties are copied to the others, as for "they")
      for (const m of execAll(PEOPLE_ANAPHOR, sText)) {
        const start = s.start + (m.index ?? 0) + (m[0].length - m[0].trimStart().length);
        const end = s.start + (m.index ?? 0) + m[0].length;
        if (theyList.length || quoteAt(start) >= 0 || slots.some((x) => start < x.end && end > x.start))
          continue;
        // (a list in this sentence before it: "A and B, both members of G" is read on the parse)
        if (listBefore(doc, slots, start).length) continue;
        const num = m[1] ?? m[2] ?? m[3];
        const before = recentPeople.filter((x) => x.si >= si - 2 && x.si < si).map((x) => x.e);
        const n = num ? NUMBER_WORDS[num.toLowerCase()] : null;
        const ofN = n === null ? undefined : listsBySize.get(n);
        const list = peopleFor(
          n,
          /^\s*both\b/i.test(m[0]),
          lastPeopleListAt >= si - 2 ? lastPeopleList : [],
          before,
          ofN && ofN.si >= si - LIST_OF_N_REACH ? ofN.list : [],
          recentPeople.filter((x) => x.si >= si - PEOPLE_N_REACH && x.si < si).map((x) => x.e),
        );
        if (list.length < 2) continue;
        theyList = list;
        slots.push({ entity: list[list.length - 1], start, end, quote: -1, anaphor: true, force: false });
        break;
      }
      // "His co-defendants, A and B, were convicted …": a plural noun for people with the list
      // of their names set beside it stands for each of them (the last in the slot, its ties
      // copied to the others, as for "they")
      for (const m of execAll(LISTED_PEOPLE, sText)) {
        if (theyList.length) break;
        const start = s.start + (m.index ?? 0);
        const end = start + m[0].length;
        if (quoteAt(start) >= 0 || slots.some((x) => start < x.end && end > x.start)) continue;
        const after = slots.filter((x) => !x.anaphor && x.start >= end);
        if (!after.length || !/^,\s*$/.test(text.slice(end, after[0].start))) continue;
        const list: number[] = [];
        let k = 0;
        for (; k < after.length && doc.entities[after[k].entity].type === 'person'; k++) {
          if (k > 0 && !/^\s*(?:,|and|, and)\s*$/.test(text.slice(after[k - 1].end, after[k].start))) break;
          if (!list.includes(after[k].entity)) list.push(after[k].entity);
        }
        // (the apposition closes with a comma: "…, A and B, were …")
        if (list.length < 2 || !/^\s*(?:,\s*\d{1,2}\s*)?,/.test(text.slice(after[k - 1].end))) continue;
        theyList = list;
        slots.push({ entity: list[list.length - 1], start, end, quote: -1, anaphor: true, force: false });
      }
    };
    readPeopleWords();
    // "the two factions", "both groups": the two groups listed just before, each of them (the
    // second stands in the slot; its ties are copied to the first, as subject or object)
    let groupPair: number[] = [];
    const readGroupWords = (): void => {
      for (const m of execAll(GROUPS_ANAPHOR, sText)) {
        const start = s.start + (m.index ?? 0);
        const end = start + m[0].length;
        if (quoteAt(start) >= 0 || slots.some((x) => start < x.end && end > x.start)) continue;
        // (a list in this sentence before it is read on the parse: "A and B, both groups of G")
        if (listBefore(doc, slots, start).length) continue;
        if (lastGroupPairAt >= si - 2 && lastGroupPair.length === 2) groupPair = [...lastGroupPair];
        else {
          // (no list: "G attacked H in P. … both jihadist groups": the two armed groups named in
          // the two sentences before or earlier in this one, when there are exactly two)
          const armed: number[] = [];
          const named = [
            ...(si > 1 ? by[si - 2] : []),
            ...(si > 0 ? by[si - 1] : []),
            ...by[si].filter((mi) => doc.mentions[mi].end <= start),
          ];
          for (const mi of named) {
            const e = doc.mentionEntity[mi];
            const x = doc.entities[e];
            if (x.type !== 'organization' || armed.includes(e)) continue;
            // (a name that only qualifies another group is not one of the two: "the G affiliate",
            // "an H-linked group" stand for a group of their own, fights31)
            if (KIN_AFTER.test(text.slice(doc.mentions[mi].end, doc.mentions[mi].end + 24))) continue;
            if (orgKind(x.surfaces, x.kind) === 'militant group') armed.push(e);
          }
          if (armed.length !== 2) continue;
          groupPair = armed;
        }
        slots.push({ entity: groupPair[1], start, end, quote: -1, anaphor: true, force: false });
        break;
      }
      // "the M23 rebels … clashes with the rebels": a plural noun for a group's people stands for
      // the group last named right before that noun (never a guess: no such name, no one)
      for (const m of execAll(PEOPLE_OF_GROUP, sText)) {
        const start = s.start + (m.index ?? 0);
        const end = start + m[0].length;
        if (quoteAt(start) >= 0 || slots.some((x) => start < x.end && end > x.start)) continue;
        const noun = m[1].toLowerCase();
        let ent = -1;
        for (let i = lastOrgs.length - 1; ent < 0 && i >= 0; i--) {
          const e = lastOrgs[i];
          if (
            doc.entities[e].mentions.some(
              (mi) =>
                doc.mentions[mi].end <= s.start &&
                new RegExp(`^\\s+${noun}\\b`, 'i').test(
                  text.slice(doc.mentions[mi].end, doc.mentions[mi].end + 24),
                ),
            )
          )
            ent = e;
        }
        // ("G raided a town … X joined the militants": with no name right before the noun, the
        // one armed group named so far, in the text before or earlier in this sentence; none
        // when two or more have been named)
        if (ent < 0) ent = oneArmedGroupSoFar(doc, slots, start, lastOrgs);
        if (ent >= 0) slots.push({ entity: ent, start, end, quote: -1, anaphor: true, force: false });
      }
      // "a cell of G … the cell's leader", "G's political bureau … a member of the bureau": a part
      // noun stands for the group it was last said to belong to (in the eight sentences before),
      // else, for a cell or a module, the one armed group named so far; its leader is one of many,
      // a member (`part`); none beside the group's own name ("a cell of G attacked P; X praised
      // the cell")
      for (const m of execAll(PART_ANAPHOR, sText)) {
        const start = s.start + (m.index ?? 0);
        const end = start + m[0].length;
        if (quoteAt(start) >= 0 || slots.some((x) => start < x.end && end > x.start)) continue;
        const noun = m[1].toLowerCase();
        const told = partOwners.get(noun);
        let ent = told && told.si >= si - 8 ? told.e : -1;
        // (or earlier in this sentence by a pronoun: "its cell in P … the cell's leader")
        for (const x of slots)
          if (x.anaphor && x.end <= start && partOwned(text, x.start, x.end) === noun) ent = x.entity;
        if (ent < 0 && (noun === 'cell' || noun === 'module'))
          ent = oneArmedGroupSoFar(doc, slots, start, lastOrgs);
        if (ent >= 0 && !slots.some((x) => !x.anaphor && x.entity === ent))
          slots.push({ entity: ent, start, end, quote: -1, anaphor: true, force: false, part: true });
      }
      // "convicted of belonging to a terrorist organisation": the armed group the text is about —
      // the one militant group named so far, else the salient one when it is a militant group;
      // a name set beside it ("… organisation, the IRA") is that name
      for (const m of execAll(CHARGED_GROUP, sText)) {
        const start = s.start + (m.index ?? 0) + m[1].length + 1;
        const end = s.start + (m.index ?? 0) + m[0].length;
        if (quoteAt(start) >= 0 || slots.some((x) => start < x.end && end > x.start)) continue;
        const militant = (e: number) =>
          doc.entities[e].type === 'organization' &&
          orgKind(doc.entities[e].surfaces, doc.entities[e].kind) === 'militant group';
        const beside = slots.find(
          (x) => !x.anaphor && x.start > end && /^,\s+(?:the\s+)?$/i.test(text.slice(end, x.start)),
        );
        let ent = -1;
        if (beside && doc.entities[beside.entity].type === 'organization') ent = beside.entity;
        else {
          const armed = new Set(
            [...lastOrgs, ...slots.filter((x) => !x.anaphor && x.end <= start).map((x) => x.entity)].filter(
              militant,
            ),
          );
          if (armed.size === 1) ent = [...armed][0];
          else if (salientOrg >= 0 && militant(salientOrg)) ent = salientOrg;
          else if (!armed.size) {
            // (no armed group named: the one organisation of no known kind, for a banned group
            // the attributes stage could not type, "the neo-Nazi network G"; never a court, a
            // force or a company; members34)
            const open = new Set(
              [...lastOrgs, ...slots.filter((x) => !x.anaphor && x.end <= start).map((x) => x.entity)].filter(
                (e) =>
                  doc.entities[e].type === 'organization' &&
                  orgKind(doc.entities[e].surfaces, doc.entities[e].kind) === undefined,
              ),
            );
            if (open.size === 1) ent = [...open][0];
          }
        }
        if (ent >= 0) slots.push({ entity: ent, start, end, quote: -1, anaphor: true, force: false });
      }
      // "the al Qaeda-linked group", "the Islamic State-affiliated militia": the group the text
      // is about (the armed group named last), never the one that names it
      for (const m of execAll(LINKED_GROUP, sText)) {
        const at = s.start + (m.index ?? 0);
        const start = at + m[0].length - m[1].length;
        const end = at + m[0].length;
        const by = slots.find((x) => !x.anaphor && x.end === at);
        if (!by || quoteAt(start) >= 0 || doc.entities[by.entity].type !== 'organization') continue;
        if (slots.some((x) => start < x.end && end > x.start)) continue;
        let ent = salientOrg >= 0 && salientOrg !== by.entity ? salientOrg : -1;
        for (let i = lastOrgs.length - 1; ent < 0 && i >= 0; i--)
          if (lastOrgs[i] !== by.entity) ent = lastOrgs[i];
        if (ent < 0 || doc.entities[ent].type !== 'organization') continue;
        const kind = orgKind(doc.entities[ent].surfaces, doc.entities[ent].kind);
        if (kind && NOT_A_GROUP.has(kind)) continue;
        slots.push({ entity: ent, start, end, quote: -1, anaphor: true, force: false });
      }
      // "ministry spokesman X", "council spokesman X": a bare common noun before a title
      // stands for the organisation named before whose name holds that noun
      for (const m of execAll(TITLE_OWNER, sText)) {
        const start = s.start + (m.index ?? 0);
        const end = start + m[1].length;
        if (slots.some((x) => start < x.end && end > x.start) || quoteAt(start) >= 0) continue;
        const word = m[1].toLowerCase();
        const holds = (e: number) =>
          doc.entities[e].type === 'organization' &&
          doc.entities[e].surfaces.some((n) => new RegExp(`\\b${word}\\b`, 'i').test(n));
        // ("troops of the 5th Brigade raided …, brigade commander X said": named earlier in the
        // sentence, else in the ones before)
        const here = slots
          .filter((x) => !x.anaphor && x.end <= start && x.quote < 0 && holds(x.entity))
          .at(-1);
        if (here) {
          slots.push({ entity: here.entity, start, end, quote: -1, anaphor: true, force: false });
          continue;
        }
        for (let i = lastOrgs.length - 1; i >= 0; i--)
          if (holds(lastOrgs[i])) {
            slots.push({ entity: lastOrgs[i], start, end, quote: -1, anaphor: true, force: false });
            break;
          }
      }
      // "the police", "the alliance" after "the Haitian National Police", "the X Alliance": a bare
      // definite noun stands for the one organisation named before whose name ends in it (none
      // when two do; not as a modifier: "the police station")
      for (const m of execAll(HEAD_NOUN_ANAPHOR, sText)) {
        const start = s.start + (m.index ?? 0) + m[0].length - m[1].length;
        const end = start + m[1].length;
        if (slots.some((x) => start < x.end && end > x.start) || quoteAt(start) >= 0) continue;
        const t = doc.syntax ? tokenOfSpan(doc, s.tFirst, s.tLast, start, end) : -1;
        // (a lower-case noun the tagger took for a name is still the noun)
        if (t < 0 || relOf(doc, t) === 'compound') continue;
        if (!(uposOf(doc, t) === 'NOUN' || (uposOf(doc, t) === 'PROPN' && /^[a-z]/.test(m[1])))) continue;
        const word = m[1].toLowerCase();
        // (named in the sentences before, or earlier in this one; the noun ends the name or comes
        // before its "of" or "for": "the Department of Health … the department", "the Coalition for
        // Change … the coalition")
        const before = [
          ...lastOrgs,
          ...slots
            .filter((x) => !x.anaphor && x.end <= start && doc.entities[x.entity].type === 'organization')
            .map((x) => x.entity),
        ];
        const headed = new RegExp(`^(?:the\\s+)?(?:[\\w'’-]+\\s+){0,3}${word}\\s+(?:of|for)\\b`, 'i');
        let named = [...new Set(before)].filter((e) =>
          doc.entities[e].surfaces.some(
            (n) => n.toLowerCase().split(/\s+/).at(-1) === word || headed.test(n),
          ),
        );
        // ("G, an alliance formed by A and B … The alliance is …": else the one the text set the
        // noun beside, by a comma, when it named it; parts33)
        if (!named.length) named = [...new Set(before)].filter((e) => calledNoun(doc, e, word, start));
        if (named.length === 1)
          slots.push({ entity: named[0], start, end, quote: -1, anaphor: true, force: false });
      }
      // "the army", "Malian troops", "government forces": the one state armed force of that
      // country named in the text ("the army" and "government forces": the one named at all);
      // none when two fit, and never one the text does not name
      if (lex)
        for (const m of execAll(NATIONAL_FORCE, sText)) {
          const start = s.start + (m.index ?? 0);
          const end = start + m[0].length;
          if (slots.some((x) => start < x.end && end > x.start) || quoteAt(start) >= 0) continue;
          const country = m[1] ? lex.demonym(m[1])?.country : undefined;
          if (m[1] && !country) continue;
          forces ??= armedForces(doc, lex);
          // (a rebel army of that country, or any army for a bare "the army", makes it ambiguous)
          // (for a bare "the army": a state's force or a rebel army; not a coalition or a
          // paramilitary named without a country, such as "Joint Forces" or "Africa Corps")
          const fit = forces.filter((f) =>
            country ? f.countries.has(country) : f.state || armyNamed(doc, f.entity),
          );
          if (fit.length !== 1 || !fit[0].state || !doc.syntax) continue;
          // (a noun, not a modifier: "the military government", "the army's chief"; but "army
          // spokesman X" speaks for the army)
          let t = tokenOfSpan(doc, s.tFirst, s.tLast, start, end);
          // ("a Malian army sergeant": the demonym an adjective on the title, beside the noun)
          const last = t < 0 ? -1 : lastTokenOf(doc, s.tFirst, s.tLast, end);
          if (last > t && headOf(doc, last) === headOf(doc, t)) t = last;
          const titled = FORCE_TITLE.test(text.slice(end, end + 16));
          if (t < 0 || ((relOf(doc, t) === 'compound' || relOf(doc, t) === 'amod') && !titled)) continue;
          if (uposOf(doc, t) !== 'NOUN' && uposOf(doc, t) !== 'PROPN') continue;
          slots.push({ entity: fit[0].entity, start, end, quote: -1, anaphor: true, force: true });
        }
      // "Chad's army", "Kenya's soldiers": the one state armed force whose name gives the country
      // named before the possessive (the noun alone stands in the slot; the country keeps its own)
      if (lex)
        for (const m of execAll(OWN_FORCE, sText)) {
          const at = s.start + (m.index ?? 0);
          const owner = slots.find((x) => !x.anaphor && x.end === at);
          if (!owner || doc.entities[owner.entity].type !== 'place') continue;
          const country = doc.entities[owner.entity].surfaces
            .map((n) => lex.place(n))
            .find((p) => p?.kind === 'country' && p.country)?.country;
          if (!country) continue;
          const end = at + m[0].length;
          const start = end - m[1].length;
          if (slots.some((x) => start < x.end && end > x.start) || quoteAt(start) >= 0) continue;
          forces ??= armedForces(doc, lex);
          const fit = forces.filter((f) => f.countries.has(country));
          if (fit.length !== 1 || !fit[0].state) continue;
          slots.push({ entity: fit[0].entity, start, end, quote: -1, anaphor: true, force: true });
        }
      // "the Turkish-backed G": the demonym stands for its country when the text names that
      // country (the cue table then reads "-backed" between the two)
      if (lex)
        for (const m of execAll(DEMONYM_BACKED, sText)) {
          const start = s.start + (m.index ?? 0);
          const end = start + m[1].length;
          if (slots.some((x) => start < x.end && end > x.start) || quoteAt(start) >= 0) continue;
          const country = lex.demonym(m[1])?.country;
          if (!country) continue;
          const named = doc.entities.findIndex(
            (x) =>
              x.type === 'place' &&
              x.mentions.length > 0 &&
              x.surfaces.some((n) => {
                const p = lex.place(n);
                return p?.kind === 'country' && p.country === country;
              }),
          );
          if (named >= 0) slots.push({ entity: named, start, end, quote: -1, anaphor: true, force: true });
        }
    };
    readGroupWords();
    // "Its operations around P are run by X", "X runs the group's operations around P": a group's
    // operations stand for the group, as a part of it (whoever runs them is one of many, a member)
    for (const x of [...slots]) {
      if (doc.entities[x.entity].type !== 'organization' || x.quote >= 0) continue;
      const ops = GROUP_OPERATIONS.exec(text.slice(x.end, Math.min(s.end, x.end + 40)));
      if (!ops) continue;
      const end = x.end + ops[0].length;
      const start = end - ops[1].length;
      if (!slots.some((y) => start < y.end && end > y.start))
        slots.push({ entity: x.entity, start, end, quote: -1, anaphor: true, force: false, part: true });
    }
    for (const x of branchNamedByPlace(doc, slots, lastOrgs)) slots.push(x);
    slots.sort((a, b) => a.start - b.start);
    // "Did G cooperate with H?", "Is X still the leader of G?": a yes/no question states no tie
    const asked = YES_NO_QUESTION.test(sText);
    /** pairs the parse read a denied tie between: the cue table adds no positive tie for them */
    const deniedPairs = new Set<string>();
    /** pairs the parse read as fighting side by side ("fought with B against C"): the cue table makes them no foes */
    const sideBySide = new Set<string>();
    /** people the parse read as one of many holding a title in a group: the cue table makes them no leader */
    const oneOfMany = new Set<string>();
    // ties read on the parse come first; the cue table below only adds pairs they leave.
    // Every tie readParseTies reads joins two different entities of `tokenEntity`, which
    // holds the slots' entities: with fewer than two the sentence's parse is not read
    // (a parse made on demand then never parses it).
    if (doc.syntax && !asked && twoEntities(slots)) {
      const tokenEntity = new Map<number, number>();
      /** every token of a name → the name's head token */
      const nameHead = new Map<number, number>();
      const ts = doc.seg.tokens;
      for (const x of slots) {
        let t = tokenOfSpan(doc, s.tFirst, s.tLast, x.start, x.end);
        // ("a Malian army sergeant": a demonym the parser hung as an adjective on the title beside
        // the force's noun; the noun, not the demonym, stands for the force)
        if (x.force && t >= 0) {
          const last = lastTokenOf(doc, s.tFirst, s.tLast, x.end);
          if (last > t && headOf(doc, last) === headOf(doc, t)) t = last;
        }
        if (t >= 0 && !tokenEntity.has(t)) {
          tokenEntity.set(t, x.entity);
          if (groupWords && x.anaphor && doc.entities[x.entity].type === 'organization')
            groupWords.set(t, x.entity);
          if (!x.anaphor)
            for (let k = s.tFirst; k < s.tLast && ts.start[k] < x.end; k++)
              if (ts.end[k] > x.start && !nameHead.has(k)) nameHead.set(k, t);
        }
      }
      rankHeads(doc, s.tFirst, s.tLast, tokenEntity, nameHead);
      for (const r of readParseTies(doc, si, tokenEntity, nameHead)) {
        // "X, whom he described as the leader of the cell": who describes holds no title
        if (
          TITLE_TIE.has(r.type) &&
          WHOM_DESCRIBED.test(text.slice(Math.max(s.start, ts.start[r.at[0]] - 8), ts.start[r.at[0]])) &&
          DESCRIBED_AS.test(text.slice(ts.end[r.at[0]], ts.end[r.at[0]] + 30))
        )
          continue;
        if (r.negated) deniedPairs.add(`${Math.min(r.subject, r.object)}:${Math.max(r.subject, r.object)}`);
        if (r.cue === 'allied_with/side-by-side' || r.cue === 'allied_with/with-against')
          sideBySide.add(`${Math.min(r.subject, r.object)}:${Math.max(r.subject, r.object)}`);
        if (r.cue === 'member_of/one-of-many') oneOfMany.add(`${r.subject}:${r.object}`);
        const key = `${r.type}:${r.subject}:${r.object}:${r.negated ? 1 : 0}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const qa = quoteAt(doc.seg.tokens.start[r.at[0]]);
        const qi = qa >= 0 ? qa : quoteAt(doc.seg.tokens.start[r.at[1]]);
        out.push({
          type: r.type,
          subject: r.subject,
          object: r.object,
          negated: r.negated,
          sentence: si,
          attributedTo: qi >= 0 ? quotes[qi].speaker : -1,
          attributedText: qi >= 0 ? quotes[qi].speakerText : null,
          cue: r.cue,
        });
      }
    }
    // Each pair of slots against the cue table. A function of its own, as readAnaphors above.
    // "members of its (“)H Battalion(”)": a possessive pronoun right before a group's name only
    // says whose H is; the cue table reads the tie with H, past the pronoun
    const ownerOfName = new Set<number>();
    for (let i = 0; i + 1 < slots.length; i++) {
      const x = slots[i];
      const n = slots[i + 1];
      if (
        x.anaphor &&
        !n.anaphor &&
        doc.entities[n.entity].type === 'organization' &&
        /^(?:its|their)$/i.test(text.slice(x.start, x.end)) &&
        /^\s*["“‘]?$/.test(text.slice(x.end, n.start))
      )
        ownerOfName.add(i);
    }
    const readCueTable = (): void => {
      for (let i = 0; !asked && i < slots.length; i++) {
        if (ownerOfName.has(i)) continue;
        for (let j = i + 1; j < slots.length; j++) {
          if (ownerOfName.has(j)) continue;
          const A = slots[i];
          const B = slots[j];
          if (A.entity === B.entity) continue;
          let mid = pastOwnAcronym(text, slots, i, normMiddle(text.slice(A.end, B.start)));
          // "X, 53, chairman of Y", "X, D-Ore., chairman of Y": an age, or a party and state, set
          // off by commas after a person's name is read past
          if (doc.entities[A.entity].type === 'person') mid = mid.replace(NAME_TAG, ', ');
          let adjacent = j === i + 1 || (j === i + 2 && ownerOfName.has(i + 1));
          // "X, who runs a seminary in P, has denied …": an apposition or relative clause after
          // the subject is read past, with the mentions inside it, when the cue follows it
          if (!adjacent) {
            const app = /^, (?:who|which|a|an|the|(?:led|commanded|headed|founded|run) by)\b[^,]*, /.exec(
              mid,
            );
            // (not when a relative clause follows the apposition: "X, a commander of G, which is
            // allied with H" is G's clause)
            if (
              app &&
              !/^(?:who|which|that|whose)\b/.test(mid.slice(app[0].length)) &&
              slots.slice(i + 1, j).every((x) => x.end <= A.end + app[0].length + 2)
            ) {
              mid = ` ${mid.slice(app[0].length)}`;
              adjacent = true;
            }
          }
          if (spacesOver(mid, MAX_GAP_WORDS + 1)) break;
          const ta = doc.entities[A.entity].type;
          const tb = doc.entities[B.entity].type;
          const denied = deniedPairs.has(`${Math.min(A.entity, B.entity)}:${Math.max(A.entity, B.entity)}`);
          // "X, a commander of A, swore allegiance to B": A sits in an apposition on X, and the
          // verb after the closing comma is X's (so does B in "G, led by B, fought H")
          // (…or a restrictive "that" clause after A: "G, a splinter of A that pledged allegiance to
          // B" is the splinter's clause; a name rarely takes "that")
          const inApposition =
            i > 0 &&
            // (or after a few more words of a relative clause: "G, which took over from A last year, backs B")
            (/^, /.test(mid) ||
              /^ that /.test(mid) ||
              (/^ [^,]{1,30}, /.test(mid) &&
                /^, (?:who|which)\b/.test(normMiddle(text.slice(slots[i - 1].end, A.start))))) &&
            /^, (?:a|an|the|who|which|(?:led|commanded|headed|founded|run) by)\b[^,]*$/.test(
              normMiddle(text.slice(slots[i - 1].end, A.start)),
            );
          const allies = sideBySide.has(`${Math.min(A.entity, B.entity)}:${Math.max(A.entity, B.entity)}`);
          for (const c of cuesFor(ta, tb)) {
            if (denied && !c.negated) continue;
            if (allies && c.type === 'fights') continue;
            // ("a West Palm Beach, Fla., lawyer": a town's region after the comma stays)
            if (inApposition && c.dir === 'ab' && tb !== 'place') continue;
            // "us … in Afghanistan" inside a quote says where things happen, not where the speaker lives
            if (c.type === 'located_in' && (A.anaphor || B.anaphor)) continue;
            if (!adjacent && !c.skip) continue;
            if (
              !adjacent &&
              c.skip === 'places' &&
              slots.slice(i + 1, j).some((x) => doc.entities[x.entity].type !== 'place')
            )
              continue;
            if (!c.re.test(mid)) continue;
            if (c.notBefore?.test(text.slice(s.start, A.start))) continue;
            // ("X met officials of G", "X killed two members of G": the title is the verb's, others')
            if (TITLE_CUES.has(c.name) && titleNamesOthers(doc, s.tFirst, s.tLast, A.end, B.start)) continue;
            // ("X, whose son joined G": the verb has a subject of its own; members30)
            if (
              (c.name === 'joined' || c.name === 'works-for') &&
              membershipVerbOfOthers(doc, s.tFirst, s.tLast, A.end, B.start)
            )
              continue;
            // ("X of Amnesty International said police detained Y": who says so arrests no one,
            // unless it is a force itself, or a pronoun after "said" stands for it)
            if (
              c.name === 'arrested' &&
              SAID_OTHERS.test(mid) &&
              orgKind(doc.entities[A.entity].surfaces, doc.entities[A.entity].kind) !== 'security agency'
            )
              continue;
            if (c.raw && !c.raw.test(text.slice(A.end, B.start))) continue;
            if (
              c.name === 'org-in-place' &&
              (actPlace(doc, s.tFirst, s.tLast, A, B) ||
                roamsIn(doc, A.entity, mid) ||
                forceActedIn(doc, s.tFirst, s.tLast, A, B) ||
                facility(doc, A.entity) ||
                orgPlaceOfOthers(doc, s, A, B, mid))
            )
              continue;
            if (c.name === 'place-possessive-org' && possessedNotSeated(doc, B.entity, A.entity)) continue;
            // ("MANILA, Philippines —": a dateline says where the story was filed; its town and
            // country are no tie the story states; ties23)
            if (c.name === 'place-comma' && B.end <= s.start + datelineEnd(sText)) continue;
            // ("Lyon, France, and …", "Dayton, Ohio, General Motors said": a town before its own
            // country or region is no list of peers, whatever follows the region; not in a
            // dateline, "QUETTA, Pakistan, Nov 26 (Reuters) -", which says where the story was filed)
            const abbr =
              c.unlessAbbreviation &&
              (/^\p{Lu}[\p{L}.]{0,5}\.$/u.test(text.slice(B.start, B.end)) ||
                (text[B.end] === ',' &&
                  B.end > s.start + datelineEnd(sText) &&
                  townInItsRegion(doc, A.entity, B.entity)));
            if (!abbr && c.after && !c.after.test(normMiddle(text.slice(B.end, Math.min(s.end, B.end + 60)))))
              continue;
            if (!abbr && c.rawAfter && !c.rawAfter.test(text.slice(B.end, Math.min(s.end, B.end + 60))))
              continue;
            let subj = c.dir === 'ab' ? A.entity : B.entity;
            // "X split from Y and pledged allegiance to Z": the second verb is X's too
            if (c.dir === 'ab' && /^ and (?!the |a |an )/.test(mid)) {
              const prior = out.find(
                (r) => r.sentence === si && r.object === A.entity && r.subject !== B.entity,
              );
              if (prior) subj = prior.subject;
            }
            // "X was expelled from A after pledging allegiance to B", "X, after splitting from A, pledged
            // allegiance to B": a clause with no subject of its own is done by its main verb's subject,
            // not by the name next to the cue (args37)
            if (c.dir === 'ab') {
              const ctrl = clauseController(doc, s.tFirst, s.tLast, slots, A.start, A.end, B.start);
              if (ctrl >= 0 && ctrl !== A.entity) {
                if (!c.a.includes(doc.entities[ctrl].type) || ctrl === B.entity) continue;
                subj = ctrl;
              }
            }
            let obj = c.dir === 'ab' ? B.entity : A.entity;
            // ("H, which broke away from G, is led by X": G sits in a clause on H, and the verb
            // after the closing comma is H's; ties28)
            if (
              c.name === 'led-by' &&
              /^, /.test(mid) &&
              /(?:^|, )(?:which|who|that)\b[^,]*$/.test(
                normMiddle(text.slice(i > 0 ? slots[i - 1].end : s.start, A.start)),
              )
            ) {
              const outer = inApposition ? slots[i - 1] : undefined;
              if (!outer || outer.anaphor || doc.entities[outer.entity].type !== 'organization') continue;
              obj = outer.entity;
            }
            if (c.type === 'leader_of' && oneOfMany.has(`${subj}:${obj}`)) continue;
            // "X, who heads G's H Unit": H is led, not G
            if (
              c.type === 'leader_of' &&
              c.dir === 'ab' &&
              slots.some(
                (x) =>
                  x.start > B.end &&
                  !x.anaphor &&
                  doc.entities[x.entity].type === 'organization' &&
                  /^['’]s?\s+$/.test(text.slice(B.end, x.start)),
              )
            )
              continue;
            // "X, head of the G media office": who heads a part of G is one of its members
            const type: RelationType =
              c.type === 'leader_of' &&
              c.dir === 'ab' &&
              PART_AFTER.test(text.slice(B.end, Math.min(s.end, B.end + 40)))
                ? 'member_of'
                : c.type;
            // "X, spokesman of Y who tweets as @h": the account is the person's
            if (c.type === 'has_account' && c.name === 'tweets-as') {
              const p = slots.find((x, k) => k < j && doc.entities[x.entity].type === 'person');
              if (p) subj = p.entity;
            }
            // "G's Telegram channel, @h", "its X account @h": the platform is not the owner;
            // whoever owns the platform's name right before it is
            let owner: Slot | undefined = A;
            if (c.type === 'has_account' && doc.entities[subj].surfaces.some((n) => PLATFORM.test(n))) {
              owner = i > 0 ? slots[i - 1] : undefined;
              if (!owner || !/^(?:['’]s?)?\s*$/.test(text.slice(owner.end, A.start))) {
                // "X … ran a Telegram channel, @h": whoever runs (opened, set up) it, the person or
                // group named last before the verb
                owner = runnerOf(doc, slots, i);
                if (!owner) continue;
              }
              subj = owner.entity;
            }
            // "the TRF's handler … ran the group's account, @h": "the group" owning an account
            // is the group the sentence is about, the first it names
            if (c.type === 'has_account' && c.name === 'account' && owner.anaphor) {
              const first = slots.find((x) => doc.entities[x.entity].type === 'organization');
              if (
                first &&
                first.start < owner.start &&
                !doc.entities[first.entity].surfaces.some((n) => PLATFORM.test(n))
              )
                subj = first.entity;
            }
            if (c.type === 'rival_of' || c.type === 'allied_with' || c.type === 'fights')
              [subj, obj] = subj < obj ? [subj, obj] : [obj, subj];
            if (subj === obj) continue;
            const qi = A.quote >= 0 ? A.quote : B.quote;
            const key = `${type}:${subj}:${obj}:${c.negated ? 1 : 0}`;
            if (seen.has(key)) break;
            seen.add(key);
            out.push({
              type,
              subject: subj,
              object: obj,
              negated: !!c.negated,
              sentence: si,
              attributedTo: qi >= 0 ? quotes[qi].speaker : -1,
              attributedText: qi >= 0 ? quotes[qi].speakerText : null,
              cue: c.name,
            });
            // "Leeds and York, England", "Sindh and Punjab provinces in Pakistan": the region after
            // the last of two places joined by "and" holds the first too (not a country: "Spain and
            // Lyon, France"; not a place already given its own region: "Jackson, Wyo., and Gunnison,
            // Colo."); after a plural division noun, the whole list ("A, B and northern C counties in D")
            const divisions =
              c.name === 'place-in' &&
              (DIVISIONS_FIRST.test(mid) || DIVISIONS_LAST.test(text.slice(A.start, A.end)));
            if (c.type === 'part_of' && (c.name === 'place-comma' || divisions)) {
              const link = divisions ? LIST_LINK : /^(?:and|or)$/;
              for (let k = i - 1; k >= 0; k--) {
                if (!link.test(normMiddle(text.slice(slots[k].end, slots[k + 1].start)).trim())) break;
                const e2 = slots[k].entity;
                if (doc.entities[e2].type !== 'place' || doc.entities[e2].kind === 'country' || e2 === obj)
                  break;
                if (out.some((r) => r.type === 'part_of' && r.subject === e2)) break;
                const k2 = `part_of:${e2}:${obj}:0`;
                if (seen.has(k2)) break;
                seen.add(k2);
                out.push({ ...out[out.length - 1], subject: e2 });
              }
            }
            // the same tie holds for each conjunct after the object: "X and Y", "X, Y and Z"
            if (c.dir === 'ab' && c.type !== 'part_of') {
              for (let k = j + 1; k < slots.length; k++) {
                const link = normMiddle(text.slice(slots[k - 1].end, slots[k].start)).trim();
                if (!/^(?:,|and|or|, and|, or|as well as)$/.test(link)) break;
                // "Dothan, Ala.": after a place a bare comma names its region, not a peer
                if (link === ',' && doc.entities[slots[k].entity].type === 'place') break;
                const o2 = slots[k].entity;
                if (!c.b.includes(doc.entities[o2].type) || o2 === subj) continue;
                const k2 = `${c.type}:${subj}:${o2}:${c.negated ? 1 : 0}`;
                if (seen.has(k2)) continue;
                seen.add(k2);
                out.push({ ...out[out.length - 1], object: o2 });
              }
            }
            break;
          }
        }
      }
    };
    readCueTable();
    // (a dateline, "BEIRUT, Lebanon (AP) -", says where the story was filed from, not where
    // the outlet is based: it ties the outlet to no place)
    // "G of Fargo, N.D.", "G in Ames, Iowa": the town's region after its comma holds the body too;
    // so it does the person from the town ("X of Tulsa, Okla.", "X, a welder from Tulsa, Okla.")
    // (not a country's own state body: "the ministry in Kabul, Afghanistan")
    for (const r of out.filter((r) => r.sentence === si && FROM_TOWN.has(r.cue) && !r.negated))
      for (const q of out.filter(
        (q) =>
          q.sentence === si &&
          q.cue === 'place-comma' &&
          q.subject === r.object &&
          !q.negated &&
          !stateBodyOfCountry(doc, r.subject, q.object),
      )) {
        const key = `located_in:${r.subject}:${q.object}:0`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ ...r, object: q.object });
      }
    titleFromBefore(doc, si, slots, si > 0 ? by[si - 1] : [], out, seen, si > 1 ? by[si - 2] : []);
    servedUnder(doc, si, slots, out, seen);
    coalitionPartners(doc, si, slots, out, seen);
    desertedFrom(doc, si, out, seen);
    if (groupPair.length === 2) {
      const [first, last] = groupPair;
      for (const r of out.filter((r) => r.sentence === si && (r.subject === last || r.object === last))) {
        const copy = r.subject === last ? { ...r, subject: first } : { ...r, object: first };
        const key = `${copy.type}:${copy.subject}:${copy.object}:${copy.negated ? 1 : 0}`;
        if (seen.has(key) || copy.subject === copy.object) continue;
        seen.add(key);
        out.push(copy);
      }
    }
    if (theyList.length) {
      const last = theyList[theyList.length - 1];
      for (const r of out.filter((r) => r.sentence === si && r.subject === last))
        for (const e of theyList.slice(0, -1)) {
          const key = `${r.type}:${e}:${r.object}:${r.negated ? 1 : 0}`;
          if (seen.has(key) || e === r.object) continue;
          seen.add(key);
          out.push({ ...r, subject: e });
        }
    }
    // '"…," spokeswoman X said': a bare title opening the clause, in a sentence that names no
    // organisation, is the spokesperson of the organisation the text is about
    if (salientOrg >= 0 && !slots.some((x) => !x.anaphor && doc.entities[x.entity].type === 'organization'))
      for (const x of slots) {
        if (x.anaphor || x.quote >= 0 || doc.entities[x.entity].type !== 'person') continue;
        if (!BARE_SPOKESMAN.test(text.slice(s.start, x.start))) continue;
        const key = `spokesperson_of:${x.entity}:${salientOrg}:0`;
        if (seen.has(key) || out.some((r) => r.sentence === si && r.subject === x.entity)) continue;
        seen.add(key);
        out.push({
          type: 'spokesperson_of',
          subject: x.entity,
          object: salientOrg,
          negated: false,
          sentence: si,
          attributedTo: -1,
          attributedText: null,
          cue: 'spokesman-of-salient',
        });
      }
    // "the cell is commanded by X", "the cell's leader, X": who leads a part of a group is one of
    // many in it, a member
    for (const x of slots) {
      if (!x.part) continue;
      for (let k = out.length - 1; k >= 0 && out[k].sentence === si; k--) {
        const r = out[k];
        if (r.type !== 'leader_of' || r.object !== x.entity) continue;
        // ("Its chairman, X, said the party was not the group's media wing": a part named in
        // what the leader says is not what he leads; ties27)
        const holder = slots.find((y) => y.entity === r.subject && !y.anaphor && y.end <= x.start);
        if (holder && SAYS_BETWEEN.test(text.slice(holder.end, x.start))) continue;
        const member = `member_of:${r.subject}:${r.object}:${r.negated ? 1 : 0}`;
        if (seen.has(member)) out.splice(k, 1);
        else {
          seen.add(member);
          out[k] = { ...r, type: 'member_of', cue: `${r.cue}+part` };
        }
      }
    }
    // salience for the next sentences: the first person / group named outside quotes
    // (not the outlet of a dateline: "NAIROBI (Reuters) - G attacked …" is about G)
    const lead = s.start + datelineEnd(sText);
    const outside = slots.filter((x) => x.quote < 0 && x.start >= lead && !x.force);
    const firstPerson = outside.find((x) => doc.entities[x.entity].type === 'person');
    // (not the outlet told it: "an official told AFP by telephone")
    const firstOrg = outside.find(
      (x) =>
        doc.entities[x.entity].type === 'organization' &&
        !/\b(?:told|tells|telling|according to)\s+(?:the\s+)?$/i.test(
          text.slice(Math.max(s.start, x.start - 20), x.start),
        ),
    );
    if (firstPerson && !/^\s*(?:he|she)\b/i.test(sText)) salientPerson = firstPerson.entity;
    if (firstOrg && !/^\s*(?:they|it|the group)\b/i.test(sText)) salientOrg = firstOrg.entity;
    const pair = lastPersonRun(doc, slots, 'organization');
    if (pair.length === 2) {
      lastGroupPair = pair;
      lastGroupPairAt = si;
    } else if (pair.length > 2) lastGroupPairAt = -9;
    const run = lastPersonRun(doc, slots);
    if (run.length >= 2) {
      lastPeopleList = run;
      lastPeopleListAt = si;
      listsBySize.set(run.length, { list: run, si });
    }
    for (const x of slots)
      if (!x.anaphor && x.quote < 0 && doc.entities[x.entity].type === 'person')
        recentPeople = [...recentPeople.filter((y) => y.e !== x.entity), { e: x.entity, si }];
    for (const x of slots)
      if (doc.entities[x.entity].type === 'organization' && !x.force && lastOrgs.at(-1) !== x.entity)
        lastOrgs = [...lastOrgs.filter((e) => e !== x.entity), x.entity];
    for (const x of slots) {
      if (doc.entities[x.entity].type !== 'organization' || x.force) continue;
      // (not a name only modifying a noun in the description of one named before it: "H, a
      // faction formed by G fighters")
      const prior = slots.filter(
        (y) => !y.anaphor && y.end <= x.start && doc.entities[y.entity].type === 'organization',
      );
      const modifier =
        prior.length > 0 && modifierInDescription(text, prior[prior.length - 1].end, x.start, x.end);
      if (!modifier && lastHeadOrgs.at(-1) !== x.entity)
        lastHeadOrgs = [...lastHeadOrgs.filter((e) => e !== x.entity), x.entity];
      // "a cell of G", "G's political bureau", "its cell": whose part a later "the cell" is
      const part = partOwned(text, x.start, x.end);
      if (part) partOwners.set(part, { e: x.entity, si });
    }
  }
  // people arrested before they are named ("arrested three militants of G … identified as A,
  // B and C"), and "X was detained by P along with Y" (ties/arrest-named.ts)
  /** a tie read outside the sentence readers, unless the same one is already there */
  const addNew = (
    t: (typeof out)[number] | Omit<(typeof out)[number], 'negated' | 'attributedTo' | 'attributedText'>,
  ) => {
    const key = `${t.type}:${t.subject}:${t.object}:0`;
    if (
      seen.has(key) ||
      out.some((r) => r.subject === t.subject && r.object === t.object && r.type === t.type)
    )
      return;
    seen.add(key);
    out.push({ ...t, negated: false, attributedTo: -1, attributedText: null });
  };
  for (const t of arrestsNamedLater(doc, by).concat(convictsNamedNext(doc), membersNamedNext(doc, by)))
    addNew(t);
  // "a commander of G surrendered … The man, X, …": a title named later (ties/title-named-later.ts)
  for (const t of titlesNamedLater(doc, by))
    if (!out.some((r) => r.subject === t.subject && r.object === t.object)) addNew(t);
  for (const t of branchesByName(doc, out, lex)) out.push(t);
  // "His deputy, Y", "Two of his lieutenants, A and B": the leader's group (ties/leader-people.ts)
  titlesOfServed(doc, by, out);
  for (const t of leaderPeople(doc, by, out)) {
    addNew(t);
    // ("Y, an aide to X, the leader of G": the title after X is X's; Y serves, no leader)
    if (t.cue === 'member_of/leader-people') {
      const i = out.findIndex(
        (r) =>
          r.type === 'leader_of' && r.cue === 'leader' && r.subject === t.subject && r.object === t.object,
      );
      if (i >= 0) out.splice(i, 1);
    }
  }
  if (lex && out.some((r) => r.type === 'part_of')) {
    forces ??= armedForces(doc, lex);
    const states = new Set(forces.filter((f) => f.state).map((f) => f.entity));
    if (states.size) return dropOwnUnitFoes(out.filter((r) => !forceInArmedGroup(doc, r, states)));
  }
  return dropOwnUnitFoes(out);
}

/**
 * A state's force (its name gives one country: "the Malian Armed Forces") is never a part of an
 * armed group ("Soldiers of the army man the posts … They
 * belong to G": "they" read as the army is the wrong referent, not a hierarchy)
 */
function forceInArmedGroup(doc: Annotated, r: RelationDraft, states: Set<number>): boolean {
  return (
    r.type === 'part_of' &&
    !r.negated &&
    states.has(r.subject) &&
    doc.entities[r.object].type === 'organization' &&
    armedGroup(doc, r.object)
  );
}

/**
 * Drops `fights` between an organisation and one the text makes part of it ("troops of the P
 * Army's 3rd Brigade raided their camp" with "their" read as the army): a unit does not fight the
 * force it belongs to. Exported for event-ties.ts, which reads fights from events.
 */
export function partOfEither(relations: readonly RelationDraft[], a: number, b: number): boolean {
  for (const r of relations)
    if (
      r.type === 'part_of' &&
      !r.negated &&
      ((r.subject === a && r.object === b) || (r.subject === b && r.object === a))
    )
      return true;
  return false;
}

function dropOwnUnitFoes(out: RelationDraft[]): RelationDraft[] {
  if (!out.some((r) => r.type === 'part_of')) return out;
  out = dropReversedParts(out);
  if (!out.some((r) => r.type === 'fights')) return out;
  return out.filter((r) => r.type !== 'fights' || r.negated || !partOfEither(out, r.subject, r.object));
}

/** the cues that read a part by its own noun ("G's armed wing", "its H unit", "the H faction of G") */
const PART_NOUN_CUE =
  /^(?:part_of\/(?:branch|owned-unit|within|org-of-org|branch-name)|org-apposition-branch|branch-of)$/;

/**
 * Drops a `part_of` read one way when the same sentence reads it the other way by a part's own
 * noun ("two members of the H Brigades, G's armed wing": H is part of G, not G of H); no hierarchy
 * runs both ways (ties23)
 */
function dropReversedParts(out: RelationDraft[]): RelationDraft[] {
  const byNoun = new Set<string>();
  for (const r of out)
    if (r.type === 'part_of' && !r.negated && PART_NOUN_CUE.test(r.cue))
      byNoun.add(`${r.subject}:${r.object}`);
  if (!byNoun.size) return out;
  return out.filter(
    (r) =>
      r.type !== 'part_of' ||
      r.negated ||
      PART_NOUN_CUE.test(r.cue) ||
      !byNoun.has(`${r.object}:${r.subject}`),
  );
}

/** "X, who served under Y", "X fought under Y": X served in Y's group */
const SERVED_UNDER =
  /^,?\s*(?:who\s+)?(?:had\s+|has\s+|have\s+)?(?:long\s+)?(?:served|fought|operated|worked)\s+(?:for\s+[\w\s]{1,20}?\s+)?under\s+(?:the\s+)?$/iu;

/** the words between a coalition's name and a partner named right after it: "D with the A" */
const PARTNER_AFTER = /^\s*,?\s*(?:along with|alongside|together with|with)\s+(?:the\s+)?$/i;
/** the words between two partners of a list: "A and B", "A (AC), the B and the C" */
const PARTNER_LIST = /^\)?\s*(?:,|and|, and)\s+(?:the\s+)?$/i;

/**
 * "A is part of D with B and C", "A joined D alongside B": the organisations named right after
 * D with "with" / "alongside" / "along with" / "together with" are D's parts too, and A's allies
 * (each conjunct of the list; an acronym in brackets after a name is read past).
 */
function coalitionPartners(
  doc: Annotated,
  si: number,
  slots: readonly Slot[],
  out: RelationDraft[],
  seen: Set<string>,
): void {
  const text = doc.text;
  const isOrg = (e: number) => doc.entities[e].type === 'organization';
  // (this sentence's ties are the last ones read: no scan of the whole list per sentence)
  const here: RelationDraft[] = [];
  for (let i = out.length - 1; i >= 0 && out[i].sentence === si; i--) here.push(out[i]);
  for (const r of here) {
    if (r.type !== 'part_of' || r.negated) continue;
    if (!isOrg(r.subject) || !isOrg(r.object) || r.attributedTo >= 0) continue;
    const at = slots.findIndex((x) => x.entity === r.object && !x.anaphor);
    if (at < 0 || at + 1 >= slots.length) continue;
    // (the subject is named before the coalition: "A is part of D with B")
    if (!slots.slice(0, at).some((x) => x.entity === r.subject)) continue;
    let k = at + 1;
    if (!PARTNER_AFTER.test(text.slice(slots[at].end, slots[k].start))) continue;
    const partners: number[] = [];
    for (let prev = k; k < slots.length; k++) {
      const x = slots[k];
      if (k > prev) {
        const gap = text.slice(slots[k - 1].end, x.start);
        // an acronym in brackets after the name: "the B Army (BA)"
        if (x.entity === slots[k - 1].entity && /^\s*\($/.test(gap)) continue;
        if (!PARTNER_LIST.test(gap)) break;
      }
      prev = k;
      if (!isOrg(x.entity) || x.entity === r.subject || x.entity === r.object) break;
      if (!partners.includes(x.entity)) partners.push(x.entity);
    }
    for (const p of partners)
      for (const [type, subject, object] of [
        ['part_of', p, r.object],
        ['allied_with', Math.min(p, r.subject), Math.max(p, r.subject)],
      ] as const) {
        const key = `${type}:${subject}:${object}:0`;
        if (seen.has(key) || out.some((y) => y.type === type && y.subject === subject && y.object === object))
          continue;
        seen.add(key);
        out.push({ ...r, type, subject, object, cue: `${type}/coalition-partner` });
      }
  }
}

/**
 * "X, who had served under G commander Y": X belongs to the group the sentence ties Y to
 * (member_of or leader_of Y, read before), when Y is the first person after "under".
 */
function servedUnder(
  doc: Annotated,
  si: number,
  slots: Slot[],
  out: RelationDraft[],
  seen: Set<string>,
): void {
  const people = slots.filter((x) => !x.anaphor && doc.entities[x.entity].type === 'person');
  for (let i = 0; i + 1 < people.length; i++) {
    const x = people[i];
    const y = people[i + 1];
    // the text between, with the names of groups in it dropped ("under G leader Y")
    let mid = doc.text.slice(x.end, y.start);
    for (const o of slots)
      if (o.start >= x.end && o.end <= y.start && doc.entities[o.entity].type === 'organization')
        mid = mid.replace(doc.text.slice(o.start, o.end), '');
    const at = /\bunder\s+(?:the\s+)?/i.exec(mid);
    if (!at || !SERVED_UNDER.test(mid.slice(0, at.index + at[0].length))) continue;
    // ("under G faction leader Y": only the title's words after "under")
    if (!/^(?:\s*[\p{L}-]+){0,4}\s*$/u.test(mid.slice(at.index + at[0].length))) continue;
    for (const r of out.filter(
      (r) =>
        r.sentence === si && r.subject === y.entity && !r.negated && /^(?:member_of|leader_of)$/.test(r.type),
    )) {
      const key = `member_of:${x.entity}:${r.object}:0`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ ...r, type: 'member_of', subject: x.entity, cue: 'served-under' });
    }
  }
}

/** a title a sentence may open with and name its holder after ("The commander, X, …") */
const NEXT_TITLE =
  '(commander|leader|chief|head|official|militant|fighter|member|operative|recruiter|financier|spokes(?:man|woman|person))';
const OPENING_TITLE = new RegExp(`^\\s*the\\s+(?:[\\p{Ll}-]+\\s+){0,2}${NEXT_TITLE}\\s*,\\s*$`, 'iu');
/**
 * "X, 47, … the 47-year-old": the person named last before `at` with that age right after
 * the name (", 47,", " (47)", ", aged 47"), or -1
 */
function personOfAge(doc: Annotated, age: string, at: number): number {
  const after = new RegExp(`^(?:,\\s*(?:aged\\s+)?|\\s*\\()${age}\\b`);
  for (let i = doc.mentions.length - 1; i >= 0; i--) {
    const m = doc.mentions[i];
    if (m.end > at) continue;
    const e = doc.mentionEntity[i];
    if (e < 0 || doc.entities[e].type !== 'person') continue;
    if (after.test(doc.text.slice(m.end, m.end + 12))) return e;
  }
  return -1;
}

/** what stands between a spokesman's name and the group he speaks for, either way round */
/** titles whose holder speaks for the group as "we": "X, a spokesman for G", "G leader X", "X, a
 * senior G commander", "X, the head of G", "X, a member of G" */
const SPEAKS_FOR =
  '(?:spokes(?:man|woman|person)|leader|chief|head|commander|chairman|founder|official|emir|member|figure)';
const SPOKES_AFTER = new RegExp(
  `^,\\s*(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,2}?${SPEAKS_FOR}\\s+(?:for|of|in|with)\\s+(?:the\\s+)?$`,
);
const SPOKES_BEFORE = new RegExp(`^(?:['’]s?)?\\s+(?:[\\w-]+\\s+){0,2}?${SPEAKS_FOR},?\\s+$`);
const SPOKES_AROUND = /^,\s*(?:a|an|the)\s+(?:[\w-]+\s+)?$/;
const SPOKES_NEXT = new RegExp(`^\\s+${SPEAKS_FOR}\\b`);
/** the ties that make a person speak for a group, the strongest first */
const SPEAKS_BY_TIE: RelationType[] = ['spokesperson_of', 'leader_of', 'member_of'];
/**
 * '"We have no links with H," said X, a spokesman for G': the group a quote's speaker is
 * named beside with a title in it ("X, a spokesman for G", "G leader X", "X, a senior G
 * commander"), else the group a tie read before makes the speaker a spokesman, leader or member
 * of ("G's security chief, who goes by X … 'We have no quarrel with H,' X said"), for whom "we"
 * speaks; else the speaker
 */
function spokenFor(doc: Annotated, speaker: number, before: readonly RelationDraft[] = []): number {
  if (speaker < 0 || doc.entities[speaker].type !== 'person') return speaker;
  const text = doc.text;
  for (let i = 0; i < doc.mentions.length; i++) {
    if (doc.mentionEntity[i] !== speaker) continue;
    const p = doc.mentions[i];
    for (const j of [i - 1, i + 1]) {
      const e = j >= 0 && j < doc.mentions.length ? doc.mentionEntity[j] : -1;
      if (e < 0 || doc.entities[e].type !== 'organization') continue;
      const m = doc.mentions[j];
      if (m.start - p.end > 60 || p.start - m.end > 60) continue;
      if (
        j > i
          ? SPOKES_AFTER.test(text.slice(p.end, m.start)) ||
            (SPOKES_AROUND.test(text.slice(p.end, m.start)) &&
              SPOKES_NEXT.test(text.slice(m.end, m.end + 20)))
          : SPOKES_BEFORE.test(text.slice(m.end, p.start))
      )
        return e;
    }
  }
  for (const type of SPEAKS_BY_TIE) {
    const groups = new Set(
      before
        .filter(
          (r) =>
            r.type === type &&
            r.subject === speaker &&
            !r.negated &&
            doc.entities[r.object].type === 'organization',
        )
        .map((r) => r.object),
    );
    // (one group only: a speaker tied to two speaks for neither by this)
    if (groups.size === 1) return [...groups][0];
  }
  return speaker;
}

/**
 * "Police named the suspect as X. The 32-year-old joined G": with no one named with that
 * age, "the N-year-old" is the person named last, within the sentence or two before `at`,
 * with no age of its own and no unnamed person introduced since ("a man", "a 17-year-old"),
 * or -1
 */
function personJustNamed(doc: Annotated, at: number): number {
  for (let i = doc.mentions.length - 1; i >= 0; i--) {
    const m = doc.mentions[i];
    if (m.end > at) continue;
    if (at - m.end > 300) return -1;
    const e = doc.mentionEntity[i];
    if (e < 0 || doc.entities[e].type !== 'person') continue;
    // (not one written with another age: "X, 41, … the 19-year-old")
    const since = doc.text.slice(m.end, at);
    return UNNAMED_PERSON.test(since) || /^(?:,\s*(?:aged\s+)?|\s*\()\d/.test(since) ? -1 : e;
  }
  return -1;
}

/** "The man, identified as X, …": the holder of whichever title the sentence before gave */
const OPENING_PERSON = /^\s*the\s+(?:man|woman),\s*(?:identified|named|described)\s+as\s+$/iu;
/**
 * "The two (condemned) men, identified as A and B, …": the holders of the plural title the
 * sentences before gave ("two members of G", "three G militants")
 */
const OPENING_PEOPLE =
  /^\s*the\s+(?:two|three|four|five|six)\s+(?:[\p{Ll}-]+\s+)?(?:men|women|suspects|militants|fighters|defendants|convicts),\s*(?:identified|named|described)\s+as\s+$/iu;

/**
 * "… killed a senior commander of G on Monday. The commander, X, was …": a sentence that
 * opens with a bare title and names its holder in apposition takes the group the sentence
 * before gave that title ("a/the … TITLE of G", "a G TITLE"), when that sentence named no
 * one as its holder. A spokesman speaks for G, "the leader/chief/head of G" leads it, and
 * anyone else is a member.
 */
function titleFromBefore(
  doc: Annotated,
  si: number,
  slots: Slot[],
  prevMentions: readonly number[],
  out: RelationDraft[],
  seen: Set<string>,
  twoBack: readonly number[] = [],
): void {
  if (si === 0) return;
  const s = doc.seg.sentences[si];
  const x = slots.find((y) => !y.anaphor);
  if (!x || x.quote >= 0 || doc.entities[x.entity].type !== 'person') return;
  const lead = doc.text.slice(s.start, x.start);
  const open = OPENING_TITLE.exec(lead);
  const people = !open && OPENING_PEOPLE.test(lead);
  const person = !open && (people || OPENING_PERSON.test(lead));
  // (a list of people ends with the comma: "A and B,")
  if ((!open && !person) || (!people && !/^\s*,/.test(doc.text.slice(x.end, x.end + 3)))) return;
  // (for "the man", any title: the one found is read below)
  let title = open ? open[1].toLowerCase() : NEXT_TITLE;
  // ("the two men": a plural title, "two members of G", one or two sentences back)
  const article = people ? '(two|three|four|five|six|\\d+)' : '(a|an|the|its|their)';
  const plural = people ? 's' : '';
  let found = -1;
  let definite = false;
  const back = people ? [si - 1, si - 2].filter((k) => k >= 0) : [si - 1];
  for (const ps of back) {
    if (found >= 0) break;
    const prev = doc.seg.sentences[ps];
    const mentions = ps === si - 1 ? prevMentions : twoBack;
    for (const mi of mentions) {
      const m = doc.mentions[mi];
      const e = doc.mentionEntity[mi];
      if (doc.entities[e].type === 'person') {
        if (found >= 0) return; // a person named after the title holds it there
        continue;
      }
      if (doc.entities[e].type !== 'organization' || found >= 0) continue;
      const before = doc.text.slice(prev.start, m.start);
      const after = doc.text.slice(m.end, prev.end);
      const of = new RegExp(
        `\\b${article}\\s+(?:[\\p{L}-]+\\s+){0,3}${title}${plural}\\s+(?:of|for|in)\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,3}$`,
        'iu',
      ).exec(before);
      const pre =
        new RegExp(`\\b${people ? article : '(a|an|the)'}\\s+(?:[\\p{L}-]+\\s+){0,2}$`, 'iu').exec(before) &&
        new RegExp(`^(?:['’]s)?\\s+(?:[\\p{Ll}-]+\\s+){0,2}${title}${plural}\\b`, 'iu').test(after);
      if (!of && !pre) continue;
      found = e;
      if (person) {
        const said = new RegExp(NEXT_TITLE, 'iu').exec(of ? of[0] : after);
        title = said ? said[1].toLowerCase() : 'member';
      }
      definite =
        !people && !!of && /^the$/i.test(of[1]) && !/\b(?:senior|top|local|mid-level|field)\s/i.test(of[0]);
    }
  }
  if (found < 0) return;
  const type: RelationType = /^spokes/.test(title)
    ? 'spokesperson_of'
    : /^(?:leader|chief|head)$/.test(title) && definite
      ? 'leader_of'
      : 'member_of';
  // (the people a plural title names: "A and B", "A, B and C")
  const holders = [x.entity];
  if (people) {
    const named = slots.filter((y) => !y.anaphor);
    for (let i = named.indexOf(x) + 1; i < named.length; i++) {
      if (doc.entities[named[i].entity].type !== 'person') break;
      if (!/^\s*(?:,|and|, and)\s*$/.test(doc.text.slice(named[i - 1].end, named[i].start))) break;
      holders.push(named[i].entity);
    }
    if (holders.length < 2) return;
  }
  for (const h of holders) {
    const key = `${type}:${h}:${found}:0`;
    if (seen.has(key) || out.some((r) => r.subject === h && r.object === found)) continue;
    seen.add(key);
    out.push({
      type,
      subject: h,
      object: found,
      negated: false,
      sentence: si,
      attributedTo: -1,
      attributedText: null,
      cue: 'title-from-before',
    });
  }
}

/**
 * A sentence that asks rather than tells: it opens (past quote marks) with an auxiliary and
 * ends with a question mark ("Did G cooperate with H?", "“Is X still G's leader?”")
 */
export const YES_NO_QUESTION =
  /^\s*["“‘']?\s*(?:did|does|do|is|are|was|were|has|have|had|can|could|will|would|should|may|might|must)\b[^?]*\?\s*["”’']?\s*$/i;

/** True when the slots stand for at least two different entities. */
function twoEntities(slots: readonly { entity: number }[]): boolean {
  for (let i = 1; i < slots.length; i++) if (slots[i].entity !== slots[0].entity) return true;
  return false;
}

/** ties that place a body or a person in a town, which its region after a comma holds too */
const FROM_TOWN = new Set([
  'org-in-place',
  'person-of-place',
  'located_in/person-of-place',
  'apposition-from-place',
  'located_in/occupation-from',
  'person-apposition-place',
]);

/** a town, then a country or region of the town's own country ("Lyon, France", "Tulsa, Oklahoma") */
function townInItsRegion(doc: Annotated, town: number, region: number): boolean {
  const a = doc.entities[town];
  const b = doc.entities[region];
  return (
    a.kind === 'city' &&
    (b.kind === 'country' || b.kind === 'region') &&
    !!a.country &&
    a.country === b.country
  );
}

/**
 * "G fought in P", "talks between G and H in P": the parse hangs the place on a verb or on
 * the name the organisation is conjoined to, so it says where something happened, not where the
 * organisation named right before it is ("the Y Institute in P" hangs P on the name)
 */
/** a government or security body of the country named before it ("Cameroon's Ministry of
 * Defence", "Pakistan's Foreign Office", "Spain's National Court"): whose it is, not a base */
/**
 * "P's G" that says whose G is, not where G sits: a country's state body ("Iran's foreign
 * ministry"), or an armed group ("Yemen's Houthi rebels", "Iran's Revolutionary Guards": the
 * land it fights in or serves, which the gold files leave out)
 */
function possessedNotSeated(doc: Annotated, org: number, place: number): boolean {
  return stateBodyOfCountry(doc, org, place) || armedGroup(doc, org) || facility(doc, org);
}

/** a state's or a region's own body ("Iraq's National Security Service", "the Kurdistan Region's
 * Ministry of Peshmerga"): the possessive says whose it is, not where it sits */
function stateBodyOfCountry(doc: Annotated, org: number, place: number): boolean {
  const kind = doc.entities[place].kind;
  if (kind !== 'country' && kind !== 'region') return false;
  const o = doc.entities[org];
  return (
    /^(?:government|security agency)$/.test(orgKind(o.surfaces, o.kind) ?? '') ||
    o.surfaces.some((n) => STATE_BODY.test(n))
  );
}

/** the nouns of a state's security bodies that orgKind leaves unkinded ("Security Service",
 * "Security Command") (ties23) */
const STATE_BODY = /\b(?:security|service|command)\b/i;

/**
 * A hospital, a prison, a mosque … named as where something happened ("died at Kirkuk's X
 * hospital", "near the ruins of X hospital in P"): a site, not a body with a seat (ties23)
 */
const FACILITY =
  /\b(?:hospital|clinic|prison|jail|gaol|mosque|church|temple|shrine|hotel|market|bazaar|stadium|airport)\b/i;
function facility(doc: Annotated, org: number): boolean {
  return doc.entities[org].surfaces.some((n) => FACILITY.test(n));
}

function actPlace(doc: Annotated, tFirst: number, tLast: number, org: Slot, place: Slot): boolean {
  if (!doc.syntax) return false;
  const a = tokenOfSpan(doc, tFirst, tLast, org.start, org.end);
  const b = tokenOfSpan(doc, tFirst, tLast, place.start, place.end);
  if (a < 0 || b < 0) return false;
  // "in Somalia's Gedo region": the place that names the region's owner stands for the phrase
  let p = b;
  for (let n = 0; n < 3 && /^(?:nmod:poss|compound)$/.test(relOf(doc, p)); n++) {
    const up = headOf(doc, p);
    if (up < 0 || up === a) break;
    p = up;
  }
  const h = headOf(doc, p);
  if (h < 0) return false;
  // "trained with G in P", "surrendered to G in P", "fought against G in P": G is the verb's
  // companion or goal, and a place hung on it says where the act happened, not where G is based
  // (not "G of P", which names G's home; "to" only for an armed group: "taken to the court in P"
  // is the court's seat, "surrendered to G in P" the place of the surrender; so for an army)
  if (h === a) {
    // (…and only a verb's oblique: "an economist with G in P" works for G there)
    if (caseOf(doc, b) === 'of' || !/^(?:obl|obj)/.test(relOf(doc, a))) return false;
    // ("attacked the army in P", "ambushed G in P": the object of an act of war is where it
    // was struck, not where it is based)
    if (relOf(doc, a) === 'obj' && STRIKE.has(lemmaOf(doc, headOf(doc, a)))) return true;
    const c = caseOf(doc, a);
    return ACT_CASE.has(c) || (c === 'to' && (armedGroup(doc, org.entity) || armedForce(doc, org.entity)));
  }
  if (/^(?:VERB|AUX)$/.test(uposOf(doc, h) ?? '')) return true;
  // ("G and H in P": the place hung on the first of the conjoined names)
  return headOf(doc, a) === h && relOf(doc, a) === 'conj';
}

/**
 * "the Islamic State in P", "G's fighters in P": an armed group "in" a place is where it acts
 * or where the story finds it, not a seat it keeps (its base takes "based in", "headquartered
 * in"); "G of P" still names its home
 */
/**
 * "fighters of G in P", "the rise of G in P" (the place is where G's people are or where G acts),
 * and "arrested X, a financier of G, in P" (the comma closes the apposition that holds G): no
 * seat of G (members30, ties-members30.ts)
 */
function orgPlaceOfOthers(
  doc: Annotated,
  s: { start: number; tFirst: number; tLast: number },
  org: Slot,
  place: Slot,
  mid: string,
): boolean {
  if (mid.startsWith(',')) {
    const seg = doc.text.slice(s.start, org.start);
    const c = seg.lastIndexOf(',');
    if (c >= 0 && placeAfterClosingComma(normMiddle(seg.slice(c)), mid)) return true;
  }
  if (!doc.syntax) return false;
  return placeOfGroupsPeople(
    doc,
    tokenOfSpan(doc, s.tFirst, s.tLast, org.start, org.end),
    tokenOfSpan(doc, s.tFirst, s.tLast, place.start, place.end),
  );
}

function roamsIn(doc: Annotated, org: number, mid: string): boolean {
  return !/^ of /.test(mid) && armedGroup(doc, org);
}

/**
 * "The 5th Battalion in P detained …", "surrendered to the 5th Battalion in P", "raids by the
 * F task force in P": a state's force or unit that acts, or that an act reaches, "in P" is where
 * it acted, not its seat ("belonging to the 12th Brigade in P", "on duty with the 6th Fleet in
 * P" still place it)
 */
function forceActedIn(doc: Annotated, tFirst: number, tLast: number, org: Slot, place: Slot): boolean {
  if (!doc.syntax || !deployedForce(doc, org.entity)) return false;
  const a = tokenOfSpan(doc, tFirst, tLast, org.start, org.end);
  const b = tokenOfSpan(doc, tFirst, tLast, place.start, place.end);
  if (a < 0 || b < 0 || headOf(doc, b) !== a) return false;
  const v = headOf(doc, a);
  if (v < 0) return false;
  const r = relOf(doc, a);
  const verb = uposOf(doc, v) === 'VERB' && !STATIVE.has(lemmaOf(doc, v));
  if (/^nsubj/.test(r)) return verb;
  const c = caseOf(doc, a);
  return c === 'by' || (c === 'to' && /^obl/.test(r) && verb);
}

/** verbs that say what a body is or holds, not what it did */
const STATIVE = new Set(['be', 'belong', 'remain', 'include', 'comprise', 'consist', 'have']);

/** a unit a force is made of, named by its noun: "the 62nd Infantry Battalion", "Third Division" */
const UNIT_NAME = /\b(?:battalion|brigade|division|regiment|squadron|task force|command|corps|troops)\b/i;

/**
 * A state's force or one of its units: "the army in P", "the 62nd Battalion in P", "police in
 * P", "the FBI's task force in P" are where the story finds it (it surrendered to, raided or
 * patrolled there), not a seat the text gives it
 */
function deployedForce(doc: Annotated, e: number): boolean {
  const x = doc.entities[e];
  const kind = orgKind(x.surfaces, x.kind);
  return kind === 'security agency' || (kind !== 'government' && x.surfaces.some((n) => UNIT_NAME.test(n)));
}

/** a state's armed force by the kind its names give it ("the army", "the Congolese military") */
function armedForce(doc: Annotated, e: number): boolean {
  const x = doc.entities[e];
  return (
    orgKind(x.surfaces, x.kind) === 'security agency' &&
    x.surfaces.some((n) => /\b(?:army|military|armed forces|troops)\b/i.test(n))
  );
}

/** prepositions that make an organisation a verb's companion, goal or opponent, not a seat */
const ACT_CASE = new Set(['with', 'against', 'alongside', 'into', 'toward', 'towards']);

/** verbs of armed attack whose object is struck where the place says */
const STRIKE = new Set(
  'attack ambush target strike hit raid fight kill besiege overrun rout defeat bomb shell storm assault engage repel'.split(
    ' ',
  ),
);

/** a militant or armed group by the kind its names give it */
function armedGroup(doc: Annotated, e: number): boolean {
  const x = doc.entities[e];
  return /militant|armed group|insurg|terror|rebel|separatist|guerrilla|jihadi/i.test(
    orgKind(x.surfaces, x.kind) ?? '',
  );
}

/** the preposition on a nominal ("with" in "with al-Shabaab"), lower-cased, or '' */
function caseOf(doc: Annotated, t: number): string {
  if (!/^(?:obl|nmod)/.test(relOf(doc, t))) return '';
  for (const k of children(doc, t))
    if (relOf(doc, k) === 'case') return (lemmaOf(doc, k) ?? '').toLowerCase();
  return '';
}

/** The token that stands for a character span in the parse (its head), or -1. */
/**
 * "the former head of the police", "the latter half": "former" or "latter" ending at `end`
 * qualifies the noun after it (the parse's amod), and stands for no one named before.
 */
function adjectiveOnNoun(doc: Annotated, s: { tFirst: number; tLast: number }, end: number): boolean {
  const word = /(?:former|latter)$/i.exec(doc.text.slice(Math.max(0, end - 6), end));
  if (!word || !doc.syntax) return false;
  const t = tokenOfSpan(doc, s.tFirst, s.tLast, end - word[0].length, end);
  return t >= 0 && relOf(doc, t) === 'amod' && headOf(doc, t) > t;
}

/** the noun after a place in "the Sahel branch", "the Mozambique affiliate" (group 1) */
const PLACE_BRANCH = /^\s+(branch|affiliate)\b(?!-|['’](?!s\b))/i;

/**
 * "the Sahel branch", "the Somalia affiliate": a branch named by a place stands for the one
 * organisation named before (in the sentences before, or earlier in this one) whose name holds
 * that place's name ("Islamic State Sahel Province"); the noun takes the slot, the place keeps its own
 */
function branchNamedByPlace(doc: Annotated, slots: readonly Slot[], lastOrgs: readonly number[]): Slot[] {
  const out: Slot[] = [];
  for (const x of slots) {
    if (x.anaphor || doc.entities[x.entity].type !== 'place') continue;
    if (!/\b[Tt]he\s+$/.test(doc.text.slice(Math.max(0, x.start - 4), x.start))) continue;
    const noun = PLACE_BRANCH.exec(doc.text.slice(x.end, x.end + 16));
    if (!noun) continue;
    const start = x.end + noun[0].length - noun[1].length;
    const end = x.end + noun[0].length;
    if (slots.some((y) => start < y.end && end > y.start)) continue;
    const place = new RegExp(
      `(?:^|\\s)${doc.text.slice(x.start, x.end).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\s|$)`,
      'i',
    );
    const named = new Set<number>();
    for (const e of [
      ...lastOrgs,
      ...slots.filter((y) => !y.anaphor && y.end <= x.start).map((y) => y.entity),
    ])
      if (doc.entities[e].type === 'organization' && doc.entities[e].surfaces.some((n) => place.test(n)))
        named.add(e);
    if (named.size === 1)
      out.push({ entity: [...named][0], start, end, quote: x.quote, anaphor: true, force: false });
  }
  return out;
}

/**
 * "Analysts say G is its strongest member": a possessive pronoun (at `start`…`end`) on the noun
 * a copula says its subject `x` is never stands for that subject
 */
function possOnOwnPredicate(
  doc: Annotated,
  s: { tFirst: number; tLast: number },
  start: number,
  end: number,
  x: { start: number; end: number },
): boolean {
  if (!doc.syntax) return false;
  const t = tokenOfSpan(doc, s.tFirst, s.tLast, start, end);
  if (t < 0 || relOf(doc, t) !== 'nmod:poss') return false;
  const kids = children(doc, headOf(doc, t));
  if (!kids.some((k) => relOf(doc, k) === 'cop')) return false;
  const subj = tokenOfSpan(doc, s.tFirst, s.tLast, x.start, x.end);
  return kids.some((k) => k === subj && relOf(doc, k) === 'nsubj');
}

/** the last token of a sentence's tokens that starts before offset `end`, or -1 */
function lastTokenOf(doc: Annotated, tFirst: number, tLast: number, end: number): number {
  const ts = doc.seg.tokens;
  let b = -1;
  for (let t = tFirst; t < tLast && ts.start[t] < end; t++) if (ts.end[t] > ts.start[t]) b = t;
  return b;
}

function tokenOfSpan(doc: Annotated, tFirst: number, tLast: number, start: number, end: number): number {
  const ts = doc.seg.tokens;
  let a = -1;
  let b = -1;
  for (let t = tFirst; t < tLast; t++) {
    if (ts.start[t] >= end) break;
    if (ts.end[t] <= start) continue;
    if (a < 0) a = t;
    b = t + 1;
  }
  return a < 0 ? -1 : spanHead(doc, a, b);
}

/** verbs that report what their clause says: "G said (that) it had …" */
const SPEECH = new Set(
  'say tell announce state claim confirm report add insist acknowledge admit deny warn write post'.split(' '),
);

/**
 * "G said on Monday that it had struck Y", "X told reporters he had left Y": the named
 * subject of the speech verb whose clause the pronoun is the subject of, when it is an
 * organisation (it, they) or a person (he, she); else -1
 */
/** what a speaker says things in: "said in a statement that …" */
const STATEMENT = new Set([
  'statement',
  'communique',
  'communiqué',
  'message',
  'video',
  'post',
  'release',
  'interview',
]);

function speakerOfClause(
  doc: Annotated,
  tFirst: number,
  tLast: number,
  start: number,
  end: number,
  slots: Slot[],
  word: string,
): number {
  const t = tokenOfSpan(doc, tFirst, tLast, start, end);
  if (t < 0 || !/^nsubj/.test(relOf(doc, t))) return -1;
  let v = headOf(doc, t);
  if (v >= 0 && relOf(doc, v) === 'conj') v = headOf(doc, v);
  if (v < 0) return -1;
  let say = headOf(doc, v);
  // "G said in a statement that it had …" with the clause hung on the statement
  if (
    say >= 0 &&
    /^obl/.test(relOf(doc, say)) &&
    ((/^acl/.test(relOf(doc, v)) && STATEMENT.has(lemmaOf(doc, say))) ||
      (/^(?:acl|ccomp)/.test(relOf(doc, v)) && thatClauseOnTime(doc, v, say)))
  )
    say = headOf(doc, say);
  // "X told the court that he had …" with the clause hung on the one told
  else if (/^acl/.test(relOf(doc, v)) && say >= 0 && /^(?:iobj|obj)$/.test(relOf(doc, say)))
    say = headOf(doc, say);
  else if (relOf(doc, v) !== 'ccomp') return -1;
  if (say < 0 || !SPEECH.has(lemmaOf(doc, say))) return -1;
  const want: EntityType = word === 'he' || word === 'she' ? 'person' : 'organization';
  const ts = doc.seg.tokens;
  const by = subjectVerb(doc, say);
  for (let k = tFirst; k < tLast; k++) {
    if (headOf(doc, k) !== by || !/^nsubj/.test(relOf(doc, k))) continue;
    const x = slots.find((x) => !x.anaphor && x.start <= ts.start[k] && ts.start[k] < x.end);
    if (x && doc.entities[x.entity].type === want) return x.entity;
    // "a man identified as X told investigators he had …", "the suspect, X, said he …"
    if (!x && want === 'person' && uposOf(doc, k) === 'NOUN') {
      const named = namedBeside(doc, k, slots);
      if (named >= 0) return named;
    }
    // a subject that names no person or group ("police", "officials"): -2
    const anyX = x ?? slots.find((x) => x.start <= ts.start[k] && ts.start[k] < x.end);
    const named = anyX && /^(?:person|organization)$/.test(doc.entities[anyX.entity].type);
    if (!named && /^(?:NOUN|PROPN)$/.test(uposOf(doc, k) ?? '')) return -2;
  }
  return -1;
}

/**
 * The verb whose subject is `v`'s: `v` itself, or, for a verb conjoined with no subject of its
 * own, the verb it is conjoined to ("G denied the attack and said it had …"; parts38)
 */
function subjectVerb(doc: Annotated, v: number): number {
  if (relOf(doc, v) !== 'conj' || children(doc, v).some((k) => /^nsubj/.test(relOf(doc, k)))) return v;
  const h = headOf(doc, v);
  return h >= 0 && h < v ? h : v;
}

/** titles of whoever speaks for a group: "a spokesman for G said the group …" */
const SPEAKS_FOR_GROUP = new Set(
  'spokesman spokeswoman spokesperson official leader chief head commander chairman founder emir representative'.split(
    ' ',
  ),
);

/**
 * "A spokesman for G denied the group had links to H", "X, G's spokesman, said it had no ties
 * to H", "G officials said they …": the group word or pronoun that opens a clause a verb of
 * saying or denying governs stands for the group its speaker speaks for (the organisation of
 * the speaker's title, or of the title set beside the speaker's name); not a state body, a
 * force or an outlet, whose spokesman's "the group" is another. -1 when there is none. (parts38)
 */
function groupOfSpeaker(
  doc: Annotated,
  tFirst: number,
  tLast: number,
  start: number,
  end: number,
  slots: Slot[],
): number {
  const t = tokenOfSpan(doc, tFirst, tLast, start, end);
  if (t < 0 || !/^nsubj/.test(relOf(doc, t))) return -1;
  let v = headOf(doc, t);
  if (v >= 0 && relOf(doc, v) === 'conj') v = headOf(doc, v);
  if (v < 0 || relOf(doc, v) !== 'ccomp') return -1;
  const say = headOf(doc, v);
  if (say < 0 || !SPEECH.has(lemmaOf(doc, say))) return -1;
  const ts = doc.seg.tokens;
  const slotAt = (k: number) =>
    slots.find((x) => !x.anaphor && x.start <= ts.start[k] && ts.start[k] < x.end);
  const groupOfTitle = (n: number): number => {
    if (!SPEAKS_FOR_GROUP.has(lemmaOf(doc, n).replace(/s$/, ''))) return -1;
    for (const c of children(doc, n)) {
      const r = relOf(doc, c);
      if (!/^(?:compound|nmod:poss|nmod)$/.test(r)) continue;
      const x = slotAt(c);
      if (x && doc.entities[x.entity].type === 'organization') return x.entity;
    }
    return -1;
  };
  const found: number[] = [];
  const by = subjectVerb(doc, say);
  for (let k = tFirst; k < tLast; k++) {
    if (headOf(doc, k) !== by || !/^nsubj/.test(relOf(doc, k))) continue;
    const x = slotAt(k);
    if (x && doc.entities[x.entity].type !== 'person') return -1;
    // the title itself ("a spokesman for G"), a title set beside the name ("X, a spokesman for G";
    // "G spokesman X"), or the title the name is set beside ("G's spokesman, X, …")
    const titles = x
      ? children(doc, k).filter((c) => /^(?:appos|nmod:desc|compound)$/.test(relOf(doc, c)))
      : [k];
    if (x && relOf(doc, k) === 'appos') titles.push(headOf(doc, k));
    for (const n of titles) {
      const g = groupOfTitle(n);
      if (g >= 0 && !found.includes(g)) found.push(g);
    }
    // ("X, who speaks for G, said it …")
    for (const c of x ? children(doc, k) : [])
      if (relOf(doc, c) === 'acl:relcl' && lemmaOf(doc, c) === 'speak')
        for (const o of children(doc, c)) {
          const y = relOf(doc, o) === 'obl' ? slotAt(o) : undefined;
          if (y && doc.entities[y.entity].type === 'organization' && !found.includes(y.entity))
            found.push(y.entity);
        }
  }
  if (found.length !== 1) return -1;
  const g = doc.entities[found[0]];
  const kind = orgKind(g.surfaces, g.kind);
  return kind === 'government' || kind === 'security agency' || kind === 'news agency' ? -1 : found[0];
}

/** a day, a part of one, or a span of time: the noun of "said on Monday", "said last week" */
const TIME_NOUN =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|day|night|morning|afternoon|evening|week|weekend|month|year|today|yesterday|tonight)$/;

/**
 * "police said on Wednesday that they had …": the parser may hang the "that" clause on the
 * day (as a relative clause or a complement); a clause opened by "that" after the time noun
 * of a speech verb is what was said.
 */
function thatClauseOnTime(doc: Annotated, v: number, noun: number): boolean {
  if (!TIME_NOUN.test(lemmaOf(doc, noun).toLowerCase())) return false;
  for (let k = noun + 1; k < v; k++)
    if (headOf(doc, k) === v && relOf(doc, k) === 'mark')
      return doc.text.slice(doc.seg.tokens.start[k], doc.seg.tokens.end[k]).toLowerCase() === 'that';
  return false;
}

/** a verb of running an account right before the platform's name: "ran a Telegram channel" */
const RUNS_ACCOUNT =
  /\b(?:runs?|ran|running|operat(?:es?|ed|ing)|manag(?:es?|ed|ing)|set up|sets up|creat(?:es?|ed)|open(?:s|ed)?|launch(?:es|ed)?|administer(?:s|ed)?|us(?:es?|ed))\s+(?:an?|the|his|her|its|their)\s+(?:(?:own|official|private|encrypted|popular)\s+)?$/i;

/**
 * Who runs the account on the platform named by slots[i] ("X had sent … and ran a Telegram
 * channel, @h"): the last person or group named before it in the sentence (past places, with
 * no other person or group between), when a verb of running comes right before the platform.
 */
function runnerOf(doc: Annotated, slots: Slot[], i: number): Slot | undefined {
  const A = slots[i];
  for (let k = i - 1; k >= 0; k--) {
    const x = slots[k];
    const t = doc.entities[x.entity].type;
    if (t === 'place') continue;
    if (t !== 'person' && t !== 'organization') return undefined;
    const between = doc.text.slice(x.end, A.start);
    if (/[.;:?!]/.test(between) || between.split(/\s+/).length > 24) return undefined;
    return RUNS_ACCOUNT.test(between) ? x : undefined;
  }
  return undefined;
}

/** naming verbs: "identified as X", "named as X", "known as X" */
const NAMING_VERB = new Set(['identify', 'name', 'know', 'call', 'describe']);

/** the person a noun names beside it ("the man, X,", "a man identified as X"), or -1 */
function namedBeside(doc: Annotated, t: number, slots: Slot[]): number {
  const ts = doc.seg.tokens;
  const person = (k: number) => {
    const x = slots.find((x) => !x.anaphor && x.start <= ts.start[k] && ts.start[k] < x.end);
    return x && doc.entities[x.entity].type === 'person' ? x.entity : -1;
  };
  for (const k of children(doc, t)) {
    if (k < t) continue;
    if (relOf(doc, k) === 'appos' && person(k) >= 0) return person(k);
    if (/^acl/.test(relOf(doc, k)) && NAMING_VERB.has(lemmaOf(doc, k)))
      for (const a of children(doc, k))
        if (
          /^(?:obl|xcomp|obj)/.test(relOf(doc, a)) &&
          children(doc, a).some((c) => relOf(doc, c) === 'case' && lemmaOf(doc, c) === 'as') &&
          person(a) >= 0
        )
          return person(a);
  }
  return -1;
}

/** Inside a quote, "he" is most often the quote's own subject: its first person. */
function lastPersonInQuote(doc: Annotated, slots: Slot[], at: number, qi: number): number {
  const x = slots.find((x) => x.start < at && x.quote === qi && doc.entities[x.entity].type === 'person');
  return x ? x.entity : -1;
}

/** Lower-case, quotes and dashes folded, whitespace collapsed; kept with its leading space. */
/** what normMiddle would change in a lower-cased string (none of it: the string stays as it is) */
const NORM_CHANGES = /[‘’ʼ`“”"–—]|\s\s|[^\S ]| ,/;

function normMiddle(s: string): string {
  const low = s.toLowerCase();
  if (!NORM_CHANGES.test(low)) return low;
  return low
    .replace(/[‘’ʼ`]/g, "'")
    .replace(/[“”"]/g, '')
    .replace(/\s*[–—]\s*/g, ', ')
    .replace(/\s+/g, ' ')
    .replace(/ ,/g, ',');
}
