/**
 * What every measure finder reads about one figure, computed once: the noun
 * phrase after it, the lexicon term at its head, and whether that phrase
 * counts people (so that what happened to them decides the measure).
 */
import type { Lexicon } from '../../lexicon/lexicon';
import type { Quantity, SentenceAnalysis } from '../context';
import type { Token } from '../text/tokens';
import type { TermHit } from './terms';

export interface MeasureInput {
  tokens: readonly Token[];
  /** The figure's sentence, for finders that read its clauses. */
  sentence?: SentenceAnalysis;
  quantity: Quantity;
  /** The first token this figure's measure may be read from: just after the figure before it. */
  floor: number;
  lexicon: Lexicon;
  /** The noun phrase after the number (after a partitive "of"), possibly empty. */
  phrase: readonly number[];
  /** The last token of the phrase, or of the figure when there is none. */
  phraseEnd: number;
  /** The lexicon term at the head of the phrase. */
  noun: TermHit | null;
  /** The phrase is empty, names a group of people, or its term counts people. */
  persons: boolean;
  /** The figure counts things (not money, percentages or units). */
  counted: boolean;
  /** The figure counts occasions ("46 times"). */
  times: boolean;
}

/** A finder's reading: the lexicon term (null: the words name no measure we know), and the words it spans. */
export interface MeasureFinding {
  hit: TermHit | null;
  /** Tokens of the measure words, for the quote. */
  first: number;
  last: number;
  /** The words shown as `measureText`, when not tokens `first..last`. */
  text?: string;
}

/** One way of telling what a figure counts; null when it does not apply. The first finder that answers wins. */
export interface MeasureFinder {
  name: string;
  find(input: MeasureInput): MeasureFinding | null;
}
