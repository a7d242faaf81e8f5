// What the store answers about entities, quotes and events as the API sends it, and the
// fact an analyst adds or edits as the API takes it. Types only, with no imports but the
// ontology's, so the web client (web/src/api.ts) reads the same declarations as the server.
import type { EntityType } from '../ontology.js';

export interface Evidence {
  documentId: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  start: number;
  end: number;
  sentence: string;
  attributedTo: string | null;
}

export interface EntitySummary {
  id: string;
  type: EntityType;
  name: string;
  mentions: number;
}

export interface QuoteView {
  id: string;
  text: string;
  speaker: string | null;
  documentId: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  start: number;
  end: number;
}

export interface EventView {
  factId: string;
  type: string;
  date: string | null;
  dateText: string | null;
  place: string | null;
  participants: { role: string; entity: EntitySummary }[];
  evidence: Evidence[];
}

/** A tie or event the analyst adds (all of it) or edits (what is given). */
export interface FactInput {
  kind?: 'relation' | 'event';
  type?: string;
  subjectId?: string;
  objectId?: string;
  negated?: boolean;
  /** an event's date: YYYY, YYYY-MM or YYYY-MM-DD; null clears it */
  date?: string | null;
  /** an event's place (a place entity); null clears it */
  placeId?: string | null;
  roles?: { role: string; entityId: string }[];
  /** the cited sentence: document content hash and character offsets in its text */
  documentId?: string;
  start?: number;
  end?: number;
}
