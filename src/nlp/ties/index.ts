import { AFFILIATED_WITH } from './affiliated_with.js';
import { ARRESTED_BY, EXPELLED_FROM, PLEDGED_ALLEGIANCE_TO } from './allegiance.js';
import { ALLIED_WITH, RIVAL_OF } from './alliance.js';
import { FIGHTS } from './fights.js';
import { LEADER_OF } from './leader_of.js';
import { LOCATED_IN } from './located_in.js';
import { MEMBER_OF } from './member_of.js';
import { PART_OF, SPLIT_FROM } from './part_of.js';
import { SPOKESPERSON_OF } from './spokesperson_of.js';
import { SUPPORTS } from './support.js';
import type { TiePattern } from './types.js';

/** Every tie pattern, the more specific first: the first pattern to tie a pair wins. */
export const PATTERNS: TiePattern[] = [
  ...SPOKESPERSON_OF,
  ...LEADER_OF,
  ...SPLIT_FROM,
  ...PART_OF,
  ...AFFILIATED_WITH,
  ...MEMBER_OF,
  ...PLEDGED_ALLEGIANCE_TO,
  ...EXPELLED_FROM,
  ...ARRESTED_BY,
  ...ALLIED_WITH,
  ...RIVAL_OF,
  ...FIGHTS,
  ...SUPPORTS,
  ...LOCATED_IN,
];
