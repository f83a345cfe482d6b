// Loads the built package the way users do, as ESM and as CommonJS, and runs
// the CLI binary. Jest runs the TypeScript sources in CommonJS mode, which
// hides ESM-only breakage (a named lodash import, ajv's ESM entry), so this
// check runs on dist/ after the build.
import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { check, summary } from './check.mjs';

const require = createRequire(import.meta.url);
const root = new URL('../../', import.meta.url);
const seed = readFileSync(new URL('fixtures/seeds/002_1f3196d73c51a0ad.txt', root), 'utf8');
const cli = new URL('dist/cli.js', root).pathname;

function exercise(lib) {
  const document = lib.loadDocument(seed, { id: '002.txt' });
  assert.equal(document.source.published, '2023-10-27');
  const claims = lib.extractClaims(document);
  const checked = lib.validateClaims([...claims, { id: 'broken' }]);
  assert.equal(checked.claims.length, claims.length, 'every extracted claim is valid');
  assert.equal(checked.rejected.length, 1, 'a broken record is rejected by ajv');
  const result = lib.reconcile(claims);
  assert.equal(result.claims.length, claims.length);
  assert.ok(Array.isArray(result.findings), 'the reconciliation carries its findings');
  const report = lib.renderReport(result, { format: 'markdown' });
  assert.match(report, /^# Discrepancy report/);
  assert.ok(lib.getDefaultLexicon().hasMeasure('attacks'));
  // the gazetteer text is bundled by tsup's text loader, in a chunk shared by the entries
  assert.equal(lib.getDefaultLexicon().lookupPlace('Antakya')?.country, 'Turkey');
}

await check('ESM entry loads and runs every stage', async () => exercise(await import(new URL('dist/index.js', root).href)));
await check('CJS entry loads and runs every stage', async () => exercise(require(new URL('dist/index.cjs', root).pathname)));
await check('schemas are exported as package files', async () => {
  const schema = require('claim-reconciler/schemas/claim.schema.json');
  assert.equal(schema.$id, 'urn:claim-reconciler:schema:claim');
});
await check('claim-reconciler/jest loads as ESM and CJS, registers, and judges records', async () => {
  for (const jest of [await import('claim-reconciler/jest'), require('claim-reconciler/jest')]) {
    const registered = [];
    assert.equal(jest.registerMatchers({ extend: (m) => registered.push(m) }), true);
    assert.deepEqual(Object.keys(registered[0]).sort(), ['toBeValidClaims', 'toHaveNoConflicts', 'toHaveNoFindings', 'toReconcileWithin']);
    const empty = { claims: [], groups: [], relations: [], findings: [], estimates: [], rejected: [] };
    assert.equal(jest.matchers.toHaveNoConflicts.call({}, empty).pass, true);
    assert.equal(jest.matchers.toHaveNoFindings.call({}, empty).pass, true);
    const invalid = jest.matchers.toBeValidClaims.call({}, [{ id: 'x' }]);
    assert.equal(invalid.pass, false);
    assert.match(invalid.message(), /claim #1 \(id x\): \/documentId is required/);
  }
});
await check('CLI prints its version', async () => {
  const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
  assert.equal(execFileSync('node', [cli, '--version'], { encoding: 'utf8' }).trim(), pkg.version);
});
await check('CLI reconciles the seed articles as JSON', async () => {
  const out = execFileSync('node', [cli, 'reconcile', 'fixtures/seeds', '--format', 'json'], {
    cwd: root.pathname,
    encoding: 'utf8',
  });
  const result = JSON.parse(out);
  for (const key of ['claims', 'groups', 'relations', 'estimates', 'rejected']) assert.ok(Array.isArray(result[key]), key);
});
await check('CLI reads a CSV dataset through --map and pipes NDJSON through extract -', async () => {
  const out = execFileSync(
    'node',
    [cli, 'reconcile', '--map', 'fixtures/covid/jhu.mapping.json', 'fixtures/covid/jhu-states-2020.csv', '--format', 'ndjson'],
    {
      cwd: root.pathname,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const records = out
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line));
  assert.equal(records.filter((r) => r.type === 'claim').length, 2640);
  assert.ok(records.some((r) => r.type === 'relation'));
  const piped = spawnSync('node', [cli, 'extract', '-'], { input: `${JSON.stringify({ id: 'a', text: seed })}\n`, encoding: 'utf8' });
  assert.equal(piped.status, 0, piped.stderr);
  const claims = piped.stdout
    .trimEnd()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
  assert.ok(claims.length > 0 && claims.every((c) => c.documentId === 'a'));
});
await check('CLI extract output on the seed articles passes CLI validate', async () => {
  const seeds = readdirSync(new URL('fixtures/seeds/', root))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => `fixtures/seeds/${name}`);
  const claims = execFileSync('node', [cli, 'extract', ...seeds], { cwd: root.pathname, encoding: 'utf8' });
  assert.ok(claims.trim().split('\n').length >= 25, 'claims for every seed article');
  const validate = spawnSync('node', [cli, 'validate', '-'], { cwd: root.pathname, input: claims, encoding: 'utf8' });
  assert.equal(validate.status, 0, validate.stderr);
  assert.match(validate.stderr, /\b0 invalid/);
});
await check('CLI exits 2 with a message and no stdout on a missing file', async () => {
  const run = spawnSync('node', [cli, 'reconcile', 'no-such-file.txt'], { encoding: 'utf8' });
  assert.equal(run.status, 2);
  assert.equal(run.stdout, '');
  assert.match(run.stderr, /no-such-file\.txt: no such file/);
});
await check('npm run eval scores annotated articles through the built CLI', async () => {
  const run = spawnSync('node', ['bench/eval.mjs', 'test/eval/fixtures/corpus', '--json'], {
    cwd: root.pathname,
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: root.pathname },
  });
  assert.equal(run.status, 0, run.stderr);
  const { stories, total } = JSON.parse(run.stdout);
  assert.deepEqual(
    stories.map((story) => story.story),
    ['city-marathon-2024', 'harbour-fire-2024'],
  );
  assert.equal(total.counts.matched + total.counts.missed, total.counts.annotated);
  assert.equal(total.counts.spansOff, 0, 'every span points at its quote in the article as given');
});

summary('smoke');
