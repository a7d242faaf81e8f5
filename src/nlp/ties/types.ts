import type { EntityType, RelationType } from '../../types.js';

// Tie patterns over the dependency parse, kept as data: one file per tie type. A pattern
// names a trigger (a verb or a noun, by lemma) and says where, around the trigger, the
// tie's subject and object stand. `examples` are sentences that `patterns.test.ts` runs
// through the whole pipeline: each must yield the tie, read by this pattern.

/**
 * Where a mention stands relative to a verb, in the active voice; the reader maps the
 * passive itself ("Y is led by X" reads as "X leads Y").
 * - 'nsubj': the subject (through relative clauses, conjoined and controlled verbs)
 * - 'obj': the direct object
 * - 'obl:P': an oblique with the preposition P ('obl:from', 'obl:with|against')
 * - 'obj[n1,n2]>nmod:P': the object noun (one of the lemmas n1, n2), then its nmod with P
 *   ("pledged allegiance to Y": 'obj[allegiance]>nmod:to'); 'obj>nmod:P' for any object noun
 *   ("covered the White House for Y")
 * - 'obl[n1]>nmod:P': the same through an oblique or adverbial noun ("fought side by side with Y")
 * - 'nsubj[n1]>compound': the name before the doer noun ("was formed by G militants")
 * - a noun 'former member' in brackets is the lemma with that modifier ("former members of G")
 */
type VerbSlot = string;

export interface VerbPattern {
  kind: 'verb';
  id: string;
  type: RelationType;
  lemmas: string[];
  subject: VerbSlot[];
  object: VerbSlot[];
  a: EndType[];
  b: EndType[];
  negated?: boolean;
  /** "X and Y clashed": conjoined subjects tie to each other (symmetric types) */
  reciprocal?: boolean;
  /** lemmas read only as a verb, never as an adjective ("separated from G", not "separate from G") */
  verbOnly?: string[];
  /** the verb must have a particle of these ("make up", not "make") */
  particle?: string[];
  /** the subject must be named, not a noun for a group's people ("made up of fighters from G") */
  namedSubject?: boolean;
  /** the object must be named, not a noun standing for a group ("took over G", not "took over G's positions") */
  namedObject?: boolean;
  /** the verb's object must be one of these nouns ("join forces", not "join G") */
  objLemmas?: string[];
  /** the verb must have a "with" phrase naming one of these ("provides G with weapons") */
  withLemmas?: string[];
  /** the verb must say its doers act together: one of these adverbs on it, or adjectives on
   * its object ("jointly attacked", "launched a joint offensive") */
  jointly?: string[];
  examples: Example[];
}

/**
 * A noun that ties whoever it describes to an organisation: a role ("leader", "member"),
 * a part ("faction", "branch") or an act of war ("offensive", "strikes").
 * - holder 'role': the one the noun describes: apposition ("X, the leader of Y"), copula
 *   ("X is a member of Y"), title before a name ("Y chief X"), "as" ("X, as head of Y")
 * - holder 'among': the trigger is a plural noun for a group's people ("four G members",
 *   "fighters of G"); the names its phrase lists after "including" or "among them" hold it
 *   ("… G fighters, among them a commander known as X")
 * - holder 'self': the trigger is a name of type `a` itself ("X of the Y group", "X of Karachi");
 *   `lemmas` is then empty
 * - holder 'agent': whoever does what the noun names: "coalition strikes on Y", "the
 *   army's offensive against Y", "X launched an offensive against Y"
 */
export interface NounPattern {
  kind: 'noun';
  id: string;
  type: RelationType;
  lemmas: string[];
  holder: 'role' | 'agent' | 'self' | 'among';
  /**
   * prepositions of the nmod that names the object; 'poss' and 'compound' for "Y's X", "Y X";
   * 'appos' for the name set off by commas after the noun ("X, commander, Y Command");
   * 'head' for the word the trigger modifies ("his native Ohio": the holder owns that word);
   * 'clause' for whoever does what the verb a "with" phrase hangs on says ("X fought Y with
   * support from Z")
   */
  of: string[];
  a: EndType[];
  b: EndType[];
  /** the noun must have one of these modifiers ("breakaway faction") */
  mods?: string[];
  /** …and none of these */
  notMods?: string[];
  /**
   * true: the title names one of many ("a commander of Y", "a Y commander", "Y's leader in
   * P": an indefinite article, or a place the title is held in); false: not so
   */
  oneOfMany?: boolean;
  /** the holder is the tie's object, the noun's object its subject ("G, a proxy of Iran": Iran supports G) */
  inverse?: boolean;
  negated?: boolean;
  examples: Example[];
}

export type TiePattern = VerbPattern | NounPattern;

/** A sentence and the tie it states: [text, subject name, object name] (+ negated). */
/**
 * What may stand at an end of a tie: an entity type, or 'state', a place that is a country
 * acting as a state ("Russia backs G", "G fought Turkey"), never a town or a region
 */
export type EndType = EntityType | 'state';

type Example = [string, string, string] | [string, string, string, 'negated'];
