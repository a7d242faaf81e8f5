import type { EventType } from '../types.js';

// The words that make an event, as data: verbs by lemma (their inflections are generated),
// nouns by lemma (with plurals), and fixed phrases. General English news vocabulary; the
// parse-aware reader matches a token's lemma and UPOS against the same lists.

interface TriggerEntry {
  type: EventType;
  /** verb lemmas; irregular forms as "lemma:form|form" */
  verbs?: string[];
  /** noun lemmas (singular); the plural is generated */
  nouns?: string[];
  /** multi-word phrases matched as written (case-insensitive) */
  phrases?: string[];
  /** regex sources for phrases with a gap of a few words, tried before the rest; each opens
   * with a literal word (the word `triggerTypesIn` looks for) */
  patterns?: string[];
}

// a list of the sanctioned or banned, which a name is added to
const LIST_OF_THE_BANNED =
  '(?:(?:sanctions?|terror|terrorist|terrorism|proscribed|proscription|banned|blacklist|designated|designation|watch|consolidated|no-fly)\\s+list\\b|list\\s+of\\s+(?:[\\w-]+\\s+){0,2}?(?:terrorists?|terror|proscribed|banned|sanctioned|designated|outlawed)\\s+(?:[\\w-]+\\s+)?(?:organi[sz]ations|groups|entities|individuals|persons|people|outfits)\\b)';
// (rare33) "a list of designated terrorist groups", "its list of proscribed outfits": the list by what it holds

// what a closure that keeps people from travelling shuts (events24)
const CLOSABLE = '(?:border(?:\\s+crossings?|\\s+points?|\\s+posts?)?|borders|crossings?|airports?|airspace)';

