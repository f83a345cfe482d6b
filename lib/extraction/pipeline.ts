/**
 * The extraction pipeline, stage by stage, in the order they run. Each stage
 * reads what the ones before it wrote into the context and adds its own.
 */
import type { Document } from '../records';
import { bodyStartOf } from '../documents/body';
import type { ExtractionContext, ResolvedOptions } from './context';
import { readAttribution } from './attribution/index';
import { headlines } from './discourse/headline';
import { readClauses } from './syntax/clauses';
import { buildClaims } from './claims';
import { readChanges } from './changes';
import { readDateMentions } from './date-mentions';
import { readHedges } from './hedges';
import { readLists } from './lists';
import { findMasks } from './masks';
import { readMeasures } from './measures/index';
import { readNumbers } from './numbers/read-numbers';
import { readPeriods } from './periods/index';
import { readPlaces } from './places/index';
import { readPopulations } from './populations/index';
import { readDiscourse } from './discourse/index';
import { readRanges } from './ranges';
import { splitSentences } from './sentences';
import { shadowText } from './text/shadow';
import { readTokens } from './tokens-stage';
import { readUnits } from './units';

export type Stage = (context: ExtractionContext) => void;

/**
 * Sentences and masks of the body alone, at their offsets in the whole text:
 * the header before it is metadata, and read apart it cannot change how the
 * body's first sentence splits or what a mask swallows.
 */
function readSentences(context: ExtractionContext): void {
  const from = context.bodyStart;
  const body = context.text.slice(from);
  context.masks = findMasks(context.shadow.slice(from)).map((mask) => ({ ...mask, start: mask.start + from, end: mask.end + from }));
  const sentences = splitSentences(body);
  const titles = headlines(body, sentences);
  context.sentences = sentences.map((sentence, i) => ({
    ...sentence,
    start: sentence.start + from,
    end: sentence.end + from,
    headline: titles[i]!,
    dates: [],
    tokens: [],
    clauses: NO_CLAUSES,
    speech: [],
    quantities: [],
    notNumbers: [],
    attribution: null,
    countries: [],
    placeGroups: [],
    statementDate: null,
    eventDate: null,
    countPeriod: null,
  }));
}

const NO_CLAUSES = { starts: new Int32Array(1), ends: new Int32Array(1) };

/** Up to and including the hedges: what `findQuantities` runs. */
export const QUANTITY_STAGES: readonly Stage[] = [
  readSentences,
  readDateMentions,
  readTokens,
  readNumbers,
  readUnits,
  readRanges,
  readHedges,
];

/** The whole pipeline: `extractClaims` runs it. */
export const CLAIM_STAGES: readonly Stage[] = [
  ...QUANTITY_STAGES,
  // shared syntax first: every later stage reads the same clauses
  readClauses,
  readChanges,
  readMeasures,
  readPopulations,
  readLists,
  readPlaces,
  // speech frames before periods: a frame's day is a statement date, not the day of an event
  readAttribution,
  readPeriods,
  // discourse last: what a figure's own words left open it inherits from the document
  readDiscourse,
  buildClaims,
];

export function createContext(document: Document, options: ResolvedOptions): ExtractionContext {
  return {
    document,
    text: document.text,
    bodyStart: bodyStartOf(document),
    shadow: shadowText(document.text),
    options,
    reference: { published: document.source.published, yearHint: document.source.published ?? options.referenceDate },
    masks: [],
    sentences: [],
    publicationBounds: null,
    claims: [],
  };
}

export function run(context: ExtractionContext, stages: readonly Stage[]): ExtractionContext {
  for (const stage of stages) stage(context);
  return context;
}
