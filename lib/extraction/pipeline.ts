/**
 * The extraction pipeline, stage by stage, in the order they run. Each stage
 * reads what the ones before it wrote into the context and adds its own.
 */
import type { Document } from '../records';
import type { ExtractionContext, ResolvedOptions } from './context';
import { readAttribution } from './attribution';
import { buildClaims } from './claims';
import { readChanges } from './changes';
import { readDateMentions } from './date-mentions';
import { readHedges } from './hedges';
import { readLists } from './lists';
import { findMasks } from './masks';
import { readMeasures } from './measures';
import { readNumbers } from './numbers/read-numbers';
import { readPeriods } from './periods';
import { readPlaces } from './places';
import { readRanges } from './ranges';
import { splitSentences } from './sentences';
import { shadowText } from './text/shadow';
import { readTokens } from './tokens-stage';
import { readUnits } from './units';

export type Stage = (context: ExtractionContext) => void;

function readSentences(context: ExtractionContext): void {
  context.masks = findMasks(context.shadow);
  context.sentences = splitSentences(context.text).map((sentence) => ({
    ...sentence,
    dates: [],
    tokens: [],
    quantities: [],
    notNumbers: [],
    attribution: null,
    countries: [],
    statementDate: null,
    eventDate: null,
    countPeriod: null,
  }));
}

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
  readChanges,
  readMeasures,
  readLists,
  readPlaces,
  readAttribution,
  readPeriods,
  buildClaims,
];

export function createContext(document: Document, options: ResolvedOptions): ExtractionContext {
  return {
    document,
    text: document.text,
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
