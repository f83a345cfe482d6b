import type { Claim } from '../../lib/records';

/** A valid claim to start from; tests override what they are about. */
export function makeClaim(overrides: Partial<Claim> = {}): Claim {
  return {
    id: 'c1',
    documentId: 'doc-1',
    quote: 'at least 19 times',
    span: { start: 0, end: 17 },
    stated: 19,
    statedText: '19',
    qualifier: 'at-least',
    upper: null,
    hedge: 'at least',
    unit: 'count',
    measure: 'attacks',
    subMeasure: null,
    measureText: 'attacked',
    locations: ['Iraq', 'Syria'],
    period: { start: '2023-10-20', end: '2023-10-27' },
    asOf: '2023-10-27',
    asOfBounds: null,
    attribution: null,
    source: { name: 'Example News', url: null, published: '2023-10-27' },
    ...overrides,
  };
}
