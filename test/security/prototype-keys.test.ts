import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractClaims } from '../../lib/extraction/extract';
import { reconcile } from '../../lib/reconciliation/reconcile';
import { renderReport, REPORT_FORMATS } from '../../lib/reports/render';
import { createLexicon, defaultLexiconData } from '../../lib/lexicon/lexicon';
import { loadDataset, parseCsv, parseNdjsonRows } from '../../lib/datasets';
import { validateClaims } from '../../lib/schema/validate';
import type { Claim, Reconciliation } from '../../lib/records';
import { runCli, withStdin } from '../helpers/run-cli';
import { makeClaim } from '../helpers/claims';

/**
 * Keys such as `__proto__`, `constructor` and `prototype` arrive in claim
 * records, dataset rows and headers, mappings, sidecars, documents on
 * standard input, lexicons and options. None may change any object's
 * prototype: after each scenario Object.prototype and Array.prototype have
 * exactly the properties they had, a fresh object has no inherited
 * surprises, and the outputs are plain objects.
 * (Earlier checks: test/schema, test/datasets, test/reconciliation/grouping,
 * test/extraction/properties; this suite covers every door at once.)
 */

const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'] as const;
const dir = mkdtempSync(join(tmpdir(), 'claim-reconciler-prototype-'));

const ownNames = (value: object): string[] => Object.getOwnPropertyNames(value).sort();
const before = { object: ownNames(Object.prototype), array: ownNames(Array.prototype), fn: ownNames(Function.prototype) };

afterEach(() => {
  expect(ownNames(Object.prototype)).toEqual(before.object);
  expect(ownNames(Array.prototype)).toEqual(before.array);
  expect(ownNames(Function.prototype)).toEqual(before.fn);
  const fresh = {} as Record<string, unknown>;
  for (const key of ['polluted', 'id', 'published', 'text', 'measure', 'policy', 'isAdmin']) expect(fresh[key]).toBeUndefined();
  expect(Object.getPrototypeOf(fresh)).toBe(Object.prototype);
});

/** JSON with a key set on the object itself, as JSON.parse makes it (an object literal would set the prototype). */
const withKey = (value: object, key: string, payload: unknown): Record<string, unknown> =>
  JSON.parse(`{${JSON.stringify(key)}: ${JSON.stringify(payload)}, ${JSON.stringify(value).slice(1)}`) as Record<string, unknown>;

function expectPlain(result: Reconciliation): void {
  for (const list of [result.claims, result.groups, result.relations, result.estimates, result.rejected]) {
    for (const item of list) expect(Object.getPrototypeOf(item)).toBe(Object.prototype);
  }
}

describe('claim records', () => {
  it.each(PROTOTYPE_KEYS)('a claim with an own "%s" key is rejected as an unknown field, and changes nothing', (key) => {
    const polluting = withKey(makeClaim({ id: 'x' }), key, { polluted: true, isAdmin: true });
    const result = reconcile([polluting, makeClaim({ id: 'kept' })]);
    expect(result.claims.map((c) => c.id)).toEqual(['kept']);
    expect(result.rejected[0]?.field).toBe(`/${key}`);
    expectPlain(result);
  });

  it('the same keys nested in source, attribution, span and period are rejected by name', () => {
    for (const key of PROTOTYPE_KEYS) {
      for (const field of ['source', 'attribution', 'span', 'period'] as const) {
        const claim = makeClaim({ id: 'x', attribution: { speaker: 'a', organization: null } }) as unknown as Record<string, object>;
        const polluting = { ...claim, [field]: withKey(claim[field]!, key, { polluted: true }) };
        expect(validateClaims([polluting]).rejected[0]?.field).toBe(`/${field}/${key}`);
      }
    }
  });

  it('the words themselves as ids, measures, places, units and outlets group, relate and render like any others', () => {
    const claims: Claim[] = PROTOTYPE_KEYS.flatMap((word, i) => [
      makeClaim({
        id: word,
        measure: word,
        subMeasure: word,
        measureText: word,
        locations: [...PROTOTYPE_KEYS],
        unit: word,
        stated: 1 + i,
        statedText: String(1 + i),
        qualifier: 'exact',
        hedge: null,
        documentId: word,
        source: { name: word, url: null, published: '2023-10-27' },
      }),
      makeClaim({
        id: `${word}-2`,
        measure: word,
        locations: [...PROTOTYPE_KEYS],
        unit: word,
        stated: 10 + i,
        statedText: String(10 + i),
        qualifier: 'exact',
        hedge: null,
        source: { name: 'toString', url: null, published: '2023-10-27' },
      }),
    ]);
    const result = reconcile(claims);
    expect(result.groups.flatMap((g) => g.claimIds)).toHaveLength(claims.length);
    expect(result.relations.filter((r) => r.kind === 'conflict')).toHaveLength(PROTOTYPE_KEYS.length);
    expectPlain(result);
    // Markdown escapes the underscores: \_\_proto\_\_
    for (const format of REPORT_FORMATS) expect(renderReport(result, { format })).toMatch(/\\?_\\?_proto\\?_\\?_/);
  });

  it('options with own prototype keys are ignored, not merged', () => {
    const options = JSON.parse(
      '{"__proto__": {"policy": "range", "tolerances": {"severityHigh": -1}}, "constructor": {"prototype": {"polluted": 1}}}',
    );
    const result = reconcile([makeClaim({ id: 'a' })], options);
    expect(result.estimates.every((e) => e.policy === 'best-estimate')).toBe(true);
  });
});

