import {
  ClaimReconcilerError,
  ERROR_CODES,
  createLexicon,
  extractClaims,
  readDataset,
  reconcile,
  renderReport,
  validateClaims,
  type Document,
  type LexiconData,
} from '../../lib/index';
import { UsageError, describeValue, format } from '../../lib/errors/messages';

/** What a caller's `catch` receives. */
function caught(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error, none was thrown');
}

describe('errors a program can read', () => {
  it('names the lexicon, the field and the code for a measure within one the lexicon lacks', () => {
    const data: LexiconData = {
      name: 'elections',
      measures: [
        { name: 'votes', terms: ['votes'] },
        { name: 'postal votes', terms: ['postal votes'], within: 'ballots' },
      ],
      places: [],
    };
    const error = caught(() => createLexicon(data));
    expect(error).toBeInstanceOf(ClaimReconcilerError);
    expect(error).toMatchObject({
      name: 'ClaimReconcilerError',
      code: 'invalid-lexicon',
      record: 'lexicon "elections"',
      field: '/measures/1/within',
      message: 'measure "postal votes" is within "ballots", which the lexicon does not define',
    });
  });

  it('names a lexicon field that breaks the schema with its JSON pointer', () => {
    const data = { name: 'x', measures: [{ name: 'votes', terms: 'votes' }], places: [] } as unknown as LexiconData;
    expect(caught(() => createLexicon(data))).toMatchObject({ code: 'invalid-lexicon', record: 'lexicon "x"', field: '/measures/0/terms' });
  });

  it('gives reconcile() and validateClaims() called without an array an invalid-argument error, not a TypeError', () => {
    for (const run of [() => reconcile('not an array' as never), () => validateClaims('not an array' as never)]) {
      const error = caught(run);
      expect(error).toBeInstanceOf(ClaimReconcilerError);
      expect(error).toMatchObject({ code: 'invalid-argument', record: null, field: null });
      expect((error as Error).message).toMatch(/^(reconcile|validateClaims)\(\) takes an array of records, not a string$/);
    }
  });

  it.each([
    ['a string', 'just text', null, 'extractClaims() takes a document ({ id, text, source }), not a string'],
    [
      'text that is a number',
      { id: 'a', text: 5, source: { name: null, url: null, published: null } },
      '/text',
      'extractClaims(): document (id a): /text must be a string, not a number',
    ],
    [
      'no source',
      { id: 'a', text: 'Two strikes.' },
      '/source',
      'extractClaims(): document (id a): /source must be an object { name, url, published }, not undefined',
    ],
    [
      'a publication date that is not a date',
      { id: 'a', text: 'Two strikes.', source: { name: null, url: null, published: '2023-02-30' } },
      '/source/published',
      'extractClaims(): document (id a): /source/published must be a date written YYYY-MM-DD or null, not 2023-02-30',
    ],
  ])('refuses a document with %s, naming the field', (_name, document, field, message) => {
    const error = caught(() => extractClaims(document as unknown as Document));
    expect(error).toBeInstanceOf(ClaimReconcilerError);
    expect(error).toMatchObject({ code: 'invalid-argument', field, message });
  });

  it('refuses to render what is not a reconciliation, naming the missing list', () => {
    expect(caught(() => renderReport('report' as never))).toMatchObject({ code: 'invalid-argument', field: null });
    const partial = { claims: [], groups: [], relations: [], findings: [], estimates: [] };
    expect(caught(() => renderReport(partial as never))).toMatchObject({
      code: 'invalid-argument',
      record: 'reconciliation',
      field: '/rejected',
      message: "renderReport(): the reconciliation's rejected must be an array, not undefined",
    });
  });

  it('names the dataset and the column a mapping reads but the file lacks', () => {
    const mapping = { value: 'cases', measure: { const: 'cases' }, locations: 'state', asOf: 'date', source: 'source' };
    const error = caught(() => readDataset('state,date,source\nIowa,2020-05-01,CTP\n', mapping, { format: 'csv', origin: 'figures.csv' }));
    expect(error).toMatchObject({ code: 'invalid-dataset', record: 'figures.csv', field: 'cases' });
    expect(caught(() => readDataset(42 as never, mapping, { format: 'csv' }))).toMatchObject({ code: 'invalid-argument' });
  });

  it('exports the codes a program can branch on; a usage error carries its own', () => {
    expect([...ERROR_CODES].sort()).toEqual([
      'invalid-argument',
      'invalid-dataset',
      'invalid-lexicon',
      'invalid-mapping',
      'invalid-option',
      'usage',
    ]);
    expect(new UsageError('no command given').code).toBe('usage');
  });
});

describe('one class whichever copy threw', () => {
  it('holds instanceof for an error from another copy of the module (the ESM and CommonJS builds side by side)', () => {
    let other: typeof import('../../lib/errors/messages') | undefined;
    jest.isolateModules(() => {
      other = jest.requireActual<typeof import('../../lib/errors/messages')>('../../lib/errors/messages');
    });
    const OtherClass = other!.ClaimReconcilerError;
    expect(OtherClass).not.toBe(ClaimReconcilerError);
    const fromOther = new OtherClass('invalid-option', 'estimate policy "median" is not one of conservative, range, best-estimate');
    expect(fromOther).toBeInstanceOf(ClaimReconcilerError);
    expect(new ClaimReconcilerError('usage', 'x')).toBeInstanceOf(OtherClass);
  });

  it('keeps subclasses apart: a library error is not a usage error, and plain errors are neither', () => {
    expect(new ClaimReconcilerError('invalid-option', 'x')).not.toBeInstanceOf(UsageError);
    expect(new UsageError('x')).toBeInstanceOf(ClaimReconcilerError);
    expect(new TypeError('records.forEach is not a function')).not.toBeInstanceOf(ClaimReconcilerError);
    expect({ code: 'usage', message: 'x' }).not.toBeInstanceOf(ClaimReconcilerError);
  });
});

describe('messages are never cut', () => {
  it('keeps a path or option of ordinary length whole', () => {
    const path = 'newsroom/shared/2023/october/attacks-on-us-forces/figures-from-the-pentagon-briefings.ndjson';
    expect(format('missingFile', path)).toBe(`${path}: no such file or directory. Check the path, or run from the folder that holds it.`);
  });

  it('shows a value of megabytes by its start and its length, never by a cut without notice', () => {
    const cell = 'x'.repeat(1_000_000);
    const shown = describeValue(cell);
    expect(shown.length).toBeLessThan(120);
    expect(shown).toBe(`${'x'.repeat(80)}… (1000000 characters)`);
  });

  it('does not split a surrogate pair where it shortens a value', () => {
    const shown = describeValue(`${'x'.repeat(79)}😀${'y'.repeat(300)}`);
    expect(shown.startsWith(`${'x'.repeat(79)}…`)).toBe(true);
  });
});
