/**
 * The scorer of `npm run eval` (bench/eval.mjs) on a tiny corpus written for
 * it (test/eval/fixtures/corpus: two invented stories), with the claims and
 * relations a project might give written by hand, so that each rule of the
 * matching and the counting is pinned: what matches, what is missed or
 * spurious, how each attribute is judged, and how verdicts are counted.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeArticle, findStories, parseGold, readStory, type Story } from '../../bench/eval/corpus.cjs';
import { scoreStory, total, type ScoredClaim, type ScoredReconciliation } from '../../bench/eval/score.cjs';

const CORPUS = join(__dirname, 'fixtures', 'corpus');
const harbour = readStory(join(CORPUS, 'harbour-fire-2024'));
const marathon = readStory(join(CORPUS, 'city-marathon-2024'));
const FIRST = '01_coast_gazette_12_warehouses.txt';
const SECOND = '02_river_courier_14_warehouses.txt';

let made = 0;
/** A claim as the CLI would print it, its span at `quote` in the story's article (the `nth` occurrence). */
function claimAt(story: Story, file: string, quote: string, fields: Partial<ScoredClaim> & { stated: number }, nth = 0): ScoredClaim {
  const text = story.articles.find((article) => article.name === file)!.text;
  let start = text.indexOf(quote);
  for (let i = 0; i < nth; i++) start = text.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`"${quote}" is not in ${file}`);
  return {
    id: `${file}:${start}-${start + quote.length}#${made++}`,
    documentId: file,
    quote,
    span: { start, end: start + quote.length },
    qualifier: 'exact',
    measure: null,
    locations: [],
    period: null,
    asOf: null,
    attribution: null,
    ...fields,
  };
}

const byName = (speaker: string) => ({ speaker, organization: null });
const byOrganization = (organization: string) => ({ speaker: null, organization });

const A = claimAt(harbour, FIRST, 'Harbour Fire Destroys 12 Warehouses', { stated: 12, measure: 'buildings', asOf: '2024-03-05' });
const B = claimAt(harbour, FIRST, '12 warehouses', {
  stated: 12,
  qualifier: 'at-least',
  measure: 'buildings',
  asOf: '2024-03-04',
  attribution: byOrganization('fire service'),
});
const C = claimAt(harbour, FIRST, '3 firefighters were injured', { stated: 4, measure: 'injured', asOf: '2024-03-05' });
const D = claimAt(harbour, FIRST, 'about 40 people', {
  stated: 40,
  measure: 'people',
  asOf: '2024-03-05',
  attribution: byName('Dana Mireau'),
});
const E = claimAt(harbour, SECOND, '14 warehouses destroyed', {
  stated: 14,
  measure: 'buildings',
  locations: ['Norway'],
  period: { start: '2024-03-03', end: '2024-03-06' },
  asOf: '2024-03-06',
  attribution: byOrganization('Portvale fire service'),
});
const F = claimAt(harbour, SECOND, '2 firefighters were hurt', {
  stated: 2,
  measure: 'injured',
  asOf: '2024-03-06',
  attribution: byName('officials'),
});
const G = claimAt(harbour, SECOND, 'were hurt and 2 trucks', { stated: 2, measure: null });
const H = claimAt(harbour, SECOND, 'more than 60 people', {
  stated: 60,
  qualifier: 'at-least',
  measure: 'people',
  period: { start: '2024-03-05', end: '2024-03-06' },
  asOf: '2024-03-06',
});
const offSpan = { ...claimAt(harbour, SECOND, 'Officials', { stated: 2 }), span: { start: 0, end: 9 } };
const duplicate = claimAt(harbour, SECOND, '14 warehouses', { stated: 14, measure: 'buildings', asOf: '2024-03-06' });
// G before F: the closest overlap decides, not the order of the claims.
const harbourClaims = [A, B, C, D, E, G, F, H, offSpan, duplicate];
const conflict = (kind: string, ...claims: ScoredClaim[]) => ({ kind, claimIds: claims.map((c) => c.id), reason: `${kind} for the test` });
const harbourReconciliation: ScoredReconciliation = {
  claims: harbourClaims,
  relations: [conflict('conflict', C, F), conflict('correction', B, E), conflict('progression', A, E), conflict('agree', D, H)],
};
const harbourScore = scoreStory(harbour, harbourClaims, harbourReconciliation);

