import { DIVISIONS } from '../knowledge/divisions.js';

// What the mention finder needs to know about words, independent of where the
// knowledge comes from (gazetteers in src/knowledge, or a test's small table).

export interface OrgHit {
  /** stable gazetteer key: two surfaces with one key are one organisation */
  key: string;
  name: string;
  kind: string;
  /** its other names in the gazetteer (aliases), when the lexicon has them */
  aliases?: readonly string[];
}

export interface PlaceHit {
  key: string;
  name: string;
  kind: 'country' | 'region' | 'city';
  country: string | null;
  /** a city name that is also a common word, given name or surname */
  ambiguous: boolean;
}

export interface Lexicon {
  org(surface: string): OrgHit | undefined;
  place(surface: string): PlaceHit | undefined;
  /** "Pakistani" → PK; nationality and ethnonym adjectives */
  demonym(word: string): { country: string | null } | undefined;
  givenName(word: string): boolean;
  /** a lower-case English word that is not a proper noun ("general", "statement") */
  common(word: string): boolean;
  /** a country's capital, which news names for its government ("Dushanbe denies") */
  capital?(surface: string): boolean;
}

// The name-finding word tables live in knowledge/titles.ts with their origin.
export { NAME_HONORIFICS, PERSON_TITLES } from '../knowledge/titles.js';

/** Words that make a capitalised run an organisation when they end it. */
export const ORG_TAIL = new Set(
  `group groups front army party movement network organization organisation organizations ministry department agency hotel
agencies council committee shura taliban brigade brigades battalion corps force forces police court university college
institute seminary madrassa madrasa madrassah school academy bank times post news journal tribune herald gazette telegraph
guardian chronicle observer monitor review press association union federation commission service services bureau office
administration authority centre center foundation society league alliance coalition club company corporation corp corp.
inc inc. ltd ltd. co co. llc plc airlines airways railways church mosque masjid assembly parliament senate congress cabinet
government navy air-force guard guards mujahideen mujahidin jamaat jamat jamiat lashkar jaish sipah tehrik tehreek harkat
harakat hizb ansar jund junood jabhat tanzeem majlis ittehad ittehad-ul tahreek institute institution board trust fund
cell cells wing faction division command regiment rangers constabulary directorate secretariat ministry-of embassy consulate
mission hospital clinic laboratory labs systems technologies industries holdings group international exchange market
magazine daily weekly radio television tv channel network broadcasting studio studios publications publishing records
team fc jihad caliphate emirate emirates state-department ballet orchestra opera theatre theater museum symphony
tracker observatory watchdog initiative project endowment
philharmonic choir laboratories laboratory sa ag gmbh fze fzco dmcc sarl llp jsc pjsc limited motors communications petroleum chemicals pharmaceuticals
observatory watch forum tribunal gendarmerie marechaussee unit units squad squads squadron squadrons detachment platoon marines cartel cartels community
militia militias volunteers vigilantes brotherhood legion commandos garrison patrol headquarters customs`.split(
    /\s+/,
  ),
);

/**
 * Words that make a capitalised run an organisation when they begin it. The last line is
 * Filipino (Tagalog) nouns of bodies, bare and in the linked form that opens a name: committee
 * ("Komiteng Rehiyon"), movement ("Kilusang …"), alliance, association, army ("Hukbong …").
 */
export const ORG_HEAD = new Set(
  `lashkar lashkar-e lashkar-i jaish jaish-e jaish-i tehrik tehreek tahrik tahreek harkat harakat harakat-ul hizb hizbul hizbut
hizb-ut hizb-ul jamaat jamaat-ul jamaatul jamatul jamiat jamiat-e jamia ansar ansarul ansar-ul jund jundallah junood jabhat kataib kataeb katibat katiba saraya liwa liwaa usbat asbat ashab
firqat jaysh jemaah jamaatu quwat fawj tajamu tajammu alwiya ahrar hurras junud
sipah sipah-e tanzeem majlis ittehad ittehad-e ittihad anjuman idara markaz darul dar-ul ahle ahl daesh al-qaeda al-qaida
ministry department university bank bureau office council commission committee court federation union league association
institute centre center agency house board government people's islamic-state observatory radio
frente frentes estado audiencia tribunal corte juzgado fiscalia fiscalía policia policía guardia gendarmerie cour fuerzas ejército ejercito movimiento movimento partido coordinadora autodefensas comando comandos brigada brigadas
organización organizacion mouvement parti groupe armée armee rassemblement coordination conseil
observatorio observatoire instituto institut centro universidad universidade université universite fundación fundacion fundação fundacao
departamento département departement ministère ministere ministerio ministério forças forcas comité comite consejo
dirección direccion direção direcao agencia servicio
komite komiteng kilusan kilusang alyansa alyansang samahan samahang hukbong`.split(/\s+/),
);

/** Words that make a capitalised run a place when they end it. */
export const PLACE_TAIL = new Set([
  ...`province district agency city town township village region valley county state states territory territories area areas border
mountains mountain hills river lake island islands peninsula sea ocean gulf bay desert camp tehsil division governorate
oblast prefecture municipality neighbourhood neighborhood colony road street square airport port park forest
beach reservation sound bridge dam base pass canal strait gorge plateau delta`.split(/\s+/),
  ...DIVISIONS,
]);

/**
 * Words that make a capitalised run a place when they begin it: a military base or camp, a
 * mountain, a lake, a cape ("Camp Bastion", "Fort Hood", "Mount Sinjar", "Lake Chad"), and the
 * Arabic heads of place names: a monastery, a village, a house, a valley, a mountain ("Deir
 * Hafer", "Kafr Nabl", "Beit Hanoun", "Wadi Hadramawt", "Jebel Marra").
 */
export const PLACE_HEAD = new Set(
  `camp fort mount mt mt. lake cape port deir dayr kafr beit wadi jebel jabal`.split(/\s+/),
);

/**
 * Capitalised words that make a name a street, road or bridge when they end it ("Multan
 * Road", "Kabul Street", "Jinnah Avenue"). A town's name before one names the street
 * after the town; the street is not in it, so it takes none of the town's coordinates.
 */
export const STREET_TAIL = new Set(
  `road street avenue boulevard highway motorway expressway freeway bypass bridge flyover chowk square`.split(
    /\s+/,
  ),
);

/** Capitalised words that are never names on their own. */
export const NOT_NAME = new Set(
  `i i'm i've i'd we you he she it they them their there this that these those the a an and but or nor so yet for of in on at
to from by with as if when while after before because since until unless although though however meanwhile moreover
furthermore also then thus hence now today yesterday tomorrow tonight here where what who whom whose which why how all any
some many most more much few several each every both either neither no not none nothing something someone anyone everyone
his her its our your my mine ours yours one two three four five six seven eight nine ten first second third last next other
another such same only just even still again already ever never always often sometimes perhaps maybe yes according despite
during under over above below between among through across against without within along around about into onto upon
mr mrs ms dr sir madam monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december jan feb mar apr jun jul aug sep sept oct nov dec god allah quran koran islam
muslims christian christians jewish jews hindu hindus sikh sikhs sunni sunnis shia shiite shiites jihad
jihadist jihadists jihadis militant militants ceo cfo vice chairman chairwoman spokesman spokeswoman spokesperson
western eastern northern southern central north south east west republican republicans democrat democrats
islamist islamists turks kurds arabs eid ramadan ramazan ashura muharram nowruz christmas easter diwali passover hanukkah`.split(
    /\s+/,
  ),
);