const TRIGGER_LEXICON: TriggerEntry[] = [
  {
    type: 'arrest',
    verbs: ['arrest', 'detain', 'capture', 'apprehend', 'nab'],
    nouns: ['arrest'],
    phrases: [
      'taken into custody',
      'took into custody',
      'taking into custody',
      'rounded up',
      'picked up by',
      // "the suspects were picked up in raids", "he was picked up at a checkpoint": people taken
      'picked up in',
      'picked up at',
      'picked up from',
      'picked up during',
      // (events28) "X was picked up on Sunday", "police picked up A and B": taken by a force; a
      // bare "picked up" makes an arrest only of a person (events.ts: "picked up speed" is none)
      'picked up',
      'picking up',
      // "Among those held was X", "X was among those held": "held" alone also holds talks
      'among those held',
    ],
    // (events28) "Those held were A, B and C", "those detained include X": the people a list names
    // ("those held hostage", "those held responsible" name no arrest: the list must follow)
    patterns: [
      // (arrests33) "F took A and B into custody", "had taken him into custody": the verb of
      // taking, with its object between it and "into custody" (not "protective custody", which
      // shelters); the match is the verb alone, so the people after it stay the act's patients
      ...['take', 'takes', 'took', 'taken', 'taking'].map(
        (w) =>
          `${w}(?=\\s+(?:(?!into\\b)[^\\s.;:!?]+\\s+){1,8}?into\\s+(?:police\\s+|military\\s+|state\\s+)?custody\\b)`,
      ),
      // (arrests36) "X was caught by the F police", "caught near P by agents of F": taken by a body
      // whose noun of force or law follows "by" (not "caught by the blast", "by army fire"); arrests38:
      // a battalion, unit, bureau too ("caught by the F Battalion", "by a police unit")
      ...['caught'].map(
        (v) =>
          `${v}(?=\\s+(?:(?:at|near|in|on)\\s+(?:the\\s+)?[\\w-]+\\s+)?by\\s+(?:the\\s+|an?\\s+)?(?:[\\w'’-]+\\s+){0,4}?(?:police|army|troops|soldiers|agents|officers|operatives|agency|department|directorate|squad|rangers|gendarmerie|guards|forces|service|battalion|unit|bureau)\\b(?!\\s+(?:cameras?|radars?|drones?|satellites?|fire|shelling|crossfire|bullets?|gunfire)))`,
      ),
      // (arrests38) "X was handed over to F", "G handed X over to F", "turned over to F": a person
      // given into a body's keeping (event-ties.ts `receivingBody` makes F the one holding them);
      // not an object pronoun ("... and handed them over to F") nor a pronoun subject of a passive
      // ("he was / they had been ... over to F"): the same arrest told on (a pronoun's person is read
      // elsewhere)
      ...['handed', 'handing', 'turned'].map(
        (v) =>
          `${v}(?<!\\b(?:he|she|they|who)\\s+(?:was|were|is|are|(?:has|have|had)\\s+been)\\s+${v})(?=\\s+(?!(?:them|him|her)\\b)(?:(?!over\\b)[^\\s.;:!?]+\\s+){0,6}?over\\s+to\\s)`,
      ),
      // (arrests38) "the detention of X (by F)", "F's detention of X", "X's detention by F": a
      // taking of people; not a term ("pre-charge detention of up to 14 days") nor a place
      // ("detention centre", "in detention")
      ...['detention', 'detentions'].map(
        (w) =>
          `${w}(?=\\s+(?:by\\s|of\\s+(?!up\\s+to\\b|\\d|(?:[\\w-]+\\s+)?(?:hours?|days?|weeks?|months?|years?)\\b)))`,
      ),
      'those\\s+(?:held|arrested|detained|picked\\s+up|taken\\s+into\\s+custody)\\s+(?:on\\s+\\w+\\s+|in\\s+the\\s+raids?\\s+)?(?:were|are|included|include|have\\s+been\\s+named\\s+as|were\\s+named\\s+as|were\\s+identified\\s+as)',
    ],
  },
  {
    type: 'expulsion',
    verbs: ['expel', 'oust', 'sack'],
    nouns: ['expulsion', 'ouster'],
    phrases: ['kicked out'],
    // (rare33) "was dismissed (discharged) from the army": sent away from a body; an expulsion only
    // when an organisation follows "from" (event-expelled.ts drops "discharged from hospital")
    // "the council removed a commander, X, from his post": put out of an office
    patterns: [
      ...['dismissed', 'discharged'].map((v) => `${v}(?=\\s+from\\s)`),
      ...['removed', 'removes', 'removing', 'dismissed', 'dismisses', 'dismissing'].map(
        (v) =>
          `${v}(?=\\s+(?:[\\w'’.,-]+\\s+){1,8}?from\\s+(?:his|her|their)\\s+(?:posts?|positions?|command|office|jobs?|rank)\\b)`,
      ),
    ],
  },
  {
    type: 'allegiance',
    nouns: ['allegiance', "bay'ah", 'bayah', "bai'at", 'baiat'],
    phrases: ['pledged loyalty', 'swore loyalty', 'sworn loyalty', 'pledge of loyalty'],
  },
  {
    type: 'defection',
    verbs: ['defect', 'splinter'],
    nouns: ['defection'],
    phrases: [
      'broke away',
      'broken away',
      'breaking away',
      'parted ways',
      'switched sides',
      'split from',
      // "X laid down his arms": a fighter who gave up the fight (past only: "urged them to lay down
      // their arms" is an appeal)
      'laid down his arms',
      'laid down their arms',
      'laid down his weapons',
      'laid down their weapons',
      'laid down arms',
    ],
  },
  {
    type: 'meeting',
    verbs: ['meet:met|meets|meeting', 'convene'],
    nouns: ['meeting', 'summit'],
    phrases: ['talks with'],
  },
  {
    type: 'travel_restriction',
    phrases: [
      'no-fly list',
      'travel ban',
      'banned from travelling',
      'banned from traveling',
      'banned from travel',
      'passport seized',
      'passports seized',
      'passport confiscated',
      'passports confiscated',
      'passport cancelled',
      'passports cancelled',
      'passport revoked',
      'passports revoked',
      'stop them from leaving',
      'stop them from travelling',
      'stop them from traveling',
      'stop them from making it',
      // "X was barred from leaving the country", "barring them from travelling"
      'barred from travelling',
      'barred from traveling',
      'barred from leaving',
      'barring them from leaving',
      'barring him from leaving',
      'barring her from leaving',
      'banned from leaving',
      // (events24) lists and bans that keep people from travelling
      'exit control list',
      'visa ban',
      'visa bans',
      'entry ban',
      'entry bans',
    ],
    // (events24) a curfew or lockdown on a place keeps its people in ("imposed a curfew in X",
    // "announced a lockdown across Y")
    nouns: ['curfew', 'lockdown'],
    // (events24) a border, crossing or airport closed, travel to a place banned, passports taken
    patterns: [
      ...['closed', 'closes', 'closing', 'shut', 'shuts', 'shutting', 'sealed', 'seals', 'sealing'].map(
        (v) => `${v}\\s+(?:down\\s+|off\\s+)?(?:[\\w'’.-]+\\s+){0,4}?${CLOSABLE}\\b`,
      ),
      ...['border', 'borders', 'crossing', 'crossings', 'airport', 'airports', 'airspace'].map(
        (n) =>
          `${n}\\s+(?:[\\w'’.-]+\\s+){0,4}?(?:was|were|is|are|has\\s+been|have\\s+been|had\\s+been)\\s+(?:closed|shut|sealed)`,
      ),
      `travel\\s+to\\s+(?:[\\w'’.-]+\\s+){1,4}?(?:was|were|is|are|has\\s+been|had\\s+been)\\s+(?:banned|barred|suspended|prohibited|restricted)`,
      ...['banned', 'bans', 'banning', 'barred', 'suspended', 'prohibited', 'restricted'].map(
        (v) => `${v}\\s+(?:all\\s+)?(?:non-essential\\s+)?travel\\s+(?:to|into|from|out\\s+of)`,
      ),
      ...['seized', 'confiscated', 'revoked', 'cancelled', 'canceled', 'withdrew'].map(
        (v) => `${v}\\s+(?:the|their|his|her)\\s+passports?`,
      ),
    ],
  },
  {
    type: 'recruitment',
    verbs: ['recruit'],
    nouns: ['recruitment'],
    // (defect32) "a recruiter enlisted X and Y" (enlisting others, not "enlisted in the army", one's
    // own joining); "lured X to join G", "were lured to Somalia by a recruiter" (not "lured troops
    // into an ambush"): the verb alone is the trigger, its subject and object the parties
    patterns: [
      ...['enlist', 'enlists', 'enlisted', 'enlisting'].map(
        (v) =>
          `${v}(?=\\s+(?!in\\b|into\\b|with\\b|as\\b|at\\b|for\\b|on\\b|during\\b|after\\b|when\\b|and\\b)[\\w"“'’])`,
      ),
      ...['lure', 'lures', 'lured', 'luring'].map(
        (v) =>
          `${v}(?=\\s+(?:[\\w'’.,-]+\\s+){0,8}?(?:to\\s+join|into\\s+joining|by\\s+(?:an?\\s+|the\\s+)?(?:[\\w'’-]+\\s+){0,2}?recruiters?\\b))`,
      ),
    ],
  },
  {
    type: 'attack',
    verbs: [
      'attack',
      'bomb',
      'ambush',
      'assault',
      'storm',
      'strike:struck|strikes|striking',
      'explode',
      'detonate',
      'shell',
      'raid',
      'overrun:overran|overruns|overrunning',
      // "troops clashed with X": armed sides in a fight, the one it is "with" the patient
      'clash',
    ],
    nouns: [
      'attack',
      'bombing',
      'blast',
      'explosion',
      'ambush',
      'assault',
      'suicide bomber',
      'suicide attacker',
      // (events23) "a suicide car bomber rammed a checkpoint": the bomber of a vehicle
      'suicide car bomber',
      'car bomber',
      'shelling',
      'bomb',
      'car bomb',
      'roadside bomb',
      'shooting',
      'massacre',
      'raid',
      'airstrike',
      'air strike',
      'drone strike',
      'missile strike',
      'rocket strike',
      'artillery strike',
      'clash',
    ],
    phrases: [
      'opened fire on',
      'open fire on',
      'opening fire on',
      'explosive device',
      'explosive devices',
      'planted a device',
      'planted the device',
      'planted devices',
      'planted explosives',
      'went off',
      'goes off',
      'blew up',
      'blown up',
      'blew himself up',
      'blew herself up',
      'blew themselves up',
      'opened fire at',
      'open fire at',
      'fired rockets at',
      'fired missiles at',
      'fired rockets into',
      // "G exchanged fire with troops": a fight told by one side and its other side (events9)
      'exchanged fire with',
      'exchange fire with',
      'exchanging fire with',
      'exchanges fire with',
      'fired at',
      'fired on',
      'fired into',
      'under fire from',
      // "fighting between X and Y", "heavy fighting broke out between …": a fight told by its sides
      'fighting between',
      // the noun of a campaign or a strike only with its target: "an offensive against X",
      // "strikes on X camps" ("offensive remarks", "a general strike" are none)
      'offensive against',
      'offensives against',
      'counteroffensive against',
      'counter-offensive against',
      'strike on',
      'strikes on',
      'strike against',
      'strikes against',
      // "a drone hit a car near X", "rockets hit the base": a weapon that hit something ("hit"
      // alone is no act: "the economy was hit"; "a drone strike hit X" is the noun's act)
      'drone hit',
      'drones hit',
      'missile hit',
      'missiles hit',
      'rocket hit',
      'rockets hit',
      'shell hit',
      'shells hit',
      'mortar hit',
      'mortars hit',
    ],
    // "fired two anti-ship missiles at a tanker", "launched a barrage of rockets and drones
    // towards X": a volley of weapons sent at a target, counted or described ("fired rockets at"
    // above is the bare form; "fired the coach" is no act: the weapon noun is required)
    // (events23) "hurled a grenade at a bus stop", "lobbed two grenades into a police post"; and
    // the passive, weapon first: "two grenades were thrown at a bus stop"
    patterns: [
      firedAt('fired'),
      firedAt('launched'),
      ...['hurled', 'lobbed', 'threw', 'tossed'].map(firedAt),
      // (each opens with a plain word: `triggerTypesIn` reads the first word of every pattern)
      'grenade\\s+was\\s+(?:thrown|hurled|lobbed|tossed)\\s+(?:at|into|on)',
      'grenades\\s+were\\s+(?:thrown|hurled|lobbed|tossed)\\s+(?:at|into|on)',
    ],
  },
  {
    type: 'killing',
    // (events23) a massacre is a killing (and an attack: the attack entry lists the noun too)
    verbs: [
      'kill',
      'assassinate',
      'execute',
      'behead',
      'murder',
      'slay:slain|slew|slays|slaying',
      'massacre',
    ],
    nouns: ['killing', 'assassination', 'execution', 'beheading', 'murder', 'massacre'],
    phrases: [
      'shot dead',
      'shooting dead',
      'shoot dead',
      'shoots dead',
      'gunned down',
      'gunning down',
      'gun down',
      'guns down',
      'shot and killed',
      'stabbed to death',
      'hacked to death',
      'beaten to death',
      // the execution sense of "hang" has its own past ("hanged"; "hung" is of pictures and talks)
      'hanged',
    ],
  },
  {
    type: 'designation',
    verbs: ['designate', 'proscribe', 'blacklist', 'ban', 'sanction', 'outlaw'],
    nouns: ['designation', 'sanction', 'proscription'],
    phrases: ['listed as', 'foreign terrorist organization', 'foreign terrorist organisation'],
    // "the Treasury added X and Y to its sanctions list", "X was added to the terrorism list"
    patterns: [
      ...['add', 'adds', 'added', 'adding'].map(
        (v) =>
          `${v}\\s+(?:[\\w'’.,-]+\\s+){0,10}?to\\s+(?:its|the|their|a|an|his|her|[\\w.]+['’]s?)\\s+(?:[\\w-]+\\s+){0,3}?${LIST_OF_THE_BANNED}`,
      ),
      // (rare33) "A listed both G and H as terrorist entities", "lists G as a banned group": the
      // verb with its object between it and "as" (the bare "listed as" is a phrase above)
      ...['list', 'lists', 'listed', 'listing'].map(
        (v) =>
          `${v}(?=\\s+(?:[\\w'’.,-]+\\s+){1,10}?as\\s+(?:an?\\s+)?(?:[\\w-]+\\s+){0,2}?(?:terrorists?|terror|proscribed|banned|outlawed)\\b)`,
      ),
    ],
  },
  {
    type: 'statement',
    nouns: [
      'message',
      'statement',
      'communique',
      'communiqué',
      'announcement',
      'press release',
      'video message',
      'audio message',
      'speech',
      'sermon',
      'post on telegram',
      'post on x',
      'post on facebook',
      'post on twitter',
      'post on social media',
      'telegram post',
      'online post',
      'social media post',
    ],
    // "wrote on Telegram that …", "posted on X": the platform makes the words a statement
    phrases: ['said', 'says', 'wrote', 'posted', 'announced'].flatMap((v) =>
      ['x', 'telegram', 'twitter', 'facebook', 'social media'].map((p) => `${v} on ${p}`),
    ),
  },
];

