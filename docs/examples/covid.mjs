// `npm run example:covid`: reconcile three public COVID-19 datasets in full
// (about 144,000 rows, each giving a case and a death count per US state and
// day) and print what a newsroom would want to know: how many subjects, how
// many of each verdict, the ten most severe conflicts with their figures, the
// time taken and peak memory. The data sit beside the project in
// ../shared/external; The New York Times' file is under a non-commercial
// licence, so it is read from there and never copied into the project.
//
// Options: --tolerance 0.02 (same-day figures this share apart agree; default 0.02)
import { createReadStream, existsSync, readFileSync } from 'node:fs';
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

const { values } = parseArgs({ options: { tolerance: { type: 'string', default: '0.02' } } });
const tolerance = Number(values.tolerance);
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

console.log(`claim-reconciler: three COVID-19 sources in full, same-day tolerance ${(tolerance * 100).toFixed(1)}%\n`);
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
const result = lib.reconcile(claims, { rejected, lexicon, sameFigureTolerance: tolerance });
const reconciled = performance.now();

const kinds = new Map();
for (const relation of result.relations) kinds.set(relation.kind, (kinds.get(relation.kind) ?? 0) + 1);
console.log(`\n${grouped(result.groups.length)} groups (state x measure), ${grouped(result.relations.length)} relations:`);
for (const kind of ['conflict', 'correction', 'breakdown', 'scope', 'progression', 'distinct-events', 'compatible', 'agree']) {
  console.log(`  ${kind.padEnd(16)} ${grouped(kinds.get(kind) ?? 0).padStart(8)}`);
}
const conflicts = result.relations.filter((r) => r.kind === 'conflict');
const levels = new Map();
for (const c of conflicts) levels.set(c.severity?.level ?? 'unknown', (levels.get(c.severity?.level ?? 'unknown') ?? 0) + 1);
console.log(`  conflicts by severity: ${['high', 'medium', 'low'].map((l) => `${grouped(levels.get(l) ?? 0)} ${l}`).join(', ')}`);
const sourceOf = new Map(result.claims.map((c) => [c.id, c.source.name]));
const pairs = new Map();
for (const c of conflicts) {
  const key = c.claimIds
    .map((id) => sourceOf.get(id))
    .sort()
    .join(' vs ');
  pairs.set(key, (pairs.get(key) ?? 0) + 1);
}
for (const [key, count] of [...pairs].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
  console.log(`  conflicts ${key}: ${grouped(count)}`);
}

const byId = new Map(result.claims.map((c) => [c.id, c]));
const rank = { high: 0, medium: 1, low: 2 };
const ids = (r) => r.claimIds.join(' ');
// The reports' order: severity level, then how far apart relative to the larger figure, then ids.
const severe = [...conflicts].sort(
  (a, b) =>
    (rank[a.severity?.level] ?? 3) - (rank[b.severity?.level] ?? 3) ||
    (b.severity?.relativeGap ?? 0) - (a.severity?.relativeGap ?? 0) ||
    (ids(a) < ids(b) ? -1 : ids(a) > ids(b) ? 1 : 0),
);
const describe = (relation) => {
  const [a, b] = relation.claimIds.map((id) => byId.get(id));
  const s = relation.severity;
  return (
    `${a.measure} in ${a.locations.join(', ')}: ${grouped(a.stated)} (${a.source.name}, ${a.asOf}) vs ` +
    `${grouped(b.stated)} (${b.source.name}, ${b.asOf}); gap ${grouped(s.gap)}, ${(s.relativeGap * 100).toFixed(1)}%, ${s.level}\n` +
    `    “${a.quote}” [${a.id}]\n    “${b.quote}” [${b.id}]`
  );
};
console.log('\nThe ten most severe conflicts:');
severe.slice(0, 10).forEach((relation, i) => console.log(`${String(i + 1).padStart(2)}. ${describe(relation)}`));

// The ten above often share one cause (a source counting differently for weeks), so also the
// subjects and source pairs that hold the most high-severity conflicts, each with its worst one.
const bySubject = new Map();
for (const relation of severe) {
  if (relation.severity?.level !== 'high') continue;
  const [a, b] = relation.claimIds.map((id) => byId.get(id));
  const key = `${a.measure} in ${a.locations.join(', ')}, ${[a.source.name, b.source.name].sort().join(' vs ')}`;
  const entry = bySubject.get(key) ?? { key, count: 0, worst: relation };
  entry.count++;
  bySubject.set(key, entry);
}
const subjects = [...bySubject.values()].sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
console.log(`\nHigh-severity conflicts by subject and source pair (${grouped(subjects.length)} pairs; the ten with most):`);
for (const { key, count, worst } of subjects.slice(0, 10)) {
  const [a, b] = worst.claimIds.map((id) => byId.get(id));
  console.log(`  ${grouped(count).padStart(5)}  ${key}; worst ${grouped(a.stated)} vs ${grouped(b.stated)} on ${b.asOf}`);
}

const usage = process.resourceUsage();
console.log(
  `\ntime: load ${((loaded - started) / 1000).toFixed(1)} s, reconcile ${((reconciled - loaded) / 1000).toFixed(1)} s, ` +
    `total ${((reconciled - started) / 1000).toFixed(1)} s; ${grouped(Math.round(claims.length / ((reconciled - loaded) / 1000)))} claims/s reconciled`,
);
console.log(`peak memory: ${mb(usage.maxRSS * 1024)} resident (heap now ${mb(process.memoryUsage().heapUsed)})`);
