import { divisionAlternation, NEWER_DIVISIONS } from '../knowledge/divisions.js';
import type { EventType, Role } from '../types.js';
import { type Annotated, mentionsBySentence, spanLookup } from './annotated.js';
import { datelineEnd } from './dateline.js';
import { type DateMention, findDates, shiftDay, shiftMonths } from './dates.js';
import { defectionsIn, groupsOf, joinedOf, unreal } from './defection.js';
import { actNounKills, killedByTheAct, retoldActKills, theActsDoers } from './event-act-subject.js';
import { amongThemDead, killingOfTheDead } from './event-among-dead.js';
import { arrestingBody } from './event-arrest-agent.js';
import {
  announcedArrest,
  listedBeforeParticiple,
  oneOfThemNamed,
  unitOfTheAgent,
} from './event-arrest-named.js';
import { personClashed, timeClauseSubject, verbBetween } from './event-between.js';
import { bodyFound, namedInReport } from './event-body-found.js';
import { branchesForGroups, branchSides } from './event-branch.js';
import { claimerNotTarget, claimingGroupBefore, claimReach, tellsAsAGroup } from './event-claimer.js';
import { fightWithDoer, killedInFightWith } from './event-clash-with.js';
import { countedFromTheSentence } from './event-counted-after.js';
import { countedNamedBefore } from './event-counted-before.js';
import { countedNamedNext } from './event-counted-named.js';
import { datedSaying } from './event-dated-saying.js';
import { deadNamedNext, diedBetween } from './event-dead.js';
import { deadOfAKillingTold } from './event-dead-told.js';
import {
  dayBeforeWhen,
  namesNobody,
  titledVictim,
  tollOfActToldBefore,
  tollOfTheAct,
  tollsWithTheirActs,
} from './event-deadly-attack.js';
import { designationParties } from './event-designated.js';
import { diedInActs } from './event-died.js';
import { doersByCue } from './event-doer-cued.js';
import { doerNamedLater } from './event-doer-later.js';
import {
  companions,
  compoundDoer,
  doerNounGroup,
  doerVerbAt,
  groupPossessor,
  isDoerNoun,
  joinDoers,
  tokenEndingAt,
} from './event-doer-noun.js';
import { doersNamedNext, memberLists, twoSidesBefore } from './event-doers-next.js';
import { expelledFrom } from './event-expelled.js';
import { forceAgent } from './event-force-speaker.js';
import { foughtEachOther, standingFight } from './event-fought.js';
import { afterAnaphor, groupNamedBefore, groupOfTimeClause } from './event-group-clause.js';
import {
  actInTimePhrase,
  actSubject,
  frontedPronounSubject,
  heldResponsible,
  sharedSubject,
  townBeforeAct,
  verbWithSubject,
} from './event-held.js';
import { killedWhenAttacked } from './event-killed-when.js';
import { lemmaTable, triggerPatterns, triggerTypesIn } from './event-lexicon.js';
import {
  appraisal,
  attacksOfJoinedKillings,
  doerThroughMen,
  killingsWithoutDoers,
  laterConjunct,
  reportDay,
  staleBefore,
  strikeMeans,
  whichOnNoun,
} from './event-means.js';
import {
  anyAct,
  capturedThing,
  deniedAct,
  hedgedDoer,
  irrealis,
  pluralTrend,
  simplePresent,
  tiedQualifier,
} from './event-modality.js';
import { AREA_TRIGGER, authority, bansMovement, movementRestrictions } from './event-movement.js';
import { deadNamedAfter } from './event-named-dead.js';
import { killedInOperation } from './event-operation.js';
import {
  alongWith,
  participleAfterName,
  possessedUnit,
  possessorOfBody,
  stateJustBefore,
  victimPossessor,
} from './event-parties.js';
import { placeByItsKind, placedByState, placedNext } from './event-place-next.js';
import { alsoDone, oneActsDoers, placesAreNoPatients } from './event-retold.js';
import { killingsRetoldAsAttacks } from './event-retold-killing.js';
import { secondActOfType, shareFirstActsDoers } from './event-second-act.js';
import { noDoerOfTheSlain } from './event-slain.js';
import { actNounOfTime } from './event-time-phrase.js';
import {
  dayOfTheBan,
  placeInTheBan,
  placeShut,
  TRAVEL_BARRED_AFTER,
  travelBarredBefore,
} from './event-travel.js';
import { dropUnnamedActs, resolveDescribedDoers } from './event-units.js';
import { whoseDoers } from './event-whose.js';
import { execAll } from './exec-all.js';
import { groupStatementsIn } from './group-statements.js';
import { collectIfLong, makeCollector } from './memory.js';
import type { QuoteDraft } from './quotes.js';
import type { RelationDraft } from './relations.js';
import { speechLemma } from './speech.js';
import {
  ancestors,
  children,
  conjuncts,
  dependents,
  headOf,
  isNegated,
  lemmaOf,
  mentionAt,
  mentionHead,
  relIs,
  relOf,
  subtreeSpan,
  tokenAt,
  uposOf,
  voice,
} from './syntax.js';

// (rare32) the words between a meeting word and the side it names after it: "talks with (the)
// G", "met (the) leaders of G", "met G's envoy"
const MEETING_SIDE_AFTER =
  /^\s*(?:with\s+)?(?:the\s+)?(?:(?:leaders?|leadership|commanders?|envoys?|representatives?|delegates?|delegation|officials?|negotiators?|chiefs?|heads?)\s+(?:of|from)\s+(?:the\s+)?)?$/i;

// Stage 6: events. A trigger word in a sentence (arrested, expelled, met, pledged,
// recruit, killed, designated…; the lexicon is data in event-lexicon.ts) makes an event;
// its participants come from the tie the same sentence states, or from the mentions
// around the trigger; its place is the one the trigger's clause names after
// "in/at/near"; its date is the date expression nearest the trigger in its own clause
// (not the date of the report: "police said on Monday"), resolved against the
// publication date. "X claimed responsibility for the attack" makes the attack X's and
// a statement by X. One event told twice in an article is kept once.

export interface EventDraft {
  type: EventType;
  sentence: number;
  date: { text: string; value: string | null } | null;
  place: number;
  participants: { role: Role; entity: number }[];
  trigger: string;
  /** a defection's group joined ("crossed over to H"): entity index, read by event-ties.ts */
  joined?: number;
}

const TRIGGERS = triggerPatterns();
const TRIGGER_OF = new Map(TRIGGERS);
const LEMMAS = lemmaTable();

/**
 * "G detained two men, A and B": a tie that an event of the sentence already tells with the
 * same type, cue and other side (`objRole`: the tie's object) adds its subject to that event,
 * as one more participant (`subjRole`), and makes no event of its own. Whether it did.
 */
function joinedToTwin(
  out: EventDraft[],
  si: number,
  type: EventType,
  r: { subject: number; object: number; cue: string },
  objRole: Role,
  subjRole: Role,
): boolean {
  for (let i = out.length - 1; i >= 0 && out[i].sentence === si; i--) {
    const e = out[i];
    if (e.type !== type || e.trigger !== r.cue) continue;
    if (!e.participants.some((p) => p.role === objRole && p.entity === r.object)) continue;
    if (!e.participants.some((p) => p.entity === r.subject))
      e.participants.push({ role: subjRole, entity: r.subject });
    return true;
  }
  return false;
}

const KILLING = new RegExp((TRIGGERS.find(([t]) => t === 'killing') as [EventType, RegExp])[1].source, 'i');
const ARREST = new RegExp((TRIGGERS.find(([t]) => t === 'arrest') as [EventType, RegExp])[1].source, 'i');
// "came under attack from X", "came under fire from X": the subject is the one attacked
const CAME_UNDER = /\b(?:came|come|comes|coming)\s+under\s+(?:an?\s+)?(?:[\w-]+\s+)?$/i;
// "X was among those killed", "X and Y were among the dead": X is the one it befell
const AMONG_KILLED =
  /\b(?:was|were)\s+(?:also\s+)?among\s+(?:those|the\s+(?:people|victims|civilians|soldiers|passengers|worshippers))\s+$/i;
// "X was among five suspects arrested", "X was one of three men detained by police": the
// participle on the counted noun tells what befell X, who did not do it
const AMONG_COUNTED =
  /\b(?:was|were|is|are)\s+(?:also\s+)?(?:among|one\s+of)\s+(?:the\s+)?(?:(?!(?:who|which|that|whom)\b)[\w-]+\s+){1,3}$/i;
function amongCounted(head: string, word: string, nominal: boolean): boolean {
  return (
    !nominal &&
    (/ed$/i.test(word) || PAST_FORM.test(word) || /^(?:held|taken)\b/i.test(word)) &&
    AMONG_COUNTED.test(head)
  );
}
// "A drone strike hit X", "an IED struck X": the act's own verb names what it befell
const HIT_AFTER =
  /^\s+(?:(?:that|which)\s+)?(?:hit|hits|struck|strikes|targeted|targets|destroyed|rocked)\b/i;

const REL_EVENT: Partial<Record<string, [EventType, Role, Role]>> = {
  arrested_by: ['arrest', 'patient', 'agent'],
  expelled_from: ['expulsion', 'patient', 'agent'],
  pledged_allegiance_to: ['allegiance', 'agent', 'recipient'],
  split_from: ['defection', 'agent', 'recipient'],
};

// Verbs of reporting, by lemma through the speech lexicon (speech.ts): the one who reports an
// act did not do it, and a date right after one ("police said on Monday") dates the report,
// not the act.
const REPORT_VERBS: ReadonlySet<string> = new Set([
  'say',
  'tell',
  'add',
  'state',
  'note',
  'report',
  'warn',
  'announce',
  'confirm',
  'declare',
  'claim',
]);
// the ones that date what they say when a date follows ("said on Monday", "told reporters Friday")
const DATING_VERBS: ReadonlySet<string> = new Set([
  'say',
  'add',
  'state',
  'announce',
  'confirm',
  'declare',
  'report',
  'claim',
]);
// the ones that close a report after a name (", said X", "X told …")
const TRAILING_VERBS: ReadonlySet<string> = new Set([
  'say',
  'tell',
  'add',
  'report',
  'announce',
  'confirm',
  'state',
]);

// (in lower case: "State", "Said", "Note" opening a name are no verbs)
const speechOf = (word: string, lemmas: ReadonlySet<string>) => {
  if (!/^\p{Ll}/u.test(word)) return false;
  const l = speechLemma(word);
  return l !== null && lemmas.has(l);
};

/** The first reporting word in a stretch ("said", "tells", "according"), as a match, or null. */
function speechIn(stretch: string): { index: number; length: number } | null {
  const words = /\p{L}+/gu;
  for (let m = words.exec(stretch); m; m = words.exec(stretch))
    if (/^according$/i.test(m[0]) || speechOf(m[0], REPORT_VERBS))
      return { index: m.index, length: m[0].length };
  return null;
}

/**
 * A stretch that ends in a verb dating what it reports: "said (late) (on) ", "announced in ",
 * "reported on " (a past form, or "says").
 */
function speechDateBefore(stretch: string): boolean {
  const bare = stretch.replace(/(?<=^|\s)(?:(?:late|early)\s+)?(?:(?:on|in)\s+)?$/i, '');
  const m = /(?:^|[^\p{L}])(\p{L}+)\s+$/u.exec(bare);
  return !!m && speechOf(m[1], DATING_VERBS) && (/ed$/i.test(m[1]) || /^(?:said|says)$/i.test(m[1]));
}

/** A report right after a name: "…, said X", "X told …", "X (ABC) said", its "ABC) said" (a past form, or "says"). */
function trailingReport(after: string): boolean {
  const m = /^\)?\s*(?:\([^()]{1,15}\)\s*)?(?:,\s*)?(\p{L}+)(?![\p{L}\d_])/u.exec(after);
  return !!m && speechOf(m[1], TRAILING_VERBS) && (/ed$/i.test(m[1]) || /^(?:said|says|told)$/i.test(m[1]));
}

// "post" only as an online one: "a police post in Kandahar on Tuesday" is no statement
const STATEMENT_NOUN =
  '(?:statement|message|announcement|communiqu[eé]|press release|video|audio|speech|sermon|(?:media|online|Facebook|Telegram|Twitter|X|Instagram|blog|web)\\s+post|briefing)s?';
const STATEMENT_AFTER = new RegExp(`^\\s*(?:[\\w-]+\\s+)?${STATEMENT_NOUN}\\b`, 'i');
// "a statement posted on its website late on Monday", "a video released by the group on Sunday"
const PUT_OUT =
  "(?:(?:issued|released|posted|published|put\\s+out|sent|circulated|distributed|carried|broadcast|aired|shared)\\s+(?:[\\w'’-]+\\s+){0,6}?)?";
const STATEMENT_BEFORE = new RegExp(
  `\\b${STATEMENT_NOUN}\\s+${PUT_OUT}(?:\\w+\\s+){0,2}?(?:on|dated)\\s+$`,
  'i',
);
// "a video on its Telegram account late on Friday": the channel it went out on is no date
const ON_CHANNEL =
  "(?:(?:on|in|via|through|to)\\s+(?:its|their|his|her|the|a|an)\\s+(?:[\\w'’@.-]+\\s+){0,3}?(?:channel|website|site|account|page|agency|outlet|feed|app|platform|network|newspaper|paper|journalists|reporters|media|broadcaster|television|radio|station)s?,?\\s+)?";
const STATEMENT_GAP = new RegExp(`^\\s*${PUT_OUT}${ON_CHANNEL}(?:\\w+\\s+){0,2}?(?:on|dated|of)?\\s*$`, 'i');
// "carried out by", "claimed by": the doer of a nominal act ("X, the group behind the 2002
// bombings": an apposition that names X the doer)
const SUPPORT =
  /\b(?:carried out|carry out|carries out|carrying out|launched|launch|launches|staged|stage|mounted|mount|conducted|conduct|claimed|claims|claiming|(?:was|were|is|are|been)\s+behind|(?:group|outfit|organi[sz]ation|militia|faction|movement|network|cell|man|men|woman)\s+(?:that\s+was\s+)?behind|responsible for|wanted for|accused of|charged (?:with|over)|convicted of|blamed for|suspected of|role in|plotted|planned|planted|detonated|set off|orchestrated|masterminded|perpetrated|committed|executed)\b/i;
// ("The group claimed responsibility.", "X claimed it on Telegram": the act told before)
// "an attack claimed by X", "was later claimed by the group": the claimer follows
// ("claimed by the banned separatist outfit X": the words that class the group come between)
// the rest of a subject from its head name to the verb: an abbreviation, then one phrase set
// beside it between commas (", one of the groups fighting for a state they call Y, ")
const SET_BESIDE_TO_VERB =
  /^\s*(?:\([^()]{1,15}\)\s*)?,[^,;:()"“”]{3,140},\s*(?:(?:later|also|quickly|has|had|have)\s+){0,2}$/;
const CLAIMED_BY = /\bclaimed\s+by\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?$/i;
// "claimed by the al-Qaeda-linked group": a claimer named by a group noun alone
const CLAIMED_BY_GROUP =
  /\bclaimed\s+by\s+(?:the|its)\s+(?:[\w'’-]+\s+){0,3}?(?:group|militants|militia|outfit|organi[sz]ation|movement|faction|insurgents|jihadists|rebels)\b/i;
// "was blamed on X", "blamed the attack on X", "attributed to X", "pinned on X": the one the act is put on
const BLAMED_ON =
  /\b(?:(?:blamed|pinned)\s+(?:(?:the|an?|this|that|its|their|both|these|those|[\w'’-]+['’]s)\s+(?:[\w'’-]+\s+){0,3}?)?on|attributed\s+(?:(?:the|an?|this|that|its|their|both|these|those|[\w'’-]+['’]s)\s+(?:[\w'’-]+\s+){0,3}?)?to)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?$/i;
const BLAMED_BEFORE = /\b(?:blamed|blames|blaming|blame)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?$/i;
const FOR_THE_ACT =
  /^(?:\s*\([^)]*\))?\s+for\s+(?:the|an?|this|that|its|their|last\s+\w+['’]s|\w+day['’]s)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|assaults?|ambush(?:es)?|bombings?|blasts?|raids?|killings?|massacres?|shootings?|explosions?|murders?|assassinations?)\b/i;
const CLAIM =
  /\b(?:claimed|claims|claim|claiming)\s+(?:(?:the\s+)?responsibility|credit)(?:\s+(?:for|over)\b|(?=\s*(?:[.,;]|$|\s+(?:in|on|through|via|late|early|shortly|hours|later)\b)))|\b(?:claimed|claims)\s+it(?=\s*(?:[.,;]|$|\s+(?:in|on|through|via|late|early|shortly|hours|later)\b))|\b(?:claimed|claims|claiming)\s+(?:the|a|an|this|that|both|these|those|Sunday's|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|yesterday's|last\s+\w+'s)\b/i;
// nouns that make an organisation a modifier: "a senior Islamic State official, X"
// (events28: one list of the people of a group for both: "two couriers of G, A and B" is the
// couriers, as "a commander of G" is the commander)
const GROUP_PEOPLE_WORD =
  '(?:official|officials|commander|commanders|leader|leaders|chief|member|members|fighter|fighters|militant|militants|suspect|suspects|operative|operatives|recruiter|spokesman|spokesperson|emir|financier|financiers|facilitator|facilitators|maker|makers|smuggler|smugglers|courier|couriers|supplier|suppliers|dealer|dealers|informant|informants|handler|handlers|trainer|trainers|gunman|gunmen|supporter|supporters|cell|ideologue|founder|deputy|aide|associate|bodyguard|successor|brother|son|nephew|cousin|wife)';
const ROLE_NOUN = new RegExp(
  `^(?:['’]s)?\\s*(?:[\\w-]+\\s+){0,2}?(?:(?:sub|ex|deputy|vice)-)?${GROUP_PEOPLE_WORD}\\b`,
  'i',
);
// ("a commander of the Iran-backed X", "a leader of the al-Qaeda-linked X": whose backing, not who;
// also through the group's own noun: "a commander of the Iran-backed militia X", "of the armed group X")
const ROLE_OF =
  /\b(?:official|commander|leader|chief|member|fighter|militant|operative|recruiter|spokesman|emir|financier|founder|deputy|head)s?\s+(?:of|in|for|with)\s+(?:the\s+)?(?:[\w'’]+-(?:backed|linked|allied|aligned|based|led|affiliated)\s+)?(?:(?:[\w'’-]+\s+){0,2}(?:militia|group|faction|movement|organi[sz]ation|network|outfit)\s+)?$/i;
// (events28) any people of a group before "of G" whom names follow: "two suspected couriers of G, A
// and B", "three suppliers of G, A, B and C": the people named, not G
const PEOPLE_OF = new RegExp(`\\b${GROUP_PEOPLE_WORD}s?\\s+(?:of|for|from)\\s+(?:the\\s+)?$`, 'i');
// "a string of bombings", "frequent attacks": many acts told in general, no one event
// ("use the border for attacks on X", "trained for bombings": a purpose, no one event)
const GENERIC =
  /\b(?:string|series|wave|spate|campaign|number|dozens|hundreds|scores|frequent|several|many|numerous|repeated|recent|past|previous|regular|deadly|such|of|its|their|for)\s+(?:of\s+)?(?:[\w.-]+\s+)?$/i;
const FINITE = /\b(?:met|was|were|is|are|has|have|had|said|says|did|does|will|would|can|could)\b/i;
// "In Kano, Nigeria, the army arrested five men, …": a past verb with an object after it is the
// sentence's own clause, not an apposition to the place before it ("a town captured in 2019,",
// "a group formed the following year," are appositions)
const ACTS_ON_OBJECT =
  /\b(?:\p{Ll}+ed|shot|struck|hit|took|held|seized|caught|fought|slew|blew|threw|stole)\s+(?:(?:dead|down|up|off)\s+)?(?:a|an|the|his|her|their|its|\d+|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds|several|at\s+least|more\s+than)\b(?!\s+(?:[\p{Ll}-]+\s+)?(?:previous|last|same|following|next|past|years?|months?|weeks?|days?|nights?)\b)/u;
function actsOnObject(stretch: string): boolean {
  return ACTS_ON_OBJECT.test(stretch);
}
// "In a separate attack", "another bombing": a second event, never the first told again
const DISTINCT = /\b(?:separate|separately|another|second|earlier|previous|similar|other)\s+(?:\w+\s+)?$/i;
const DETERMINER =
  /\b(?:the|a|an|this|that|these|those|both|its|their|his|her|another|latest|last|deadly|suicide|twin|separate|similar|failed|foiled|planned)\s+(?:(?!(?:had|has|have|was|were|is|are|been|be|will|would|could|did|does|do|to|that|who|which|then|also)\s)[\w.'’-]+\s+){0,2}$/i;
// irregular past forms of the triggers, never nouns: "shot dead", "shot and killed", "struck", "slew"
const PAST_FORM = /^(?:shot\s|struck$|slew$|slain$)/i;
// forms that are only ever nouns
const NOUN_ONLY =
  /^(?:bombings?|blasts?|explosions?|assassinations?|executions?|beheadings?|suicide (?:bomber|attacker)|shelling|expulsions?|ousters?|defections?|designations?|proscriptions?|meetings?|summits?|recruitment|allegiance|bay|bai|(?:counter-?)?offensives?\s|strikes?\s+(?:on|against)\b)/i;
// "X responded with strikes on Y", "X retaliated on Monday with air raids": X is the doer
const RETORT =
  /\b(?:respond(?:ed|s|ing)?|retaliat(?:ed|es|e|ing)|(?:hit|hits|hitting|struck|striking)\s+back)\b[^.;,]*?\bwith\s+(?:[\w-]+\s+){0,3}$/i;
// Casualties of an attack: "stormed a hotel, killing 12", "a bombing that killed 35"
const CASUALTY = /(?:,\s*|\b(?:that|which|who)\s+)$/i;
// "declared X a terrorist organisation", "lists X as a foreign terrorist group"
const DECLARE_BEFORE =
  /\b(declared|declares|declaring|declare|lists|listed|listing|labelled|labeled|labels|branded|brands|named|names)\s+(?:the\s+)?$/i;
const TERROR_LABEL =
  /^(?:\s*\([^)]{1,20}\))?\s+(?:as\s+)?an?\s+(?:(?:foreign|global|specially|designated|proscribed|banned|international)\s+){0,2}terrorist\s+(?:organi[sz]ation|group|entity|outfit)\b/i;
const TERRORIST_WORD = /\bterrorist\b/i;
const TAKE_WORD = /\b(?:captur|seiz|control\s+of\b)/i;
// "captured (the town of) ", "seized ", "took control of ", "its capture of ": a place taken by force
const TAKE_PLACE =
  /\b(captur(?:ed|es|ing|e)|seiz(?:ed|es|ing|e)|(?:took|taken|takes|taking|take|wrested|wrests)\s+control\s+of|capture\s+of)\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:town|city|village|district|township|port|base|airport|garrison|capital|province|region|state)\s+(?:of\s+)?)?$/i;
