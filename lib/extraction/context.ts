/**
 * What flows through the pipeline: the document, what each stage has read
 * in each sentence, and the claims at the end. Every reading of a figure's
 * context carries its `evidence`: whether its own clause stated it, it was
 * inherited from other words of the document (which, and by what rule), or
 * it is a document default, as chrono keeps known values apart from implied
 * ones. The claims stage writes that evidence into `Claim.provenance`.
 */
import type { Attribution, Change, Claim, Document, Evidence, IsoDate, Period, Qualifier, Span, TimeBasis } from '../records';
import type { Lexicon } from '../lexicon/lexicon';
import type { DateMention, DateReference } from './dates/mention';
import type { Sentence } from './sentences';
import type { MaskSpan, Token } from './text/tokens';
import type { Clauses } from './syntax/clauses';
import type { SpeechFrame } from './syntax/speech-frames';
import type { LocativeGroup } from './places/groups';
import type { Unit } from '../units/table';

/** How a number is written: digits, words ("twenty"), a count word ("a dozen"), a vague count ("dozens"), a fraction. */
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

export interface MeasureReading {
  measure: string | null;
  subMeasure: string | null;
  /** Words the measure was read from. */
  text: string | null;
  /** Token span of those words in this sentence, for the quote; null when inherited from elsewhere. */
  first: number | null;
  last: number | null;
  evidence: Evidence;
}

export interface PopulationReading {
  /** Canonical group, with the country it belongs to when the text says: "forces (United States)". */
  population: string | null;
  text: string | null;
  evidence: Evidence;
}

export interface PlaceReading {
  countries: string[];
  places: string[];
  evidence: Evidence;
  /** The token where the place words end in the sentence, when they are in it. */
  groupEnd?: number;
}

export interface TimeReading {
  period: Period | null;
  asOf: IsoDate | null;
  asOfBounds: Period | null;
  basis: TimeBasis | null;
  /** What gave the period, the as-of date, and the time basis. */
  periodEvidence: Evidence;
  asOfEvidence: Evidence;
  basisEvidence: Evidence;
}

export interface AttributionReading {
  value: Attribution | null;
  evidence: Evidence;
  /** The day the source spoke, with the words that say so; null when the text does not say. */
  said: { date: IsoDate; from: Span & { quote: string } } | null;
  /** The speech frame the reading came from. */
  frame?: SpeechFrame;
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
  /** Token indices of the noun phrase right after the number (after "of"), read once for measure and population. */
  phrase: number[];
  population: PopulationReading | null;
  places: PlaceReading | null;
  time: TimeReading | null;
  attribution: AttributionReading | null;
  /** The total this figure is a part of ("Of those, 29 were in Iraq"), by sentence and position. */
  partOf: { sentence: number; index: number } | null;
  /** The change the figure is part of (changes.ts); null when none is stated. */
  change: Change | null;
  /** Why this quantity yields no claim; null when it does. */
  dropped: string | null;
}

export interface SentenceAnalysis extends Sentence {
  dates: DateMention[];
  tokens: Token[];
  /** Where each token's clause starts and ends (syntax/clauses.ts). */
  clauses: Clauses;
  /** Who the sentence says spoke, and on which day (syntax/speech-frames.ts). */
  speech: SpeechFrame[];
  /** True for a headline: the first line of an article when it is a title, not a sentence. */
  headline: boolean;
  quantities: Quantity[];
  /** Numbers read and then set aside (dates aside): ordinals, years, designations, partitives. */
  notNumbers: Array<{ reading: NumberReading; reason: string }>;
  /** Who the sentence's figures are attributed to, and how that was found. */
  attribution: AttributionReading | null;
  /** Countries the sentence places things in, for the sentences after it. */
  countries: string[];
  /** The sentence's locative groups ("in Iraq and Syria"), in order. */
  placeGroups: LocativeGroup[];
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
  /** Emit vague plurals ("dozens", "tens of thousands"). */
  vagueCounts: boolean;
  /** Also emit durations, ages, ratios and scale readings (see CLAIM_KINDS in units.ts). */
  everyQuantity: boolean;
}

export interface ExtractionContext {
  document: Document;
  /** The document text as the caller gave it, header included, from which quotes are cut. */
  text: string;
  /** Where the article body starts in `text`; sentences are read from here on, never from the header. */
  bodyStart: number;
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
