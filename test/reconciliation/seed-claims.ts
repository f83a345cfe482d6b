import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Attribution, Claim, Period, Qualifier } from '../../lib/records';
import { expectedSeeds, readSeed, type ExpectedSeeds } from '../helpers/seeds';

/**
 * The claims a careful reader finds in the seed articles (fixtures/seeds/expected.json)
 * as full Claim records, so that reconciliation is tested without extraction.
 */

type ExpectedClaim = ExpectedSeeds['claims'][number];

const documentBounds = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'seed-document-bounds.json'), 'utf8')) as {
  documents: Record<string, Period>;
};

/** Number words as the seeds write them. */
const NUMBER_WORDS: ReadonlyArray<[number, readonly string[]]> = [
  [1, ['a', 'an']],
  [2, ['a pair', 'two']],
  [4, ['four']],
  [10, ['ten']],
  [12, ['a dozen', 'twelve']],
];

/** Hedge words that set a qualifier, longest first so "at least" wins over "least". */
const HEDGES = ['approximately', 'at least', 'more than', 'roughly', 'around', 'about', 'over', 'some', 'nearly', 'almost'];

/** Attributions that name an organisation rather than a person. */
const ORGANISATION = /pentagon|department|ministry|media|resistance|agency|reuters/i;

export function seedClaims(): Claim[] {
  const expected = expectedSeeds();
  return expected.claims.map((entry) => toClaim(entry, expected));
}

export function toClaim(entry: ExpectedClaim, expected: ExpectedSeeds = expectedSeeds()): Claim {
  const document = expected.documents[entry.doc];
  if (!document) throw new Error(`expected.json names no document ${entry.doc}`);
  const statedText = statedTextOf(entry);
  const qualifier = entry.qualifier[0] as Qualifier;
  const text = readSeed(entry.doc);
  const start = text.indexOf(entry.quote);
  return {
    id: entry.id,
    documentId: entry.doc,
    quote: entry.quote,
    span: start >= 0 ? { start, end: start + entry.quote.length } : null,
    stated: entry.stated,
    statedText,
    qualifier,
    upper: null,
    hedge: qualifier === 'exact' ? null : hedgeOf(entry.quote, statedText),
    unit: 'count',
    measure: entry.measure,
    subMeasure: entry.subMeasure ?? null,
    measureText: entry.quote,
    locations: entry.locations,
    period: entry.period,
    asOf: entry.asOf,
    asOfBounds: entry.asOf === null ? (documentBounds.documents[entry.doc] ?? null) : null,
    attribution: attributionOf(entry.attribution),
    source: { name: document.outlet, url: document.url ?? null, published: document.published },
  };
}

function statedTextOf(entry: ExpectedClaim): string {
  const digits = entry.stated.toLocaleString('en-US');
  if (entry.quote.includes(digits)) return digits;
  const lower = entry.quote.toLowerCase();
  const words = NUMBER_WORDS.find(([n]) => n === entry.stated)?.[1] ?? [];
  const word = words.find((w) => new RegExp(`\\b${w}\\b`).test(lower));
  if (word === undefined) throw new Error(`cannot find ${entry.stated} in "${entry.quote}"`);
  const at = lower.search(new RegExp(`\\b${word}\\b`));
  return entry.quote.slice(at, at + word.length);
}

/** The hedge that sits right before the number: "attacked at least 16 times" → "at least". */
function hedgeOf(quote: string, statedText: string): string | null {
  const before = quote.slice(0, quote.indexOf(statedText)).trim().toLowerCase();
  return HEDGES.find((hedge) => before.endsWith(hedge)) ?? null;
}

function attributionOf(name: string | null): Attribution | null {
  if (name === null) return null;
  return ORGANISATION.test(name) ? { speaker: null, organization: name } : { speaker: name, organization: null };
}
