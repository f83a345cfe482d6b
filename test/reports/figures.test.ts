import { figureAsWritten, figureWithMeasure, formatNumber, formatPercent, whenValid, whenValidCompact } from '../../lib/reports/figures';
import { quoteInContext } from '../../lib/reports/context';
import { makeClaim } from '../helpers/claims';

describe('figures as the sources wrote them', () => {
  it('keeps the hedge and the number as written', () => {
    expect(figureAsWritten(makeClaim({ hedge: 'At least', statedText: '21' }))).toBe('at least 21');
    expect(figureAsWritten(makeClaim({ hedge: 'about', statedText: '2,500', stated: 2500, qualifier: 'approximately' }))).toBe(
      'about 2,500',
    );
    expect(figureAsWritten(makeClaim({ hedge: 'between', statedText: '4,000', stated: 4000, qualifier: 'range', upper: 4500 }))).toBe(
      'between 4,000 and 4,500',
    );
    expect(figureAsWritten(makeClaim({ hedge: null, statedText: '10', stated: 10, qualifier: 'range', upper: 12 }))).toBe('10–12');
  });

  it('reads number words with their measure', () => {
    expect(figureWithMeasure(makeClaim({ hedge: null, statedText: 'a pair', stated: 2, measure: 'aircraft' }))).toBe('a pair of aircraft');
    expect(figureWithMeasure(makeClaim({ hedge: null, statedText: 'an', stated: 1, measureText: 'attack drone' }))).toBe('an attack drone');
    expect(figureWithMeasure(makeClaim({ hedge: null, statedText: 'two', stated: 2, measure: 'facilities' }))).toBe('two facilities');
  });

  it('formats computed numbers the same on every machine', () => {
    expect(formatNumber(2450)).toBe('2,450');
    expect(formatNumber(1234567.891)).toBe('1,234,567.89');
    expect(formatNumber(-1200)).toBe('-1,200');
    expect(formatNumber(Infinity)).toBe('∞');
    expect(formatPercent(2 / 21)).toBe('10%');
    expect(formatPercent(0.001)).toBe('<1%');
  });

  it('says what is known of an unknown as-of date', () => {
    expect(whenValid(makeClaim({ asOf: null, asOfBounds: { start: '2023-10-17', end: '2023-10-31' } }))).toBe(
      'between Oct 17 and Oct 31, 2023',
    );
    expect(whenValid(makeClaim({ asOf: null, asOfBounds: { start: '2023-12-30', end: '2024-01-02' } }))).toBe(
      'between Dec 30, 2023 and Jan 2, 2024',
    );
    expect(whenValid(makeClaim({ asOf: null, asOfBounds: { start: '2023-10-17', end: null } }))).toBe('after Oct 17, 2023');
    expect(whenValid(makeClaim({ asOf: null, asOfBounds: null }))).toBe('date unknown');
    expect(whenValidCompact(makeClaim({ asOf: null, asOfBounds: { start: '2023-10-17', end: '2023-10-31' } }))).toBe('in Oct 17–31, 2023');
    expect(whenValidCompact(makeClaim({ asOf: null, asOfBounds: { start: '2023-10-17', end: '2023-11-02' } }))).toBe(
      'in Oct 17 – Nov 2, 2023',
    );
  });
});

describe('a quote in its sentence', () => {
  const text = 'Officials spoke on Friday. U.S. and allied forces were attacked at least 19 times in Iraq. Nothing else.';
  const start = text.indexOf('at least 19 times');
  const claim = makeClaim({ quote: 'at least 19 times', span: { start, end: start + 17 }, statedText: '19' });
  const document = { id: 'doc-1', text, source: { name: null, url: null, published: null } };

  it('finds the sentence around the quote and the number inside it', () => {
    expect(quoteInContext(claim, document)).toEqual({
      before: 'U.S. and allied forces were attacked ',
      lead: 'at least ',
      number: '19',
      tail: ' times',
      after: ' in Iraq.',
    });
  });

  it('falls back to the quote alone when the text does not hold it at its span', () => {
    const moved = { ...document, text: `Prefix. ${text}` };
    expect(quoteInContext(claim, moved)).toMatchObject({ before: '', after: '', number: '19' });
    expect(quoteInContext(claim, undefined)).toMatchObject({ before: '', lead: 'at least ', after: '' });
  });

  it('shows no header line as part of the first sentence', () => {
    const header = ' date 2023-10-27 Example News / ';
    const headed = { ...document, text: `${header}${text}`, bodyStart: header.length };
    const moved = { ...claim, span: { start: start + header.length, end: start + header.length + 17 } };
    const first = { ...moved, quote: 'Officials', statedText: '', span: { start: header.length, end: header.length + 9 } };
    expect(quoteInContext(moved, headed).before).toBe('U.S. and allied forces were attacked ');
    expect(quoteInContext(first, headed).before).toBe('');
  });

  it('cuts a sentence that runs on with an ellipsis, looking no further than a bounded window', () => {
    const long = `${'word '.repeat(2000)}at least 19 times ${'more '.repeat(2000)}`;
    const at = long.indexOf('at least 19');
    const context = quoteInContext({ ...claim, span: { start: at, end: at + 17 } }, { ...document, text: long });
    expect(context.before.startsWith('…')).toBe(true);
    expect(context.after.endsWith('…')).toBe(true);
    expect(context.before.length).toBeLessThan(300);
  });
});
