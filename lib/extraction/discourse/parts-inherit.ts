/**
 * A part says what its total says of itself unless it says otherwise:
 * "61 attacks since Oct. 17, according to the Pentagon. Of those, 29 have
 * been in Iraq" counts attacks, since Oct. 17, as the Pentagon said.
 */
import type { ExtractionContext } from '../context';
import { passedOn } from '../evidence';
import { figuresOf, totalOf } from './figures';

const RULE = 'part-of-total';

export function inheritFromTotals(context: ExtractionContext): void {
  const lexicon = context.options.lexicon;
  for (const { quantity } of figuresOf(context)) {
    const total = totalOf(context, quantity);
    if (!total) continue;
    const own = quantity.measure;
    if (total.measure?.measure && (!own?.measure || lexicon.family(own.measure) === lexicon.family(total.measure.measure))) {
      if (!own?.measure)
        quantity.measure = {
          ...total.measure,
          first: own?.first ?? null,
          last: own?.last ?? null,
          evidence: passedOn(total.measure.evidence, RULE),
        };
    }
    if (!quantity.population && total.population)
      quantity.population = { ...total.population, evidence: passedOn(total.population.evidence, RULE) };
    if (!quantity.attribution && total.attribution)
      quantity.attribution = { ...total.attribution, evidence: passedOn(total.attribution.evidence, RULE) };
    const time = quantity.time;
    const totalTime = total.time;
    if (time && totalTime) {
      if (time.basis === null && totalTime.basis !== null) {
        time.basis = totalTime.basis;
        time.basisEvidence = passedOn(totalTime.basisEvidence, RULE);
      }
      if (time.period === null && totalTime.period !== null) {
        time.period = { ...totalTime.period };
        time.periodEvidence = passedOn(totalTime.periodEvidence, RULE);
      }
      if (time.asOf === null && totalTime.asOf !== null) {
        time.asOf = totalTime.asOf;
        time.asOfEvidence = passedOn(totalTime.asOfEvidence, RULE);
      }
    }
  }
}
