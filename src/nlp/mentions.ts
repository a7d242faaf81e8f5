// Name particles (al, bin, e, van…) are knowledge/titles.ts's list.
import { DIVISIONS, divisionAlternation, LOCAL_AREA, NEWER_DIVISIONS } from '../knowledge/divisions.js';
import { foldName } from '../knowledge/fold.js';
import { LANGUAGES } from '../knowledge/languages.js';
import { REPORTING_LEMMAS } from '../knowledge/speech-verbs.js';
import { NAME_PARTICLES as PARTICLES, ROLES } from '../knowledge/titles.js';
import type { EntityType } from '../types.js';
import {
  type Lexicon,
  NAME_HONORIFICS,
  NOT_NAME,
  ORG_HEAD,
  ORG_TAIL,
  type OrgHit,
  PERSON_TITLES,
  PLACE_HEAD,
  PLACE_TAIL,
  type PlaceHit,
  STREET_TAIL,
} from './lexicon.js';
import { makeCollector } from './memory.js';
import { matchesAcronym, matchesSyllabic } from './names.js';
import { P, type Segmented } from './segment.js';
import { speechLemma } from './speech.js';
import { isAllCaps, isCapWord, sentenceWords, type Word } from './words.js';

// Stage 2: mentions of people, organisations, places and handles. Candidates are
// capitalised runs (with the particles of Arabic and South Asian names inside them),
// gazetteer matches (which may hold lower-case words: "Islamic State in Iraq and
// Syria"), acronym definitions and @handles. Each is typed by the gazetteers first,
// then by the shape of the name and the words around it.

type MentionType = EntityType | 'unknown';

export interface Mention {
  start: number;
  end: number;
  text: string;
  type: MentionType;
  sentence: number;
  /** gazetteer key: mentions with one key are one entity */
  key?: string;
  /** organisation kind or place kind from the gazetteer */
  kind?: string;
  via: 'gazetteer' | 'rule' | 'acronym' | 'handle' | 'context';
  /** title set aside from a person's name: "Dr", "Colonel" */
  title?: string;
  /** offsets of the expansion this acronym abbreviates */
  expands?: { start: number; end: number };
  /** place country from the gazetteer */
  country?: string | null;
  /** the surface with the title set aside from it ("Sen. Mary J. Holloway") */
  full?: string;
  /** what an untyped mention most likely is, if nothing else claims it */
  guess?: EntityType;
  /** word indexes in the sentence [wFirst, wLast) */
  wFirst: number;
  wLast: number;
}

const PLACE_PREP = new Set([
  'in',
  'near',
  'outside',
  'inside',
  'across',
  'throughout',
  'from',
  'around',
  'above',
  'below',
  'beyond',
  'toward',
  'towards',
  'into',
  'via',
  // "a ship off Hodeida", "off Somalia": at sea beside the place
  'off',
]);
const APPOSITION_ORG = new Set(
  // (and a group's parts and offspring: "X, a branch/offshoot/affiliate of G", "X, G's arm in P";
  // ties28)
  'group groups organisation organization movement faction outfit militia party network company firm agency ministry department newspaper channel charity seminary madrassa front alliance coalition wing splinter branch offshoot affiliate arm franchise proxy cell brigade battalion'.split(
    ' ',
  ),
);
const APPOSITION_PLACE = new Set([
  ...'town village city district province region area valley suburb neighbourhood neighborhood camp border pass hills mountains mountain range desert plateau island forest river lake plain plains peninsula enclave oasis governorate county municipality township settlement port swamp delta coast highlands commune hamlet locality tehsil'.split(
    ' ',
  ),
  ...NEWER_DIVISIONS,
]);
/** Lower-case nouns for a person after a place's noun: "a village headman", "a district official". */
const PERSON_AFTER_PLACE_NOUN =
  /^(?:headman|chief|elder|leader|official|officer|councill?or|administrator|mayor|resident|head|secretary|imam|teacher|guard|commander|spokes(?:man|woman|person)|governor|judge|magistrate|police(?:man|woman)?|ranger|guide|pilot|worker|fisherman|farmer|trader|warden|keeper|manager|director|engineer|driver|captain|activist|journalist|reporter|doctor|nurse)$/;
/** Lower-case nouns for members of a people or a community ("Tuareg rebels", "Fulani herders"). */
const PEOPLE_NOUN =
  /^(?:rebels?|fighters|militants|movements|militiamen|militias?|herders|herdsmen|hunters|farmers|tribesmen|tribes?|clans?|community|communities|villagers|elders|youths|separatists|insurgents|nomads|refugees|civilians|traders|leaders|gunmen|minority|majority|population|people)$/;

/** "Gunmen", "Raiders", "Attackers": the plural of a common noun. */
function commonPlural(lex: Lexicon, w: string): boolean {
  if (!/^\p{Lu}\p{Ll}+(?:men|s)$/u.test(w)) return false;
  const l = w.toLowerCase();
  const sing = l.endsWith('men')
    ? `${l.slice(0, -3)}man`
    : l.replace(/(?:ies)$/, 'y').replace(/(?:es|s)$/, '');
  return lex.common(sing) || lex.common(l.slice(0, -1));
}

/** Lower-case nouns after a place's name that say what kind of place it is ("Gedo region"). */
const DESCRIPTOR = new Set([
  ...'region district province area camp territory town township city village county governorate municipality neighbourhood neighborhood tehsil subdistrict sub-district locality commune department'.split(
    ' ',
  ),
  ...NEWER_DIVISIONS,
]);
/** The same nouns in the plural, after the last of two names or more ("Sokoto and Kebbi states"). */
const PLURAL_DESCRIPTOR = new RegExp(
  `^(?:regions|districts|provinces|states|territories|governorates|counties|departments|municipalities|divisions|prefectures|${divisionAlternation(NEWER_DIVISIONS, true)})$`,
);
/**
 * police ranks of South Asia by their letters, written after the district or range ("Bastar IG X");
 * not "SP" or "SSP", as often a party or a group (the Samajwadi Party, Sipah-e-Sahaba Pakistan)
 */
const POLICE_RANK_LETTERS = ['dsp', 'asp', 'dig', 'ig', 'igp', 'dgp', 'sho'];
const PLACE_TITLES = new Set(['mayor', 'governor', 'gov', 'gov.', 'senator', 'sen.', ...POLICE_RANK_LETTERS]);
/** role nouns that, written after a capitalised run and before a name, make the run a body */
const ROLE_AFTER = new Set(
  'spokesman spokeswoman spokesperson president chairman chairwoman director official officials officer officers analyst leader chief commander executive lawyer economist scientist researcher secretary minister fighters militants members member founder councillor councilor lawmaker legislator politician candidate activist activists'.split(
    ' ',
  ),
);
/** Occupations that open a sentence before a name ("Analyst Amir Rana", "Journalist X"). */
const OCCUPATION_FIRST = new Set(
  `analyst analysts expert researcher scholar journalist reporter lawyer activist professor commentator economist writer author columnist
  actor actress soprano tenor pianist violinist composer novelist playwright poet historian linguist anthropologist anatomist
  archaeologist physicist chemist biologist geologist astronomer mathematician sociologist psychologist psychiatrist physician
  surgeon photographer filmmaker comedian prosecutor`.split(/\s+/),
);
const ROLE_SPLIT = new Set(
  'chairman chairwoman director spokesman spokeswoman spokesperson photographer minister secretary president premier chief correspondent reporter editor commander ambassador governor senator judge envoy leader mp mna mpa mla capt captain lt lieutenant col colonel sgt sergeant insp inspector sub-inspector constable superintendent havildar subedar brig brigadier attorney commissioner deputy admiral mayor sheriff administrator officer'.split(
    ' ',
  ),
);
for (const r of POLICE_RANK_LETTERS) ROLE_SPLIT.add(r);
/** a member of a parliament or an assembly, written after the constituency ("Wajir South MP X") */
const LEGISLATOR = new Set(['mp', 'mna', 'mpa', 'mla', ...POLICE_RANK_LETTERS]);
const FUNCTION_POS = new Set([P.AUX, P.VERB, P.ADV, P.DET, P.PRON, P.ADP, P.SCONJ, P.CCONJ, P.PART, P.INTJ]);
const COMPASS =
  /^(?:new|old|north|south|east|west|upper|lower|greater|central|northern|southern|eastern|western)$/i;
/** the lower-case nouns after a name that make a person's name a settlement's ("Nur Shams camp") */
const SETTLEMENT_AFTER = /^(?:camp|village|town|township|district|valley)$/;
/** the people a camp holds, between its name and "camp" */
const CAMP_OF = /^(?:refugee|refugees|displacement|displaced|IDP|IDPs|detention|internment|transit)$/;
const NOUN_OF_DIVISIONS = ['prefecture', 'tehsil', ...NEWER_DIVISIONS.filter((n) => n !== 'zone')];
const PLACE_NOUN_OF = new RegExp(
  `^(?:town|city|village|hamlet|district|province|region|governorate|county|area|valley|port|capital|commune|municipality|township|locality|settlement|suburb|neighbou?rhood|oasis|island|islet|peninsula|archipelago|enclave|${divisionAlternation(NOUN_OF_DIVISIONS)})$`,
);
/** The people who live in a place, before "of" and its name: "residents of X", "villagers of X". */
const DWELLERS_OF = /^(?:residents?|inhabitants?|villagers?|townspeople|natives?)$/;
/** the land of a place, before "of": "the forests of X", "the hills of X", "the marshlands of the X" */
const LANDSCAPE_OF =
  /^(?:forests?|jungles?|hills|mountains|highlands|foothills|marsh(?:lands|es)|swamps|plains|valleys|slopes|dunes|wilds)$/;
/** Words before "of" that set a place at a bearing or at its edge: "south of X", "the outskirts of X". */
const BEARING_OF =
  /^(?:(?:north|south)(?:-?(?:east|west))?|east|west|outskirts|suburbs|environs|edge|edges|fringes|periphery|heart|centre|center)$/;
/** The same nouns in the plural: "the villages of X and Y", "the towns of X, Y and Z". */
const PLACES_NOUN_OF = new RegExp(
  `^(?:towns|cities|villages|hamlets|districts|provinces|regions|governorates|counties|areas|valleys|ports|${divisionAlternation(NOUN_OF_DIVISIONS, true)})$`,
);
const NOUN_ACRONYMS = new Set(
  // and time zones: "1402 GMT", "2 a.m. EST"; explosives ("20 kg of TNT"); legislators' posts
  // ("the local MLA", "an MNA from Swat")
  'UAV IED VBIED SVBIED RPG MANPADS APC MRAP HQ GPS CCTV DNA SUV VIP POW AWOL KIA WIA HVT AK ATM SMS GMT UTC EST EDT CST CDT MST MDT PST PDT BST CET TNT RDX PETN TATP ANFO MLA MNA MPA DSP ASP DIG IGP DGP SHO'.split(
    ' ',
  ),
);
/**
 * the initials of district posts South Asian news writes after "the": Deputy Commissioner, District
 * Police Officer, Capital City Police Officer, Sub-Divisional Police Officer, District / Sub-Divisional
 * Magistrate
 */
const OFFICE_INITIALS = new Set(['DC', 'DPO', 'CCPO', 'SDPO', 'DM', 'SDM']);
const ORDINAL = /^\d{1,4}(?:st|nd|rd|th)$/i;
/** an ordinal written out with a capital, as units are named ("the Third Division", "Fifth Fleet") */
const CAP_ORDINAL =
  /^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Thirteenth|Fourteenth|Fifteenth)$/;
/** a number word written with a capital */
const CAP_CARDINAL = /^(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve)$/;
/** a count written with a capital, as a sentence may open with one ("Forty", "Dozens", "Two") */
const COUNT_OPENER =
  /^(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety|Hundreds|Dozens|Scores|Several)$/;
/** plural nouns of an armed body's people ("fighters", "militants", "soldiers", "members") */
const COUNTED_PEOPLE =
  /^(?:fighters|militants|rebels|insurgents|gunmen|jihadists|militiamen|combatants|guerrillas|soldiers|troops|members|recruits|commanders|policemen|officers|personnel|loyalists|supporters)$/;

/** Whether the capitalised words after the count at `i` end in a plural noun of people ("Forty G fighters"). */
function countBeforePeople(words: readonly { text: string }[], i: number): boolean {
  let e = i + 1;
  while (e < words.length && e - i <= 6 && /^\p{Lu}/u.test(words[e].text)) e++;
  return e > i + 1 && e < words.length && COUNTED_PEOPLE.test(words[e].text);
}

/** What a numbered military unit is called after its number. */
const UNIT =
  /^(?:Wing|Squadron|Group|Brigade|Division|Battalion|Regiment|Fleet|Corps|Army|Infantry|Cavalry|Artillery|Command|Flotilla|Unit|Force|Forces)$/;
/** What a unit numbered by a cardinal is called ("8 Division", "3 Commando Brigade"). */
const CARDINAL_UNIT = /^(?:Division|Brigade|Battalion|Regiment|Corps|Squadron|Wing|Fleet)$/;

/** a state body's noun that speaks in lower case after its country ("Niger's defence ministry") */
const SPEAKING_BODY = new Set([
  'ministry',
  'army',
  'military',
  'police',
  'gendarmerie',
  'government',
  'junta',
  'navy',
  'presidency',
  'forces',
  'force',
  'command',
]);
/** the words a speaking state body's noun may take before it, in lower case */
const BODY_MODIFIER = new Set(
  'defence defense interior foreign home health information intelligence security military federal state regional provincial national transitional interim central justice armed air border riot police counter-terrorism anti-terrorism'.split(
    ' ',
  ),
);
/** "forces" and "force" name a body only after these ("armed forces", "air force", "police force") */
const FORCE_OF = new Set(['armed', 'air', 'police', 'defence', 'defense']);
/** the verbs a body's quoted words hang from: "…,” Chad's army said", "Chad's army told reporters: “…”" */
const QUOTING =
  /^(?:said|says|told|tells|claimed|claims|added|adds|stated|states|warned|warns|insisted|insists|announced|announces)$/;
const QUOTE_MARK = /["“”]/;
const BODY_GOVERNS = new Set(['ministry', 'government', 'junta', 'presidency']);

/**
 * A state body written in lower case after its country, the subject of a speech verb: "Niger's
 * defence ministry said", "the Cameroonian gendarmerie claimed", "said the Burkina Faso army".
 * The body's noun is word `i`; the country is a place mention just made (before "'s", or after
 * "the"), or a people's adjective, which is then part of the name ("Cameroonian gendarmerie").
 * Without a speech verb beside it nothing is made: the phrase may be a description.
 */
function speakingBody(
  ctx: MentionContext,
  words: Word[],
  i: number,
  out: Mention[],
  startCount: number,
  si: number,
): Mention | null {
  let k = i;
  while (k > 0 && i - k < 3 && BODY_MODIFIER.has(words[k - 1].text)) k--;
  if (
    (words[i].text === 'forces' || words[i].text === 'force') &&
    !(k < i && FORCE_OF.has(words[i - 1].text))
  )
    return null;
  // ("the Borno police command": a command only with what it commands before it)
  if (words[i].text === 'command' && k === i) return null;
  if (k === 0) return null;
  const last = out.length > startCount ? out[out.length - 1] : undefined;
  if (last && last.wLast > k) return null;
  let a = k;
  let from: number;
  let country: string | null | undefined;
  const before = words[k - 1].text;
  if (/^['’]s$/.test(before) && last?.type === 'place' && last.wLast === k - 1) {
    from = last.wFirst;
    country = last.country;
  } else if (
    last?.type === 'place' &&
    last.wLast === k &&
    k > 0 &&
    /^the$/i.test(words[last.wFirst - 1]?.text ?? '')
  ) {
    from = last.wFirst - 1;
    country = last.country;
  } else {
    const d = /^\p{Lu}\p{Ll}+$/u.test(before) ? ctx.lex.demonym(before) : undefined;
    if (!d?.country || (last && last.wLast > k - 1)) return null;
    a = k - 1;
    from = /^the$/i.test(words[a - 1]?.text ?? '') ? a - 1 : a;
    country = d.country;
  }
  // ("Chad's army, in a statement, said": a circumstance between commas may part the body and its verb)
  let v = i + 1;
  if (words[v]?.text === ',') {
    let c = v + 1;
    while (c < words.length && c - v <= 6 && words[c].text !== ',') c++;
    if (words[c]?.text === ',' && /^(?:in|on|at|via|through)$/.test(words[v + 1]?.text ?? '')) v = c + 1;
  }
  const spoken =
    QUOTING.test(words[v]?.text ?? '') ||
    (/^(?:has|had|also|later|earlier|separately)$/.test(words[i + 1]?.text ?? '') &&
      QUOTING.test(words[i + 2]?.text ?? '')) ||
    (from > 0 && QUOTING.test(words[from - 1].text));
  // the words are quoted in its sentence, or follow a colon: a body that only reports ("Uganda's
  // army said in a statement that …") is left to the narration's own names
  if (!spoken || !words.some((x) => QUOTE_MARK.test(x.text) || x.text === ':')) return null;
  const kind = BODY_GOVERNS.has(words[i].text) ? 'government' : 'security agency';
  // (the country before the body's name is a name of it too: "Niger's defence ministry")
  const full = a === k && last ? ctx.seg.text.slice(last.start, words[i].end) : undefined;
  return mk(words, a, i + 1, 'organization', si, ctx.seg.text, {
    via: 'context',
    kind,
    full,
    country: country ?? undefined,
  });
}
/** What an insurgency's numbered unit is called after its number. */
const GUERRILLA_UNIT = /^(?:Front|Bloc|Column|Frente|Bloque|Columna)$/;
/** prefixes of navies' ship names */
const SHIP_PREFIX = new Set(
  'USS USNS HMS HMCS HMAS HMNZS INS FS RFS ROKS JS TCG PNS BNS KRI HNLMS HDMS'.split(' '),
);
/** the nouns of vessels, before a ship's name ("the frigate X", "the tanker Y") */
const SHIP_NOUN =
  /^(?:frigate|destroyer|corvette|cruiser|warship|tanker|freighter|vessel|ship|submarine|trawler|dhow|ferry|yacht|supertanker)$/;
/** posts held in a body: "president of …", "an official of the …" */
const POST_OF = new Set(
  'president vice-president chairman chairwoman director official officials spokesman spokeswoman spokesperson executive founder co-founder treasurer manager officer employee employees professor economist analyst researcher editor publisher owner member members'.split(
    ' ',
  ),
);
// ("y": the Spanish "and" of "Estado Mayor de Bloques y Frentes")
// ("do", "da", "du": the Portuguese and French "of the" of "Observatorio do Meio Rural")
const OF_LIKE = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'y', 'do', 'da', 'dos', 'das', 'du', 'des']);
// "Khan said", "says Muhammad Tanvir": a form (not a participle) of a plain reporting verb.
const SAY = {
  test(word: string): boolean {
    const lemma = speechLemma(word);
    return lemma !== null && REPORTING_LEMMAS.has(lemma) && !/ing$/i.test(word);
  },
};
const LOCATIVE = new Set([
  'in',
  'from',
  'near',
  'at',
  'to',
  'across',
  'outside',
  'inside',
  'into',
  'throughout',
  'of',
  'off',
]);
/** the word after an operation's name that makes it a body: it speaks, or it has troops */
const OPERATION_ACTS =
  /^(?:said|says|announced|announces|stated|claimed|reported|confirmed|added|troops|forces|soldiers|personnel|spokesman|spokesperson|commander|headquarters)$/;
/** the noun before "of" and an operation's name that makes it a body: "troops of Operation X" */
const OPERATION_OF = /^(?:troops|forces|soldiers|personnel|spokesman|spokesperson|commander|headquarters)$/;
/** lower-case roles a person's name follows: "the commander X", "militant leader X" */
const PERSON_ROLE_BEFORE =
  /^(?:commander|leader|emir|amir|chief|spokesman|spokeswoman|spokesperson|militant|fighter|kingpin|warlord|founder|deputy|cleric|preacher|bandit)$/;
/** titles and offices written "… of W" with a capital, W a common word: "Inspector General of Police",
 * "Inspector-General of Police", "Director-General of Police" */
const OFFICE_OF =
  /^(?:\p{Lu}\p{Ll}+-)?(?:General|Superintendent|Commissioner|Director|Inspector|Minister|Ministry|Secretary|Department|Directorate|Bureau|Chief|Head)$/u;
const MONTH_DAY =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?)\.?$/i;

interface MentionContext {
  seg: Segmented;
  lex: Lexicon;
  /** lower-case words seen in lower case somewhere in the text: common words, not names */
  lowerSeen: Set<string>;
  /** the last words of people named in full in earlier sentences ("Qasim" of "Hamza Qasim") */
  surnames: Set<string>;
  /** the countries named in the sentences before */
  countries: Set<string>;
}