/**
 * Restrictions of movement read on the parse (rare31, `event-movement.ts`): the verbs that
 * restrict, by lemma, with what their object may be ('m' movement, travel, traffic or a
 * communication service; 'v' also vehicles; 'r' also roads and bridges, which an authority
 * closes); the nouns of what is kept from moving; the nouns of a restriction and the verbs
 * that impose one. General English of emergency and security measures.
 */
export const MOVEMENT_FRAMES = {
  verbs: new Map<string, string>([
    ['restrict', 'mv'],
    ['ban', 'mv'],
    ['prohibit', 'mv'],
    ['bar', 'mv'],
    ['limit', 'm'],
    ['curb', 'm'],
    ['halt', 'mv'],
    ['stop', 'm'],
    ['suspend', 'm'],
    ['cut', 'm'],
    ['shut', 'mr'],
    ['block', 'mr'],
    ['close', 'r'],
    ['seal', 'r'],
    // (rare32) "grounded flights to X"
    ['ground', 'm'],
  ]),
  moved: [
    'movement',
    'travel',
    'traffic',
    'transport',
    'transportation',
    'internet',
    'communication',
    'telecommunication',
    // (rare32) "suspended flights to X", "flights were halted"
    'flight',
  ],
  // "mobile internet service", "phone lines", "internet access": a service named by what it carries
  service: ['service', 'network', 'line', 'access', 'connection', 'signal'],
  serviceOf: ['internet', 'mobile', 'phone', 'telephone', 'cellular', 'data', 'broadband', 'telecom'],
  vehicles: ['motorcycle', 'motorbike', 'vehicle', 'lorry', 'truck', 'tricycle', 'boat'],
  routes: ['road', 'highway', 'motorway', 'route', 'bridge', 'interchange'],
  nouns: ['restriction', 'ban', 'curb', 'limit', 'shutdown', 'blackout', 'suspension'],
  imposing: ['impose', 'announce', 'order', 'declare', 'introduce', 'enforce', 'place', 'put', 'extend'],
};

