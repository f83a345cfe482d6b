// A new user's project, as the README tells them to make it: `npm init -y`,
// then `npm install` of the tarball `npm pack` makes from this checkout, in a
// temporary folder this script removes. Needs dist/ (npm test builds it
// first). From that project: ESM and CommonJS both catch
// ClaimReconcilerError by instanceof and code, whichever entry threw (the
// package, its /jest matchers, the other module format, the CLI); every
// shipped schema compiles with a fresh Ajv2020; strict TypeScript refuses a
// misspelt mapping key; the bin runs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { check, summary } from './check.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const temp = mkdtempSync(join(tmpdir(), 'claim-reconciler-install-'));
const project = join(temp, 'project');

function run(command, args, cwd = project) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 16 << 20 });
  return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? String(result.error ?? '') };
}

function succeeds(command, args, cwd) {
  const result = run(command, args, cwd);
  assert.equal(result.status, 0, `${command} ${args.join(' ')} exited ${result.status}:\n${result.stderr}${result.stdout}`);
  return result;
}

const files = {
  'esm.mjs': `
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import * as lib from 'claim-reconciler';
import { matchers } from 'claim-reconciler/jest';

const cjs = createRequire(import.meta.url)('claim-reconciler');
const thrown = (fn) => { try { fn(); } catch (error) { return error; } assert.fail('nothing was thrown'); };

const error = thrown(() => lib.reconcile('not an array'));
assert.ok(error instanceof lib.ClaimReconcilerError);
assert.equal(error.code, 'invalid-argument');
assert.equal(error.message, 'reconcile() takes an array of records, not a string');
assert.ok(error instanceof cjs.ClaimReconcilerError, 'the CommonJS class knows an error of the ESM build');
assert.ok(thrown(() => cjs.reconcile(42)) instanceof lib.ClaimReconcilerError, 'the ESM class knows an error of the CommonJS build');
const fromMatcher = thrown(() => matchers.toReconcileWithin.call({}, [], { tolerance: -1 }));
assert.ok(fromMatcher instanceof lib.ClaimReconcilerError, 'an error under claim-reconciler/jest is the same class');
assert.deepEqual([fromMatcher.code, fromMatcher.field], ['invalid-option', 'sameFigureTolerance']);
const lexicon = thrown(() => lib.createLexicon({ name: 'x', measures: [{ name: 'a', terms: ['a'], within: 'b' }], places: [] }));
assert.deepEqual([lexicon.code, lexicon.record, lexicon.field], ['invalid-lexicon', 'lexicon "x"', '/measures/0/within']);
console.log('esm ok');
`,
  'cjs.cjs': `
const assert = require('node:assert/strict');
const lib = require('claim-reconciler');
const { matchers } = require('claim-reconciler/jest');
const thrown = (fn) => { try { fn(); } catch (error) { return error; } assert.fail('nothing was thrown'); };

const error = thrown(() => lib.validateClaims({ claims: [] }));
assert.ok(error instanceof lib.ClaimReconcilerError);
assert.equal(error.code, 'invalid-argument');
assert.ok(thrown(() => matchers.toHaveNoConflicts.call({}, [], { tolerance: -1 })) instanceof lib.ClaimReconcilerError);
const document = lib.loadDocument(' date 2023-10-27 Example News / At least 19 attacks on US forces in Iraq and Syria since Oct 17.');
assert.ok(lib.extractClaims(document).length > 0);
console.log('cjs ok');
`,
  'schemas.mjs': `
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { extractClaims, loadDocument } from 'claim-reconciler';

const require = createRequire(import.meta.url);
const folder = dirname(require.resolve('claim-reconciler/schemas/claim.schema.json'));
const names = readdirSync(folder).filter((name) => name.endsWith('.schema.json')).sort();
assert.deepEqual(names, ['claim.schema.json', 'common.schema.json', 'document.schema.json', 'lexicon.schema.json', 'mapping.schema.json', 'reconciliation.schema.json', 'units.schema.json']);
for (const name of names) {
  const ajv = new Ajv2020();
  addFormats(ajv);
  ajv.compile(require('claim-reconciler/schemas/' + name));
}
const ajv = new Ajv2020();
addFormats(ajv);
const isClaim = ajv.compile(require('claim-reconciler/schemas/claim.schema.json'));
const claims = extractClaims(loadDocument(' date 2023-10-27 Example News / At least 19 attacks since Oct 17.', { id: 'a' }));
assert.ok(claims.length > 0 && claims.every((claim) => isClaim(claim)), JSON.stringify(isClaim.errors));
assert.equal(isClaim({ ...claims[0], qualifier: 'roughly' }), false);
console.log('schemas ok', names.length);
`,
  'types.mts': `
import { ClaimReconcilerError, readDataset, type DatasetMapping, type ErrorCode } from 'claim-reconciler';
const csv = 'state,date,cases\\nIowa,2020-05-01,4\\n';
const mapping: DatasetMapping = { value: 'cases', measure: { const: 'cases' }, locations: 'state', asOf: 'date', source: { const: 'CTP' } };
const count: number = readDataset(csv, mapping, { format: 'csv' }).claims.length;
const code: ErrorCode | null = new ClaimReconcilerError('usage', 'x').code;
readDataset(csv, { valeu: 'cases', measure: { const: 'cases' }, locations: 'state', asOf: 'date', source: { const: 'CTP' } }, { format: 'csv' });
export { count, code };
`,
  'types.cts': `
import lib = require('claim-reconciler');
const records: number = lib.reconcile([]).claims.length;
export = records;
`,
};

