import { BEATS, beatLexiconData, createLexicon, getDefaultLexicon, mergeLexiconData, type LexiconData } from '../../lib/lexicon/lexicon';

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

describe('merging beats', () => {
  it("gives a term to the later beat that defines it, leaving the earlier measure's other terms", () => {
    const base: LexiconData = { name: 'base', measures: [{ name: 'killed', terms: ['killed', 'deaths'] }], places: [] };
    const beat: LexiconData = { name: 'beat', measures: [{ name: 'deaths', terms: ['deaths'] }], places: [] };
    const merged = createLexicon(mergeLexiconData('both', [base, beat]));
    expect(merged.measureForTerm('deaths')?.measure).toBe('deaths');
    expect(merged.measureForTerm('killed')?.measure).toBe('killed');
  });

  it('reads each beat alone with the base beat under it', () => {
    for (const beat of Object.keys(BEATS)) {
      const lexicon = createLexicon(beatLexiconData(beat)!);
      expect(lexicon.measureForTerm('killed')?.measure).toBe('killed');
      expect(lexicon.countryOf('Aleppo')).toBe('Syria');
    }
    expect(createLexicon(beatLexiconData('health')!).measureForTerm('deaths')?.measure).toBe('deaths');
    expect(getDefaultLexicon().measureForTerm('deaths')?.measure).toBe('killed');
    expect(beatLexiconData('sports')).toBeUndefined();
  });
});
