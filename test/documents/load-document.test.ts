import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDocument } from '../../lib/documents/load';
import { schemaIssues } from '../../lib/schema/validate';
import { expectedSeeds, readSeed, seedFiles, SEEDS_DIR } from '../helpers/seeds';
import { runCli } from '../helpers/run-cli';

describe('loadDocument on the seed headers', () => {
  const expected = expectedSeeds();
  it.each(seedFiles())('%s: publication date and url as expected.json reads them', (name) => {
    const document = loadDocument(readSeed(name), { id: name });
    const want = expected.documents[name];
    expect(document.id).toBe(name);
    expect(document.source.published).toBe(want?.published ?? null);
    expect(document.source.url).toBe(want?.url ?? null);
  });

  it('reads the outlet before " / " and keeps the text whole, the body starting after the header', () => {
    const raw = readSeed('000_c4912b409aa95c7e.txt');
    const document = loadDocument(raw);
    expect(document.source.name).toBe('Shafaq News');
    expect(document.text).toBe(raw);
    expect(raw.slice(0, document.bodyStart)).toBe(' date 2023-11-14 Shafaq News / ');
    expect(schemaIssues('document', document)).toEqual([]);
    expect(raw.slice(document.bodyStart).startsWith('The spokesperson for the US State Department')).toBe(true);
  });

  it('does not take the first words of a sentence for an outlet', () => {
    const raw = readSeed('001_29a27ad1a1ddff2e.txt');
    const document = loadDocument(raw);
    expect(document.source.name).toBeNull();
    expect(raw.slice(document.bodyStart).startsWith('The US Air Force carried out two airstrikes')).toBe(true);
  });

  it('keeps a headerless file whole with an unknown date', () => {
    const raw = readSeed('004_85b68d31132ece0e.txt');
    const document = loadDocument(raw);
    expect(document.source.published).toBeNull();
    expect(document.text).toBe(raw);
    expect(document.bodyStart).toBe(0);
  });

  it('lets the caller give what the file does not say', () => {
    const document = loadDocument('Twenty attacks.', { published: '2023-10-26', outlet: 'EL TIEMPO' });
    expect(document.source).toEqual({ name: 'EL TIEMPO', url: null, published: '2023-10-26' });
  });

  it('rejects a published date that is not a calendar date', () => {
    expect(() => loadDocument('text', { published: '2023-02-30' })).toThrow('published date "2023-02-30" is not a date');
  });

  it('gives the same id to the same text', () => {
    expect(loadDocument('Twenty attacks.').id).toBe(loadDocument('Twenty attacks.').id);
    expect(loadDocument('Twenty attacks.').id).not.toBe(loadDocument('Twenty-one attacks.').id);
  });

  it('reads the header after a byte order mark and keeps the mark in the text, so offsets index the string given', () => {
    const text = '\uFEFF date 2023-10-27 Example News / Twenty attacks.';
    const document = loadDocument(text);
    expect(document.source).toEqual({ name: 'Example News', url: null, published: '2023-10-27' });
    expect(document.text).toBe(text);
    expect(text.slice(document.bodyStart)).toBe('Twenty attacks.');
    expect(document.id).toBe(loadDocument(text.slice(1)).id);
  });

  it('takes the body start from the caller, and then reads no header', () => {
    const text = ' date 2023-10-27 Example News / By A. Writer\nTwenty attacks.';
    const document = loadDocument(text, { bodyStart: text.indexOf('Twenty') });
    expect(document.bodyStart).toBe(text.indexOf('Twenty'));
    expect(document.source).toEqual({ name: null, url: null, published: null });
  });

  it.each([-1, 2.5, 99, Number.NaN])('refuses a body start of %s, naming the document and the field', (bodyStart) => {
    expect(() => loadDocument('Twenty attacks.', { id: 'story-1', bodyStart })).toThrow(
      `document "story-1": bodyStart must be a whole number from 0 to the length of its text (15), not ${bodyStart}`,
    );
  });
});

describe('publication dates from the command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claim-reconciler-docs-'));
  const undated = join(dir, '004.txt');
  copyFileSync(join(SEEDS_DIR, '004_85b68d31132ece0e.txt'), undated);
  const dated = join(dir, '002.txt');
  copyFileSync(join(SEEDS_DIR, '002_1f3196d73c51a0ad.txt'), dated);

  async function sourcesOf(args: string[]): Promise<Record<string, unknown>> {
    const run = await runCli(['extract', '--format', 'json', ...args]);
    expect(run.status).toBe(0);
    const claims = JSON.parse(run.stdout) as Array<{ documentId: string; source: unknown }>;
    return Object.fromEntries(claims.map((c) => [c.documentId, c.source]));
  }

  it('--published fills in an undated article and leaves dated ones alone', async () => {
    const sources = await sourcesOf(['--published', '2023-10-26', undated, dated]);
    expect(sources['004.txt']).toMatchObject({ published: '2023-10-26' });
    expect(sources['002.txt']).toMatchObject({ published: '2023-10-27' });
  });

  it('a NAME.meta.json sidecar gives the date and outlet', async () => {
    writeFileSync(join(dir, '004.meta.json'), JSON.stringify({ published: '2023-10-26', outlet: 'EL TIEMPO' }));
    const sources = await sourcesOf([undated]);
    expect(sources['004.txt']).toEqual({ name: 'EL TIEMPO', url: null, published: '2023-10-26' });
  });
});

describe('publication dates in the first century', () => {
  it('accepts a real date with a year below 100, as the schema does', () => {
    expect(loadDocument('text', { published: '0099-01-01' }).source.published).toBe('0099-01-01');
    expect(() => loadDocument('text', { published: '0099-02-29' })).toThrow('is not a date');
  });
});
