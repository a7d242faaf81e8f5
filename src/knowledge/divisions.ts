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
