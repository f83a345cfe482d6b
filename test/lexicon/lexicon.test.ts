import { createLexicon, getDefaultLexicon, type LexiconData } from '../../lib/lexicon/lexicon';

describe('the default lexicon', () => {
  const lexicon = getDefaultLexicon();

  it('knows the hierarchy of the beat', () => {
    expect(lexicon.isWithin('traumatic brain injuries', 'injured')).toBe(true);
    expect(lexicon.isWithin('injured', 'casualties')).toBe(true);
    expect(lexicon.isWithin('killed', 'casualties')).toBe(true);
    expect(lexicon.isWithin('missile and drone attacks', 'attacks')).toBe(true);
    expect(lexicon.isWithin('killed', 'injured')).toBe(false);
    expect(lexicon.family('traumatic brain injuries')).toBe('casualties');
  });

  it('reports a narrower kind as a sub-measure of its headline measure', () => {
    expect(lexicon.measureForTerm('traumatic brain injuries')).toMatchObject({
      measure: 'injured',
      subMeasure: 'traumatic brain injuries',
    });
    expect(lexicon.measureForTerm('Soldiers')).toMatchObject({ measure: 'troops', subMeasure: null });
  });

  it('resolves places below country level to their country', () => {
    expect(lexicon.place('Al-Asad Air Base')).toEqual({ place: 'Al-Asad Air Base', country: 'Iraq' });
    expect(lexicon.place('U.S.')?.country).toBe('United States');
  });
});

describe('a lexicon for another beat', () => {
  const health: LexiconData = {
    name: 'health',
    measures: [
      { name: 'cases', terms: ['cases', 'infections'], nature: 'count' },
      { name: 'deaths', terms: ['deaths', 'fatalities'], within: 'cases', nature: 'count' },
    ],
    places: [{ name: 'New York', aliases: ['NY'] }],
  };

  it('replaces the default', () => {
    const lexicon = createLexicon(health);
    expect(lexicon.measureForTerm('infections')?.measure).toBe('cases');
    expect(lexicon.hasMeasure('attacks')).toBe(false);
  });

  it('extends the default', () => {
    const lexicon = createLexicon(health, { extend: true });
    expect(lexicon.hasMeasure('attacks')).toBe(true);
    expect(lexicon.place('NY')?.country).toBe('New York');
  });

  it('is rejected with the field named when it breaks the schema', () => {
    const broken = { ...health, measures: [{ name: 'cases', terms: [] }] } as LexiconData;
    expect(() => createLexicon(broken)).toThrow('lexicon "health": /measures/0/terms must NOT have fewer than 1 items');
  });

  it('is rejected when a measure lies within one it does not define', () => {
    const broken: LexiconData = { ...health, measures: [{ name: 'deaths', terms: ['deaths'], within: 'cases' }] };
    expect(() => createLexicon(broken)).toThrow('measure "deaths" is within "cases", which the lexicon does not define');
  });
});
