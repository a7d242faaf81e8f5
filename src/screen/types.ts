/** One name of a listing, as the list gives it. */
export interface ListName {
  name: string;
  kind: 'primary' | 'alias' | 'original-script';
  /** the list's own judgement of an alias ("Good", "Low"; OFAC "strong"/"weak") */
  quality?: string;
}

/** A listing normalised across the UN, OFAC, OpenSanctions and plain-CSV formats. */
export interface ListEntry {
  list: string;
  /** the list's own key: UN REFERENCE_NUMBER (QDi.006), OFAC ent_num, FtM id */
  id: string;
  type: 'person' | 'organization';
  names: ListName[];
  birthYears: number[];
  /** ISO 3166-1 alpha-2 codes (nationality, citizenship, address); unknown words are dropped */
  countries: string[];
}

type ListFormat = 'un-xml' | 'ofac-csv' | 'ofac-xml' | 'ftm-jsonl' | 'csv';

export interface ParsedList {
  format: ListFormat;
  /** a suggested list name when the user gives none ("un", "ofac") */
  defaultName: string;
  entries: ListEntry[];
  /** the list's own date when it states one */
  generated?: string;
}
