// `npm run example:covid`: reconcile three public COVID-19 datasets in full
// (about 144,000 rows, each giving a case and a death count per US state and
// day) and print what a newsroom would want to know: how many findings of each
// kind, the ten that weigh most with their dates, gaps and the rows behind
// them, the verdicts they come from, the time taken and peak memory. The data
// sit beside the project in ../shared/external; The New York Times' file is
// under a non-commercial licence, so it is read from there and never copied
// into the project.
//
// Options: --tolerance 0.02 (same-day figures this share apart agree; default 0.02)
//          --floor 100 (findings whose figures all stay below it are one small-count line per subject)
//          --report FILE (also write the whole report; .md, .html, .csv or .json)
import { createReadStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';

const root = new URL('../../', import.meta.url);
const external = new URL('../shared/external/', root);
const dist = new URL('dist/index.js', root);

if (!existsSync(external)) {
  console.log('example:covid skipped: ../shared/external (the COVID datasets) is not present beside the project.');
  process.exit(0);
}
if (!existsSync(dist)) {
  console.error('example:covid needs the build: run "npm run build" first (npm run example:covid does).');
  process.exit(1);
}

const { values } = parseArgs({
  options: { tolerance: { type: 'string', default: '0.02' }, floor: { type: 'string', default: '100' }, report: { type: 'string' } },
});
const tolerance = Number(values.tolerance);
// State counts below 100 are the first days of the epidemic or a territory's handful of cases:
// 5 against 0 is 100% apart and would say nothing about the sources.
const floor = Number(values.floor);
const lib = await import(dist.href);

const file = (path) => new URL(path, external);
const crosswalk = lib.parseCsv(readFileSync(file('covid-us-states-crosswalk/state_codes.csv'), 'utf8'), 'state_codes.csv');
// Postal codes, FIPS codes and CTP's two odd spellings all resolve to one canonical state name.
const placeNames = lib.placeNamesFromRows(crosswalk.rows, { canonical: 'name', aliases: ['usps', 'fips'] });
placeNames.set('District Of Columbia', 'District of Columbia');
placeNames.set('US Virgin Islands', 'Virgin Islands');

const cumulative = (source, value, measure, place, date) => ({
  value,
  measure: { const: measure },
  locations: place,
  asOf: date,
  period: 'cumulative',
  source: { const: source },
});
const sources = [
  {
    name: 'The COVID Tracking Project',
    path: 'covid-tracking-project-states/all-states-history.csv',
    mappings: [
      cumulative('The COVID Tracking Project', 'positive', 'cases', 'state', 'date'),
      cumulative('The COVID Tracking Project', 'death', 'deaths', 'state', 'date'),
    ],
  },
  {
    name: 'JHU CSSE',
    path: 'jhu-csse-daily-reports-us/jhu_csse_daily_reports_us.csv',
    mappings: [
      cumulative('JHU CSSE', 'Confirmed', 'cases', 'Province_State', 'report_date'),
      cumulative('JHU CSSE', 'Deaths', 'deaths', 'Province_State', 'report_date'),
    ],
  },
  {
    name: 'The New York Times',
    path: 'nyt-covid-us-states/us-states.csv',
    mappings: [
      cumulative('The New York Times', 'cases', 'cases', 'state', 'date'),
      cumulative('The New York Times', 'deaths', 'deaths', 'state', 'date'),
    ],
  },
];

const grouped = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const started = performance.now();

console.log(
  `claim-reconciler: three COVID-19 sources in full, same-day tolerance ${(tolerance * 100).toFixed(1)}%, small-count floor ${grouped(floor)}\n`,
);
const claims = [];
const rejected = [];
let rows = 0;
for (const source of sources) {
  const t0 = performance.now();
  const origin = source.path.split('/').pop();
  const dataset = await lib.readDatasetStream(createReadStream(file(source.path)), source.mappings, { format: 'csv', origin, placeNames });
  const sourceRows = (dataset.claims.length + dataset.rejected.length) / source.mappings.length;
  rows += sourceRows;
  for (const claim of dataset.claims) claims.push(claim);
  for (const record of dataset.rejected) rejected.push(record);
  console.log(
    `  ${source.name.padEnd(28)} ${grouped(sourceRows).padStart(7)} rows -> ${grouped(dataset.claims.length).padStart(7)} claims, ` +
      `${grouped(dataset.rejected.length).padStart(5)} rejected  (${((performance.now() - t0) / 1000).toFixed(1)} s)`,
  );
}
const loaded = performance.now();

const reasons = new Map();
for (const record of rejected) {
  const reason = record.reason
    .replace(/^.* row \d+( \([^)]*\))?: /, '')
    .replace(/"[^"]*" is not a known place/, 'a place that is not a US state or territory');
  reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
}
console.log(`\n${grouped(rows)} rows, ${grouped(claims.length)} claims, ${grouped(rejected.length)} rejected rows:`);
for (const [reason, count] of [...reasons].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 6)) {
  console.log(`  ${grouped(count).padStart(7)}  ${reason}`);
}

