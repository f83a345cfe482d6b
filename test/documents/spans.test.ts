/**
 * Spans index the text the caller gave, header line included:
 * `text.slice(span.start, span.end) === quote` for the string passed to
 * `loadDocument` and for the decoded text of a file given to `extract`.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { extractClaims, loadDocument, type Claim } from '../../lib/index';
import { readSeed, seedFiles } from '../helpers/seeds';
import { runCli, withStdin } from '../helpers/run-cli';

const BODY = [
  'Officials said at least 12 attacks hit bases in Iraq since October 17.',
  'About 2,000 troops remain in Syria, the ministry said on Tuesday.',
  // Letters outside ASCII before the figures: offsets count characters of the decoded text, not bytes.
  'Café owners in Lyon counted 35 protesters outside the préfecture; 4 police officers were injured.',
  'Rescuers pulled 14 survivors from the rubble and nearly 300 people were killed, the agency said.',
].join('\n\n');

/** Every claim quotes the text at its span, and none comes from before the body. */
function expectSpansIndex(text: string, bodyStart: number, claims: readonly Claim[]): void {
  expect(claims.length).toBeGreaterThan(0);
  for (const claim of claims) {
    expect(claim.span).not.toBeNull();
    expect(text.slice(claim.span!.start, claim.span!.end)).toBe(claim.quote);
    expect(claim.span!.start).toBeGreaterThanOrEqual(bodyStart);
    expect(claim.id).toBe(`${claim.documentId}:${claim.span!.start}-${claim.span!.end}`);
  }
}

describe('loadDocument(text): spans index text', () => {
  it.each(seedFiles())('%s, header line included', (name) => {
    const text = readSeed(name);
    const document = loadDocument(text, { id: name });
    expectSpansIndex(text, document.bodyStart!, extractClaims(document));
  });

  it('a header with a number in the outlet gives no claim, and the body gives the same claims as without it', () => {
    const header = ' date 2023-10-27 Channel 4 News / \n';
    const document = loadDocument(header + BODY, { id: 'a' });
    const claims = extractClaims(document);
    expectSpansIndex(header + BODY, header.length - 1, claims);
    const alone = extractClaims(loadDocument(BODY, { id: 'a', published: '2023-10-27', outlet: 'Channel 4 News' }));
    expect(claims.map((c) => [c.quote, c.span!.start - header.length])).toEqual(alone.map((c) => [c.quote, c.span!.start]));
  });

  it('a byte order mark stays in the text and is counted', () => {
    const text = `\uFEFF date 2023-10-27 Example News / ${BODY}`;
    expectSpansIndex(text, 1, extractClaims(loadDocument(text, { id: 'bom' })));
  });
});

