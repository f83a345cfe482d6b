import { createLexicon, healthLexiconData, reconcile } from '../../lib/index';
import { loadCovid } from './covid-data';

describe('the health lexicon', () => {
  const health = createLexicon(healthLexiconData);

  it('names health measures and their narrower kinds', () => {
    expect(health.measureForTerm('Fatalities')).toEqual({ measure: 'deaths', subMeasure: null, entry: 'deaths' });
    expect(health.measureForTerm('lab-confirmed cases')).toEqual({
      measure: 'cases',
      subMeasure: 'confirmed cases',
      entry: 'confirmed cases',
    });
    expect(health.family('probable deaths')).toBe('deaths');
    expect(health.nature('hospitalizations')).toBe('count');
  });

  it("groups a dataset's cases and deaths under their own names", () => {
    const { ctp } = loadCovid();
    const measures = [...new Set(reconcile(ctp.claims, { lexicon: health }).groups.map((g) => g.measure))].sort();
    expect(measures).toEqual(['cases', 'deaths']);
  });
});