// The health lexicon: under the default (armed conflict) one, deaths would be the killed among casualties.
const lexicon = lib.createLexicon(lib.healthLexiconData);
const result = lib.reconcile(claims, { rejected, lexicon, sameFigureTolerance: tolerance, findingCountFloor: floor });
const reconciled = performance.now();

const kinds = new Map();
for (const relation of result.relations) kinds.set(relation.kind, (kinds.get(relation.kind) ?? 0) + 1);
const verdicts = ['conflict', 'correction', 'progression', 'agree', 'compatible']
  .map((kind) => `${grouped(kinds.get(kind) ?? 0)} ${kind}`)
  .join(', ');
console.log(`\n${grouped(result.groups.length)} subjects (state x measure), ${grouped(result.relations.length)} verdicts: ${verdicts}`);

const findingKinds = new Map();
for (const finding of result.findings) findingKinds.set(finding.kind, (findingKinds.get(finding.kind) ?? 0) + 1);
const meaning = {
  disagreement: 'a source apart from the others, one way, on consecutive days',
  correction: "one step down of a source's own series",
  breakdown: 'parts that do not add up to their total',
  'small-counts': `subjects whose remaining findings all stay below ${grouped(floor)}, one line each`,
};
console.log(`\n${grouped(result.findings.length)} findings:`);
for (const kind of ['disagreement', 'correction', 'breakdown', 'small-counts']) {
  console.log(`  ${kind.padEnd(14)} ${grouped(findingKinds.get(kind) ?? 0).padStart(6)}  ${meaning[kind]}`);
}

const byId = new Map(result.claims.map((c) => [c.id, c]));
const row = (id) => {
  const claim = byId.get(id);
  return `${claim.source.name}, ${claim.asOf}: ${grouped(claim.stated)} “${claim.quote}” [${id}]`;
};
/** The conflict with the widest gap among a finding's relations: the pair of rows to look at first. */
const widest = (finding) =>
  finding.relationIndexes
    .map((i) => result.relations[i])
    .filter((r) => r.kind !== 'agree' && r.kind !== 'compatible')
    .reduce((best, r) => (best === undefined || (r.severity?.gap ?? 0) > (best.severity?.gap ?? 0) ? r : best), undefined);
console.log('\nThe ten that weigh most (typical gap as a share of the figure, times the days it lasted):');
result.findings.slice(0, 10).forEach((finding, i) => {
  console.log(`${String(i + 1).padStart(2)}. (${finding.level}, weight ${finding.weight.toFixed(1)}) ${finding.summary}`);
  const pair = widest(finding);
  if (pair) for (const id of pair.claimIds) console.log(`      ${row(id)}`);
});

if (values.report !== undefined) {
  const format = { '.md': 'markdown', '.html': 'html', '.csv': 'csv', '.json': 'json' }[extname(values.report)] ?? 'markdown';
  const started = performance.now();
  writeFileSync(values.report, lib.renderReport(result, { format }));
  console.log(`\nwrote ${values.report} (${format}) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const usage = process.resourceUsage();
console.log(
  `\ntime: load ${((loaded - started) / 1000).toFixed(1)} s, reconcile ${((reconciled - loaded) / 1000).toFixed(1)} s, ` +
    `total ${((reconciled - started) / 1000).toFixed(1)} s; ${grouped(Math.round(claims.length / ((reconciled - loaded) / 1000)))} claims/s reconciled`,
);
console.log(`peak memory: ${mb(usage.maxRSS * 1024)} resident (heap now ${mb(process.memoryUsage().heapUsed)})`);
