import fc from 'fast-check';
import { extractClaims } from '../../lib/extraction/extract';
import { claimIssues } from '../../lib/schema/validate';
import type { Claim, Document } from '../../lib/records';
import { documentOf, fuzzParameters, hostileText, isLongRun, newsSoup } from './arbitraries';

/**
 * extractClaims on text it was never meant to see: any code point, lone
 * surrogates, control characters, invisible marks, and news-like soup of
 * hedges, numbers, measures, places and dates in random order. Whatever the
 * text, it returns claims and never throws; each claim passes the schema,
 * its quote is exactly its span of the text, and its JSON is valid.
 */

jest.setTimeout(isLongRun ? 24 * 60 * 60 * 1000 : 60_000);

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** A span that starts or ends between the two halves of a surrogate pair cuts a character in two. */
function cutsACharacter(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

function expectSoundClaims(document: Document, claims: readonly Claim[]): void {
  const { text } = document;
  for (const claim of claims) {
    expect(claimIssues(claim)).toEqual([]);
    expect(claim.documentId).toBe(document.id);
    expect(claim.span).not.toBeNull();
    const { start, end } = claim.span!;
    expect(0 <= start && start < end && end <= text.length).toBe(true);
    expect(text.slice(start, end)).toBe(claim.quote);
    expect(cutsACharacter(text, start) || cutsACharacter(text, end)).toBe(false);
  }
  expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
  // JSON escapes lone surrogates (\udXXX), so the output stays valid UTF-8 and reads back the same.
  const json = JSON.stringify(claims);
  expect(LONE_SURROGATE.test(json)).toBe(false);
  expect(JSON.parse(json)).toEqual(claims);
}

function property(text: fc.Arbitrary<string>) {
  return fc.property(documentOf(text), (document) => expectSoundClaims(document, extractClaims(document)));
}

describe('extractClaims on arbitrary text', () => {
  it('never throws on any code points, lone surrogates and control characters included', () => {
    fc.assert(property(hostileText(300)), fuzzParameters(750));
  });

  it('keeps schema, span and quote sound on news-like soup of hedges, numbers, measures, places and dates', () => {
    fc.assert(property(newsSoup(60)), fuzzParameters(1000));
  });

  it('keeps them sound when hostile characters are spliced into news-like text', () => {
    const spliced = fc.tuple(newsSoup(40), hostileText(40), newsSoup(40)).map(([a, b, c]) => a + b + c);
    fc.assert(property(spliced), fuzzParameters(400));
  });

  it('handles long lines: tens of thousands of characters with no full stop or line break', () => {
    const long = fc.tuple(newsSoup(30), fc.integer({ min: 200, max: 2000 })).map(([line, times]) =>
      line
        .replace(/[.!?\n]/g, ' ')
        .repeat(times)
        .slice(0, 40_000),
    );
    fc.assert(property(long), fuzzParameters(4, 0.002));
  });

  it('gives the same claims, byte for byte, when run again on the same document', () => {
    fc.assert(
      fc.property(documentOf(newsSoup(60)), (document) => {
        expect(JSON.stringify(extractClaims(document))).toBe(JSON.stringify(extractClaims({ ...document, text: `${document.text}` })));
      }),
      fuzzParameters(150, 0.2),
    );
  });

  it('reads numbers next to lone surrogates and emoji without splitting a character', () => {
    const text = 'At least 19 attacks\ud800 hit 2,500\udc00 troops \ud83d\ude00in Iraq, \udbff46 strikes\ud83d\ude00 on Oct. 26.';
    const document: Document = { id: 'doc', text, source: { name: 'Outlet', url: null, published: '2023-10-27' } };
    const claims = extractClaims(document);
    expect(claims.map((c) => c.stated)).toEqual(expect.arrayContaining([19, 2500, 46]));
    expectSoundClaims(document, claims);
  });
});
