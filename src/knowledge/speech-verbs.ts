// Verbs of saying, by lemma: general knowledge of English reporting style (the
// verbs news writing attributes speech with), not drawn from any one article.
// nlp/speech.ts maps written forms to these lemmas; quotes and the parse-based
// readers use the whole list, mention finding the plain reporting verbs.

/** Verbs that report what someone said or wrote, by lemma. */
export const SPEECH_LEMMAS: readonly string[] = [
  'say',
  'tell',
  'add',
  'write',
  'report',
  'ask',
  'yell',
  'shout',
  'scream',
  'conclude',
  'tweet',
  'post',
  'claim',
  'insist',
  'warn',
  'note',
  'explain',
  'declare',
  'announce',
  'state',
  'vow',
  'argue',
  'acknowledge',
  'recall',
  'assert',
  'confirm',
  'remark',
  'reply',
  'respond',
  'retort',
  'continue',
  'comment',
  'observe',
  'admit',
  'concede',
  'maintain',
  'urge',
  'allege',
  'boast',
  'caution',
  'predict',
  'reiterate',
  'emphasise',
  'emphasize',
  'stress',
  'demand',
  'deny',
  'complain',
  'suggest',
  'promise',
  'pledge',
  'threaten',
  'joke',
  'quip',
  'muse',
  'exclaim',
  'whisper',
  'mutter',
  'chant',
  'sing',
  'read',
  'testify',
  'plead',
  'lament',
  'proclaim',
  'mention',
  'describe',
  'call',
  'brand',
  'dub',
  'label',
  // verbs of telling news writing uses as often as "said" (speakers30)
  'reveal',
  'disclose',
  'inform',
  'brief',
  'underline',
];

/**
 * The plain reporting verbs ("Khan said", "says Muhammad Tanvir", "the group claimed"):
 * the name next to one is a speaker, so mention finding reads it as a person unless
 * something else claims it. Not the verbs of naming (brand, dub, label, call), asking
 * or recalling, whose neighbour is as often a place or an object.
 */
export const REPORTING_LEMMAS: ReadonlySet<string> = new Set(
  'say tell add assert state claim explain note insist warn argue write tweet announce confirm deny declare'.split(
    ' ',
  ),
);
