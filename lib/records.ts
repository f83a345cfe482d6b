/**
 * The records every stage shares. Each one is plain, JSON-serialisable data
 * described by a schema in `schemas/`; `test/schemas` holds the two together.
 * This file imports nothing of ours, so every other module may import it.
 */

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** How the source hedged its number. */
export const QUALIFIERS = ['exact', 'at-least', 'more-than', 'at-most', 'fewer-than', 'approximately', 'range'] as const;
/** One of `QUALIFIERS`: how a claim's number is hedged, and so which interval it stands for. */
export type Qualifier = (typeof QUALIFIERS)[number];

/** Character offsets into a document's text: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** Who published the text or the dataset row. */
export interface SourceRef {
  /** Outlet or dataset name ("Shafaq News", "JHU CSSE"); null when unknown. */
  name: string | null;
  url: string | null;
  /** Publication date; null when neither the file nor the caller gives one. */
  published: IsoDate | null;
}

/** A news article (or any text) with what is known of where it came from. */
export interface Document {
  id: string;
  /** The text exactly as the caller gave it, header line included: every claim's span indexes it. */
  text: string;
  /**
   * Where the article body starts in `text`. What comes before it (a loose
   * header line, a byte order mark) is metadata, never extracted from.
   * Absent means 0: the whole text is the body.
   */
  bodyStart?: number;
  source: SourceRef;
}

/** A span of time; either end may be unknown. */
export interface Period {
  start: IsoDate | null;
  end: IsoDate | null;
}

/** Who the figure is attributed to inside the text, apart from the outlet. */
export interface Attribution {
  speaker: string | null;
  organization: string | null;
  /** The outlet or medium that relays the source's words ("Reuters reported", "told CNews"); null when none is named. */
  via?: string | null;
  /** True when the text says the source spoke without being named ("on condition of anonymity", "sources"). */
  anonymous?: boolean;
}

/**
 * How a figure relates to time: a `running` total since a start up to its as-of date ("46 attacks since
 * Oct 17", "the death toll"); a count over a bounded `window` ("20 between October 17 and 27"); a count
 * for one `event` or day ("two strikes on Thursday", "1.7 million marched on Wednesday"); a `level` held
 * on a date ("2,500 troops in Iraq").
 */
export const TIME_BASES = ['running', 'window', 'event', 'level'] as const;
export type TimeBasis = (typeof TIME_BASES)[number];

/**
 * Where the value of an attribute came from: `stated` in the claim's own clause or sentence, `inherited`
 * from context (the headline, the lead, an earlier sentence, the total a part belongs to), a document
 * `default` (the publication date, the article's focus country), or `unknown`.
 */
export const EVIDENCE_BASES = ['stated', 'inherited', 'default', 'unknown'] as const;
export type EvidenceBasis = (typeof EVIDENCE_BASES)[number];

export interface Evidence {
  basis: EvidenceBasis;
  /** The rule that gave the value, named in docs/extraction.md ("noun-after", "since-frame", "focus-country"). */
  rule: string;
  /** The words the value was read from, wherever they are in the document; null for defaults and unknowns. */
  from: (Span & { quote: string }) | null;
}

/** The attributes whose evidence a claim records. */
export const EVIDENCED_ATTRIBUTES = ['measure', 'population', 'locations', 'period', 'asOf', 'timeBasis', 'attribution'] as const;
export type EvidencedAttribute = (typeof EVIDENCED_ATTRIBUTES)[number];
export type Provenance = Record<EvidencedAttribute, Evidence>;

