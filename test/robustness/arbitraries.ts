import fc from 'fast-check';
import { defaultLexiconData } from '../../lib/lexicon/lexicon';
import { QUALIFIERS, type Claim, type Document, type IsoDate, type Period } from '../../lib/records';

/**
 * Generators of hostile input for the robustness suites, and how long they
 * run. In CI every property runs a fixed number of cases from a fixed seed,
 * so a failure reproduces; `npm run fuzz` sets FUZZ_RUNS (and FUZZ_SEED if
 * given) for a long run from a fresh seed. fast-check prints the seed and the
 * shrunk counterexample of any failure.
 */

const FIXED_SEED = 20231027;
const longRuns = Number(process.env.FUZZ_RUNS) > 0 ? Number(process.env.FUZZ_RUNS) : null;
const chosenSeed = process.env.FUZZ_SEED !== undefined && process.env.FUZZ_SEED !== '' ? Number(process.env.FUZZ_SEED) : null;

/** The parameters of one property: `ciRuns` cases in CI; under `npm run fuzz`, FUZZ_RUNS scaled by `weight`. */
export function fuzzParameters<T>(ciRuns: number, weight = 1): fc.Parameters<T> {
  if (longRuns === null) return { numRuns: ciRuns, seed: chosenSeed ?? FIXED_SEED };
  return { numRuns: Math.max(1, Math.round(longRuns * weight)), ...(chosenSeed === null ? {} : { seed: chosenSeed }) };
}

/** True under `npm run fuzz`: long runs get a longer jest timeout. */
export const isLongRun = longRuns !== null;

// ---------------------------------------------------------------- characters

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const control = fc.oneof(fc.integer({ min: 0, max: 0x1f }), fc.integer({ min: 0x7f, max: 0x9f })).map((code) => String.fromCharCode(code));
/** Spaces, joiners, marks and direction overrides that look like nothing and break naive tokenizers. */
const invisible = fc.constantFrom(
  '\u00a0',
  '\u2028',
  '\u2029',
  '\u200b',
  '\u200d',
  '\u200e',
  '\u202e',
  '\u2066',
  '\ufeff',
  '\u3000',
  '\u0301',
  '\u00ad',
);
const numeric = fc.constantFrom(...'0123456789,.-–—/%$€£٣'.split(''), '\u00bd', '\u2153', '\uff11', '\u0663');
const anyCodePoint = fc.string({ unit: 'binary', minLength: 1, maxLength: 1 });

/** One character of hostile text: any code point, and more often the ones that break parsers. */
export const hostileChar = fc.oneof(
  { arbitrary: anyCodePoint, weight: 4 },
  { arbitrary: loneSurrogate, weight: 1 },
  { arbitrary: control, weight: 1 },
  { arbitrary: invisible, weight: 1 },
  { arbitrary: numeric, weight: 2 },
);

/** Text of any code points, lone surrogates and control characters included. */
export const hostileText = (maxLength: number): fc.Arbitrary<string> => fc.string({ unit: hostileChar, maxLength });

// ---------------------------------------------------------------- news-like token soup

const measureWords = defaultLexiconData.measures.flatMap((m) => [m.name, ...m.terms, ...(m.verbs ?? [])]);
const placeWords = defaultLexiconData.places.flatMap((p) => [p.name, ...(p.aliases ?? []), ...(p.demonyms ?? [])]);
const NEWS_WORDS = [
  'at least',
  'more than',
  'over',
  'about',
  'nearly',
  'almost',
  'some',
  'up to',
  'fewer than',
  'at most',
  'roughly',
  'around',
  'between',
  'and',
  'to',
  'or',
  'from',
  'of',
  'in',
  'on',
  'since',
  'until',
  'through',
  'by',
  'the',
  'a',
  'an',
  'with',
  '19',
  '2,500',
  '2.5',
  '46',
  '1',
  '0',
  '12',
  '4',
  '100,000',
  '3.2 million',
  '1,000,000,000',
  '15%',
  '$4 million',
  '1e9',
  '-3',
  'two',
  'twenty-one',
  'a dozen',
  'dozens',
  'hundreds',
  'a pair',
  'several',
  'a few',
  'a handful',
  'half',
  'one in five',
  'twice',
  'October 17',
  'Oct. 26',
  'Nov 12, 2023',
  'on Thursday',
  'last week',
  'in the past week',
  'this month',
  '2023',
  'since October 17',
  'between October 17 and 27',
  '10/27/2023',
  '2023-10-27',
  'yesterday',
  '3 p.m.',
  'three days ago',
  'mid-October',
  'said',
  'told',
  'according to',
  'Reuters',
  'the Pentagon',
  'Gen. Pat Ryder',
  'U.S.',
  'officials',
  'a spokesman',
  'he added',
  '.',
  ',',
  ';',
  ':',
  '!',
  '?',
  '…',
  '"',
  '“',
  '”',
  "'",
  '(',
  ')',
  '[',
  ']',
  '-',
  '–',
  '—',
  '/',
  '\n',
  '\n\n',
  '\r\n',
  '\t',
];
const newsToken = fc.oneof(
  { arbitrary: fc.constantFrom(...NEWS_WORDS), weight: 6 },
  { arbitrary: fc.constantFrom(...measureWords), weight: 2 },
  { arbitrary: fc.constantFrom(...placeWords), weight: 2 },
  { arbitrary: fc.integer({ min: 0, max: 10_000_000 }).map(String), weight: 1 },
  { arbitrary: fc.string({ unit: hostileChar, minLength: 1, maxLength: 3 }), weight: 1 },
);
const separator = fc.constantFrom(' ', ' ', ' ', '', '  ', '\n', ', ', '\u00a0');