describe('dataset rows, headers and mappings', () => {
  const mapping = { value: 'cases', measure: { const: 'cases' }, locations: 'state', asOf: 'date', source: 'source' };

  it.each(PROTOTYPE_KEYS)('a CSV header column named "%s" is an ordinary column', (key) => {
    const { rows } = parseCsv(`${key},date,state,source\n7,2020-04-01,NY,a\n`);
    expect(Object.prototype.hasOwnProperty.call(rows[0], key)).toBe(true);
    const { claims } = loadDataset(rows, { ...mapping, value: key });
    expect(claims.map((c) => c.stated)).toEqual([7]);
  });

  it('NDJSON rows carrying the keys read them as cells and nothing more', () => {
    const text = PROTOTYPE_KEYS.map(
      (key) => `{"${key}": {"polluted": true}, "cases": "3", "date": "2020-04-01", "state": "NY", "source": "a"}`,
    ).join('\n');
    const { rows } = parseNdjsonRows(text, 'rows.ndjson');
    const { claims, rejected } = loadDataset(rows, mapping);
    expect(claims.length + rejected.length).toBe(PROTOTYPE_KEYS.length);
  });

  it.each(PROTOTYPE_KEYS)('placeNames with a "%s" key maps only what it names', (key) => {
    const placeNames = JSON.parse(`{"${key}": "Polluted", "NY": "New York"}`);
    const { claims } = loadDataset([{ cases: '3', date: '2020-04-01', state: 'NY', source: 'a' }], { ...mapping, placeNames });
    expect(claims[0]?.locations).toEqual(['New York']);
    const { claims: odd } = loadDataset([{ cases: '3', date: '2020-04-01', state: key, source: 'a' }], { ...mapping, placeNames });
    expect(odd[0]?.locations ?? []).not.toContain('New York');
  });

  it.each(PROTOTYPE_KEYS)('a mapping with an own "%s" key is refused by its schema', (key) => {
    expect(() => loadDataset([], withKey(mapping, key, { id: 'x', polluted: true }) as never)).toThrow(
      `mapping: /${key} is not a known field`,
    );
  });
});

describe('documents, sidecars and lexicons', () => {
  it('documents on standard input take text, date and outlet only from their own fields', async () => {
    const lines = [
      '{"__proto__": {"text": "At least 99 attacks.", "published": "1999-01-01"}, "id": "a", "text": "At least 19 attacks hit Iraq."}',
      '{"constructor": {"prototype": {"polluted": true}}, "id": "b", "text": "At least 20 attacks hit Iraq.", "source": {"__proto__": {"name": "Spoofed"}}}',
      '{"prototype": {"text": "x"}, "id": "c"}',
    ];
    const run = await withStdin(lines.join('\n'), () => runCli(['extract', '-']));
    const claims = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Claim);
    expect(claims.map((c) => [c.documentId, c.stated, c.source.published, c.source.name])).toEqual([
      ['a', 19, null, null],
      ['b', 20, null, null],
    ]);
    expect(run.stderr).toContain('stdin line 3: document text must be a string');
  });

  it('a sidecar with a __proto__ key gives no metadata through it', async () => {
    const article = join(dir, 'article.txt');
    writeFileSync(article, 'At least 19 attacks hit US troops in Iraq.');
    writeFileSync(
      join(dir, 'article.meta.json'),
      '{"__proto__": {"published": "1999-01-01", "outlet": "Spoofed"}, "constructor": {"outlet": "x"}}',
    );
    const run = await runCli(['extract', article]);
    const claims = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Claim);
    expect(claims[0]?.source).toEqual({ name: null, url: null, published: null });
  });

  it('a lexicon whose measures and places are called by these words works as any other', () => {
    const lexicon = createLexicon({
      ...defaultLexiconData,
      name: 'prototype words',
      measures: [
        ...defaultLexiconData.measures,
        { name: 'constructor', terms: ['constructors', '__proto__', 'prototypes'], nature: 'count' },
      ],
      places: [...defaultLexiconData.places, { name: 'prototype', aliases: ['Constructorland'] }],
    });
    const claims = extractClaims(
      {
        id: 'doc',
        text: 'Officials counted 12 prototypes in Constructorland and 4 __proto__ there.',
        source: { name: null, url: null, published: '2023-10-27' },
      },
      { lexicon },
    );
    expect(claims.find((c) => c.stated === 12)?.measure).toBe('constructor');
    expect(lexicon.measureForTerm('toString')).toBeNull();
    expect(lexicon.measureForTerm('hasOwnProperty')).toBeNull();
  });
});
