// The words of armed people, one home for the fights readers (issue #10, fights31). Lemmas, as
// the parse's lemmatiser gives them. General knowledge of English: the nouns a report uses for a
// state's soldiers and police and for the men of an armed group.

/** a state's armed people and forces: "the soldiers", "troops", "the army", "security forces" */
export const STATE_FORCE_PEOPLE: ReadonlySet<string> = new Set([
  'soldier',
  'troop',
  'army',
  'military',
  'force',
  'commando',
  'marine',
  'paratrooper',
  'gendarme',
  'serviceman',
]);

/** a state's police: "the police", "police officers", "policemen" */
export const POLICE_PEOPLE: ReadonlySet<string> = new Set(['police', 'policeman', 'policemen', 'officer']);

/**
 * Nouns of an armed group's men and units: "fighters of G", "troops of the 4th Brigade", "G
 * militants" (also read by ties-members30.ts: a place of such people is no seat of the group).
 */
export const ARMED_PEOPLE: ReadonlySet<string> = new Set(
  'fighter militant troop soldier rebel insurgent gunman gunmen jihadist combatant guerrilla militiaman militiamen cadre unit cell detachment column contingent'.split(
    ' ',
  ),
);

/** the lemma of a plural the lemmatiser left as it is ("Troops" opening a sentence, "jihadists") */
export function armedLemma(lemma: string, set: ReadonlySet<string>): string {
  if (set.has(lemma)) return lemma;
  const l = lemma.toLowerCase().replace(/(?<=[^s])s$/, '');
  return set.has(l) ? l : lemma;
}