/** One figure stated by one source. */
export interface Claim {
  /** Stable: the same input always gives the same id. */
  id: string;
  documentId: string;
  /** The exact words of the claim; for text, `text.slice(span.start, span.end)`. */
  quote: string;
  /** Where the quote sits in the document text; null for dataset rows. */
  span: Span | null;
  /** The number as a number (2500 for "2,500", 2 for "a pair"). */
  stated: number;
  /** The number as the source wrote it ("2,500", "a pair"). */
  statedText: string;
  qualifier: Qualifier;
  /** The second number of a `range`; null for every other qualifier. */
  upper: number | null;
  /** The words that set the qualifier ("at least", "about"); null for a bare number. */
  hedge: string | null;
  /** What the number measures, in units: "count" for things counted, "percent", or a currency code. */
  unit: string;
  /** Canonical measure from the lexicon; null when the words match none (see docs/extraction.md). */
  measure: string | null;
  /** A narrower canonical measure the claim counts ("traumatic brain injuries" of "injured"), or null. */
  subMeasure: string | null;
  /** The words the measure was read from ("US soldiers", "attacked"). */
  measureText: string | null;
  /** Canonical place names, countries at least; empty when the text names none. */
  locations: string[];
  /** The span of time the figure counts over; null for a level or a single event. */
  period: Period | null;
  /** The date the figure is valid on; null when unknown. */
  asOf: IsoDate | null;
  /** When `asOf` is unknown, what the text says about it: the earliest and latest it can be. */
  asOfBounds: Period | null;
  attribution: Attribution | null;
  source: SourceRef;
  /**
   * Whose figure it is, canonical from the lexicon ("US forces", "militants", "civilians", "protesters",
   * "police"); null when the text does not say. Absent in records written before it existed.
   */
  population?: string | null;
  /** The words the population was read from ("American troops", "pro-Iranian fighters"). */
  populationText?: string | null;
  /** How the figure relates to time (see `TimeBasis`); null when the text does not say. */
  timeBasis?: TimeBasis | null;
  /** The id of the total this figure is a part of ("Of those, 29 were in Iraq"); null for none. */
  partOf?: string | null;
  /** For each attribute, whether the text stated it, it was inherited from context, or is a default. */
  provenance?: Provenance;
  // Quantities in any unit, and changes (docs/records.md, "Units and changes"). Optional, so that
  // records written before them stay valid; extraction always writes them.
  /** The unit words as the text writes them ("square kilometres", "$", "mph", "$ … an ounce" on both sides); null for a count or a unit implied. */
  unitText?: string | null;
  /** The dimension of `unit` in the unit table: "count", "percent", "percentage points", "currency", "length", "speed", … */
  dimension?: string;
  /** The unit figures are compared in: the dimension's base ("m" for km and miles), or the currency itself ("USD" for cents). */
  baseUnit?: string;
  /** `stated` in `baseUnit`: "5 km" is 5000, "20 °C" is 293.15. */
  baseValue?: number;
  /** `upper` in `baseUnit`; null when `upper` is null. */
  baseUpper?: number | null;
  /** The change the figure is part of ("rose 6.5%", "fell to 200", "up from 4.8"); null when the text states none. */
  change?: Change | null;
}

export const CHANGE_DIRECTIONS = ['up', 'down'] as const;
export type ChangeDirection = (typeof CHANGE_DIRECTIONS)[number];
export const CHANGE_FIGURES = ['amount', 'level'] as const;
export type ChangeFigure = (typeof CHANGE_FIGURES)[number];

/** A figure stated as part of a change. An amount of change is never compared with a level. */
export interface Change {
  /** Which way the quantity moved; null when the words do not say ("was revised to 20"). */
  direction: ChangeDirection | null;
  /** `amount`: the figure is how much it changed ("rose by 200", "down 2.1%"); `level`: the new level ("rose to 34", "doubled to 256GB"). */
  figure: ChangeFigure;
  /** The level it changed from when the text states it ("from 252 to 287" → 252), in the claim's unit; else null. */
  from: number | null;
  /** The words that state the change ("rose", "an increase of", "up from"). */
  words: string;
}

/** Every verdict a relation can carry, from the mildest difference to a conflict. See the README's verdict table. */
export const RELATION_KINDS = [
  'agree',
  'compatible',
  'progression',
  'scope',
  'breakdown',
  'distinct-events',
  'correction',
  'conflict',
] as const;
/** One of `RELATION_KINDS`. */
export type RelationKind = (typeof RELATION_KINDS)[number];

/** How serious a conflict is, from how far apart its figures are (`defaults.severityMedium`, `defaults.severityHigh`). */
export const SEVERITY_LEVELS = ['low', 'medium', 'high'] as const;
/** One of `SEVERITY_LEVELS`. */
export type SeverityLevel = (typeof SEVERITY_LEVELS)[number];

/** How far apart two intervals that cannot both be true are. */
export interface Severity {
  level: SeverityLevel;
  /** Absolute distance between the closest ends of the two intervals. */
  gap: number;
  /** `gap` divided by the larger of the two figures: 0.1 means ten per cent apart. */
  relativeGap: number;
}

/** The verdict on one difference between claims of a group. */
export interface Relation {
  kind: RelationKind;
  /** The claims compared, in the order the reason names them. */
  claimIds: string[];
  /** One line a fact-checker can read: figures, dates and why this verdict. */
  reason: string;
  /** The quotes behind the verdict, in the order of `claimIds`. */
  quotes: string[];
  /** For conflicts; null for every other kind. */
  severity: Severity | null;
  /** For breakdowns: whether the parts sum to the total; null for every other kind. */
  consistent: boolean | null;
  /**
   * Whether the text establishes that the claims count the same quantity: `established` when every
   * attribute that makes them comparable (measure, population, places, time basis) was stated or
   * inherited from context; `needs-review` when one rests only on a document default or is unknown.
   */
  certainty: Certainty;
  /** For `needs-review`: what is missing, one phrase each ("the period of C7 is not stated"); else empty. */
  missing: string[];
}

/** Whether a relation's claims are known to count the same quantity (`established`) or need a person to check (`needs-review`). */
export const CERTAINTIES = ['established', 'needs-review'] as const;
/** One of `CERTAINTIES`. */
export type Certainty = (typeof CERTAINTIES)[number];

/** Claims about one subject: a measure family, a place set and, for one-off events, a date. */
export interface Group {
  id: string;
  /** The broadest measure of the family ("casualties" for injured and killed). */
  measure: string | null;
  locations: string[];
  /** For one-off events: the day of the event; null for running counts and levels. */
  eventDate: IsoDate | null;
  claimIds: string[];
}

