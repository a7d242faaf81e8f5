// The extraction contract (ONTOLOGY.md, `dossier.extraction/1`) and the annotated
// document the nlp/ stages pass along. Output types mirror the JSON exactly.

// The closed vocabularies live in ontology.ts, as lists the store and the UI read too.
import type { EntityType, EventType, RelationType, Role } from './ontology.js';

export type { EntityType, EventType, RelationType, Role };

interface Span {
  start: number;
  end: number;
}

export interface Geo {
  lat: number;
  lon: number;
  country: string | null;
  /** GeoNames id or our own gazetteer key, when known */
  source?: string;
  /** set when no gazetteer has the place: the name of the place the text puts it near or in, whose point (moved by the distance and direction the text gives) it takes */
  near?: string;
}

/** What the input layer hands to the pipeline. */
export interface SourceDocument {
  title: string | null;
  published: string | null;
  url: string | null;
  byline?: string | null;
  dek?: string | null;
  /** The body text; every offset of the extraction points into it. */
  text: string;
  /** Header lines that are not TITLE/DATE/URL, and anything else the reader learned. */
  metadata?: Record<string, string>;
  /** Where the input came from (a path, a URL, or "-" for stdin). */
  origin?: string;
}

export interface ExtractedEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  mentions: Span[];
  attributes: Record<string, unknown>;
  geo?: Geo | null;
}

export interface ExtractedQuote {
  id: string;
  text: string;
  start: number;
  end: number;
  speaker: string | null;
  speakerText: string | null;
  /** A pull quote repeats a body quote; it is not fresh speech. */
  pullQuote?: boolean;
  repeats?: string | null;
}

export interface ExtractedRelation {
  id: string;
  type: RelationType;
  subject: string;
  object: string;
  negated: boolean;
  evidence: Span;
  /** The quote's speaker (entity id or description) when the tie is stated inside a quote. */
  attributedTo?: string | null;
  cue?: string;
  confidence?: number;
}

interface EventDate {
  text: string;
  value: string | null;
}

export interface ExtractedEvent {
  id: string;
  type: EventType;
  date: EventDate | null;
  place: string | null;
  participants: { role: Role; entity: string }[];
  evidence: Span;
  trigger?: string;
  /**
   * Counts the text states for this event (an extension of the contract, documented in
   * docs/toll.md): killed, wounded, arrested or kidnapped, as a range with its own words.
   */
  toll?: {
    kind: 'killed' | 'wounded' | 'arrested' | 'kidnapped';
    min: number | null;
    max: number | null;
    text: string;
    evidence: Span;
    includesPerpetrators?: boolean;
    approximate?: boolean;
  }[];
}

export interface Extraction {
  schema: 'dossier.extraction/1';
  document: {
    title: string | null;
    published: string | null;
    url: string | null;
    text: string;
    byline?: string | null;
    dek?: string | null;
    metadata?: Record<string, string>;
  };
  entities: ExtractedEntity[];
  quotes: ExtractedQuote[];
  relations: ExtractedRelation[];
  events: ExtractedEvent[];
}