describe('any header before any body', () => {
  const date = fc
    .record({ year: fc.integer({ min: 1990, max: 2030 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
    .map(({ year, month, day }) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
  const outlet = fc.constantFrom('Example News', 'Channel 4', 'The Daily 7', 'Radio 101.5 FM', 'Agence Exemple');
  const header = fc
    .record({
      mark: fc.boolean(),
      date: fc.option(date, { nil: null }),
      after: fc.oneof(
        fc.constant(''),
        outlet.map((name) => ` ${name} / `),
        fc.constantFrom(' https://example.com/2023/10/27/story-12.html', ' http://news.example/a/1'),
      ),
      end: fc.constantFrom('', '\n', '\r\n', '\n\n', ' '),
    })
    .map(({ mark, date, after, end }) => ({ date, text: `${mark ? '\uFEFF' : ''}${date === null ? '' : ` date ${date}${after}`}${end}` }));
  const body = fc
    .array(
      fc.oneof(
        fc.constantFrom(...BODY.split('\n\n'), 'Two attacks in 2023 / 24 were reported.', '“Seven,” he said.'),
        fc.string({ maxLength: 12 }),
      ),
      { minLength: 1, maxLength: 5 },
    )
    .map((parts) => parts.join(' '));

  it('spans index the whole text, and the claims are those of the body alone', () => {
    fc.assert(
      fc.property(header, body, (head, rest) => {
        const text = head.text + rest;
        const document = loadDocument(text, { id: 'p' });
        if (head.date !== null) expect(document.source.published).toBe(head.date);
        const claims = extractClaims(document);
        for (const claim of claims) {
          expect(text.slice(claim.span!.start, claim.span!.end)).toBe(claim.quote);
          expect(claim.span!.start).toBeGreaterThanOrEqual(document.bodyStart!);
        }
        // The header is metadata only: the body read as a document of its own, with the same source, says the same.
        const from = document.bodyStart!;
        const alone = extractClaims({ id: 'p', text: text.slice(from), source: document.source });
        const shifted = alone.map((c) => ({
          ...c,
          id: `p:${c.span!.start + from}-${c.span!.end + from}`,
          span: shift(c, from),
          partOf: c.partOf
            ? c.partOf.replace(/:(\d+)-(\d+)$/, (_m, a: string, b: string) => `:${Number(a) + from}-${Number(b) + from}`)
            : c.partOf,
          provenance: shiftProvenance(c, from),
        }));
        expect(claims).toEqual(shifted);
      }),
      { numRuns: 150, seed: 20231027 },
    );
  });
});

const shift = (claim: Claim, by: number) => ({ start: claim.span!.start + by, end: claim.span!.end + by });

/** The words each attribute was read from index the text too. */
const shiftProvenance = (claim: Claim, by: number) =>
  claim.provenance &&
  Object.fromEntries(
    Object.entries(claim.provenance).map(([key, evidence]) => [
      key,
      { ...evidence, from: evidence.from && { ...evidence.from, start: evidence.from.start + by, end: evidence.from.end + by } },
    ]),
  );

describe('claim-reconciler extract FILE: spans index the file as decoded', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claim-reconciler-spans-'));
  const text = ` date 2023-10-27 Channel 4 News / \n${BODY}\n`;
  const utf16be = (value: string): Buffer => {
    const bytes = Buffer.from(value, 'utf16le');
    for (let i = 0; i + 1 < bytes.length; i += 2) [bytes[i], bytes[i + 1]] = [bytes[i + 1]!, bytes[i]!];
    return bytes;
  };
  // What each file decodes to, written independently of the CLI's decoder; a byte order mark is no character of the text.
  const files: Array<[string, Buffer, string]> = [
    ['utf8.txt', Buffer.from(text, 'utf8'), text],
    ['utf8-bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]), text],
    ['crlf.txt', Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8'), text.replace(/\n/g, '\r\n')],
    ['utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), text],
    ['utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)]), text],
    ['latin1.txt', Buffer.from(text, 'latin1'), text],
  ];
  for (const [name, bytes] of files) writeFileSync(join(dir, name), bytes);

  it.each(files.map(([name, , decoded]) => [name, decoded] as const))('%s', async (name, decoded) => {
    const run = await runCli(['extract', '--format', 'json', '--quiet', join(dir, name)]);
    expect(run.status).toBe(0);
    const claims = JSON.parse(run.stdout) as Claim[];
    expectSpansIndex(decoded, decoded.indexOf('Officials'), claims);
    expect(claims.map((c) => c.stated)).toEqual(expect.arrayContaining([12, 2000, 35, 4, 14, 300]));
  });

  it('gives the same claims for every encoding of the same text', async () => {
    const spans = async (name: string) => {
      const claims = JSON.parse((await runCli(['extract', '--format', 'json', '--quiet', join(dir, name)])).stdout) as Claim[];
      return claims.map((c) => [c.quote, c.span]);
    };
    const utf8 = await spans('utf8.txt');
    for (const name of ['utf8-bom.txt', 'utf16le.txt', 'utf16be.txt', 'latin1.txt']) expect(await spans(name)).toEqual(utf8);
  });
});

describe('claim-reconciler extract -: spans index the text of each NDJSON line', () => {
  it("reads the header of a line, honours a Document record's bodyStart and names a bad one", async () => {
    const headed = ` date 2023-10-27 Example News / ${BODY}`;
    const byline = `By A. Writer, with 6 photographs of 40 protesters\n${BODY}`;
    const lines = [
      { id: 'headed', text: headed },
      { id: 'byline', text: byline, bodyStart: byline.indexOf('Officials'), source: { name: 'Example News', url: null, published: null } },
      { id: 'bad', text: BODY, bodyStart: '3' },
    ];
    const run = await withStdin(lines.map((line) => JSON.stringify(line)).join('\n'), () =>
      runCli(['extract', '-', '--format', 'json', '--quiet']),
    );
    expect(run.stderr).toContain('stdin line 3: document "bad": bodyStart must be a whole number');
    const claims = JSON.parse(run.stdout) as Claim[];
    expectSpansIndex(
      headed,
      headed.indexOf('Officials'),
      claims.filter((c) => c.documentId === 'headed'),
    );
    expectSpansIndex(
      byline,
      byline.indexOf('Officials'),
      claims.filter((c) => c.documentId === 'byline'),
    );
    expect(claims.filter((c) => c.documentId === 'headed')[0]?.source.published).toBe('2023-10-27');
  });
});