// a clause of its own with its own subject right before a verb: ", when the group ", ", after gunmen "
const OWN_CLAUSE_BEFORE =
  /,\s*(?:when|(?:[\w-]+\s+){0,2}(?:after|before)|while)\s+(?:the\s+|its\s+|their\s+)?[\w'’-]+\s+(?:had\s+)?$/i;
// ("The raid came days after G fighters killed N villagers": a finite killing verb
// whose own subject follows "after/before/when" tells an act of its own, with or without a comma)
const OWN_CLAUSE_SUBJECT =
  /\b(?:when|after|before|while)\s+(?:the\s+|its\s+|their\s+|suspected\s+|armed\s+)?(?:[\w'’-]+\s+){1,4}(?:had\s+)?$/i;
// (agents33) "The ambush came some days after G fighters killed nine herders": an act told in the
// clause after "came/followed (N days) after/before" is another act than the one the sentence's
// subject tells again; the subject's act takes nobody named in that clause
const CAME_AFTER_HEAD =
  /\b(?:came|comes|come|followed|follows|took\s+place|happened|occurred)\s+(?:[\w-]+\s+){0,4}?(?:after|before)\s+[^;:.]{0,160}$/i;
const CAME_AFTER_TAIL =
  /^\s+(?:came|comes|followed|follows|took\s+place|happened|occurred)\s+(?:[\w-]+\s+){0,4}?(?:after|before)\b/i;
// the acts whose patient may be taken for the subject of a clause of time after them (events12)
const ACT_WITH_PATIENT = new Set(['attack', 'killing', 'arrest']);
// the toll of the act told just before: ", killing" (a participle), "that/which killed"
// "…and killed": a killing verb joined to the act's by "and" (`tollOfTheAct`, events23)
const AND_KILLED_BEFORE = /\band\s+(?:then\s+|later\s+)?$/i;
const TOLL_AFTER = /(?:,\s*(?:and\s+)?|\b(?:that|which)\s+(?:has\s+|had\s+)?)$/i;
// "…, killing nine soldiers, among them a captain, X", "arrested four, including X": the ones a count names
// "three suspected X members", "at least 20 of the group's fighters", "dozens of X militants": people of a
// group counted right after the act's verb (no name of their own)
const COUNTED_OF_GROUP =
  /^\s+(?:(?:at\s+least|more\s+than|about|some|over|nearly|up\s+to|another)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|dozens|scores|hundreds|several|a\s+dozen)\s+(?:(?:suspected|alleged|armed|senior|more|other|of\s+the|of)\s+)*$/i;
const COUNTED_MEMBERS_OF =
  /^\s+(?:(?:at\s+least|more\s+than|about|some|over|nearly|up\s+to|another)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|dozens|scores|hundreds|several|a\s+dozen)\s+(?:(?:suspected|alleged|armed|senior)\s+)*(?:members|fighters|militants|operatives|gunmen|insurgents|commanders)\s+(?:of|from)\s+(?:the\s+)?(?:(?:[\w'’-]+\s+){0,2}(?:militia|group|faction|movement|organi[sz]ation|network|outfit)\s+)?$/i;
// the people of a force or group a toll counts: "seven members of the", "five soldiers from"
const TOLL_PEOPLE =
  '(?:members|fighters|militants|soldiers|troops|officers|policemen|personnel|guards|commandos|operatives|insurgents|commanders|rebels|cadres|recruits|men)';
const TOLL_PEOPLE_OF = new RegExp(
  `^\\s+(?:(?:at\\s+least|more\\s+than|about|some|over|nearly|up\\s+to)\\s+)?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\w+teen|twenty|thirty|forty|fifty|dozens|scores|several|a\\s+dozen)\\s+(?:(?:senior|other|more)\\s+)*${TOLL_PEOPLE}\\s+(?:of|from)\\s+(?:the\\s+|its\\s+)?(?:\\p{Ll}[\\p{Ll}-]*\\s+)?$`,
  'iu',
);
const TOLL_PEOPLE_AFTER = new RegExp(`^\\s+${TOLL_PEOPLE}\\b`, 'i');
const MEMBERS_AFTER =
  /^\s+(?:members|fighters|militants|operatives|suspects|gunmen|insurgents|commanders|recruits|supporters|financiers|facilitators)\b/i;
// "Among the dead was X", "Among those killed were X and Y": the named dead of the killing just told
const AMONG_THE_DEAD =
  /^(?:\p{Lu}\p{Ll}*\s+(?:\p{Ll}+\s+)?)?among\s+(?:the\s+(?:dead|victims|people\s+killed|soldiers\s+killed)|those\s+killed)\s+(?:was|were)\s+/iu;
const NAMED_DEAD = /^[^.;]*\b(?:among\s+(?:them|whom|the\s+dead)|including)\b[^.;]*$/i;

export function extractEvents(
  doc: Annotated,
  quotes: QuoteDraft[],
  relations: RelationDraft[],
): EventDraft[] {
  const text = doc.text;
  const by = mentionsBySentence(doc);
  const out: EventDraft[] = [];
  // a killing and the attack noun it was done in ("killed 14 soldiers in an ambush")
  const doneIn = new Map<EventDraft, string>();
  // events told again ("the attack", "the blast in Peshawar") and events another says are separate
  const distinct = new Set<EventDraft>();
  const retold = new Set<EventDraft>();
  // killings that are an attack's toll ("…, killing nine"): the same day's killing told with names is the same one
  const tolls = new Set<EventDraft>();
  // tolls of acts no doer was named for yet: they take the act's doers once a claim names them
  const waiting = new Map<EventDraft, EventDraft>();
  const quoteAt = spanLookup(quotes);
  const inQuote = (off: number) => {
    const q = quoteAt(off);
    return q >= 0 && !quotes[q].pullQuote;
  };
  const relsBySentence = new Map<number, RelationDraft[]>();
  for (const r of relations) {
    // (people named a sentence or two after their arrest or death: the act is told where the
    // trigger is, and read there)
    if (r.negated || /-named-later$|^arrested-along-with$/.test(r.cue)) continue;
    const list = relsBySentence.get(r.sentence);
    if (list) list.push(r);
    else relsBySentence.set(r.sentence, [r]);
  }
  let paraDate: { paragraph: number; date: DateMention } | null = null;
  // the day the text last said something was said ("the army said on Wednesday")
  let lastReport: { text: string; value: string } | null = null;
  // the last full day the text told for an act: "two days later", "the next day" count from it
  let lastDay: string | null = null;
  // the last date of any precision the text told for an act: "two days later" after "in January
  // 2024" is in that January, not days after the last full day told before it
  // (a month that holds the last full day told adds nothing to that day)
  let lastTold: string | null = null;
  const anchor = () => (lastTold && !lastDay?.startsWith(lastTold) ? lastTold : lastDay);
  const resolved = (d: DateMention, from: string | null = anchor()) => ({
    text: d.text,
    value:
      d.value ??
      (d.shiftMonths !== undefined && from
        ? shiftMonths(from, d.shiftMonths)
        : d.shift !== undefined && from
          ? from.length === 10
            ? (shiftDay(from, d.shift)?.slice(0, d.shiftMonth ? 7 : 10) ?? null)
            : // a few days from a month told alone: that month, as near as the text says
              Math.abs(d.shift) <= 7 && from.length === 7
              ? from
              : null
          : null),
  });
  const collect = makeCollector(300_000);
  for (let si = 0; si < doc.seg.sentences.length; si++) {
    collect(doc.seg.sentences[si].end);
    const s = doc.seg.sentences[si];
    const role = doc.seg.paragraphs[s.paragraph].role;
    if (role === 'repeat' || role === 'pullquote' || role === 'title') continue;
    const sText = text.slice(s.start, s.end);
    // the dateline names where the reporter files from, not where anything happened
    const from = s.start + datelineEnd(sText);
    const dates = findDates(text, doc.published, { start: s.start, end: s.end }).filter(
      (d) => !inQuote(d.start) && d.start >= from,
    );
    const ms = by[si].filter((mi) => !inQuote(doc.mentions[mi].start) && doc.mentions[mi].start >= from);
    const ent = (mi: number) => doc.mentionEntity[mi];
    const typeOf = (mi: number) => doc.entities[ent(mi)].type;
    // "X, which broke away from Y in 2014, claimed …": a clause between commas is about Y
    const asides: [number, number][] = [];
    // ", a former minister," sets a name aside only right after the name; ", which …," after anything
    const ends = new Set(ms.map((mi) => doc.mentions[mi].end - s.start));
    for (const c of execAll(/\)?,\s*(?:(which|who|whom|whose)|(?:a|an|the|al|its|their))\b[^,]*,/gi, sText)) {
      const i = c.index ?? 0;
      // an apposition has no finite verb: ", the TTP shura met under X," is a clause
      // (", a group that has pledged allegiance to Y," is one: the verb is its relative clause's)
      const own = c[0].replace(/\b(?:that|who|which|whose)\b[\s\S]*$/i, '');
      if (c[1] || (ends.has(i) && !FINITE.test(own) && !actsOnObject(own)))
        asides.push([s.start + i, s.start + i + c[0].length]);
    }
    if (ms.length >= 3) asides.push(...memberLists(doc, si, sText));
    const asideOf = (off: number) => asides.findIndex(([a, b]) => off >= a && off < b);
    // "The bombing, which happened on Wednesday in Peshawar, …": a relative clause on the trigger
    // noun itself tells the act's own date and place; seen from that trigger it is no aside
    const asideFrom = (at: number) => {
      const t0 = tokenAt(doc, si, at);
      const own =
        t0 >= 0 && (uposOf(doc, t0) === 'NOUN' || uposOf(doc, t0) === 'PROPN')
          ? asides.findIndex(
              ([a]) =>
                a > at &&
                /^[\w'’-]+(?:\s+[\w'’-]+)?$/.test(text.slice(at, a)) &&
                /^,\s*which\b/i.test(text.slice(a, a + 12)),
            )
          : -1;
      if (own < 0) return asideOf;
      const side = asideOf(at);
      return (off: number) => {
        const x = asideOf(off);
        return x === own ? side : x;
      };
    };
    // "arrested X, who fought in Syria, in Kirkuk on Monday": the words right after a clause set
    // aside between commas go back to the act before it, wherever the parse hung them
    const pastAside = (at: number, off: number) =>
      asideOf(at) < 0 &&
      asides.some(
        ([a, b]) =>
          a > at && b <= off && !/[,;]/.test(text.slice(b, off)) && !FINITE.test(text.slice(b, off)),
      );
    const reportDate = (d: DateMention) =>
      speechDateBefore(text.slice(Math.max(s.start, d.start - 40), d.start)) ||
      // "a Dec. 31 announcement", "a statement on Monday": the statement's date
      STATEMENT_AFTER.test(text.slice(d.end, d.end + 40)) ||
      STATEMENT_BEFORE.test(text.slice(Math.max(s.start, d.start - 80), d.start));
    // a pledge is made in words: the video or message it was made in dates it, the report does not
    const pledgeDate = (d: DateMention) =>
      !speechDateBefore(text.slice(Math.max(s.start, d.start - 40), d.start));
    // the act's own date: nearest the trigger in its clause, not one that dates the report
    const dateFor = (at: number, type: EventType): { text: string; value: string | null } | null => {
      const asideOf = asideFrom(at);
      const side = asideOf(at);
      const trig = tokenAt(doc, si, at);
      // the trigger's own clause first, then a clause joined to it by "and"
      const cands = dates.filter(
        (d) =>
          asideOf(d.start) === side &&
          (type === 'statement' || !reportDate(d) || (type === 'allegiance' && pledgeDate(d))),
      );
      const clauseOf = (d: DateMention) =>
        pastAside(at, d.start) ||
        // "in a video posted on Sunday, X pledged allegiance": the video's day is the pledge's
        (type === 'allegiance' && reportDate(d) && pledgeDate(d))
          ? 0
          : otherClause(doc, trig, tokenAt(doc, si, d.start));
      // "troops shot a man wanted for a 2019 ambush on Friday": an act someone is wanted,
      // accused or convicted for is an older one; only a date in its own phrase is its own
      // "heavy clashes erupted Tuesday between …": a fight's noun (which the parse often reads as
      // a verb) is dated in its own stretch of words, up to a comma
      const fight = type === 'attack' && CLASH_NOUN.test(text.slice(at, at + 24));
      if (fight || (type !== 'statement' && PAST_ACT.test(text.slice(Math.max(s.start, at - 60), at)))) {
        const comma = text.slice(at, s.end).search(/[,;]/);
        const stop = comma < 0 ? s.end : at + comma;
        const mine = cands.find(
          (d) =>
            (d.start >= at && d.end <= stop) ||
            // "the 2013 attack", "Sunday's bombing"
            (d.end <= at && /^(?:['’]s)?\s+(?:[\w-]+\s+)?$/.test(text.slice(d.end, at))),
        );
        if (mine) return resolved(mine, anchor());
        if (!fight) return null;
      }
      const own = cands.filter((d) => clauseOf(d) === 0);
      const pool = own.length ? own : cands.filter((d) => clauseOf(d) === 1);
      if (!pool.length) {
        if (side >= 0) return null;
        // the parse tied the day nowhere near the trigger: one in the trigger's own stretch of
        // words after it ("shelled depots used by G near X on Friday"); a verb's only ("G claimed
        // the killings that evening": the day after an act's noun may be the claim's)
        if (trig >= 0 && type !== 'statement' && uposOf(doc, trig) === 'VERB') {
          const stop = ownStretchEnd(doc, si, trig);
          const mine = cands.find((d) => d.start > at && d.end <= stop);
          if (mine) return resolved(mine, anchor());
        }
        if (type !== 'statement') {
          // "… the worst year since May 2017, when Iran shelled …": a clause of time
          // on a date is of that date
          const when = text.lastIndexOf(', when ', at);
          const timed =
            when >= s.start ? dates.find((d) => d.value && d.end <= when && when - d.end <= 1) : undefined;
          if (timed && !reportDate(timed)) return resolved(timed, anchor());
          // "gunmen stormed a post overnight …, the agency reported on Monday", "in an overnight
          // raid …, the army said on Tuesday": the night that ended on the report's day
          if (OVERNIGHT.test(sText) && dates.length && dates.every((d) => reportDate(d))) {
            const day = reportDay(dates);
            if (day?.value) return { text: 'overnight', value: day.value };
          }
        }
        const f = paraDate && paraDate.paragraph === s.paragraph ? paraDate.date : null;
        if (f && type !== 'statement' && staleBefore(f.value, dates)) return reportDay(dates);
        // (a sentence whose only dates date the report, "police said on Monday", still takes it)
        return f && (type === 'statement' || !reportDate(f)) && dates.every((d) => reportDate(d))
          ? { text: f.text, value: f.value }
          : null;
      }
      const dist = (d: DateMention) => (d.start >= at ? d.start - at : at - d.end);
      let best = pool.reduce((a, b) => (dist(b) < dist(a) ? b : a));
      // "this month … on Thursday afternoon": the finer of two dates that agree
      const bv = best.value;
      if (bv)
        for (const d of pool)
          if (d.value && d.value.length > (best.value?.length ?? 0) && d.value.startsWith(bv)) best = d;
      // "police said Tuesday they had arrested X a day earlier", "on Monday the army said troops had
      // killed X the previous day": counted from the day the sentence told before it
      const said =
        best.shift !== undefined
          ? dates.findLast((d) => d.end <= best.start && d.value?.length === 10)
          : undefined;
      return resolved(best, said?.value ?? anchor());
    };
    const place = (at: number) => {
      const asideOf = asideFrom(at);
      const trig = tokenAt(doc, si, at);
      /** a place named after the trigger and before `stop`, in the trigger's own stretch */
      const placeAfter = (stop: number) =>
        placeOf(
          doc,
          ms.filter((mi) => doc.mentions[mi].start > at && doc.mentions[mi].end <= stop),
          sText,
          s.start,
          asideOf,
          at,
          true,
        );
      // "clashes erupted near X between …": a fight's noun is placed in its own stretch, up to a comma
      if (CLASH_NOUN.test(text.slice(at, at + 24))) {
        const comma = text.slice(at, s.end).search(/[,;]/);
        const stop = comma < 0 ? s.end : at + comma;
        const mine = placeAfter(stop);
        if (mine >= 0) return mine;
      }
      const clauseOf = (mi: number) =>
        pastAside(at, doc.mentions[mi].start)
          ? 0
          : otherClause(doc, trig, tokenAt(doc, si, doc.mentions[mi].start));
      const own = placeOf(
        doc,
        ms.filter((mi) => clauseOf(mi) === 0),
        sText,
        s.start,
        asideOf,
        at,
      );
      if (own >= 0) return own;
      const joined = placeOf(
        doc,
        ms.filter((mi) => clauseOf(mi) === 1),
        sText,
        s.start,
        asideOf,
        at,
      );
      if (joined >= 0 || trig < 0) return joined;
      // the parse tied the place nowhere near the trigger: a place marked "in/near/at" in the
      // trigger's own stretch of words after it, up to a comma or another verb
      const stop = ownStretchEnd(doc, si, trig);
      const marked = placeAfter(stop);
      if (marked >= 0) return marked;
      // "in the same valley", "fighting gunmen in the camp": a place told before by its kind
      const said = text.slice(at, s.end).search(/[;]|,\s*(?:who|which|said|says|according)\b/);
      return placeByItsKind(doc, si, at, said < 0 ? s.end : at + said, by);
    };
    const rels = relsBySentence.get(si) ?? [];
    const made = new Set<EventType>();
    // (agents33) where the clause of "The raid came days after …" starts: an act of its own after it
    let cameAfter = -1;
    // the attack noun a killing was done in ("killed 14 soldiers in an ambush"), when passed over
    let meansAct = '';
    // the organisations named before the act noun of "killed in a G ambush" (events29)
    const meansDoers: number[] = [];
    // the group that tells an act of its own in this sentence ("X said its fighters had …")
    let selfReport = -1;
    const here = new Set(ms.map(ent));
    // "crossed over to H", "left the group", "abandoned G for H", "surrendered to the army"
    for (const d of defectionsIn(
      doc,
      si,
      (mi) => ms.includes(mi),
      relations,
      (b) => lastGroup(doc, b),
    )) {
      if (inQuote(d.at)) continue;
      const participants: { role: Role; entity: number }[] = [];
      for (const mi of d.agents) participants.push({ role: 'agent', entity: ent(mi) });
      for (const g of d.left)
        if (!participants.some((p) => p.entity === g)) participants.push({ role: 'recipient', entity: g });
      out.push({
        type: 'defection',
        sentence: si,
        date: dateFor(d.at, 'defection'),
        place: place(d.at),
        participants,
        trigger: d.trigger,
        joined: d.joined,
      });
      made.add('defection');
    }
    // "the government banned the movement of motorcycles in X", "suspended mobile internet in Y",
    // "X said movement between the camps would be restricted" (rare31)
    for (const r of movementRestrictions(doc, si, (mi) => ms.includes(mi))) {
      if (inQuote(r.at) || made.has('travel_restriction')) continue;
      // (the clause that granted the power, when the restriction's own clause names no place or day)
      // ("In X, the administration suspended the internet in parts of Y": the place the sentence
      // opens with frames all it tells)
      const framed = ms.find(
        (mi) =>
          typeOf(mi) === 'place' &&
          /^\s*In\s+(?:the\s+)?$/.test(text.slice(from, doc.mentions[mi].start)) &&
          /^\s*,/.test(text.slice(doc.mentions[mi].end, doc.mentions[mi].end + 2)),
      );
      const pl =
        framed !== undefined
          ? ent(framed)
          : placeInTheBan(doc, ms, r.from, r.end, [r.at, ...r.above].map(place).find((p) => p >= 0) ?? -1);
      const date =
        [r.at, ...r.above].map((a) => dateFor(a, 'travel_restriction')).find((d) => d?.value) ??
        dayOfTheBan(dates, text, r.end, resolved);
      out.push({
        type: 'travel_restriction',
        sentence: si,
        date,
        place: pl,
        participants: r.agent >= 0 ? [{ role: 'agent', entity: r.agent }] : [],
        trigger: r.trigger,
      });
      made.add('travel_restriction');
    }
    for (const r of rels) {
      const spec = REL_EVENT[r.type];
      // both sides must be named in the sentence itself, not reached through a pronoun
      if (!spec || !here.has(r.subject) || !here.has(r.object)) continue;
      const [type, subjRole, objRole] = spec;
      if (made.has(type) && type === 'defection') continue;
      // the tie's own words in the sentence: its clause gives the date and place
      const re = TRIGGER_OF.get(type) as RegExp;
      re.lastIndex = 0;
      const tm = re.exec(sText);
      // "G, a splinter of H", "seen as an offshoot of H": a description of what G is, no act of
      // breaking away told (the tie stays)
      if (
        type === 'defection' &&
        (!tm ||
          (/^splinter$/i.test(tm[0]) &&
            /\b(?:[Aa]n?|[Tt]he|its|their)\s+(?:[a-z-]+\s+)?$/.test(sText.slice(0, tm.index))))
      )
        continue;
      const at = tm ? s.start + tm.index : from;
      // "X, which broke away from Y, arrested Z": Y is in another clause than the arrest
      const side = asideOf(at);
      const inClause = (e: number) =>
        ms.some((mi) => ent(mi) === e && [-1, side].includes(asideOf(doc.mentions[mi].start)));
      if (!inClause(r.subject) || !inClause(r.object)) continue;
      if (joinedToTwin(out, si, type, r, objRole, subjRole)) continue;
      const tt = tm ? tokenAt(doc, si, at) : -1;
      out.push({
        type,
        sentence: si,
        date: dateFor(at, type),
        place: place(at),
        participants: [
          { role: objRole, entity: r.object },
          { role: subjRole, entity: r.subject },
        ],
        trigger: r.cue,
        ...(type === 'defection' && tt >= 0 ? { joined: joinedOf(doc, tt, (mi) => ms.includes(mi)) } : {}),
      });
      made.add(type);
    }
    // "X claimed responsibility for the bombing": the attack is X's, and X made a statement
    /** the group a claim by a group noun stands for: the organisation that did the attack or
     * killing told in the three sentences before, else the group last named before this one */
    const groupBefore = (): number => {
      const doer = claimingGroupBefore(doc, out, si, 3);
      return doer >= 0 ? doer : lastGroup(doc, s.start);
    };
    const claim = CLAIM.exec(sText);
    let claimer = -1;
    if (claim && !inQuote(s.start + claim.index)) {
      const at = s.start + claim.index;
      // ("the al-Qaeda-linked group claimed": a name that only qualifies the claimer did not claim)
      const cands = ms.filter(
        (mi) =>
          doc.mentions[mi].end <= at &&
          typeOf(mi) !== 'place' &&
          asideOf(doc.mentions[mi].start) < 0 &&
          !tiedQualifier(text, doc.mentions[mi].start, doc.mentions[mi].end),
      );
      // (the subject's head name: "G (ABC), one of the groups fighting for a state they call Y,
      // claimed the attack" is G's claim)
      const ct = tokenAt(doc, si, at);
      const subj = ct < 0 ? undefined : children(doc, ct).find((c) => relOf(doc, c) === 'nsubj');
      const head = subj === undefined ? -1 : headName(doc, si, subj, cands);
      // (the name a phrase set between commas follows right before the verb, also where the
      // parse hangs the subject on a name inside that phrase: "G (ABC), one of the groups
      // fighting for a state they call Y, claimed")
      const beside = cands.find((mi) => SET_BESIDE_TO_VERB.test(text.slice(doc.mentions[mi].end, at)));
      const headed = beside ?? head;
      if (headed >= 0) claimer = ent(headed);
      else if (cands.length) claimer = claimerNotTarget(doc, ct, cands);
      // "The group claimed responsibility": the group last named before this sentence
      else if (GROUP_NOUN.test(text.slice(from, at))) {
        // (the doers of the act told just before, when a group did it: "G fighters killed five
        // soldiers of H … The group later claimed responsibility" is G's claim, not H's)
        claimer = groupBefore();
      }
    }
    // "The ministry declared X a terrorist organisation", "Britain lists X as a terrorist group":
    // a designation of X by the one who declares it
    // (only a sentence that has the word: no slices for the rest of a long text)
    const labels = TERRORIST_WORD.test(sText);
    for (const om of labels ? ms : []) {
      if (typeOf(om) !== 'organization' || made.has('designation')) continue;
      const oStart = doc.mentions[om].start;
      const oEnd = doc.mentions[om].end;
      const lead = DECLARE_BEFORE.exec(text.slice(Math.max(s.start, oStart - 40), oStart));
      if (!lead || !TERROR_LABEL.test(text.slice(oEnd, Math.min(s.end, oEnd + 70)))) continue;
      const at = oStart - (oStart - Math.max(s.start, oStart - 40)) + lead.index;
      if (inQuote(at) || at < from) continue;
      const head = text.slice(Math.max(s.start, at - 60), at);
      if (HYPO_BEFORE.test(head) || /\b(?:urged|urges|called\s+on|asked|demanded)\b[^.;]*$/i.test(head))
        continue;
      const tok = tokenAt(doc, si, at);
      if (tok >= 0 && isNegated(doc, tok)) continue;
      const doer = ms.filter(
        (mi) =>
          doc.mentions[mi].end <= at &&
          asideOf(doc.mentions[mi].start) === asideOf(at) &&
          (typeOf(mi) !== 'place' || doc.entities[ent(mi)].kind === 'country') &&
          !/[,;]|\b(?:said|says|that|which|who|in|of|from)\b/i.test(text.slice(doc.mentions[mi].end, at)),
      );
      const participants: { role: Role; entity: number }[] = [];
      if (doer.length) participants.push({ role: 'agent', entity: ent(doer[doer.length - 1]) });
      participants.push({ role: 'patient', entity: ent(om) });
      out.push({
        type: 'designation',
        sentence: si,
        date: dateFor(at, 'designation'),
        place: -1,
        participants,
        trigger: lead[1],
      });
      made.add('designation');
    }
    // "X captured the town of Y", "seized Y", "took control of Y", "its capture of Y": a place
    // taken by force is an attack on it (made by who took it), never an arrest
    let takenAt: Set<number> | null = null;
    const takes = TAKE_WORD.test(sText);
    for (const pm of takes ? ms : []) {
      if (typeOf(pm) !== 'place' || made.has('attack')) continue;
      const pStart = doc.mentions[pm].start;
      const lead = text.slice(Math.max(s.start, pStart - 70), pStart);
      const tk = TAKE_PLACE.exec(lead);
      if (!tk) continue;
      const at = pStart - lead.length + tk.index;
      if (inQuote(at) || at < from || asideOf(at) !== asideOf(pStart)) continue;
      const head = text.slice(Math.max(s.start, at - 60), at);
      if (
        HYPO_BEFORE.test(head) ||
        /\b(?:failed|fail|tried|trying|attempt(?:ed|s|ing)?|bid)\s+to\s+$/i.test(head)
      )
        continue;
      const tok = tokenAt(doc, si, at);
      if (tok >= 0 && isNegated(doc, tok)) continue;
      // "since it captured Y", "its capture of Y": the group named last before; otherwise the
      // subject named in the clause before the verb (not one who reports it)
      let agent = -1;
      const before = ms.filter(
        (mi) =>
          doc.mentions[mi].end <= at &&
          typeOf(mi) !== 'place' &&
          asideOf(doc.mentions[mi].start) === asideOf(at) &&
          !SAID_OR_THAT.test(text.slice(doc.mentions[mi].end, at).replace(/^\s*\([^)]*\)/, '')),
      );
      // ("when it briefly captured Y", "as they quickly seized Y": an adverb between)
      if (/\b(?:it|they|its|their)\s+(?:(?:had|has|have|also|later|then|\w+ly)\s+)*$/i.test(head)) {
        const orgs = ms.filter((mi) => doc.mentions[mi].end <= at && typeOf(mi) === 'organization');
        agent = orgs.length ? ent(orgs[orgs.length - 1]) : lastGroup(doc, at);
      } else if (before.length) agent = ent(before[before.length - 1]);
      if (agent < 0) continue;
      (takenAt ??= new Set<number>()).add(at);
      out.push({
        type: 'attack',
        sentence: si,
        date: dateFor(at, 'attack'),
        place: ent(pm),
        participants: [{ role: 'agent', entity: agent }],
        trigger: tk[1],
      });
      made.add('attack');
    }
    // "X was among those killed", "X and Y were among the dead": a killing the named befell
    AMONG_DEAD.lastIndex = 0;
    for (let am = AMONG_DEAD.exec(sText); am; am = AMONG_DEAD.exec(sText)) {
      const at = s.start + am.index;
      if (inQuote(at) || at < from) continue;
      // "was among those detained", "among the people wounded": a fate other than death
      if (SPARED.test(sText.slice(am.index + am[0].length, am.index + am[0].length + 30))) continue;
      const named = ms.filter(
        (mi) =>
          typeOf(mi) === 'person' &&
          doc.mentions[mi].end <= at &&
          // ("X, a farmer whose son was among those killed": the one "whose" turns to died)
          !/[.;:]|\b(?:said|says|told|that|whose)\b/.test(text.slice(doc.mentions[mi].end, at)),
      );
      if (!named.length) continue;
      const last = named[named.length - 1];
      const victims = coordinatedBack(doc, named, last);
      // ("… killed 14 people. X was among those killed": the dead of the killing told before)
      const dead = [...new Set(victims.map(ent))];
      killingOfTheDead(
        doc,
        out,
        si,
        dead,
        dateFor(at + am[0].length - 1, 'killing'),
        place(at + am[0].length - 1),
        am[0],
      );
      made.add('killing');
    }
    // "Raids left 17 dead. … Among them was X, who was shot on Friday": X died
    if (!made.has('killing') && amongThemDead(doc, si, ms, out, dateFor, place)) made.add('killing');
    // "X's body was found near Y on Monday": a killing of X (events24)
    if (!made.has('killing') && bodyFound(doc, si, ms, out, dateFor, place)) made.add('killing');
    // The trigger words, type by type. A function of its own: V8 compiles a function whole, and
    // again after each deoptimisation; with this loop inside, extractEvents was 43 KB of bytecode
    // and each compile took seconds.
    const readTriggers = (): void => {
      // (most sentences hold no trigger word: a type's regex runs only where one of its words is)
      const types = triggerTypesIn(sText);
      for (let ti = 0; ti < TRIGGERS.length; ti++) {
        const [type, re] = TRIGGERS[ti];
        if (made.has(type)) continue;
        // each word of the type in turn, until one makes an event ("a bomb hidden in a car went
        // off near X": the bomb's clause names nothing, the one of "went off" does)
        re.lastIndex = 0;
        // (exec on the shared regex: matchAll would compile a copy of the whole alternation each time)
        const found: RegExpExecArray[] = [];
        if (types & (1 << ti)) for (let mm = re.exec(sText); mm; mm = re.exec(sText)) found.push(mm);
        for (const m of found) {
          if (
            made.has(type) &&
            !(cameAfter >= 0 && s.start + m.index > cameAfter) &&
            !secondActOfType(doc, out, si, type, tokenAt(doc, si, s.start + m.index))
          )
            break;
          if (inQuote(s.start + m.index) || s.start + m.index < from) continue;
          // "captured the town of Y": taken by force above, no arrest
          if (type === 'arrest' && takenAt?.has(s.start + m.index)) continue;
          // "captured two villages", "captured weapons": what was taken is no person arrested
          if (type === 'arrest' && capturedThing(doc, tokenAt(doc, si, s.start + m.index))) continue;
          // "the banned TFK": an adjective, not the act of banning
          if (
            type === 'designation' &&
            /\b(?:the|a|an|this|that|its|their)\s+$/i.test(sText.slice(0, m.index))
          )
            continue;
          // "the number of designated groups", "a list of banned outfits", "all proscribed organisations":
          // a participle before its noun is an adjective too
          if (
            type === 'designation' &&
            /ed$/i.test(m[0]) &&
            /\b(?:of|all|other|some|many|several|most|\d+)\s+$/i.test(sText.slice(0, m.index)) &&
            /^\s+(?:[\w-]+\s+){0,3}?(?:groups?|organi[sz]ations?|outfits?|entities|individuals|persons|movements?|parties|militias|networks?|FTOs?|Foreign)\b/i.test(
              sText.slice(m.index + m[0].length),
            )
          )
            continue;
          // "banned the movement of motorcycles": what moves is no group designated (rare31)
          if (type === 'designation' && bansMovement(doc, tokenAt(doc, si, s.start + m.index))) continue;
          // "an Islamic State recruiter" names a role, not an act
          const head = sText.slice(0, m.index);
          // "Hours after the raid, U.S. jets bombed …": the noun only tells when
          // ("Weeks after they ambushed a convoy, G struck again": a verb there is an act of its own)
          if (
            found.length > 1 &&
            uposOf(doc, tokenAt(doc, si, s.start + m.index)) === 'NOUN' &&
            actNounOfTime(
              sText,
              m.index,
              m[0].length,
              found.map((f) => f.index),
            )
          )
            continue;
          // "denied that X had defected", "was not arrested": the act did not happen as told
          const denied =
            /\b(?:not|never|no longer|n't|n’t)\s+(?:been\s+|be\s+)?$/i.test(head) ||
            /\b(?:denied|denies|deny|denying|rejected|rejects|dismissed|refuted)\b(?:(?!\b(?:and|but|while|after|before|when)\b)[^.;])*$/i.test(
              head,
            );
          // "shelled out money", "struck a deal", "struck down a law": a phrasal verb is another verb
          if (
            type === 'attack' &&
            NOT_ATTACK_AFTER.test(sText.slice(m.index + m[0].length, m.index + m[0].length + 30)) &&
            /^(?:shell|struck|strike)/i.test(m[0])
          )
            continue;
          // "the agency mistakenly reported that X had been killed": a report said to be false
          if (
            /\b(?:mistakenly|falsely|wrongly|erroneously)\s+(?:reported|claimed|said|announced|stated)\b(?:(?!\b(?:and|but|while)\b)[^.;])*$/i.test(
              head,
            )
          )
            continue;
          const tok = tokenAt(doc, si, s.start + m.index);
          // "Storm Legion", "the Strike Force": a capitalised word inside a name is the name's, no act
          if (tok >= 0 && /^\p{Lu}/u.test(m[0])) {
            const mi = mentionAt(doc, tok);
            // (not "a Telegram post": the act's word runs on past the name; nor "the Exit Control
            // List": the name is the act's phrase itself)
            const ms = mi >= 0 ? doc.mentions[mi] : undefined;
            const at0 = s.start + m.index;
            const at1 = at0 + m[0].length;
            if (ms && doc.mentionEntity[mi] >= 0 && ms.end >= at1 && (ms.start < at0 || ms.end > at1))
              continue;
          }
          // "11 police recruits": a verb's form used as a noun the lexicon does not list is no act
          // ("strikes on X": a phrase the lexicon lists with its preposition is the noun it means)
          if (
            tok >= 0 &&
            !/\s(?:on|against)$/i.test(m[0]) &&
            (uposOf(doc, tok) === 'NOUN' || nounAfterPreposition(doc, tok, si))
          ) {
            const lemma = lemmaOf(doc, tok);
            // ("the group's killing of X": a form the lexicon lists as a noun stays one, events14)
            if (
              LEMMAS.verbs.get(lemma) === type &&
              LEMMAS.nouns.get(lemma) !== type &&
              LEMMAS.nouns.get(m[0].toLowerCase()) !== type
            )
              continue;
          }
          // "police have not yet arrested X": the parse sees the negation the words may hide
          if (
            (denied || (tok >= 0 && isNegated(doc, tok))) &&
            type !== 'attack' &&
            type !== 'killing' &&
            type !== 'statement'
          )
            continue;
          const at = s.start + m.index;
          const end = at + m[0].length;
          // "two bomb makers", "attack helicopters", "an arrest warrant", "a bomb-making cell": the
          // act's word modifies a noun of people or things, and no act is told
          if (type !== 'statement' && COMPOUND_HEAD.test(text.slice(end, end + 24))) continue;
          // what did not happen, or only may: "nobody was killed", "an attack could come", "threatened
          // to strike", "the insurgency has killed 40,000 people since 2009" (a toll over years, no incident)
          if (
            type !== 'statement' &&
            notAnIncident(doc, tok, type, head.slice(-100), text.slice(end, end + 80), m[0])
          )
            continue;
          // "the attack", "an ambush" (a past participle is never the noun: "the TTP expelled")
          // "planted a device", "opened fire on": a phrase led by a past verb is a verb too
          // ("members of the Islamic State shot dead two guards": an irregular past is a verb too)
          // ("two attacks by G": a count before an -s form makes it the plural noun)
          const nominal =
            NOUN_ONLY.test(m[0]) ||
            (/[^s]s$/i.test(m[0]) &&
              /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twin)\s+$/i.test(head)) ||
            (!/ed$/i.test(m[0]) &&
              !/^\w+ed\s/i.test(m[0]) &&
              !PAST_FORM.test(m[0]) &&
              !(type === 'attack' && verbWithSubject(doc, tok)) &&
              // ("Sunday's killings", "the group's deadly ambush": a possessor makes the word a noun)
              (DETERMINER.test(head) || /['’]s\s+(?:\p{Ll}+[^s\s]\s+)?$/u.test(head))) ||
            // ("worn down by desertions, arrests and …", "suffered from attacks": a bare plural the
            // parse reads as a noun after a preposition, or listed with one, is a noun)
            (/[^s]s$/i.test(m[0]) && bareNounPlural(doc, tok));
          const passive =
            // "were planning attacks" is active: no -ing word between the auxiliary and the trigger
            (!nominal && /\b(?:was|were|is|are|been|being|got)\s+(?:(?!\w+ing\b)\w+\s+)?$/i.test(head)) ||
            /\b(?:placed|put|kept|held|remains?)\s+under\s+(?:house\s+)?$/i.test(head) ||
            CAME_UNDER.test(head) ||
            AMONG_KILLED.test(head) ||
            amongCounted(head, m[0], nominal) ||
            /^under fire/i.test(m[0]) ||
            // "X was captured near Mosul and executed": a participle joined to a passive is one too
            (!nominal && conjoinedPassive(doc, tokenAt(doc, si, at))) ||
            // "X, killed by troops in 2020, had led …": a participle set after a name (events14)
            (!nominal && participleAfterName(doc, tok)) ||
            // "a minister who survived the assault", "wounded in the attack": the one it befell
            /\b(?:survived|survives|escaped|escapes|wounded in|injured in|hurt in|killed in|victims? of)\s+(?:the\s+|an?\s+|that\s+|this\s+)?$/i.test(
              head,
            );
          const triggerAside = asideOf(at);
          // mentions in another aside than the trigger's are passed over
          const sameSide = (mi: number) => {
            const a = asideOf(doc.mentions[mi].start);
            return a < 0 || a === triggerAside;
          };
          // "Hezbollah denied any role in the attack": the attack stands, its agent is not the denier
          // ("fighters of an al Qaeda-linked group attacked": a name that only qualifies the doers did not do it)
          const tied = (mi: number) => tiedQualifier(text, doc.mentions[mi].start, doc.mentions[mi].end);
          const beforeAll = denied
            ? []
            : ms.filter(
                (mi) => doc.mentions[mi].end <= at && typeOf(mi) !== 'place' && sameSide(mi) && !tied(mi),
              );
          // "Mujahid said the men were planning attacks": who reports an act did not do it
          // ...unless the reported clause says "they/he did it": "The Taliban said they had arrested …"
          let pronounAgent = -1;
          const reporter = (mi: number) => {
            const between = text.slice(doc.mentions[mi].end, at);
            // "X, who police said had recruited …": the relative clause's own subject is X
            if (
              /^\s*,\s*(?:a\s+[^,]{1,60},\s*)?who\s+(?:[\w-]+\s+){1,3}?(?:said|says|say|believe|believed|allege|alleged|suspect|suspected)\s+(?:he|she|they)?\s*(?:had|has|have|was|were)\b/i.test(
                between,
              )
            )
              return false;
            // "X was reported killed", "X is said to have been killed": the passive of a report
            // tells what befell X (events24)
            if (REPORTED_PASSIVE.test(between)) return false;
            const speech = speechIn(between);
            if (!speech) return false;
            const rest = between.slice(speech.index + speech.length);
            // "said (in a statement on its Amaq agency) that its fighters had attacked"
            const clause = /\bthat\b/i.exec(rest);
            const subj = clause ? rest.slice(clause.index + 4) : rest;
            if (
              // "The Taliban said its fighters had killed X": their men did it
              /^\W*(?:(?:on|late|early|in|a|an|the)\s+\w+\W+){0,3}?(?:that\s+)?(?:he|she|they|it|we|(?:its|their|his|our)\s+(?:\w+\s+)?(?:fighters|militants|men|members|gunmen|forces|troops|operatives|cadres|soldiers|commandos|police|units?))\b/i.test(
                rest,
              ) ||
              (clause && /^\s*(?:he|she|they|it|we|its|their|his|our)\b/i.test(subj))
            ) {
              // ("G confirmed that its governor, X, had been killed": X is whom it befell, G only
              // tells it, events24)
              if (passive && namedInReport(doc, beforeAll, doc.mentions[mi].end + speech.index)) return true;
              // ("the Taliban's intelligence directorate said it had …": the directorate, not whose it is)
              if (pronounAgent < 0 && !possessorOfBody(doc, mi, beforeAll)) pronounAgent = mi;
              return false;
            }
            return true;
          };
          // ("X, a commander of G, died … when soldiers overran the camp": the dead did not do it)
          const actors = beforeAll.filter(
            (mi) => !reporter(mi) && (passive || !diedBetween(text.slice(doc.mentions[mi].end, at))),
          );
          // the speaker's side of "X said in a statement on its Y agency that …" is X alone
          const reported = pronounAgent >= 0 ? actors.filter((mi) => mi === pronounAgent) : actors;
          // ", Mujahid said": who reports after the act is not its patient
          const after = ms.filter(
            (mi) =>
              doc.mentions[mi].start >= end &&
              typeOf(mi) !== 'place' &&
              sameSide(mi) &&
              // "arrested two men linked to G": G qualifies the men, it is not who was arrested
              !tied(mi) &&
              !(ACT_WITH_PATIENT.has(type) && timeClauseSubject(doc, mi)) &&
              !trailingReport(text.slice(doc.mentions[mi].end, doc.mentions[mi].end + 30)) &&
              // "…, in an attack claimed by X": the claimer did it (see claimedBy below)
              !CLAIMED_BY.test(
                text.slice(Math.max(s.start, doc.mentions[mi].start - 60), doc.mentions[mi].start),
              ) &&
              // "…, according to the United Nations": the source of a figure is no party to the act,
              // nor is ", said X" (who tells it), "on behalf of X" or "through its X agency"
              !/(?:\baccording\s+to|,\s*(?:said|says|told|added)|\b(?:told|tells|telling)|\bon\s+behalf\s+of|\b(?:through|via)(?:\s+(?:its|their|the))?)\s+(?:the\s+)?(?:[\w.-]+\s+){0,3}$/i.test(
                text.slice(Math.max(s.start, doc.mentions[mi].start - 40), doc.mentions[mi].start),
              ),
          );
          const participants: { role: Role; entity: number }[] = [];
          const push = (role: Role, mi: number | undefined) => {
            if (mi === undefined) return;
            const e = ent(mi);
            if (!participants.some((p) => p.entity === e)) participants.push({ role, entity: e });
          };
          if (type === 'statement') {
            // the quote the statement opens, in its own sentence or right after it ("said in a
            // statement: …"); a quote past the end of a sentence and its paragraph is someone else's
            const q = quotes.find(
              (q) =>
                !q.pullQuote &&
                q.start > at &&
                q.start - at < 200 &&
                q.speaker >= 0 &&
                !/[.!?]["”’]?\s*\n|[.!?]["”’]?\s+\p{Lu}[^"“]*\s$/u.test(text.slice(end, q.start)),
            );
            const spk = statementSpeaker(doc, si, text, ms, at, end, from, asideOf);
            // (a quote given to a name the sentence only qualifies the speaker with, "The
            // G-linked group claimed it in a statement, saying its "unit" had …", is not G's)
            if (q && !onlyQualifies(doc, text, ms, q.speaker))
              participants.push({ role: 'speaker', entity: q.speaker });
            else if (spk >= 0) push('speaker', spk);
            else if (claimer >= 0) participants.push({ role: 'speaker', entity: claimer });
            else if (GROUP_NOUN.test(text.slice(from, at))) {
              // "The group said in a statement": the group last named before this sentence
              const g = lastGroup(doc, s.start);
              if (g >= 0) participants.push({ role: 'speaker', entity: g });
            }
            if (!participants.length) continue;
            // "Houthi military spokesman Yahya Saree": he speaks for the group that modifies his title
            const sp = doc.entities[participants[0].entity];
            if (sp.type === 'person' && spk >= 0) push('speaker', groupOf(doc, ms, spk));
            // "X, the group's spokesman, …" earlier, "X said in a statement" now: a spokesman or leader
            // the text tied to a body speaks for it
            if (sp.type === 'person')
              for (const r of relations)
                if (
                  !r.negated &&
                  r.subject === participants[0].entity &&
                  SPEAKS_FOR.has(r.type) &&
                  doc.entities[r.object].type === 'organization' &&
                  !participants.some((p) => p.entity === r.object)
                )
                  participants.push({ role: 'speaker', entity: r.object });
            // every statement the sentence names, each with its own date
            re.lastIndex = 0;
            const seen = new Set<string>();
            for (let mm = re.exec(sText); mm; mm = re.exec(sText)) {
              const a = s.start + mm.index;
              if (inQuote(a)) continue;
              // "two messages on 13 May and 19 May": one statement per date
              // "in its statements", "carried messages to them": words put out over time, no one statement
              const many = /[^s]s$/i.test(mm[0]) && !COUNTED_ACTS.test(sText.slice(0, mm.index));
              for (const told of statementDates(dates, text, a, a + mm[0].length, s.start)) {
                if (many && !told) continue;
                // "the spokesman said in a statement": undated, it is of the day the report told last
                const date = told ?? lastReport;
                const key = date?.value ?? date?.text ?? '';
                if (seen.has(key)) continue;
                seen.add(key);
                out.push({
                  type,
                  sentence: si,
                  date,
                  place: -1,
                  participants: [...participants],
                  trigger: mm[0],
                });
              }
            }
            made.add(type);
            continue;
          }
          const plural = /s$/i.test(m[0]) && !/ss$/i.test(m[0]);
          if (plural && GENERIC.test(head) && claimer < 0) continue;
          if (nominal && appraisal(head)) continue;
          // "A drone strike killed X": the strike is how X was killed, the killing is the event
          // ("A raid in Idlib killed X", "a strike on a car near Y killed a commander": the words
          // between, up to a comma, are the act's own phrase)
          const killedAfter =
            type === 'attack' && nominal
              ? /^[^,;.:]{0,80}?\s(?:(?:that|which)\s+)?(?:has\s+|had\s+)?(killed|kills|assassinated)\b/i.exec(
                  text.slice(end, end + 100),
                )
              : null;
          if (
            killedAfter &&
            !/\b(?:was|were|is|are|had|has|have|and|who|when|after)\b/i.test(
              killedAfter[0].slice(0, -killedAfter[1].length),
            ) &&
            (after.some((mi) => typeOf(mi) === 'person') ||
              ROLE_NOUN.test(text.slice(end + killedAfter[0].length, end + killedAfter[0].length + 40)))
          ) {
            if (strikeMeans(head, plural)) meansAct = m[0];
            continue;
          }
          // "arrested three men in raids in X", "police raided a house and detained two": a raid by
          // those who make the arrest is how the arrest was made, no attack of its own
          if (type === 'attack' && /^raid/i.test(m[0]) && ARREST.test(sText)) continue;
          // "killed in an ambush near X": the ambush is how the killing was done
          // ("killed in a Red Hand Front ambush": the doers' name may stand before the noun, which
          // the parser may then tag a verb; the name is the doers', events29)
          const doersBefore = type === 'attack' && !plural ? DOERS_NOUN_BEFORE.exec(head) : null;
          if (
            type === 'attack' &&
            (nominal || doersBefore) &&
            (/\b(?:in|during)\s+(?:an?|the)\s+(?:[\w-]+\s+)?$/i.test(head) ||
              doersBefore ||
              // ("were killed by a roadside bomb": the weapon, no doer, events24)
              KILLED_BY_WEAPON.test(head)) &&
            KILLING.test(head)
          ) {
            // ("in the attack" is one told before: its toll, not an act of its own)
            if (
              !plural &&
              (/\b(?:in|during)\s+an?\s+(?:[\w-]+\s+)?$/i.test(head) ||
                doersBefore ||
                KILLED_BY_WEAPON.test(head))
            )
              meansAct = m[0];
            if (doersBefore) {
              const from = at - head.length + doersBefore.index;
              for (const mi of ms)
                if (
                  doc.mentions[mi].start >= from &&
                  doc.mentions[mi].end <= at &&
                  typeOf(mi) === 'organization'
                )
                  meansDoers.push(ent(mi));
            }
            continue;
          }
          // "said its fighters had killed 30 soldiers in the attack": the toll of the act told before
          if (
            type === 'killing' &&
            IN_THE_ACT.test(text.slice(end, end + 60)) &&
            out.some((e) => e.type === 'attack' && e.sentence < si) &&
            !after.some((mi) => typeOf(mi) === 'person' && doc.mentions[mi].start - end < 40)
          ) {
            // ...a killing by that act's doers, on its day and at its place (events23)
            const toll = tollOfActToldBefore(out, si, m[0]);
            if (toll) {
              tolls.add(toll);
              out.push(toll);
              made.add('killing');
            }
            continue;
          }
          // ("the deadliest attack since May 2021, when the group killed 22 soldiers": a clause of
          // its own, with its own subject, tells another act, not the toll of the one before)
          if (
            type === 'killing' &&
            made.has('attack') &&
            !OWN_CLAUSE_BEFORE.test(head.slice(-60)) &&
            !(
              /^(?:killed|murdered|shot|slaughtered|massacred|executed|beheaded)\b/i.test(m[0]) &&
              OWN_CLAUSE_SUBJECT.test(head.slice(-60))
            )
          ) {
            // "stormed a hotel, killing 12 people": the attack's toll, unless it names who died
            const victim = after.find((mi) => typeOf(mi) === 'person');
            if ((!victim || CASUALTY.test(head)) && !AMONG_KILLED.test(head) && !retoldActKills(doc, tok)) {
              // ...and a toll told as a participle or a relative clause of the attack ("ambushed a
              // convoy, killing nine", "a bombing that killed two") is a killing by the attack's own
              // doers, on its day and at its place; the dead it names ("among them X") are its patients
              const act = out.findLast((e) => e.sentence === si && e.type === 'attack');
              const doers = act?.participants.filter((p) => p.role === 'agent') ?? [];
              // "…, killing seven members of the Danab brigade", "killing five Frontier Corps
              // soldiers": the force or group whose people the toll counts is whom the act befell
              const countedMi = TOLL_AFTER.test(head.slice(-60)) && !passive ? after[0] : undefined;
              const counted =
                countedMi !== undefined &&
                typeOf(countedMi) === 'organization' &&
                !doers.some((p) => p.entity === ent(countedMi)) &&
                (TOLL_PEOPLE_OF.test(text.slice(end, doc.mentions[countedMi].start)) ||
                  (COUNTED_OF_GROUP.test(text.slice(end, doc.mentions[countedMi].start)) &&
                    TOLL_PEOPLE_AFTER.test(
                      text.slice(doc.mentions[countedMi].end, doc.mentions[countedMi].end + 30),
                    )))
                  ? ent(countedMi)
                  : -1;
              if (act && counted >= 0 && !act.participants.some((p) => p.role === 'patient'))
                act.participants.push({ role: 'patient', entity: counted });
              // (an act whose doers the text names only later — "Gunmen stormed a post, killing six.
              // G claimed the assault." — leaves its toll waiting for them: `waiting` below)
              // ("repelled an attack by gunmen, killing dozens": the attackers died, no toll of theirs)
              const repelled = REPELLED.test(head);
              // ("raided a village and killed 14", "were killed when gunmen stormed …": events23)
              const tollOf =
                (TOLL_AFTER.test(head.slice(-60)) && !passive) ||
                (!!act && tollOfTheAct(head, m[0], text.slice(end, s.end), passive, act.trigger));
              // ("were killed on Friday when a drone hit …": the day told before the clause
              // of time is the act's)
              const dayBefore =
                passive && tollOf ? dayBeforeWhen(dates, end, text.slice(end, s.end)) : undefined;
              if (act && dayBefore) act.date = resolved(dayBefore);
              if (act && tollOf && !doers.length && !repelled) {
                const toll: EventDraft = {
                  type: 'killing',
                  sentence: si,
                  date: act.date,
                  place: act.place,
                  participants: counted >= 0 ? [{ role: 'patient', entity: counted }] : [],
                  trigger: m[0],
                };
                // ("X was killed late on Friday when a drone hit his car": X, events24)
                const subj = passive ? reported.at(-1) : undefined;
                if (!toll.participants.length && subj !== undefined && typeOf(subj) === 'person')
                  for (const mi of coordinatedBack(doc, reported, subj))
                    if (typeOf(mi) === 'person') toll.participants.push({ role: 'patient', entity: ent(mi) });
                // ("…, killing a field commander. Police named the dead man as X": X)
                if (!toll.participants.length)
                  for (const mi of victimsNamedNext(doc, si, by[si + 1] ?? []))
                    toll.participants.push({ role: 'patient', entity: ent(mi) });
                tolls.add(toll);
                waiting.set(toll, act);
                out.push(toll);
                made.add('killing');
              }
              if (
                act &&
                doers.length &&
                (((TOLL_AFTER.test(head.slice(-60)) || actNounKills(doc, tok)) && !passive) ||
                  tollOfTheAct(head, m[0], text.slice(end, s.end), passive, act.trigger))
              ) {
                const named = after.filter(
                  (mi) =>
                    typeOf(mi) === 'person' &&
                    NAMED_DEAD.test(text.slice(end, doc.mentions[mi].start)) &&
                    !doers.some((p) => p.entity === ent(mi)),
                );
                // "the army repelled an attack by G, killing 20 militants": those who beat the attack
                // back did the killing, and the attackers died (the repeller, if named, is the agent)
                const rep = REPELLED.exec(head);
                const repeller = rep
                  ? ms.filter(
                      (mi) =>
                        doc.mentions[mi].end <= s.start + rep.index &&
                        doc.mentions[mi].end > from &&
                        typeOf(mi) !== 'place' &&
                        !doers.some((p) => p.entity === ent(mi)),
                    )
                  : [];
                const toll: EventDraft = {
                  type: 'killing',
                  sentence: si,
                  date: act.date,
                  place: act.place,
                  participants: rep
                    ? [
                        ...repeller.slice(-1).map((mi) => ({ role: 'agent' as Role, entity: ent(mi) })),
                        ...doers.map((p) => ({ role: 'patient' as Role, entity: p.entity })),
                      ]
                    : [
                        ...doers.map((p) => ({ role: 'agent' as Role, entity: p.entity })),
                        ...[...new Set([...(counted >= 0 ? [counted] : []), ...named.map(ent)])].map(
                          (entity) => ({
                            role: 'patient' as Role,
                            entity,
                          }),
                        ),
                        // ("overran a G base and killed nine soldiers": G's people, events23)
                        ...(!passive && AND_KILLED_BEFORE.test(head)
                          ? act.participants.filter(
                              (p) =>
                                p.role === 'patient' &&
                                doc.entities[p.entity].type === 'organization' &&
                                p.entity !== counted,
                            )
                          : []),
                      ],
                  trigger: m[0],
                };
                tolls.add(toll);
                if (alsoDone(head)) distinct.add(toll);
                out.push(toll);
                made.add('killing');
              }
              continue;
            }
          }
          const firstAfter = (list: number[]) => {
            // "a senior Islamic State official, Abu Hafs": the official, not the group
            const i0 = list[0];
            if (i0 === undefined) return [];
            const m0 = doc.mentions[i0];
            // "a senior commander of ISWAP": the commander, whom the text may not name
            const roleOf = ROLE_OF.test(text.slice(end, m0.start));
            if (
              (typeOf(i0) === 'organization' || /^['’]s\b/.test(text.slice(m0.end, m0.end + 2))) &&
              (roleOf ||
                ROLE_NOUN.test(text.slice(m0.end, m0.end + 40)) ||
                (PEOPLE_OF.test(text.slice(end, m0.start)) &&
                  /^\s*,/.test(text.slice(m0.end, m0.end + 3)) &&
                  list.some((mi) => typeOf(mi) === 'person' && doc.mentions[mi].start - m0.end < 6)))
            ) {
              const person = list.find(
                (mi) =>
                  mi !== i0 &&
                  typeOf(mi) === 'person' &&
                  doc.mentions[mi].start - m0.end < 45 &&
                  !/[.;]/.test(text.slice(m0.end, doc.mentions[mi].start)),
              );
              if (person !== undefined) return coordinated(doc, list, person);
              // "killed a senior al-Shabaab commander … The commander, X, had …": X
              const named = roleNamedNext(doc, si, text.slice(end, m0.end + 40));
              if (named >= 0) return [named];
              // "detained three suspected ISKP members", "shot dead four al-Shabaab fighters": the
              // group's people counted, none named, are the group the act befell
              // (unless the count names some of them: "…, including X" fills the patient below)
              return typeOf(i0) === 'organization' &&
                !list.some(
                  (mi) => typeOf(mi) === 'person' && NAMED_DEAD.test(text.slice(end, doc.mentions[mi].start)),
                ) &&
                ((COUNTED_OF_GROUP.test(text.slice(end, m0.start)) &&
                  MEMBERS_AFTER.test(text.slice(m0.end, m0.end + 40))) ||
                  // "killed four militants of the TTP", "arrested two fighters from G"
                  COUNTED_MEMBERS_OF.test(text.slice(end, m0.start)))
                ? [possessedUnit(doc, list, i0)]
                : [];
            }
            // ("positions held by G's Unit X": the unit)
            return coordinated(doc, list, possessedUnit(doc, list, i0));
          };
          const usable = new Set(ms.filter((mi) => typeOf(mi) !== 'place' && sameSide(mi) && !tied(mi)));
          const parsed =
            type === 'meeting' || type === 'travel_restriction' || nominal || denied
              ? null
              : rolesFromParse(
                  doc,
                  si,
                  at,
                  usable,
                  (mi) => firstAfter([mi, ...after.filter((x) => x > mi)]),
                  new Set(
                    ms.filter(
                      (mi) =>
                        typeOf(mi) === 'place' && doc.entities[ent(mi)].kind === 'country' && sameSide(mi),
                    ),
                  ),
                );
          if (type === 'meeting') {
            push('agent', reported[0]);
            // (rare32) "talks with G were held", "officials met G's leaders": with no side named
            // before the word, the side it names right after is the one that met
            if (reported[0] === undefined) {
              const side = after.find((mi) => typeOf(mi) === 'organization' || typeOf(mi) === 'person');
              if (
                side !== undefined &&
                MEETING_SIDE_AFTER.test(text.slice(end, doc.mentions[side].start)) &&
                !meetingUnreal(doc, tokenAt(doc, si, at))
              )
                push('agent', side);
            }
            for (const mi of after) if (typeOf(mi) === 'person') push('member', mi);
          } else if (type === 'travel_restriction') {
            push('agent', reported[0]);
            // (events24) "placed A and B on the exit control list": all the people before it
            for (const mi of travelBarredBefore(text, doc, reported, at)) push('patient', mi);
            push(
              'recipient',
              after.find((mi) => typeOf(mi) === 'organization' && !/list$/i.test(doc.mentions[mi].text)),
            );
            // (events24) "seized the passports of A and B", "a visa ban on X": the people it befell
            const barred = after.find((mi) => typeOf(mi) === 'person');
            if (barred !== undefined && TRAVEL_BARRED_AFTER.test(text.slice(end, doc.mentions[barred].start)))
              for (const mi of firstAfter(after.filter((x) => x >= barred)))
                if (typeOf(mi) === 'person') push('patient', mi);
          } else if (type === 'designation' && !passive) {
            const body = reported.findLast((mi) => typeOf(mi) === 'organization' || typeOf(mi) === 'person');
            // "Canada designated X", "Britain has listed X": a state designates (not one
            // a preposition puts the act in: "in Pakistan, the interior ministry banned X")
            const state = ms.findLast(
              (mi) =>
                doc.mentions[mi].end <= at &&
                sameSide(mi) &&
                !denied &&
                typeOf(mi) === 'place' &&
                doc.entities[ent(mi)].kind === 'country' &&
                !/\b(?:in|from|of|to|at|by|against|on|across|inside|within|for|with)\s+(?:the\s+)?$/i.test(
                  text.slice(Math.max(s.start, doc.mentions[mi].start - 12), doc.mentions[mi].start),
                ) &&
                !/^['’]s?\b/.test(text.slice(doc.mentions[mi].end, doc.mentions[mi].end + 2)) &&
                !/[,;]|\b(?:said|says|that)\b/.test(text.slice(doc.mentions[mi].end, at)),
            );
            push(
              'agent',
              state !== undefined &&
                (body === undefined || doc.mentions[state].start > doc.mentions[body].end)
                ? state
                : body,
            );
            push('patient', after[0]);
          } else if (type === 'allegiance' && nominal) {
            // "pledged allegiance to X", "an oath of allegiance from Y", "X accepted Y's allegiance"
            const after1 = after.find((mi) => !/[.;]/.test(text.slice(end, doc.mentions[mi].start)));
            const link = after1 === undefined ? '' : text.slice(end, doc.mentions[after1].start);
            const last = reported.at(-1);
            // "They pledged allegiance to X": the group the sentences before are about
            if (last === undefined && PRONOUN_SUBJECT.test(text.slice(from, at))) {
              const g = topicGroup(doc, by, si);
              if (g >= 0) participants.push({ role: 'agent', entity: g });
            }
            const verb = last === undefined ? '' : text.slice(doc.mentions[last].end, at);
            const receives = /\b(?:receiv|accept|took|take|taking|won|win|secur|obtain|welcom)\w*/i.test(
              verb,
            );
            if (/\b(?:from|by)\s+(?:the\s+)?$/i.test(link)) {
              push('agent', after1);
              if (receives) push('recipient', last);
            } else {
              if (!receives) push('agent', last);
              // "to G", "to the group's leader, X", "to its emir X": the leader stands for the group (event-ties.ts)
              if (
                /\bto\s+(?:the\s+)?(?:(?:(?:the\s+)?\w+['’]s|its|their)\s+(?:[\w-]+\s+)?(?:leader|chief|emir|head|founder|commander)\s*,?\s*)?$/i.test(
                  link,
                )
              )
                push('recipient', after1);
              else if (receives) push('recipient', last);
            }
          } else if (nominal && !passive) {
            // "Kenya launched strikes on X", "Iran responded with missile strikes": a state that is
            // the support verb's subject (not one after a preposition or before "'s") is the doer
            const stateDoer = (after0: number): number | undefined =>
              ms.findLast((mi) => {
                const mm = doc.mentions[mi];
                if (mm.start < after0 || mm.end > at || !sameSide(mi) || typeOf(mi) !== 'place') return false;
                if (doc.entities[ent(mi)].kind !== 'country') return false;
                if (
                  /\b(?:in|from|of|to|at|by|against|on|across|inside|within|for|with|into|over|near)\s+(?:the\s+)?$/i.test(
                    text.slice(Math.max(s.start, mm.start - 12), mm.start),
                  )
                )
                  return false;
                const gap = text.slice(mm.end, at);
                return (
                  !/^['’]s?\b/.test(gap) &&
                  // ("the Pakistan-based group behind …": a country in a compound only qualifies)
                  !/^-/.test(gap) &&
                  !/[,;]|\b(?:said|says|that)\b/.test(gap) &&
                  (SUPPORT.test(gap) || RETORT.test(gap))
                );
              });
            // "the attack carried out by the Houthis", "Al-Shabaab's attack on X", "X launched an attack"
            const byAgent = after.find(
              (mi) =>
                /\bby\s+(?:the\s+)?(?:[\w-]+\s+)?$/i.test(
                  text.slice(Math.max(end, doc.mentions[mi].start - 40), doc.mentions[mi].start),
                ) && !/[.;]/.test(text.slice(end, doc.mentions[mi].start)),
            );
            const last = reported.at(-1);
            const lastM = last === undefined ? null : doc.mentions[last];
            const possessive = lastM && /^['’]s?\s+(?:[\w-]+\s+){0,2}$/.test(text.slice(lastM.end, at));
            // ("X's assassination": the person it befell, events14)
            const victimOwner = !!possessive && victimPossessor(doc, type, tok, last as number);
            const support =
              lastM &&
              (SUPPORT.test(text.slice(lastM.end, at)) || RETORT.test(text.slice(lastM.end, at))) &&
              !actInTimePhrase(doc, tok) &&
              // ("G denied carrying out the attack", "officials do not believe G carried it out")
              !hedgedDoer(doc, mentionHead(doc, last as number));
            // "an al-Shabaab suicide bomber", "an ISKP bomber": the noun of the one who did it, and
            // the group right before it is whose he was
            const doerNoun =
              lastM &&
              /bomber$/i.test(m[0]) &&
              typeOf(last as number) === 'organization' &&
              /^\s*$/.test(text.slice(lastM.end, at));
            if (
              claimer >= 0 &&
              (type === 'attack' || type === 'killing') &&
              claim &&
              s.start + claim.index < at
            )
              participants.push({ role: 'agent', entity: claimer });
            else if (heldResponsible(doc, tok, usable) >= 0) push('agent', heldResponsible(doc, tok, usable));
            else if (doerNounGroup(doc, si, m[0], end, usable) >= 0)
              push('agent', doerNounGroup(doc, si, m[0], end, usable));
            else if (byAgent !== undefined) push('agent', byAgent);
            else if (type === 'attack' && compoundDoer(doc, si, end, usable) >= 0)
              push('agent', compoundDoer(doc, si, end, usable));
            else if (doerThroughMen(doc, after, end) !== undefined)
              push('agent', doerThroughMen(doc, after, end));
            else if (stateDoer(lastM ? lastM.end : from) !== undefined)
              push('agent', stateDoer(lastM ? lastM.end : from));
            else if ((possessive && !victimOwner) || support || doerNoun) push('agent', last);
            else if (
              last === undefined &&
              (type === 'attack' || type === 'killing') &&
              itDidIt(text.slice(from, at))
            ) {
              // (events35) "It has long been blamed for the 2008 bombing", "They carried out the raid":
              // "it"/"they" opening the sentence as the doer of the act noun is the group the
              // sentences before are about
              const g = topicGroup(doc, by, si);
              if (g >= 0) participants.push({ role: 'agent', entity: g });
            }
            if (victimOwner) push('patient', last);
            // "the attack on X", "the killing of X", "an attack against X"
            // ("an offensive against X": the phrase holds the preposition)
            const target = after.find((mi) =>
              (/\s(?:on|against)$/i.test(m[0])
                ? /^\s+(?:the\s+|an?\s+)?$/i
                : /^\s*(?:on|against|of|targeting)\s+(?:the\s+|an?\s+)?$/i
              ).test(text.slice(end, doc.mentions[mi].start)),
            );
            // ("the killing of Somali lawmaker X", "the arrest of senior commander X": events23)
            const titled =
              target === undefined && (type === 'killing' || type === 'arrest')
                ? after.find(
                    (mi) => typeOf(mi) === 'person' && titledVictim(text.slice(end, doc.mentions[mi].start)),
                  )
                : undefined;
            if (target !== undefined && ent(target) !== participants[0]?.entity) push('patient', target);
            else if (titled !== undefined && ent(titled) !== participants[0]?.entity) push('patient', titled);
            else if (HIT_AFTER.test(text.slice(end, end + 30))) {
              const hit = firstAfter(
                after.filter((mi) => !/[.;]/.test(text.slice(end, doc.mentions[mi].start))),
              );
              for (const mi of hit) if (ent(mi) !== participants[0]?.entity) push('patient', mi);
            }
          } else if (passive) {
            const byAgent = after.find((mi) =>
              (CAME_UNDER.test(head) || /^under fire/i.test(m[0])
                ? /\b(?:by|from)\s+(?:the\s+)?$/i
                : /\bby\s+(?:the\s+)?$/i
              ).test(text.slice(Math.max(s.start, doc.mentions[mi].start - 12), doc.mentions[mi].start)),
            );
            // (rare33) "was expelled (dismissed, discharged) from G": the body one is put out of
            const fromBody =
              type === 'expulsion' && byAgent === undefined
                ? expelledFrom(doc, text, s.start, after)
                : undefined;
            push('agent', byAgent ?? fromBody ?? doerThroughMen(doc, after, end));
            // (events28) "arrested in a joint operation by the army and the police": every body
            // joined to the "by" one is a doer too
            if (byAgent !== undefined) for (const mi of bodiesJoined(doc, after, byAgent)) push('agent', mi);
            // "continue to Islamic State strongholds …, but was detained": a name that only modifies
            // a noun of things ("strongholds", "territory") is not who the act befell; a noun of
            // people ("Islamic State fighters were detained") keeps it
            const modifier = (mi: number) => {
              const w = /^\s+(\p{Ll}[\p{Ll}-]*)/u.exec(
                text.slice(doc.mentions[mi].end, doc.mentions[mi].end + 30),
              );
              return (
                !!w &&
                uposOf(doc, tokenAt(doc, si, doc.mentions[mi].end + w[0].length - w[1].length)) === 'NOUN' &&
                !PEOPLE_NOUN.test(w[1]) &&
                !ROLE_NOUN.test(` ${w[1]}`)
              );
            };
            const subj = reported.at(-1);
            // "He was arrested in X in May": the one person the sentences just before name
            if (
              subj === undefined &&
              (type === 'arrest' || type === 'killing' || type === 'expulsion') &&
              HE_PASSIVE.test(text.slice(from, at))
            )
              push('patient', personBefore(doc, by, si));
            // "X, a farmer whose son was among those killed": the one "whose" turns to befell it
            // ("A senior G commander was killed … The commander, X, had …": X)
            const namedNext = subj === undefined ? -1 : roleNamedAfterPassive(doc, si, subj, at);
            if (namedNext >= 0) push('patient', namedNext);
            else if (
              subj !== undefined &&
              !modifier(subj) &&
              !/\bwhose\b/i.test(text.slice(doc.mentions[subj].end, at))
            )
              for (const mi of coordinatedBack(doc, reported, subj)) push('patient', mi);
            // ("X was arrested along with his brother Y", events14)
            for (const mi of alongWith(doc, type, tok, usable)) push('patient', mi);
          } else {
            // "X were wounded as raiders ambushed …": the verb's own subject is unnamed, so the name
            // before it belongs to another clause and did not do this
            const last = reported.at(-1);
            // ("… of G after Iran hanged X": the country right before the verb, events14)
            const stateSubj = type === 'killing' || type === 'arrest' ? stateJustBefore(doc, ms, at) : -1;
            if (stateSubj >= 0) push('agent', stateSubj);
            else if (
              last === undefined ||
              !(
                unnamedSubject(doc, tokenAt(doc, si, at), doc.mentions[last].end) ||
                targetOfSubject(doc, tokenAt(doc, si, at), doc.mentions[last])
              )
            )
              push(
                'agent',
                type === 'attack' ? sharedSubject(doc, tokenAt(doc, si, at), usable, last) : last,
              );
            // "The group murdered a journalist in 2019 and shot a detective in 2023": the group
            // named last before this sentence did it (not "the group said police arrested X")
            if (!reported.length) {
              const gm = GROUP_NOUN.exec(text.slice(from, at)) ?? PRONOUN_SUBJECT.exec(text.slice(from, at));
              if (gm && !SAID_OR_THAT.test(text.slice(from + gm[0].length, at))) {
                const g = topicGroup(doc, by, si);
                if (g >= 0) participants.push({ role: 'agent', entity: g });
              } else if (!gm && frontedPronounSubject(doc, si, tokenAt(doc, si, at))) {
                // ("On Sunday they ambushed …": as "They ambushed …", events12)
                const g = topicGroup(doc, by, si);
                if (g >= 0) participants.push({ role: 'agent', entity: g });
              }
            }
            // "Two years after it overran X, G now holds …": the pronoun of a clause set before the
            // sentence's subject is that subject, who did the act; its patient is in its own clause
            let own = after;
            const comma =
              FRONTED_PRONOUN.test(text.slice(from, at)) && !reported.length ? text.indexOf(',', end) : -1;
            if (comma > 0 && comma < s.end) {
              own = after.filter((mi) => doc.mentions[mi].end <= comma);
              push(
                'agent',
                after.find(
                  (mi) =>
                    doc.mentions[mi].start > comma &&
                    typeOf(mi) !== 'place' &&
                    /^\s*(?:the\s+)?$/i.test(text.slice(comma + 1, doc.mentions[mi].start)),
                ),
              );
            }
            // (events35) "shot dead two traders near the gates of X", "killed a guard outside the
            // X Hotel": a building or body named after a preposition of place, past the act's own
            // object, is where it was, not whom it befell
            if (type === 'attack' || type === 'killing' || type === 'arrest')
              own = own.filter(
                (mi) =>
                  typeOf(mi) !== 'organization' ||
                  !LANDMARK_BEFORE.test(text.slice(end, doc.mentions[mi].start)),
              );
            for (const mi of firstAfter(own)) push('patient', mi);
          }
          // "Gunmen shot dead a council member. The victim, X, had …", "Police named him as X": the
          // one the act befell, named in the next sentence
          // "arrested four men, including a man it described as the cell's leader, X", "killed nine
          // fighters, among them X": the one the count names
          if ((type === 'killing' || type === 'arrest') && !participants.some((p) => p.role === 'patient'))
            for (const mi of after)
              if (
                typeOf(mi) === 'person' &&
                NAMED_DEAD.test(text.slice(end, doc.mentions[mi].start)) &&
                !participants.some((p) => p.entity === ent(mi))
              )
                push('patient', mi);
          if ((type === 'killing' || type === 'arrest') && !participants.some((p) => p.role === 'patient'))
            for (const mi of victimsNamedNext(doc, si, by[si + 1] ?? [])) push('patient', mi);
          // "killed a senior rebel commander …. Y, a commander of G, died …": Y
          if (type === 'killing' && !participants.some((p) => p.role === 'patient'))
            push('patient', deadNamedNext(doc, si, text.slice(end, end + 60), by[si + 1] ?? []));
          // "X pledged allegiance … He was arrested in Bremen on Sept. 3": "he" or "she", the
          // subject of the passive act, is the one person the sentence before names
          if (
            (type === 'killing' || type === 'arrest') &&
            !participants.some((p) => p.role === 'patient') &&
            tok >= 0 &&
            uposOf(doc, tok) === 'VERB' &&
            si > 0
          ) {
            const pro = children(doc, tok).find(
              (k) => relIs(relOf(doc, k), 'nsubj:pass') && /^(?:he|she)$/.test(wordOf(doc, k)),
            );
            const people = new Set(
              (by[si - 1] ?? []).filter((mi) => typeOf(mi) === 'person').map((mi) => ent(mi)),
            );
            if (pro !== undefined && people.size === 1)
              participants.push({ role: 'patient', entity: [...people][0] });
          }
          // "X claimed responsibility for Monday's attack": the claimer did it, however the act is worded
          if (
            claimer >= 0 &&
            (type === 'attack' || type === 'killing') &&
            claim &&
            s.start + claim.index < at &&
            !participants.some((p) => p.role === 'agent')
          )
            participants.unshift({ role: 'agent', entity: claimer });
          // the parse fills a role that word order left empty (subject and object by grammatical
          // role and voice); where both answer, word order stands: the parser is the weaker on
          // names and coordination in wire copy (measured on bench/events-dev)
          if (parsed) {
            // "a group that collapsed after Kenya captured its leader": a state that is the verb's
            // own subject did it, whatever name word order found before it (places are no
            // candidates of word order)
            if (parsed.state.length && !passive) {
              const keep = participants.filter(
                (p) => p.role !== 'agent' && !parsed.state.some((mi) => ent(mi) === p.entity),
              );
              participants.length = 0;
              participants.push(...keep);
              for (const mi of parsed.state) push('agent', mi);
            }
            const has = (r: Role) => participants.some((p) => p.role === r);
            if (!has('agent')) for (const mi of parsed.agent) push('agent', mi);
            if (!has('patient')) for (const mi of parsed.patient) push('patient', mi);
          }
          // "G ambushed a convoy together with fighters of H": H did it too (events10)
          if (type === 'attack')
            for (const mi of companions(doc, si, tok, usable)) joinDoers(participants, ent(mi));
          // "since 2019, when the group killed 20 soldiers", "its fighters stormed a post", "a suicide
          // bomber from the group killed 34": a subject that stands for the group named before
          if (
            (type === 'attack' || type === 'killing') &&
            !passive &&
            !participants.some((p) => p.role === 'agent') &&
            tok >= 0 &&
            (uposOf(doc, tok) === 'VERB' || isDoerNoun(m[0]))
          ) {
            // ("a suicide bomber", "a suicide attacker": the noun's head is its last word)
            const g = groupSubject(doc, isDoerNoun(m[0]) ? tokenEndingAt(doc, si, end) : tok);
            if (g >= 0 && !participants.some((p) => p.entity === g))
              participants.unshift({ role: 'agent', entity: g });
          }
          // "the group's attack on X": its possessor stands for the group named before (events10)
          if (type === 'attack' && nominal && !participants.some((p) => p.role === 'agent')) {
            const g = groupSubject(doc, groupPossessor(doc, tokenEndingAt(doc, si, end)));
            if (g >= 0 && !participants.some((p) => p.entity === g))
              participants.unshift({ role: 'agent', entity: g });
          }
          // "X clashed with Y", "clashes between X and Y", "X and Y clashed": a fight's sides by the
          // grammar, not by word order; a fight with no side named is no incident of ours
          if (type === 'attack' && CLASH.test(m[0])) {
            if (personClashed(doc, tok)) continue;
            const sides = clashSides(doc, si, tok, at, after, usable);
            participants.length = 0;
            // ("F spokesman X said a patrol had clashed with gunmen": F, for nobody named)
            if (!sides.agent.length && !sides.patient.length && !forceAgent(participants, doc, si, tok))
              continue;
            for (const mi of sides.agent) push('agent', mi);
            for (const mi of sides.patient) push('patient', mi);
          }
          // one leaves a group, one pledges to a leader: the other side is the recipient
          if (type === 'defection' || type === 'allegiance')
            for (const p of participants) if (p.role === 'patient') p.role = 'recipient';
          // "recruited young men for the TTP", "into al-Shabaab": the group recruited for receives them
          if (type === 'recruitment')
            for (const p of participants)
              if (
                p.role === 'patient' &&
                doc.entities[p.entity].type === 'organization' &&
                after.some(
                  (mi) =>
                    ent(mi) === p.entity &&
                    /\b(?:for|into|to\s+join)\s+(?:the\s+)?$/i.test(
                      text.slice(Math.max(end, doc.mentions[mi].start - 16), doc.mentions[mi].start),
                    ),
                )
              )
                p.role = 'recipient';
          // "recruited young men … for the group": the group named last before this sentence
          if (
            type === 'recruitment' &&
            !participants.some((p) => p.role === 'recipient') &&
            /^[^.;]{0,80}?\b(?:for|into|to\s+join)\s+the\s+(?:(?:militant|jihadist|armed|banned)\s+)?(?:group|outfit|organi[sz]ation|movement)\b(?![-'’])/i.test(
              text.slice(end, s.end),
            )
          ) {
            const g = lastGroup(doc, s.start);
            if (g >= 0 && !participants.some((p) => p.entity === g))
              participants.push({ role: 'recipient', entity: g });
          }
          const pl =
            type === 'travel_restriction'
              ? placeInTheBan(doc, ms, at, end, place(doerVerbAt(doc, si, m[0], at, end)))
              : place(doerVerbAt(doc, si, m[0], at, end));
          // "the attack", "Sunday's bombing": the event told before, told again
          const again =
            nominal &&
            /\b(?:[Tt]he|[Tt]hat|[Tt]his|[Bb]oth|[Tt]hese|[Tt]hose|[A-Z]\w+day['’]s)\s+(?:[\w-]+\s+)?$/.test(
              head,
            ) &&
            !DISTINCT.test(head);
          // "detained the two men near Peshawar", "killed the attackers": the ones told before, so the act told again
          // ("The two were detained on Saturday", "The suspects had been captured": the passive's subject
          // of an arrest; "the gunmen were killed" is another act than the one they did)
          const againVerb =
            !nominal &&
            !again &&
            !DISTINCT.test(head) &&
            (TOLD_BEFORE.test(text.slice(end, end + 60)) ||
              (type === 'arrest' && passive && TOLD_BEFORE_SUBJECT.test(head)));
          // ("Its spokesman said soldiers had killed six of the insurgents": the force that says so)
          if (!participants.length && (type === 'killing' || type === 'attack'))
            forceAgent(participants, doc, si, tok);
          if (!participants.length && type === 'killing') theActsDoers(participants, doc, out, si, tok);
          // ("two soldiers died in an encounter with G militants": G, events22)
          if (!participants.length && type === 'killing') {
            const foe = fightWithDoer(doc, ms, end);
            if (foe >= 0) participants.push({ role: 'agent', entity: foe });
          }
          // ("X was detained by the elite police unit F", "F said the men were captured")
          if (type === 'arrest' || type === 'killing')
            arrestingBody(participants, doc, si, tok, end, after, passive, type === 'arrest');
          // an act with nobody and nowhere named is kept only to join the one it retells; an
          // attack or a killing with a place is an incident even when nobody is named
          // (nor is an arrest of people counted in a named place: "police arrested three men in
          // Mombasa"; "he was taken into custody" is someone told before)
          // (events28) a bare "picked up" takes people, not momentum or the pace: a person it
          // befell, or people counted as the passive's subject or the object
          if (
            type === 'arrest' &&
            BARE_PICKED_UP.test(m[0]) &&
            !participants.some((p) => p.role === 'patient' && doc.entities[p.entity]?.type === 'person') &&
            !(passive && COUNTED_HELD.test(head)) &&
            !COUNTED.test(text.slice(end, end + 40))
          )
            continue;
          if (
            !participants.length &&
            (pl < 0 ||
              (type !== 'attack' &&
                type !== 'killing' &&
                // (a curfew or closure of a named place: `placeShut`, events24)
                type !== 'travel_restriction' &&
                (type !== 'arrest' ||
                  (!COUNTED.test(text.slice(end, end + 40)) && !(passive && COUNTED_HELD.test(head)))))) &&
            // (events28) "Two suspects were arrested: A and B": the list after the colon names them
            // (`oneOfThemNamed`), with or without a place
            !(type === 'arrest' && passive && LIST_AFTER_COLON.test(text.slice(end, s.end))) &&
            !again &&
            !againVerb
          )
            continue;
          // "The group claimed the attack a day later": a date after an act told before and claimed
          // now is the claim's; only one before the noun ("the Oct. 12 attack") is the act's
          // and "two days after the attack, police arrested X": the act told before is only the
          // time the arrest is counted from; the clause's date and place are the arrest's
          // (only when some act was told before: "X claimed the bombing of a bus in Zahedan on
          // Sunday" as the first word of it gives the bombing its place and day)
          const claimedAgain =
            again &&
            out.some((e) => (e.type === 'attack' || e.type === 'killing') && e.sentence < si) &&
            ((claim !== null && s.start + claim.index < at) ||
              /\b(?:after|before|following|since|over)\s+(?:[\w'’-]+\s+){1,2}$/i.test(head));
          const premodDate = claimedAgain
            ? dates.find(
                (d) =>
                  d.end <= at &&
                  d.shift === undefined &&
                  /^(?:['’]s)?\s+(?:(?!(?:the|a|an|this|that)\s)[\w-]+\s+)?$/i.test(text.slice(d.end, at)),
              )
            : undefined;
          const v: EventDraft = {
            type,
            sentence: si,
            date: claimedAgain
              ? premodDate
                ? resolved(premodDate)
                : null
              : (dateFor(doerVerbAt(doc, si, m[0], at, end), type) ??
                (type === 'travel_restriction' ? dayOfTheBan(dates, text, end, resolved) : null)),
            place: claimedAgain && !premodDate ? -1 : pl,
            participants,
            trigger: m[0],
          };
          // "attacks have continued along the coast", "weakened by defections and arrests", "ordered
          // attacks on villages": acts told in the plural with no count, no day and nobody who did
          // them are acts in general, no one incident
          if (
            (nominal || (tok >= 0 && uposOf(doc, tok) === 'NOUN')) &&
            plural &&
            !v.date &&
            !participants.some((p) => p.role === 'agent') &&
            (type === 'attack' || type === 'killing' || type === 'arrest') &&
            !again &&
            !COUNTED_ACTS.test(head)
          )
            continue;
          if (type === 'defection' && tok >= 0) {
            // "defected to H": H is the group joined, not the one left
            v.joined = joinedOf(doc, tok, (mi) => ms.includes(mi));
            if (v.joined >= 0) v.participants = participants.filter((p) => p.entity !== v.joined);
            if (!v.participants.length) continue;
            // "X had defected from the group": the group left is the one X was tied to as a member
            if (!v.participants.some((p) => p.role === 'recipient'))
              for (const p of v.participants.filter((p) => p.role === 'agent'))
                for (const g of groupsOf(doc, relations, p.entity, v.joined))
                  if (!v.participants.some((q) => q.entity === g))
                    v.participants.push({ role: 'recipient', entity: g });
          }
          if (DISTINCT.test(head) || alsoDone(head) || (!again && CAME_AFTER_HEAD.test(head)))
            distinct.add(v);
          if (again || againVerb) retold.add(v);
          if (again && cameAfter < 0) {
            const ca = CAME_AFTER_TAIL.exec(text.slice(end, Math.min(s.end, end + 60)));
            if (ca) {
              cameAfter = end + ca[0].length;
              // (nobody named only after the cut is of the act told again)
              v.participants = v.participants.filter((p) =>
                ms.some((mi) => doc.mentionEntity[mi] === p.entity && doc.mentions[mi].end <= cameAfter),
              );
            }
          }
          out.push(v);
          made.add(type);
          // "The Taliban said its men had raided …": a group telling its own act makes a statement
          if (
            pronounAgent >= 0 &&
            selfReport < 0 &&
            typeOf(pronounAgent) === 'organization' &&
            (type === 'attack' || type === 'killing' || type === 'arrest') &&
            participants.some((p) => p.role === 'agent' && p.entity === ent(pronounAgent))
          )
            selfReport = pronounAgent;
        }
      }
    };
    readTriggers();
    // "G has fought H since 2015", "G is at war with H": a fight with both sides named (events28)
    if (!made.has('attack') && foughtEachOther(doc, si, sText, ms, out, dateFor, place)) made.add('attack');
    // "Gunmen attacked a bus, and officials said G had carried out the assault": G did it (events28)
    if (made.has('attack') || made.has('killing')) doerNamedLater(doc, out, si, ms);
    diedInActs(doc, si, sText, ms, out, dateFor, place);
    // "X died of his wounds", "One of the victims was identified as X": the dead of the act told before
    deadNamedAfter(doc, si, sText, ms, out, dateFor, place);
    shareFirstActsDoers(doc, out, si);
    noDoerOfTheSlain(doc, out, si);
    branchesForGroups(doc, out, si, ms);
    // "Gunmen attacked a bus … Al-Shabaab claimed responsibility.": a claim naming no act of its
    // own makes the claimer the doer of the act told just before, when nobody was named for it
    // "in an attack claimed by X", "the bombing was later claimed by X": X did the act and claimed it
    let claimAt = claim ? s.start + claim.index : s.start;
    const claimedBy = ms.find(
      (mi) =>
        typeOf(mi) !== 'place' &&
        asideOf(doc.mentions[mi].start) < 0 &&
        !tiedQualifier(text, doc.mentions[mi].start, doc.mentions[mi].end) &&
        CLAIMED_BY.test(text.slice(Math.max(s.start, doc.mentions[mi].start - 60), doc.mentions[mi].start)),
    );
    // "… was claimed by the al-Qaeda-linked group": no name of its own, the group of the act
    // told just before (or the group last named), never the one that only qualifies it
    const byGroup = claimedBy === undefined ? CLAIMED_BY_GROUP.exec(sText) : null;
    let cbGroup = -1;
    if (byGroup && !inQuote(s.start + byGroup.index)) cbGroup = groupBefore();
    if ((claimedBy !== undefined && !inQuote(doc.mentions[claimedBy].start)) || cbGroup >= 0) {
      const cb = claimedBy !== undefined ? ent(claimedBy) : cbGroup;
      for (const e of out)
        if (e.sentence === si && (e.type === 'attack' || e.type === 'killing')) {
          e.participants = e.participants.filter((p) => !(p.role === 'patient' && p.entity === cb));
          if (!e.participants.some((p) => p.role === 'agent'))
            e.participants.unshift({ role: 'agent', entity: cb });
        }
      if (claimer < 0) {
        claimer = cb;
        claimAt = claimedBy !== undefined ? doc.mentions[claimedBy].start : s.start + (byGroup?.index ?? 0);
      }
    }
    // "the bombing was blamed on X", "police blamed the attack on X", "an ambush attributed to X":
    // those the act is put on are its doers (no word of theirs: no statement); with no act in the
    // sentence, the act told just before ("Gunmen stormed a village … The raid was blamed on X")
    const blamedOn = ms.find(
      (mi) =>
        typeOf(mi) !== 'place' &&
        asideOf(doc.mentions[mi].start) < 0 &&
        !inQuote(doc.mentions[mi].start) &&
        (BLAMED_ON.test(text.slice(Math.max(s.start, doc.mentions[mi].start - 70), doc.mentions[mi].start)) ||
          // "blamed the Jalisco cartel for the assault"
          (BLAMED_BEFORE.test(
            text.slice(Math.max(s.start, doc.mentions[mi].start - 40), doc.mentions[mi].start),
          ) &&
            (FOR_THE_ACT.test(text.slice(doc.mentions[mi].end, doc.mentions[mi].end + 60)) ||
              // "The army blamed the ELN." , "police blamed G, which …": the act told just before
              /^(?:\s*\([^)]*\))?\s*(?:[,.;]|$)/.test(
                text.slice(doc.mentions[mi].end, doc.mentions[mi].end + 20),
              )))),
    );
    if (blamedOn !== undefined) {
      const bo = ent(blamedOn);
      const acts = out.filter((e) => e.sentence === si && (e.type === 'attack' || e.type === 'killing'));
      const prior = out.findLast(
        (e) => (e.type === 'attack' || e.type === 'killing') && e.sentence >= si - 2 && e.sentence < si,
      );
      const targets = acts.length
        ? acts
        : prior && s.paragraph - doc.seg.sentences[prior.sentence].paragraph <= 1
          ? out.filter((e) => e.sentence === prior.sentence && (e.type === 'attack' || e.type === 'killing'))
          : [];
      for (const e of targets) {
        if (e.participants.some((p) => p.role === 'agent' && p.entity !== bo)) continue;
        e.participants = e.participants.filter((p) => p.entity !== bo);
        e.participants.unshift({ role: 'agent', entity: bo });
      }
    }
    // ("G claimed the attack": an act the claim only names again, with no day or place of its own,
    // is the one told before too)
    const onlyRetold = out.every(
      (e) =>
        e.sentence !== si ||
        (e.type !== 'attack' && e.type !== 'killing') ||
        (retold.has(e) && !e.date && e.place < 0),
    );
    if (claimer >= 0 && onlyRetold) {
      // (two sentences back, and past a witness's words in quotes between)
      const reach = claimReach(doc, si, inQuote);
      const last = out.findLast(
        (e) => (e.type === 'attack' || e.type === 'killing') && e.sentence >= reach.first && e.sentence < si,
      );
      // (a toll waiting for its act's doers: the claim is the act's, the toll follows it)
      const prior = last && waiting.has(last) ? waiting.get(last) : last;
      if (
        prior &&
        !prior.participants.some((p) => p.role === 'agent' || p.entity === claimer) &&
        reach.paragraphs(prior.sentence) <= 1
      )
        prior.participants.unshift({ role: 'agent', entity: claimer });
    }
    // "G denied that its men were involved", "Its spokesman, X, warned …": an armed group's word
    if (claimer < 0 && !made.has('statement')) {
      const word = groupWord(doc, si, ms, relations, inQuote, claimer, dateFor);
      if (word) {
        out.push(word);
        made.add('statement');
      }
    }
    if (selfReport >= 0 && claimer < 0 && !made.has('statement') && tellsAsAGroup(doc, ent(selfReport))) {
      const m = doc.mentions[selfReport];
      // ("G (ABC) said its men had …": the acronym in brackets after the name too)
      const verb =
        /^(?:\s*\([^()]{1,15}\))?(?:\s*,[^,]*,)?\s+(?:also\s+|later\s+|earlier\s+)?(\p{L}+)(?![\p{L}\d_])/iu.exec(
          text.slice(m.end, m.end + 200),
        );
      if (verb && speechDateBefore(`${verb[1]} `) && verb[1] !== 'added')
        out.push({
          type: 'statement',
          sentence: si,
          date: dateFor(m.end + verb.index + verb[0].length - 4, 'statement'),
          place: -1,
          participants: [{ role: 'speaker', entity: ent(selfReport) }],
          trigger: verb[0].trim().split(/\s+/).at(-1) ?? 'said',
        });
    }
    // "the army said on Sunday", "police chief X told reporters on Monday": a named official's or
    // body's dated word (events21)
    // (a body's report of its own act, "F said on Monday it had arrested X", only when the body has
    // a name of its own: datedSaying)
    if (
      !made.has('statement') &&
      claimer < 0 &&
      (selfReport < 0 || !tellsAsAGroup(doc, ent(selfReport))) &&
      !out.some((e) => e.sentence === si && e.type === 'statement')
    ) {
      const said = datedSaying(doc, si, dates, ms, (mi) => asideOf(doc.mentions[mi].start) < 0, inQuote);
      if (said) {
        const participants: { role: Role; entity: number }[] = [{ role: 'speaker', entity: said.speaker }];
        if (doc.entities[said.speaker].type === 'person')
          for (const r of relations)
            if (
              !r.negated &&
              r.subject === said.speaker &&
              SPEAKS_FOR.has(r.type) &&
              doc.entities[r.object].type === 'organization' &&
              !participants.some((p) => p.entity === r.object)
            )
              participants.push({ role: 'speaker', entity: r.object });
        out.push({
          type: 'statement',
          sentence: si,
          date: resolved(said.date),
          place: -1,
          participants,
          trigger: said.trigger,
        });
        made.add('statement');
      }
    }
    // "killed N militants in an operation near X": the operation is the attack it was done in
    if (!meansAct && made.has('killing') && !made.has('attack')) meansAct = killedInOperation(sText);
    // the killing done in an attack noun passed over above (its doers may be told later)
    if (meansAct && !made.has('attack')) {
      const k = out.findLast((e) => e.sentence === si && e.type === 'killing');
      if (k && !k.participants.some((p) => p.role === 'agent'))
        for (const e of meansDoers)
          if (!k.participants.some((p) => p.entity === e))
            k.participants.unshift({ role: 'agent', entity: e });
      if (k) doneIn.set(k, meansAct);
    }
    // a claim with no act named in the sentence is still a statement by the claimer
    if (claimer >= 0 && !made.has('statement'))
      out.push({
        type: 'statement',
        sentence: si,
        date: dateFor(claimAt, 'statement'),
        place: -1,
        participants: [{ role: 'speaker', entity: claimer }],
        trigger: claim?.[0] ?? 'claimed',
      });
    // "G denied any role, but H claimed the attack": the other group's word beside the claim
    if (claimer >= 0) {
      const word = groupWord(doc, si, ms, relations, inQuote, claimer, dateFor);
      if (word) out.push(word);
    }
    for (const d of dates)
      if (d.value?.length === 10 && speechDateBefore(text.slice(Math.max(s.start, d.start - 40), d.start)))
        lastReport = { text: d.text, value: d.value };
    const own = dates.filter((d) => !reportDate(d) && asideOf(d.start) < 0);
    if (own.length) paraDate = { paragraph: s.paragraph, date: own[0] };
    for (const d of own) {
      const v = resolved(d).value;
      if (v && v.length === 10) lastDay = v;
      // (only a date the text tells: "the previous week" is known to its month by reckoning alone)
      if (v && v.length >= 7 && d.value) lastTold = v;
    }
  }
  // the sentence loop's garbage goes before the merge builds its tables (long texts only)
  collectIfLong(text.length);
  resolveDescribedDoers(doc, out);
  whoseDoers(doc, out);
  // "…, a week after the group killed eleven traders": the group named before did it (events29)
  groupOfTimeClause(doc, out);
  doersNamedNext(doc, out);
  // "The raiders are believed to be fighters of G", "police linked the raid to G" (doers32)
  doersByCue(doc, out);
  killedByTheAct(doc, out);
  // "G fighters killed 14 soldiers in an ambush near X": the ambush is an attack of its own, by
  // the killing's doers on its victims, on its day and at its place (with nobody said to have
  // killed, "were killed in an ambush" stays the killing alone)
  const doerless = killingsWithoutDoers(doneIn);
  const actsOfKillings: [EventDraft, EventDraft][] = [];
  for (const [k, noun] of doneIn)
    if (k.participants.some((p) => p.role === 'agent')) {
      const act: EventDraft = {
        ...k,
        type: 'attack',
        participants: k.participants.map((p) => ({ ...p })),
        trigger: noun,
      };
      out.push(act);
      actsOfKillings.push([act, k]);
    }
  // "… killing 14 soldiers. Among the dead was Lieutenant X, …": the people the next sentence
  // names among the dead are the killing's patients
  for (let si = 1; si < doc.seg.sentences.length; si++) {
    const s = doc.seg.sentences[si];
    const m = AMONG_THE_DEAD.exec(doc.text.slice(s.start, s.end));
    if (!m) continue;
    const k = out.findLast((e) => e.type === 'killing' && e.sentence < si && e.sentence >= si - 3);
    if (!k || s.paragraph - doc.seg.sentences[k.sentence].paragraph > 2) continue;
    const at = s.start + m[0].length;
    const stop = doc.text
      .slice(at, s.end)
      .search(/[;]|,\s*(?:who|which|a|an|the)\b|\s+(?:and|as)\s+(?!\p{Lu})/u);
    const end = stop < 0 ? s.end : at + stop;
    for (let mi = 0; mi < doc.mentions.length; mi++) {
      const mm = doc.mentions[mi];
      if (mm.start < at || mm.end > end) continue;
      const e = doc.mentionEntity[mi];
      if (doc.entities[e].type !== 'person' || k.participants.some((p) => p.entity === e)) continue;
      k.participants.push({ role: 'patient', entity: e });
    }
  }
  const merged = mergeRetold(doc, out, distinct, retold, relations, tolls);
  attacksOfJoinedKillings(merged, doerless);
  killingsRetoldAsAttacks(merged, retold);
  // a waiting toll takes the doers its act was given (by a claim, or by the act told again with
  // its doers); with none it is no event of its own
  for (const [toll, act] of waiting) {
    const doers = act.participants.filter((p) => p.role === 'agent');
    if (!toll.participants.some((p) => p.role === 'agent'))
      toll.participants.unshift(...doers.map((p) => ({ role: 'agent' as Role, entity: p.entity })));
    // ("two men died when a missile hit their car … identified them as A and B": the
    // strike befell A and B too, events23)
    if (!act.participants.length)
      act.participants.push(
        ...toll.participants.filter((p) => p.role === 'patient' && doc.entities[p.entity].type === 'person'),
      );
  }
  // "X died in a clash with G": G killed X (events22; before a toll with no doers is dropped)
  killedInFightWith(doc, merged);
  // (the fight's day, which that gives the killing, is the day of the attack it was done in: events26)
  for (const [act, k] of actsOfKillings) if (!act.date?.value && k.date?.value) act.date = k.date;
  // (the lead's, when its act names nobody either, waits on for the act the article tells in
  // full later: `leadToldInFull`, events23; `tollsWithTheirActs` drops it if none gives it doers)
  const kept = merged.filter(
    (v) => !waiting.has(v) || v.participants.length > 0 || (v.sentence === 0 && namesNobody(waiting.get(v))),
  );
  // a travel ban befalls people: a person word order took for its doer is its patient, a group
  // that is no state body is no doer, and it has no recipient ("X was barred from leaving after praising G": G is no party to it)
  // (a curfew, closure or restriction of movement shuts a place: the official who imposed it, or
  // the armed group that ordered it, is its doer; rare31)
  for (const v of kept)
    if (v.type === 'travel_restriction') {
      const area = AREA_TRIGGER.test(v.trigger);
      v.participants = v.participants
        .filter(
          (p) =>
            p.role !== 'recipient' &&
            (p.role !== 'agent' || bansTravel(doc, p.entity) || (area && authority(doc, p.entity))),
        )
        .map((p) =>
          p.role === 'agent' && doc.entities[p.entity].type === 'person' && !area
            ? { role: 'patient' as Role, entity: p.entity }
            : p,
        );
    }
  // "G-linked insurgents killed nine … G claimed the raid": the group that only qualified the
  // doers is their doer once the article tells it claimed the act
  for (const v of kept) {
    if (v.participants.length || (v.type !== 'attack' && v.type !== 'killing')) continue;
    const g = (by[v.sentence] ?? [])
      .filter((mi) => tiedQualifier(text, doc.mentions[mi].start, doc.mentions[mi].end))
      .map((mi) => doc.mentionEntity[mi])
      .find((e) =>
        kept.some(
          (o) =>
            o.type === 'statement' &&
            o.sentence > v.sentence &&
            /\bclaim(?:ed|s|ing)?\b/i.test(
              text.slice(doc.seg.sentences[o.sentence].start, doc.seg.sentences[o.sentence].end),
            ) &&
            o.participants.some((p) => p.entity === e),
        ),
      );
    if (g !== undefined) v.participants.push({ role: 'agent', entity: g });
  }
  // (a travel ban on nobody named says nothing the graph can keep, unless it shuts a place: events24)
  // ("the men killed on Tuesday had fought for G": the dead of a killing told before, events20)
  const told = kept.filter(
    (v) =>
      (v.type !== 'travel_restriction' || v.participants.length > 0 || placeShut(doc, v)) &&
      !deadOfAKillingTold(doc, v, kept),
  );
  // "six soldiers were killed when G attacked a base": the attack's doers killed them
  killedWhenAttacked(doc, told);
  // "police arrested three men. A, B and C were …": the three the next sentence names
  countedNamedNext(doc, told, by);
  // "A, B and C … The three men were arrested in 2023": the three the list before named (events22)
  countedNamedBefore(doc, told);
  // "… named one of them as X", "F announced the arrest of …" (events27)
  oneOfThemNamed(doc, told, by);
  announcedArrest(doc, told, by);
  listedBeforeParticiple(doc, told, by);
  unitOfTheAgent(doc, told, by);
  // "G, a militia that Canada banned", "G, founded by X, was banned by A and by B" (events22)
  designationParties(doc, told);
  return tollsWithTheirActs(
    dropUnnamedActs(
      doc,
      placedBySameDay(
        doc,
        placedNext(
          doc,
          placedByState(
            doc,
            countedFromTheSentence(doc, datedByLastTold(oneActsDoers(doc, placesAreNoPatients(doc, told)))),
          ),
          by,
        ),
      ),
    ),
    new Set(waiting.keys()),
  );
}

// "was reported killed", "were said to have been killed", "is reportedly believed to have been
// arrested": a report in the passive, right before the act, of the subject it befell
const REPORTED_PASSIVE =
  /\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:(?:also|reportedly|widely|now)\s+)?(?:reported|said|confirmed|believed|thought|feared|presumed|understood)\s+(?:to\s+have\s+been\s+|to\s+be\s+|as\s+(?:having\s+been\s+)?)?$/i;

const NOT_ATTACK_AFTER =
  /^\s+(?:out|down|off|a\s+(?:deal|balance|chord|note|pose)|an?\s+agreement|agreements?|deals?)\b/i;

// "threatened to attack", "could strike", "a possible attack", "fears of an attack", "plans to bomb"
const HYPO_BEFORE =
  /\b(?:could|may|might|would|will|should|must|can|plotting|threaten(?:ed|s|ing)?\s+to|vow(?:ed|s|ing)?\s+to|plan(?:ned|s|ning)?\s+to|intend(?:ed|s|ing)?\s+to|likely\s+to|able\s+to|(?:attempts|seeks|tries|aims|wants|hopes|prepares)\s+to|possible|potential|future|imminent|fears?\s+(?:of|that)|threats?\s+of|risk\s+of|warn(?:ed|s|ing)?\s+(?:of|about))\s+(?:(?:an?|the|more|new|further|fresh|another|be|been|have|further)\s+){0,2}(?:[\w-]+\s+)?$/i;
// "an attack is likely", "an attack could come", "an attack was feared"
const HYPO_AFTER =
  /^\s+(?:(?:is|was|are|were|seemed|seems|looked|looks|remains?|remained)\s+(?:(?:very|highly|more|most|still|now)\s+)?(?:likely|possible|probable|imminent|expected|feared|planned)\b|(?:could|may|might|would|will)\s+(?:still\s+|soon\s+)?(?:come|happen|occur|follow|take\s+place|be\s+(?:launched|carried|staged|mounted))\b)/i;
// "a plot by the Pakistani Taliban to bomb", "an attempt to kill", "a bid to seize": the act is
// the aim of a plan, threat or order, told with "to" after the noun (and its "by/of X")
const AIM_BEFORE =
  /\b(?:plots?|plans?|bids?|attempts?|conspiracy|schemes?|intention|intent|threats?|orders?|calls?|plotting|plotted|conspired|conspiring|scheming)\s+(?:(?:by|of|from)\s+(?:[\w.'’-]+\s+){1,6}?)?to\s+$/i;
// "if the army withdraws, the insurgents will attack", "unless they surrender": a condition in
// the trigger's own clause; "unclear if", "asked if" ask about an act and are left alone
const CONDITION_WORD = /\b(?:if|unless)\s/gi;
const ASKS_BEFORE =
  /\b(?:unclear|clear|know|known|asked|ask|asks|wondered|sure|see|confirm|confirmed|say|said|determine|even|as)\s+$/i;
function conditional(head: string): boolean {
  let last = -1;
  CONDITION_WORD.lastIndex = 0;
  for (let m = CONDITION_WORD.exec(head); m; m = CONDITION_WORD.exec(head)) last = m.index;
  if (last < 0) return false;
  if (ASKS_BEFORE.test(head.slice(0, last))) return false;
  // the condition ends at a comma or "then": "If X withdraws, militants will attack" is left to
  // the modal
  return !/[,;:]|\bthen\b/i.test(head.slice(last));
}
// "has not carried out an attack", "never staged a raid", "no attacks", "without a fight"
const NO_ACT_BEFORE =
  /(?:\b(?:not|never|n['’]t)\s+(?:yet\s+|since\s+|again\s+)?(?:carried out|carry out|launched|launch|staged|stage|mounted|mount|conducted|conduct|committed|commit|seen|see|suffered|witnessed|recorded|reported)\s+(?:an?\s+|any\s+|further\s+|new\s+)?|\b(?:no|without\s+an?)\s+)(?:(?:major|large|big|serious|significant|new|further|fresh|deadly|fatal|militant|terrorist|insurgent|suicide)\s+){0,2}$/i;
const DOING_VERB = new Set([
  'carry',
  'launch',
  'stage',
  'mount',
  'conduct',
  'commit',
  'perpetrate',
  'see',
  'suffer',
  'witness',
  'record',
]);
// "nobody was killed", "no one had been hurt or killed"
const NOBODY = /\b(?:nobody|no\s*-?\s*one|none)\b(?:\s+[\w-]+){0,3}\s+$/i;
// who kills over years is a conflict, not a doer: "the insurgency has killed …", "a war that killed …"
const ABSTRACT_DOER =
  /\b(?:insurgency|insurgencies|conflict|conflicts|war|wars|violence|fighting|unrest|rebellion|uprising|campaign|crisis|jihad)\s+(?:(?:that|which|has|have|had|already|so far|since)\s+){0,3}(?:[\w-]+\s+)?$/i;
// a toll in the thousands: "more than 40,000 people", "tens of thousands"
const BIG_TOLL =
  /^\s+(?:(?:more than|over|at least|nearly|almost|about|some|around|roughly|an estimated)\s+)?(?:(?:\d{1,3}(?:,\d{3})+|\d{4,})|(?:tens|hundreds) of thousands|thousands|millions|\d+(?:\.\d+)?\s+million)\b/i;

// "has killed dozens of soldiers over the past year", "have attacked mosques repeatedly since
// 2016", "more than 100 attacks since November", "has attacked X for three decades": a count
// or a habit over a span of time, no one incident
const SPAN =
  /\b(?:since\s+(?:\d{4}\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|it\s+(?:began|started)|the\s+(?:start|beginning)|then\b)|(?:over|in|during)\s+the\s+(?:past|last)\s+(?:[\w-]+\s+)?(?:years?|months?|weeks?|decades?)\b|in\s+recent\s+(?:years|months|weeks)|so\s+far\s+this\s+(?:year|month)|this\s+(?:year|month)\s+alone|repeatedly|in\s+the\s+first\s+(?:half|quarter|months?)\s+of|for\s+(?:(?:more\s+than|over|nearly|almost|about|the\s+past|the\s+last)\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|many|a\s+few|\d+)\s+)?(?:decades|years|months)\b)/i;
// "repelled an attack by G", "fought off a raid", "foiled an assault": the act beaten back
const REPELLED =
  /\b(?:repelled|repulsed|thwarted|foiled|fought\s+off|beat\s+back|beaten\s+back|pushed\s+back|repels|repel|repulse)\s+(?:(?:an?|the|their|its|another)\s+)?(?:[\w-]+\s+){0,2}?(?:attacks?|assaults?|raids?|ambush(?:es)?|offensive|incursions?)\b/i;
const HABITUAL =
  /\b(?:routinely|regularly|frequently|often|usually|typically|habitually|commonly|sometimes|occasionally|repeatedly|constantly|continually|persistently|used\s+to)\s+(?:(?:also|still)\s+)?$/i;
const PERFECT = /\b(?:has|have)\s+(?:(?:also|already|reportedly|now)\s+)?(?:been\s+)?$/i;
// a count right after the verb: "arrested more than 300 …", "detained dozens of …"
const COUNT_AFTER =
  /^\s+(?:(?:more than|over|at least|nearly|almost|about|some|around|roughly|an estimated)\s+)?(?:\d[\d,]*|dozens|hundreds|scores|thousands)\b/i;
const ONE_ACT =
  /\b(?:in|during)\s+(?:an?|the|one)\s+(?:[\w-]+\s+)?(?:attack|ambush|raid|bombing|assault|blast)\b/i;

// A noun act that a verb of planning governs as its object is an aim, not a deed: "charged with
// planning a bomb attack", "plotting an assault", "preparing a raid" (by the word's stem: the
// lemmatiser keeps "planning" whole). Likewise an act said to be planned or foiled.
const PLANNING = /^(?:plan|plann|plot|prepar|contemplat|threaten|propos|conspir|schem)/;
const PLANNED = /^(?:planned|plotted|foiled|thwarted|averted|intended|proposed|prospective)$/;
// a meeting that a verb of stopping governs did not take place, or ended: "suspended talks with",
// "called off the meeting", "broke off talks", "postponed the summit"
const STOPPING =
  /^(?:suspend|halt|cancel|postpon|freez|froze|abandon|end(?:s|ed|ing)?$|stop|reject|refus|call|broke|break|pull|walk|quit|delay|scrap)/;
const STOP_PARTICLE = /^(?:off|out)$/;

// (rare32) a meeting only possible, to come or denied: "talks with G might resume", "will meet"
const MEETING_MODAL = new Set(['could', 'may', 'might', 'should', 'must', 'can', 'will', 'would', 'shall']);

/** Whether a meeting word, or the verb it is the subject or object of, is negated or modal. */
function meetingUnreal(doc: Annotated, t: number): boolean {
  if (t < 0) return false;
  const h = uposOf(doc, t) === 'NOUN' ? headOf(doc, t) : t;
  for (const k of [t, h]) {
    if (k < 0) continue;
    if (isNegated(doc, k)) return true;
    if (children(doc, k).some((c) => relIs(relOf(doc, c), 'aux') && MEETING_MODAL.has(lemmaOf(doc, c))))
      return true;
  }
  return false;
}

/** The verb that takes a noun trigger as its object, and its word (lower case), or -1. */
function objectGovernor(doc: Annotated, tok: number): number {
  if (tok < 0 || uposOf(doc, tok) !== 'NOUN') return -1;
  const gov = headOf(doc, tok);
  if (gov < 0 || uposOf(doc, gov) === 'NOUN' || uposOf(doc, gov) === 'PROPN') return -1;
  const rel = relOf(doc, tok);
  // "planning a knife attack", "pulled out of talks"
  if (relIs(rel, 'obj') || relIs(rel, 'obl')) return gov;
  // (rare32) "talks with G were suspended", "the summit was called off": the passive's subject
  if (rel === 'nsubj:pass') return gov;
  return -1;
}
const wordOf = (doc: Annotated, t: number) =>
  doc.text.slice(doc.seg.tokens.start[t], doc.seg.tokens.end[t]).toLowerCase();

/** A noun act told as planned, plotted or foiled, or a meeting called off: no deed. */
function aimedOrStopped(doc: Annotated, trig: number, type: EventType): boolean {
  // "a bomb attack": the phrase starts on the noun's modifier
  let tok = trig;
  while (tok >= 0 && uposOf(doc, tok) === 'NOUN' && relIs(relOf(doc, tok), 'compound'))
    tok = headOf(doc, tok);
  if (tok < 0 || uposOf(doc, tok) !== 'NOUN') return false;
  if (children(doc, tok).some((k) => relIs(relOf(doc, k), 'amod') && PLANNED.test(wordOf(doc, k))))
    return true;
  const gov = objectGovernor(doc, tok);
  if (gov < 0) return false;
  const w = wordOf(doc, gov);
  // "planned the ambush" (the one told), "plotted Sunday's bombing": a definite act was done
  const definite = children(doc, tok).some(
    (k) =>
      (relIs(relOf(doc, k), 'det') && /^(?:the|this|that|these|those)$/.test(wordOf(doc, k))) ||
      relIs(relOf(doc, k), 'nmod:poss'),
  );
  if (relIs(relOf(doc, tok), 'obj') && PLANNING.test(w) && !definite) return true;
  if (type !== 'meeting' || !STOPPING.test(w)) return false;
  // "call", "break", "pull", "walk" stop only with their particle: "called off", "walked out of"
  if (/^(?:call|broke|break|pull|walk)/.test(w))
    return children(doc, gov).some((k) => STOP_PARTICLE.test(wordOf(doc, k)));
  return relIs(relOf(doc, tok), 'obj') || relOf(doc, tok) === 'nsubj:pass';
}

/**
 * "loyalists of the group are staging attacks", "the militants carry out raids on police posts":
 * uncounted acts in the plural that a verb in the present tense takes as object are a habit or a
 * trend, no one incident.
 */
function presentHabit(doc: Annotated, trig: number): boolean {
  let tok = trig;
  while (tok >= 0 && uposOf(doc, tok) === 'NOUN' && relIs(relOf(doc, tok), 'compound'))
    tok = headOf(doc, tok);
  if (tok < 0 || uposOf(doc, tok) !== 'NOUN' || !/[^s]s$/.test(wordOf(doc, tok))) return false;
  if (!relIs(relOf(doc, tok), 'obj')) return false;
  if (children(doc, tok).some((k) => relIs(relOf(doc, k), 'nummod') || relIs(relOf(doc, k), 'det')))
    return false;
  const gov = headOf(doc, tok);
  if (gov < 0 || uposOf(doc, gov) !== 'VERB') return false;
  const w = wordOf(doc, gov);
  const lemma = lemmaOf(doc, gov);
  const aux = children(doc, gov)
    .filter((k) => relIs(relOf(doc, k), 'aux'))
    .map((k) => wordOf(doc, k));
  if (/ing$/.test(w)) return aux.length === 1 && /^(?:is|are|am)$/.test(aux[0]);
  if (aux.length) return false;
  return w !== lemma ? w === `${lemma}s` || w === `${lemma}es` || w === lemma.replace(/y$/, 'ies') : true;
}

const SELF = /^\s+(?:himself|herself|themselves)\b/i;

/** An act the sentence says did not happen, may happen, or sums up over years. */
function notAnIncident(
  doc: Annotated,
  tok: number,
  type: EventType,
  head: string,
  tail: string,
  trigger: string,
): boolean {
  if (HYPO_BEFORE.test(head) || HYPO_AFTER.test(tail)) return true;
  if (tok >= 0 && uposOf(doc, tok) === 'VERB' && unreal(doc, tok)) return true;
  // "he hanged himself in his cell", "shot himself": a death by one's own hand is no killing (events14)
  if (type === 'killing' && SELF.test(tail)) return true;
  // "was trying to recruit", "could still mount attacks", "feared an attack", "its fighters attack shepherds"
  if (irrealis(doc, tok) || simplePresent(doc, tok) || anyAct(doc, tok) || deniedAct(doc, tok)) return true;
  if (aimedOrStopped(doc, tok, type)) return true;
  // "a plot by the group to bomb a mosque", "a bid to kill the governor": an aim, not a deed
  if (AIM_BEFORE.test(head)) return true;
  // "if the army withdraws, the militants will attack", "unless the troops pull out of its
  // assault": a condition tells no act ("unclear if the attack …" asks about one that was)
  if (conditional(head)) return true;
  // "has not carried out a major attack since 2017", "no attacks were reported": the noun's
  // doing verb is negated, or the noun is counted as none
  if (NO_ACT_BEFORE.test(head)) return true;
  if (tok >= 0 && uposOf(doc, tok) === 'NOUN') {
    const gov = headOf(doc, tok);
    if (gov >= 0 && relIs(relOf(doc, tok), 'obj') && DOING_VERB.has(lemmaOf(doc, gov)) && isNegated(doc, gov))
      return true;
  }
  // "denied that the group had killed any civilians", "never arrested any": "any" after the
  // verb tells no act that happened
  if (tok >= 0 && uposOf(doc, tok) === 'VERB' && /^\s+any\b/i.test(tail)) return true;
  // "Spain has arrested more than 300 suspected jihadists since the 2017 attacks", "police
  // have detained dozens of suspects over the past year": arrests counted over a span, no one arrest
  if (
    type === 'arrest' &&
    PERFECT.test(head) &&
    COUNT_AFTER.test(tail) &&
    (SPAN.test(tail) || /\bsince\s+the\s+\d{4}\b/i.test(tail))
  )
    return true;
  if (type === 'killing' || type === 'attack') {
    if (NOBODY.test(head)) return true;
    if (presentHabit(doc, tok) || pluralTrend(doc, tok)) return true;
    // "routinely beheads villagers", "often ambushed convoys": a habit, no incident
    if (HABITUAL.test(head)) return true;
    // "the group's attacks have declined since 2019", "Houthi strikes over the past months": a
    // plural act with no count, summed over a span, is a trend
    if (
      /[^s]s$/i.test(trigger) &&
      ((tok >= 0 && uposOf(doc, tok) === 'NOUN') ||
        /(?:\b\p{Lu}[\w-]*|['’]s|\b(?:the|its|their|his|her))\s+$/u.test(head)) &&
      !COUNTED_ACTS.test(head) &&
      SPAN.test(tail) &&
      !ONE_ACT.test(tail)
    )
      return true;
    const counted =
      (/s$/i.test(trigger) &&
        /\b(?:\d[\d,]*|dozens|hundreds|scores|thousands|more than|numerous|many)\s+(?:[\w-]+\s+)?$/i.test(
          head,
        )) ||
      // "…, killing hundreds of people over the past two years", "raided villages, killing
      // more than 300 people since 2019"
      /^(?:[^.;,]*,\s*killing)?\s+(?:(?:more than|at least|over|some)\s+)?(?:\d[\d,]*|dozens|hundreds|scores|thousands)\b/i.test(
        tail,
      );
    if ((PERFECT.test(head) || counted) && SPAN.test(tail) && !ONE_ACT.test(tail)) return true;
    if (
      ABSTRACT_DOER.test(head) ||
      (BIG_TOLL.test(tail) && /ed$|s$/i.test(trigger) && !/^(?:attacks|bombings|killings)$/i.test(trigger))
    )
      return true;
  }
  return false;
}

/**
 * A word the tagger took for a verb in its base or -s form that stands where only a noun
 * can: after a preposition and the words of its noun phrase ("after U.S. strikes on their
 * positions", "during the army's attacks"). A past or -ing form is left to the tagger.
 */
function nounAfterPreposition(doc: Annotated, tok: number, si: number): boolean {
  if (uposOf(doc, tok) !== 'VERB') return false;
  const { start, end } = doc.seg.tokens;
  const w = doc.text.slice(start[tok], end[tok]).toLowerCase();
  const lemma = lemmaOf(doc, tok);
  if (w !== lemma && w !== `${lemma}s` && w !== `${lemma}es`) return false;
  let words = 0;
  for (let k = tok - 1; k >= doc.seg.sentences[si].tFirst; k--) {
    if (!doc.text.slice(start[k], end[k]).trim()) continue;
    const u = uposOf(doc, k);
    if (u === 'ADP') return words > 0 && lemmaOf(doc, k) !== 'to';
    if (u !== 'PROPN' && u !== 'ADJ' && u !== 'DET' && u !== 'NUM' && u !== 'NOUN' && u !== 'PART')
      return false;
    if (++words > 4) return false;
  }
  return false;
}

const NAMING = /^(?:call|name|know|dub|identify|nickname|describe|title)$/;
const ADJECTIVAL =
  /^(?:suspected|alleged|accused|wanted|purported|presumed|so-called|armed|masked|unidentified)$/i;
/** The next word is a noun or a name (or an adjective before one): "suspected militants". */
function nounNext(doc: Annotated, t: number): boolean {
  for (let k = t + 1, n = 0; n < 3; k++, n++) {
    const u = uposOf(doc, k);
    if (u === 'NOUN' || u === 'PROPN') return true;
    if (u !== 'ADJ' && u !== 'NUM') return false;
  }
  return false;
}

/**
 * Where the trigger's own stretch of words ends, for a parse that tied its place or day nowhere
 * near it: at a comma, a verb, or a word that opens another act ("arrested X over a bombing in
 * Mosul": the bombing's place is not the arrest's). A participle right after a noun only
 * describes it ("shelled depots used by G near X", "a bus taking pilgrims near X"), and so
 * does "what it said were" ("shelled what it called G bases near X"), "that/which"
 * right after the trigger noun ("a bombing that targeted a convoy near X"): the stretch goes on.
 */
function ownStretchEnd(doc: Annotated, si: number, trig: number): number {
  const s = doc.seg.sentences[si];
  const { text } = doc;
  const { start, end } = doc.seg.tokens;
  for (let k = trig + 1; k < s.tLast; k++) {
    const w = text.slice(start[k], end[k]);
    if (/^what$/i.test(w)) {
      const said = REPORTED_AS.exec(text.slice(start[k], s.end));
      if (said) {
        const to = start[k] + said[0].length;
        while (k + 1 < s.tLast && start[k + 1] < to) k++;
        continue;
      }
    }
    if (k === trig + 1 && /^(?:that|which)$/i.test(w) && uposOf(doc, trig) === 'NOUN') continue;
    const u = uposOf(doc, k);
    if (
      u === 'VERB' &&
      k > trig + 1 &&
      relIs(relOf(doc, k), 'acl') &&
      /^(?:NOUN|PROPN)$/.test(uposOf(doc, k - 1) ?? '') &&
      (/ing$/i.test(w) || (w.toLowerCase() !== lemmaOf(doc, k) && !/s$/i.test(w)))
    )
      continue;
    if (
      /^[,;:—–()"“”]$/.test(w) ||
      u === 'VERB' ||
      u === 'AUX' ||
      /^(?:over|after|before|following|since|for|connection|against|with)$/i.test(w)
    )
      return start[k];
  }
  return s.end;
}
const OVERNIGHT = /\bovernight\b/i;
// "what it said were", "what the army described as", "what officials called"
const REPORTED_AS =
  /^what\s+(?:[\w'’-]+\s+){1,3}?(?:said|says|described\s+as|describes\s+as|called|calls|claimed|believed)\s+(?:(?:were|was|to\s+be|as)\s+)?/i;

/**
 * Whether a token (a date's or a place's) belongs to another clause than the trigger's: the
 * first predicate above it (a verb, or an event noun) is not the trigger and is either below
 * the trigger ("arrested over rockets fired on Monday", "over a bombing in Mosul") or outside
 * its chain of heads ("an analyst based in Cairo said …"): 2. A predicate joined to the
 * trigger by "and" before it ("formed in 2007 and banned in 2008", "raided a house on Monday
 * and arrested X"): 1, used only when the trigger's own clause has none. A clause on the
 * trigger noun itself ("the attack, which happened in X") and the act it was done in ("killed
 * in an ambush near X") are its own: 0. Without a parse, 0.
 */
function otherClause(doc: Annotated, trigTok: number, t: number): 0 | 1 | 2 {
  if (!doc.syntax || trigTok < 0 || t < 0) return 0;
  // "suicide bomber", "car bomb": the phrase's head stands for it
  const trig =
    relIs(relOf(doc, trigTok), 'compound') && headOf(doc, trigTok) >= 0 ? headOf(doc, trigTok) : trigTok;
  if (t === trigTok) return 0;
  // "a man called X", "a commander identified as X": naming verbs are no clause of their own
  // "two suspected militants", "an alleged recruiter": a participle before a noun is its adjective
  const isPred = (a: number) =>
    (uposOf(doc, a) === 'VERB' &&
      !NAMING.test(lemmaOf(doc, a)) &&
      !(
        ADJECTIVAL.test(doc.text.slice(doc.seg.tokens.start[a], doc.seg.tokens.end[a])) && nounNext(doc, a)
      )) ||
    // ("arrested X in a raid near Y", "a raid in Y killed X": a raid is the means of the act it
    // is told with, so its place is the act's)
    // (a clash likewise: "killed in clashes near X")
    (uposOf(doc, a) === 'NOUN' &&
      LEMMAS.nouns.has(lemmaOf(doc, a)) &&
      !/^(?:raid|clash)$/.test(lemmaOf(doc, a)));
  let v = -1;
  for (let a = headOf(doc, t), n = 0; a >= 0 && n < 24; a = headOf(doc, a), n++) {
    if (a === trig) return 0;
    if (isPred(a)) {
      v = a;
      break;
    }
  }
  if (v < 0) return 0;
  if (whichOnNoun(doc, trig, v)) return 0;
  // "X killed Y in Z on Friday, the army said on Sunday": what comes before the reporter's
  // comma is the act's, however the parse hung it on the speech verb
  if (v > trig && t < v && TRAILING_VERBS.has(lemmaOf(doc, v))) {
    const { start } = doc.seg.tokens;
    const stretch = doc.text.slice(start[t], start[v]);
    if (/,\s*(?:[\w.'’-]+\s+){1,6}$/.test(stretch) && !/,/.test(stretch.slice(stretch.lastIndexOf(',') + 1)))
      return 0;
  }
  if (uposOf(doc, trig) === 'NOUN') {
    // "the attack, which took place on X and killed five in Y": a clause on the trigger noun, or joined to one
    let c = v;
    for (let n = 0; n < 8 && relIs(relOf(doc, c), 'conj') && headOf(doc, c) >= 0; n++) c = headOf(doc, c);
    if (headOf(doc, c) === trig && relIs(relOf(doc, c), 'acl')) return 0;
  }
  // "killed and wounded in the attack": an oblique the parse hung on the last conjunct is shared
  const hv = headOf(doc, v);
  if (
    // (or on its object: "killed 14 soldiers in an ambush near X" read as "soldiers in an ambush")
    (hv === trig ||
      (hv >= 0 && relIs(relOf(doc, hv), 'conj') && headOf(doc, hv) === trig && hv > trig) ||
      (hv >= 0 && relIs(relOf(doc, hv), 'obj') && headOf(doc, hv) === trig)) &&
    uposOf(doc, v) === 'NOUN' &&
    children(doc, v).some((c) => relIs(relOf(doc, c), 'case') && /^(?:in|during|by)$/.test(lemmaOf(doc, c)))
  )
    return 0;
  if (relIs(relOf(doc, trig), 'conj') && headOf(doc, trig) === v) return t < trig ? 1 : 0;
  if (laterConjunct(doc, trig, v)) return 1;
  if (describesAct(doc, trig, v)) return 1;
  // "ambushed a convoy escorted by the army near X on Sunday": a participle on the act's object,
  // with no subject of its own, where the parse often hangs the act's own place and day; they
  // serve when the act's own clause has none
  // (or, as the parse may have it, a secondary predicate of the act: "ambushed a truck loaded with …";
  // a participle in -en too: "drove a car laden with explosives into …")
  if (
    /(?:ed|en)$/i.test(doc.text.slice(doc.seg.tokens.start[v], doc.seg.tokens.end[v])) &&
    headOf(doc, v) >= 0 &&
    ((relIs(relOf(doc, v), 'acl') &&
      relIs(relOf(doc, headOf(doc, v)), 'obj') &&
      headOf(doc, headOf(doc, v)) === trig) ||
      (relIs(relOf(doc, v), 'xcomp') && headOf(doc, v) === trig)) &&
    !children(doc, v).some((c) => /^nsubj/.test(relOf(doc, c)))
  )
    return 1;
  // "arrested on Thursday over the bombing": another act the trigger noun is the reason for or
  // the time before or after of keeps its own date and place
  if (
    uposOf(doc, trig) === 'NOUN' &&
    ancestors(doc, trig).includes(v) &&
    LEMMAS.verbs.has(lemmaOf(doc, v)) &&
    children(doc, trig).some(
      (c) =>
        relIs(relOf(doc, c), 'case') && /^(?:over|after|before|following|for|since)$/.test(lemmaOf(doc, c)),
    )
  )
    return 2;
  for (let a = headOf(doc, trig), n = 0; a >= 0 && n < 24; a = headOf(doc, a), n++) if (a === v) return 0;
  return 2;
}

/**
 * "a blast that hit a bus taking pilgrims near X", "shelled depots used by G near X":
 * a relative or participle clause on the trigger noun, or on what the act befell (its object),
 * only describes them; the place and day the parse hangs there serve when the act's own clause
 * has none. Not one that tells another act ("killed men who attacked a base in X").
 */
function describesAct(doc: Annotated, trig: number, v: number): boolean {
  let c = v;
  for (let n = 0; n < 4; n++) {
    if (!relIs(relOf(doc, c), 'acl') || uposOf(doc, c) !== 'VERB') return false;
    const noun = headOf(doc, c);
    if (noun === trig) return true;
    if (noun < 0 || LEMMAS.verbs.has(lemmaOf(doc, c))) return false;
    const up = headOf(doc, noun);
    if (up === trig) return /^(?:obj|obl|nmod)/.test(relOf(doc, noun));
    if (up < 0) return false;
    c = up;
  }
  return false;
}

// what joins two names of one list: "A, B and C"; an age between them ("A, 34, and B, 29"); the
// relation or rank of the next one to the one before ("A and his brother B", "A, 34, and his
// cousin B", "A along with his deputy B")
const CONJOINED_GAP =
  /^\s*(?:,\s*\d{1,3}\s*)?(?:,\s*(?:and\s+)?|and\s+|&\s+|(?:along|together)\s+with\s+)(?:(?:his|her|their)\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,2})?$/u;

function conjoinedGap(gap: string): boolean {
  return CONJOINED_GAP.test(gap);
}

/** Mentions joined to `first` by "and" or commas ("A, B and C"), `first` included. */
function coordinated(doc: Annotated, list: number[], first: number): number[] {
  const out = [first];
  const t = doc.entities[doc.mentionEntity[first]].type;
  let prev = first;
  for (const mi of list) {
    if (doc.mentions[mi].start <= doc.mentions[prev].start) continue;
    const gap = doc.text.slice(doc.mentions[prev].end, doc.mentions[mi].start);
    if (!conjoinedGap(gap) || doc.entities[doc.mentionEntity[mi]].type !== t) break;
    out.push(mi);
    prev = mi;
  }
  return out;
}

// between two bodies that act together: "A and B", "A and the B", "A, B and C"
const BODIES_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$/;

/** (events28) The organisations after `first` joined to it by "and" or commas ("by A and the B"). */
function bodiesJoined(doc: Annotated, list: number[], first: number): number[] {
  const out: number[] = [];
  if (doc.entities[doc.mentionEntity[first]].type !== 'organization') return out;
  let prev = first;
  for (const mi of list) {
    if (doc.mentions[mi].start <= doc.mentions[prev].start) continue;
    if (!BODIES_GAP.test(doc.text.slice(doc.mentions[prev].end, doc.mentions[mi].start))) break;
    if (doc.entities[doc.mentionEntity[mi]].type !== 'organization') break;
    out.push(mi);
    prev = mi;
  }
  return out;
}

/** The same, walking back from the last mention before a passive verb: "A and B were arrested". */
function coordinatedBack(doc: Annotated, list: number[], last: number): number[] {
  const out = [last];
  const t = doc.entities[doc.mentionEntity[last]].type;
  let next = last;
  for (let i = list.indexOf(last) - 1; i >= 0; i--) {
    const mi = list[i];
    const gap = doc.text.slice(doc.mentions[mi].end, doc.mentions[next].start);
    if (!conjoinedGap(gap) || doc.entities[doc.mentionEntity[mi]].type !== t) break;
    out.unshift(mi);
    next = mi;
  }
  return out;
}

/** ties by which a person speaks for an organisation */
const SPEAKS_FOR = new Set<string>(['spokesperson_of', 'leader_of']);
// verbs that put words out: speech verbs (by lemma) and the verbs of publishing a statement
const SPEAKING_VERBS: ReadonlySet<string> = new Set([
  'say',
  'tell',
  'add',
  'state',
  'announce',
  'declare',
  'confirm',
  'warn',
  'claim',
]);
const PUBLISHING =
  /^(?:issued|issues|released|releases|posted|posts|published|publishes|appeared|appears|sent|delivered|broadcast)$/i;

/** Offsets (in `stretch`) of the words that put words out, a finite form of each ("said", "issued"). */
function speakingWords(stretch: string): number[] {
  const out: number[] = [];
  const words = /\p{L}+/gu;
  for (let m = words.exec(stretch); m; m = words.exec(stretch))
    if (PUBLISHING.test(m[0]) || (!/ing$/i.test(m[0]) && speechOf(m[0], SPEAKING_VERBS))) out.push(m.index);
  return out;
}

/**
 * Who makes a statement: the subject of the speaking verb before the noun ("Saree said in
 * a statement", "X issued a statement"), "a statement from/by X", "X's statement",
 * "In a statement, X said"; else the last mention before the noun.
 */
/** True when every mention of entity `e` among `ms` only qualifies another ("an X-linked group"), and there is one. */
function onlyQualifies(doc: Annotated, text: string, ms: number[], e: number): boolean {
  let seen = false;
  for (const mi of ms) {
    if (doc.mentionEntity[mi] !== e) continue;
    if (!tiedQualifier(text, doc.mentions[mi].start, doc.mentions[mi].end)) return false;
    seen = true;
  }
  return seen;
}

function statementSpeaker(
  doc: Annotated,
  si: number,
  text: string,
  ms: number[],
  at: number,
  end: number,
  from: number,
  asideOf: (off: number) => number,
): number {
  // ("The al-Qaida-linked group later claimed it": a name that only qualifies the
  // speaker does not speak)
  const usable = (mi: number) =>
    doc.entities[doc.mentionEntity[mi]].type !== 'place' &&
    asideOf(doc.mentions[mi].start) < 0 &&
    !tiedQualifier(text, doc.mentions[mi].start, doc.mentions[mi].end);
  const head = text.slice(from, at);
  let verbAt = -1;
  const spoken = speakingWords(head);
  if (spoken.length) verbAt = from + (spoken.at(-1) as number);
  const before = ms.filter((mi) => doc.mentions[mi].end <= (verbAt >= 0 ? verbAt : at) && usable(mi));
  // "a statement from the group's media wing, X", "a message by X"
  const afterBy = ms.find(
    (mi) =>
      doc.mentions[mi].start >= end &&
      usable(mi) &&
      /^\s*(?:\w+\s+){0,2}?(?:from|by|of)\s+(?:the\s+)?$/i.test(text.slice(end, doc.mentions[mi].start)),
  );
  // "X attacked …, the military said in a statement": the one who says it is the verb's subject,
  // here no name; the name before it did something else
  if (verbAt >= 0 && before.length) {
    // "G, led by a commander known as X, said": the name a phrase set beside between commas
    // follows right before the verb speaks, whatever the parse hangs the verb on
    // ("A spokesman for G, X, said": the name set beside is the speaker's own, apposed to his title)
    const apposed = personApposedToVerb(doc, before, verbAt);
    if (apposed >= 0) return apposed;
    const beside = before.find((mi) => SET_BESIDE_TO_VERB.test(text.slice(doc.mentions[mi].end, verbAt)));
    if (beside !== undefined) return beside;
    const vt = tokenAt(doc, si, verbAt);
    // "X blamed G for the assault and said …": the subject of the speaking verb, or of the verb
    // it is joined to, speaks (not the last name before it)
    for (let v = vt, hops = 0; v >= 0 && hops < 3; hops++) {
      const k = children(doc, v).find(
        (c) => relIs(relOf(doc, c), 'nsubj') && !relIs(relOf(doc, c), 'nsubj:pass'),
      );
      if (k !== undefined) {
        // the last name in the subject's own phrase ("Michoacan Governor Ricardo Navarro")
        const { start: a, end: b } = subtreeSpan(doc, k);
        const own = before.filter((mi) => doc.mentions[mi].start >= a && doc.mentions[mi].end <= b);
        const head = headName(doc, si, k, own);
        if (head >= 0) return head;
        if (own.length) return own.at(-1) as number;
        break;
      }
      // (only a verb joined by "and": a trailing ", X said" the parse hung on the act is not)
      if (relOf(doc, v) !== 'conj' || !children(doc, v).some((c) => relOf(doc, c) === 'cc')) break;
      v = headOf(doc, v);
    }
    const subj = vt < 0 ? undefined : children(doc, vt).find((k) => relIs(relOf(doc, k), 'nsubj'));
    // "X blamed the cartel for the assault and said in a post on X …": a speaking verb joined by
    // "and" with no subject of its own shares the first verb's, a name
    if (subj === undefined && vt >= 0 && relIs(relOf(doc, vt), 'conj') && headOf(doc, vt) >= 0) {
      const hs = children(doc, headOf(doc, vt)).find((k) => relIs(relOf(doc, k), 'nsubj'));
      const span = hs === undefined ? null : subtreeSpan(doc, hs);
      const hm = span
        ? before.findLast((mi) => doc.mentions[mi].start >= span.start && doc.mentions[mi].end <= span.end)
        : undefined;
      if (hm !== undefined) return hm;
    }
    if (
      subj !== undefined &&
      uposOf(doc, subj) !== 'PRON' &&
      mentionAt(doc, subj) < 0 &&
      doc.seg.tokens.start[subj] > doc.mentions[before.at(-1) as number].end
    )
      return -1;
    return before.at(-1) as number;
  }
  if (afterBy !== undefined) return afterBy;
  // "In a statement, the army said", "In a video message, X warned …"
  const tail = text.slice(end, end + 200);
  for (const v of speakingWords(tail)) {
    if (/[.;]/.test(tail.slice(0, v))) break;
    const subj = ms.filter(
      (mi) => doc.mentions[mi].start >= end && doc.mentions[mi].end <= end + v && usable(mi),
    );
    if (subj.length) return subj.at(-1) as number;
  }
  return before.at(-1) ?? -1;
}

/**
 * The first word of an armed group told in the sentence ("G denied that its men were
 * involved", "Its spokesman, X, warned …") whose speakers are not `claimer` (-1: any), as a
 * statement. Beside a claim (events11) it is the word of another group: "G denied any role in
 * the attack, but H claimed it", "H claimed the bombing, while G rejected the charge".
 */
function groupWord(
  doc: Annotated,
  si: number,
  ms: number[],
  relations: RelationDraft[],
  inQuote: (off: number) => boolean,
  claimer: number,
  dateFor: (at: number, type: EventType) => { text: string; value: string | null } | null,
): EventDraft | null {
  for (const g of groupStatementsIn(
    doc,
    si,
    (mi) => ms.includes(mi),
    relations,
    (b) => lastGroup(doc, b),
    inQuote,
  ))
    if (!g.speakers.includes(claimer))
      return {
        type: 'statement',
        sentence: si,
        date: dateFor(g.at, 'statement'),
        place: -1,
        participants: g.speakers.map((entity) => ({ role: 'speaker' as Role, entity })),
        trigger: g.trigger,
      };
  return null;
}

/**
 * "A spokesman for G, X, said", "The commander of G, X, warned" (events11): the person named
 * alone between commas right before the verb of saying, after a group, is the speaker, set
 * beside his title; the group only says whose title it is. The mention, or -1.
 */
function personApposedToVerb(doc: Annotated, before: number[], verbAt: number): number {
  if (before.length < 2) return -1;
  const p = before[before.length - 1];
  const g = before[before.length - 2];
  const pm = doc.mentions[p];
  const gm = doc.mentions[g];
  if (doc.entities[doc.mentionEntity[p]].type !== 'person') return -1;
  if (doc.entities[doc.mentionEntity[g]].type !== 'organization') return -1;
  return /^\s*,\s*$/.test(doc.text.slice(gm.end, pm.start)) &&
    /^\s*,\s*(?:(?:later|also|has|had|have)\s+){0,2}$/.test(doc.text.slice(pm.end, verbAt))
    ? p
    : -1;
}

/**
 * The name that heads a subject `k`, not one in a phrase set beside it ("The X Brigade, one
 * of the largest Y factions, said", "X, led by a commander known as Z, claimed"): the last of
 * `ms` on the head's own flat/compound words, or -1. A head that is no name ("A G delegate,
 * X, said") gives -1, leaving the word to the name beside it.
 */
function headName(doc: Annotated, si: number, k: number, ms: number[]): number {
  if (mentionAt(doc, k) < 0) return -1;
  const core = new Set([k]);
  const { tFirst, tLast } = subtreeSpan(doc, k);
  for (let t = tFirst; t < tLast; t++)
    for (let u = t; u >= 0 && u !== k; u = headOf(doc, u)) {
      if (!relIs(relOf(doc, u), 'flat') && !relIs(relOf(doc, u), 'compound')) break;
      if (headOf(doc, u) === k) core.add(t);
    }
  return ms.findLast((mi) => core.has(tokenAt(doc, si, doc.mentions[mi].start))) ?? -1;
}

/** "Houthi military spokesman Yahya Saree", "JNIM leader X": the group before the title. */
function groupOf(doc: Annotated, ms: number[], person: number): number | undefined {
  const p = doc.mentions[person];
  return ms.find((mi) => {
    const m = doc.mentions[mi];
    if (m.end > p.start || doc.entities[doc.mentionEntity[mi]].type !== 'organization') return false;
    return /^['’]?s?\s+(?:[a-z-]+\s+){0,3}$/.test(doc.text.slice(m.end, p.start));
  });
}

/**
 * A statement's dates: the one next to its noun ("a Dec. 31 announcement", "a message on
 * Friday", with any joined to it by "and"), else the report's ("X said on Monday").
 */
function statementDates(
  dates: DateMention[],
  text: string,
  at: number,
  end: number,
  sStart: number,
): ({ text: string; value: string | null } | null)[] {
  const as = (d: DateMention) => ({ text: d.text, value: d.value });
  const i = dates.findIndex((d) => d.start >= end && STATEMENT_GAP.test(text.slice(end, d.start)));
  if (i >= 0) {
    const chain = [dates[i]];
    for (let j = i + 1; j < dates.length; j++) {
      if (!/^\s*(?:,|and|or|,\s*and)\s*(?:on\s+)?$/i.test(text.slice(dates[j - 1].end, dates[j].start)))
        break;
      chain.push(dates[j]);
    }
    return chain.map(as);
  }
  const before = dates.findLast((d) => d.end <= at && /^\W*(?:[\w-]+\s+){0,2}$/.test(text.slice(d.end, at)));
  if (before) return [as(before)];
  const said = dates.find((d) => speechDateBefore(text.slice(Math.max(sStart, d.start - 40), d.start)));
  return [said ? as(said) : null];
}

// between a place and the one it lies near: " camp near ", ", near the town of "
const NEAR_GAP =
  /^(?:\s+(?:refugee\s+)?(?:camp|village|town|hamlet|district|neighbou?rhood|area))?,?\s+near\s+(?:the\s+)?(?:(?:town|city)\s+of\s+)?$/i;
// a place's own noun after its name: "the Aida camp", "the Shuafat refugee camp"
const PLACE_NOUN_AFTER =
  /^\s+(?:refugee\s+|displacement\s+|IDP\s+)?(?:camp|village|town|valley|neighbou?rhood|district|suburb)\b/i;
// an act that hits a place: "a raid on the", "stormed the", "attacked the"
const ACT_ON_THE =
  /\b(?:raids?\s+on|attacks?\s+on|assault\s+on|strikes?\s+on|raided|stormed|attacked|overran|shelled|bombed|struck|besieged)\s+the\s+$/i;
// "-Bafoussam road", "-Kandahar highway": the rest of a road's name after its first town
const ROAD_AFTER = /^-[\p{Lu}][\p{L}'’ -]{0,30}?\s(?:road|highway|motorway|expressway|route)\b/u;

/** The place the trigger's clause names after a locative preposition, else the clause's first place. */
function placeOf(
  doc: Annotated,
  ms: number[],
  sText: string,
  sStart: number,
  asideOf: (off: number) => number,
  at: number,
  markedOnly = false,
): number {
  const side = asideOf(at);
  let first = -1;
  let best = -1;
  let bestDist = Number.POSITIVE_INFINITY;
  for (const mi of ms) {
    const e = doc.mentionEntity[mi];
    if (doc.entities[e].type !== 'place') continue;
    const m = doc.mentions[mi];
    if (asideOf(m.start) !== side) continue;
    // "Yemen's Houthi rebels": a possessive place says whose, not where ("Borno state's Kukawa
    // district": the district is where)
    if (POSSESSIVE_DIVISION.test(sText.slice(m.end - sStart, m.end - sStart + 14))) continue;
    // "…, a monitor in London said", "…, police in Abuja told reporters": after the act, the
    // place of whoever tells it is not where it happened
    if (
      m.start > at &&
      trailingReport(sText.slice(m.end - sStart, m.end - sStart + 12)) &&
      /^\s/.test(sText.slice(m.end - sStart, m.end - sStart + 1))
    )
      continue;
    const before = sText.slice(Math.max(0, m.start - sStart - 25), m.start - sStart).toLowerCase();
    const town = townBeforeAct(doc, e, m.end, at);
    // "a U.S. drone strike", "the Pakistani army": a place before a noun says whose, not where
    // (not "in the Red Sea with drones", "in the Lower Shabelle region")
    // (a place before a place's noun names it: "raided the Aida camp", "the Shuafat refugee camp")
    const kindAfter = PLACE_NOUN_AFTER.test(sText.slice(m.end - sStart, m.end - sStart + 24));
    if (
      !town &&
      !kindAfter &&
      /\b(?:a|an|the)\s+$/.test(before) &&
      !/\b(?:in|at|near|outside|inside|from|across|around|into|on|off|to|of)\s+the\s+$/.test(before) &&
      /^\s+[a-z]/.test(sText.slice(m.end - sStart, m.end - sStart + 3))
    )
      continue;
    if (
      town ||
      /\b(?:in|at|near|outside|inside|across|around)\s+(?:the\s+)?(?:[\w-]+\s+){0,1}$/.test(before) ||
      /\b(?:in|at|near|outside|inside|across|around)\s+(?:the\s+)?[\w-]+\s+(?:state|province|region|district|county)['’]s\s+$/.test(
        before,
      ) ||
      // "in Syria's Idlib province", "in south Kashmir's Kulgam district": the place a possessive place holds
      /\b(?:in|at|near|outside|inside|across|around)\s+(?:the\s+)?(?:[\w-]+\s+)?[\w-]+['’]s\s+$/.test(
        before,
      ) ||
      /\b(?:village|town|city|district|camp|outskirts|suburbs?|area|neighbou?rhood|headquarters|islands?|edge|fringes|heart|cent(?:re|er)|forests?|hills|mountains|banks?|shores?|coast|hinterlands?|countryside|vicinity|environs)\s+of\s+$/.test(
        before,
      ) ||
      // "on the Bamenda-Bafoussam road", "the road between Gao and Ansongo": the first town named
      (/\b(?:on|along)\s+the\s+$/.test(before) &&
        ROAD_AFTER.test(sText.slice(m.end - sStart, m.end - sStart + 40))) ||
      /\b(?:road|highway)\s+(?:between|from|linking|connecting)\s+$/.test(before) ||
      // "a raid on the Aida refugee camp", "stormed the Hamdiya village": the place the act hit
      (kindAfter && ACT_ON_THE.test(before))
    ) {
      // the village the clause names before the region or country around it
      // (a neighbourhood, a camp or a small town the gazetteer lists among its regions is a point)
      const x = doc.entities[e];
      const broad =
        x.kind === 'country' ||
        (x.kind === 'region' && !/^place:(?:neighbourhood|town|site|city):/.test(x.key ?? ''));
      // "a court in Srinagar jailed men who shot dead a man in Kulgam": a place before the
      // relative pronoun that opens the trigger's clause is the main clause's
      const outside =
        m.end < at && /\b(?:who|which|whose)\b/i.test(sText.slice(m.end - sStart, at - sStart)) ? 2000 : 0;
      // "the Aida camp near Bethlehem", "Gubio, near Magumeri": a place the one before it is
      // near only says where that one lies
      const landmark =
        /\bnear\s+(?:the\s+)?(?:(?:town|city)\s+of\s+)?$/i.test(before) &&
        ms.some(
          (mj) =>
            mj !== mi &&
            doc.entities[doc.mentionEntity[mj]].type === 'place' &&
            doc.mentions[mj].end <= m.start &&
            NEAR_GAP.test(sText.slice(doc.mentions[mj].end - sStart, m.start - sStart)),
        )
          ? 500
          : 0;
      // (and a country told before the act as its frame yields to a region after it: "In northern
      // Iraq, a drone hit a car near Tal Afar")
      const frame = x.kind === 'country' && m.end <= at ? 1000 : 0;
      const dist = Math.abs(m.start - at) + (broad ? 1000 : 0) + frame + outside + landmark;
      if (dist < bestDist) {
        best = e;
        bestDist = dist;
      }
    }
    // "on the road to Maiduguri", "a convoy bound for Gao": where it was going, not where it was
    // (nor is a country that acts, the subject of a verb: "when Iran shelled …")
    if (
      first < 0 &&
      !/\b(?:to|towards?|for|linking|connecting)\s+(?:the\s+)?$/.test(before) &&
      !(doc.entities[e].kind === 'country' && /^nsubj/.test(relOf(doc, mentionHead(doc, mi))))
    )
      first = e;
  }
  return best >= 0 || markedOnly ? best : first;
}

/**
 * One event told twice is one event: a later event of the same type whose participants,
 * date and place do not contradict an earlier one's joins it (its participants, place and
 * a more precise date are added). Statements join only when speaker and date agree.
 */
function mergeRetold(
  doc: Annotated,
  events: EventDraft[],
  distinct: Set<EventDraft>,
  retold: Set<EventDraft>,
  relations: RelationDraft[],
  tolls: Set<EventDraft>,
): EventDraft[] {
  const kept: EventDraft[] = [];
  // "Al-Shabaab claimed the ambush … Kuno, an al-Shabaab commander, planned the attack": a
  // group's member or leader and the group are one side of an act told again
  const sides = new Set<string>();
  for (const r of relations)
    if (!r.negated && (r.type === 'member_of' || r.type === 'leader_of' || r.type === 'spokesperson_of'))
      sides.add(`${r.subject}:${r.object}`);
  branchSides(doc, events, sides);
  const oneSide = (x: number[], y: number[]) =>
    x.some((a) => y.some((b) => sides.has(`${a}:${b}`) || sides.has(`${b}:${a}`)));
  const roleSet = (v: EventDraft, r: Role) => v.participants.filter((p) => p.role === r).map((p) => p.entity);
  const groupHeld = (v: EventDraft) => {
    const held = roleSet(v, 'patient');
    return held.length > 0 && held.every((e) => doc.entities[e].type === 'organization');
  };
  const country = (e: number) => doc.entities[e].kind === 'country';
  // "Lamu county", "Anbar province", a region: an area a town may lie in
  const broadMemo = new Map<number, boolean>();
  const broad = (e: number) => {
    let b = broadMemo.get(e);
    if (b === undefined) {
      const x = doc.entities[e];
      b =
        /^place:(?:province|state|region|agency|district):/.test(x.key ?? '') ||
        x.mentions.some((mi) =>
          ADMIN_AREA.test(doc.text.slice(doc.mentions[mi].end, doc.mentions[mi].end + 16)),
        );
      broadMemo.set(e, b);
    }
    return b;
  };
  const code = (e: number) => (e >= 0 ? (doc.entities[e].country ?? null) : null);
  // the article's first sentence of body text
  const first = doc.seg.sentences.findIndex((x) => {
    const r = doc.seg.paragraphs[x.paragraph].role;
    return r !== 'title' && r !== 'dek' && r !== 'repeat' && r !== 'pullquote';
  });
  const lead = (v: EventDraft) => v.sentence === first;
  // a date that ends two months or more before the publication date
  const published = doc.published ? Date.parse(doc.published.slice(0, 10)) : Number.NaN;
  const past = (d: string | undefined | null) => {
    if (!d || Number.isNaN(published)) return false;
    const [y, m = 12] = d.split('-').map(Number);
    const endOf = Date.UTC(y, m, 1); // the first day after the month (or year) told
    return published - endOf > 60 * 86_400_000;
  };
  const fits = (a: EventDraft, b: EventDraft) => {
    if (a.type !== b.type) return false;
    const da = a.date?.value;
    const db = b.date?.value;
    if (da && db && !da.startsWith(db) && !db.startsWith(da)) return false;
    // the lead's act, told with no date, is the news of the day: an act dated months before
    // the report ("In December 2023 its fighters raided …") is an earlier one, not it told again
    if ((!da && lead(a) && past(db)) || (!db && lead(b) && past(da))) return false;
    if (a.type === 'statement') {
      const sa = roleSet(a, 'speaker');
      const sb = roleSet(b, 'speaker');
      const key = (v: EventDraft) => v.date?.value ?? v.date?.text ?? '';
      return key(a) === key(b) && sa.some((e) => sb.includes(e));
    }
    if (distinct.has(b) || standingFight(a) || standingFight(b)) return false;
    if (a.place >= 0 && b.place >= 0 && a.place !== b.place) {
      // "in Lamu county" and "near Mpeketoni" may be one place told finer
      if (!country(a.place) && !country(b.place) && !broad(a.place) && !broad(b.place)) return false;
      const ca = code(a.place);
      const cb = code(b.place);
      if (ca && cb && ca !== cb) return false;
    }
    // "police detained 11 people suspected of links to G … Among those detained was X": a group
    // standing for the people held and a person held are one arrest told twice
    const heldGroup = a.type === 'arrest' && groupHeld(a) !== groupHeld(b);
    for (const r of ['agent', 'patient', 'recipient'] as Role[]) {
      const x = roleSet(a, r);
      const y = roleSet(b, r);
      if (r === 'patient' && heldGroup) continue;
      if (
        x.length &&
        y.length &&
        !x.some((e) => y.includes(e)) &&
        !(r === 'agent' && retold.has(b) && oneSide(x, y))
      )
        return false;
    }
    // nobody on both sides: "X attacked Y" and "Y attacked X" are two events
    const ag = roleSet(a, 'agent');
    if (roleSet(b, 'patient').some((e) => ag.includes(e))) return false;
    if (roleSet(a, 'patient').some((e) => roleSet(b, 'agent').includes(e))) return false;
    // something must tie them: a participant, the same town, or "the attack" told again
    const shared = b.participants.some((p) => a.participants.some((q) => q.entity === p.entity));
    const samePlace = a.place >= 0 && a.place === b.place && !country(a.place);
    // an attack's toll and a killing told on the same day with the names of the dead
    // (a later arrest with no date of its own goes on telling the one dated before it, as in
    // datedByLastTold)
    const sameDay =
      (tolls.has(a) || tolls.has(b) || heldGroup) &&
      !!da &&
      (da === db || (heldGroup && !db)) &&
      da.length === 10;
    return shared || samePlace || retold.has(b) || sameDay || leadHeldThenNamed(a, b, heldGroup, lead(a));
  };
  for (const v of events) {
    // the latest event of its type is the one "the attack" retells
    let k: EventDraft | undefined;
    for (let i = kept.length - 1; i >= 0 && !k; i--) if (fits(kept[i], v)) k = kept[i];
    if (!k) {
      // "police arrested X on Tuesday after he reported on the ambush": "the ambush", with nobody
      // named, inside a sentence that tells another act is the one told before; the day and town
      // it would take are the other act's
      const aside =
        retold.has(v) &&
        !v.participants.length &&
        kept.some((o) => o.type === v.type) &&
        events.some((o) => o.sentence === v.sentence && o.type !== v.type && o.type !== 'statement');
      if (!aside && (!retold.has(v) || v.participants.length || (v.type === 'attack' && v.place >= 0)))
        kept.push(v);
      continue;
    }
    for (const p of v.participants)
      if (!k.participants.some((q) => q.entity === p.entity)) k.participants.push({ ...p });
    // the finest place told: a town over the county or country around it
    if (
      (k.place < 0 || country(k.place) || broad(k.place)) &&
      v.place >= 0 &&
      !country(v.place) &&
      !broad(v.place)
    )
      k.place = v.place;
    else if (k.place < 0) k.place = v.place;
    if (v.date?.value && (!k.date?.value || v.date.value.length > k.date.value.length)) k.date = v.date;
    if ((k.joined ?? -1) < 0 && (v.joined ?? -1) >= 0) k.joined = v.joined;
  }
  return kept;
}

/**
 * "Police have arrested four suspected members of G … The department said the men were
 * captured near X late Friday" (events11): the lead's arrest of a group's people, with no day of
 * its own, and the arrest of named people told dated in the next two sentences are one arrest.
 */
function leadHeldThenNamed(a: EventDraft, b: EventDraft, heldGroup: boolean, lead: boolean): boolean {
  return (
    heldGroup &&
    lead &&
    a.type === 'arrest' &&
    !a.date?.value &&
    b.date?.value?.length === 10 &&
    b.sentence - a.sentence <= 2
  );
}

/**
 * A killing or an attack told with no place of its own ("the group said its fighters had
 * killed eight guards") on the very day of one told before it with a place goes on telling
 * that one: it happened there. A country is no place to pass on.
 */
function placedBySameDay(doc: Annotated, events: EventDraft[]): EventDraft[] {
  const last = new Map<string, number>();
  for (const v of [...events].sort((a, b) => a.sentence - b.sentence)) {
    if (v.type !== 'attack' && v.type !== 'killing') continue;
    const day = v.date?.value?.length === 10 ? v.date.value : null;
    if (!day) continue;
    if (v.place >= 0) {
      if (doc.entities[v.place].kind !== 'country') last.set(day, v.place);
    } else {
      const p = last.get(day);
      if (p !== undefined) v.place = p;
    }
  }
  return events;
}

/**
 * An act told with no date of its own ("Among those detained were …", "The gunmen opened fire
 * on the checkpoint …") after one of its kind that has a day goes on telling that one: it takes
 * that day; a killing with none before it takes the day of the attack told before (its toll).
 * Statements keep their own reading (the report's day, see statementDates).
 */
function datedByLastTold(events: EventDraft[]): EventDraft[] {
  const last = new Map<EventType, EventDraft['date']>();
  for (const v of [...events].sort((a, b) => a.sentence - b.sentence)) {
    if (v.type === 'statement') continue;
    if (v.date?.value) last.set(v.type, v.date);
    else if (!v.date && last.get(v.type)?.value?.length === 10) v.date = last.get(v.type) ?? null;
    // "X was among the dead after the blast": the toll of the attack told before
    else if (!v.date && v.type === 'killing' && last.get('attack')?.value?.length === 10)
      v.date = last.get('attack') ?? null;
  }
  return events;
}

const IN_THE_ACT =
  /^\s+(?:[\w-]+\s+){0,4}?(?:in|during)\s+(?:the|that|this|Sunday's|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's)\s+(?:[\w-]+\s+)?(?:attack|assault|ambush|raid|bombing|blast|explosion|fighting|clash(?:es)?)\b/;
// the rest of the act's clause up to a colon and a name: "were arrested on Monday: A and B"
const LIST_AFTER_COLON = /^[^.;:!?]{0,60}:\s+\p{Lu}/u;
const BARE_PICKED_UP = /^(?:picked|picking)\s+up$/i;
// "three men", "dozens of suspects", "at least 12 people": people counted, not named
const COUNTED =
  /^\s+(?:(?:at\s+least|more\s+than|about|some|over|nearly|up\s+to)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|dozens|scores|hundreds|several|a\s+dozen)\b/i;
// "A third suspect, who cannot be named, was held", "Three suspects were arrested": people counted
// or told for the first time as the passive's subject (the arrest of the people in a place, events24)
const COUNTED_HELD =
  /(?:^|[.;:,]\s*|\b(?:and|but|while|when)\s+)(?:(?:at\s+least|more\s+than|about|some|over|nearly|up\s+to)\s+)?(?:a|an|another|one|two|three|four|five|six|seven|eight|nine|ten|\d+|dozens\s+of|scores\s+of|several|a\s+dozen)\s+(?:(?:second|third|fourth|fifth|sixth|further|more|other|suspected|alleged|young|local|foreign)\s+)?(?:men|man|women|woman|suspects?|people|persons?|teenagers?|youths?|militants?)\b(?:\s*,[^,]{1,80},)?\s+(?:was|were|had\s+been|have\s+been|has\s+been)\s+$/i;
// "(were) killed by a roadside bomb", "was killed by an explosion": a passive killing done by a
// weapon or an act noun, nobody named
const KILLED_BY_WEAPON = /\b(?:was|were|been)\s+(?:killed|slain|murdered)\s+by\s+an?\s+(?:[\w-]+\s+){0,2}$/i;
const TOLD_BEFORE =
  /^\s+(?:the|both|these|those)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:[\w-]+\s+)?(?:men|women|suspects|militants|attackers|assailants|gunmen|fighters|bombers|brothers|commanders|leaders|recruiters|operatives|couriers)\b/i;
// "wanted for a bombing", "accused of the killing of", "convicted over an attack": an older act
const PAST_ACT =
  /\b(?:wanted|accused|suspected|charged|convicted|sentenced|jailed|indicted|blamed|tried|prosecuted|responsible)\s+(?:for|of|over|in\s+connection\s+with)\s+(?:(?:the|an?|his|her|their|its)\s+)?(?:[\w'’-]+\s+){0,2}?$/i;
const TOLD_BEFORE_SUBJECT =
  /(?:^|[,;]\s+)(?:[Tt]he|[Bb]oth|[Tt]hese|[Tt]hose)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)(?:\s+(?:[\w-]+\s+)?(?:men|women|suspects|militants|attackers|assailants|gunmen|fighters|bombers|brothers|commanders|leaders|recruiters|operatives|couriers))?|(?:[\w-]+\s+)?(?:men|women|suspects|militants|attackers|assailants|gunmen|fighters|bombers|brothers|commanders|leaders|recruiters|operatives|couriers))\s+(?:were|had\s+been|have\s+been)\s+(?:later\s+|also\s+|then\s+)?$/;
const ADMIN_AREA = new RegExp(
  `^\\s+(?:county|district|province|region|governorate|prefecture|state|division|${divisionAlternation(NEWER_DIVISIONS)})\\b`,
  'i',
);
/** "Yemen's", "Borno state's", "Intan Jaya regency's": a place's possessive */
const POSSESSIVE_DIVISION = new RegExp(
  `^(?:\\s+(?:state|province|region|district|county|governorate|${divisionAlternation(NEWER_DIVISIONS)}))?['’]s\\b`,
);

// nouns that stand for a group's people: "Al-Shabaab gunmen", "Houthi rebels", "its fighters"
// (a party's "workers", "supporters", "activists" are its people in a street fight: "workers of G
// clashed with police", events26)
const PEOPLE_NOUN =
  /^(?:gunman|gunmen|fighter|militant|rebel|insurgent|force|troop|soldier|member|jihadist|attacker|bomber|operative|cadre|loyalist|man|men|police|policeman|commando|unit|officer|guard|personnel|worker|supporter|activist|follower)s?$/i;

/**
 * Agent and patient of a verbal trigger from the parse: nsubj of an active verb is the
 * agent and obj its patient; nsubj:pass the patient and obl:agent ("by X") the agent;
 * conjuncts are distributed; "Al-Shabaab gunmen" stands for Al-Shabaab; a pronoun subject
 * of a verb reported by a speech verb ("The Taliban said they had arrested X") is the
 * speaker. Null when the parse says nothing usable.
 */
/**
 * The verb's subject (by the parse) is a common noun or phrase with no name in it, after `after`:
 * "gunmen stormed", "unknown attackers shot", "one of them opened fire". A pronoun or a name's
 * people ("Taliban fighters", "one of its fighters") are no such subject.
 */
function unnamedSubject(doc: Annotated, t: number, after: number): boolean {
  if (t < 0 || !doc.syntax) return false;
  // (read on the words too: the parser often hangs "one" elsewhere)
  const lead = doc.text.slice(Math.max(after, doc.seg.tokens.start[t] - 40), doc.seg.tokens.start[t]);
  if (SHARE_BEFORE.test(lead)) return true;
  let subj = children(doc, t).find((k) => relOf(doc, k) === 'nsubj');
  // "sheltering the gunmen who fired on a bus": a relative pronoun stands for the noun it hangs on
  if (
    subj !== undefined &&
    relIs(relOf(doc, t), 'acl') &&
    /^(?:who|which|that)$/i.test(doc.text.slice(doc.seg.tokens.start[subj], doc.seg.tokens.end[subj]))
  )
    subj = headOf(doc, t);
  if (subj === undefined || subj < 0 || doc.seg.tokens.start[subj] < after) return false;
  // ("one of them opened fire", "some of the men fired": a share of people told before, events20)
  if (uposOf(doc, subj) !== 'NOUN' && !SHARE_OF_PEOPLE.has(lemmaOf(doc, subj))) return false;
  const span = subtreeSpan(doc, subj);
  // (the noun's own words: its relative clause, the act's own clause, names other things)
  const stop = Math.min(span.end, doc.seg.tokens.start[t]);
  // "its fighters", "their men": the pronoun names whose they are
  if (/\b(?:its|their|his|her|our)\b/i.test(doc.text.slice(span.start, stop))) return false;
  return !doc.mentions.some((m) => m.start < stop && m.end > span.start);
}

const SHARE_OF_PEOPLE = new Set(['one', 'some', 'several', 'two', 'three', 'both', 'all', 'many', 'most']);
const SHARE_BEFORE =
  /\b(?:one|some|several|two|three|both|all|many|most)\s+of\s+(?:them|those|the\s+(?:[\w-]+\s+)?(?:men|suspects|gunmen|attackers|assailants|militants|fighters))\s+(?:(?:had|has|have|then|later|allegedly|reportedly)\s+)*$/i;

/**
 * "The strikes on X camps killed 20 fighters", "an attack against X positions killed …": the
 * verb's subject is an act whose target the name is, so the name did not do it.
 */
function targetOfSubject(doc: Annotated, t: number, m: { start: number; end: number }): boolean {
  if (t < 0 || !doc.syntax) return false;
  const subj = children(doc, t).find((k) => relOf(doc, k) === 'nsubj');
  if (subj === undefined || uposOf(doc, subj) !== 'NOUN') return false;
  const lemma = lemmaOf(doc, subj);
  if (LEMMAS.nouns.get(lemma) !== 'attack' && lemma !== 'strike' && lemma !== 'offensive') return false;
  const span = subtreeSpan(doc, subj);
  const at = doc.seg.tokens.end[subj];
  if (m.start < at || m.end > span.end) return false;
  return /^\s*(?:on|against|at|targeting)\b/i.test(doc.text.slice(at, m.start));
}

/** A plural noun governed by a preposition (an obl or nmod), or listed with one. */
function bareNounPlural(doc: Annotated, t: number): boolean {
  if (t < 0 || uposOf(doc, t) !== 'NOUN') return false;
  let r = relOf(doc, t);
  let x = t;
  if (relIs(r, 'conj') && headOf(doc, t) >= 0 && uposOf(doc, headOf(doc, t)) === 'NOUN') {
    x = headOf(doc, t);
    r = relOf(doc, x);
  }
  return (relIs(r, 'obl') || relIs(r, 'nmod')) && children(doc, x).some((k) => relIs(relOf(doc, k), 'case'));
}

/**
 * "X was abducted outside his home and killed", "was captured and executed by the group": a
 * verb with no subject or auxiliary of its own, joined by "and" to a passive verb, shares its voice.
 */
function conjoinedPassive(doc: Annotated, t: number): boolean {
  if (t < 0 || !doc.syntax || !relIs(relOf(doc, t), 'conj')) return false;
  if (
    uposOf(doc, t) !== 'VERB' ||
    /ing$/i.test(doc.text.slice(doc.seg.tokens.start[t], doc.seg.tokens.end[t]))
  )
    return false;
  if (children(doc, t).some((k) => /^(?:nsubj|csubj|aux|expl)/.test(relOf(doc, k)))) return false;
  // (the conjunct's own "and"/"or": "… of Jundallah after Iran hanged …" read as a conj is none)
  if (!children(doc, t).some((k) => relIs(relOf(doc, k), 'cc'))) return false;
  const h = headOf(doc, t);
  return h >= 0 && uposOf(doc, h) === 'VERB' && voice(doc, h) === 'passive';
}

function rolesFromParse(
  doc: Annotated,
  si: number,
  at: number,
  usable: Set<number>,
  patientOf: (mi: number) => number[],
  states: Set<number> = new Set(),
): { agent: number[]; patient: number[]; state: number[] } | null {
  if (!doc.syntax) return null;
  const t = tokenAt(doc, si, at);
  if (t < 0) return null;
  const upos = uposOf(doc, t);
  if (upos !== 'VERB' && upos !== 'AUX') return null;
  // a mention for a token: the name itself, or the name that modifies a noun for its people
  const named = (k: number, people: boolean): number[] => {
    const out: number[] = [];
    for (const c of conjuncts(doc, k)) {
      const mi = mentionAt(doc, c);
      if (mi >= 0 && usable.has(mi)) {
        out.push(mi);
        continue;
      }
      if (!people || !PEOPLE_NOUN.test(lemmaOf(doc, c))) continue;
      for (const d of dependents(doc, c, 'compound', 'nmod:poss', 'amod', 'nmod')) {
        const dm = mentionAt(doc, d);
        if (dm >= 0 && usable.has(dm)) {
          out.push(dm);
          break;
        }
      }
    }
    return out;
  };
  const passive = voice(doc, t) === 'passive';
  const agent: number[] = [];
  const patient: number[] = [];
  // "Turkey bombed X": a state is the doer when it is the verb's own subject
  const state = (k: number): number[] => {
    const mi = mentionAt(doc, k);
    return mi >= 0 && states.has(mi) ? [mi] : [];
  };
  const ruler: number[] = [];
  for (const k of children(doc, t)) {
    const r = relOf(doc, k);
    if (r === 'nsubj' && !passive) {
      const a = named(k, true);
      if (!a.length) ruler.push(...state(k));
      agent.push(...(a.length ? a : state(k)));
    } else if (r === 'nsubj:pass' || (r === 'nsubj' && passive)) patient.push(...named(k, false));
    else if (r === 'obl:agent') agent.push(...named(k, true));
    else if (r === 'obj') {
      for (const c of conjuncts(doc, k)) {
        const mi = mentionAt(doc, c);
        if (mi >= 0 && usable.has(mi)) patient.push(...patientOf(mi));
        else {
          // "a senior commander, X": the apposition names him (a group the parser hangs there,
          // "a commander of the militant group X", is whose he was)
          const ap = dependents(doc, c, 'appos')
            .map((d) => mentionAt(doc, d))
            .find((d) => d >= 0 && usable.has(d) && doc.entities[doc.mentionEntity[d]].type === 'person');
          if (ap !== undefined) patient.push(ap);
        }
      }
    }
  }
  // "after Kenya captured and executed its leader": a verb joined by "and" to an active one
  // with no subject of its own shares that one's state subject
  if (!agent.length && !passive && relIs(relOf(doc, t), 'conj')) {
    const h = headOf(doc, t);
    if (
      h >= 0 &&
      uposOf(doc, h) === 'VERB' &&
      voice(doc, h) !== 'passive' &&
      !children(doc, t).some((k) => relIs(relOf(doc, k), 'nsubj'))
    )
      for (const k of children(doc, h))
        if (relOf(doc, k) === 'nsubj' && !named(k, true).length) ruler.push(...state(k));
    agent.push(...ruler);
  }
  // "The Taliban said they had arrested X": the pronoun subject is the speaker
  if (!agent.length && !passive) {
    const subj = children(doc, t).find((k) => relOf(doc, k) === 'nsubj');
    const head = headOf(doc, t);
    if (subj !== undefined && uposOf(doc, subj) === 'PRON' && head >= 0 && relIs(relOf(doc, t), 'ccomp')) {
      const speaker = children(doc, head).find((k) => relOf(doc, k) === 'nsubj');
      if (speaker !== undefined) agent.push(...named(speaker, true));
    }
  }
  // "X were wounded as raiders ambushed a convoy": the act befell the subject of the passive it
  // tells the time of
  if (!patient.length && !passive && relIs(relOf(doc, t), 'advcl')) {
    const h = headOf(doc, t);
    const when = children(doc, t).some(
      (k) =>
        (relIs(relOf(doc, k), 'mark') || relIs(relOf(doc, k), 'advmod')) &&
        /^(?:when|as|after|while)$/i.test(lemmaOf(doc, k)),
    );
    // ("were wounded" may be read as a copula and an adjective)
    const befell =
      h >= 0 &&
      (voice(doc, h) === 'passive' ||
        (uposOf(doc, h) === 'ADJ' && children(doc, h).some((k) => relIs(relOf(doc, k), 'cop'))));
    if (when && befell)
      for (const k of children(doc, h))
        if (relOf(doc, k) === 'nsubj:pass' || relOf(doc, k) === 'nsubj') patient.push(...named(k, true));
  }
  if (!agent.length && !patient.length) return null;
  const uniq = (xs: number[]) => [...new Set(xs)];
  return { agent: uniq(agent), patient: uniq(patient), state: uniq(ruler) };
}

// acts counted or told together as one incident: "two attacks", "twin bombings", "coordinated raids"
const COUNTED_ACTS =
  /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|both|twin|coordinated|simultaneous|parallel|near-simultaneous)\s+(?:[\w-]+\s+)?$/i;
const CLASH = /^(?:clash|fighting\s+between)/i;
const CLASH_NOUN = /^(?:clashes\b|clash\s+between|fighting\s+between)/i;

/** A name for a token, or for a noun of a group's people the name modifies ("Boko Haram fighters", "fighters of X"). */
function sideNamed(doc: Annotated, k: number, usable: Set<number>): number[] {
  const out: number[] = [];
  for (const c of conjuncts(doc, k)) {
    const mi = mentionAt(doc, c);
    if (mi >= 0) {
      if (usable.has(mi)) out.push(mi);
      continue;
    }
    if (!PEOPLE_NOUN.test(lemmaOf(doc, c))) continue;
    const dm = dependents(doc, c, 'compound', 'nmod:poss', 'amod', 'nmod')
      .map((d) => mentionAt(doc, d))
      .find((d) => d >= 0 && usable.has(d));
    if (dm !== undefined) out.push(dm);
  }
  return out;
}

/**
 * The sides of a fight: "X clashed with Y" (X the agent, Y the patient), "X and Y clashed"
 * (both agents), "clashes/fighting between X and Y" (the first side the agent, the second the
 * patient).
 */
function clashSides(
  doc: Annotated,
  si: number,
  tok: number,
  at: number,
  after: number[],
  usable: Set<number>,
): { agent: number[]; patient: number[] } {
  const agent: number[] = [];
  const patient: number[] = [];
  if (tok >= 0 && uposOf(doc, tok) === 'VERB' && lemmaOf(doc, tok) === 'clash') {
    for (const k of children(doc, tok)) {
      const r = relOf(doc, k);
      if (r === 'nsubj') agent.push(...sideNamed(doc, k, usable), ...twoSidesBefore(doc, si, k, usable));
      else if (
        relIs(r, 'obl') &&
        children(doc, k).some((c) => relIs(relOf(doc, c), 'case') && lemmaOf(doc, c) === 'with')
      )
        patient.push(...sideNamed(doc, k, usable));
    }
    if (agent.length || patient.length) return { agent, patient };
  }
  // the noun: "between A and B", as written (the parse often hangs "between" on the verb)
  const text = doc.text;
  const sEnd = doc.seg.sentences[si].end;
  const bt = /^[^.;,]{0,50}?\bbetween\s/i.exec(text.slice(at, sEnd));
  const from = bt ? at + bt.index + bt[0].length : -1;
  if (from < 0) return { agent, patient };
  const sides = after.filter(
    (mi) =>
      doc.mentions[mi].start >= from &&
      !/[.;]/.test(text.slice(from, doc.mentions[mi].start)) &&
      !verbBetween(doc, si, from, doc.mentions[mi].start),
  );
  const a = sides[0];
  if (a === undefined) return { agent, patient };
  agent.push(a);
  const b = sides.find(
    (mi) =>
      mi !== a &&
      // (past the first side's acronym in brackets: "between A (AA) and B", events27)
      /^\s*(?:\([^()]{1,15}\)\s*)?(?:[\w'’-]+\s+){0,3}?and\s/i.test(
        text.slice(doc.mentions[a].end, doc.mentions[mi].start),
      ),
  );
  if (b !== undefined) patient.push(b);
  return { agent, patient };
}

// "the group", "the militant group", "the outfit" standing for a group named earlier
// ("the al-Qaida-linked group", "the Iran-backed movement": a tie that qualifies the group noun)
const GROUP_NOUN =
  /^\s*(?:\w+\s+){0,3}?\b[Tt]he\s+(?:[\w'’.]+(?:-[\w'’.]+)*-(?:linked|backed|allied|aligned|affiliated|inspired|led|based|supported|sponsored)\s+)?(?:(?:militant|jihadist|armed|extremist|insurgent|terrorist|rebel|banned|Islamist)\s+)?(?:group|outfit|organi[sz]ation|movement)\b(?![-'’])/;

// "They pledged allegiance", "It has also attacked": a pronoun that opens the sentence as its subject
// "Two years after it …", "Months before they …": a clause with a pronoun subject set before the
// sentence's own subject
const FRONTED_PRONOUN =
  /^\s*(?:(?:[\w-]+\s+){0,3}?(?:after|before|since|when|once|until)|as\s+soon\s+as)\s+(?:it|they)\s+(?:(?:had|has|have|first|finally|briefly|also)\s+){0,2}$/i;
// (events35) "It was blamed for", "They also carried out": a pronoun opening the sentence as
// the subject of a verb of doing before the act noun, with no denial or doubt between
const IT_DID =
  /^\s*(?:It|They)\s+(?![^,;:]*\b(?:not|never|denied|denies|deny|denying|doubt\w*|if|whether|may|might|could|would)\b)[^,;:]*$/;
const itDidIt = (gap: string): boolean => IT_DID.test(gap) && SUPPORT.test(gap);

// (events35) an object, then a preposition of place (with "the gates/ruins/… of"), right before
// the name: "two traders near the ruins of X", "a guard outside the X"
const LANDMARK_BEFORE =
  /^\s*[^,;:.]*?\b(?:\w+)\s+(?:near|outside|opposite|beside|behind|inside|in\s+front\s+of|close\s+to|next\s+to)\s+(?:the\s+)?(?:(?:gates?|entrance|ruins|walls?|site|grounds|compound|premises|doors?|steps)\s+of\s+(?:the\s+)?)?$/i;

const PRONOUN_SUBJECT =
  /^\s*(?:They|It)\s+(?:(?:had|has|have|also|then|later|reportedly|formally|publicly|since)\s+){0,2}(?:pledged|swore|sworn|declared|announced|gave|offered|renewed)?\s*$/;

// "in a Red Hand Front ambush", "during an al-Shabaab suicide attack": a name of capitalised
// words (and one word more) between the article and an act noun, as the doers who did it (events29)
const DOERS_NOUN_BEFORE =
  /\b(?:in|during)\s+an?\s+(?:(?:\p{Lu}|\p{Ll}{1,3}-\p{Lu})[\p{L}'’.-]*\s+){1,5}(?:[\p{Ll}-]+\s+)?$/u;

// what befalls people short of death: "among those detained", "among the people wounded"
const SPARED =
  /^\s+(?:[\w-]+\s+)?(?:detained|arrested|held|wounded|injured|hurt|rescued|freed|released|evacuated|charged|questioned|abducted|kidnapped|captured|convicted|sentenced|jailed|deported|expelled|displaced|treated|hospitali[sz]ed)\b/i;
// "was among those killed", "were among the dead", "was among the 14 people killed"
const AMONG_DEAD =
  /\b(?:was|were|is|are)\s+(?:reported\s+)?among\s+(?:those|the\s+(?:[\w-]+\s+){0,3}?(?:dead|victims|people|civilians|men|women|soldiers|officers|worshippers|passengers|mourners|fighters))(?:\s+(?:killed|slain|shot dead))?\b/gi;

// nouns an act's word modifies without telling an act ("bomb makers", "attack helicopters")
const COMPOUND_HEAD =
  /^(?:-|\s+)(?:makers?|making|factory|factories|workshops?|cells?|squads?|experts?|disposal|helicopters?|aircraft|jets?|dogs?|submarines?|drones?\s+(?:makers?|factory)|warrants?|vests?|belts?|threats?|scares?|hoax(?:es)?|techniques?|training|manuals?|instructors?|trainers?|attempts?|plots?|bids?)\b/i;

// a report or a clause of its own between the group noun and the act
const SAID_OR_THAT =
  /\b(?:said|says|say|told|added|stated|claimed|claims|announced|reported|denied|accused|blamed|that|which|who|when|after|before|while|because)\b|[;:"“”]/i;

/**
 * The group a sentence's "the group" stands for: the first organisation (a militant one
 * first) of the nearest sentence before it that names one, its subject as a rule ("The New IRA
 * was formed when the Real IRA merged … The group murdered …" is the New IRA).
 */
function topicGroup(doc: Annotated, by: number[][], si: number): number {
  for (let j = si - 1; j >= Math.max(0, si - 3); j--) {
    // ("Researchers tie the group to H.": a name after "the group" is not the one it carries on, events29)
    const orgs = by[j]
      .filter((mi) => !afterAnaphor(doc, mi))
      .map((mi) => doc.mentionEntity[mi])
      .filter((e) => e >= 0 && doc.entities[e].type === 'organization');
    if (!orgs.length) continue;
    return orgs.find((e) => /militant|armed|insurgent|terror/i.test(doc.entities[e].kind ?? '')) ?? orgs[0];
  }
  return -1;
}

// the nouns "the group" is told with, and the nouns of a group's people
const BACK_GROUP = /^(?:group|outfit|organi[sz]ation|movement|militia|faction|insurgency)$/;
const GROUP_PEOPLE =
  /^(?:fighter|militant|gunman|gunmen|member|bomber|attacker|insurgent|rebel|cadre|commander|operative|jihadist|guerrilla)s?$/;

/**
 * The group an act's subject refers back to: "the group", "the armed group", "its fighters",
 * "their gunmen", "a bomber from the group", "members of the group": the armed group named last
 * before it (within a few sentences), or -1. A subject that names anyone is not this one's to read.
 */
function groupSubject(doc: Annotated, verb: number): number {
  // ("a suicide bomber from the group": the doer's own noun is the trigger)
  const subj = uposOf(doc, verb) === 'NOUN' ? verb : actSubject(doc, verb);
  if (subj === undefined || mentionAt(doc, subj) >= 0 || uposOf(doc, subj) !== 'NOUN') return -1;
  const word = (k: number) => doc.text.slice(doc.seg.tokens.start[k], doc.seg.tokens.end[k]);
  const definite = (k: number) => children(doc, k).some((c) => /^(?:the|this)$/i.test(word(c)));
  const lemma = lemmaOf(doc, subj);
  let back = false;
  if (BACK_GROUP.test(lemma)) back = definite(subj);
  else if (GROUP_PEOPLE.test(lemma) || GROUP_PEOPLE.test(word(subj).toLowerCase()))
    back = dependents(doc, subj, 'nmod', 'nmod:poss').some(
      (k) =>
        /^(?:its|their)$/i.test(word(k)) ||
        (BACK_GROUP.test(lemmaOf(doc, k)) && definite(k) && mentionAt(doc, k) < 0),
    );
  if (!back) return -1;
  // the armed group named last before it (not one named after "the group" in its sentence:
  // "tie the group to H", events29)
  return groupNamedBefore(doc, doc.seg.tokens.start[subj]);
}

// "He was arrested", "She had been detained": a pronoun opening the sentence as the passive's subject
const HE_PASSIVE =
  /^\s*(?:He|She)\s+(?:was|had\s+been|has\s+been)\s+(?:(?:later|also|then|first|eventually|finally)\s+)?$/;

/**
 * The person "he" or "she" opening a sentence stands for: the one person the nearest of the
 * two sentences before it that names anyone names (none when it names two), in its paragraph
 * or the one before. A mention index, or undefined.
 */
function personBefore(doc: Annotated, by: number[][], si: number): number | undefined {
  const para = doc.seg.sentences[si].paragraph;
  for (let j = si - 1; j >= Math.max(0, si - 2); j--) {
    if (para - doc.seg.sentences[j].paragraph > 1) break;
    const people = by[j].filter((mi) => {
      const e = doc.mentionEntity[mi];
      return e >= 0 && doc.entities[e].type === 'person';
    });
    if (!people.length) continue;
    return new Set(people.map((mi) => doc.mentionEntity[mi])).size === 1 ? people[0] : undefined;
  }
  return undefined;
}

/** The organisation named last before an offset (a militant group when there is one nearby). */
function lastGroup(doc: Annotated, before: number): number {
  let any = -1;
  for (let i = doc.mentions.length - 1; i >= 0; i--) {
    const m = doc.mentions[i];
    if (m.start >= before) continue;
    if (m.end < before - 1500) break;
    const e = doc.mentionEntity[i];
    if (e < 0 || doc.entities[e].type !== 'organization') continue;
    if (/militant|armed|insurgent|terror/i.test(doc.entities[e].kind ?? '')) return e;
    if (any < 0) any = e;
  }
  return any;
}

/** Who can bar travel: a state (a country) or a state body (a government, court, police, security agency). */
function bansTravel(doc: Annotated, e: number): boolean {
  const x = doc.entities[e];
  if (x.type === 'person') return true; // made the patient below
  if (x.type === 'place') return x.kind === 'country';
  return /government|ministry|court|police|security|agency|judiciary/i.test(x.kind ?? '');
}

// "The victim, X,", "The dead man, X,"; "named him as X", "identified them as X and Y";
// "The victims were identified as X and Y"; "One of them, X," / "One of them, a trader named X,";
// "The man, identified as X,"; "Among them was X"
const VICTIM_NAMED = [
  /^\s*(?:[\w-]+\s+){0,2}?(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ee]ach)\s+of\s+(?:them|the\s+(?:victims|dead|suspects|(?:[\w-]+\s+)?(?:men|women)))\s*,\s*(?:an?\s+(?:[\w-]+\s+){0,3}?(?:named|called)\s+)?$/,
  /^\s*(?:[\w-]+\s+){0,3}?[Tt]he\s+(?:victims?|suspects?|dead|deceased|slain\s+[\w-]+|dead\s+(?:man|woman|men|women))\s*,\s*$/,
  /\b(?:named|identified)\s+(?:him|her|them|the\s+(?:victims?|dead|deceased|suspects?|(?:[\w-]+\s+)?(?:men|man|women|woman)))\s+as\s+(?:[\w.]+\s+){0,2}?$/i,
  /\b[Tt]he\s+(?:victims?|dead|deceased|suspects?|(?:[\w-]+\s+)?(?:men|man|women|woman))\s+(?:was|were|has been|have been)\s+(?:named|identified)\s+as\s+(?:[\w.]+\s+){0,2}?$/,
  // "The man, identified as X, …"
  /^\s*[Tt]he\s+(?:man|woman|men|women|suspects?)\s*,\s*(?:identified|named)\s+(?:only\s+)?as\s+$/,
  // "Among them was a local commander, X", "Among them were X and Y"
  /^\s*Among\s+them\s+(?:was|were)\s+(?:(?:an?|the)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*,\s*)?$/,
];

/** The people the next sentence names as the victims or suspects of an act left unnamed. */
function victimsNamedNext(doc: Annotated, si: number, inNext: number[]): number[] {
  const next = doc.seg.sentences[si + 1];
  if (!next) return [];
  const list = inNext.filter((i) => doc.mentionEntity[i] >= 0);
  for (const mi of list) {
    if (doc.entities[doc.mentionEntity[mi]].type !== 'person') continue;
    const before = doc.text.slice(next.start, doc.mentions[mi].start);
    if (VICTIM_NAMED.some((re) => re.test(before))) return coordinated(doc, list, mi);
  }
  return [];
}

/**
 * "A senior al-Shabaab commander was killed by troops … The commander, X, had led …" (events11):
 * the subject of a passive act is a group's one person named by a role noun, whom the next
 * sentence names; that person, not the group that only qualifies him, is whom it befell. The
 * mention index of the person, or -1.
 */
function roleNamedAfterPassive(doc: Annotated, si: number, subj: number, at: number): number {
  const m = doc.mentions[subj];
  if (doc.entities[doc.mentionEntity[subj]].type !== 'organization') return -1;
  const gap = doc.text.slice(m.end, at);
  // (one person: "a commander", not "fighters" or "members")
  if (!SINGLE_ROLE_BEFORE_VERB.test(gap)) return -1;
  return roleNamedNext(doc, si, gap);
}
const SINGLE_ROLE_BEFORE_VERB =
  /^(?:['’]s)?\s*(?:[\w-]+\s+){0,2}?(?:commander|leader|chief|official|emir|spokesman|spokesperson|financier|recruiter|founder|deputy|ideologue|operative)\s+(?:was|had\s+been|has\s+been)\s+$/i;

const ROLE_WORD =
  /\b(official|commander|leader|chief|member|fighter|militant|suspect|operative|recruiter|spokesman|emir|financier|facilitator|ideologue|founder|deputy|head|journalist|cleric|preacher)\b/i;

/**
 * "killed a senior commander …. The commander, Ahmed Nur, had …": the person the next
 * sentence names with the same role noun, right after "The <role>,".
 */
function roleNamedNext(doc: Annotated, si: number, phrase: string): number {
  const role = ROLE_WORD.exec(phrase)?.[1];
  const next = doc.seg.sentences[si + 1];
  if (!role || !next) return -1;
  const t = doc.text.slice(next.start, next.end);
  // "The commander, X, …" or "… mourned the man, X, …": one apposition re-naming him, no other
  const re = new RegExp(
    `\\b([Tt]he|[Tt]hat|[Tt]his|[Aa]n?|[Aa]nother)\\s+(?:[\\w-]+\\s+)?(?:${role}|man|woman)\\s*,\\s*`,
    'g',
  );
  const found = execAll(re, t);
  if (found.length !== 1 || !/^th/i.test(found[0][1])) return -1;
  const at = next.start + (found[0].index ?? 0) + found[0][0].length;
  for (let i = 0; i < doc.mentions.length; i++) {
    const x = doc.mentions[i];
    const e = doc.mentionEntity[i];
    if (x.start === at && e >= 0 && doc.entities[e].type === 'person') return i;
  }
  return -1;
}
