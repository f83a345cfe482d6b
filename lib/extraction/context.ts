/**
 * What flows through the pipeline: the document, what each stage has read
 * in each sentence, and the claims at the end. Every reading keeps apart
 * what the text states from what a stage implied from elsewhere (the
 * `source` fields), so the claims stage and the tests can tell them apart.
 */
import type { Attribution, Change, Claim, Document, IsoDate, Period, Qualifier } from '../records';
import type { Lexicon } from '../lexicon/lexicon';
import type { DateMention, DateReference } from './dates/mention';
import type { Sentence } from './sentences';
import type { MaskSpan, Token } from './text/tokens';
import type { Unit } from '../units/table';

export type NumberForm = 'digits' | 'words' | 'count-word' | 'vague' | 'fraction';

/** A number as read from tokens `first..last` (inclusive). */
export interface NumberReading {
  first: number;
  last: number;
  value: number;
  /** For vague counts, the top of their interval ("dozens" is 24–99). */
  upper: number | null;
  form: NumberForm;
  /** Letters written against the digits that are not a scale ("kg", "nd"). */
  attachedUnit: string | null;
  /** A unit the word itself implies ("twice" counts times). */
  impliedUnit: string | null;
  /** True for "several" or "a few" with no scale word: too vague to be a figure by default. */
  bareVague: boolean;
}

/**
 * What a figure is: things counted, events counted ("times"), a percentage or
 * percentage points, money, a physical measure, a share ("a third of"), or
 * one of the kinds that make no claim by default (a duration, an age, a
 * ratio, a reading on a scale) or never (a name such as "5G", a number inside
 * a compound adjective such as "a five-man crew").
 */
export type UnitKind =
  'count' | 'times' | 'percent' | 'currency' | 'physical' | 'fraction' | 'duration' | 'age' | 'ratio' | 'scale' | 'name' | 'modifier';

export interface UnitReading {
  kind: UnitKind;
  /** The unit's code in the unit table ("percent", "USD", "km"), "times", or null for an unknown unit. */
  code: string | null;
  /** The unit from the table (lib/units), with its dimension and conversion; null when none applies. */
  unit: Unit | null;
  /** Tokens of the unit words when written (a currency sign before the number, "percent" after). */
  first: number | null;
  last: number | null;
}

export interface HedgeReading {
  text: string;
  qualifier: Qualifier;
  first: number;
  last: number;
  /** True when the hedge was written before another number of a list and shared with this one. */
  shared: boolean;
}

export type Provenance = 'stated' | 'implied';

export interface MeasureReading {
  measure: string | null;
  subMeasure: string | null;
  /** Words the measure was read from. */
  text: string | null;
  /** Token span of those words in this sentence, for the quote; null when implied from elsewhere. */
  first: number | null;
  last: number | null;
  how: 'noun' | 'verb' | 'predicate' | 'before' | 'list' | 'unknown';
}

export interface PlaceReading {
  countries: string[];
  places: string[];
  how: 'after' | 'before' | 'previous-sentence' | 'unknown-place' | 'none';
  /** The token where the place words end in the sentence, when they are in it. */
  groupEnd?: number;
}

export interface TimeReading {
  period: Period | null;
  asOf: IsoDate | null;
  asOfBounds: Period | null;
  how: string;
}

/** One number of a sentence on its way to becoming a claim. */
export interface Quantity {
  sentence: number;
  reading: NumberReading;
  value: number;
  upper: number | null;
  qualifier: Qualifier;
  hedge: HedgeReading | null;
  unit: UnitReading;
  /** First and last token of the quantity itself: hedge, sign, number, range, unit. */
  first: number;
  last: number;
  /** Index (in the sentence) of the earlier quantity of a list this one belongs to. */
  listHead: number | null;
  measure: MeasureReading | null;
  places: PlaceReading | null;
  time: TimeReading | null;
  attribution: { value: Attribution | null; how: string } | null;
  /** The change the figure is part of (changes.ts); null when none is stated. */
  change: Change | null;
  /** Why this quantity yields no claim; null when it does. */
  dropped: string | null;
}

export interface SentenceAnalysis extends Sentence {
  dates: DateMention[];
  tokens: Token[];
  quantities: Quantity[];
  /** Numbers read and then set aside (dates aside): ordinals, years, designations, partitives. */
  notNumbers: Array<{ reading: NumberReading; reason: string }>;
  /** Who the sentence's figures are attributed to, and how that was found. */
  attribution: { value: Attribution | null; how: string } | null;
  /** Countries the sentence places things in, for the sentences after it. */
  countries: string[];
  /** The day the sentence reports a statement on, and the day of the event it tells. */
  statementDate: IsoDate | null;
  eventDate: IsoDate | null;
  /** The running period the sentence's counts are over, for a following sentence that goes on with them. */
  countPeriod: { period: Period; family: string | null } | null;
}

export interface ResolvedOptions {
  lexicon: Lexicon;
  referenceDate: IsoDate | null;
  /** Emit claims for "several" and "a few" with no scale word. */
  bareVagueCounts: boolean;
  /** Also emit durations, ages, ratios and scale readings (see CLAIM_KINDS in units.ts). */
  everyQuantity: boolean;
}

export interface ExtractionContext {
  document: Document;
  /** The document text, from which quotes are cut. */
  text: string;
  /** The same text with digits, dashes, quotes and spaces folded (text/shadow.ts). */
  shadow: string;
  options: ResolvedOptions;
  reference: DateReference;
  masks: MaskSpan[];
  sentences: SentenceAnalysis[];
  /** Earliest and latest publication date the text allows when the document gives none. */
  publicationBounds: Period | null;
  claims: Claim[];
}