const K = claimAt(marathon, marathon.articles[0]!.name, '31,000 runners', {
  stated: 31000,
  measure: 'people',
  locations: ['united kingdom'],
  period: { start: '2024-04-14', end: '2024-04-14' },
  asOf: '2024-04-14',
  attribution: byName('Organisers'),
});
const L = claimAt(marathon, marathon.articles[0]!.name, '29,500', { stated: 29500, asOf: '2024-04-14' });
const M = claimAt(marathon, marathon.articles[0]!.name, '18 runners', {
  stated: 18,
  asOf: '2024-04-14',
  attribution: byOrganization('Police'),
});
const N = claimAt(marathon, marathon.articles[0]!.name, '25', { stated: 25, asOf: '2024-04-14' });
const marathonClaims = [K, L, M, N];
const marathonScore = scoreStory(marathon, marathonClaims, {
  claims: marathonClaims,
  relations: [conflict('conflict', K, L), conflict('conflict', K, M)],
});

describe('reading a corpus', () => {
  it('scores a folder of story folders story by story, in name order, and a story folder alone', () => {
    expect(findStories(CORPUS)).toEqual([join(CORPUS, 'city-marathon-2024'), join(CORPUS, 'harbour-fire-2024')]);
    expect(findStories(join(CORPUS, 'harbour-fire-2024'))).toEqual([join(CORPUS, 'harbour-fire-2024')]);
    expect(() => findStories(join(CORPUS, 'none'))).toThrow('no such folder');
    expect(() => findStories(__dirname)).toThrow('holds no gold.json, and no folder that does');
  });

  it('keeps every annotation it cannot use, with the reason', () => {
    expect(harbour.gold.claims.map((claim) => claim.id)).toEqual(['01-1', '01-2', '01-3', '01-4', '02-1', '02-2', '02-3', '02-4']);
    expect(harbour.gold.unusable).toEqual([
      { what: 'claim #5 (id 01-5)', reason: `/quote is not in ${FIRST}` },
      { what: 'conflicts #2', reason: 'names 09-9, no usable claim' },
    ]);
    const texts = new Map([['a.txt', 'Some 12 attacks.']]);
    const gold = parseGold(
      {
        claims: [
          { id: 'x', file: 'a.txt', quote: '12 attacks', value: { low: 12, high: null }, qualifier: 'some', asOf: 'soon' },
          { id: 'x', file: 'a.txt', quote: '12 attacks', value: { low: 12 } },
          { id: 'y', file: 'b.txt', quote: '12 attacks', value: { low: 12 } },
          { id: 'z', file: 'a.txt', quote: '12 attacks', value: { low: null, high: null } },
        ],
        conflicts: [{ a: 'x' }],
      },
      texts,
    );
    expect(gold.claims).toHaveLength(1);
    expect(gold.claims[0]).toMatchObject({ qualifiers: ['approximately'], asOf: undefined });
    expect(gold.unusable.map((item) => `${item.what}: ${item.reason}`)).toEqual([
      'claim #1 (id x): /asOf "soon" cannot be read; not scored',
      'claim #2 (id x): repeats the id of an earlier claim',
      'claim #3 (id y): /file "b.txt" is no article of the folder',
      'claim #4 (id z): /value needs a finite low or high',
      'conflicts #1: does not name two claims',
    ]);
  });

  it('reads consecutive steps of a running total, past a step summed from several claims', () => {
    expect(harbour.gold.progressions).toEqual([
      ['01-2', '02-1'],
      ['01-1', '02-1'],
    ]);
  });

  it('decodes articles as the CLI does, a byte order mark being no character', () => {
    const text = 'Café: 12 attacks';
    expect(decodeArticle(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeArticle(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeArticle(Buffer.from([0x93, 0x31, 0x32, 0x94, 0xe9]))).toEqual({ text: '“12”é', encoding: 'windows-1252' });
  });
});

describe('matching claims to annotations', () => {
  it('matches a claim whose span overlaps the quote and whose number is the same, each at most once', () => {
    expect(harbourScore.counts).toMatchObject({ annotated: 8, matched: 7, missed: 1, spurious: 3, spansOff: 1 });
    expect(harbourScore.details.missed.map((gold) => gold.id)).toEqual(['01-3']);
    // 4 where the annotation says 3; a second claim on "14 warehouses"; a span that is not its quote's
    expect(harbourScore.details.spurious.map((claim) => claim.id).sort()).toEqual([C.id, duplicate.id, offSpan.id].sort());
    expect(harbourScore.details.spansOff.map((claim) => claim.id)).toEqual([offSpan.id]);
  });

  it('gives two annotations of one sentence with the same number each its own claim, the closest overlap first', () => {
    const wrongOf = (id: string) => harbourScore.details.wrong.filter((item) => item.id === id).map((item) => item.claimId);
    expect(wrongOf('02-3')).toEqual([G.id, G.id]); // G took 02-3, and its as-of and speaker are wrong
    expect(wrongOf('02-2')).toEqual([]); // F took 02-2, every attribute right
  });

  it('finds the quote at any place the article repeats it', () => {
    const story: Story = {
      name: 'repeat',
      folder: '',
      articles: [{ name: 'a.txt', path: 'a.txt', text: '12 attacks. Later: 12 attacks.', encoding: 'utf-8' }],
      gold: parseGold(
        { claims: [{ id: 'r', file: 'a.txt', quote: '12 attacks', value: { low: 12 } }] },
        new Map([['a.txt', '12 attacks. Later: 12 attacks.']]),
      ),
    };
    const second = claimAt(story, 'a.txt', '12 attacks', { stated: 12 }, 1);
    expect(scoreStory(story, [second], { claims: [], relations: [] }).counts).toMatchObject({ matched: 1, spurious: 0 });
  });

  it('gives precision, recall and F1 of the matches', () => {
    expect(harbourScore.rates.precision).toBeCloseTo(70, 6);
    expect(harbourScore.rates.recall).toBeCloseTo(87.5, 6);
    expect(harbourScore.rates.f1).toBeCloseTo((2 * 70 * 87.5) / 157.5, 6);
  });
});

describe('judging attributes of matched claims', () => {
  const wrong = (attribute: string) =>
    harbourScore.details.wrong
      .filter((item) => item.attribute === attribute)
      .map((item) => item.id)
      .sort();

  it('reads the annotated hedge through the qualifier table', () => {
    expect(harbourScore.attributes.qualifier).toEqual({ right: 6, judged: 7 });
    expect(wrong('qualifier')).toEqual(['01-4']); // "about" read as exact; "more than" read as at-least is right
  });

  it('compares measures through the synonym table, and leaves "other:" measures unjudged', () => {
    expect(harbourScore.attributes.measure).toEqual({ right: 5, judged: 5 }); // "wounded" is injured
    expect(marathonScore.attributes.measure).toEqual({ right: 1, judged: 2 }); // "participants" are people; L has none
  });

  it('compares places as sets, whatever their case and order; an empty list says no place', () => {
    expect(wrong('locations')).toEqual(['02-1']);
    expect(marathonScore.details.wrong.filter((item) => item.attribute === 'locations').map((item) => item.id)).toEqual([
      'm-2',
      'm-3',
      'm-4',
    ]);
  });

  it('judges as-of dates exactly, an unknown date too', () => {
    expect(wrong('asOf')).toEqual(['02-3']);
  });

  it('judges the ends of a period the annotation gives, and no period where it gives none', () => {
    expect(harbourScore.attributes.period).toEqual({ right: 6, judged: 7 });
    expect(wrong('period')).toEqual(['02-4']); // a period where the annotation has none; 02-1's open end is not judged
  });

  it('rights a speaker named by a word that says who, or by its role where the annotation has no other', () => {
    expect(harbourScore.attributes.speaker).toEqual({ right: 4, judged: 5 }); // annotations without a speaker are not judged
    expect(wrong('speaker')).toEqual(['02-3']);
    expect(marathonScore.details.wrong.filter((item) => item.attribute === 'speaker').map((item) => item.id)).toEqual(['m-2', 'm-4']);
  });

  it.each([
    ['Pat Ryder (Pentagon press secretary)', byOrganization('Pentagon'), true],
    ['Pat Ryder (Pentagon press secretary)', byName('the press secretary'), false],
    ['Ministry of Education', byName('the ministry'), false],
    ['Ministry of Education', byOrganization('Education Ministry'), true],
    ['U.S. military officials (anonymous)', byName('officials'), true],
    ['a U.S. military official (via Reuters)', byName('a U.S. military official'), true],
    ['Gérald Darmanin, French Interior Minister', byName('Gerald Darmanin'), true],
    ['CGT', byOrganization('CGT'), true],
    ['the Pentagon', null, false],
  ])('speaker %j, claim %j: right %s', (speaker, attribution, right) => {
    const text = 'Officials said 12 attacks hit the base.';
    const texts = new Map([['a.txt', text]]);
    const gold = parseGold({ claims: [{ id: 's', file: 'a.txt', quote: '12 attacks', value: { low: 12 }, speaker }] }, texts);
    const story: Story = { name: 'speaker', folder: '', articles: [{ name: 'a.txt', path: 'a.txt', text, encoding: 'utf-8' }], gold };
    const score = scoreStory(story, [claimAt(story, 'a.txt', '12 attacks', { stated: 12, attribution })], { claims: [], relations: [] });
    expect(score.attributes.speaker).toEqual({ right: right ? 1 : 0, judged: 1 });
  });
});

describe('counting verdicts', () => {
  it('finds an annotated conflict only when both its claims were extracted and called a conflict or a correction', () => {
    expect(harbourScore.counts).toMatchObject({ conflicts: 1, conflictsFound: 0 });
    expect(harbourScore.details.missedConflicts).toEqual([{ pair: ['01-3', '02-2'], extracted: false }]);
    expect(marathonScore.counts).toMatchObject({ conflicts: 2, conflictsFound: 1 });
    expect(marathonScore.details.missedConflicts).toEqual([{ pair: ['m-3', 'm-4'], extracted: true }]);
  });

  it('counts a reported conflict right when annotated, unjudged between two annotated conflicts, false otherwise', () => {
    expect(harbourScore.counts).toMatchObject({ reported: 2, reportedRight: 0, reportedFalse: 2, reportedUnjudged: 0 });
    expect(harbourScore.details.falseConflicts.map((item) => item.claims)).toEqual([
      [`(not annotated: ${C.id})`, '02-2'],
      ['01-2', '02-1'],
    ]);
    expect(marathonScore.counts).toMatchObject({ reported: 2, reportedRight: 1, reportedFalse: 0, reportedUnjudged: 1 });
    expect(marathonScore.rates.conflictPrecision).toBe(100);
  });

  it('keeps look-alikes and progressions that no conflict or correction links', () => {
    expect(harbourScore.counts).toMatchObject({ lookAlikes: 1, lookAlikesKept: 1, progressions: 2, progressionsKept: 1 });
    expect(harbourScore.details.flaggedProgressions).toEqual([['01-2', '02-1']]);
  });

  it('totals the counts of every story and rates the sums', () => {
    const sum = total([harbourScore, marathonScore]);
    expect(sum.counts).toMatchObject({ annotated: 12, matched: 11, missed: 1, spurious: 3, conflicts: 3, conflictsFound: 1 });
    expect(sum.rates.precision).toBeCloseTo((100 * 11) / 14, 6);
    expect(sum.rates.conflictPrecision).toBeCloseTo(100 / 3, 6);
  });
});

describe('bench/eval.mjs without a corpus', () => {
  // A copy of the scorer in a folder with nothing beside it: no ../shared/corpus, and no built CLI.
  const project = join(mkdtempSync(join(tmpdir(), 'claim-reconciler-eval-')), 'project');
  cpSync(join(__dirname, '..', '..', 'bench', 'eval.mjs'), join(project, 'bench', 'eval.mjs'));
  cpSync(join(__dirname, '..', '..', 'bench', 'eval'), join(project, 'bench', 'eval'), { recursive: true });
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [join(project, 'bench', 'eval.mjs'), ...args], {
      encoding: 'utf8',
      env: { ...process.env, INIT_CWD: project },
    });

  it('skips with a message and exit status 0 when no folder is given and there is no corpus beside the project', () => {
    const text = run();
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('skipped: no annotated corpus at ../shared/corpus');
    expect(JSON.parse(run('--json').stdout)).toEqual({ skipped: expect.stringContaining('skipped') });
  });

  it('names a folder that does not exist, from where the user stood, and exits 2', () => {
    const missing = run('stories');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain(`eval: ${join(project, 'stories')}: no such folder`);
    expect(run('--colour').status).toBe(2);
  });
});