const VOWEL = /[aeiou]/;

/** Regular inflections of a verb lemma: -s, -ed, -ing (doubling a final consonant after one short vowel). */
function verbForms(lemma: string): string[] {
  const [base, irregular] = lemma.split(':');
  if (irregular) return [base, ...irregular.split('|')];
  const forms = [base];
  if (/(?:s|x|z|ch|sh)$/.test(base)) forms.push(`${base}es`);
  else if (/[^aeiou]y$/.test(base)) forms.push(`${base.slice(0, -1)}ies`);
  else forms.push(`${base}s`);
  if (base.endsWith('e')) forms.push(`${base}d`, `${base.slice(0, -1)}ing`);
  else if (/[^aeiou]y$/.test(base)) forms.push(`${base.slice(0, -1)}ied`, `${base}ing`);
  else {
    // one syllable ending consonant-vowel-consonant (nab, ban) or a stressed final -el (expel)
    const doubles = (/^[^aeiou]*[aeiou][bdgklmnprt]$/.test(base) && VOWEL.test(base)) || /pel$/.test(base);
    const stem = doubles ? base + base.at(-1) : base;
    forms.push(`${stem}ed`, `${stem}ing`);
  }
  return forms;
}

function nounForms(lemma: string): string[] {
  if (/(?:s|x|z|ch|sh)$/.test(lemma)) return [lemma, `${lemma}es`];
  if (/[^aeiou]y$/.test(lemma)) return [lemma, `${lemma.slice(0, -1)}ies`];
  return [lemma, `${lemma}s`];
}