const TYPE_ERROR_LINE = 7; // the readDataset call with "valeu" in types.mts

try {
  let tarball;
  await check('npm pack makes a tarball with LICENSE, the docs and the schemas, and no CommonJS copy of the CLI', () => {
    const packed = JSON.parse(succeeds('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', temp], root).stdout)[0];
    tarball = join(temp, packed.filename);
    const paths = packed.files.map((file) => file.path);
    for (const path of [
      'LICENSE',
      'README.md',
      'CHANGELOG.md',
      'SECURITY.md',
      'docs/records.md',
      'dist/index.js',
      'dist/index.cjs',
      'dist/cli.js',
    ]) {
      assert.ok(paths.includes(path), `${path} is in the tarball`);
    }
    assert.ok(paths.includes('dist/schemas/reconciliation.schema.json'));
    // lib/ ships only the notices and licences of bundled data, never code
    const fromLib = paths.filter((path) => path.startsWith('lib/'));
    assert.ok(
      !paths.includes('dist/cli.cjs') && fromLib.every((path) => /(?:NOTICE|LICENSE|README)[^/]*$/.test(path)),
      'no CommonJS CLI, no sources',
    );
    assert.ok(
      paths.includes('lib/lexicon/data/gazetteer-NOTICE.md') && paths.includes('lib/units/data/LICENSE-quantulum3.txt'),
      'data licences ship',
    );
  });

  await check('source maps keep positions, not sources', () => {
    const maps = readdirSync(join(root, 'dist')).filter((name) => name.endsWith('.map'));
    assert.ok(maps.length > 0);
    for (const name of maps) assert.equal(JSON.parse(readFileSync(join(root, 'dist', name), 'utf8')).sourcesContent, undefined, name);
  });

  await check('npm init -y && npm install the tarball', () => {
    succeeds('mkdir', [project], temp);
    succeeds('npm', ['init', '-y']);
    succeeds('npm', ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund']);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(project, name), text);
  });

  await check('ESM: instanceof and code hold for errors from the package, its /jest matchers and the CommonJS build', () => {
    assert.match(succeeds('node', ['esm.mjs']).stdout, /esm ok/);
  });

  await check('CommonJS: instanceof and code hold, and every stage runs', () => {
    assert.match(succeeds('node', ['cjs.cjs']).stdout, /cjs ok/);
  });

  await check('every shipped schema compiles with a fresh Ajv2020 (and ajv-formats for dates)', () => {
    assert.match(succeeds('node', ['schemas.mjs']).stdout, /schemas ok 7/);
  });

  await check('strict TypeScript, ESM and CommonJS resolution: the types load, and a misspelt mapping key is a type error', () => {
    const tsconfig = {
      compilerOptions: {
        strict: true,
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        target: 'ES2022',
        noEmit: true,
        // as most projects set it; the package's own declarations are checked when tsup builds them
        skipLibCheck: true,
        types: ['node'],
        typeRoots: [join(root, 'node_modules', '@types')],
      },
      files: ['types.mts', 'types.cts'],
    };
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
    const result = run('node', [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.']);
    const errors = result.stdout.split('\n').filter((line) => /error TS\d+/.test(line));
    assert.equal(errors.length, 1, `exactly one type error, got:\n${result.stdout}${result.stderr}`);
    assert.match(errors[0], new RegExp(`^types\\.mts\\(${TYPE_ERROR_LINE},\\d+\\): error TS2353: .*'valeu' does not exist in type`));
  });

  await check('the bin runs, and a library error reaches the CLI as a usage error (exit 2), not an unexpected one', () => {
    const bin = join(project, 'node_modules', '.bin', 'claim-reconciler');
    const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
    assert.equal(succeeds(bin, ['--version']).stdout.trim(), version);
    writeFileSync(join(project, 'figures.csv'), 'state,date,source\nIowa,2020-05-01,CTP\n');
    const mapping = { value: 'cases', measure: { const: 'cases' }, locations: 'state', asOf: 'date', source: 'source' };
    writeFileSync(join(project, 'mapping.json'), JSON.stringify(mapping));
    const failed = run(bin, ['reconcile', '--map', 'mapping.json', 'figures.csv']);
    assert.equal(failed.status, 2, failed.stderr);
    assert.equal(failed.stdout, '');
    assert.match(
      failed.stderr,
      /^claim-reconciler: error: figures\.csv: the mapping names column\(s\) that the file does not have: "cases"/,
    );
  });
} finally {
  rmSync(temp, { recursive: true, force: true });
}

summary('install');
