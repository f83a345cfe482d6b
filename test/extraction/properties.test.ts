/**
 * Properties of extraction on any text, checked with fast-check: it never
 * throws, every claim validates and quotes the text exactly, the same text
 * gives the same claims, and keys such as "__proto__" reach no prototype.
 */
import fc from 'fast-check';
import { extractClaims } from '../../lib/extraction/extract';
import { findQuantities } from '../../lib/extraction/quantities';
import { claimIssues } from '../../lib/schema/validate';

const WORDS = [
  'at least',
  'about',
  'more than',
  'nearly',
  'between',
  'and',
  'to',
  '-',
  'or',
  'in',
  'Iraq',
  'Syria',
  'since',
  'October 17',
  'on Thursday',
  'this month',
  'the past week',
  'attacks',
  'troops',
  'were injured',
  'killed',
  'said',
  'the Pentagon',
  'Ryder',
  'a dozen',
  'dozens of',
  'two',
  'twenty-one',
  '2,500',
  '46',
  '1.5 million',
  '$',
  '%',
  'F-16',
  'Tower 22',
  '.',
  ',',
  '“',
  '”',
  '(',
  ')',
  '\n\n',
  '__proto__',
  'constructor',
  'toString',
  '٢٥',
  '10\u202f000',
];

const sentence = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 6 }), fc.integer({ min: 0, max: 100000 }).map(String)), {
    maxLength: 30,
  })
  .map((parts) => parts.join(' '));
const published = fc.option(fc.constantFrom('2023-10-27', '2024-02-29', '2023-01-01'), { nil: null });

describe('extraction on any text', () => {
  it('never throws, and gives claims that validate and quote the text exactly', () => {
    fc.assert(
      fc.property(sentence, published, (text, date) => {
        const claims = extractClaims({ id: 'p', text, source: { name: null, url: null, published: date } });
        for (const claim of claims) {
          expect(claimIssues(claim)).toEqual([]);
          expect(text.slice(claim.span!.start, claim.span!.end)).toBe(claim.quote);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same claims for the same text, whatever was read before', () => {
    fc.assert(
      fc.property(sentence, sentence, (a, b) => {
        const doc = (text: string) => ({ id: 'p', text, source: { name: null, url: null, published: '2023-10-27' } });
        const first = extractClaims(doc(a));
        extractClaims(doc(b));
        expect(extractClaims(doc(a))).toEqual(first);
      }),
      { numRuns: 100 },
    );
  });

  it('reads quantities of any text without throwing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => void findQuantities(text)),
      { numRuns: 300 },
    );
  });

  it('lets no word of the text reach an object prototype', () => {
    const text = '__proto__ said 12 __proto__ were killed in __proto__ and constructor. toString said 4 hasOwnProperty attacks.';
    const claims = extractClaims({ id: 'p', text, source: { name: null, url: null, published: '2023-10-27' } });
    expect(claims.map((c) => c.stated)).toEqual([12, 4]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    for (const claim of claims) expect(Object.getPrototypeOf(claim)).toBe(Object.prototype);
  });
});
