import type { RowReading } from './row-reading';
import { readValue } from './stages/value';
import { readQualifier } from './stages/qualifier';
import { readMeasure } from './stages/measure';
import { readPlaces } from './stages/places';
import { readDates } from './stages/dates';
import { readSource } from './stages/source';
import { readAttribution } from './stages/attribution';
import { readIdentity } from './stages/identity';
import { renderQuote } from './stages/quote';

export type RowStage = (reading: RowReading) => void;

/**
 * The stages that turn a row into a claim, in order. Each reads its own
 * fields; the id needs the measure and the quote needs everything, so they
 * come last.
 */
export const rowStages: readonly RowStage[] = [
  readValue,
  readQualifier,
  readMeasure,
  readPlaces,
  readDates,
  readSource,
  readAttribution,
  readIdentity,
  renderQuote,
];
