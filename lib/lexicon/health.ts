import { beatLexiconData, type LexiconData } from './lexicon';

/**
 * The health beat's measures (cases, deaths, hospitalizations, tests,
 * vaccinations) with the default lexicon's places. The default lexicon reads
 * news of every beat, where "deaths" are the killed among casualties; a
 * health desk reconciles with `createLexicon(healthLexiconData)` so that
 * deaths stay deaths.
 */
export const healthLexiconData: LexiconData = beatLexiconData('health')!;