/** a letter, ' ’ or - ending the text before a word */
const WORD_CHAR_BEFORE = /[\p{L}'’-]$/u;

function lowerWordsOf(text: string): Set<string> {
  const set = new Set<string>();
  // The words that start with a lower-case letter after no letter, ' ’ or -. A match never
  // starts inside another (its characters are all of that class), so the character before
  // is checked after the match, which is cheaper than a lookbehind at every position.
  // Nor the pieces of a handle, a hashtag, an address or a number ("@abu_ammar_ye",
  // "#freeX", "example.com/news", "5th"): after @ # _ / . or a digit they are no prose.
  for (const m of text.matchAll(/\p{Ll}[\p{L}'’-]*/gu)) {
    const at = m.index;
    if (at > 0) {
      const c = text.charCodeAt(at - 1);
      if (c < 128) {
        if ((c >= 64 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 45) continue;
        if (c === 95 || c === 35 || c === 47 || c === 46 || (c >= 48 && c <= 57)) continue;
      } else if (WORD_CHAR_BEFORE.test(text.slice(Math.max(0, at - 2), at))) continue;
    }
    set.add(m[0]);
  }
  return set;
}

/** The text named the country `code` before word i of this sentence, or in an earlier sentence. */
function countryNamed(ctx: MentionContext, words: Word[], i: number, code: string | null): boolean {
  if (!code) return false;
  if (ctx.countries.has(code)) return true;
  for (let k = 0; k < i; k++) {
    const p = /^\p{Lu}/u.test(words[k].text) ? ctx.lex.place(words[k].text) : undefined;
    if (p?.kind === 'country' && p.country === code) return true;
  }
  return false;
}

/** Finds mentions in every sentence. */
export function findMentions(seg: Segmented, lex: Lexicon): Mention[] {
  surfaces = new Map();
  const ctx: MentionContext = {
    seg,
    lex,
    lowerSeen: lowerWordsOf(seg.text),
    surnames: new Set(),
    countries: new Set(),
  };
  const out: Mention[] = [];
  const collect = makeCollector();
  for (let si = 0; si < seg.sentences.length; si++) {
    const from = out.length;
    sentenceMentions(ctx, si, out);
    for (let k = from; k < out.length; k++) {
      const m = out[k];
      if (m.type === 'place' && m.kind === 'country' && m.country) ctx.countries.add(m.country);
      if (m.type !== 'person') continue;
      const sp = m.text.lastIndexOf(' ');
      if (sp > 0) ctx.surnames.add(m.text.slice(sp + 1));
    }
    collect(seg.sentences[si].end);
  }
  countedAcronymUses(seg, out);
  surfaces = new Map();
  for (let k = 0; k < out.length; k++) out[k] = canonMention(out[k]);
  return out;
}

/**
 * The mention with every field present, in one order. Mentions are built in many places
 * with different optional fields, which gives them many hidden classes in V8; every later
 * stage reads `doc.mentions[i].start`, and one shape keeps those loads monomorphic.
 */
function canonMention(m: Mention): Mention {
  return {
    start: m.start,
    end: m.end,
    text: m.text,
    type: m.type,
    sentence: m.sentence,
    key: m.key,
    kind: m.kind,
    via: m.via,
    title: m.title,
    expands: m.expands,
    country: m.country,
    full: m.full,
    guess: m.guess,
    wFirst: m.wFirst,
    wLast: m.wLast,
  };
}

function firstWordIndex(words: Word[]): number {
  let k = 0;
  while (k < words.length && /^[“"‘'([\-—–]+$/.test(words[k].text)) k++;
  return k;
}

function sentenceMentions(ctx: MentionContext, si: number, out: Mention[]): void {
  const { seg, lex } = ctx;
  const text = seg.text;
  const words = sentenceWords(seg, si);
  const first = firstWordIndex(words);
  const span = (a: number, b: number) => text.slice(words[a].start, words[b - 1].end);
  const lower = (k: number) => words[k].text.toLowerCase();
  const startCount = out.length;
  /** the type "X-based" or "X-born" gives the name starting at word `at` */
  let after: { at: number; type: MentionType } = { at: -1, type: 'unknown' };
  // a source line is short, and has an outlet in capitals or "in" + a language + a number
  const maybeSource =
    words.length <= 8 ||
    (words.length <= 40 &&
      words.some(
        (w, k) =>
          (isAllCaps(w.text) && w.text.length > 1) ||
          (w.text === 'in' && /^(?:\d|no\b)/i.test(words[k + 2]?.text ?? '')),
      ));
  let i = 0;
  while (i < words.length) {
    const w = words[i];
    // "the Seven Party Alliance", "the Three Brotherhood Alliance": a capitalised number word
    // inside a sentence opens the body's name it counts the members of (a run of names that
    // ends in a body's word, with no name after it)
    if (i > first && CAP_CARDINAL.test(w.text) && /^the$/i.test(words[i - 1].text)) {
      let e = i + 1;
      while (e < words.length && e - i <= 4 && nameWord(words[e].text)) e++;
      if (e > i + 2 && ORG_TAIL.has(lower(e - 1)) && !(e < words.length && nameWord(words[e].text))) {
        out.push(mk(words, i, e, 'organization', si, text, { via: 'rule' }));
        i = e;
        continue;
      }
    }
    // "The Taliban said": the article is not part of the name, and the name may be known
    // "In Karachi, …", "The Taliban said": a capitalised function word is not part of the name
    const low = w.text.toLowerCase();
    if (
      NOT_NAME.has(low) &&
      !PERSON_TITLES.has(low) &&
      !CAP_ORDINAL.test(w.text) &&
      !monthGivenName(ctx, words, i) &&
      i + 1 < words.length &&
      nameWord(words[i + 1].text) &&
      !gazetteerAt(ctx, words, i) &&
      !compassInName(ctx, words, i, first) &&
      !theInName(ctx, words, i, first)
    ) {
      i++;
      continue;
    }
    // "Forty G fighters were killed", "Dozens of …": a count opening the sentence, before a name
    // and the plural noun of its people, is no part of the name (fights35)
    if (i === first && COUNT_OPENER.test(w.text) && countBeforePeople(words, i)) {
      i++;
      continue;
    }
    if (/^@\w{2,}$/.test(w.text)) {
      out.push(mk(words, i, i + 1, 'handle', si, text, { via: 'handle' }));
      i++;
      continue;
    }
    // "158th Fighter Wing", "the 5th Special Forces Group", "U.S. 5th Fleet", "the Third
    // Division": a numbered unit
    if (ORDINAL.test(w.text) || CAP_ORDINAL.test(w.text)) {
      let e = i + 1;
      while (e < words.length && e - i <= 5 && nameWord(words[e].text)) e++;
      // "the 33rd Front", "the 10th Bloc", "its 7th Mobile Column": a guerrilla's numbered unit
      const guerrilla = GUERRILLA_UNIT.test(words[e - 1].text);
      if (e > i + 1 && (UNIT.test(words[e - 1].text) || guerrilla)) {
        const kind = guerrilla ? 'militant group' : 'security agency';
        out.push(mk(words, i, e, 'organization', si, text, { via: 'rule', kind }));
        i = e;
        continue;
      }
    }
    // 'Joaquin "El Chapo" Guzman', 'Ismael "El Mayo" Zambada': a nickname in quotes inside a
    // person's name is part of that one name, not a name of its own
    const nick = quotedNickname(ctx, words, i);
    if (nick) {
      // the name without its nickname is a surface too ("Joaquin Guzman")
      const open = words.findIndex((x, k) => k > i && OPEN_QUOTE.test(x.text));
      const close = words.findIndex((x, k) => k > open && CLOSE_QUOTE.test(x.text));
      const full = `${span(i, open)} ${span(close + 1, nick)}`;
      out.push(mk(words, i, nick, 'person', si, text, { via: 'rule', full }));
      i = nick;
      continue;
    }
    // "the army's 8 Division", "its 1 Brigade": a unit numbered in the British manner (a
    // cardinal, no "th"), after an article or a possessive so that a count is no unit
    if (
      /^\d{1,3}$/.test(w.text) &&
      i > 0 &&
      /^(?:the|its|their|['’]s)$/i.test(words[i - 1].text) &&
      i + 1 < words.length &&
      nameWord(words[i + 1].text)
    ) {
      let e = i + 1;
      while (e < words.length && e - i <= 4 && nameWord(words[e].text)) e++;
      if (
        CARDINAL_UNIT.test(words[e - 1].text) &&
        !(e < words.length && words[e].pos === P.NOUN && /^\p{Ll}+[^s]s$/u.test(words[e].text))
      ) {
        out.push(mk(words, i, e, 'organization', si, text, { via: 'rule', kind: 'security agency' }));
        i = e;
        continue;
      }
    }
    // "the Turkish-backed G", "the Kurdish-led G": a people's adjective compounded with support
    // or control describes the name after it and is no part of it
    if (i + 1 < words.length && nameWord(words[i + 1].text) && words[i + 1].start - w.end <= 1) {
      const hit = LINK_COMPOUND.exec(w.text);
      if (hit && /^\p{Lu}\p{Ll}+$/u.test(hit[1]) && ctx.lex.demonym(hit[1])?.country) {
        i++;
        continue;
      }
    }
    // "al Qaeda-linked", "Iran-backed": a known group or place before a compound of
    // support or control is a mention, the name after it another
    const linked = /^(?:al|el)$/.test(w.text) || nameWord(w.text) ? linkedBefore(ctx, words, i, si) : null;
    if (linked) {
      out.push(linked.mention);
      i = linked.next;
      continue;
    }
    // "the Chadian military", "the Chadian army": a country's armed force named by its people
    if (
      i > 0 &&
      /^the$/i.test(words[i - 1].text) &&
      /^(?:army|military|navy)$/.test(words[i + 1]?.text ?? '')
    ) {
      const d = /^\p{Lu}\p{Ll}+$/u.test(w.text) ? ctx.lex.demonym(w.text) : undefined;
      if (d?.country) {
        out.push(
          mk(words, i, i + 2, 'organization', si, text, {
            via: 'context',
            kind: 'security agency',
            country: d.country,
          }),
        );
        i += 2;
        continue;
      }
    }
    // "the Russian Defence Ministry", "Turkish Interior Ministry": a people's adjective opening
    // a ministry's name of one or two words says whose ministry it is, and is part of the name
    if (
      /^\p{Lu}\p{Ll}+$/u.test(w.text) &&
      !(i > 0 && nameWord(words[i - 1].text) && !/^(?:The|A|An)$/.test(words[i - 1].text))
    ) {
      let e = i + 1;
      while (
        e < words.length &&
        e - i <= 3 &&
        /^\p{Lu}\p{Ll}+$/u.test(words[e].text) &&
        words[e].text !== 'Ministry'
      )
        e++;
      const d = e > i + 1 && words[e]?.text === 'Ministry' ? ctx.lex.demonym(w.text) : undefined;
      if (d?.country && !nameWord(words[e + 1]?.text ?? '')) {
        out.push(
          mk(words, i, e + 1, 'organization', si, text, {
            via: 'rule',
            kind: 'government',
            country: d.country,
          }),
        );
        i = e + 1;
        continue;
      }
    }
    // "Niger's defence ministry said", "the Cameroonian gendarmerie claimed", "said the
    // Burkina Faso army": a state body written in lower case after its country, speaking
    if (SPEAKING_BODY.has(w.text)) {
      const body = speakingBody(ctx, words, i, out, startCount, si);
      if (body) {
        out.push(body);
        i = body.wLast;
        continue;
      }
    }
    // "al Qaeda", "al Shabaab": a lower-case article may open a known name
    if (/^(?:al|el)$/.test(w.text) && i + 1 < words.length && nameWord(words[i + 1].text)) {
      const gaz = gazetteerAt(ctx, words, i);
      if (gaz && gaz.wLast > i + 1) {
        out.push(gaz);
        i = gaz.wLast;
        continue;
      }
    }
    if (!nameWord(w.text)) {
      i++;
      continue;
    }
    // "World War II", "the Iran-Iraq War", "the Arab Spring", "the Oslo Accords": the name of
    // an event or a document is no entity, nor is the place or people it is named after
    const event = eventNameEnd(ctx, words, i);
    if (event) {
      i = event;
      continue;
    }
    // "Frankfurt-based Tallis Bank", "the Ohio-born Walter Brinkley": the place is a mention,
    // and the name after it a body (based, headquartered) or a person (born)
    const based = placeBefore(ctx, words, i, si);
    if (based) {
      out.push(based.place);
      i = based.next;
      after = { at: i, type: based.type };
      continue;
    }
    // "Moscow INTERFAX in English 1322 GMT": a monitoring service's source line names the
    // outlet after the town it reports from
    const source = maybeSource ? sourceLine(ctx, words, i, si) : null;
    if (source) {
      out.push(...source);
      i = source[1].wLast;
      continue;
    }
    // "the Quetta-Jacobabad line", "the Kabul-Jalalabad highway": two places joined by a
    // hyphen (a road or a border between them) are two mentions, when the whole is no place
    // (not inside a longer name: "the Ise-Shima Summit")
    const pair =
      i + 1 < words.length && nameWord(words[i + 1].text)
        ? null
        : hyphenPlaces(ctx, words[i], si, i, ROUTE_NOUN.test(words[i + 1]?.text ?? ''));
    if (pair) {
      out.push(...pair);
      i++;
      continue;
    }
    // "the Forces armées maliennes", "the Police nationale", "the Garde nationale du Niger": a body's
    // name of another language whose words after the head are in lower case
    const romance = romanceLowerName(lex, words, i);
    if (romance) {
      const kind = ROMANCE_FORCE_HEAD.test(lower(i)) ? 'security agency' : undefined;
      out.push(mk(words, i, romance, 'organization', si, text, { via: 'rule', kind }));
      i = romance;
      continue;
    }
    // Longest gazetteer match starting here.
    // ("Liwa Abu al-Fadl al-Abbas": a group's Arabic head word that is also a town's name opens
    // the name of a group when a name goes on after it)
    const gaz0 = gazetteerAt(ctx, words, i);
    const gaz =
      institutionAfter(words, gaz0) ||
      (gaz0?.type === 'place' &&
        gaz0.wLast === i + 1 &&
        GROUP_HEAD_TOWN.test(w.text) &&
        i + 1 < words.length &&
        words[i + 1].start - w.end <= 1 &&
        (nameWord(words[i + 1].text) || /^(?:al|el|ul)-\p{Lu}/u.test(words[i + 1].text))) ||
      (gaz0?.type === 'place' &&
        gaz0.wLast === i + 1 &&
        ((gaz0.kind === 'city' &&
          (unknownWordAfter(ctx, words, i) ||
            placeHeadBeforeName(words, i) ||
            personCueAround(ctx, words, i) ||
            patronymicAfter(ctx, words, i))) ||
          (gaz0.kind === 'country' && surnameAfterCountry(ctx, words, i))))
        ? null
        : gaz0;
    if (gaz) {
      // ("Islamic State Mozambique Province": a known branch named by its place, "Province" after)
      const placeProv =
        gaz.type === 'organization' &&
        gaz.wLast - gaz.wFirst >= 2 &&
        words[gaz.wLast]?.text === 'Province' &&
        ctx.lex.place(words[gaz.wLast - 1].text)
          ? gaz.wLast + 1
          : 0;
      const prov = gaz.type === 'organization' ? placeProv || provinceOf(words, gaz.wLast) : 0;
      if (prov) {
        out.push(mk(words, i, prov, 'organization', si, text, { via: 'rule', kind: gaz.kind }));
        i = prov;
        continue;
      }
      // "Communist Party of India (Marxist)": a qualifier makes another body than the one known
      const qual = gaz.type === 'organization' ? bracketQualifierEnd(ctx, words, gaz.wLast) : 0;
      if (qual) {
        out.push(mk(words, i, qual, 'organization', si, text, { via: 'rule', kind: gaz.kind }));
        i = qual;
        continue;
      }
      // "the Islamic State's Somalia branch", "al-Qaeda's Yemen affiliate": the place names
      // a branch of the group, and is not where anything happens
      if (
        gaz.type === 'place' &&
        gaz.kind !== 'city' &&
        i > 0 &&
        /^['’]s$/.test(words[i - 1].text) &&
        /^(?:branch|affiliate|franchise|chapter|wing|arm|offshoot)$/.test(words[gaz.wLast]?.text ?? '')
      ) {
        i = gaz.wLast;
        continue;
      }
      // "a Burlington spokesman", "shares of Edison": a town's name used as a company's;
      // "Jamalpur, an armed faction", "the militia Jamalpur": a name the text calls a group
      if (
        gaz.type === 'place' &&
        ((gaz.kind === 'city' && bodyContext(words, gaz.wFirst, gaz.wLast)) ||
          (gaz.kind !== 'country' &&
            // ("Kaduna State, the group …": a name closed by a division's noun stays a place)
            !(gaz.wLast - gaz.wFirst >= 2 && PLACE_TAIL.has(lw(words, gaz.wLast - 1))) &&
            calledGroup(words, gaz.wFirst, gaz.wLast)))
      ) {
        gaz.type = 'organization';
        gaz.via = 'context';
        gaz.key = gaz.country = undefined;
        gaz.kind = gaz.kind === 'city' && !calledGroup(words, gaz.wFirst, gaz.wLast) ? undefined : GROUP_KIND;
      }
      // "the Ministry of Interior and Public Security": a known "X of Y" body's complement
      // coordinated with more English words is one body's name
      const co = gaz.type === 'organization' ? coordinatedComplementEnd(ctx, words, gaz) : 0;
      if (co) {
        out.push(
          mk(words, i, co, 'organization', si, text, { via: 'rule', kind: gaz.kind, country: gaz.country }),
        );
        i = co;
        continue;
      }
      out.push(gaz);
      i = gaz.wLast;
      continue;
    }
    // "the New IRA", "the Real Taliban": a qualifier before a known group's name names
    // another group (a splinter or successor), no mention of the group it qualifies
    if (QUALIFIER.test(w.text) && (i !== first || (i > 0 && /^the$/i.test(words[i - 1].text)))) {
      const g = gazetteerAt(ctx, words, i + 1);
      // ("the New Dawn Brigade": a name that goes on is a name of its own)
      if (
        g &&
        g.type === 'organization' &&
        /^(?:militant group|political party)$/.test(g.kind ?? '') &&
        !(g.wLast < words.length && nameWord(words[g.wLast].text)) &&
        words[i + 1].start - w.end <= 1
      ) {
        out.push(mk(words, i, g.wLast, 'organization', si, text, { via: 'rule', kind: g.kind }));
        i = g.wLast;
        continue;
      }
    }
    // "Houthi-controlled Sanaa", "Russian-occupied Zaporizhzhia": who holds a place qualifies
    // it and is no part of its name (a name the gazetteer knows whole was matched above:
    // "Indian-administered Kashmir" is a region of its own)
    if (HELD_BY.test(w.text) && i + 1 < words.length && nameWord(words[i + 1].text)) {
      i++;
      continue;
    }
    // A capitalised run with name particles inside.
    let j = i + 1;
    while (j < words.length) {
      const t = words[j].text;
      if (nameWord(t) && !MONTH_DAY.test(t)) {
        // "Police Service of Northern Ireland", "Interim Force in Lebanon", "Institute for
        // Balkan Peace Studies": the place is part of the name; so it is after "for a" and an
        // adjective ("Movement for a Democratic Chad")
        // ("Armed Forces of the Philippines", "National Police of the Gambia": so it is after "of the")
        if (
          (/^(?:of|in|for|on)$/.test(lower(j - 1)) && j - 1 > i && orgLike(words, i, j - 1)) ||
          (j - 3 > i &&
            lower(j - 3) === 'for' &&
            /^an?$/.test(words[j - 2].text) &&
            orgLike(words, i, j - 3)) ||
          (j - 2 > i && lower(j - 1) === 'the' && lower(j - 2) === 'of' && orgLike(words, i, j - 2))
        ) {
          const g = gazetteerAt(ctx, words, j);
          if (g && g.type === 'place') {
            j = g.wLast;
            continue;
          }
        }
        if (
          !PARTICLES.has(lower(j - 1)) &&
          (gazetteerStartsAt(ctx, words, j) || strongSingle(ctx, words[j].text)) &&
          !particleSurname(ctx, words, i, j) &&
          !(j === words.length - 1 || !nameWord(words[j + 1].text) ? placeAsSurname(ctx, words, j) : false) &&
          !nameGoesOn(ctx, words, i, j)
        )
          break;
        j++;
        continue;
      }
      const lt = t.toLowerCase();
      // "the Public Prosecutor's Office", "Magistrates' Court", "Kurdistan Workers' Party": a
      // possessive inside a body's name
      if (
        possessiveInName(words, j) ||
        possessivePlaceName(ctx, words, i, j) ||
        possessiveOfWord(ctx, words, i, j)
      ) {
        j++;
        continue;
      }
      // "Secretary of State John Kerry": the office joins the title to the name after it
      const office =
        lt === 'of' && /^(?:secretary|minister)$/i.test(words[j - 1].text)
          ? officeAfter(words, j, words.length)
          : 0;
      if (office && nameWord(words[j + office].text)) {
        j += office;
        continue;
      }
      // "Front de Libération du Québec", "Union des Forces de la Résistance", "Mouvement pour
      // l'Unicité": French, Spanish and Portuguese connectors (and an article after one) inside
      // a body's name
      const romance = romanceConnector(words, i, j);
      if (romance) {
        j += romance;
        continue;
      }
      // "Movement for a Democratic Chad", "Alliance for a Free Sahel": "for a" inside a body's name
      if (forAName(words, i, j)) {
        j += 2;
        continue;
      }
      if (
        (PARTICLES.has(lt) ||
          // ("Aliyu dan Musa", "Ravi das Neves": written in lower case, inside a name only; "Das" and
          // "Dan" capitalised are names of their own)
          (t === lt && INNER_PARTICLES.has(t)) ||
          (OF_LIKE.has(lt) &&
            orgLike(words, i, j) &&
            !orgComplete(ctx, words, j) &&
            !LEGAL_FORM.has(lower(j - 1))) ||
          (lt === 'and' && bodyAhead(ctx, words, i, j)) ||
          // "Prince of Songkla University", "Prince of Wales Hospital": a royal title and "of"
          // opening an institution's name
          (lt === 'of' &&
            j === i + 1 &&
            ROYAL_OPENING.test(words[i].text) &&
            institutionAhead(words, j + 1)) ||
          // "Committee to Protect Journalists", "Group to Support Islam and Muslims"
          (lt === 'to' &&
            ORG_TAIL.has(lower(j - 1)) &&
            j + 2 < words.length &&
            nameWord(words[j + 2].text))) &&
        j + 1 < words.length &&
        (nameWord(words[j + 1].text) ||
          forTheName(ctx, words, i, j) ||
          // "Pieter van der Berg", "Jean de la Fontaine": two particles, then the surname
          (PARTICLES.has(lt) &&
            (PARTICLES.has(lower(j + 1)) || INNER_PARTICLES.has(words[j + 1].text)) &&
            j + 2 < words.length &&
            nameWord(words[j + 2].text))) &&
        words[j + 1].start - words[j].end <= 1
      ) {
        j++;
        continue;
      }
      break;
    }
    // "Finance Committee Chairman Arthur P. Lindqvist": the title splits the run
    let k = j - 2;
    const splitAt = (t: number) => ROLE_SPLIT.has(lower(t).replace(/\.$/, ''));
    while (k > i && !splitAt(k)) k--;
    // ...but "Lt Col X" is all titles before the name: the title loop sets them aside
    const isTitle = (t: number) => words[t].text === '.' || PERSON_TITLES.has(lower(t).replace(/\.$/, ''));
    const nx = words[k + 1]?.text === '.' ? k + 2 : k + 1;
    if (
      k > i &&
      splitAt(k) &&
      !ORG_TAIL.has(lower(j - 1)) &&
      nx < words.length &&
      (nameWord(words[nx].text) || officeAfter(words, nx, j) > 0) &&
      !words.slice(i, k).every((_, d) => isTitle(i + d)) &&
      // ("Police Colonel X": a police rank, the title loop sets it aside whole)
      !(k === i + 1 && lower(i) === 'police' && isTitle(k)) &&
      // ("Air Chief Marshal X": one rank, which the title loop sets aside whole too)
      !(lower(k - 1) === 'air' && lower(k + 1) === 'marshal')
    ) {
      const pre = typeRun(ctx, words, i, k, first, si);
      // "Pemex Director X", "Fairview Mayor X": what the title belongs to is a body
      // (a town for civic titles), whatever its name alone would suggest
      // ...but "Coast Guard Lt. X", "City Council President X": English words that name a
      // body (a word that ends or heads an organisation's name) are the body, not the title
      // ("Wajir South MP X": a legislator's title follows its constituency, no part of it)
      const titleWords =
        !LEGISLATOR.has(lower(k)) &&
        words
          .slice(i, k)
          .every(
            (w) =>
              /^(?:deputy|vice|acting|assistant|senior|chief|press|foreign|interior|defence|defense)$/i.test(
                w.text,
              ) ||
              (lex.common(w.text) && !bodyWord(w.text)),
          );
      if (pre && titleWords) {
        // "Deputy Press Secretary X": the words before the title are part of it
      } else if (pre && (pre.type === 'unknown' || pre.guess === 'person')) {
        pre.type = PLACE_TITLES.has(lower(k).replace(/\.$/, '')) ? 'place' : 'organization';
        pre.guess = undefined;
      }
      // ("Bannu Regional Police Officer X", "Station House Officer X": the words before "Officer"
      // are the post's, not a body of their own)
      if (pre && !titleWords && lower(k) !== 'officer') out.push(pre);
      const m = typeRun(ctx, words, k, j, -1, si);
      // "Assistant Chief Constable X": the words before the rank are part of the title
      if (m && titleWords && m.type === 'person' && m.title) {
        m.full = text.slice(words[i].start, m.end);
      }
      const seat = m ? postSeat(ctx, words, m, si) : null;
      if (seat) out.push(...seat);
      else if (m) out.push(m);
    } else {
      const m = typeRun(ctx, words, i, j, first, si);
      if (m && after.at === i && m.wFirst === i && m.type !== after.type) {
        m.type = after.type;
        m.guess = undefined;
        m.via = 'context';
      }
      // "Communist Party of Nepal (Maoist Centre)": a bracketed qualifier ends the body's name
      // (and an acronym's: "the CPI (Maoist)" is a body; ties28)
      const acronym =
        !!m && m.type === 'unknown' && m.wLast === m.wFirst + 1 && /^\p{Lu}{2,6}$/u.test(m.text);
      const q =
        m && (m.type === 'organization' || acronym) && m.wLast === j ? bracketQualifierEnd(ctx, words, j) : 0;
      if (m && q && acronym) {
        m.type = 'organization';
        m.guess = undefined;
        m.via = 'context';
      }
      if (m && q) {
        m.end = words[q - 1].end;
        m.text = sameText(text.slice(m.start, m.end));
        m.wLast = q;
        j = q;
      }
      // "Deputy Commissioner Kurram X", "District Police Officer Bannu X": the seat of the post
      // between the title and the name is a place, no part of the name
      const seat = m ? postSeat(ctx, words, m, si) : null;
      if (seat) out.push(...seat);
      else if (m) out.push(m);
    }
    i = j;
  }
  acronymDefinitions(ctx, words, si, out, startCount, span);
  translationInBrackets(ctx, out, startCount);
  stateAfterTown(ctx, out, startCount);
  townWithRegion(ctx.seg.text, out, startCount, ctx.lex);
  companiesInPlaceList(ctx, words, out, startCount);
  placesInCoordination(ctx, words, out, startCount);
}

/**
 * A person's run whose title was set aside and whose first word is a town or a district the
 * gazetteer knows (no given name, honorific or title), with two name words after it: the seat
 * of the post, as South Asian reporting writes it ("Deputy Commissioner Kurram X",
 * "Superintendent of Police Bijapur X"). The place and the person, or null.
 */
function postSeat(ctx: MentionContext, words: Word[], m: Mention, si: number): [Mention, Mention] | null {
  if (m.type !== 'person' || !m.title || m.wLast - m.wFirst < 3) return null;
  const w = words[m.wFirst];
  if (w.start < m.start || w.end > m.end || !/^\p{Lu}\p{Ll}+$/u.test(w.text)) return null;
  const l = w.text.toLowerCase();
  if (ctx.lex.givenName(w.text) || NAME_HONORIFICS.has(l) || PERSON_TITLES.has(l)) return null;
  const p = ctx.lex.place(w.text);
  if (!p || p.kind === 'country' || !nameWord(words[m.wFirst + 1].text)) return null;
  const person = typeRun(ctx, words, m.wFirst + 1, m.wLast, -1, si);
  // (the name's words alone may read otherwise: "Ziaud Din Ahmed" is no body after a title)
  if (!person || person.type === 'place') return null;
  const place: Mention = {
    start: w.start,
    end: w.end,
    text: sameText(w.text),
    type: 'place',
    sentence: m.sentence,
    key: intern('place:', p.key),
    kind: p.kind,
    via: 'gazetteer',
    country: p.country,
    wFirst: m.wFirst,
    wLast: m.wFirst + 1,
  };
  person.type = 'person';
  person.guess = undefined;
  person.key = undefined;
  person.kind = undefined;
  person.title = m.title;
  return [place, person];
}

/**
 * "Forces for the Liberation of X", "Front for the Defence of Y", "Union of the Peoples of Z":
 * "of"/"for" and "the" before a capitalised word inside a body's name (a body's word before
 * it) go on with the name.
 */
function forTheName(ctx: MentionContext, words: Word[], i: number, j: number): boolean {
  return (
    // ("the Navy of the Dominican Republic": a people's word that opens a country's name)
    (!ctx.lex.demonym(words[j + 2]?.text ?? '') || countryFrom(ctx, words, j + 2)) &&
    /^(?:of|for)$/.test(words[j].text) &&
    words[j + 1]?.text === 'the' &&
    j + 2 < words.length &&
    /^\p{Lu}\p{Ll}+$/u.test(words[j + 2].text) &&
    orgLike(words, i, j) &&
    (!bodyNameAfter(words, j + 2) || genericBodyAfter(ctx, words, j + 2))
  );
}

/** a country's name of two words or more opens at word k */
function countryFrom(ctx: MentionContext, words: Word[], k: number): boolean {
  const g = k < words.length ? gazetteerAt(ctx, words, k, true) : null;
  return !!g && g.type === 'place' && g.kind === 'country' && g.wLast - k >= 2;
}

/**
 * "the Joint Command of the Armed Forces", "the Supreme Council of the Army": an English body's
 * noun alone from k (or "Armed Forces") that ends the run names a body no one names alone; it
 * is part of the name before
 * ("Hunter College of the State University of X" names its parent, which goes on)
 */
function genericBodyAfter(ctx: MentionContext, words: Word[], k: number): boolean {
  let e = k;
  while (
    e < words.length &&
    e - k < 3 &&
    /^\p{Lu}\p{Ll}+$/u.test(words[e].text) &&
    ctx.lex.common(words[e].text)
  )
    e++;
  // ("the Northern Front of the Patriotic Army": a word before the body's noun names it)
  if (e === k || e - k > 2 || (e - k === 2 && words[k].text !== 'Armed')) return false;
  return e >= words.length || (!nameWord(words[e].text) && !/^(?:of|for|and|the)$/.test(words[e].text));
}

/**
 * French, Spanish and Portuguese "of", "for", "and", "in" inside a body's name, and the Filipino
 * "of" ("Samahang Magsasaka ng X")
 */
const ROMANCE_OF = new Set(
  'de del des du do da dos das para pour por pela pelo y et e en contra contre sobre sur au aux ng'.split(
    ' ',
  ),
);
/** the articles that may follow one ("de la", "para los", "pour le") */
const ROMANCE_ARTICLE = /^(?:la|le|les|los|las|el|o|os|as)$/;
/** "l'Ouest", "d'Ivoire", "l'Unicité": an elided article or "de" glued to a name word */
const ELIDED_NAME = /^[ldLD]['’]\p{Lu}\p{L}+$/u;

/**
 * At word j of a run from i that holds a body's word ("Front de Libération du Québec", "Frente
 * … para la Liberación Nacional", "Afrique de l'Ouest"): how many words of Romance connectors
 * (one, and an article after it) come before the next name word, or an elided name word itself
 * (1); 0 when none. Only inside a body's name: "Hernando de Soto" is a particle's business.
 */
function romanceConnector(words: Word[], i: number, j: number): number {
  const t = words[j].text;
  if (!(ROMANCE_OF.has(t) || ELIDED_NAME.test(t)) || !orgLike(words, i, j)) return 0;
  if (words[j].start - words[j - 1].end > 1) return 0;
  if (ELIDED_NAME.test(t))
    return j + 1 < words.length && nameWord(words[j + 1].text) ? 1 : elidedEnd(words, j);
  let k = j + 1;
  if (k < words.length && ROMANCE_ARTICLE.test(words[k].text)) k++;
  if (k >= words.length || words[k].start - words[k - 1].end > 1) return 0;
  if (nameWord(words[k].text) || ELIDED_NAME.test(words[k].text)) return k - j;
  return 0;
}

/** at word j of a run from i that holds a body's word: "for a" or "for an", then a name word */
function forAName(words: Word[], i: number, j: number): boolean {
  if (words[j].text !== 'for' || j + 2 >= words.length || !/^an?$/.test(words[j + 1].text)) return false;
  if (words[j + 1].start - words[j].end > 1 || words[j + 2].start - words[j + 1].end > 1) return false;
  return nameWord(words[j + 2].text) && orgLike(words, i, j);
}

/** an elided name word that closes the run ("… de l'Ouest has"): take it */
function elidedEnd(words: Word[], j: number): number {
  return j > 0 && ROMANCE_OF.has(words[j - 1].text) ? 1 : 0;
}

/** "Hunter College of the State University of X": a body's own name from k (the parent body) */
function bodyNameAfter(words: Word[], k: number): boolean {
  for (; k < words.length && (nameWord(words[k].text) || /^(?:of|for|the)$/.test(words[k].text)); k++) {
    const l = words[k].text.toLowerCase();
    if (/^\p{Lu}/u.test(words[k].text) && (ORG_TAIL.has(l) || ORG_HEAD.has(l))) return true;
  }
  return false;
}

/**
 * "Communist Party of Nepal (Maoist Centre)", "Workers' Party (Marxist-Leninist)": one to three
 * capitalised words in brackets right after a body's name, none an acronym (an acronym in
 * brackets is the body's short name), a place, a body or a given name, and one of them an
 * ideology's word ("-ist", "-ism") or a faction's ("Provisional", "Official", "Reformed"),
 * qualify the name and are part of it. Returns the word index after ")", else 0.
 */
function bracketQualifierEnd(ctx: MentionContext, words: Word[], j: number): number {
  if (words[j]?.text !== '(' || words[j].start !== words[j - 1].end + 1) return 0;
  let c = j + 1;
  let ideology = false;
  while (c < words.length && c - j <= 3 && /^\p{Lu}\p{Ll}+(?:[-‐–]\p{Lu}\p{Ll}+)*$/u.test(words[c].text)) {
    const w = words[c].text;
    if (ctx.lex.place(w) || ctx.lex.org(w) || ctx.lex.givenName(w) || MONTH_DAY.test(w)) return 0;
    if (
      /(?:ists?|ism)$/.test(w.split(/[-‐–]/)[0]) ||
      /^(?:Provisional|Official|Reformed|Unified|Renewed)$/.test(w)
    )
      ideology = true;
    c++;
  }
  if (c === j + 1 || !ideology || words[c]?.text !== ')') return 0;
  return c + 1;
}

/** " area of ", " district of the ": what lies between a part and the place that holds it */
const AREA_OF = /^ (?:area|district|region|zone|sector|division|local government area) of (?:the )?$/;

/** a department's noun in lower case right after a name: "(Meta) department" */
const COMPANY_DIVISION_AFTER = /^ department\b/;

/** what joins two items of a list: ", ", " and ", ", or " */
const LIST_GAP = /^(?:, |,? and |,? or )$/;

/**
 * "in Meta, Caqueta and Guaviare", "across Tolima, Orange and Huila": a one-word name the
 * gazetteer knows only as a company's, listed with places after a place preposition (or a list
 * opener: "towns such as"), where every other item of the list is a place, is a place too. A
 * company is not listed among provinces; a possessive or a market word after it keeps it a company.
 */
function companiesInPlaceList(ctx: MentionContext, words: Word[], out: Mention[], from: number): void {
  const text = ctx.seg.text;
  const joined = (x: Mention, y: Mention) =>
    x.sentence === y.sentence && LIST_GAP.test(text.slice(x.end, y.start));
  for (let k = from; k < out.length; k++) {
    const m = out[k];
    if (
      m.type !== 'organization' ||
      m.via !== 'gazetteer' ||
      m.kind !== 'company' ||
      m.wLast - m.wFirst !== 1
    )
      continue;
    if (/^(?:['’]s?|shares?|stock|stake|inc|platforms)$/i.test(words[m.wLast]?.text ?? '')) continue;
    // ("in Meta department": a department's noun in lower case after it)
    if (COMPANY_DIVISION_AFTER.test(text.slice(m.end, m.end + 16))) {
      m.type = 'place';
      m.via = 'context';
      m.key = undefined;
      m.kind = undefined;
      continue;
    }
    let q = k;
    while (q > from && joined(out[q - 1], out[q])) q--;
    let z = k;
    while (z + 1 < out.length && joined(out[z], out[z + 1])) z++;
    if (z === q) continue;
    const before = out[q].wFirst > 0 ? lw(words, out[q].wFirst - 1) : '';
    if (!PLACE_PREP.has(before) && !(out[q].wFirst > 0 && placeListOpener(words, out[q].wFirst - 1)))
      continue;
    let places = 0;
    for (let t = q; t <= z; t++)
      if (t !== k && out[t].type === 'place' && out[t].via === 'gazetteer') places++;
    if (places < z - q) continue;
    m.type = 'place';
    m.via = 'context';
    m.key = undefined;
    m.kind = undefined;
  }
}

/**
 * "in Marib and neighbouring Jawfar", "near Gao, Kidal and Tessit": an untyped name joined
 * by "and", "or" or a comma to a place after a place preposition is a place too; so is the
 * other end of "between Macomia and X" and of "from Gao to X".
 */
function placesInCoordination(ctx: MentionContext, words: Word[], out: Mention[], from: number): void {
  const text = ctx.seg.text;
  for (let k = from + 1; k < out.length; k++) {
    const m = out[k];
    const p = out[k - 1];
    if (m.type !== 'unknown' || p.type !== 'place' || p.sentence !== m.sentence) continue;
    const gap = text.slice(p.end, m.start);
    // "between Macomia and X", "from Gao to X": the second end of a stretch between places
    const span = gap === ' and ' ? 'between' : gap === ' to ' ? 'from' : '';
    if (!span && !/^(?:,| and| or|, and|, or) (?:(?:neighbou?ring|nearby|adjacent|adjoining) )?$/.test(gap))
      continue;
    // "Concord, Mass.": a state's abbreviation; "near Morgan City, Lifa said": a comma alone
    // lists places only when the list goes on after the name
    if (/\.$/.test(m.text) || p.full) continue;
    // ("in Zorgho, Wendkouni Sawadogo, fled": the name between commas before a verb is an apposition)
    if (
      gap.startsWith(',') &&
      !/^,? (?:and|or) |^, (?:\p{Lu}|(?:neighbou?ring|nearby) )/u.test(text.slice(m.end, m.end + 16))
    )
      continue;
    // the first place of the list stands after a place preposition
    let q = k - 1;
    while (
      q > from &&
      out[q - 1].type === 'place' &&
      /^(?:, | and | or )$/.test(text.slice(out[q - 1].end, out[q].start))
    )
      q--;
    const before = out[q].wFirst > 0 ? words[out[q].wFirst - 1].text.toLowerCase() : '';
    if (gap === ' to ' && before !== span) continue;
    // ...or a list of three names or more opens with a country or a region and closes with
    // "and"/"or" ("missions to Kosovo, Sandzak and Vojvodina": no person is listed so)
    const regionList =
      (out[q].kind === 'country' || out[q].kind === 'region') &&
      gap !== ' to ' &&
      // (three names at least: "thanked Pakistan and Qureshi" may list a person)
      (q < k - 1 || gap === ', ') &&
      (/ (?:and|or) (?:(?:neighbou?ring|nearby|adjacent|adjoining) )?$/.test(gap) ||
        (gap === ', ' && /^,? (?:and|or) \p{Lu}/u.test(text.slice(m.end, m.end + 8)))) &&
      m.wLast - m.wFirst === 1;
    if (
      !(
        PLACE_PREP.has(before) ||
        (before === span && q === k - 1) ||
        regionList ||
        (out[q].wFirst > 0 && placeListOpener(words, out[q].wFirst - 1))
      ) ||
      ctx.lex.givenName(words[m.wFirst].text)
    )
      continue;
    m.type = 'place';
    m.guess = undefined;
    m.via = 'context';
  }
  // "the X area of Kebbi State", "the X district of Y": an untyped name between "the" and a
  // division's noun before a place is a place, a given name too ("the Augie area")
  for (let k = from; k + 1 < out.length; k++) {
    const m = out[k];
    const p = out[k + 1];
    if (m.type !== 'unknown' || m.wFirst === 0 || words[m.wFirst - 1].text.toLowerCase() !== 'the') continue;
    if (p.type !== 'place' || p.sentence !== m.sentence) continue;
    if (!AREA_OF.test(text.slice(m.end, p.start))) continue;
    m.type = 'place';
    m.guess = undefined;
    m.via = 'context';
  }
  // "deployed to X and Teknaf", "in X, Y and Gao": an untyped name after a place preposition,
  // listed before a place, is a place too
  for (let k = from; k + 1 < out.length; k++) {
    const m = out[k];
    if (m.type !== 'unknown' || m.wFirst === 0 || ctx.lex.givenName(words[m.wFirst].text)) continue;
    const prep = words[m.wFirst - 1].text.toLowerCase();
    if (!(PLACE_PREP.has(prep) || prep === 'to') || /\.$/.test(m.text)) continue;
    let q = k + 1;
    while (
      q < out.length &&
      out[q].type === 'unknown' &&
      out[q].sentence === m.sentence &&
      /^, $/.test(text.slice(out[q - 1].end, out[q].start))
    )
      q++;
    const p = out[q];
    if (p?.type !== 'place' || p.sentence !== m.sentence || p.full) continue;
    if (!/^(?:,? and|,? or) $/.test(text.slice(out[q - 1].end, p.start))) continue;
    for (let t = k; t < q; t++) {
      if (ctx.lex.givenName(words[out[t].wFirst].text)) continue;
      out[t].type = 'place';
      out[t].guess = undefined;
      out[t].via = 'context';
    }
  }
}

/**
 * "the Army of the Righteous (Jaysh al-Salihin)", "Jaysh al-Salihin (Army of the Righteous)": a
 * name of two words or more in brackets right after a body's name is that body's name in
 * another language, one entity with it. Not a place's, a known other body's or a name a given
 * name opens ("the Front (Ahmed Khan)" names a person beside the body).
 */
function translationInBrackets(ctx: MentionContext, out: Mention[], from: number): void {
  const text = ctx.seg.text;
  for (let k = from + 1; k < out.length; k++) {
    const m = out[k];
    const body = out[k - 1];
    if (body.type !== 'organization' || m.type === 'place' || m.expands || body.expands) continue;
    if (text.slice(body.end, m.start) !== ' (' || text[m.end] !== ')' || !m.text.includes(' ')) continue;
    if (m.key && m.key !== body.key) continue;
    if (m.type === 'person' && (m.title || ctx.lex.givenName(m.text.slice(0, m.text.indexOf(' '))))) continue;
    m.type = 'organization';
    m.guess = undefined;
    m.expands = { start: body.start, end: body.end };
  }
}

/** the plural nouns of places that a list of their names follows: "villages such as X and Y" */
const PLACE_PLURAL =
  /^(?:villages|towns|cities|districts|provinces|regions|areas|localities|communities|settlements|camps|states|counties|municipalities|neighbou?rhoods|suburbs)$/;
/** the nouns of ways between two places: "the road between X and Y" */
const ROUTE_NOUN =
  /^(?:road|highway|motorway|route|border|frontier|boundary|corridor|railway|line|stretch|journey)$/;

/**
 * True when word j opens a list of places: "villages such as", "towns including", "towns,
 * including" (word j is "as" or "including"), or "the road between", "the highway linking"
 * (word j is "between", "linking" or "connecting").
 */
function placeListOpener(words: Word[], j: number): boolean {
  const w = lw(words, j);
  if (w === 'as') return j >= 2 && lw(words, j - 1) === 'such' && PLACE_PLURAL.test(lw(words, j - 2));
  if (w === 'including') {
    const k = j >= 1 && words[j - 1].text === ',' ? j - 2 : j - 1;
    return k >= 0 && PLACE_PLURAL.test(lw(words, k));
  }
  if (w === 'between' || w === 'linking' || w === 'connecting')
    return j >= 1 && ROUTE_NOUN.test(lw(words, j - 1));
  // "the provinces of Arauca and Meta", "the districts of X and Y"
  if (w === 'of') return j >= 2 && PLACE_PLURAL.test(lw(words, j - 1)) && lw(words, j - 2) === 'the';
  return false;
}

/** Words that make a group's known name another group's: "New IRA", "Continuity IRA". */
const QUALIFIER = /^(?:New|Real|Continuity|Provisional|Official|True|Original|Authentic|Reformed|Renewed)$/;

const COMPASS_WORD = /^(?:north|south|east|west|northern|southern|eastern|western|central|upper|lower)$/i;

/** The last words of armed groups' generic names: "Liberation Army", "Popular Front". */
const ARMED_TAIL = /^(?:Army|Front|Movement|Brigades?|Battalions?|Alliance|Organi[sz]ation|Party|Forces)$/;

/** Adjectives of continents and regions that a bearing qualifies: "West African", "North Korean". */
const REGION_ADJECTIVE =
  /^(?:African|Asian|European|American|Korean|Arabian|Caucasian|Sahelian|Balkan|Mediterranean)$/;

const PLACE_COMPOUND = /^(.+)[-‐](based|born|headquartered)$/i;

/**
 * "Frankfurt-based", "New York-born": the place before the hyphen (up to three name words
 * from i) as a mention, the word after the compound, and what the name there is.
 */
function placeBefore(
  ctx: MentionContext,
  words: Word[],
  i: number,
  si: number,
): { place: Mention; next: number; type: MentionType } | null {
  for (let e = i; e < words.length && e < i + 3; e++) {
    const w = words[e];
    if (!nameWord(w.text) || (e > i && w.start - words[e - 1].end > 1)) return null;
    const hit = PLACE_COMPOUND.exec(w.text);
    if (!hit) continue;
    const end = w.end - hit[2].length - 1;
    const surface = ctx.seg.text.slice(words[i].start, end);
    // "Iranian-born", "Saudi-based": a people's adjective names no place here
    if (!/\p{Lu}/u.test(surface[0]) || ctx.lex.demonym(surface)) return null;
    const gaz = ctx.lex.place(surface);
    // "Ground-based", "Home-born": English words are no unknown place's name
    if (!gaz && surface.split(/\s+/).every((x) => ctx.lex.common(x))) return null;
    const place = mk(words, i, e + 1, 'place', si, ctx.seg.text, {
      via: gaz ? 'gazetteer' : 'context',
      key: gaz ? intern('place:', gaz.key) : undefined,
      kind: gaz?.kind,
      country: gaz?.country,
    });
    place.end = end;
    place.text = sameText(surface);
    return { place, next: e + 1, type: /born$/i.test(hit[2]) ? 'person' : 'organization' };
  }
  return null;
}

const LINK_COMPOUND =
  /^(.+)[-‐](linked|backed|led|allied|affiliated|aligned|inspired|funded|sponsored|supported|trained|armed)$/i;

/**
 * "al Qaeda-linked", "Iran-backed", "US-led": the known group or place before the hyphen
 * (up to three words from i) as a mention, and the word after the compound. A people's
 * adjective ("Saudi-led") or an unknown name is left alone.
 */
function linkedBefore(
  ctx: MentionContext,
  words: Word[],
  i: number,
  si: number,
): { mention: Mention; next: number } | null {
  for (let e = i; e < words.length && e < i + 3; e++) {
    const w = words[e];
    if (e > i && (!nameWord(w.text) || w.start - words[e - 1].end > 1)) return null;
    const hit = LINK_COMPOUND.exec(w.text);
    if (!hit) continue;
    const end = w.end - hit[2].length - 1;
    const surface = ctx.seg.text.slice(words[i].start, end);
    if (!/\p{Lu}/u.test(surface) || ctx.lex.demonym(surface)) return null;
    const org = ctx.lex.org(surface);
    const place = org ? undefined : ctx.lex.place(surface);
    // ("the Northern Liberation Front-linked group": a name of two words or more whose last word
    // ends a body's name is an organisation the gazetteers need not know; ties28)
    const named =
      !org && !place && e > i && ORG_TAIL.has(surface.slice(surface.lastIndexOf(' ') + 1).toLowerCase());
    if (!org && !place && !named) return null;
    const m = named
      ? mk(words, i, e + 1, 'organization', si, ctx.seg.text, { via: 'context' })
      : mk(words, i, e + 1, org ? 'organization' : 'place', si, ctx.seg.text, {
          via: 'gazetteer',
          key: org ? intern('org:', org.key) : intern('place:', place?.key ?? ''),
          kind: org ? org.kind : place?.kind,
          country: place?.country,
        });
    m.end = end;
    m.text = sameText(surface);
    return { mention: m, next: e + 1 };
  }
  return null;
}

/**
 * "Southern Transitional Council", "North Kivu": a capitalised compass word opening a
 * multiword name is part of it — mid-sentence always, at a sentence's start when the name
 * ends in an organisation's word.
 */
/**
 * "members of the network The Base", "an oath to The Base": "The" capitalised inside a
 * sentence, right after a lower-case word, is part of the name after it (one name word, no
 * known place or body: "The Hague" and "The Guardian" the gazetteers hold whole)
 */
function theInName(ctx: MentionContext, words: Word[], i: number, first: number): boolean {
  if (words[i].text !== 'The' || i <= first || gazetteerAt(ctx, words, i + 1)) return false;
  const prev = words[i - 1].text;
  if (!/^\p{Ll}+$/u.test(prev) || words[i + 1].start - words[i].end !== 1) return false;
  return /^\p{Lu}\p{Ll}+$/u.test(words[i + 1].text) && !nameWord(words[i + 2]?.text ?? '');
}

function compassInName(ctx: MentionContext, words: Word[], i: number, first: number): boolean {
  if (!COMPASS_WORD.test(words[i].text) || !/^\p{Lu}\p{Ll}/u.test(words[i].text)) return false;
  let e = i + 1;
  while (e < words.length && nameWord(words[e].text) && !NOT_NAME.has(words[e].text.toLowerCase())) e++;
  if (e === i + 1) return false;
  // "Western Pakistan" is a direction, not a name: a compass word before a country stays out
  if (e === i + 2 && ctx.lex.place(words[i + 1].text)?.kind === 'country') return false;
  if (i !== first) return true;
  return ORG_TAIL.has(words[e - 1].text.toLowerCase());
}

/** After a known group: "… Sahel Province", "…'s West Africa Province" — the end of its province's name, or 0. */
function provinceOf(words: Word[], b: number): number {
  let k = b;
  if (/^['’]s$/.test(words[k]?.text ?? '') && words[k].start === words[k - 1].end) k++;
  const from = k;
  while (k < words.length && k - from < 4 && nameWord(words[k].text)) {
    if (/^(?:Province|Wilayah|Wilayat)$/.test(words[k].text)) return k > from ? k + 1 : 0;
    k++;
  }
  return 0;
}

/**
 * "Cox's Bazar", "Martha's Vineyard": a place the gazetteer names with the possessive inside,
 * from the run's start at i or the word before the "'s" at j.
 */
function possessivePlaceName(ctx: MentionContext, words: Word[], i: number, j: number): boolean {
  if (!/^['’][sS]$/.test(words[j].text) || j < 1 || words[j].start !== words[j - 1].end) return false;
  const next = words[j + 1];
  if (!next || !nameWord(next.text) || next.start !== words[j].end + 1) return false;
  const text = ctx.seg.text;
  return [i, j - 1].some((a) => a <= j - 1 && !!ctx.lex.place(text.slice(words[a].start, next.end)));
}

/**
 * A possessive inside a name at word j: "'s" before a body's word ("Prosecutor's Office"), or
 * a plural's bare apostrophe before any name word ("Dockers' Union", "Labourers' Unity and
 * Reform Party", and "People's Liberation Army" likewise) — "Kenya's Foreign Office" is two names.
 */
function possessiveInName(words: Word[], j: number): boolean {
  const t = words[j].text;
  if (!/^['’]s?$/.test(t) || j < 1 || words[j].start !== words[j - 1].end || j + 1 >= words.length)
    return false;
  const next = words[j + 1].text;
  if (!nameWord(next)) return false;
  if (orgTailWord(next)) return true;
  // "People's Protection Units", "Women's Defence Council": an irregular plural's "'s" is
  // the plural's apostrophe of "Workers' Party"
  if (t.length > 1 ? !IRREGULAR_PLURAL.test(words[j - 1].text) : !/s$/.test(words[j - 1].text)) return false;
  // "the Americans' Iraq policy" is no name: a body's word must end what follows
  for (let k = j + 1; k < words.length && k <= j + 6; k++) {
    const w = words[k].text;
    if (nameWord(w) && orgTailWord(w)) return true;
    if (!nameWord(w) && !/^(?:and|of|for)$/.test(w)) return false;
  }
  return false;
}

/**
 * A body's word ending a name, also with a faction's hyphenated suffix ("Sudan People's
 * Liberation Movement-North", "…Movement-in-Opposition")
 */
function orgTailWord(w: string): boolean {
  if (!w.includes('-') && !w.includes('‐')) return ORG_TAIL.has(w.toLowerCase());
  const hit =
    /^(\p{L}+)[-‐](?:north|south|east|west|northern|southern|eastern|western|in-opposition|io|n)$/iu.exec(w);
  return ORG_TAIL.has((hit ? hit[1] : w).toLowerCase());
}

/**
 * "the Lord's Resistance Army", "God's Army": a capitalised English word's "'s" opening a
 * body's name (a body's word ends what follows) — not a body's, a place's, a person's or a
 * day's possessive ("the Army's Special Forces", "Monday's Security Council vote").
 */
function possessiveOfWord(ctx: MentionContext, words: Word[], i: number, j: number): boolean {
  if (j !== i + 1 || !/^['’]s$/.test(words[j].text) || words[j].start !== words[i].end) return false;
  const w = words[i].text;
  const l = w.toLowerCase();
  if (!/^\p{Lu}\p{Ll}+$/u.test(w) || !ctx.lex.common(w) || ctx.lex.givenName(w) || ctx.lex.place(w))
    return false;
  if (ORG_TAIL.has(l) || ORG_HEAD.has(l) || MONTH_DAY.test(w)) return false;
  for (let k = j + 1; k < words.length && k <= j + 6; k++) {
    const t = words[k].text;
    if (nameWord(t) && ORG_TAIL.has(t.toLowerCase())) return true;
    if (!nameWord(t) && !/^(?:and|of|for)$/.test(t)) return false;
  }
  return false;
}

/** Two places the gazetteer knows, joined by a hyphen in one word, as two place mentions. */
function hyphenPlaces(ctx: MentionContext, w: Word, si: number, i: number, route: boolean): Mention[] | null {
  const m = /^(\p{Lu}\p{Ll}+)[-‐–](\p{Lu}\p{Ll}+)$/u.exec(w.text);
  if (!m || ctx.lex.place(w.text) || ctx.lex.org(w.text)) return null;
  const parts = [m[1], m[2]].map((t) => ({ t, p: ctx.lex.place(t) }));
  if (parts.some(({ t }) => ctx.lex.org(t) || ctx.lex.demonym(t))) return null;
  // ("the Elwak-Garissa road": a road's, a border's or a line's two ends are places, the
  // gazetteer's or not, when it knows one of them)
  if (route ? !parts.some(({ p }) => p && !p.ambiguous) : parts.some(({ p }) => !p || p.ambiguous))
    return null;
  let start = w.start;
  return parts.map(({ t, p }) => {
    const mention: Mention = {
      start,
      end: start + t.length,
      text: t,
      type: 'place',
      sentence: si,
      via: p ? 'gazetteer' : 'rule',
      key: p ? intern('place:', p.key) : undefined,
      kind: p?.kind,
      country: p?.country,
      wFirst: i,
      wLast: i + 1,
    };
    start += t.length + 1;
    return mention;
  });
}

/** A role noun and a naming verb before a nickname ("a commander known as", "leader nicknamed"). */
const NICKNAMED =
  /\b(?:commander|leader|chief|militant|fighter|rebel|man|woman|boss|emir|preacher|warlord|kingpin|guerrilla|mercenary|smuggler) (?:(?:who|that) )?(?:known as|called|nicknamed|dubbed|alias|goes by|went by|go by|going by)$/;

/** Adjectives of a force that say what kind, not whose ("Security Forces", "Special Forces"). */
const GENERIC_FORCE =
  /^(?:Security|Government|Governmental|Special|Armed|Allied|Coalition|Federal|Regular|Rebel|Opposition|Enemy|Foreign|Ground|Pro-government|Pro-Government|Local|State)$/;

/** English plurals that take "'s" as a possessive ("the People's", "Women's"). */
const IRREGULAR_PLURAL = /^(?:People|Women|Men|Children|Folk)$/;

/** A word that ends or heads an organisation's name, or names a military unit ("Guard", "Fleet"). */
function bodyWord(t: string): boolean {
  const l = t.toLowerCase();
  return ORG_TAIL.has(l) || ORG_HEAD.has(l) || UNIT.test(t);
}

/** People who speak or work for a company, written after its name or before "for"/"of"/"at" it. */
const BODY_ROLE = new Set(
  'spokesman spokeswoman spokesperson employee employees executive executives shareholder shareholders'.split(
    ' ',
  ),
);
/** What is bought and sold of a company: "shares of X", "stock in X". */
const SHARES = new Set('shares stock stocks stake'.split(' '));

/**
 * The words around [a, b) make it a company: "an Emery employee", "Burlington spokesman
 * X", "a Halvorsen operations manager", "a spokesman for Velmar", "shares of Velmar".
 */
function bodyContext(words: Word[], a: number, b: number): boolean {
  const next = b < words.length ? words[b].text : '';
  if (BODY_ROLE.has(next)) return true;
  if (next === 'operations' && /^(?:manager|managers|chief|director)$/.test(words[b + 1]?.text ?? ''))
    return true;
  if (a < 2) return false;
  const p1 = lw(words, a - 1);
  const p2 = lw(words, a - 2);
  return (
    (/^(?:of|in)$/.test(p1) && SHARES.has(p2)) ||
    (/^(?:for|of|at)$/.test(p1) && BODY_ROLE.has(p2) && !/^(?:shareholders?)$/.test(p2))
  );
}

/** Capitalised words from b up to three on that end in an organisation's word ("Military Council"). */
function orgAfterPlace(words: Word[], b: number): boolean {
  // "Gwoza Local Government Area": a division's name, not a government's
  if (localArea(words, b)) return false;
  for (let k = b; k < words.length && k < b + 5; k++) {
    const t = words[k].text;
    if (/^['’]s?$/.test(t) && k > b && words[k].start === words[k - 1].end) continue;
    if (!nameWord(t)) return false;
    // "Pacific Fleet", "Black Sea Fleet": a unit named after a sea or region
    if (orgTailWord(t) || UNIT.test(t)) return true;
  }
  return false;
}

/**
 * "Martin Van Buren", "Hernando De Soto": after a given name, a capitalised particle opens the
 * surname even when a town has the same name.
 */
function particleSurname(ctx: MentionContext, words: Word[], i: number, j: number): boolean {
  return (
    j === i + 1 &&
    ctx.lex.givenName(words[i].text) &&
    /^(?:Van|Von|De|Du|Da|Di|Del|Della|La|Le|Ter|Ten)$/.test(words[j].text) &&
    j + 1 < words.length &&
    /^\p{Lu}\p{Ll}/u.test(words[j + 1].text) &&
    ctx.lex.place(words[j].text)?.kind !== 'country'
  );
}

/** Words that open a body's name before a country's ("International Syria Support Group"). */
const BODY_OPENER = /^(?:International|National|Joint|United|Global|Federal|Royal|Supreme|Popular|Grand)$/;

/**
 * The name from i goes on over the known name at j: "International Syria Support Group" (an
 * opener, then a place that begins a body's name), "U.S. Naval Forces Central Command" (a
 * force, then its command).
 */
function nameGoesOn(ctx: MentionContext, words: Word[], i: number, j: number): boolean {
  if (knownComplement(ctx, words, i, j)) return true;
  // "the National Intelligence and Security Service", "the General Intelligence and Security
  // Service": after an "and" the run was let over (bodyAhead: a body's noun closes what follows),
  // a known body's name ("Security Service") ends the longer name when the words before "and"
  // hold no body's word of their own
  if (j - 1 > i && lw(words, j - 1) === 'and' && !orgLike(words, i, j - 1)) return true;
  // "the General Security Service", "Iraq's National Security Service": "General" or
  // "National" before a body's noun opens a body of its own, not the known body the rest
  // would name ("Security Service")
  if (j === i + 1 && BODY_QUALIFIER.test(words[i].text) && GENERAL_BODY.test(words[j].text.toLowerCase()))
    return true;
  // "the East Indonesia Mujahideen", "the West Papua Liberation Army": a compass word, then a
  // place and a body's word, is one body (the compass word no bearing of the place's)
  if (j === i + 1 && COMPASS_WORD.test(words[i].text) && /^\p{Lu}\p{Ll}/u.test(words[i].text)) {
    if (ctx.lex.place(words[j].text) && orgAfterPlace(words, j + 1)) return true;
    const two = j + 1 < words.length ? ctx.seg.text.slice(words[j].start, words[j + 1].end) : '';
    if (two && nameWord(words[j + 1].text) && ctx.lex.place(two) && orgAfterPlace(words, j + 2)) return true;
  }
  if (
    j === i + 1 &&
    BODY_OPENER.test(words[i].text) &&
    ctx.lex.place(words[j].text) &&
    orgAfterPlace(words, j + 1)
  )
    return true;
  // "the Hoover Middle East Forum", "the Brennan Middle East Center": a founder's or sponsor's
  // name, then a region and a body's word, is one body
  const p = gazetteerAt(ctx, words, j, true);
  if (
    p &&
    p.type === 'place' &&
    p.kind !== 'city' &&
    p.wLast > j &&
    orgAfterPlace(words, p.wLast) &&
    words.slice(i, j).every(
      (w) =>
        /^\p{Lu}\p{Ll}+$/u.test(w.text) &&
        !ctx.lex.givenName(w.text) &&
        // a town's name may be a founder's ("Carnegie"), a country's or a region's is not
        (ctx.lex.place(w.text)?.kind ?? 'city') === 'city' &&
        !ctx.lex.demonym(w.text) &&
        !ORG_TAIL.has(w.text.toLowerCase()) &&
        !PERSON_TITLES.has(w.text.toLowerCase()),
    )
  )
    return true;
  const g = gazetteerAt(ctx, words, j);
  // "the Ta'ang National Liberation Army", "the Zomi Revolutionary Front": an unknown name
  // before a known group's generic name ("National Liberation Army") names another group
  if (
    g &&
    g.type === 'organization' &&
    g.wLast - j >= 2 &&
    ARMED_TAIL.test(words[g.wLast - 1].text) &&
    (g.wLast >= words.length || !nameWord(words[g.wLast].text)) &&
    words.slice(i, j).every((w) => {
      const { lex } = ctx;
      return (
        // one plain word ("Ta'ang"), not a compound ("Kurdish-led", "Iran-backed")
        /^\p{Lu}\p{Ll}*(?:['’]\p{Ll}+)?$/u.test(w.text) &&
        !lex.common(w.text) &&
        !lex.place(w.text) &&
        !lex.demonym(w.text) &&
        !lex.org(w.text) &&
        !lex.givenName(w.text)
      );
    })
  )
    return true;
  // "the Kurdistan Democratic Party", "the Sindh Democratic Party": a country's or a region's name
  // before a known group's generic name ("Democratic Party") opens the name of another group;
  // so does a body's opener ("the National Congress Party", "the Popular Liberation Army"),
  // unless the gazetteer knows the whole name, which it matched before coming here
  if (
    g &&
    g.type === 'organization' &&
    j === i + 1 &&
    g.wLast - j >= 2 &&
    ARMED_TAIL.test(words[g.wLast - 1].text) &&
    (g.wLast >= words.length || !nameWord(words[g.wLast].text)) &&
    (BODY_OPENER.test(words[i].text) ||
      (/^\p{Lu}\p{Ll}+$/u.test(words[i].text) && (ctx.lex.place(words[i].text)?.kind ?? 'city') !== 'city'))
  )
    return true;
  // "the Gao Security Council", "the Quetta Counter Terrorism Department": a place's name before
  // a known body's generic name (English words only, closed by a body's word) names that
  // place's own body, one name with it
  if (g && g.type === 'organization' && placeOpensBody(ctx, words, i, j, g)) return true;
  // "Ittehad-ul-Mujahideen Pakistan", "Jamaat-ul-Ahrar Afghanistan": a hyphenated group's name
  // with a known head, then a country's name that ends the run: the country is part of the name
  if (
    j === i + 1 &&
    hyphenGroup(words[i].text) &&
    words[j].start === words[i].end + 1 &&
    ctx.lex.place(words[j].text)?.kind === 'country' &&
    (j + 1 >= words.length || !nameWord(words[j + 1].text))
  )
    return true;
  // "the Alliance Fleuve Congo", "the Union Patriotique Gabon": a body's word, then words of
  // another language, then a country's name that ends the run: the country is part of the name
  if (
    j - i >= 2 &&
    (ORG_TAIL.has(words[i].text.toLowerCase()) || ORG_HEAD.has(words[i].text.toLowerCase())) &&
    ctx.lex.place(words[j].text)?.kind === 'country' &&
    (j + 1 >= words.length || !nameWord(words[j + 1].text)) &&
    words
      .slice(i + 1, j)
      .every(
        (w) =>
          /^\p{Lu}\p{Ll}+$/u.test(w.text) &&
          !ctx.lex.common(w.text) &&
          !ctx.lex.place(w.text) &&
          !ctx.lex.demonym(w.text) &&
          !ctx.lex.givenName(w.text),
      )
  )
    return true;
  return (
    !!g &&
    g.type === 'organization' &&
    /^(?:Forces?|Army|Navy|Fleet)$/.test(words[j - 1].text) &&
    /\bCommand$/.test(g.text) &&
    (g.wLast >= words.length || !nameWord(words[g.wLast].text))
  );
}

/**
 * The heads of a state body's or a movement's name in French, Spanish and Portuguese, where the
 * words after the head are written in lower case ("Forces armées maliennes", "Police nationale",
 * "Garde nationale du Niger", "Direction générale de la sécurité extérieure", "Fuerzas armadas").
 */
const ROMANCE_BODY_HEAD = new Set(
  `forces force police garde gendarmerie direction ministère ministere armée armee agence service services
brigade bataillon régiment escadron groupement office conseil comité comite mouvement front
rassemblement coordination union alliance parti fuerzas fuerza policía policia ejército ejercito guardia
dirección direccion ministerio servicio agencia frente movimiento partido forças forcas polícia exército
exercito guarda direção direcao ministério serviço servico movimento`.split(/\s+/),
);
/** the heads of those that name an armed or police force */
const ROMANCE_FORCE_HEAD =
  /^(?:forces|force|police|garde|gendarmerie|armée|armee|brigade|bataillon|régiment|escadron|groupement|fuerzas|fuerza|policía|policia|ejército|ejercito|guardia|forças|forcas|polícia|exército|exercito|guarda)$/;

/** a word in lower case of another language: letters only, three or more, no English word */
function foreignLower(lex: Lexicon, t: string): boolean {
  return /^\p{Ll}{3,}$/u.test(t) && !lex.common(t) && !NOT_NAME.has(t) && !ROMANCE_OF.has(t);
}

/**
 * The shape of a French, Spanish or Portuguese adjective or noun after a body's head: an accented
 * letter, or an ending such as -ale, -ées, -iennes, -ique, -adas, -ional ("nationale", "armées",
 * "maliennes", "publique", "armadas", "nacional"). An English verb the common-word list lacks
 * ("Police defused a bomb", "Police cordoned off") has none of them.
 */
const ROMANCE_SHAPE =
  /(?:[àâäçéèêëîïôöûùüÿñóíúãõ]|(?:ale|ales|aux|al|ée|ées|és|ienne|iennes|iens|aise|aises|ique|iques|ada|adas|ado|ados|ana|anas|ano|anos|ica|icas|ico|icos|ive|ives|iva|ivas|ivo|ivos|ina|inas|ino|inos|ense|enses|aire|aires|ario|arios|aria|arias|eure|eures)$)/u;

/**
 * A body's name from word i in the French, Spanish or Portuguese manner, its head capitalised
 * and words after it in lower case ("the Forces armées maliennes said", "Officers of the Direction
 * générale de la sécurité intérieure", "the Garde nationale du Niger"): the word index after its
 * last word, else 0. It holds a word in lower case of another language; connectors (de, du, et, y
 * …, an article after one), elided names ("l'Intérieur") and names after a connector stay inside.
 */
function romanceLowerName(lex: Lexicon, words: Word[], i: number): number {
  if (!/^\p{Lu}\p{Ll}+$/u.test(words[i].text) || !ROMANCE_BODY_HEAD.has(words[i].text.toLowerCase()))
    return 0;
  const near = (k: number) => k < words.length && words[k].start - words[k - 1].end <= 1;
  let e = i + 1;
  let end = 0;
  let lowers = 0;
  while (near(e)) {
    const t = words[e].text;
    if (foreignLower(lex, t)) {
      if (ROMANCE_SHAPE.test(t)) lowers++;
      e++;
      end = e;
      continue;
    }
    const prev = words[e - 1].text;
    if (
      ELIDED_NAME.test(t) ||
      (e > i + 1 && nameWord(t) && (ROMANCE_OF.has(prev) || ROMANCE_ARTICLE.test(prev)))
    ) {
      e++;
      end = e;
      continue;
    }
    // connectors and articles ("de la", "et de la"), then a word of the name
    let k = e;
    while (
      k < e + 3 &&
      near(k) &&
      (ROMANCE_OF.has(words[k].text) || (k > e && ROMANCE_ARTICLE.test(words[k].text)))
    )
      k++;
    if (
      k > e &&
      near(k) &&
      (foreignLower(lex, words[k].text) || ELIDED_NAME.test(words[k].text) || nameWord(words[k].text))
    ) {
      e = k;
      continue;
    }
    break;
  }
  return lowers > 0 ? end : 0;
}

/**
 * "the Directorate of Military Intelligence", "the Ministry of State Security", "the Office of the
 * National Security Adviser": after "of" (or "of the") inside a body's name, a known body's generic
 * name (English words only, no armed group's or party's) that ends the run is the complement of
 * the body's noun, no body of its own.
 */
function knownComplement(ctx: MentionContext, words: Word[], i: number, j: number): boolean {
  const o = lower1(words, j - 1) === 'the' ? j - 2 : j - 1;
  if (o <= i || lower1(words, o) !== 'of' || !orgLike(words, i, o)) return false;
  const g = gazetteerAt(ctx, words, j);
  if (g?.type !== 'organization' || !/^(?:government|security agency)$/.test(g.kind ?? '')) return false;
  if (g.wLast < words.length && nameWord(words[g.wLast].text)) return false;
  for (let k = j; k < g.wLast; k++)
    if (!/^\p{Lu}\p{Ll}+$/u.test(words[k].text) || !ctx.lex.common(words[k].text)) return false;
  return true;
}

/**
 * A known body's name of the shape "X of Y" ("Ministry of Interior") followed by "and" and one to
 * three capitalised English words, none a body's word, that end the run ("… and Public Security",
 * "… and Civil Protection"): the word index after the last, else 0.
 */
function coordinatedComplementEnd(ctx: MentionContext, words: Word[], g: Mention): number {
  const b = g.wLast;
  if (lower1(words, b) !== 'and' || words[b].start - words[b - 1].end > 1) return 0;
  let of = false;
  for (let k = g.wFirst + 1; k < b - 1; k++) if (words[k].text === 'of') of = true;
  if (!of) return 0;
  let e = b + 1;
  while (
    e < words.length &&
    e - b <= 3 &&
    /^\p{Lu}\p{Ll}+$/u.test(words[e].text) &&
    ctx.lex.common(words[e].text) &&
    // ("… and International Cooperation": a body's word may stand inside, not last: "… and Foreign
    // Ministry" is another body)
    !(bodyWord(words[e].text) && !(e + 1 < words.length && nameWord(words[e + 1].text))) &&
    !ctx.lex.givenName(words[e].text) &&
    !ctx.lex.place(words[e].text)
  )
    e++;
  if (e === b + 1 || (e < words.length && nameWord(words[e].text))) return 0;
  return e;
}

const lower1 = (words: Word[], k: number): string =>
  k >= 0 && k < words.length ? words[k].text.toLowerCase() : '';

/**
 * The words [i, j) are a place's name (no person's) and the known body from j to g.wLast is a
 * generic name of two words or more, every one an English word, the last a body's word
 * ("Security Council", "Interior Ministry"), and nothing capitalised goes on after it.
 */
function placeOpensBody(ctx: MentionContext, words: Word[], i: number, j: number, g: Mention): boolean {
  const { lex } = ctx;
  if (j - i > 3 || g.wLast - j < 2 || g.wLast - j > 4) return false;
  if (g.wLast < words.length && nameWord(words[g.wLast].text)) return false;
  const lastL = lw(words, g.wLast - 1);
  if (!ORG_TAIL.has(lastL) && !GENERAL_BODY.test(lastL)) return false;
  // (a town's name that is also an English word is no place here: "the Union Home Ministry")
  for (let k = i; k < j; k++) {
    const t = words[k].text;
    if (!/^\p{Lu}\p{Ll}+$/u.test(t) || lex.givenName(t) || lex.demonym(t) || lex.common(t.toLowerCase()))
      return false;
  }
  if (!lex.place(ctx.seg.text.slice(words[i].start, words[j - 1].end))) return false;
  for (let k = j; k < g.wLast; k++)
    for (const part of words[k].text.split(/[-‐]/))
      if (!bodyWord(part) && !lex.common(part.toLowerCase())) return false;
  return true;
}

/** One hyphenated word in the shape of an Arabic or Urdu group's name ("Harkat-ul-Mujahideen"). */
const HYPHEN_NAME = /^\p{Lu}[\p{L}]+[-‐](?:e|i|ul|ut|ud|us|al|ur)[-‐]\p{Lu}/u;

/** A hyphenated name whose head names a group: "Sipah-e-Sahaba", "Ittehad-ul-Mujahideen". */
function hyphenGroup(t: string): boolean {
  if (!HYPHEN_NAME.test(t)) return false;
  const head = t.split(/[-‐]/)[0].toLowerCase();
  return ORG_HEAD.has(head) || ORG_HEAD.has(`${head}-e`);
}

/** "Rep. Mark Jordan", "Chief Ana Chad": word j, a place's name, follows a title and a given name. */
function placeAsSurname(ctx: MentionContext, words: Word[], j: number): boolean {
  return (
    j >= 2 &&
    words[j - 1].end + 1 === words[j].start &&
    /^\p{Lu}\p{Ll}+$/u.test(words[j - 1].text) &&
    ctx.lex.givenName(words[j - 1].text) &&
    PERSON_TITLES.has(words[j - 2].text.toLowerCase())
  );
}

/** A country or a known organisation on its own ends a run: "Will Pakistan", "says ISIS". */
function strongSingle(ctx: MentionContext, t: string): boolean {
  const p = ctx.lex.place(t);
  return p?.kind === 'country' || (!!ctx.lex.org(t) && isAllCaps(t));
}

const SPAN_INNER =
  /^(?:of|the|and|in|for|on|to|e|i|ul|ut|ud|us|ur|al|el|wal|bin|ibn|de|da|del|la|le|du|van|von|der|-|&|ad|an|ar|as|at|az|ash|ath|adh|ed|en|er|es|et|ez)$/i;

/** Gazetteer spans hold name words and the connectors inside names, never punctuation. */
function spanIsName(words: Word[], a: number, b: number): boolean {
  for (let k = a; k < b; k++)
    if (!nameWord(words[k].text) && !SPAN_INNER.test(words[k].text) && !capsPossessive(words, k, a, b))
      return false;
  return true;
}

/** the possessive inside a name written in capitals ("COX'S BAZAR"), between two capitalised words */
function capsPossessive(words: Word[], k: number, a: number, b: number): boolean {
  return (
    k > a &&
    k + 1 < b &&
    /^['’]S$/.test(words[k].text) &&
    isAllCaps(words[k - 1].text) &&
    isAllCaps(words[k + 1].text)
  );
}

const OPEN_QUOTE = /^[“"]$/;
const CLOSE_QUOTE = /^[”"]$/;

/**
 * The end of a person's name with a nickname in quotes inside it, starting at word i: one or two
 * name words that open with a given name, the nickname (one to three name words) in quotes,
 * then a surname of one or two words; else 0.
 */
function quotedNickname(ctx: MentionContext, words: Word[], i: number): number {
  const t = words[i].text;
  if (!isCapWord(t)) return 0;
  let k = i + 1;
  if (k < words.length && isCapWord(words[k].text) && !OPEN_QUOTE.test(words[k].text)) k++;
  if (k >= words.length || !OPEN_QUOTE.test(words[k].text)) return 0;
  // (the gazetteers last: nearly every capitalised word has no opening quote after it)
  const lex = ctx.lex;
  if (!(lex.givenName(t) || (!lex.common(t) && !lex.place(t) && !lex.org(t)))) return 0;
  let m = k + 1;
  while (m < words.length && m - k <= 3 && isCapWord(words[m].text)) m++;
  if (m === k + 1 || m >= words.length || !CLOSE_QUOTE.test(words[m].text)) return 0;
  let e = m + 1;
  while (e < words.length && e - m <= 2 && isCapWord(words[e].text) && !ORG_TAIL.has(lw(words, e))) e++;
  if (e === m + 1) return 0;
  // no quotation of speech: the quotes hold a short name and close before the surname
  return e;
}

/**
 * "Salwa Judum", "Cabo Ligado": a town's name read alone, with a capitalised word right
 * after it that no table knows (no place, group or name, no English word, no head or tail of
 * a name), and no place preposition before it: the two words are one name, which the town's
 * is not.
 */
function unknownWordAfter(ctx: MentionContext, words: Word[], i: number): boolean {
  const next = words[i + 1];
  if (!next || next.start - words[i].end !== 1 || !/^\p{Lu}\p{Ll}{2,}$/u.test(next.text)) return false;
  // (not where a place stands: "a brigade of Cerro Muriano" is a place's name)
  if (i > 0 && /^(?:in|at|of|near|from|to|into|outside|around)$/i.test(words[i - 1].text)) return false;
  const t = next.text;
  const l = t.toLowerCase();
  if (ctx.lex.common(t) || ctx.lex.givenName(t) || ctx.lex.demonym(t)) return false;
  if (PLACE_TAIL.has(l) || ORG_TAIL.has(l) || ORG_HEAD.has(l) || PLACE_HEAD.has(l)) return false;
  return !gazetteerStartsAt(ctx, words, i + 1);
}

/** "Hani bin Dahmash", "Rustam ibn Saeed": a given name that is also a town's, then a patronymic */
function patronymicAfter(ctx: MentionContext, words: Word[], i: number): boolean {
  return (
    ctx.lex.givenName(words[i].text) &&
    /^(?:bin|ibn|bint|ould)$/.test(words[i + 1]?.text ?? '') &&
    nameWord(words[i + 2]?.text ?? '')
  );
}

/** kin nouns that an apposition after them names ("his brother, Hani") */
const KIN_NOUN =
  /^(?:brother|sister|son|daughter|father|mother|cousin|nephew|niece|uncle|aunt|wife|husband|brother-in-law|son-in-law|grandson|stepson)$/;

/**
 * "identified as Usman, a commander", "his brother, Hani,", "Omar, alias Abu Saad": a name that
 * is also a town's somewhere, where only a person can stand (after "identified as", only a
 * given name: "identified as Kabul's police chief" is no person).
 */
function personCueAround(ctx: MentionContext, words: Word[], i: number): boolean {
  const p1 = i > 0 ? words[i - 1].text.toLowerCase() : '';
  const p2 = i > 1 ? words[i - 2].text.toLowerCase() : '';
  if (p1 === 'as' && /^(?:identified|named|known)$/.test(p2)) return ctx.lex.givenName(words[i].text);
  if (p1 === ',' && KIN_NOUN.test(p2)) return true;
  return words[i + 1]?.text === ',' && /^(?:alias|aka|a\.k\.a\.)$/i.test(words[i + 2]?.text ?? '');
}

/**
 * "Wadi Hauran", "Jebel Marra", "Deir al-Balah": a place's head word that is also a town's name
 * somewhere (India's Wadi) opens the longer name after it, typed by its head (typeRun).
 */
/** an institution's own noun after a name: the name opens the institution's ("the X Center for …") */
const INSTITUTION_NOUN =
  /^(?:Center|Centre|Institute|Institution|Endowment|Foundation|Academy|Observatory|Forum)$/;

/**
 * "the Al-Ahram Center for Strategic Studies", "the Jazeera Centre for Studies":
 * a known body's (not an armed group's) name right before an institution's noun opens that
 * institution's name, which the capitalised run then names whole
 */
function institutionAfter(words: Word[], gaz: Mention | null): boolean {
  if (gaz?.type !== 'organization' || gaz.kind === GROUP_KIND) return false;
  const next = words[gaz.wLast];
  return !!next && next.start - words[gaz.wLast - 1].end === 1 && INSTITUTION_NOUN.test(next.text);
}

function placeHeadBeforeName(words: Word[], i: number): boolean {
  const next = words[i + 1];
  if (!next || next.start - words[i].end !== 1 || !PLACE_HEAD.has(words[i].text.toLowerCase())) return false;
  return (
    nameWord(next.text) || /^(?:al|el|ad|ash|as|ar|az|an|at|ath|adh|ed|es|ez|en|er)-\p{Lu}/u.test(next.text)
  );
}

/**
 * "Defence Minister Israel Katz", "Jordan Ellis, 24, of Wakefield": a country's name that is
 * also a given name (Israel, Jordan, Chad, Georgia) opens a person's name when a surname
 * follows it: a capitalised word that no gazetteer, people's adjective or name noun claims,
 * and, when the word is also an English word ("Pollard", "Bishop") or a given name, when
 * an age follows ("Jordan Pollard, 21,"). Not after a preposition of place ("in Jordan
 * Wednesday"), nor before a body's or a place's noun ("Jordan Valley", "Georgia Tech").
 */
function surnameAfterCountry(ctx: MentionContext, words: Word[], i: number): boolean {
  if (!ctx.lex.givenName(words[i].text)) return false;
  const next = words[i + 1];
  if (!next || next.start - words[i].end !== 1 || !/^\p{Lu}\p{Ll}{2,}$/u.test(next.text)) return false;
  if (i > 0 && /^(?:in|at|of|near|from|to|into|outside|around)$/i.test(words[i - 1].text)) return false;
  const t = next.text;
  const l = t.toLowerCase();
  if (ctx.lex.demonym(t) || ctx.lex.place(t) || ctx.lex.org(t) || MONTH_DAY.test(t)) return false;
  if (PLACE_TAIL.has(l) || ORG_TAIL.has(l) || ORG_HEAD.has(l) || PLACE_HEAD.has(l)) return false;
  if (gazetteerStartsAt(ctx, words, i + 1)) return false;
  // the word after the surname: not more of a name ("Jordan Pollard Smith" is no person here)
  if (nameWord(words[i + 2]?.text ?? '')) return false;
  if (!ctx.lex.common(t) && !ctx.lex.givenName(t)) return true;
  return words[i + 2]?.text === ',' && /^\d{1,2}$/.test(words[i + 3]?.text ?? '');
}

/** particles in lower case that join a name's words only inside it: the Hausa "son of" (dan), the
 * Moorish and Tuareg "son of" (ould, ag), and the Dutch and Portuguese "den" and "das" ("Aliyu dan
 * Musa", "Mohamed ould Cheikh", "Bilal ag Acherif", "Jan van den Broek") */
const INNER_PARTICLES: ReadonlySet<string> = new Set(['dan', 'den', 'das', 'ould', 'ag']);
/** the kinship words of a name ("son of", "father of", "mother of"): the word after one is a name */
const KINSHIP: ReadonlySet<string> = new Set(['abu', 'bin', 'ibn', 'bint', 'umm', 'ould', 'ag']);

/** Arabic head words of group names that the gazetteers also know as towns' names ("Liwa", "Ansar", "Jund") */
const GROUP_HEAD_TOWN =
  /^(?:liwa|liwaa|katiba|katibat|kataib|kataeb|saraya|ashab|jaish|ansar|jund|jabhat|harakat|harkat|hizb|usbat|asbat|lashkar|tanzeem|majlis)$/i;

function nameWord(t: string): boolean {
  // "LD2304174694", "94WD0125D": a code of letters and digits names no one
  return (isCapWord(t) || isAllCaps(t)) && /\p{L}/u.test(t) && !/^[“"‘'(]/.test(t) && !/\d{4}/.test(t);
}

const MEDIA_WORD = /^(?:Radio|Television|TV|Network|Broadcasting)$/;

/** The town and the outlet of a source line starting at word i, or null. */
function sourceLine(ctx: MentionContext, words: Word[], i: number, si: number): [Mention, Mention] | null {
  for (let L = Math.min(3, words.length - i - 1); L >= 1; L--) {
    if (!spanIsName(words, i, i + L) || !nameWord(words[i + L - 1].text)) continue;
    // (outletAfter wants a name word after the town's: asked first, the gazetteer is spared)
    if (i + L >= words.length || !nameWord(words[i + L].text)) continue;
    const place = ctx.lex.place(ctx.seg.text.slice(words[i].start, words[i + L - 1].end));
    if (!place) continue;
    const e = outletAfter(ctx, words, i, i + L);
    if (!e) continue;
    const text = ctx.seg.text;
    return [
      mk(words, i, i + L, 'place', si, text, {
        via: 'gazetteer',
        key: intern('place:', place.key),
        kind: place.kind,
        country: place.country,
      }),
      mk(words, i + L, e, 'organization', si, text, { via: 'context', kind: 'media' }),
    ];
  }
  return null;
}

/**
 * A source line: the town a report comes from, then the outlet's name, then "in" and the
 * language with a time or date ("Cairo AL-AHRAM in Arabic 12 Mar 94", "Havana Radio Rebelde
 * Network in Spanish 1402 GMT"), or a line of the town and the outlet in capitals alone
 * ("Tokyo KYODO"). Returns the end of the outlet's name, or 0.
 */
function outletAfter(ctx: MentionContext, words: Word[], a: number, b: number): number {
  let e = b;
  while (e < words.length && e - b < 8 && nameWord(words[e].text)) e++;
  if (e === b) return 0;
  const lang = words[e + 1]?.text ?? '';
  if (
    words[e]?.text === 'in' &&
    (LANGUAGES.has(lang) || !!ctx.lex.demonym(lang)) &&
    (/^\d/.test(words[e + 2]?.text ?? '') ||
      (/^no\.?$/i.test(words[e + 2]?.text ?? '') && /^\d/.test(words[e + 3]?.text ?? '')))
  )
    return e;
  // the bare line: nothing before the town but codes, nothing after the capitals
  const caps = words.slice(b, e).every((w) => isAllCaps(w.text));
  // "London THE SUNDAY TIMES 30 Jan 94": the outlet in capitals, then the date
  if (caps && /^\d{1,2}$/.test(words[e]?.text ?? '') && MONTH_DAY.test(words[e + 1]?.text ?? '')) return e;
  const alone = e === words.length || (e + 1 === words.length && words[e].text === '.');
  const codesBefore = words.slice(0, a).every((w) => /\d{4}/.test(w.text));
  // "Beirut Radio Lebanon", "Kiev UT-1 Television Network": a broadcaster's name on its own line
  const broadcaster = e - b >= 2 && words.slice(b, e).some((w) => MEDIA_WORD.test(w.text));
  return alone && codesBefore && (caps || broadcaster) ? e : 0;
}

const COMPANY = /^(?:inc|inc\.|corp|corp\.|co|co\.|ltd|ltd\.|llc|plc|sa|ag|gmbh)$/i;

/** the words of an international or a peacekeeping force's name */
const INTERNATIONAL_WORD =
  /^(?:United|Nations|UN|Interim|International|Multinational|Multi-National|Observer|Stabili[sz]ation|Peacekeeping|Assistance|African|Union|Regional|Protection)$/;

/**
 * "the United Nations Interim Force in Lebanon", "the International Security Assistance Force
 * in …": an international force's name goes on over "in" and its country; "the People's
 * Defence Force in Magway" is a force and where it is.
 */
function internationalForce(words: Word[], last: number): boolean {
  for (let k = last - 1; k >= 0 && k >= last - 8 && nameWord(words[k].text); k--)
    if (INTERNATIONAL_WORD.test(words[k].text)) return true;
  return false;
}

/**
 * "Jan Egeland", "Jun Alvarez": a month's short form that is a given name, written without its
 * period and right before a capitalised name (not a number: "Jun 12"), opens a person's name.
 */
function monthGivenName(ctx: MentionContext, words: Word[], i: number): boolean {
  const w = words[i].text;
  if (DAY_GIVEN.test(w)) return weekdayGivenName(ctx, words, i);
  if (w !== 'Jan' && w !== 'Jun') return false;
  const next = words[i + 1];
  // "Jan van der Berg", "Jan de Vries": a European particle in lower case, then the surname
  if (next && /^(?:van|von|de|der|den|ter|ten)$/.test(next.text)) {
    let k = i + 2;
    while (k < words.length && k <= i + 3 && /^(?:der|den|de|la|le)$/.test(words[k].text)) k++;
    return /^\p{Lu}\p{Ll}+$/u.test(words[k]?.text ?? '');
  }
  if (!next || next.start !== words[i].end + 1 || !/^\p{Lu}\p{Ll}{2,}$/u.test(next.text)) return false;
  // ("in Jan Hamas fighters …": a month before a group's or a country's name)
  return (
    !MONTH_DAY.test(next.text) && !ctx.lex.org(next.text) && ctx.lex.place(next.text)?.kind !== 'country'
  );
}

/** weekdays that are given names too (West Africa): "Sunday Adeyemi", "Friday Okon" */
const DAY_GIVEN = /^(?:Sunday|Monday|Friday)$/;
/** words before a weekday that make it the day: "on Sunday", "last Friday", "said Monday" */
const DAY_BEFORE =
  /^(?:on|last|next|this|that|by|until|till|since|from|before|after|every|each|late|early|of|and|or|since|to|through)$/i;

/**
 * "Sunday Adeyemi, the victim's brother, said", "Friday Okon told reporters": a weekday that is
 * also a given name opens a person's name when no word of time stands before it, a surname
 * follows, and an apposition or a speech verb after the two says it is someone.
 */
function weekdayGivenName(ctx: MentionContext, words: Word[], i: number): boolean {
  const prev = words[i - 1]?.text ?? '';
  if (DAY_BEFORE.test(prev) || SAY.test(prev)) return false;
  const next = words[i + 1];
  if (!next || next.start !== words[i].end + 1 || !/^\p{Lu}\p{Ll}{2,}$/u.test(next.text)) return false;
  if (MONTH_DAY.test(next.text) || ctx.lex.org(next.text) || ctx.lex.place(next.text)) return false;
  const after = words[i + 2]?.text ?? '';
  return SAY.test(after) || (after === ',' && /^(?:a|an|the|who|\d{1,2})$/i.test(words[i + 3]?.text ?? ''));
}

/** "Redwood Polymers Inc. of Tulsa": a finished company name does not take "of" + place. */
function orgComplete(ctx: MentionContext, words: Word[], j: number): boolean {
  const before = words[j - 1].text;
  const after = words[j + 1]?.text ?? '';
  if (words[j].text.toLowerCase() === 'in')
    return (
      !(/^mission$/i.test(before) || (/^force$/i.test(before) && internationalForce(words, j - 1))) || j < 2
    );
  // "the Forest Service and Mary J. Holt": a body's name closed by its own word, then a person's
  // (a given name and more name words, none a body's word) is a list of the two
  if (
    words[j].text.toLowerCase() === 'and' &&
    ORG_TAIL.has(before.toLowerCase()) &&
    personAhead(ctx, words, j + 1)
  )
    return true;
  // "Centre for Sahel Conflict Research": more name words after the place go on with the name
  // ("the Directorate of Police", "Office of Customs": a body's own word after "of" is no
  // town of that name, Police in Poland)
  const place = ctx.lex.place(after) && !bodyWord(after) ? gazetteerAt(ctx, words, j + 1) : null;
  if (place?.type === 'place' && place.wLast < words.length && nameWord(words[place.wLast].text))
    return false;
  return (
    COMPANY.test(before) ||
    (!!ctx.lex.place(after) &&
      !bodyWord(after) &&
      ORG_TAIL.has(before.toLowerCase()) &&
      // ("the Navy of Peru", "the Directorate of Intelligence of Togo": a state body's noun too)
      !/^(?:university|bank|state|republic|department|ministry|service|police|force|forces|mission|army|front|movement|party|council|commission|office|court|community|navy|guard|gendarmerie|directorate|corps|agency|command|authority|assembly|parliament|senate|congress|tribunal|committee|constabulary|secretariat|institute|federation|union|board)$/i.test(
        before,
      ))
  );
}

/** a person's name from k: a given name, then name words or initials (five at most), no body's word */
function personAhead(ctx: MentionContext, words: Word[], k: number): boolean {
  if (k >= words.length || !ctx.lex.givenName(words[k].text)) return false;
  let e = k + 1;
  while (e < words.length && e <= k + 5 && (nameWord(words[e].text) || words[e].text === '.')) {
    if (ORG_TAIL.has(lw(words, e)) || ORG_HEAD.has(lw(words, e))) return false;
    e++;
  }
  return e > k + 1 && nameWord(words[e - 1].text);
}

/**
 * "Labourers' Unity and Reform Party": before "and" at j, a run of unknown words whose
 * name goes on to a body's word after one more name word or more is one name.
 */
/** a company's legal form: the name it ends is complete ("Sahil Trading FZE and …" are two) */
const LEGAL_FORM = new Set(
  'inc inc. ltd ltd. llc plc corp corp. sa ag gmbh fze fzco dmcc sarl llp jsc pjsc limited'.split(' '),
);

function bodyAhead(ctx: MentionContext, words: Word[], a: number, j: number): boolean {
  // ("French and Royal Navy": a people's adjective alone is a list of two bodies; "the Slovenian
  // Intelligence and Security Agency" is one)
  if (
    LEGAL_FORM.has(lw(words, j - 1)) ||
    ctx.lex.givenName(words[a].text) ||
    (ctx.lex.demonym(words[a].text) && j === a + 1) ||
    gazetteerStartsAt(ctx, words, a)
  )
    return false;
  let k = j + 1;
  while (k < words.length && k <= j + 4 && nameWord(words[k].text) && !ORG_TAIL.has(lw(words, k))) k++;
  return k > j + 1 && k < words.length && nameWord(words[k].text) && ORG_TAIL.has(lw(words, k));
}

/** royal titles that open the names of universities, hospitals and foundations */
const ROYAL_OPENING = /^(?:Prince|Princess|King|Queen|Duke|Duchess|Sultan|Emir)$/;
/** an institution's noun closes the capitalised words from k on (four at most) */
function institutionAhead(words: Word[], k: number): boolean {
  for (let e = k; e < words.length && e < k + 4 && nameWord(words[e].text); e++)
    if (/^(?:University|College|Hospital|Institute|Foundation|Academy|School)$/.test(words[e].text))
      return true;
  return false;
}

function orgLike(words: Word[], a: number, j: number): boolean {
  for (let k = a; k < j; k++)
    if (ORG_TAIL.has(words[k].text.toLowerCase()) || orgHead(words[k].text.toLowerCase())) return true;
  return false;
}

/**
 * A word that opens a body's name, in the spelling with the apostrophe of a transliterated
 * hamza or ayn too ("Kata'ib", "Jama'at": kataib, jamaat).
 */
function orgHead(l: string): boolean {
  return ORG_HEAD.has(l) || (/['’]/.test(l) && ORG_HEAD.has(l.replace(/['’]/g, '')));
}

function mk(
  words: Word[],
  a: number,
  b: number,
  type: MentionType,
  si: number,
  text: string,
  extra: Partial<Mention>,
): Mention {
  // one fixed shape for every mention: V8 keeps such objects compact (long texts hold 100k+)
  return {
    start: words[a].start,
    end: words[b - 1].end,
    text: sameText(text.slice(words[a].start, words[b - 1].end)),
    type,
    sentence: si,
    via: extra.via ?? 'rule',
    wFirst: a,
    wLast: b,
    key: extra.key,
    kind: extra.kind,
    title: extra.title,
    expands: extra.expands,
    country: extra.country,
    full: extra.full,
    guess: extra.guess,
  };
}

const MAX_GAZ_WORDS = 8;

// One string per surface within a run of findMentions: names repeat, and each
// mention otherwise keeps its own copy.
let surfaces = new Map<string, string>();
function sameText(s: string): string {
  const hit = surfaces.get(s);
  if (hit !== undefined) return hit;
  surfaces.set(s, s);
  return s;
}

// One string per gazetteer key, shared by all its mentions (a long text has 100k+).
const interned = new Map<string, string>();
function intern(prefix: string, key: string): string {
  const k = prefix + key;
  const hit = interned.get(k);
  if (hit) return hit;
  interned.set(k, k);
  return k;
}

function gazetteerStartsAt(ctx: MentionContext, words: Word[], i: number): boolean {
  return !!gazetteerAt(ctx, words, i, true);
}

function gazetteerAt(ctx: MentionContext, words: Word[], i: number, probeOnly = false): Mention | null {
  const { lex, seg } = ctx;
  const text = seg.text;
  const maxL = Math.min(MAX_GAZ_WORDS, words.length - i);
  // the article is not part of the name: "the FBI" names "FBI"
  if (/^the$/i.test(words[i].text)) return null;
  for (let L = maxL; L >= 1; L--) {
    const last = words[i + L - 1].text;
    if (!nameWord(last)) continue;
    if (L === 1 && probeOnly) break;
    if (L > 1 && !spanIsName(words, i, i + L)) continue;
    const surface = text.slice(words[i].start, words[i + L - 1].end);
    const si = words[i].sentence;
    const org = lex.org(surface);
    const place = lex.place(surface);
    if (!org && !place) continue;
    const low = last.toLowerCase();
    // an acronym written in capitals is a country or region ("US", "FATA"), never a town ("INA")
    if (isAllCaps(surface) && place && !org && place.kind === 'city' && surface.length < 5) continue;
    if (L === 1 && (MONTH_DAY.test(last) || NOT_NAME.has(low))) continue;
    // "Saudi officials", "a Saudi national": a country's short name that is also its people's
    // adjective, before a lower-case noun and after no preposition of place, is the adjective
    if (
      L === 1 &&
      place?.kind === 'country' &&
      !org &&
      lex.demonym(last) &&
      /^\p{Ll}{3,}$/u.test(words[i + 1]?.text ?? '') &&
      !LOCATIVE.has(i > 0 ? words[i - 1].text.toLowerCase() : '')
    )
      continue;
    // "a Palestinian official": a people's adjective is no group's name, whatever a list's alias
    if (L === 1 && org && !place && !isAllCaps(last) && lex.demonym(last)) continue;
    if (
      L === 1 &&
      i === firstWordIndex(words) &&
      words[i].pos !== P.PROPN &&
      !isAllCaps(last) &&
      place?.kind !== 'country'
    )
      continue;
    // a city that shares its name with a name part: "Abu Bakar", "Ali Khan"
    if (
      L === 1 &&
      place &&
      place.kind === 'city' &&
      !org &&
      i + 1 < words.length &&
      nameWord(words[i + 1].text) &&
      (PARTICLES.has(low) || ctx.lex.givenName(last))
    )
      continue;
    // "led by Bakura Doro", "the commander Marte Lawan": a town's name opening a run of two
    // names where a person stands (after "by" or a lower-case role) is the person's first name
    // when the next word is no place's, body's or common word
    if (
      L === 1 &&
      place &&
      place.kind === 'city' &&
      !org &&
      i > 0 &&
      (words[i - 1].text === 'by' || PERSON_ROLE_BEFORE.test(words[i - 1].text)) &&
      /^\p{Lu}\p{Ll}{2,}$/u.test(words[i + 1]?.text ?? '') &&
      !ctx.lex.place(words[i + 1].text) &&
      !ctx.lex.org(words[i + 1].text) &&
      !ctx.lex.common(words[i + 1].text.toLowerCase()) &&
      !PLACE_TAIL.has(words[i + 1].text)
    )
      continue;
    // "Virginia Towle", "Georgia Malden": a region named like a woman, then a surname
    if (
      L === 1 &&
      place &&
      place.kind === 'region' &&
      !org &&
      ctx.lex.givenName(last) &&
      surnameAfter(ctx, words[i + 1]?.text ?? '')
    )
      continue;
    // "Police held Omar Kassala. Kassala denies it": a division's or town's name that a person
    // named in full before bears as a surname is that person, unless a preposition places it
    if (
      L === 1 &&
      place &&
      place.kind !== 'country' &&
      !org &&
      ctx.surnames.has(last) &&
      !LOCATIVE.has(i > 0 ? words[i - 1].text.toLowerCase() : '')
    )
      continue;
    // "Rep. Mark Jordan", "Sen. Paul Chad": after a title and a given name, a place's name is the surname
    if (L === 1 && place && !org && placeAsSurname(ctx, words, i)) continue;
    // "Del. Ana Ruiz": a place's abbreviation that is also a title, before a given name, is the title
    if (
      L === 1 &&
      place &&
      !org &&
      PERSON_TITLES.has(last.toLowerCase()) &&
      /^\p{Lu}\p{Ll}+$/u.test(words[i + 1]?.text ?? '') &&
      ctx.lex.givenName(words[i + 1].text)
    )
      continue;
    // "Trowbridge said": a town's name before a speech verb is a person's surname; a country's
    // capital there ("Kabul says") or a town in a country the text names ("Tajikistan … Dushanbe
    // denies") stands for its government
    if (
      L === 1 &&
      place &&
      place.kind === 'city' &&
      !org &&
      SAY.test(words[i + 1]?.text ?? '') &&
      !ctx.lex.capital?.(surface) &&
      // ("police in Derry said": after a place's preposition the town is where, not who)
      !(i > 0 && PLACE_PREP.has(words[i - 1].text.toLowerCase())) &&
      // ("Kaduna state" is the state's name, read as a run after this)
      (PLACE_TAIL.has(words[i + 1].text) || !countryNamed(ctx, words, i, place.country))
    )
      continue;
    // "Bakura Doro, a commander of …", "Bama Kyari said": a town's name before a word that may
    // be a surname and is no place, which a speech verb, "who" or a person's apposition
    // follows, is a given name
    if (
      L === 1 &&
      place &&
      place.kind === 'city' &&
      !org &&
      !LOCATIVE.has(i > 0 ? words[i - 1].text.toLowerCase() : '') &&
      surnameAfter(ctx, words[i + 1]?.text ?? '') &&
      !ctx.lex.place(words[i + 1].text) &&
      personFollows(words, i + 2)
    )
      continue;
    // "… and Mahad Ali Farah were charged": a town's name before a given name and a word that
    // may be a surname opens a person's name of three (not after a preposition of place)
    if (
      L === 1 &&
      place &&
      place.kind === 'city' &&
      !org &&
      !(i > 0 && (LOCATIVE.has(lw(words, i - 1)) || words[i - 1].pos === P.ADP)) &&
      /^\p{Lu}\p{Ll}+$/u.test(words[i + 1]?.text ?? '') &&
      words[i + 1].start === words[i].end + 1 &&
      ctx.lex.givenName(words[i + 1].text) &&
      // (a given name a town also bears is still a given name: "Hassan")
      !(ctx.lex.place(words[i + 1].text)?.ambiguous === false) &&
      !ctx.lex.common(words[i + 1].text) &&
      surnameAfter(ctx, words[i + 2]?.text ?? '') &&
      words[i + 2].start === words[i + 1].end + 1
    )
      continue;
    // "a commander known as Calarca", "the rebel leader nicknamed Tulua": a town's name as a
    // person's nickname (a role noun, then the naming verb)
    if (
      L === 1 &&
      place &&
      place.kind === 'city' &&
      !org &&
      i >= 2 &&
      NICKNAMED.test(
        `${i >= 4 ? lw(words, i - 4) : ''} ${i >= 3 ? lw(words, i - 3) : ''} ${lw(words, i - 2)} ${lw(words, i - 1)}`.trim(),
      )
    )
      continue;
    // "two commanders, Kano Ibrahim and …": in a list of people's names, a town's name before
    // another capitalised word that is no place and no body's word is a given name
    if (
      L === 1 &&
      place &&
      place.kind === 'city' &&
      !org &&
      /^\p{Lu}\p{Ll}+$/u.test(words[i + 1]?.text ?? '') &&
      !ctx.lex.place(words[i + 1].text) &&
      !ORG_TAIL.has(lw(words, i + 1)) &&
      !PLACE_TAIL.has(lw(words, i + 1)) &&
      inPersonList(words, i)
    )
      continue;
    // "Anderson, who …", "Tucker, 15, …": a town's name before a relative "who" or an age
    // (not a town joined by "and"/"or" to a known town: "in Gao and Timbuktu, who …")
    if (
      L === 1 &&
      place &&
      place.kind === 'city' &&
      !org &&
      !besidePlace(ctx, words, i) &&
      words[i + 1]?.text === ',' &&
      (words[i + 2]?.text === 'who' ||
        (/^\d{1,2}$/.test(words[i + 2]?.text ?? '') && words[i + 3]?.text === ','))
    )
      continue;
    // "Multan Road", "Kabul Street": a street named after the place is not in it
    if (place && streetAt(words, i + L)) return null;
    // "the Khorasan Province of the Islamic State", "the Mozambique Province", "the group's
    // Sahel Province": a province a group owns, or one named after a country or a region of
    // several countries, is the group's branch (a wilaya), not a division of a state
    if (place && !org && !probeOnly && groupProvinceAt(ctx, words, i, i + L, place))
      return mk(words, i, i + L + 1, 'organization', si, text, branchFields(ctx, `${surface} Province`));
    if (place && !org) {
      if (place.ambiguous && L === 1) {
        const prev = i > 0 ? words[i - 1].text.toLowerCase() : '';
        const next = words[i + 1]?.text ?? '';
        // ("the Augie area of Kebbi", "Marcus district": a place's own noun after the name)
        const placeNoun = /^\p{Ll}/u.test(next) && PLACE_TAIL.has(next);
        if (!LOCATIVE.has(prev) && next !== ',' && !placeNoun && !besidePlace(ctx, words, i)) continue;
        // "Inspector General of Police X", "Senior Superintendent of Police": an office's name
        if (prev === 'of' && i > 1 && OFFICE_OF.test(words[i - 2].text)) continue;
        if (ctx.lex.givenName(last) && nameWord(next)) continue;
      }
      // "the Jalisco cartel", "the Gulf cartel": a group the organisation tables know by the
      // place's name and the lower-case noun after it is that group, not the place; "Niger
      // state", "the Nineveh plains": a place of its own the tables name with the noun
      const noun = words[i + L];
      if (noun && /^\p{Ll}{4,}$/u.test(noun.text) && noun.start - words[i + L - 1].end <= 1) {
        // (a country's "military" or "army" is left as it was read: the country)
        // (nor a town's "police": the place still places its spokesman)
        const o =
          place.kind === 'country' || !GANG_NOUN.test(noun.text)
            ? undefined
            : lex.org(`${surface} ${noun.text}`);
        if (o)
          return mk(words, i, i + L + 1, 'organization', si, text, {
            via: 'gazetteer',
            key: intern('org:', o.key),
            kind: o.kind,
          });
        // (a town's "region" or "province" is the division named after it: one entity with it)
        const p =
          place.kind === 'country' || !DIVISION_WORD.test(noun.text)
            ? lex.place(`${surface} ${noun.text}`)
            : undefined;
        if (p && p.kind !== 'country' && p.key !== place.key)
          return mk(words, i, i + L + 1, 'place', si, text, {
            via: 'gazetteer',
            key: intern('place:', p.key),
            kind: p.kind,
            country: p.country,
          });
      }
      // "Karachi Police" or "Lahore High Court", "Manbij Military Council", "the New York
      // Post": the place begins an organisation's name
      // "Bui Division", "Gedo Region": a division the gazetteer knows by its bare name, with its
      // own noun capitalised after it, is that division (its key)
      if (
        !probeOnly &&
        place.kind === 'region' &&
        words[i + L] &&
        (CAPITAL_DIVISION.test(words[i + L].text) || /^(?:Division|Department)$/.test(words[i + L].text)) &&
        words[i + L].start === words[i + L - 1].end + 1 &&
        !nameWord(words[i + L + 1]?.text ?? '')
      )
        return mk(words, i, i + L + 1, 'place', si, text, {
          via: 'gazetteer',
          key: intern('place:', place.key),
          kind: place.kind,
          country: place.country,
        });
      if (!probeOnly && orgAfterPlace(words, i + L)) continue;
      // "Maguindanao del Sur", "Mindoro Occidental": a Spanish compass word after a known
      // place names a part of it the gazetteer lacks (its own name; geocoding reads the whole)
      const part = compassPartAfter(words, i + L);
      if (part && !probeOnly)
        return mk(words, i, part, 'place', si, text, {
          via: 'context',
          kind: 'region',
          country: place.country,
        });
      // "Dearborn Township", "Orange County": a capitalised county's or township's word after a
      // town's name names the division called after it, one place (the table's, when it has it)
      const desig = words[i + L];
      if (
        !probeOnly &&
        place.kind !== 'country' &&
        desig &&
        (/^(?:County|Township|Parish|Borough)$/.test(desig.text) ||
          // ("Kaduna State", "Kunar Province": a state or province called after its capital)
          (place.kind === 'city' && CAPITAL_DIVISION.test(desig.text))) &&
        desig.start - words[i + L - 1].end <= 1
      ) {
        const p = lex.place(`${surface} ${desig.text}`);
        return mk(
          words,
          i,
          i + L + 1,
          'place',
          si,
          text,
          p && p.kind !== 'country'
            ? { via: 'gazetteer', key: intern('place:', p.key), kind: p.kind, country: p.country }
            : { via: 'context', kind: 'region', country: place.country },
        );
      }
      // "the Suez Canal", "the Tora Bora Mountains": a capitalised feature's noun after a known
      // place names the feature, one place (a town's key is not the river's or the canal's)
      // ("the Rann Forest Reserve", "the Yankari Game Reserve": land kept under a protected
      // area's noun is the same feature, its noun with it)
      const kept =
        desig && PROTECTED_AREA.test(words[i + L + 1]?.text ?? '') && /^(?:Forest|Game)$/.test(desig.text)
          ? 1
          : 0;
      if (
        !probeOnly &&
        place.kind !== 'country' &&
        desig &&
        FEATURE_NOUN.test(desig.text) &&
        desig.start === words[i + L - 1].end + 1 &&
        (kept === 1 || !nameWord(words[i + L + 1]?.text ?? ''))
      ) {
        const p = lex.place(`${surface} ${desig.text}`);
        return mk(
          words,
          i,
          i + L + 1 + kept,
          'place',
          si,
          text,
          p && p.kind !== 'country'
            ? { via: 'gazetteer', key: intern('place:', p.key), kind: p.kind, country: p.country }
            : place.kind === 'city'
              ? { via: 'context', kind: 'region', country: place.country }
              : {
                  via: 'gazetteer',
                  key: intern('place:', place.key),
                  kind: place.kind,
                  country: place.country,
                },
        );
      }
      // "Zamboanga City", "COTABATO CITY": the town's designator is part of its name (one key)
      const city = place.kind === 'city' && /^(?:City|CITY)$/.test(words[i + L]?.text ?? '') ? 1 : 0;
      return mk(words, i, i + L + city, 'place', si, text, {
        via: 'gazetteer',
        key: intern('place:', place.key),
        kind: place.kind,
        country: place.country,
      });
    }
    if (org && place && L === 1 && place.kind === 'country') {
      return mk(words, i, i + L, 'place', si, text, {
        via: 'gazetteer',
        key: intern('place:', place.key),
        kind: place.kind,
        country: place.country,
      });
    }
    // "the Senate Banking Committee", "the House Committee on Ethics": a state body's name opens
    // the name of its committee, which the run then names whole
    if (org && !probeOnly && org.kind === 'government' && committeeAfter(words, i + L)) continue;
    // "the group's Fateh Squad", "the Hamza Battalion": a group's one-word name before a unit's
    // noun names the unit, a body of its own, which the run after this names whole
    if (
      org &&
      !place &&
      !probeOnly &&
      L === 1 &&
      /^(?:Squad|Brigade|Battalion|Unit|Regiment|Company|Detachment)$/.test(words[i + 1]?.text ?? '') &&
      words[i + 1].start === words[i].end + 1 &&
      !nameWord(words[i + 2]?.text ?? '')
    )
      continue;
    if (org)
      return mk(words, i, i + L, 'organization', si, text, {
        via: 'gazetteer',
        key: intern('org:', org.key),
        kind: org.kind,
      });
  }
  return null;
}

/** A natural or built feature's noun, capitalised after a place's name: that feature's name. */
const FEATURE_NOUN =
  /^(?:Canal|River|Mountains|Hills|Pass|Forest|Desert|Plateau|Strait|Lake|Dam|Gorge|Plain|Plains|Delta)$/;

/** the noun of a protected area after its kind ("Forest Reserve", "Game Reserve", "Wildlife Sanctuary") */
const PROTECTED_AREA = /^(?:Reserve|Sanctuary)$/;

/** A division's noun, capitalised after a town's name, that names the division called after it. */
const CAPITAL_DIVISION = /^(?:State|Province|Region|District|Governorate|Prefecture|Municipality)$/;

/** Capitalised words from b that end in a committee's noun ("Banking Committee", "Committee"). */
function committeeAfter(words: Word[], b: number): boolean {
  for (let k = b; k < words.length && k < b + 4; k++) {
    if (!nameWord(words[k].text) || words[k].start > words[k - 1].end + 1) return false;
    if (/^(?:Committee|Subcommittee|Commission|Caucus)$/.test(words[k].text)) return true;
  }
  return false;
}

/**
 * "around Kolofata and Mora", "Mora or Kolofata": word i joined by "and"/"or" to a one-word
 * place the gazetteers know unambiguously (a name that is also an English word or a given name
 * is a place in a list of places)
 */
function besidePlace(ctx: MentionContext, words: Word[], i: number): boolean {
  const known = (w: Word | undefined) => {
    if (!w || !/^\p{Lu}\p{Ll}+$/u.test(w.text)) return false;
    const p = ctx.lex.place(w.text);
    return !!p && !p.ambiguous && p.kind !== 'country';
  };
  const joins = (w: Word | undefined) => w?.text === 'and' || w?.text === 'or';
  return (joins(words[i - 1]) && known(words[i - 2])) || (joins(words[i + 1]) && known(words[i + 2]));
}

/** The end of "del Sur", "de Norte", "Occidental"… after word j, or 0. */
function compassPartAfter(words: Word[], j: number): number {
  const w = words[j];
  if (!w || w.start !== words[j - 1].end + 1) return 0;
  if (/^(?:Occidental|Oriental)$/.test(w.text)) return j + 1;
  const x = words[j + 1];
  if (/^del?$/.test(w.text) && x && x.start === w.end + 1 && /^(?:Sur|Norte|Este|Oeste|Centro)$/.test(x.text))
    return j + 2;
  return 0;
}

/** After a name: a speech verb, ", who", or ", a/an/the …" whose head noun is no group's or place's. */
/** Plurals of people that a list of their names may follow: "two commanders, A B and C D". */
const PEOPLE_PLURAL =
  /^(?:commanders|leaders|fighters|militants|members|men|women|brothers|sons|officials|soldiers|officers|hostages|suspects|aides|deputies|spokesmen|figures|journalists|workers|detainees|prisoners|victims|students|clerics|lawmakers)$/;

/**
 * Word i stands in a list of names after a plural of people and a comma or "including":
 * "two Taliban commanders, Kunduz Khan and …", "three aides, Ali Raza, Kano Bello and …".
 */
function inPersonList(words: Word[], i: number): boolean {
  for (let k = i - 1, steps = 0; k >= 1 && steps < 12; k--, steps++) {
    const t = words[k].text;
    if (t === ',' && PEOPLE_PLURAL.test(lw(words, k - 1))) return true;
    if (t === 'including' && PEOPLE_PLURAL.test(lw(words, words[k - 1].text === ',' ? k - 2 : k - 1)))
      return true;
    if (t !== ',' && t !== 'and' && !nameWord(t)) return false;
  }
  return false;
}

function personFollows(words: Word[], k: number): boolean {
  const t = words[k]?.text ?? '';
  if (SAY.test(t)) return true;
  if (t !== ',') return false;
  const t2 = words[k + 1]?.text.toLowerCase() ?? '';
  if (t2 === 'who') return true;
  // "His lawyer, Bala Dakum, said", "Rizal Fahmi, 31, was": the speech verb or the age set apart
  if (SAY.test(words[k + 1]?.text ?? '') && words[k - 3]?.text === ',') return true;
  if (/^\d{1,2}$/.test(t2) && words[k + 2]?.text === ',') return true;
  if (!/^(?:a|an|the)$/.test(t2)) return false;
  const head = appositionHead(words, k + 2);
  return head !== '' && !APPOSITION_ORG.has(head) && !APPOSITION_PLACE.has(head);
}

/** the kind of a place's name the text calls a group; entities reads the name's other mentions so */
export const GROUP_KIND = 'militant group';

const GROUP_CALLED = new Set(
  'group organisation organization movement faction outfit militia network front alliance coalition insurgency'.split(
    ' ',
  ),
);

/**
 * The name in words a…b is called a group by the text around it: an apposition after it
 * ("Jamalpur, a loose network of militias") or a group's noun before it ("the militia
 * Jamalpur", "the armed group Jamalpur"), whatever a gazetteer of places says.
 */
function calledGroup(words: Word[], a: number, b: number): boolean {
  if (words[b]?.text === ',' && /^(?:a|an|the)$/i.test(words[b + 1]?.text ?? '')) {
    // the description's own head, in lower case, before any other article, word of a clause or
    // verb ("Riyadh, the Support Group continues …", "near Jamalpur, a claim the group denies")
    for (let k = b + 2; k < Math.min(words.length, b + 6); k++) {
      const t = words[k].text;
      // ("Jamalpur, the group's spokesman said": a possessor is no head)
      // ("Kano State, the gang runs …": a group's noun before a verb opens a clause)
      if (GROUP_CALLED.has(t))
        return (
          !/^['’]s?$/.test(words[k + 1]?.text ?? '') &&
          !(words[k + 1] && (words[k + 1].pos === P.VERB || words[k + 1].pos === P.AUX))
        );
      if (words[k].pos === P.VERB || words[k].pos === P.AUX || words[k].pos === P.DET) return false;
      if (!/^[\p{L}\d-]+$/u.test(t) || /^(?:of|in|on|near|for|with|from|at|and|who|that|which)$/.test(t))
        return false;
    }
    return false;
  }
  if (a < 2 || !GROUP_CALLED.has(words[a - 1].text)) return false;
  // ("the militia Jamalpur", "an armed group Jamalpur": an article, perhaps one adjective between)
  const k =
    /^\p{Ll}+$/u.test(words[a - 2].text) && !/^(?:a|an|the)$/i.test(words[a - 2].text) ? a - 3 : a - 2;
  return k >= 0 && /^(?:a|an|the)$/i.test(words[k].text);
}

/**
 * "Kala Shah Kaku, a town outside Lahore", "Bir Hassan, a village near P": an apposition whose
 * head is a kind of place makes a place of a name of two words or more before the name's own
 * words can make a person of it (a given name or an honorific is often inside a town's name:
 * "Pir", "Shah", "Sheikh");
 * "X Y, a village elder" is headed by the elder.
 */
function placeByApposition(r: Run): Mention | undefined {
  const { words, b, n, next, next2, title } = r;
  if (n < 2 || title || next !== ',' || !/^(?:a|an|the)$/.test(next2)) return undefined;
  const head = appositionHead(words, b + 2);
  if (!head || !APPOSITION_PLACE.has(head)) return undefined;
  // written in lower case ("X, a City Council member" is a member), and closing the phrase or
  // placing it ("a town outside P", "a village, …"): not a clause of its own ("Minister X, the
  // border will reopen")
  for (let k = b + 2; k < Math.min(words.length, b + 7); k++)
    if (words[k].text === head)
      return PLACE_APPOSITION_AFTER.test(words[k + 1]?.text ?? '')
        ? mention(r, 'place', { via: 'context' })
        : undefined;
  return undefined;
}

/** what follows a place's noun in an apposition that places it ("a town outside P", "a village, …") */
const PLACE_APPOSITION_AFTER =
  /^(?:in|near|outside|inside|on|of|along|off|close|north|south|east|west|northeast|northwest|southeast|southwest|some|about|across|between|bordering|just|at|,|\.|;|:|\)|—|–|where|that|which)$/;

/**
 * The head noun of an apposition after its article: a group's or place's noun among its
 * first four words, else its last lower-case word before a preposition ("a senior commander
 * of the group" is a commander, "a Pakistani militant group" a group).
 */
function appositionHead(words: Word[], from: number): string {
  let head = '';
  let end = from + 4;
  for (let k = from; k < Math.min(words.length, end); k++) {
    const w = words[k];
    const t = w.text.toLowerCase();
    // a possessor is no head: "the group's spokesman" is a spokesman, "the town's mayor" a mayor
    // (the noun after a possessor's name of three words or more is read too: "the Northern
    // Liberation Front's arm"; ties28)
    if (/^['’]s?$/.test(words[k + 1]?.text ?? '')) {
      head = '';
      k++;
      end = Math.max(end, k + 3);
      continue;
    }
    // ("a village headman", "a district official": a place's noun before a person's is no head)
    if (APPOSITION_PLACE.has(t) && PERSON_AFTER_PLACE_NOUN.test(words[k + 1]?.text ?? ''))
      return words[k + 1].text;
    // ("an area committee member", "a camp security guard": a compound's last noun is its head)
    if (APPOSITION_ORG.has(t) || APPOSITION_PLACE.has(t)) {
      const n1 = words[k + 1];
      if (!(n1 && n1.pos === P.NOUN && /^\p{Ll}+$/u.test(n1.text) && k + 1 < end)) return t;
    }
    if (/^(?:of|in|on|near|for|with|from|at|and|who|that|which|,)$/.test(t)) return head;
    // a people's or a group's name before the noun: "a Pakistani militant group", "a Boko Haram commander"
    if (!/^[\p{Ll}\d-]+$/u.test(w.text)) continue;
    head = t;
  }
  return head;
}

/** A capitalised word that may be a surname: no English word, no body's or place's word, no region. */
function surnameAfter(ctx: MentionContext, t: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(t) || ctx.lex.common(t)) return false;
  const l = t.toLowerCase();
  if (ORG_TAIL.has(l) || PLACE_TAIL.has(l) || ctx.lex.org(t)) return false;
  const p = ctx.lex.place(t);
  return !p || p.kind === 'city';
}

/** Government offices a secretary or minister holds, in capitals after "of". */
const OFFICES =
  /^(?:state|defen[cs]e|homeland security|foreign affairs|home affairs|the interior|interior|the treasury|treasury|finance|commerce|energy|labou?r|health|education|justice|agriculture|transportation|veterans affairs|information|war|the navy|the army|the air force|foreign and commonwealth affairs)$/i;

/** Words of an office after a title ("of State", "of Foreign Affairs") up to the name, or 0. */
function officeAfter(words: Word[], a: number, b: number): number {
  if (a >= b || words[a].text.toLowerCase() !== 'of') return 0;
  for (let n = 3; n >= 1; n--) {
    if (a + 1 + n >= b) continue;
    const ws = words.slice(a + 1, a + 1 + n).map((w) => w.text);
    if (OFFICES.test(ws.join(' ')) && ws.every((w) => w === 'the' || isCapWord(w))) return n + 1;
  }
  return 0;
}

/** A capitalised street word right after the name ending before word j: "Multan Road", "Jinnah Avenue". */
function streetAt(words: Word[], j: number): boolean {
  const w = words[j];
  return (
    !!w &&
    /^\p{Lu}\p{Ll}+$/u.test(w.text) &&
    STREET_TAIL.has(w.text.toLowerCase()) &&
    w.start - words[j - 1].end <= 1
  );
}

/** the nouns news puts after a place to name a criminal or armed group ("the Gulf cartel") */
const GANG_NOUN = /^(?:cartel|cartels|gang|gangs|clan|syndicate|mafia)$/;

/** the nouns of a country's divisions, after a name */
const DIVISION_WORD = new RegExp(`^(?:department|division|${divisionAlternation(DIVISIONS)})$`);

/** Whether the words from b are a local government area's noun ("Local Government Area", "LGA"). */
function localArea(words: Word[], b: number): boolean {
  const w = words[b]?.text;
  if (w === 'LGA') return true;
  if (w !== 'Local' && w !== 'local' && w !== 'Council' && w !== 'council') return false;
  return LOCAL_AREA.test(`${w} ${words[b + 1]?.text ?? ''} ${words[b + 2]?.text ?? ''}`);
}

/** The place after a local government area's noun and "of" in the run [a, b), or null. */
function afterLocalArea(
  ctx: MentionContext,
  words: Word[],
  a: number,
  b: number,
  si: number,
): Mention | null {
  for (let k = a + 1; k < b - 1; k++)
    if (words[k].text === 'of') return typeRun(ctx, words, k + 1, b, -1, si);
  return null;
}

/**
 * Whether the words from b go on as the rest of a list of names that a division's plural
 * closes: ", B and C provinces", " and D zones" (each name one to three capitalised words).
 */
function pluralDivisionAfter(words: Word[], b: number): boolean {
  let k = b;
  for (let names = 0; names < 6; names++) {
    const sep = words[k]?.text;
    if (sep !== ',' && sep !== 'and' && sep !== 'or') return false;
    k++;
    if (sep === ',' && (words[k]?.text === 'and' || words[k]?.text === 'or')) k++;
    const first = k;
    while (k < words.length && k - first < 3 && isCapWord(words[k].text)) k++;
    if (k === first) return false;
    if (k < words.length && PLURAL_DESCRIPTOR.test(words[k].text)) return true;
  }
  return false;
}

/** a division's noun closing a place's phrase ("…, Borno state, on Monday"; not "Borno state governor") */
const DIVISION_CLOSING = new RegExp(
  `^\\s+(?:state|province|district|region|county|division|governorate|department|prefecture|${divisionAlternation(NEWER_DIVISIONS)})(?=\\s*[,.;:)]|\\s+(?:on|in|at|near|and|late|early|last|this)\\b)`,
);

/** Types a capitalised run [a, b) by its words and the words around it. */
function typeRun(
  ctx: MentionContext,
  words: Word[],
  a: number,
  b: number,
  first: number,
  si: number,
): Mention | null {
  const titles = leadingTitles(ctx, words, a, b);
  a = titles.a;
  b = trailingNonNames(ctx.lex, words, a, b);
  if (b <= a) return null;
  // "(Gwoza) Local Government Area of Borno", "(Bakura) LGA": the division's noun names nothing;
  // a name after its "of" is the place it lies in
  if (localArea(words, a)) return afterLocalArea(ctx, words, a, b, si);
  const r = runAt(ctx, words, a, b, first, si, titles);
  // "Ranger Regiment 46", "Infantry Battalion 14": a unit numbered after its noun, number and all
  if (
    !r.title &&
    b - a >= 2 &&
    b < words.length &&
    /^(?:Regiment|Battalion|Brigade|Division|Squadron|Company)$/.test(words[b - 1].text) &&
    /^\d{1,3}$/.test(words[b].text) &&
    words[b].start === words[b - 1].end + 1
  )
    return mention(r, 'organization', { via: 'rule', kind: 'security agency' }, a, b + 1);
  // "Operation Hadin Kai said", "Operation Safe Corridor troops": an operation that speaks or
  // has troops is the command that runs it, a body
  if (
    r.firstL === 'operation' &&
    r.n >= 2 &&
    (OPERATION_ACTS.test(r.next) || (r.prev === 'of' && r.a >= 2 && OPERATION_OF.test(lw(words, r.a - 2))))
  )
    return mention(r, 'organization', { via: 'context' });
  if (namesNothing(r)) return null;
  // "Cox's Bazar": a place named with a possessive inside (possessivePlaceName kept the run whole)
  if (r.n >= 3 && /['’][sS]\s/.test(r.surface)) {
    const gaz = ctx.lex.place(r.surface);
    if (gaz)
      return mention(r, 'place', {
        via: 'gazetteer',
        key: intern('place:', gaz.key),
        kind: gaz.kind,
        country: gaz.country,
      });
  }
  // "Multan Road", "Sheikh Zayed Road": a street, whatever the words before its last name;
  // no town's coordinates (geocoding the whole name finds none)
  if (r.n >= 2 && streetAt(words, b - 1)) return street(r);
  if (commonWordOpening(r)) return null;
  if (firstWordNotOfTheName(r)) return typeRun(ctx, words, a + 1, b, -1, si);
  // "the Chief Imam", "the Deputy Sheikh": titles with no name after them name no one
  if (r.n === 1 && r.title && (NAME_HONORIFICS.has(r.firstL) || PERSON_TITLES.has(r.firstL))) return null;
  // "Dantewada Superintendent of Police X", "Kebbi State Commissioner of Police X": the district
  // or the state of an office written "… of Police" is a place; the office is no name
  if (
    r.n >= 2 &&
    r.next === 'of' &&
    /^(?:Superintendent|Commissioner|Inspector|Director)$/.test(words[b - 1].text) &&
    !PERSON_TITLES.has(lw(words, b - 2)) &&
    words.slice(a, b - 1).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w.text) && !ORG_TAIL.has(w.text.toLowerCase()))
  ) {
    const before = typeRun(ctx, words, a, b - 1, first, si);
    if (before && (before.type === 'place' || before.type === 'organization')) return before;
    if (b - 1 - a <= 2 && !ctx.lex.givenName(words[a].text))
      return mention(r, 'place', { via: 'rule' }, a, b - 1);
  }
  // "clashes in Sheikh Jarrah", "a court in Sheikh Zuweid": a town or a quarter named after a
  // sheikh, where "in" or "near" puts it (not "in Sheikh X's house")
  if (
    r.n === 2 &&
    /^(?:Sheikh|Shaikh|Sheik|Sidi)$/.test(words[a].text) &&
    /^(?:in|near|outside|around|into)$/.test(r.prev) &&
    !/^['’]s?$/.test(r.next)
  )
    return mention(r, 'place', { via: 'rule' });
  // "the Kenya Police Reserve", "an Army Reserve unit": a force's reserve is a force (a
  // "Game Reserve" or a "Forest Reserve" is land, and stays with the rules below)
  if (r.n >= 2 && /^Reserves?$/.test(words[b - 1].text) && FORCE_BEFORE_RESERVE.test(lw(words, b - 2)))
    return mention(r, 'organization', { via: 'rule', kind: 'security agency' });
  // "the Kainji Game Reserve", "Sambisa Forest Reserve", "the Kuno Wildlife Sanctuary": a
  // protected area is land, whatever the words before its kind
  if (r.n >= 3 && PROTECTED_AREA.test(words[b - 1].text) && LAND_KIND.test(words[b - 2].text))
    return mention(r, 'place', { via: 'rule', kind: 'region' });
  const m =
    placeByApposition(r) ??
    byOutletNoun(r) ??
    byGroupNoun(r) ??
    byCoordinatedGroupNoun(r) ??
    byMonitorNoun(r) ??
    byPluralArticle(r) ??
    byBearingAfter(r) ??
    bodyBeforeRole(r) ??
    byActOfWarGround(r) ??
    byTitle(r) ??
    byMotionTo(r) ??
    byToponymWord(r) ??
    byWordsBefore(r) ??
    byOwnWords(r) ??
    byCompanyContext(r) ??
    byMemberRole(r) ??
    byRegionAfter(r) ??
    byNounAfterOrPreposition(r) ??
    byOperationName(r) ??
    byGivenNames(r) ??
    bySpeech(r) ??
    byApposition(r) ??
    byDateline(r) ??
    byPersonList(r) ??
    byShape(r);
  // ("to The Base": a name kept with its capitalised "The" that only a place's word in it typed
  // is read as it would be without it)
  if (words[a].text === 'The' && m?.type === 'place' && m.via === 'rule' && b - a === 2)
    return typeRun(ctx, words, a + 1, b, -1, si);
  // "the New People's Army": a body typed by a rule whose whole name the gazetteer knows (the
  // gazetteer's own match stops at the possessive) takes its key, so its acronym joins it
  if (m && m.type === 'organization' && !m.key) {
    const g = ctx.lex.org(m.text);
    if (g) {
      m.key = intern('org:', g.key);
      m.kind = m.kind ?? g.kind;
    }
  }
  return m;
}

const lw = (words: Word[], k: number) => words[k].text.toLowerCase();

/** the kinds of land kept as a reserve or a sanctuary */
const LAND_KIND = /^(?:Forest|Game|Wildlife|Nature|Biosphere|Tiger|Bird|Marine|Natural)$/;

/** a force whose reserve is a force of its own: "Police Reserve", "Naval Reserve" */
const FORCE_BEFORE_RESERVE =
  /^(?:police|army|military|naval|navy|marine|marines|force|guard|defence|defense)$/;

interface Titles {
  /** the run's first word after the titles set aside */
  a: number;
  /** where the run began, titles included */
  titleStart: number;
  title: string | undefined;
  /** an occupation set aside is no part of any surface ("Analyst Amir Rana" is not a name) */
  occupation: boolean;
}

/**
 * Titles before the name are set aside; honorifics stay in it — unless the run names a
 * body ("Chief Public Prosecutor's Office", "General Motors").
 */
/** nouns of a body that "General" opens: "General Directorate", "General Command", "General Staff" */
/** words that open a state body's name before its noun ("National Security Service") */
const BODY_QUALIFIER = /^(?:General|National|State|Central|Internal|Public)$/;
const GENERAL_BODY =
  /^(?:directorate|command|staff|secretariat|headquarters|intelligence|security|assembly|administration|authority|department|prosecutor['’]s)$/;

function leadingTitles(ctx: MentionContext, words: Word[], a: number, b: number): Titles {
  const text = ctx.seg.text;
  let title: string | undefined;
  let occupation = false;
  let titleStart = a;
  const body = b - a >= 2 && ORG_TAIL.has(lw(words, b - 1)) && !ctx.lex.givenName(words[b - 1].text);
  while (a < b && !body) {
    const l = lw(words, a).replace(/\.$/, '');
    // "the General Directorate for Internal Security", "the General Staff": "General" before a
    // body's noun opens the body's name and is no rank
    if (l === 'general' && a + 1 < b && GENERAL_BODY.test(lw(words, a + 1))) break;
    if (PERSON_TITLES.has(l) || PERSON_TITLES.has(`${l}.`)) {
      title = title ? `${title} ${PERSON_TITLES.get(l) ?? words[a].text}` : PERSON_TITLES.get(l);
      a++;
      if (a < b && words[a].text === '.') a++;
      // "Secretary of State X", "Minister of Foreign Affairs X": the office is part of the title
      const office = l === 'secretary' || l === 'minister' ? officeAfter(words, a, b) : 0;
      if (office) {
        title = `${title} ${text.slice(words[a].start, words[a + office - 1].end)}`;
        a += office;
      }
      continue;
    }
    // "Field Marshal X", "Air Chief Marshal X", "Air Vice Marshal X": a rank of two or three
    // words whose first word is no title alone
    if ((l === 'field' || l === 'air') && a + 2 < b) {
      let n = a + 1;
      if (l === 'air' && /^(?:chief|vice)$/.test(lw(words, n))) n++;
      if (lw(words, n) === 'marshal' && n + 1 < b) {
        const rank = text.slice(words[a].start, words[n].end);
        title = title ? `${title} ${rank}` : rank;
        a = n + 1;
        continue;
      }
    }
    // "Police Colonel X", "Police Brigadier General X": a police rank, as Thai, Indonesian and
    // Philippine forces write it, opens with the service's word — no body of that name
    if (
      l === 'police' &&
      a + 2 < b &&
      (PERSON_TITLES.has(lw(words, a + 1).replace(/\.$/, '')) || PERSON_TITLES.has(lw(words, a + 1)))
    ) {
      a++;
      continue;
    }
    // "Inspector General of Police X", "Superintendent of Police X": the service's word ends
    // the title written before the run
    if (
      l === 'police' &&
      a === titleStart &&
      a > 1 &&
      a + 1 < b &&
      lw(words, a - 1) === 'of' &&
      OFFICE_OF.test(words[a - 2].text)
    ) {
      a++;
      continue;
    }
    // "(Mandera) North MP X", "(Lagos) West Senator X": the rest of a constituency's name
    // before the title of its member
    if (
      a === titleStart &&
      COMPASS_WORD.test(l) &&
      a + 2 < b &&
      PERSON_TITLES.has(lw(words, a + 1)) &&
      nameWord(words[a + 2].text)
    ) {
      titleStart = ++a;
      continue;
    }
    // "Operator 1st Class X", "Petty Officer 2nd Class X": the grade is no part of the name
    if (l === 'class' && a === titleStart && a > 0 && /^\d+(?:st|nd|rd|th)$/i.test(words[a - 1].text)) {
      a++;
      continue;
    }
    // ("an oath to The Base": a capitalised "The" after a lower-case word is the name's own)
    if (
      words[a].text === 'The' &&
      a > 0 &&
      a === titleStart &&
      /^\p{Ll}+$/u.test(words[a - 1].text) &&
      b - a === 2
    )
      break;
    if (
      l === 'the' ||
      (NOT_NAME.has(l) &&
        !(COMPASS_WORD.test(l) && a + 1 < b && /^\p{Lu}\p{Ll}/u.test(words[a].text)) &&
        !(a + 1 < b && monthGivenName(ctx, words, a))) ||
      (MONTH_DAY.test(words[a].text) && !(a + 1 < b && monthGivenName(ctx, words, a)))
    ) {
      a++;
      continue;
    }
    // "Analyst Amir Rana said": an occupation opening a sentence describes the name after it
    if (a === titleStart && a + 1 < b && OCCUPATION_FIRST.has(l) && nameWord(words[a + 1].text)) {
      title = title ?? words[a].text;
      occupation = true;
      a++;
      continue;
    }
    break;
  }
  // Lower-case title words before the run: "spokesman Zabihullah Mujahid", "Lt Col"
  if (a > 0 && PERSON_TITLES.has(lw(words, a - 1).replace(/\.$/, '')))
    title = title ?? PERSON_TITLES.get(lw(words, a - 1).replace(/\.$/, ''));
  return { a, titleStart, title, occupation };
}

/**
 * The end of the run without its trailing words that are not names — but "Thomas West",
 * "Rose May": after a given name a compass word or month is a surname.
 */
function trailingNonNames(lex: Lexicon, words: Word[], a: number, b: number): number {
  while (
    b > a &&
    (NOT_NAME.has(lw(words, b - 1)) ||
      PARTICLES.has(lw(words, b - 1)) ||
      MONTH_DAY.test(words[b - 1].text)) &&
    // "Abu Eid", "Bin Ramadan": a capitalised word after a kinship particle is a name
    !(b - 2 >= a && KINSHIP.has(lw(words, b - 2)) && /^\p{Lu}\p{Ll}/u.test(words[b - 1].text)) &&
    !(
      b - a === 2 &&
      lex.givenName(words[a].text) &&
      /^\p{Lu}\p{Ll}+$/u.test(words[b - 1].text) &&
      (COMPASS.test(words[b - 1].text) ||
        MONTH_DAY.test(words[b - 1].text) ||
        // "Nurul Islam", "Saiful Islam": a name element that is also a given name
        (NOT_NAME.has(lw(words, b - 1)) && lex.givenName(words[b - 1].text)))
    )
  )
    b--;
  return b;
}

/** A run [a, b) with its titles set aside, and the words around it that type it. */
interface Run extends Titles {
  ctx: MentionContext;
  lex: Lexicon;
  words: Word[];
  text: string;
  si: number;
  b: number;
  n: number;
  /** the run's first word is an honorific kept in the name (Mullah, Hafiz) */
  hon: boolean;
  sentenceInitial: boolean;
  surface: string;
  firstL: string;
  lastL: string;
  prev: string;
  next: string;
  next2: string;
}

function runAt(
  ctx: MentionContext,
  words: Word[],
  a: number,
  b: number,
  first: number,
  si: number,
  titles: Titles,
): Run {
  const text = ctx.seg.text;
  return {
    titleStart: titles.titleStart,
    title: titles.title,
    occupation: titles.occupation,
    ctx,
    lex: ctx.lex,
    words,
    text,
    si,
    a,
    b,
    n: b - a,
    hon: NAME_HONORIFICS.has(lw(words, a)) && b - a >= 2,
    sentenceInitial: a === first,
    surface: text.slice(words[a].start, words[b - 1].end),
    firstL: lw(words, a),
    lastL: lw(words, b - 1),
    // ("in rebel-held Kafr Nabl": the word before who holds the place)
    prev: a > 1 && HELD_BY.test(words[a - 1].text) ? lw(words, a - 2) : a > 0 ? lw(words, a - 1) : '',
    next: b < words.length ? lw(words, b) : '',
    next2: b + 1 < words.length ? lw(words, b + 1) : '',
  };
}

/** The mention of the run (or of [a, b) around it) as `type`. */
const mention = (r: Run, type: MentionType, extra: Partial<Mention>, a = r.a, b = r.b) =>
  mk(r.words, a, b, type, r.si, r.text, extra);

const person = (r: Run) =>
  mention(r, 'person', {
    title: r.title,
    full:
      r.title && r.titleStart < r.a && !r.occupation
        ? r.text.slice(r.words[r.titleStart].start, r.words[r.b - 1].end)
        : undefined,
  });

/** Offices that end a role's name ("Interior Minister", "Foreign Secretary", "Army Chief"). */
const OFFICE_LAST =
  /^(?:Minister|Secretary|President|Spokesman|Spokeswoman|Spokesperson|Commander|Chief|Governor|Director|Chairman|Chairwoman|Ambassador|Envoy|Mayor|Commissioner|Administrator|Prosecutor|Premier)$/;

/** What a law's title ends in. */
const LAW_WORD = /^(?:Act|Law|Bill|Ordinance|Code|Decree|Regulations?)$/;

/** Models of the cars and trucks news names in attacks ("the Land Cruiser", "a Hilux"). */
const VEHICLE_MODEL = /(?:^|\s)(?:Land Cruiser|Hilux)s?$/;

/** Runs that are no name of a person, group or place whatever their context. */
function namesNothing({ lex, words, a, n, surface, firstL, prev }: Run): boolean {
  if (lex.demonym(surface) && n === 1) return true;
  // "the Land Cruiser", "a Hilux": a vehicle's model
  if (VEHICLE_MODEL.test(surface)) return true;
  // "the Liberian-flagged Ocean Pearl", "a Panama-flagged tanker": a ship flying a flag
  if (/[-‐]flagged$/i.test(words[a].text) || /[-‐]flagged$/.test(prev)) return true;
  // "Syrian Arab fighters", "Iraqi Kurdish forces": adjectives of peoples, not a name
  if (n > 1 && words.slice(a, a + n).every((w) => lex.demonym(w.text))) return true;
  // "the group's West African branch", "North Korean troops": a bearing before a people's
  // adjective is an adjective too ("West" is a surname, but "West African" is no one's name)
  if (
    n > 1 &&
    COMPASS_WORD.test(words[a].text) &&
    words.slice(a + 1, a + n).every((w) => REGION_ADJECTIVE.test(w.text) || lex.demonym(w.text))
  )
    return true;
  // "the Interior Minister said", "a Defence Minister": an office, a portfolio before it, and no name after
  if (n >= 2 && n <= 3 && OFFICE_LAST.test(words[a + n - 1].text)) {
    const before = words.slice(a, a + n - 1);
    if (before.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w.text) && !lex.givenName(w.text) && lex.common(w.text)))
      return true;
  }
  // "the Public Safety (Emergency Powers) Act": the words of a law's title, with a bracket inside
  if (words[a + n]?.text === '(') {
    let k = a + n + 1;
    while (k < words.length && k < a + n + 5 && words[k].text !== ')') k++;
    if (words[k]?.text === ')' && LAW_WORD.test(words[k + 1]?.text ?? '')) return true;
  }
  // "Operation Inherent Resolve": a named operation is no person, group or place
  if (firstL === 'operation' && n >= 2) return true;
  // "USS Mahan", "HMS Daring", "FS Forbin": a ship is no person, group or place
  if (n >= 2 && SHIP_PREFIX.has(words[a].text)) return true;
  // "launched operation Linda Nchi": the same written in lower case
  if (prev === 'operation' || prev === 'operations') return true;
  // "the frigate Almirante X", "the tanker Sea Y": a vessel's name is no person, group or place
  if (SHIP_NOUN.test(prev)) return true;
  // "the UAV", "an IED": acronyms of common nouns name no one
  if (n === 1 && NOUN_ACRONYMS.has(surface.replace(/s$/, ''))) return true;
  // "the DC said", "the DPO told reporters": a district's office by its initials after "the" is a
  // post, no body ("in DC", "Washington DC" are left alone)
  if (n === 1 && prev === 'the' && OFFICE_INITIALS.has(surface)) return true;
  // "in Arabic", "a Pashto poem": a language is no place
  if (n === 1 && LANGUAGES.has(surface)) return true;
  // "on Fridays": a weekday in the plural says how often
  if (n === 1 && MONTH_DAY.test(surface)) return true;
  // "an ISIL-held town", "Kurdish-controlled areas": a modifier, not a name; so are "an
  // English-speaking region", "a Muslim-majority district", "an Arabic-language channel"
  return n === 1 && (HELD_BY.test(surface) || PEOPLE_COMPOUND.test(surface));
}

/** a hyphened modifier of a people or a tongue: "English-speaking", "Muslim-majority" */
const PEOPLE_COMPOUND = /[-‐](?:speaking|language|majority|minority|populated|inhabited)$/i;

/** a hyphened modifier of who holds or leads something: "ISIL-held", "Kurdish-controlled" */
const HELD_BY =
  /[-‐](?:held|controlled|occupied|administered|led|backed|run|dominated|besieged|allied|trained|armed)$/i;

/** a hyphened modifier of who holds a place: "Taliban-held", "Russian-occupied", "rebel-besieged" */
const PLACE_HELD_BY = /\p{L}[-‐](?:held|controlled|occupied|administered|besieged)\s+$/iu;

/** A street, with the titles before it that are capitalised ("Sheikh Zayed Road"). */
function street(r: Run): Mention {
  const { words, titleStart } = r;
  let from = r.a;
  while (
    from > titleStart &&
    PERSON_TITLES.has(lw(words, from - 1).replace(/\.$/, '')) &&
    isCapWord(words[from - 1].text)
  )
    from--;
  return mention(r, 'place', { via: 'rule', kind: 'street' }, from);
}

/** One common word: sentence-initial, or before a noun for a people's members. */
function commonWordOpening(r: Run): boolean {
  const { ctx, lex, words, a, b, n, title, sentenceInitial, firstL, next, surface } = r;
  // A sentence-initial word that is not a proper noun, or is used in lower case elsewhere.
  if (
    sentenceInitial &&
    n === 1 &&
    !title &&
    (words[a].pos !== P.PROPN || ctx.lowerSeen.has(firstL)) &&
    !isAllCaps(words[a].text)
  )
    return true;
  // "Gunmen stormed …", "Raiders attacked …": a plural of a common noun opening a sentence
  // (or its text, after a dateline: "KABUL (AP) — Gunmen …")
  if (
    (sentenceInitial || /^(?:[—–-]|--|:)$/.test(r.prev)) &&
    n === 1 &&
    !title &&
    !SAY.test(next) &&
    !lex.givenName(words[a].text) &&
    commonPlural(lex, words[a].text)
  )
    return true;
  // "Security Forces arrested …", "Government Forces retook …": a generic force, capitalised,
  // names no one body (a people's or a country's name before it makes it one: byOwnWords)
  // ("Armed Forces of the Philippines": a name that goes on is no generic force)
  if (
    n === 2 &&
    GENERIC_FORCE.test(words[a].text) &&
    /^(?:Forces|Force|Troops)$/.test(words[a + 1].text) &&
    !/^(?:of|\()$/.test(words[a + 2]?.text ?? '')
  )
    return true;
  // "a Foreign Terrorist Organization", "a Specially Designated Global Terrorist": English
  // words after "a" name a category, no one thing (a known name stays: "an Islamic State")
  if (
    n >= 2 &&
    !title &&
    (r.prev === 'a' || r.prev === 'an') &&
    // (a subject opening the sentence introduces a body: "A League to Defend Farmers was founded")
    a >= 2 &&
    // ("a Coast Guard cutter", "an Air Force jet": a body's name before a noun names the body)
    !(b < words.length && /^\p{Ll}/u.test(words[b].text) && words[b].pos === P.NOUN) &&
    !lex.org(surface) &&
    // ("a Federal High Court upheld it", "an Anti-Terrorism Court in Quetta": one court sits
    // and rules, where a category does neither)
    !/^(?:Court|Tribunal)$/.test(words[b - 1].text) &&
    words.slice(a, b).every((w) => lex.common(w.text.replace(/[^\p{L}]/gu, '')))
  )
    return true;
  // "Tuareg rebels", "the Fulani community": a single word before a noun for a people's
  // members is the people's name, used as an adjective — no person, group or place
  // ("mostly Zaghawa separatist movements": one adjective may come between)
  // (an acronym names a body, never a people: "two KLF gunmen", "the NDFB fighters")
  if (
    n !== 1 ||
    title ||
    b >= words.length ||
    lex.org(surface) ||
    /\d/.test(surface) ||
    isAllCaps(words[a].text)
  )
    return false;
  if (PEOPLE_NOUN.test(words[b].text)) return true;
  // ("the Lendu farming community", "Hema cattle herders": a noun of their trade may come between)
  return (
    /^\p{Ll}+$/u.test(words[b].text) &&
    (words[b].pos === P.ADJ || TRADE_WORD.test(words[b].text)) &&
    PEOPLE_NOUN.test(words[b + 1]?.text ?? '')
  );
}

/** a trade's word between a people's name and its noun: "farming community", "cattle herders" */
const TRADE_WORD = /^(?:farming|herding|fishing|trading|pastoralist|pastoral|cattle|camel|nomadic|merchant)$/;

/** A sentence's first word that is a function word, or a common word seen in lower case. */
function firstWordNotOfTheName({ ctx, lex, words, a, n, sentenceInitial, firstL }: Run): boolean {
  if (!sentenceInitial || n <= 1) return false;
  if (FUNCTION_POS.has(words[a].pos)) return true;
  return (
    words[a].pos !== P.PROPN &&
    words[a].pos !== P.ADJ &&
    ctx.lowerSeen.has(firstL) &&
    !lex.givenName(words[a].text)
  );
}

/** "Global Steel spokeswoman Ruth Okafor", "Navy spokesman Lt. Harris" */
function bodyBeforeRole(r: Run): Mention | undefined {
  const { lex, words, a, b, n, title, hon } = r;
  if (
    !title &&
    !hon &&
    b + 1 < words.length &&
    ROLE_AFTER.has(words[b].text) &&
    nameWord(words[b + 1].text) &&
    !lex.givenName(words[a].text) &&
    // "Security analyst Amir Rana": one English word before the role is a field, not a body
    !(n === 1 && lex.common(words[a].text))
  )
    return mention(r, 'organization', { via: 'context' });
}

/** the plural units and the movements named after a holy man ("the Imam Ali Brigades") */
const HON_UNIT = /^(?:Brigades|Battalions|Front|Movement|Militia)$/;
/**
 * A title or an honorific makes a person ("Mullah Omar"), but not before a body's word that ends
 * the name ("the Imam Ali Brigades", "the Sheikh Maqsoud Battalion": a unit named after a person)
 */
const byTitle = (r: Run) =>
  r.title || r.hon
    ? r.hon &&
      !r.title &&
      r.n >= 2 &&
      (UNIT.test(r.words[r.b - 1].text) || HON_UNIT.test(r.words[r.b - 1].text))
      ? mention(r, 'organization', { via: 'rule' })
      : person(r)
    : undefined;

/** A name of two words or more, no title, right before a verb in the past or present ("attacked", "says"). */
function theNameBeforeVerb({ words, a, b, n, title, hon }: Run): boolean {
  if (n < 2 || title || hon || b >= words.length) return false;
  // ("the FA-18 Hornet was": a model's code is a machine's name)
  if (words.slice(a, b).some((w) => /\d/.test(w.text))) return false;
  const after = words[b];
  return (
    (after.pos === P.VERB || after.pos === P.AUX) && /^\p{Ll}+$/u.test(after.text) && !/ing$/.test(after.text)
  );
}

/** The words before the run say what it names. */
/** the verbs of going or being taken somewhere, by lemma: "fled to X", "were deployed to X" */
const MOTION_LEMMAS = new Set('flee move return travel deploy retreat'.split(' '));
/** a word between the verb and "to": "fled back to", "returned home to" */
const MOTION_ADVERB = /^(?:back|home)$/;

/**
 * "families fled to Dargol", "troops were redeployed to Tarkhel Bala": a name after a verb of
 * going (by its lemma) and "to" is where they went, a place, when nothing marks a person (no
 * title or honorific, no possessive after it, not a lone given name, no body the gazetteer knows).
 */
function byMotionTo(r: Run): Mention | undefined {
  const { ctx, lex, words, a, b, n, prev, title, hon } = r;
  if (prev !== 'to' || title || hon || a < 2 || !ctx.seg.lemmas) return;
  let v = a - 2;
  if (MOTION_ADVERB.test(lw(words, v)) && v > 0) v--;
  if (!MOTION_LEMMAS.has(ctx.seg.lemmas.at(words[v].t))) return;
  if (/^['’]s?$/.test(r.next) || (n === 1 && lex.givenName(words[a].text)) || lex.org(r.surface)) return;
  if (!words.slice(a, b).every((w) => w.pos === P.PROPN || PARTICLES.has(w.text.toLowerCase()))) return;
  return mention(r, 'place', { via: 'context' });
}

/** the words of South Asian place names that end one ("Jani Khel", "Karim Abad", "Mian Kalay": a clan's, a founder's) */
const TOPONYM_LAST = /^(?:Khel|Abad|Kalay)$/;
/** the word of South Asian place names that opens one ("Qila Saifullah": a fort) */
const TOPONYM_FIRST = /^Qila$/;

/**
 * "raided Gul Mohammad Khel", "cordoned off Karim Abad", "outside Qila Saifullah": a name of two to
 * four words that a word of a place's name ends (Khel, Abad, Kalay) or opens (Qila) is a
 * place, a settlement named after a clan or a founder, when nothing marks a person: no title or
 * honorific, no possessive, no speech verb after it.
 */
function byToponymWord(r: Run): Mention | undefined {
  const { lex, words, a, b, n, title, hon } = r;
  if (n < 2 || n > 4 || title || hon) return;
  if (!TOPONYM_LAST.test(words[b - 1].text) && !TOPONYM_FIRST.test(words[a].text)) return;
  if (/^['’]s?$/.test(r.next) || lex.org(r.surface) || speechLemma(r.next) !== null) return;
  return mention(r, 'place', { via: 'context' });
}

function byWordsBefore(r: Run): Mention | undefined {
  const { words, n, prev } = r;
  // ("residents of Houthi-controlled X": the words before who holds the place, as for prev)
  const a = r.a > 1 && HELD_BY.test(words[r.a - 1].text) ? r.a - 1 : r.a;
  // "the town of Saraqeb", "the province of Idlib": the noun before "of" says what it is
  if (
    n <= 3 &&
    prev === 'of' &&
    a >= 2 &&
    (PLACE_NOUN_OF.test(lw(words, a - 2)) ||
      PLACES_NOUN_OF.test(lw(words, a - 2)) ||
      // "residents of Bakassi", "the villagers of X": the people who live there (no given name)
      (DWELLERS_OF.test(lw(words, a - 2)) && !r.title && !r.hon && !r.lex.givenName(words[r.a].text)) ||
      // "the district headquarters of Macomia", "the provincial seat of X"
      (/^(?:headquarters|seat)$/.test(lw(words, a - 2)) &&
        a >= 3 &&
        /^(?:district|provincial|regional|divisional|county|municipal)$/.test(lw(words, a - 3))))
  )
    return mention(r, 'place', { via: 'context' });
  // "Taliban-held Kunduz", "jets struck Houthi-controlled X": a name whose holder the word before
  // it gives is a place (not "US-backed", "Saudi-led": those hold bodies)
  if (
    n <= 3 &&
    PLACE_HELD_BY.test(r.text.slice(Math.max(0, words[r.a].start - 24), words[r.a].start)) &&
    !r.title &&
    !r.hon &&
    !r.lex.givenName(words[r.a].text) &&
    !r.lex.org(r.surface)
  )
    return mention(r, 'place', { via: 'context' });
  // "south of Jowhar", "the outskirts of Baquba": a name set at a bearing from, or at the edge
  // of, is a place (no given name: "the north of Ahmed's estate" is rare, a person there rarer)
  if (
    n <= 3 &&
    prev === 'of' &&
    a >= 2 &&
    BEARING_OF.test(lw(words, a - 2)) &&
    !r.title &&
    !r.hon &&
    !r.lex.givenName(words[r.a].text) &&
    words.slice(r.a, r.b).every((w) => w.pos === P.PROPN || PARTICLES.has(w.text.toLowerCase()))
  )
    return mention(r, 'place', { via: 'context' });
  // "the dense forests of X", "the hills of Y": the land around a name is a place's (places27; no
  // given name, no title; not "the marshes of the X", a wide feature no town's point stands for)
  if (
    n <= 3 &&
    prev === 'of' &&
    a >= 2 &&
    LANDSCAPE_OF.test(lw(words, a - 2)) &&
    !r.title &&
    !r.hon &&
    !r.lex.givenName(words[a].text)
  )
    return mention(r, 'place', { via: 'context' });
  // "the villages of Kokorou and Bankilare", "the towns of X, Y and Z": every name of the list
  if (n <= 3 && (prev === 'and' || prev === ',') && !r.title && !r.hon) {
    let k = a - 2;
    for (let steps = 0; k >= 1 && steps < 12; steps++, k--) {
      const t = words[k].text;
      if (!(/^\p{Lu}/u.test(t) || t === ',' || PARTICLES.has(t.toLowerCase()))) break;
    }
    if (k >= 1 && lw(words, k) === 'of' && k < a - 2 && PLACES_NOUN_OF.test(lw(words, k - 1)))
      return mention(r, 'place', { via: 'context' });
  }
  // "president of Norvalis Polymers", "an official of the Farmers Confederation": a
  // name of two words or more after a post and "of" is the body the post is in — unless it
  // owns the noun after it ("members of Ahmed Bello's family": the body is the family)
  if (n >= 2 && !/^['’]s?$/.test(words[r.b]?.text ?? '')) {
    let k = a - 1;
    if (k >= 0 && lw(words, k) === 'the') k--;
    if (k >= 1 && lw(words, k) === 'of' && POST_OF.has(lw(words, k - 1)))
      return mention(r, 'organization', { via: 'context' });
  }
}

/** A Filipino noun of a body in the linked form that goes on to its name ("Hukbong Bayan"). */
const TAGALOG_LINKED = /^(?:Komiteng|Kilusang|Alyansang|Samahang|Hukbong)$/;

/**
 * "Kees van Dam", "Anke ter Berg", "Pieter van der Bos": a Dutch or German particle in lower case
 * before the last word makes it a surname, though the word names a place's kind (a dam, a bridge)
 */
function dutchSurname({ words, b, n }: Run): boolean {
  return n >= 3 && /^(?:van|von|der|den|ter|ten)$/.test(words[b - 2].text);
}

/** The run's own words say what it names: an organisation's or a place's head or tail word. */
function byOwnWords(r: Run): Mention | undefined {
  const { lex, words, text, a, b, n, firstL, lastL } = r;
  if (PLACE_TAIL.has(lastL) && dutchSurname(r)) return undefined;
  // Organisation by its head or tail word.
  // "Tehrik-i-Fatah Kohsar": the head of a hyphenated first word names a group
  const firstHead = firstL.split(/[-‐]/)[0];
  if (n >= 2 && firstHead !== firstL && orgHead(firstHead) && !lex.givenName(firstHead))
    return mention(r, 'organization', { via: 'rule' });
  // "Bagong Alyansang Makabayan", "Bagong Hukbong Bayan": a word before a Filipino body's
  // noun in its linked form
  if (n >= 3 && TAGALOG_LINKED.test(words[a + 1].text)) return mention(r, 'organization', { via: 'rule' });
  if (n >= 2 && (orgTailWord(lastL) || orgHead(firstL) || UNIT.test(words[b - 1].text))) {
    // "Khyber Agency", "Malakand Division" are places, but "the Sultan Murad Division", "the
    // Hamza Division" are armed bodies: an agency or a division is a place only after a place
    if (
      PLACE_TAIL.has(lastL) &&
      (lex.place(text.slice(words[a].start, words[b - 2].end)) ||
        (lastL !== 'agency' && lastL !== 'division'))
    )
      return mention(r, 'place', { via: 'rule', kind: 'region' });
    return mention(r, 'organization', { via: 'rule' });
  }
  // "Syrian Observatory for Human Rights", "Council on Foreign Relations": an institution
  // word right before the connector heads the name
  if (n >= 3) {
    for (let k = a + 1; k < b - 1; k++)
      if (
        (OF_LIKE.has(lw(words, k)) || ROMANCE_OF.has(lw(words, k))) &&
        lw(words, k) !== 'the' &&
        (ORG_TAIL.has(lw(words, k - 1)) || (k - 1 === a && ORG_HEAD.has(lw(words, a))))
      )
        return mention(r, 'organization', { via: 'rule' });
  }
  if (n >= 2 && words[b - 1].text === 'Province' && groupProvince(r))
    return mention(r, 'organization', { via: 'rule' });
  if (n >= 2 && PLACE_TAIL.has(lastL)) return mention(r, 'place', { via: 'rule', kind: 'region' });
  // "Camp Bastion", "Fort Hood", "Mount Sinjar": a base, a mountain or a lake by its first word
  // ("Camp" and "Mount" as given names open a person's name only with a title: not here)
  if (n >= 2 && n <= 4 && PLACE_HEAD.has(firstL) && !r.title && !r.hon)
    return mention(r, 'place', { via: 'rule', kind: 'region' });
  // "Sipah-e-Sahaba", "Harkat-ul-Mujahideen": one hyphenated word whose head names a group
  if (n === 1 && HYPHEN_NAME.test(words[a].text))
    return mention(r, hyphenGroup(words[a].text) ? 'organization' : 'unknown', { via: 'rule' });
  // "Ittehad-ul-Mujahideen Pakistan": such a word, then the country the run took in (nameGoesOn)
  if (n === 2 && hyphenGroup(words[a].text) && lex.place(words[a + 1].text)?.kind === 'country')
    return mention(r, 'organization', { via: 'rule' });
  // "New Karachi", "North Waziristan": a compass word before a known place
  if (n >= 2 && COMPASS.test(words[a].text) && lex.place(text.slice(words[a + 1].start, words[b - 1].end)))
    return mention(r, 'place', { via: 'rule', kind: 'region' });
  // Arabic construct state: "Ahrarul Hind", "Jamaatul Ahrar", "Ansarul Islam" name groups,
  // while "Fazlur Rehman" and "Ziaul Haq" are people.
  if (
    n >= 2 &&
    /^\p{Lu}\p{Ll}{2,}(?:ul|ut|ud|us)$/u.test(words[a].text) &&
    !lex.givenName(words[a].text) &&
    // (not an English word that ends so: "Precious Moyo", "Various Artists")
    !lex.common(words[a].text.toLowerCase()) &&
    !lex.givenName(words[a + 1].text) &&
    // ("said Nurul Hidayati, a veteran analyst": a speech verb before, or an age, a person's
    // apposition or a speech verb after, names a person)
    !SAY.test(r.prev) &&
    !(words[b]?.text === ',' && personFollows(words, b))
  )
    return mention(r, 'organization', { via: 'rule' });
  if (isAllCaps(words[a].text) && n === 1) {
    // "the M19 movement", "the B52 militia": a code of letters and digits before a group's
    // noun is the group (no people is named so)
    if (/^\p{Lu}{1,3}\d{1,3}$/u.test(words[a].text) && GROUP_NOUN.test(r.next))
      return mention(r, 'organization', { via: 'context' });
    // "the UN peacekeeping mission, MONUSCO,", "MINUSMA, the UN mission in Mali": letters set
    // beside a body's noun by commas name that body
    if (/^\p{Lu}{3,9}$/u.test(words[a].text) && bodyBesideCaps(words, a))
      return mention(r, 'organization', { via: 'context' });
    // "MONUSCO said", "said UNITAMS": letters no table knows that speak are a body's (people's
    // names are not written in capitals); a known place's letters keep their place ("the DRC said")
    if (
      /^\p{Lu}{3,9}$/u.test(words[a].text) &&
      !lex.place(words[a].text) &&
      (SAY.test(r.next) || (SAY.test(r.prev) && /^(?:,|\.|)$/.test(r.next)))
    )
      return mention(r, 'unknown', { via: 'context', guess: 'organization' });
    return mention(r, 'unknown', { via: 'rule' });
  }
}

/** lower-case nouns of a body that letters in apposition may name */
const APPOSED_BODY =
  /^(?:mission|force|agency|group|movement|militia|alliance|coalition|party|army|service|bloc|network|organi[sz]ation|commission|authority|operation|faction|front|council)$/;

/** "the … mission, X," or "X, the … mission": a body's noun beside letters set off by commas */
function bodyBesideCaps(words: Word[], a: number): boolean {
  // "the UN mission, known as MINUSMA,", "a regional force called SAMIM"
  const k =
    a >= 3 && words[a - 1].text === 'as' && words[a - 2].text === 'known'
      ? a - 3
      : a >= 2 && /^(?:called|named)$/.test(words[a - 1].text)
        ? a - 2
        : -1;
  const h = k >= 1 && words[k].text === ',' ? k - 1 : k;
  if (h >= 0 && APPOSED_BODY.test(words[h].text)) return true;
  if (
    a >= 2 &&
    words[a - 1].text === ',' &&
    APPOSED_BODY.test(words[a - 2].text) &&
    words[a + 1]?.text === ','
  )
    return true;
  if (words[a + 1]?.text !== ',' || !/^(?:the|a|an)$/i.test(words[a + 2]?.text ?? '')) return false;
  for (let k = a + 3; k < Math.min(words.length, a + 7); k++) {
    if (APPOSED_BODY.test(words[k].text)) return true;
    if (/^[,.;:]$/.test(words[k].text)) return false;
  }
  return false;
}

/**
 * Words that end the name of an event or a document ("the Gulf War", "the Arab Spring", "the
 * Minsk Agreement", "the Patriot Act", "the Geneva Conventions"), before a number at most.
 */
const EVENT_TAIL = new Set(
  'war wars revolution uprising intifada spring offensive agreement accord accords treaty act protocol convention conventions declaration doctrine communique communiqué'.split(
    ' ',
  ),
);

/** The end of an event's or a document's name of two words or more that starts at `i`, else 0. */
function eventNameEnd(ctx: MentionContext, words: Word[], i: number): number {
  let e = i;
  while (e < words.length && e - i < 6 && nameWord(words[e].text)) e++;
  // a number or a year after the name ("World War II", "the Terrorism Act 2000")
  let last = e - 1;
  while (last > i && /^(?:[IVX]+|\d{1,4}|One|Two)$/.test(words[last].text)) last--;
  if (last <= i || !EVENT_TAIL.has(words[last].text.toLowerCase())) return 0;
  // a name the gazetteer knows whole is what it names ("Silver Spring" is a town)
  const g = gazetteerAt(ctx, words, i);
  if (g && g.wLast > last) return 0;
  return e;
}

const GROUP_NOUN =
  /^(?:rebellion|rebels|rebel|militia|militias|movement|group|fighters|insurgents|insurgency|militants|faction|factions|network|cell)$/;

/**
 * "its East Asia Province", "the East Asia Province": a group's province (a wilaya of
 * the Islamic State), named after a region of several countries or owned by "its"/"their";
 * a country's province is named after a place inside it.
 */
function groupProvince({ ctx, lex, words, text, a, b, prev }: Run): boolean {
  if (prev === 'its' || prev === 'their' || provinceOwned(ctx, words, a, b)) return true;
  const region = text.slice(words[a].start, words[b - 2].end);
  const p = lex.place(region);
  if (p && p.kind === 'region' && !p.country) return true;
  return /(?:^|\s)(?:Africa|Asia|Caucasus|Levant|Khorasan|Khurasan)$/.test(region);
}

/**
 * words[a, b) is a place's name the gazetteer knows and "Province" follows: the province is a
 * group's branch when a group owns it ("of the Islamic State", "IS's", "its", "the group's"),
 * or when it is named after a country or a region of several ("Mozambique Province", "the
 * Sahel Province": no state has a province called so), not after a place preposition then
 * ("in Kunar Province", "the governor of Helmand Province" stay divisions).
 */
function groupProvinceAt(ctx: MentionContext, words: Word[], a: number, b: number, place: PlaceHit): boolean {
  const w = words[b];
  if (w?.text !== 'Province' || w.start !== words[b - 1].end + 1) return false;
  if (provinceOwned(ctx, words, a, b + 1)) return true;
  const prev = a > 0 ? lw(words, a - 1) : '';
  if (prev === 'its' || prev === 'their') return true;
  if (place.kind !== 'country' && !(place.kind === 'region' && !place.country)) return false;
  // ("in Panama Province": a country's name a division of it bears, where a preposition puts it)
  const before = prev === 'the' && a > 1 ? lw(words, a - 2) : prev;
  return !LOCATIVE.has(before) && before !== 'of';
}

/** A group's possessive before words[a] ("the Islamic State's", "IS's", "the group's"), or its "of" after words[b - 1] ("of the Islamic State", "of IS"). */
function provinceOwned(ctx: MentionContext, words: Word[], a: number, b: number): boolean {
  const text = ctx.seg.text;
  if (a >= 2 && /^['’]s$/.test(words[a - 1].text)) {
    if (/^(?:group|movement|organi[sz]ation|militants|jihadists)$/.test(lw(words, a - 2))) return true;
    for (let k = a - 2; k >= Math.max(0, a - 5); k--) {
      const o = ctx.lex.org(text.slice(words[k].start, words[a - 2].end));
      if (o?.kind === 'militant group') return true;
    }
  }
  if (b + 1 < words.length && lw(words, b) === 'of') {
    const j = lw(words, b + 1) === 'the' ? b + 2 : b + 1;
    for (let L = 1; L <= 4 && j + L <= words.length; L++) {
      const o = ctx.lex.org(text.slice(words[j].start, words[j + L - 1].end));
      if (o?.kind === 'militant group') return true;
    }
  }
  return false;
}

/** The gazetteer's group for a branch's province ("Sahel Province" → Islamic State Sahel Province), as a mention's key. */
function branchFields(ctx: MentionContext, name: string): Partial<Mention> {
  const o = ctx.lex.org(name) ?? ctx.lex.org(`Islamic State ${name}`);
  return { via: 'rule', kind: 'militant group', key: o ? intern('org:', o.key) : undefined };
}

/** Lower-case nouns of a body's members and officers, after the body's name ("a Fatah official"). */
const MEMBER_ROLE =
  /^(?:officials?|commanders?|fighters?|members?|militants?|council?lors?|lawmakers?|legislators?|cadres?|operatives?|leaders?|loyalists?|veterans|recruits|militiamen)$/;
/**
 * Plurals of armed men after the name of the body they fight for ("two Wagner mercenaries"); one
 * word before "fighters", "militants", "gunmen" is a people's name (commonWordOpening)
 */
const FIGHTERS = /^(?:mercenaries|jihadists|contractors)$/;
/** What comes before "X official" when X is the body: an article, a number, a rank in it. */
const MEMBER_ROLE_BEFORE =
  /^(?:a|an|the|former|senior|top|local|veteran|junior|another|one|two|three|four|five|several|many|some|other|its|their|his|her|high-ranking|mid-level|['’]s)$/;

/**
 * "a senior Ennahda official", "a former Plaid Cymru councillor", "two Kata'ib X commanders":
 * a name nothing else typed, between an article (a number, a rank) and a noun of a body's
 * members or officers, is that body. Not a given name, a place, a people or an English word.
 */
function byMemberRole(r: Run): Mention | undefined {
  const { lex, words, a, b, n, title, hon, prev, surface } = r;
  if (title || hon || n > 4 || b >= words.length) return;
  if (!MEMBER_ROLE.test(words[b].text) && !FIGHTERS.test(words[b].text)) return;
  if (!MEMBER_ROLE_BEFORE.test(prev)) return;
  if (lex.givenName(words[a].text) || lex.place(surface) || lex.demonym(words[b - 1].text)) return;
  if (words.slice(a, b).every((w) => lex.common(w.text) || NOT_NAME.has(w.text.toLowerCase()))) return;
  return mention(r, 'organization', { via: 'context' });
}

/** "an Emery employee", "a spokesman for Velmar", "shares of Velmar": a company. */
function byCompanyContext(r: Run): Mention | undefined {
  const { lex, words, a, b, n, title, hon } = r;
  if (title || hon || lex.givenName(words[a].text) || !bodyContext(words, a, b)) return;
  // "Provincial spokesman X", "Military spokesman X" opening a sentence: an English word in
  // capitals before the role is no company ("a spokesman for Apple" still is)
  if (n === 1 && r.sentenceInitial && lex.common(words[a].text) && BODY_ROLE.has(words[b]?.text ?? ''))
    return;
  return mention(r, 'organization', { via: 'context' });
}

/**
 * "Gunnison, Colo.", "West Branch, Iowa": a name, a comma and a state or country, then the
 * clause goes on or ends — the name is a town in it.
 */
function byRegionAfter(r: Run): Mention | undefined {
  const { lex, words, b, title, hon, next, prev } = r;
  if (title || hon || next !== ',' || SAY.test(prev)) return;
  for (let L = 3; L >= 1; L--) {
    const e = b + 1 + L;
    if (e > words.length || !spanIsName(words, b + 1, e)) continue;
    const region = lex.place(r.text.slice(words[b + 1].start, words[e - 1].end));
    if (!region || (region.kind !== 'region' && region.kind !== 'country')) continue;
    const after = words[e]?.text ?? '';
    if (after === '' || /^[,.;:)]$/.test(after)) return mention(r, 'place', { via: 'context' });
    return;
  }
}

/**
 * ", about 60 km north of Kaya", ", 40 miles (64 km) west of X", ", south of X": a name the text
 * sets at a distance or a bearing from a capitalised place is a place.
 */
const BEARING_AFTER =
  /^,\s+(?:(?:about|some|around|roughly|nearly|approximately|almost|just|over|under|barely|more\s+than|less\s+than)\s+)?(?:\d+(?:\.\d+)?[\s-]*(?:km|kilomet(?:re|er)s?|miles?)\b(?:\s*\([^)]{0,24}\))?\s+)?(?:to\s+the\s+)?(?:(?:north|south)(?:[- ]?(?:east|west))?|east|west)\s+of\s+(?:the\s+)?\p{Lu}/u;

function byBearingAfter(r: Run): Mention | undefined {
  const { lex, words, a, b, title, hon } = r;
  if (title || hon || b >= words.length || words[b].text !== ',' || lex.givenName(words[a].text)) return;
  if (BEARING_AFTER.test(r.text.slice(words[b - 1].end, words[b - 1].end + 90)))
    return mention(r, 'place', { via: 'context' });
}

/** What a person, not a place, has: "in Kaleem's death", "in Farouk's car". */
const PERSON_OWNED =
  /^(?:death|killing|murder|arrest|capture|detention|release|trial|funeral|absence|name|car|house|home|wife|husband|son|daughter|brother|sister|father|mother|family|body|phone|case|favou?r|memory|honou?r|behalf|sons|daughters|lawyer|escape|extradition)$/;

/** Lower-case nouns after a name that say it is a natural place, kept in its name ("Kebara cave"). */
const NATURAL_PLACE = new Set(
  'hill hills cave caves plateau island islands peninsula lake river mountain mountains bay gorge canyon ridge desert oasis'.split(
    ' ',
  ),
);
/** Lower-case nouns after a name that say it is an armed unit ("the Danab special forces"). */
const FORCE_NOUN =
  /^(?:forces|force|brigade|brigades|battalion|commandos|militia|unit|squad|regiment|wing|cell)$/;
/** Lower-case words between a unit's name and its force noun ("the Cobra special police unit"). */
const FORCE_MODIFIER =
  /^(?:special|police|elite|tactical|commando|counter-terrorism|counterterrorism|anti-terrorism|intervention|intelligence|armed|military|security|suicide|media)$/;
/** Lower-case nouns after a name that say it is a company or an institute ("the Minox company"). */
const BODY_NOUN = new Set('company firm bank institute corporation'.split(' '));
/** what kind of hospital, between its name and "hospital" */
const HOSPITAL_KIND =
  /^(?:general|teaching|military|district|regional|provincial|civil|referral|university|children's|maternity)$/;
/** Lower-case nouns after a name that say it is an outlet ("al-Nabaa television"). */
const MEDIA_NOUN = new Set(
  'television tv radio channel newspaper daily weekly magazine broadcaster website'.split(' '),
);

/**
 * "the official SANA news agency", "Iran's Mehr news agency", "the Kabul Times newspaper":
 * a name before an outlet's noun is the outlet, whatever else it could spell (a town, a
 * given name). A people's adjective is not ("the Iranian news agency").
 */
function byOutletNoun(r: Run): Mention | undefined {
  const { lex, words, b, title, hon } = r;
  if (title || hon || b >= words.length || lex.demonym(words[b - 1].text)) return;
  const w1 = words[b].text;
  const w2 = words[b + 1]?.text ?? '';
  if ((w1 === 'news' && /^(?:agency|service|network|channel|website|portal)$/.test(w2)) || w1 === 'newspaper')
    return mention(r, 'organization', { via: 'context', kind: 'media' });
  // "its az-Zallaqa media arm", "the al-Kataib media foundation": a group's media organ (ties23)
  if (w1 === 'media' && /^(?:arm|wing|foundation|outlet|office|agency)$/.test(w2))
    return mention(r, 'organization', { via: 'context', kind: 'media' });
}

/** Lower-case nouns that, right before or after a name, say it names a body. */
const GROUPS_AFTER =
  /^(?:groups|movements|networks|factions|outfits|organi[sz]ations|militias|cartels|gangs|federations|coalitions|alliances|parties)$/;

/** The end of the name that starts at word k (names of up to three words, "G-Pep" one), or -1. */
function shortNameEnd(words: Word[], k: number): number {
  let j = k;
  while (j < words.length && j - k < 5) {
    const t = words[j].text;
    if (nameWord(t) || (t === '-' && j > k && words[j].start === words[j - 1].end)) j++;
    else break;
  }
  return j > k ? j : -1;
}

/**
 * "the Zaro and Kelmo gangs", "the G9 and G-Pep federations": the plural group noun after two
 * names joined by "and" makes each of them a group's name.
 */
function byCoordinatedGroupNoun(r: Run): Mention | undefined {
  const { words, a, b, prev, next, title, hon } = r;
  if (title || hon || r.n > 3) return;
  if (next === 'and' && /^(?:the|['’]s|its|their)$/.test(prev)) {
    const e = shortNameEnd(words, b + 1);
    if (e > 0 && GROUPS_AFTER.test(words[e]?.text ?? ''))
      return mention(r, 'organization', { via: 'context' });
    return;
  }
  if (prev !== 'and' || !GROUPS_AFTER.test(next)) return;
  // back over the first name to its article
  let k = a - 2;
  while (k >= 0 && a - 2 - k < 5 && (nameWord(words[k].text) || words[k].text === '-')) k--;
  if (k < 0 || k === a - 2 || !/^(?:the|['’]s|its|their)$/i.test(words[k].text)) return;
  return mention(r, 'organization', { via: 'context' });
}

const GROUP_BESIDE =
  /^(?:group|movement|network|faction|outfit|organisation|organization|militia|cartel|gang|squad|unit|agency|company|firm|consultancy|party|coalition|alliance)$/;
/**
 * Where the body's noun stands before the comma at `comma` ("a security firm, X": the word before
 * it; "the maritime mission off the Horn of Africa, X": before a phrase of place of up to five words), or -1.
 */
function bodyNounBeforeComma(words: Word[], comma: number): number {
  const isNoun = (t: number) => FIRM_BESIDE.test(lw(words, t)) || BODY_BEFORE_ONLY.test(lw(words, t));
  if (comma >= 2 && isNoun(comma - 1)) return comma - 1;
  let k = comma - 1;
  while (k > 0 && comma - k <= 5 && /^(?:\p{Lu}[\p{L}-]*|the)$/u.test(words[k].text)) k--;
  if (k < 2 || k === comma - 1 || !/^(?:in|off|for|of|on)$/.test(lw(words, k))) return -1;
  return isNoun(k - 1) ? k - 1 : -1;
}

/** a business's or an agency's noun that a name set between commas after it names ("a security
 * firm, X,"); not a group's or a gang's, which a person set beside may follow ("a supplier to the
 * gang, X,") */
const FIRM_BESIDE = /^(?:company|firm|consultancy|agency)$/;
/** nouns for a body that name it only before its name: "the charity X", "the naval mission X" */
const BODY_BEFORE_ONLY = /^(?:charity|mission|broadcaster|newspaper|outlet|contractor|insurer)$/;
/** a word before which a noun phrase opens: a comma, a dash, a bracket, a colon */
const PHRASE_OPENS = /^(?:,|—|–|-|\(|:|;)$/;

/**
 * A body's noun beside a name says it names a body (ents8): "the anti-terrorism squad Densus
 * 88", "the energy group TotalEnergies", "the drug cartel Los Zetas" (the noun before, an
 * article or possessive opening its phrase, no comma); "the Wagner group", "the Zetas cartel"
 * (the noun after, without it). A number right after a name so typed is part of it ("Densus
 * 88", "Unit 8200"). Not a people's adjective or a place ("the Somali group", "the Kabul
 * unit"), nor a given name first ("the group Hassan founded").
 */
/** the nouns for a body that counts or watches violence, after its name */
const MONITOR_NOUN = /^(?:monitor|watchdog|observatory|tracker)$/;
/** what such a body watches, between its name and its noun ("conflict monitor", "rights watchdog") */
const MONITOR_MODIFIER = /^(?:conflict|rights|security|violence|war|media|data|research|crisis)$/;

/**
 * "the Cabo Ligado conflict monitor", "the Vestrana rights watchdog": a name of up to four
 * words between "the" and a monitor's noun (one modifier before it at most) names a body.
 */
function byMonitorNoun(r: Run): Mention | undefined {
  const { lex, title, hon, prev, next, next2 } = r;
  if (title || hon || prev !== 'the' || r.n > 4) return;
  if (!(MONITOR_NOUN.test(next) || (MONITOR_MODIFIER.test(next) && MONITOR_NOUN.test(next2)))) return;
  if (lex.place(r.surface) || lex.demonym(r.surface)) return;
  return mention(r, 'organization', { via: 'context' });
}

function byGroupNoun(r: Run): Mention | undefined {
  const { lex, words, a, b, title, hon, prev, next } = r;
  // "the Hafiz Gul Bahadur group", "the Mangal Bagh faction": a group called after its leader,
  // a person's name of two words or more, keeps its noun (the leader is a person of his own);
  // so does a guerrilla's unit called after a fallen fighter ("the Carlos Ruiz front", "the
  // Ramon Vega column", "the Abu Omar brigade")
  if (
    !title &&
    prev === 'the' &&
    /^(?:group|faction|network|front|column|bloc|brigade|brigades|battalion)$/.test(next) &&
    b - a >= 2 &&
    b - a <= 4 &&
    (hon ||
      lex.givenName(words[a].text) ||
      (/^(?:front|column)$/.test(next) && !lex.demonym(words[a].text))) &&
    !lex.place(r.surface) &&
    !lex.org(r.surface) &&
    !(words[b + 1] && words[b + 1].pos === P.NOUN)
  )
    return mention(r, 'organization', { via: 'context' }, a, b + 1);
  if (title || hon || lex.demonym(words[b - 1].text)) return;
  if (lex.place(r.surface) || lex.org(r.surface)) return;
  // "a British security firm, X, said", "the Danish shipping company, X,": the noun phrase of a
  // body set beside the name between commas, opened by an article
  // ("the bloc's maritime mission off Somalia, X, said": a place's phrase after the noun)
  const nounAt = prev === ',' && words[b]?.text === ',' ? bodyNounBeforeComma(words, a - 1) : -1;
  const beside = nounAt >= 1;
  if (
    (GROUP_BESIDE.test(prev) || BODY_BEFORE_ONLY.test(prev) || beside) &&
    a >= 1 &&
    // ("the group Hassan founded": a given name first names the founder; "the Dogon militia Dan
    // Na Ambassagou near …": a name of two words or more with no verb after it is the body's)
    (!lex.givenName(words[a].text) ||
      (!beside && b - a >= 2 && !(words[b] && (words[b].pos === P.VERB || words[b].pos === P.AUX))))
  ) {
    // the noun phrase before: "the (lower-case modifiers) noun"; a modifier may hold a
    // capital after its hyphen ("the banned neo-Nazi group", "the pro-Iranian militia")
    const noun = beside ? nounAt : a - 1;
    let k = noun - 1;
    while (
      k >= 0 &&
      k >= noun - 4 &&
      (/^\p{Ll}[\p{Ll}-]*(?:-\p{Lu}[\p{Ll}-]*)?$/u.test(words[k].text) ||
        lex.demonym(words[k].text) ||
        // ("the EU naval mission X", "the European naval mission X")
        /^(?:\p{Lu}{2,5}|European|African|Asian|Arab|Western)$/u.test(words[k].text) ||
        // (a common word capitalised as the sentence's first: "Private security firm X said")
        (k === 0 && /^\p{Lu}\p{Ll}+$/u.test(words[k].text) && lex.common(words[k].text.toLowerCase()))) &&
      !DET_OR_POSS.test(lw(words, k))
    )
      k--;
    // (or the phrase opens the sentence or a clause: "British security firm X said", "…, the
    // shipping company said, citing security firm X")
    const opens = !beside && (k < 0 || PHRASE_OPENS.test(words[k].text));
    if (!opens && (k < 0 || !DET_OR_POSS.test(lw(words, k)))) return;
    const num =
      b < words.length && /^\d{1,4}$/.test(words[b].text) && words[b].start === words[b - 1].end + 1;
    return mention(r, 'organization', { via: 'context' }, a, num ? b + 1 : b);
  }
  // ("the Minox company" keeps its noun: byNounAfterOrPreposition)
  // "the 400 Mawozo gang": a number opening the name after the article is part of it
  const numbered =
    a >= 2 &&
    /^\d{1,4}$/.test(prev) &&
    /^(?:the|['’]s|its|their)$/.test(lw(words, a - 2)) &&
    words[a - 1].end + 1 === words[a].start;
  if (
    GROUP_BESIDE.test(next) &&
    !BODY_NOUN.has(next) &&
    (/^(?:the|['’]s|its|their)$/.test(prev) || numbered) &&
    b - a <= 2
  ) {
    // "the Wagner group said", not "the Wagner group leader" (a noun after: a compound)
    const after = words[b + 1];
    // ...but "the Zulu coalition controls much of", "the Kata group runs the": a noun in "-s"
    // before a determiner or a quantifier is the verb of the clause (a tagger's slip)
    const verbLike =
      after &&
      /^\p{Ll}+s$/u.test(after.text) &&
      /^(?:the|a|an|its|their|his|her|this|these|those|much|many|most|more|all|some|several|large|parts?)$/.test(
        words[b + 2]?.text ?? '',
      );
    if (
      after &&
      after.pos === P.NOUN &&
      !verbLike &&
      !/^(?:and|or|of|in|on|at|to|for|with|from)$/i.test(after.text)
    )
      return;
    // "the Haqqani network": the gazetteer's name, its noun in lower case, keeps its key
    const known = lex.org(r.text.slice(words[a].start, words[b].end));
    if (known)
      return mention(
        r,
        'organization',
        { via: 'gazetteer', key: intern('org:', known.key), kind: known.kind },
        a,
        b + 1,
      );
    // "the Sadrist movement", "the Gulenist network": a follower's adjective in "-ist" names no
    // body alone, its noun is part of the name
    if (b - a === 1 && /^\p{Lu}\p{Ll}{2,}ist$/u.test(words[a].text) && !numbered)
      return mention(r, 'organization', { via: 'context' }, a, b + 1);
    return mention(r, 'organization', { via: 'context' }, numbered ? a - 1 : a, b);
  }
}
const DET_OR_POSS = /^(?:the|a|an|its|their|his|her|['’]s)$/;

/**
 * "Los Zetas", "Los Chapitos", "Las Brisas": a name opened by a Spanish plural article names a
 * gang or a group (or a place the gazetteer knows, matched before), never one person.
 */
function byPluralArticle(r: Run): Mention | undefined {
  const { words, a, n, title, hon } = r;
  if (title || hon || n < 2) return;
  // "La Mayiza", "La Linea": the singular article too, when no given name follows it
  if (words[a].text === 'La' && !r.lex.givenName(words[a + 1].text))
    return mention(r, 'organization', { via: 'rule' });
  if (!/^L[ao]s$/.test(words[a].text)) return;
  return mention(r, 'organization', { via: 'rule' });
}

/** A place noun after the run, or a place preposition before it. */
function byNounAfterOrPreposition(r: Run): Mention | undefined {
  const { lex, words, a, b, title, hon, prev } = r;
  const after = b < words.length ? words[b].text : '';
  // "medics at Nasser hospital", "the Azadi teaching hospital": a hospital is called after
  // a person or a word, and the name with its noun is the body, whoever it honours
  if (
    !title &&
    !hon &&
    (after === 'hospital' || (HOSPITAL_KIND.test(after) && words[b + 1]?.text === 'hospital'))
  )
    return mention(r, 'organization', { via: 'context' }, a, after === 'hospital' ? b + 1 : b + 2);
  if (!title && !hon && !lex.givenName(words[a].text)) {
    // "the Kebara cave", "the Najd plateau": the noun is part of the place's name
    if (NATURAL_PLACE.has(after)) return mention(r, 'place', { via: 'context', kind: 'region' }, a, b + 1);
    // "the Minox company", "the Bezirksparkasse bank": a company, its noun with it
    if (BODY_NOUN.has(after)) return mention(r, 'organization', { via: 'context' }, a, b + 1);
    // "the Danab special forces", "its Badri brigade": a unit's name before a force's noun
    // (not a town's police or a people's army: "the Kabul police", "the Somali forces")
    let f = b;
    while (f < words.length && f < b + 2 && FORCE_MODIFIER.test(words[f].text)) f++;
    const force = words[f]?.text ?? '';
    if (
      FORCE_NOUN.test(force) &&
      /^(?:the|['’]s|its|their)$/.test(prev) &&
      !lex.demonym(words[b - 1].text) &&
      !lex.place(r.surface)
    )
      return mention(r, 'organization', { via: 'context' });
    // "the group's al-Nabaa television", "the Kavala newspaper": an outlet, its noun apart
    // (not "a recent Soviet magazine": a people's adjective)
    if (
      MEDIA_NOUN.has(after) &&
      /^(?:the|['’]s|its|their|his|her)$/.test(prev) &&
      !lex.demonym(words[b - 1].text) &&
      // "its English-language magazine": a compound adjective names no outlet
      !/[-‐]\p{Ll}/u.test(r.surface)
    )
      return mention(r, 'organization', { via: 'context', kind: 'media' });
    // "at Zawrah, near the border", "at Kellat, on the river": a place set by where it is
    if (prev === 'at' && r.next === ',' && /^(?:on|near|in|outside|along|by)$/.test(r.next2))
      return mention(r, 'place', { via: 'context' });
    // "the Tandoma checkpoint", "the Kessara market", "the Wekama attack": an unknown word of
    // a name (no English word: "the Brigades number") that modifies a common noun after "the"
    // is the ground the thing lies on or happened
    // on; people give their names to a few nouns only ("the X administration", "the X
    // family", "the X case"), and an acronym is a group's ("the ADF attack")
    if (
      prev === 'the' &&
      r.n === 1 &&
      !lex.common(words[a].text) &&
      !commonPlural(lex, words[a].text) &&
      b < words.length &&
      words[b].pos === P.NOUN &&
      /^\p{Ll}+$/u.test(after) &&
      !PERSON_NAMED_NOUN.test(after) &&
      !/^\p{Lu}+$/u.test(r.surface) &&
      bareName(r)
    )
      return mention(r, 'place', { via: 'context' });
  }
  // "the Nur Shams refugee camp", "the Kalma displacement camp": a camp by the people it holds
  if (
    !title &&
    !hon &&
    (prev === 'the' || PLACE_PREP.has(prev) || prev === 'of') &&
    CAMP_OF.test(r.next) &&
    /^camps?$/.test(r.next2) &&
    !lex.place(r.surface)
  )
    return mention(r, 'place', { via: 'context' });
  // "the Kohsar hills", "Swat valley": a place noun in lower case after the name ("North"
  // is a given name too, but "North Kivu province" names no one)
  if (
    !title &&
    !hon &&
    b < words.length &&
    (PLACE_TAIL.has(words[b].text) ||
      (PLURAL_DESCRIPTOR.test(words[b].text) && (prev === 'and' || prev === 'or' || prev === ','))) &&
    (!lex.givenName(words[a].text) ||
      (COMPASS_WORD.test(words[a].text) && b - a >= 2) ||
      // "residents of Nur Shams camp", "in Hassan Kheyl village": a name of two words or more
      // between a place preposition (or "of") and a camp's or a settlement's noun, with no "the"
      // ("in the Imran Khan camp" is a faction), even when it is made of given names
      (b - a >= 2 && SETTLEMENT_AFTER.test(words[b].text) && (PLACE_PREP.has(prev) || prev === 'of')) ||
      // "the Cal Miskaad mountains", "along the Grace river": no person takes "the"
      (prev === 'the' && !DESCRIPTOR.has(words[b].text)))
  ) {
    // "Gedo region", "North Kivu province", "the Waterside area": the descriptor says what the
    // name is and is no part of it; "the Kohsar hills", "Swat valley" keep their noun
    if (DESCRIPTOR.has(words[b].text)) return mention(r, 'place', { via: 'context' });
    // "Zamfara and Sokoto states", "Diyala and Kirkuk provinces": the plural says what both
    // names are and is part of neither
    if (PLURAL_DESCRIPTOR.test(words[b].text) && (prev === 'and' || prev === 'or' || prev === ','))
      return mention(r, 'place', { via: 'context' });
    return mention(r, 'place', { via: 'context', kind: 'region' }, a, b + 1);
  }
  // "the Sidama and Gedeo zones", "Nduga, Puncak and Mimika regencies": the plural names the
  // first names of the list too
  if (!title && !hon && pluralDivisionAfter(words, b)) return mention(r, 'place', { via: 'context' });
  // "from Tarkhel Bala", "in Sheen Ghar": an unknown name after a place preposition is a place
  // (not one that owns the noun after it: "resulted in Kaleem's death", "in Farouk's car")
  if (
    PLACE_PREP.has(prev) &&
    !(/^['’]s$/.test(r.next) && PERSON_OWNED.test(r.next2) && !lex.place(r.surface)) &&
    !lex.givenName(words[a].text) &&
    !title &&
    !hon &&
    words.slice(a, b).every((w) => w.pos === P.PROPN || PARTICLES.has(w.text.toLowerCase()))
  )
    return mention(r, 'place', { via: 'context' });
  // "villages such as X", "the road between X and …": a name that opens a list of places
  if (a > 0 && placeListOpener(words, a - 1) && bareName(r)) return mention(r, 'place', { via: 'context' });
  // "in southern Rakhine", "most of northern Kachin": a bearing in lower case before an
  // unknown name makes it a place (no person is northern or western)
  if (a > 0 && BEARING.test(words[a - 1].text) && bareName(r)) return mention(r, 'place', { via: 'context' });
  // "along the lower Shabelle", "the upper Nile": a river's or a valley's course after "the"
  // (no English word: "the lower House")
  if (
    a > 1 &&
    /^(?:upper|lower)$/.test(words[a - 1].text) &&
    lw(words, a - 2) === 'the' &&
    !lex.common(words[b - 1].text) &&
    bareName(r)
  )
    return mention(r, 'place', { via: 'context' });
  // "the rebels overran Kyauktaw", "troops retook X", "seized control of X": ground that a
  // verb of taking or losing territory governs is a place (people are captured, held or
  // killed, never overrun or retaken), and so is what gunmen storm, shell or raid and what
  // people flee; no given name, title or honorific
  if (
    (TAKE_GROUND.test(prev) ||
      (STRIKE_GROUND.test(prev) && !/^['’]s$/.test(r.next)) ||
      (prev === 'of' && a >= 2 && GROUND_NOUN_OF.test(lw(words, a - 2)))) &&
    bareName(r)
  )
    return mention(r, 'place', { via: 'context' });
  // "fighters attacked Tanvi on Sunday", "the Sahel Province attacked Dorko": what armed men or
  // a group's branch attack, named by one word or two that are no English words and name no
  // one the text named before, is ground (a person attacked is named in full or by a surname
  // already met)
  if (
    /^attack(?:ed|ing)$/.test(prev) &&
    r.n <= 2 &&
    !/^['’]s$/.test(r.next) &&
    bareName(r) &&
    !words.slice(a, b).some((w) => lex.common(w.text) || r.ctx.surnames.has(w.text)) &&
    armedDoerBefore(words, a - 1)
  )
    return mention(r, 'place', { via: 'context' });
}

/** armed men or a group's branch among the eight words before the verb at `v` ("fighters", "gunmen", "… Province") */
const ARMED_DOER =
  /^(?:fighters|militants|gunmen|insurgents|jihadists|rebels|extremists|attackers|assailants|bandits|terrorists|militiamen)$/;
function armedDoerBefore(words: Word[], v: number): boolean {
  for (let k = v - 1; k >= Math.max(0, v - 8); k--) {
    if (/^[.;:]$/.test(words[k].text)) return false;
    if (ARMED_DOER.test(words[k].text.toLowerCase()) || words[k].text === 'Province') return true;
  }
  return false;
}

/**
 * "a blast near Mir Ali", "the fighting outside Hassan Abdal": after the noun of an act of war
 * and a place preposition, a name is the act's ground even when it opens with a given name or
 * an honorific (Mir, Sheikh: towns carry them) — not one that owns the noun after it ("the
 * blast near Ali's house") nor one with a title ("near President X").
 */
function byActOfWarGround(r: Run): Mention | undefined {
  const { lex, words, a, b, prev } = r;
  if (
    PLACE_PREP.has(prev) &&
    a >= 2 &&
    ACT_OF_WAR.test(lw(words, a - 2)) &&
    !/^['’]s$/.test(r.next) &&
    !r.title &&
    !lex.org(r.surface) &&
    words.slice(a, b).every((w) => w.pos === P.PROPN || PARTICLES.has(w.text.toLowerCase()))
  )
    return mention(r, 'place', { via: 'context' });
  return undefined;
}

/**
 * Nouns a person's name modifies ("the Biden administration", "the Assad regime", "the
 * Khan family", "the Mueller report"), or a building named after one ("the Nasser
 * mosque"), or that a word other than a place modifies ("the Sunday attack").
 */
const PERSON_NAMED_NOUN =
  /^(?:administration|government|cabinet|regime|presidency|premiership|era|years|doctrine|dynasty|family|families|clan|household|brothers|sisters|sons|daughters|case|cases|trial|verdict|report|inquiry|probe|investigation|affair|scandal|campaign|camp|faction|wing|loyalists|supporters|followers|camp|murder|killing|assassination|death|funeral|memorial|foundation|trust|estate|mosque|church|school|college|university|academy|madrassa|madrasa|seminary|library|museum|stadium|prize|award|plan|deal|accord|agreement|rule|law|act|bill|amendment|principle|model|method|style|brand|story|interview|video|tape|tapes|letter|letters|papers|files|memo|speech|statement|message|account|handle|page|channel|show|film|book|song|name|surname|team|group|network|organisation|organization|movement|party|company|firm|group)$/;

/** nouns of an act of war whose place a preposition gives: "a blast near X", "clashes in X" */
const ACT_OF_WAR =
  /^(?:blasts?|explosions?|bombings?|attacks?|ambush(?:es)?|clash(?:es)?|fighting|raids?|air-?strikes?|shelling|battles?|offensives?|gunfights?|firefights?|skirmish(?:es)?)$/;

/** a bearing written in lower case: "northern", "south-western", "central" */
const BEARING = /^(?:(?:north|south)(?:[-‐]?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central)$/;
/** A name with no given name, title or honorific, no known group's, of proper nouns (and name particles) only. */
function bareName(r: Run): boolean {
  const { lex, words, a, b } = r;
  return (
    !lex.givenName(words[a].text) &&
    !r.title &&
    !r.hon &&
    !lex.org(r.surface) &&
    words.slice(a, b).every((w) => w.pos === P.PROPN || PARTICLES.has(w.text.toLowerCase()))
  );
}

/** verbs whose object is ground: a town, a base, a district ("overran", "recaptured") */
const TAKE_GROUND =
  /^(?:overr[au]n|overrunning|overruns|recaptur(?:e|ed|es|ing)|ret(?:ook|ake|aken|akes|aking)|besieg(?:e|ed|es|ing)|encircl(?:e|ed|es|ing)|liberat(?:e|ed|es|ing))$/;
/** "control of X", "the fall of X", "the siege of X": nouns whose "of" names ground */
const GROUND_NOUN_OF = /^(?:control|fall|siege|recapture|encirclement)$/;
/** verbs of striking or leaving ground: "gunmen stormed X", "jets shelled X", "families fled X" (not "raided X's home") */
const STRIKE_GROUND =
  /^(?:storm(?:ed|s|ing)?|shell(?:ed|s|ing)?|bombard(?:ed|s|ing)?|raid(?:ed|s|ing)?|invad(?:e|ed|es|ing)|fle(?:d|e|es|eing))$/;

/** Two words or more that open with a given name, or are all name elements. */
function byGivenNames(r: Run): Mention | undefined {
  const { lex, words, a, b, n, prev, title, hon } = r;
  // "the Dan Na Ambassagou militia", "the Dan Gora attacked": a name of two words or more after
  // "the" is no person's (no one's name takes the article) when a group's noun or a verb follows,
  // even when it opens with a given name
  if (n >= 2 && prev === 'the' && !title && !hon && lex.givenName(words[a].text) && b < words.length) {
    if (GROUP_BESIDE.test(words[b].text) || FORCE_NOUN.test(words[b].text))
      return mention(r, 'organization', { via: 'context' });
    if (theNameBeforeVerb(r)) return mention(r, 'unknown', { via: 'context', guess: 'organization' });
  }
  if (n >= 2 && lex.givenName(words[a].text)) return placeAtOrNear(r) ?? person(r);
  if (
    n >= 2 &&
    words
      .slice(a, b)
      .every(
        (w) =>
          lex.givenName(w.text) ||
          /^(?:al|el|bin|ibn|abu|abd|abdul|ul|ud)$/i.test(w.text) ||
          /(?:i|ullah|uddin|zai|khel)$/i.test(w.text),
      )
  )
    return person(r);
}

/** a word before "at" that aims at a person: "fired at X", "looked at X", "angry at X" */
const AIMED_AT =
  /^(?:look|aim|shoot|shot|fir|point|glanc|star|laugh|smil|yell|shout|scream|swung|swing|lunged?|threw|throw|hurl|jab|swip|direct|snap|lash|wav|nod|grin|jeer|sneer|gaz|peer|angry|mad|upset|furious|surprised|annoyed|directed)/;

/**
 * "spent the night at Kala Shah Kaku", "a cadet at West Point", "stopped near Dera Ali": a name
 * of two to four words that a given name opens, right after "at", "near" or "outside", is a
 * place when nothing marks a person: no title, no possessive, no speech verb or apposition after
 * it, no verb of aiming before "at" ("fired at X"), and its last word is no given name (a
 * person's full name mostly ends in one a given-name list holds, or a surname: "Kaku", "Point"
 * are neither a given name nor the name's only capitalised word).
 */
function placeAtOrNear(r: Run): Mention | undefined {
  const { lex, words, a, b, n, prev, next, next2, title, hon } = r;
  if (n > 4 || title || hon || !/^(?:at|near|outside)$/.test(prev)) return;
  if (lex.givenName(words[b - 1].text) || !/^\p{Lu}\p{Ll}{2,}$/u.test(words[b - 1].text)) return;
  if (/^['’]s?$/.test(next) || SAY.test(next)) return;
  // ("at X, the man who …", "near X, 45,": an apposition or an age after the name is a person's)
  if (next === ',' && /^(?:the|a|an|who|\d.*)$/.test(next2)) return;
  if (prev === 'at' && a >= 2 && (AIMED_AT.test(lw(words, a - 2)) || !/\p{L}/u.test(words[a - 2].text)))
    return;
  return mention(r, 'place', { via: 'context' });
}

/**
 * "an operation known as Ngoma", "a mission called Atalanta": the name of an armed
 * operation or mission, which acts as a body of its own (it has commanders, spokesmen).
 */
function byOperationName(r: Run): Mention | undefined {
  const { words, a, title, hon } = r;
  if (title || hon || a < 3) return;
  // ("a faction called the X", "the army, known as the X")
  const c = lw(words, a - 1) === 'the' ? a - 2 : a - 1;
  if (c < 2) return;
  const k = lw(words, c) === 'as' ? c - 1 : c;
  if (!/^(?:known|called|named|dubbed|codenamed|code-named)$/.test(lw(words, k))) return;
  const h = words[k - 1]?.text === ',' ? k - 2 : k - 1;
  if (h < 0) return;
  // "the commander of the local militia, known as X": the noun named is the person the phrase
  // heads, not the body after its "of"
  for (let j = h - 1; j >= Math.max(1, h - 4); j--)
    if (lw(words, j) === 'of') {
      if (ROLES.has(lw(words, j - 1))) return;
      break;
    }
  // "the clan militias known as Macawisley", "a faction called Jund al-Haqq": a group too, and
  // so is "the military, known as the Tatmadaw"
  if (
    !/^(?:operation|mission|offensive|campaign|force|task)$/.test(lw(words, h)) &&
    !GROUP_NOUN.test(lw(words, h)) &&
    !/^(?:military|army|forces|party|coalition|alliance|organi[sz]ation|outfit|wing|brigade|unit)$/.test(
      lw(words, h),
    )
  )
    return;
  return mention(r, 'organization', { via: 'context' });
}

/**
 * "…,” Mujahid said", "Grace told reporters": one capitalised word that is also an English word
 * but a given name too, inside its sentence and after no article or possessive, before a speech
 * verb is someone named so ("the Mujahid said" is not).
 */
function givenNameSpeaking({ lex, words, a, prev, sentenceInitial }: Run): boolean {
  return (
    !sentenceInitial &&
    /^\p{Lu}\p{Ll}+$/u.test(words[a].text) &&
    lex.givenName(words[a].text) &&
    !/^(?:the|a|an|this|that|his|her|its|their|our|my)$/.test(prev)
  );
}

/** Speech verbs around: "Khan said", "says Muhammad Tanvir". */
function bySpeech(r: Run): Mention | undefined {
  const { lex, words, a, b, n, prev, next } = r;
  if (
    (SAY.test(next) && !(n === 1 && lex.common(words[a].text) && !givenNameSpeaking(r))) ||
    ((SAY.test(prev) || prev === 'says') &&
      (next === ',' || next === '.' || next === '' || next === 'a' || next === 'the'))
  ) {
    // one word: a group named so before ("Eirigi, a party, … Eirigi said") keeps it;
    // "Eyewitnesses said", "Villagers told …" opening a sentence: a plural of an English noun
    // guesses no one (it still joins a person named so before: "Banks said" after "Ann Banks")
    // ("the Tatmadaw said": no one's name takes the article, a body's does)
    if (n === 1)
      return mention(r, 'unknown', {
        via: 'context',
        guess:
          r.sentenceInitial && commonPlural(lex, words[a].text)
            ? undefined
            : prev === 'the'
              ? 'organization'
              : 'person',
      });
    // "Doctors Without Borders said", "Counter Terrorism Policing North East said": three
    // words or more, most of them English words and the first no given name, name a body
    // (a given name that is no English word, anywhere, keeps the person, and so does a last
    // word that is neither an English word nor a place: "District Police Officer Nazir Khan")
    const named = words.slice(a, b).some((w) => lex.givenName(w.text) && !lex.common(w.text));
    const last = words[b - 1].text;
    const bodyEnd = lex.common(last) || !!lex.place(last);
    if (n >= 3 && !r.title && !r.hon && !lex.givenName(words[a].text) && !named && bodyEnd) {
      const common = words.slice(a, b).filter((w) => lex.common(w.text)).length;
      if (common * 2 > n) return mention(r, 'organization', { via: 'context' });
    }
    return mention(r, 'person', { via: 'context' });
  }
}

/** Prepositions of place after which a lone name is where the noun before it is. */
const AT_PLACE = /^(?:in|at|near|outside|inside|across|throughout)$/;

/**
 * "the envoy at Kessarin, who promised aid": one word after a preposition of place, no given
 * name (or, after "in", a town that is one too: "the commander in Preston, who"): the "who" (or
 * the age) after it is the noun's before the preposition.
 */
function whoOfNounBefore({ lex, words, a, n, prev }: Run): boolean {
  if (n !== 1 || !AT_PLACE.test(prev)) return false;
  return !lex.givenName(words[a].text) || (prev === 'in' && !!lex.place(words[a].text));
}

/**
 * Apposition: "Ibad Khan, a 27-year-old student"; "Rayat al-Sharq, a militant group";
 * "Landi Sarwar, a town in …" — the noun after the article says what the name is.
 */
function byApposition(r: Run): Mention | undefined {
  const { lex, words, a, b, n, next, next2 } = r;
  // "Mason, who headed …", "Tucker, 15, …": a relative "who" or an age after a name
  if (next === ',' && (next2 === 'who' || (/^\d{1,2}$/.test(next2) && words[b + 2]?.text === ',')))
    return whoOfNounBefore(r)
      ? mention(r, 'unknown', { via: 'context' })
      : mention(r, 'person', { via: 'context' });
  if (next === ',' && /^(?:a|an|the)$/.test(next2) && (n >= 2 || !lex.givenName(words[a].text))) {
    const head = appositionHead(words, b + 2);
    if (head && APPOSITION_ORG.has(head)) return mention(r, 'organization', { via: 'context' });
    if (head && APPOSITION_PLACE.has(head)) return mention(r, 'place', { via: 'context' });
    // one word before "a …" that names neither a group nor a place: a person only by its shape
    if (n >= 2) return mention(r, 'person', { via: 'context' });
  }
}

/** "two commanders, Bakura Doro and …": two proper nouns or more in a list of people's names. */
function byPersonList(r: Run): Mention | undefined {
  const { words, a, b, n } = r;
  if (n < 2 || !words.slice(a, b).every((w) => w.pos === P.PROPN || PARTICLES.has(w.text.toLowerCase())))
    return;
  if (inPersonList(words, a)) return person(r);
}

function byDateline(r: Run): Mention | undefined {
  const { words, a, b, prev, next } = r;
  // The outlet of a dateline: "MOSCOW, March 5 (Interfax) —"
  if (prev === '(' && next === ')' && a <= 12 && /^(?:[—–_-]|--)$/.test(words[b + 1]?.text ?? ''))
    return mention(r, 'organization', { via: 'context' });
  // A dateline: "SHEEN GHAR:" or "PESHAWAR —" opening a paragraph
  if (
    a === 0 &&
    words.slice(a, b).every((w) => isAllCaps(w.text) || PARTICLES.has(w.text.toLowerCase())) &&
    /^[:—–-]$|^,$/.test(words[b]?.text ?? '')
  )
    return mention(r, 'place', { via: 'context' });
}

const CARDINAL = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|dozens|several)$/;

const POSSESSIVE_DET = new Set(['whose', 'its', 'their', 'his', 'her', 'our', 'my', 'your']);

/** Nothing around the run typed it: a type, or a guess, by its shape alone. */
function byShape(r: Run): Mention | null {
  const { ctx, lex, words, a, b, n, sentenceInitial, firstL, prev, next } = r;
  if (n >= 2) {
    // "the Raia Mutomboki attacked": no one's name takes the article, so a name of two words
    // or more after "the", before a verb, is a body's
    if (prev === 'the' && theNameBeforeVerb(r))
      return mention(r, 'unknown', { via: 'rule', guess: 'organization' });
    const allProper = words
      .slice(a, b)
      .every((w) => w.pos === P.PROPN || PARTICLES.has(w.text.toLowerCase()));
    const anyCommon = words.slice(a, b).some((w) => ctx.lowerSeen.has(w.text.toLowerCase()));
    // "the Old Bailey", "the Golden Temple": a run that nothing typed, opened by an English
    // adjective or noun after "the", names a building or an institution, not a person (whose
    // name takes no article): guessed a body, not dropped, when its words are all names the
    // text never writes in lower case, since such a run is as often a group or a coalition
    if (prev === 'the' && lex.common(words[a].text) && !lex.givenName(words[a].text))
      return allProper && !anyCommon ? mention(r, 'unknown', { via: 'rule', guess: 'organization' }) : null;
    // 'the so-called "Caliphate Cubs"': a label in quotes that no given name opens is no one's name
    if (
      OPEN_QUOTE.test(words[a - 1]?.text ?? '') &&
      CLOSE_QUOTE.test(words[b]?.text ?? '') &&
      !lex.givenName(words[a].text)
    )
      return null;
    if (allProper && !anyCommon) return mention(r, 'unknown', { via: 'rule' });
    // "Kachalla Dan Sadiya" beside "a kachalla": a first word the text writes in lower case is a
    // title or a descriptor before the name, which is the rest of the run
    if (
      allProper &&
      !r.title &&
      ctx.lowerSeen.has(firstL) &&
      !words.slice(a + 1, b).some((w) => ctx.lowerSeen.has(w.text.toLowerCase()) || lex.common(w.text))
    )
      return typeRun(ctx, words, a + 1, b, -1, r.si);
    return null;
  }
  if (LOCATIVE.has(prev) && !lex.givenName(words[a].text)) return mention(r, 'unknown', { via: 'rule' });
  // "two Kalashnikovs", "three Toyotas": a capitalised plural after a number is a count of
  // things (a brand or a make), no one's name
  if (CARDINAL.test(prev) && /\p{Ll}s$/u.test(words[a].text)) return null;
  // A lone proper noun mid-sentence, not an English word and not beside another name,
  // is most often a person named by surname ("Walesa said", "met Gorbachev").
  const w = words[a];
  const nextPos = b < words.length ? words[b].pos : P.PUNCT;
  const initialOk = !ctx.lowerSeen.has(firstL) && (nextPos === P.VERB || nextPos === P.AUX || next === ',');
  const guess =
    (!sentenceInitial || initialOk) &&
    w.pos === P.PROPN &&
    /^\p{Lu}\p{Ll}{2,}$/u.test(w.text) &&
    !lex.common(w.text) &&
    !(a > 0 && nameWord(words[a - 1].text)) &&
    !(b < words.length && nameWord(words[b].text)) &&
    // "the Murjia", "along the Tigris": no one's name takes the article ("the Kennedy
    // slaying" is a name before a noun)
    (prev !== 'the' || nextPos === P.NOUN) &&
    // "whose Zenkor pipeline", "its Malvan project": after a possessive, before a noun, a modifier
    // ("a Presbyterian manse", "a Salafi preacher": after "a", the word is an adjective too)
    !((POSSESSIVE_DET.has(prev) || prev === 'a' || prev === 'an') && nextPos === P.NOUN)
      ? ('person' as const)
      : undefined;
  return mention(r, 'unknown', { via: 'rule', guess });
}

/** The news agencies' abbreviations of the United States' states, which only a town before them makes sure of. */
const STATE_ABBR: Record<string, string> = {
  'Ala.': 'Alabama',
  'Ariz.': 'Arizona',
  'Ark.': 'Arkansas',
  'Calif.': 'California',
  'Colo.': 'Colorado',
  'Conn.': 'Connecticut',
  'Del.': 'Delaware',
  'Fla.': 'Florida',
  'Ga.': 'Georgia',
  'Ill.': 'Illinois',
  'Ind.': 'Indiana',
  'Kan.': 'Kansas',
  'Ky.': 'Kentucky',
  'La.': 'Louisiana',
  'Md.': 'Maryland',
  'Mass.': 'Massachusetts',
  'Mich.': 'Michigan',
  'Minn.': 'Minnesota',
  'Miss.': 'Mississippi',
  'Mo.': 'Missouri',
  'Mont.': 'Montana',
  'Neb.': 'Nebraska',
  'Nev.': 'Nevada',
  'Okla.': 'Oklahoma',
  'Ore.': 'Oregon',
  'Pa.': 'Pennsylvania',
  'Tenn.': 'Tennessee',
  'Tex.': 'Texas',
  'Vt.': 'Vermont',
  'Va.': 'Virginia',
  // (the state, not the capital the gazetteer reads the bare name as)
  'Wash.': 'Washington State',
  'Wis.': 'Wisconsin',
  'Wyo.': 'Wyoming',
  // "Washington, DC": the capital's district, written without stops
  DC: 'District of Columbia',
};

/**
 * "Towson, Md.", "Concord, Mass.": a state's abbreviation right after a town's name and a
 * comma is the state, a place of its own (as "N.Y." and "Calif." are by the gazetteer).
 */
function stateAfterTown(ctx: MentionContext, out: Mention[], from: number): void {
  const text = ctx.seg.text;
  for (let k = from + 1; k < out.length; k++) {
    const m = out[k];
    const town = out[k - 1];
    if (m.type !== 'unknown' || town.type !== 'place' || text.slice(town.end, m.start) !== ', ') continue;
    const abbr = text.slice(m.start, m.end + 1);
    const state = STATE_ABBR[m.text] ?? (text[m.end] === '.' ? STATE_ABBR[abbr] : undefined);
    if (!state) continue;
    const p = ctx.lex.place(state);
    if (!p) continue;
    m.type = 'place';
    m.guess = undefined;
    m.via = 'context';
    m.key = intern('place:', p.key);
    m.kind = p.kind;
    m.country = p.country;
  }
}

/**
 * "Akron, Ohio", "Peshawar, Pakistan": the town's name as written with its region is
 * one more way the text names the town (kept as an alias).
 */
function townWithRegion(text: string, out: Mention[], from: number, lex: Lexicon): void {
  // a town followed by a postal abbreviation of its state: "Biloxi, Miss.", "Greenville, S.C."
  for (let k = from; k < out.length; k++) {
    const a = out[k];
    if (a.type !== 'place' || a.kind === 'country' || a.full) continue;
    const abbr = /^, ((?:\p{Lu}\.){2}|\p{Lu}\p{Ll}{1,4}\.)(?=[\s,;)]|$)/u.exec(text.slice(a.end, a.end + 12));
    const next = out[k + 1];
    // (a state's abbreviation, not a title: "in North Kivu, Lt. Col. X")
    if (abbr && /\p{Ll}/u.test(abbr[1]) && !STATE_ABBR[abbr[1]]) continue;
    if (abbr && !(next && next.start === a.end + 2 && next.type === 'place'))
      a.full = text.slice(a.start, a.end + abbr[0].length);
  }
  for (let k = from; k + 1 < out.length; k++) {
    const a = out[k];
    const b = out[k + 1];
    // "Kwargaba, Zamfara state", "Mbiame, Bui division": a lone name that nothing typed, set
    // before a division the text names with its noun, is a place in it
    if (
      a.type === 'unknown' &&
      !a.title &&
      !/\s/.test(a.text) &&
      !lex.givenName(a.text) &&
      b.type === 'place' &&
      b.kind === 'region' &&
      text.slice(a.end, b.start) === ', ' &&
      // (the noun closing the phrase: "Borno state governor" is a post)
      DIVISION_CLOSING.test(text.slice(b.end, b.end + 24))
    ) {
      a.type = 'place';
      a.guess = undefined;
      a.via = 'context';
    }
    if (
      a.type !== 'place' ||
      b.type !== 'place' ||
      a.kind === 'country' ||
      (b.kind !== 'region' && b.kind !== 'country')
    )
      continue;
    if (text.slice(a.end, b.start) !== ', ') continue;
    const after = text.slice(b.end, b.end + 6);
    if (/^,? (?:and|or) |^, \p{Lu}/u.test(after)) continue;
    a.full = text.slice(a.start, b.end);
  }
}

const NAME_JOIN = /^(?:of|for|in|and|on|the|de|du|des|la|le|el|al)$/i;

/**
 * "Ministry of National Defence (MSB)", "Firat News Agency (ANF)": an acronym of a name in
 * another language spells no initials of the English one. The name before the bracket —
 * capitalised words and the connectors inside names — is an organisation's when one of its
 * words is an organisation's head or tail word, or when it is one mention already typed as
 * an organisation; its first word, or -1.
 */
function bracketedName(ctx: MentionContext, words: Word[], k: number, out: Mention[], from: number): number {
  const acr = words[k].text;
  const last = k - 2;
  if (last < 0 || !nameWord(words[last].text)) return -1;
  const accPlace = ctx.lex.place(acr);
  // "(US)", "(UK)": a country's letters; a state's postal letters ("FLA") may be a group's too
  if (accPlace && !ctx.lex.org(acr) && (accPlace.kind === 'country' || acr.length <= 2)) return -1;
  /**
   * word a is inside a place's name that runs to the bracket ("… Republic of the Congo"), or a
   * body's name found whole ("National Police of the Gambia")
   */
  const inPlace = (a: number) =>
    out.some(
      (m, i) =>
        i >= from &&
        (m.type === 'place' || m.type === 'organization') &&
        m.start < words[a].start &&
        m.end === words[last].end,
    );
  let a = last;
  while (a - 1 >= 0 && last - (a - 1) < 12) {
    const t = words[a - 1].text;
    if (nameWord(t) && !/^(?:the|a|an)$/i.test(t)) a--;
    // ("Turkey's Ministry of Defence (X)": a place's possessive is no part of the name)
    else if (a - 2 >= 0 && possessiveInName(words, a - 1) && !ctx.lex.place(words[a - 2].text)) a--;
    else if (
      NAME_JOIN.test(t) &&
      a - 2 >= 0 &&
      nameWord(words[a - 2].text) &&
      !/^the$/i.test(words[a - 2].text)
    )
      a--;
    // "Armed Forces of the Central African Republic (FACA)"
    // ("Members of the Free Homeland Brigades (X)": only a body's word takes "of the")
    else if (
      /^the$/i.test(t) &&
      a - 3 >= 0 &&
      /^of$/i.test(words[a - 2].text) &&
      nameWord(words[a - 3].text) &&
      (ORG_TAIL.has(words[a - 3].text.toLowerCase()) || inPlace(a))
    )
      a -= 2;
    else break;
  }
  while (
    a < last &&
    (NAME_JOIN.test(words[a].text) ||
      (NOT_NAME.has(words[a].text.toLowerCase()) && !monthGivenName(ctx, words, a)))
  )
    a++;
  // a sentence's first word, if a common word, is no part of the name
  const first = firstWordIndex(words);
  if (a === first && a < last && ctx.lowerSeen.has(words[a].text.toLowerCase())) a++;
  const start = words[a].start;
  const end = words[last].end;
  const inside = out.filter((m, i) => i >= from && m.start >= start && m.end <= end);
  const headed = words.slice(a, last + 1).some((w) => {
    const l = w.text.toLowerCase();
    return ORG_TAIL.has(l) || (ORG_HEAD.has(l) && !NAME_JOIN.test(l));
  });
  const oneOrg =
    inside.length === 1 &&
    inside[0].start === start &&
    inside[0].end === end &&
    inside[0].type === 'organization';
  if (!headed && !oneOrg) return -1;
  // the acronym of a different known group is no name for this one
  const accOrg = ctx.lex.org(acr);
  if (accOrg && inside.some((m) => m.key && m.key !== `org:${accOrg.key}`)) return -1;
  if (inside.some((m) => m.type === 'person')) return -1;
  return a;
}

/**
 * Word k is a count written against the capitals after it, which the tokenizer splits off:
 * "3R" of "Return, Reclamation and Rehabilitation (3R)", "2MK". Gives the count, or 0.
 */
function gluedCount(words: Word[], k: number): number {
  const w = words[k];
  const next = words[k + 1];
  if (!next || next.start !== w.end || !/^[2-4]$/.test(w.text) || !/^\p{Lu}{1,4}$/u.test(next.text)) return 0;
  return +w.text;
}

/** "3R" → "RRR": an acronym's count spelt out as the letters it stands for ("R" three times). */
function countedLetters(acr: string): string {
  const m = /^([2-4])(\p{Lu})(\p{Lu}*)$/u.exec(acr);
  return m ? m[2].repeat(+m[1]) + m[3] : acr;
}

/**
 * "Return, Reclamation and Rehabilitation (3R) … the 3R said": once the text defines an
 * acronym with a count, each of its uses (two tokens to the tokenizer) is one mention of it, in
 * place of whatever the capitals alone made.
 */
function countedAcronymUses(seg: Segmented, out: Mention[]): void {
  let defined: Map<string, Mention> | undefined;
  for (const m of out)
    if (m.via === 'acronym' && m.expands && /^[2-4]\p{Lu}/u.test(m.text))
      (defined ??= new Map()).set(m.text, m);
  if (!defined) return;
  for (let si = 0; si < seg.sentences.length; si++) {
    const words = sentenceWords(seg, si);
    for (let k = 0; k + 1 < words.length; k++) {
      if (!gluedCount(words, k)) continue;
      const def = defined.get(`${words[k].text}${words[k + 1].text}`);
      const start = words[k].start;
      const end = words[k + 1].end;
      if (!def || def.start === start) continue;
      let at = 0;
      while (at < out.length && (out[at].sentence < si || (out[at].sentence === si && out[at].end <= start)))
        at++;
      let n = 0;
      while (at + n < out.length && out[at + n].sentence === si && out[at + n].start < end) n++;
      const use = mk(words, k, k + 2, def.type, si, seg.text, { via: 'rule', key: def.key, kind: def.kind });
      out.splice(at, n, use);
    }
  }
}

/**
 * An expansion and a gazetteer body's names that share a word of their own (not a body's noun
 * like "Army" or "Agency", nor a connector): "Islamic State of Iraq and the Levant" and
 * "Islamic State" are one body; "Arakan Army" and "Anadolu Agency" are two. An expansion of
 * a body's nouns alone says nothing against the gazetteer's body.
 */
function sameBody(expansion: string, known: OrgHit): boolean {
  const own = (s: string) =>
    foldName(s)
      .split(/[\s-]+/)
      .filter((w) => w.length > 2 && !ORG_TAIL.has(w) && !OF_LIKE.has(w));
  const mine = own(expansion);
  if (!mine.length) return true;
  const theirs = new Set([known.name, ...(known.aliases ?? [])].flatMap(own));
  return mine.some((w) => theirs.has(w));
}

/** Last words of a body's name an acronym often leaves out ("… Event Data Project (ACLED)"). */
const ACRONYM_SILENT_TAIL = /^(?:Project|Programme|Program|Group|Initiative|Network|Organi[sz]ation)$/;

/** "Full Name (ACR)": the acronym names the run before it; both become one entity. */
function acronymDefinitions(
  ctx: MentionContext,
  words: Word[],
  si: number,
  out: Mention[],
  from: number,
  _span: (a: number, b: number) => string,
): void {
  const text = ctx.seg.text;
  for (let k = 1; k + 2 < words.length + 1; k++) {
    if (words[k - 1].text !== '(') continue;
    // "(AK Party)", "(AK Party)": letters and a body's word in the bracket
    const close =
      words[k + 1]?.text === ')'
        ? k + 1
        : words[k + 2]?.text === ')' &&
            isAllCaps(words[k].text) &&
            isCapWord(words[k + 1].text) &&
            ORG_TAIL.has(lw(words, k + 1))
          ? k + 2
          : gluedCount(words, k) && words[k + 2]?.text === ')'
            ? k + 2
            : -1;
    if (close < 0) continue;
    const acr =
      close === k + 2 && gluedCount(words, k)
        ? `${words[k].text}${words[k + 1].text}`
        : words[k].text.replace(/^["“]|["”]$/g, '');
    // "Central Command (Centcom)": a word made of the openings of the name's words
    if (close === k + 1 && /^\p{Lu}\p{Ll}{3,9}$/u.test(acr)) {
      syllabicDefinition(words, k, si, out, from);
      continue;
    }
    const spelt = countedLetters(acr);
    if (!/^[\p{Lu}][\p{L}&-]{1,9}$/u.test(spelt) || !/\p{Lu}.*\p{Lu}/u.test(spelt)) continue;
    // the longest run of words before "(" whose initials spell the acronym
    let best = -1;
    for (let a = k - 2; a >= Math.max(0, k - 10); a--) {
      // "The Tehreek-e-Taliban Pakistan (TTP)": an article never starts the expansion
      if (!nameWord(words[a].text) || /^(?:the|a|an)$/i.test(words[a].text)) continue;
      if (matchesAcronym(spelt, text.slice(words[a].start, words[k - 2].end))) best = a;
      // "Armed Conflict Location and Event Data Project (ACLED)": the acronym may leave out a
      // last word that only says what kind of body it is
      else if (
        a < k - 2 &&
        ACRONYM_SILENT_TAIL.test(words[k - 2].text) &&
        matchesAcronym(spelt, text.slice(words[a].start, words[k - 3].end))
      )
        best = a;
    }
    if (best < 0) best = ownedAcronym(ctx, words, k, acr, si, out, from);
    if (best < 0) best = bracketedName(ctx, words, k, out, from);
    if (best < 0) continue;
    // "a Foreign Terrorist Organization (FTO)", "a Specially Designated Global Terrorist
    // (SDGT)": English words after "a" name a category (namesNothing), and so does its acronym
    if (
      best >= 1 &&
      /^(?:a|an)$/i.test(words[best - 1].text) &&
      !ctx.lex.org(text.slice(words[best].start, words[k - 2].end)) &&
      words.slice(best, k - 1).every((w) => ctx.lex.common(w.text.replace(/[^\p{L}]/gu, '')))
    ) {
      for (let m = out.length - 1; m >= from; m--)
        if (out[m].sentence === si && out[m].start >= words[best].start && out[m].end <= words[close - 1].end)
          out.splice(m, 1);
      continue;
    }
    const eStart = words[best].start;
    const eEnd = words[k - 2].end;
    // replace mentions inside the expansion with one mention of the whole
    let type: MentionType = 'unknown';
    let key: string | undefined;
    let kind: string | undefined;
    let parts = 0;
    let placeAtEnd = false;
    for (let m = out.length - 1; m >= from; m--) {
      const x = out[m];
      if (x.sentence === si && x.start >= eStart && x.end <= eEnd) {
        parts++;
        if (x.end === eEnd && x.type === 'place') placeAtEnd = true;
        if (x.end - x.start === eEnd - eStart || type === 'unknown') {
          if (x.type !== 'unknown') type = x.type;
          key = key ?? x.key;
          kind = kind ?? x.kind;
        }
        out.splice(m, 1);
      }
    }
    // "Armed Forces of the Democratic Republic of the Congo": a name made of several
    // mentions is none of them — not the country's entity
    if (parts > 1 && words.slice(best, k - 1).some((w) => ORG_TAIL.has(w.text.toLowerCase()))) {
      type = 'organization';
      key = undefined;
      kind = undefined;
    }
    const expansion = text.slice(eStart, eEnd);
    if (/\b(?:Act|Law|Code|Order|Resolution|Convention|Treaty)$/.test(expansion)) continue;
    // "United Kingdom Maritime Trade Operations (UKMTO)": a place that opens a longer name whose
    // last words are no place's is not what the name names
    if (
      type === 'place' &&
      !placeAtEnd &&
      !PLACE_TAIL.has(words[k - 2].text.toLowerCase()) &&
      /^\p{Lu}/u.test(words[k - 2].text)
    ) {
      type = 'organization';
      key = undefined;
      kind = undefined;
    }
    // ("Arakan Army (AA)": the expansion the text gives wins over the gazetteer's body by those
    // letters, Anadolu Agency's "AA", unless the two share a word of their own)
    const knownOrg = ctx.lex.org(acr);
    const accOrg = knownOrg && (key !== undefined || sameBody(expansion, knownOrg)) ? knownOrg : undefined;
    const accPlace = ctx.lex.place(acr);
    if (type === 'unknown' || type === 'person') {
      if (accPlace && !accOrg) type = 'place';
      else if (/(?:Areas?|Province|Territor(?:y|ies)|Region|District|States)$/.test(expansion))
        type = 'place';
      else type = 'organization';
    }
    key =
      key ??
      (accOrg
        ? intern('org:', accOrg.key)
        : accPlace && type === 'place'
          ? intern('place:', accPlace.key)
          : undefined);
    const exp: Mention = {
      start: eStart,
      end: eEnd,
      text: expansion,
      type,
      sentence: si,
      via: 'acronym',
      key,
      kind,
      wFirst: best,
      wLast: k - 1,
    };
    // keep order by position
    let at = out.length;
    while (at > from && out[at - 1].start > eStart) at--;
    out.splice(at, 0, exp);
    const accIdx = out.findIndex((x, idx) => idx >= from && x.start === words[k].start && x.sentence === si);
    const accMention: Mention = {
      start: words[k].start,
      end: words[close - 1].end,
      text: sameText(text.slice(words[k].start, words[close - 1].end)),
      type,
      sentence: si,
      via: 'acronym',
      key,
      kind,
      expands: { start: eStart, end: eEnd },
      wFirst: k,
      wLast: close,
    };
    if (accIdx >= 0) out[accIdx] = accMention;
    else {
      let pos = out.length;
      while (pos > from && out[pos - 1].start > accMention.start) pos--;
      out.splice(pos, 0, accMention);
    }
  }
}

/**
 * "US Central Command (Centcom)", "the Africa Command (Africom)": a capitalised word in
 * brackets spelt from the openings of the words of the name before it is that name's short
 * form. The name must already be a mention of a group or place (no name is made here), and the
 * short form takes its type and key.
 */
function syllabicDefinition(words: Word[], k: number, si: number, out: Mention[], from: number): void {
  const acr = words[k].text;
  const end = words[k - 2]?.end;
  if (end === undefined) return;
  let host: Mention | undefined;
  for (let m = out.length - 1; m >= from; m--) {
    const x = out[m];
    if (x.sentence === si && x.end === end && (x.type === 'organization' || x.type === 'place')) {
      host = x;
      break;
    }
  }
  if (!host) return;
  // the openings may start at any word of the name ("US Central Command": "Cent", "com")
  const hw = host.text.split(/\s+/);
  const ok = hw.some((_, i) => matchesSyllabic(acr, hw.slice(i).join(' ')));
  if (!ok) return;
  const accMention: Mention = {
    start: words[k].start,
    end: words[k].end,
    text: sameText(acr),
    type: host.type,
    sentence: si,
    via: 'acronym',
    key: host.key,
    kind: host.kind,
    country: host.country,
    expands: { start: host.start, end: host.end },
    wFirst: k,
    wLast: k + 1,
  };
  const at = out.findIndex((x, idx) => idx >= from && x.start === words[k].start && x.sentence === si);
  if (at >= 0) out[at] = accMention;
  else {
    let pos = out.length;
    while (pos > from && out[pos - 1].start > accMention.start) pos--;
    out.splice(pos, 0, accMention);
  }
}

/**
 * "its West Africa Province (ISWAP)", "the group's Sahel branch (AQSB)": an acronym that adds
 * its owner's letters (up to three) before the initials of a group's name named just before
 * the bracket. The name must already be an organisation's mention; returns its first word, or -1.
 */
function ownedAcronym(
  ctx: MentionContext,
  words: Word[],
  k: number,
  acr: string,
  si: number,
  out: Mention[],
  from: number,
): number {
  const text = ctx.seg.text;
  const end = words[k - 2]?.end;
  if (end === undefined || !/^\p{Lu}+$/u.test(acr)) return -1;
  for (let m = out.length - 1; m >= from; m--) {
    const x = out[m];
    if (x.sentence !== si || x.end !== end || x.type !== 'organization' || !x.text.includes(' ')) continue;
    for (let p = 1; p <= 3 && acr.length - p >= 2; p++)
      if (matchesAcronym(acr.slice(p), x.text)) {
        const a = words.findIndex((w) => w.start === x.start);
        // the owner is named by a possessive before the name ("its", "the group's")
        const owned = a > 0 && /^(?:its|their|['’]s)$/i.test(words[a - 1].text);
        return owned && text.slice(words[a].start, end) === x.text ? a : -1;
      }
    return -1;
  }
  return -1;
}
