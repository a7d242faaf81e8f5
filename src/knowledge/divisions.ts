// The nouns for a country's administrative divisions, kept in one place. Mention finding,
// entity joining, geocoding, events and ties all read "Gedo region", "Intan Jaya regency",
// "Tizi Ouzou wilaya", "Dibate woreda", "Sokoto and Kebbi states" the same way: the noun says
// what the name before it is. Lists of these nouns used to be restated stage by stage, each
// with its own subset; a stage now picks the group it needs from here.

/**
 * The divisions added to the lists that had only the older nouns: what a stage that keeps its
 * own narrower choice of the common ones ("state" is part of a name there) still reads as a
 * division's noun.
 */
export const NEWER_DIVISIONS: readonly string[] = [
  'oblast',
  'raion',
  'wilaya',
  'regency',
  'woreda',
  'kebele',
  'zone',
  'taluka',
  'canton',
];

/**
 * Divisions a noun after a name always means, worldwide: federal states, provinces, regions,
 * districts; Indonesia's regencies, Algeria's wilayas, Ethiopia's zones, woredas and kebeles,
 * Ukraine's and Russia's oblasts and raions, South Asia's tehsils and talukas, Swiss cantons.
 */
export const DIVISIONS: readonly string[] = [
  'state',
  'province',
  'region',
  'district',
  'county',
  'governorate',
  'prefecture',
  'municipality',
  'territory',
  'tehsil',
  'subdistrict',
  'sub-district',
  ...NEWER_DIVISIONS,
];

/** The plural of a division noun: "regencies", "wilayas", "sub-districts". */
function divisionPlural(noun: string): string {
  return /[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`;
}

/** A regular expression alternation of the nouns, for use inside a pattern. */
export function divisionAlternation(nouns: readonly string[], plural = false): string {
  return `(?:${nouns.map((n) => (plural ? divisionPlural(n) : n).replace(/-/g, '-?')).join('|')})`;
}

/**
 * Nigeria's and others' third-level division in its many spellings, after the name:
 * "Gwoza Local Government Area", "Tsafe local government council", "Bakura LGA", "Maru council
 * area". The whole phrase is the noun, as "district" is in "Kukawa district".
 */
export const LOCAL_AREA =
  /^(?:[Ll]ocal\s+[Gg]overnment(?:\s+(?:[Aa]rea|[Cc]ouncil))?|LGA|[Cc]ouncil\s+[Aa]rea)\b/;

/** Compass words in English, French, Spanish and Portuguese, each read as its English base word. */
const COMPASS_BASE: Record<string, string> = {
  north: 'north',
  northern: 'north',
  nord: 'north',
  norte: 'north',
  south: 'south',
  southern: 'south',
  sud: 'south',
  sur: 'south',
  sul: 'south',
  east: 'east',
  eastern: 'east',
  est: 'east',
  este: 'east',
  leste: 'east',
  west: 'west',
  western: 'west',
  ouest: 'west',
  oeste: 'west',
  central: 'central',
  centre: 'central',
  center: 'central',
  centrale: 'central',
  northeast: 'north east',
  northeastern: 'north east',
  northwest: 'north west',
  northwestern: 'north west',
  southeast: 'south east',
  southeastern: 'south east',
  southwest: 'south west',
  southwestern: 'south west',
  far: 'far',
  extreme: 'far',
  upper: 'upper',
  lower: 'lower',
  middle: 'middle',
};

/** a division's noun closing a compass division's name ("Eastern Province", "Upper East Region") */
const COMPASS_DIVISION_NOUN =
  /\s(?:region|province|state|district|governorate|department|division|zone|county|prefecture)$/;

/**
 * The English compass words a first-level division is named by, whatever the language and the
 * form ("Eastern Province", "East region", "Est", "Région de l'Est" → "east"; "Centre-Nord",
 * "Centre-North" → "central north"; "North Western", "Northwestern" → "north west"), or
 * undefined when a word of the name is no compass word. `folded`: a foldKey'd name; with
 * `noun`, the name must close with a division's noun ("Eastern Province", not "the East").
 */
export function compassDivisionBase(folded: string, noun = false): string | undefined {
  const bare = folded.replace(COMPASS_DIVISION_NOUN, '');
  if (noun && bare === folded) return undefined;
  const words = bare.split(/[\s-]+/).filter(Boolean);
  if (!words.length || words.length > 3) return undefined;
  const out: string[] = [];
  for (const w of words) {
    const b = COMPASS_BASE[w];
    if (!b) return undefined;
    out.push(b);
  }
  // (at least one word that says a direction: "Upper" or "Far" alone names nothing)
  if (!out.some((b) => /north|south|east|west|central/.test(b))) return undefined;
  return out.join(' ');
}