/**
 * How `reconcile()` makes estimates: `best-estimate` (the default) from independent sources,
 * `conservative` the bounds every consistent source allows, `range` the full spread.
 */
export const ESTIMATE_POLICIES = ['conservative', 'range', 'best-estimate'] as const;
/** One of `ESTIMATE_POLICIES`. */
export type EstimatePolicy = (typeof ESTIMATE_POLICIES)[number];

/** What the consistent, independent claims of a group allow on one date. */
export interface Estimate {
  groupId: string;
  measure: string | null;
  asOf: IsoDate | null;
  policy: EstimatePolicy;
  low: number;
  best: number | null;
  high: number | null;
  support: {
    low: string[];
    best: string[];
    high: string[];
  };
}

/** An input record that could not be used, and why. */
export interface Rejected {
  /** Where it came from: a file name, "stdin", or "input". */
  origin: string;
  /** Zero-based position in its origin (row number for CSV is in `reason`). */
  index: number | null;
  /** The record's id when it had one. */
  id: string | null;
  /** JSON pointer to the field at fault; "" for the record as a whole. */
  field: string;
  reason: string;
  /**
   * The record as it was received; a preview of it when it is longer than
   * `defaults.rejectedPreviewLength`, deeper than `rejectedPreviewDepth` or
   * not plain JSON, so that one hostile record never makes the output unwritable.
   */
  record: unknown;
}

export const FINDING_KINDS = ['disagreement', 'correction', 'breakdown', 'small-counts'] as const;
/**
 * `disagreement`: sources (or outlets repeating one figure) whose figures stay apart in one
 * direction on consecutive dates; `correction`: one step of a source revising its own figure;
 * `breakdown`: parts that do not add up to their stated total; `small-counts`: every finding of
 * one subject whose figures all stay below the small-count floor, in one line.
 */
export type FindingKind = (typeof FINDING_KINDS)[number];

export const FINDING_PATTERNS = ['offset', 'proportional', 'varying'] as const;
/**
 * How a disagreement's gap behaves over its dates: `offset`, nearly the same amount every day;
 * `proportional`, nearly the same share of the figure; `varying`, neither. The first two are
 * likely a difference of definition (one source counts probable deaths, the other does not).
 */
export type FindingPattern = (typeof FINDING_PATTERNS)[number];

/** One side of a finding: who gives its figures, and the claims that make it. */
export interface FindingSide {
  /** Outlets or dataset series, as relations name them (the source name, else "document ID"). */
  sources: string[];
  /** The side's claims: each figure of its sources, and the claims that repeat it. */
  claimIds: string[];
}

/** How far apart the two sides of a finding are, over the dates it covers. */
export interface FindingGap {
  /** The median of the gap on each date: the amount a reader's number would typically change. */
  typical: number;
  /** The median of the gap on each date as a share of the larger figure. */
  typicalRelative: number;
  largest: number;
  largestRelative: number;
}

/** One discrepancy a newsroom would write about: many relations, one line. */
export interface Finding {
  /** From its content: `disagreement:deaths|New York:2020-03-15`; `#2`, `#3` when two would read the same. */
  id: string;
  kind: FindingKind;
  /** One line a newsroom can read: who, which way, when, how far apart, and what the pattern suggests. */
  summary: string;
  /** The subjects (group ids) of its claims; usually one. */
  groupIds: string[];
  measure: string | null;
  locations: string[];
  /**
   * Two sides, the one with fewer sources first: a disagreement's two voices, a correction's newer
   * and older figure, a breakdown's parts and total. None for `small-counts`.
   */
  sides: FindingSide[];
  /** Where `sides[0]` stands against `sides[1]`; null for `small-counts`. */
  direction: 'below' | 'above' | null;
  /** The first and last date on which the figures differ; null when the figures are undated. */
  start: IsoDate | null;
  end: IsoDate | null;
  /** Calendar days from `start` to `end`, both counted; 0 when undated. */
  days: number;
  /** How many dates the figures differ on (for undated figures, how many differences). */
  dates: number;
  gap: FindingGap;
  /** For disagreements over enough dates to tell (`findingSteadyMinDates`); null otherwise. */
  pattern: FindingPattern | null;
  /** From the typical relative gap, with the thresholds of conflict severity. */
  level: SeverityLevel;
  /**
   * The rank: how much and how long a reader's number would be off. The median of each day's gap
   * as a share of the larger figure (read against the small-count floor when the figures are
   * smaller), times `days` (at least one).
   */
  weight: number;
  /** Positions in `Reconciliation.relations` of the relations it is made of, ascending. */
  relationIndexes: number[];
  /** Every claim of its relations, in id order. */
  claimIds: string[];
}

/** The output of `reconcile()`. */
export interface Reconciliation {
  claims: Claim[];
  groups: Group[];
  relations: Relation[];
  /** Most weighty first; small-count lines last. Built from established relations only. */
  findings: Finding[];
  estimates: Estimate[];
  rejected: Rejected[];
}
