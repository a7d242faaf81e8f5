// A killing done in a security operation (events21): "the Frontier Corps killed four militants in
// an operation near X", "troops shot dead two gunmen during a clearance operation". The operation
// is how the killing was done, an attack of its own by the killing's doers on its dead, as with
// "killed … in a raid" (made after the sentences are read, from `doneIn` in events.ts). A
// killing with no doer named makes no attack of it (killingsWithoutDoers, event-means.ts).

// the killing's verb, then its object and place (no stop, no new clause), then the operation
const KILLED_IN_OPERATION =
  /\b(?:killed|shot\s+dead|gunned\s+down|neutrali[sz]ed)\s+(?:(?![.;]|\b(?:and|but|while|after|before|when|as)\b)[^.;]){0,80}?\b(?:in|during)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?operation\b/i;

// (events26) a killing done in a fight, told as one fight ("killed two militants in an encounter
// in X", "were killed in a gunfight with G near Y", "in a clash", "a firefight", "a shootout", "an
// exchange of fire"): the fight is the attack the killing's doers made, as the golds count it.
// Only "a/an": "in the gunfight" tells again a fight told before, "in clashes" fights in general.
// ("were killed and a third wounded in an encounter": the wounded told between)
const KILLED_IN_FIGHT =
  /\b(?:killed|shot\s+dead|gunned\s+down|neutrali[sz]ed)\s+(?:(?![.;]|\b(?:and|but|while|after|before|when|as)\b)[^.;]|\band\s+(?:[\w-]+\s+){1,6}?(?:injured|wounded|hurt)\s+){0,80}?\b(?:in|during)\s+an?\s+(?:[\w-]+\s+)?(encounter|gunfight|gun\s+battle|firefight|shootout|clash|exchange\s+of\s+fire)\b/i;

/** The operation (or fight) noun when the sentence tells a killing done in one, else ''. */
export function killedInOperation(sText: string): string {
  if (KILLED_IN_OPERATION.test(sText)) return 'operation';
  return KILLED_IN_FIGHT.exec(sText)?.[1] ?? '';
}
