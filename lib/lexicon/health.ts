import healthData from './data/health.json';
import type { LexiconData } from './lexicon';

/**
 * The health beat's measures (cases, deaths, hospitalizations, tests,
 * vaccinations). The default lexicon covers armed conflict, where "deaths"
 * are the killed among casualties; a health desk reconciles with
 * `createLexicon(healthLexiconData)` so that deaths stay deaths.
 */
export const healthLexiconData: LexiconData = healthData as LexiconData;