/** Sentences made of hedges, numbers, measures, places, dates and attributions in random order. */
export const newsSoup = (maxTokens: number): fc.Arbitrary<string> =>
  fc.array(fc.tuple(newsToken, separator), { maxLength: maxTokens }).map((pairs) => pairs.map(([token, sep]) => token + sep).join(''));

/** A document around text, with a known, an unknown or an odd publication date. */
export const documentOf = (text: fc.Arbitrary<string>): fc.Arbitrary<Document> =>
  fc
    .record({
      text,
      published: fc.constantFrom<IsoDate | null>('2023-10-27', null, '2024-02-29', '0001-01-01', '9999-12-31'),
      name: fc.constantFrom<string | null>('Outlet', null, '__proto__', '<script>x</script>'),
    })
    .map(({ text, published, name }) => ({ id: 'doc', text, source: { name, url: null, published } }));

// ---------------------------------------------------------------- claims that pass the schema

const PROTOTYPE_WORDS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];
const label = fc.oneof(
  fc.constantFrom('attacks', 'injured', 'traumatic brain injuries', 'casualties', 'killed', 'troops', 'strikes', 'cases', 'deaths'),
  fc.constantFrom('Iraq', 'Syria', 'Erbil', 'Israel', 'Gaza', 'New York'),
  fc.constantFrom(...PROTOTYPE_WORDS),
  fc.string({ unit: hostileChar, minLength: 1, maxLength: 12 }),
);
const maybeText = fc.option(fc.oneof(label, hostileText(20)), { nil: null });

/** Every calendar date from year 0000 to 9999, the extremes more often. */
export const isoDate: fc.Arbitrary<IsoDate> = fc
  .oneof(
    fc.date({ min: new Date('2023-09-01T00:00:00Z'), max: new Date('2023-12-31T00:00:00Z'), noInvalidDate: true }),
    fc.date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }),
    fc
      .constantFrom('0000-01-01', '0099-12-31', '0100-01-01', '1970-01-01', '2000-02-29', '9999-12-31')
      .map((d) => new Date(`${d}T00:00:00Z`)),
  )
  .map((date) => date.toISOString().slice(0, 10));

const nullableDate = fc.option(isoDate, { nil: null });
const period: fc.Arbitrary<Period | null> = fc.option(
  fc.tuple(nullableDate, nullableDate).map(([a, b]) => (a !== null && b !== null && b < a ? { start: b, end: a } : { start: a, end: b })),
  { nil: null },
);

/** Finite numbers of every size: the double range's extremes, subnormals, negative zero, and ordinary counts. */
export const finiteNumber = fc.oneof(
  fc.integer({ min: 0, max: 100 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 5e-324, 1e-300, 0.1, 2437, Number.MAX_SAFE_INTEGER, 1e308, -1e308, Number.MAX_VALUE, -Number.MAX_VALUE),
);

/** A claim that passes the schema and the claim rules, with any text, figure and date the schema allows. */
export const validClaim: fc.Arbitrary<Claim> = fc
  .record({
    id: fc.oneof(label, fc.string({ minLength: 1, maxLength: 8 })),
    documentId: label,
    quote: fc.oneof(label, hostileText(40)).filter((s) => s.length > 0),
    span: fc.option(
      fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) })),
      { nil: null },
    ),
    stated: finiteNumber,
    above: fc.oneof(fc.constant(0), fc.double({ min: 0, noNaN: true, noDefaultInfinity: true })),
    statedText: label,
    qualifier: fc.constantFrom(...QUALIFIERS),
    hedge: maybeText,
    unit: fc.constantFrom('count', 'count', 'percent', 'USD', '__proto__'),
    measure: fc.option(label, { nil: null }),
    subMeasure: fc.option(label, { nil: null }),
    measureText: maybeText,
    locations: fc.uniqueArray(label, { maxLength: 3 }),
    period,
    asOf: nullableDate,
    asOfBounds: period,
    attribution: fc.option(fc.record({ speaker: maybeText, organization: maybeText }), { nil: null }),
    source: fc.record({
      name: maybeText,
      url: fc.option(fc.oneof(fc.webUrl(), fc.constantFrom('javascript:alert(1)', 'data:text/html,<script>alert(1)</script>'), label), {
        nil: null,
      }),
      published: nullableDate,
    }),
  })
  .map(({ above, ...claim }) => {
    const upper = claim.qualifier === 'range' ? Math.min(claim.stated + above, Number.MAX_VALUE) : null;
    return { ...claim, upper: upper !== null && upper < claim.stated ? claim.stated : upper };
  });

/** Claims with distinct ids, which are themselves any text (prototype words included). */
export const validClaims = (maxLength: number): fc.Arbitrary<Claim[]> =>
  fc.uniqueArray(validClaim, { selector: (claim) => claim.id, maxLength });