/** "VERB (up to five words) WEAPONS (up to six words) at/on/towards/into": a volley at a target. */
function firedAt(verb: string): string {
  return `${verb}\\s+(?:[\\w'’-]+\\s+){0,5}?(?:missiles?|rockets?|drones?|mortars?|mortar\\s+(?:rounds|shells|bombs)|shells|projectiles|grenades?)\\s+(?:[\\w'’-]+\\s+){0,6}?(?:at|on|towards?|into)`;
}

const quoteRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]?");

/** The words and phrases of an entry, inflected. */
function triggerForms(e: TriggerEntry): Set<string> {
  const forms = new Set<string>();
  for (const v of e.verbs ?? []) for (const f of verbForms(v)) forms.add(f);
  for (const n of e.nouns ?? []) for (const f of nounForms(n)) forms.add(f);
  for (const p of e.phrases ?? []) forms.add(p);
  return forms;
}

/** One regex per event type over the inflected forms, longest first. */
export function triggerPatterns(): [EventType, RegExp][] {
  return TRIGGER_LEXICON.map((e) => {
    const alts = [...triggerForms(e)].sort((a, b) => b.length - a.length).map(quoteRe);
    return [e.type, new RegExp(`\\b(?:${[...(e.patterns ?? []), ...alts].join('|')})\\b`, 'gi')];
  });
}

