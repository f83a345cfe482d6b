/**
 * A headline figure the article repeats is that figure: "Death Toll From
 * Earthquakes In Turkey Rises To 40,642" takes what the body's "40,642"
 * says of its measure, places, period, date and source, wherever its own
 * words left them open.
 */
import type { ExtractionContext } from '../context';
import { passedOn } from '../evidence';
import { figuresOf } from './figures';

const RULE = 'headline-echo';

export function echoHeadlines(context: ExtractionContext): void {
  const figures = figuresOf(context);
  const body = figures.filter((f) => !f.sentence.headline);
  for (const { sentence, quantity } of figures) {
    if (!sentence.headline) continue;
    const same = body.filter((f) => f.quantity.value === quantity.value && f.quantity.unit.kind === quantity.unit.kind);
    // of the body's repetitions, the one that knows where it is
    const echo =
      same.find((f) => f.quantity.places && f.quantity.places.countries.length > 0 && f.quantity.places.evidence.basis !== 'default') ??
      same[0];
    if (!echo) continue;
    const from = echo.quantity;
    if (!quantity.measure?.measure && from.measure?.measure)
      quantity.measure = {
        ...from.measure,
        first: quantity.measure?.first ?? null,
        last: quantity.measure?.last ?? null,
        evidence: passedOn(from.measure.evidence, RULE),
      };
    if (!quantity.population && from.population)
      quantity.population = { ...from.population, evidence: passedOn(from.population.evidence, RULE) };
    // a headline's places are telegraphic ("Gaza war"): the body that states or inherits the figure's
    // places says where it is, over a headline's own default
    const bodyKnows = from.places && from.places.countries.length > 0 && from.places.evidence.basis !== 'default';
    if (bodyKnows && (from.places!.evidence.basis === 'stated' || quantity.places?.evidence.basis !== 'stated'))
      quantity.places = { ...from.places!, evidence: passedOn(from.places!.evidence, RULE) };
    else if ((!quantity.places || quantity.places.countries.length === 0) && from.places && from.places.countries.length > 0)
      quantity.places = { ...from.places, evidence: passedOn(from.places.evidence, RULE) };
    if ((!quantity.attribution || quantity.attribution.evidence.basis !== 'stated') && from.attribution)
      quantity.attribution = { ...from.attribution, evidence: passedOn(from.attribution.evidence, RULE) };
    const time = quantity.time;
    const echoed = from.time;
    if (time && echoed) {
      if (time.basis === null || time.basisEvidence.basis !== 'stated') {
        time.basis = echoed.basis;
        time.basisEvidence = passedOn(echoed.basisEvidence, RULE);
      }
      // "Rises To 40,642": a headline's total that says nothing of when it started starts where the body's does
      const openStart = time.period === null || (time.period.start === null && time.basis === 'running');
      if (openStart && echoed.period !== null && (time.period === null || echoed.period.start !== null)) {
        time.period = { ...echoed.period };
        time.periodEvidence = passedOn(echoed.periodEvidence, RULE);
      }
      if (time.asOf === null && echoed.asOf !== null) {
        time.asOf = echoed.asOf;
        time.asOfEvidence = passedOn(echoed.asOfEvidence, RULE);
      }
    }
  }
}
