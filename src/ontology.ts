// The extraction contract's closed vocabularies (ONTOLOGY.md), once, as data: the store
// validates decisions and imports against them, the UI offers them in its forms. No imports,
// so the browser bundle can take it as it is.

const ENTITY_TYPES = ['person', 'organization', 'place', 'handle'] as const;

export const RELATION_TYPES = [
  'member_of',
  'leader_of',
  'spokesperson_of',
  'affiliated_with',
  'part_of',
  'allied_with',
  'rival_of',
  /** armed conflict between groups or forces (symmetric) */
  'fights',
  'split_from',
  'pledged_allegiance_to',
  'expelled_from',
  'arrested_by',
  'supports',
  'located_in',
  'has_account',
] as const;

export const EVENT_TYPES = [
  // the order the UI's forms and filters offer them: the commonest in the news first
  'attack',
  'killing',
  'arrest',
  'statement',
  'meeting',
  'allegiance',
  'defection',
  'expulsion',
  'recruitment',
  'travel_restriction',
  'designation',
] as const;

export const ROLES = ['agent', 'patient', 'speaker', 'recipient', 'member'] as const;

export type EntityType = (typeof ENTITY_TYPES)[number];
export type RelationType = (typeof RELATION_TYPES)[number];
export type EventType = (typeof EVENT_TYPES)[number];
export type Role = (typeof ROLES)[number];