/**
 * The words a match of each type's regex (`triggerPatterns`, in its order) can open with. A
 * match opens at a word start (`\b`), and its first run of ASCII word characters (what `\w`
 * and `\b` see without the u flag) is the form's first run, lower-cased; an apostrophe in it
 * may be left out ("bayah" for "bay'ah"), so each run up to an apostrophe counts too. `words`
 * maps such a word to the bits of its types; `always` has the bits of the types with a form
 * that opens otherwise.
 */
function triggerFirstWords(): { words: Map<string, number>; always: number } {
  const words = new Map<string, number>();
  let always = 0;
  TRIGGER_LEXICON.forEach((e, i) => {
    const bit = 1 << i;
    for (const f of [...triggerForms(e), ...(e.patterns ?? [])]) {
      const lead = /^[A-Za-z0-9_]+(?:['’][A-Za-z0-9_]*)*/.exec(f)?.[0];
      if (!lead) {
        always |= bit;
        continue;
      }
      let run = '';
      for (const piece of lead.toLowerCase().split(/['’]/)) {
        run += piece;
        words.set(run, (words.get(run) ?? 0) | bit);
      }
    }
  });
  return { words, always };
}

let firstWords: { words: Map<string, number>; always: number } | null = null;

/**
 * The types (bit i for `triggerPatterns()[i]`) whose regex may match somewhere in the text:
 * those a word of the text can open a match of, and those that cannot be told so. A type
 * left out has no match in the text, so its scan can be skipped.
 */
export function triggerTypesIn(text: string): number {
  firstWords ??= triggerFirstWords();
  const { words } = firstWords;
  let mask = firstWords.always;
  for (let i = 0; i < text.length; ) {
    if (!asciiWord(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && asciiWord(text.charCodeAt(j))) j++;
    mask |= words.get(text.slice(i, j).toLowerCase()) ?? 0;
    i = j;
  }
  return mask;
}

/** [A-Za-z0-9_] */
function asciiWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** Lemma → event type, for the parse-aware reader (verbs and nouns kept apart). */
export function lemmaTable(): { verbs: Map<string, EventType>; nouns: Map<string, EventType> } {
  const verbs = new Map<string, EventType>();
  const nouns = new Map<string, EventType>();
  for (const e of TRIGGER_LEXICON) {
    for (const v of e.verbs ?? []) verbs.set(v.split(':')[0], e.type);
    for (const n of e.nouns ?? []) if (!n.includes(' ')) nouns.set(n, e.type);
  }
  return { verbs, nouns };
}
