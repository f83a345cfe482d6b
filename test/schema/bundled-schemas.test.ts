import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { bundleSchema, readSchemas } from '../../lib/schema/bundle-schemas';
import { schemaIssues } from '../../lib/schema/validate';
import { issuesFromAjv } from '../../lib/schema/issues';
import type { SchemaName } from '../../lib/schema/ajv';
import { loadFixture } from '../reports/helpers';
import { makeClaim } from '../helpers/claims';

/**
 * The schemas the package ships (built into dist/schemas by the same
 * function) each compile alone in a fresh Ajv, as a user's would, and judge
 * records exactly as the library's own validator, which reads the schemas
 * with their cross-references. test/smoke repeats the compilation on the
 * files of the packed tarball.
 */

const { byId, files } = readSchemas(join(__dirname, '..', '..', 'schemas'));
const bundled = new Map([...files].map(([id, file]) => [file, bundleSchema(id, byId)]));
const shipped = (file: string) => bundled.get(file)!;

function freshAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats(ajv, ['date', 'uri']);
  return ajv;
}

/** Every `$ref` in a schema. */
function refs(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(refs);
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) => (key === '$ref' && typeof value === 'string' ? [value] : refs(value)));
}

const lexiconData = JSON.parse(readFileSync(join(__dirname, '..', '..', 'lib', 'lexicon', 'data', 'security.json'), 'utf8'));
const [mapping] = JSON.parse(readFileSync(join(__dirname, '..', '..', 'fixtures', 'covid', 'jhu.mapping.json'), 'utf8'));
const seeds = loadFixture('seeds');
const document = { id: 'a', text: 'Two strikes.', source: { name: 'Example News', url: null, published: '2023-10-27' } };

/** A valid record of each schema and a broken one, with the library's name for the schema. */
const cases: [file: string, name: SchemaName, valid: unknown, broken: unknown][] = [
  ['claim.schema.json', 'claim', seeds.claims[0], { ...makeClaim(), qualifier: 'roughly' }],
  ['reconciliation.schema.json', 'reconciliation', seeds, { ...seeds, claims: [{ ...makeClaim(), asOf: '2023-02-30' }] }],
  ['document.schema.json', 'document', document, { ...document, source: { ...document.source, published: '27/10/2023' } }],
  ['lexicon.schema.json', 'lexicon', lexiconData, { ...lexiconData, measures: [{ name: 'votes' }] }],
  ['mapping.schema.json', 'mapping', mapping, { ...mapping, valeu: 'cases' }],
];

describe('the shipped schemas', () => {
  it('are every schema of schemas/, and refer only inside themselves', () => {
    expect([...bundled.keys()].sort()).toEqual([
      'claim.schema.json',
      'common.schema.json',
      'document.schema.json',
      'lexicon.schema.json',
      'mapping.schema.json',
      'reconciliation.schema.json',
      'units.schema.json',
    ]);
    for (const schema of bundled.values()) for (const ref of refs(schema)) expect(ref).toMatch(/^#/);
  });

  it.each([...files.values()])('%s compiles alone in a fresh Ajv2020', (file) => {
    expect(() => freshAjv().compile(shipped(file))).not.toThrow();
  });

  it('compile together in one Ajv2020, in any order: the copies they embed have no $id to collide', () => {
    for (const order of [[...files.values()], [...files.values()].reverse()]) {
      const ajv = freshAjv();
      for (const file of order) expect(() => ajv.compile(shipped(file))).not.toThrow();
    }
  });

  it.each(cases)('%s judges a valid and a broken record as the library does', (file, name, valid, broken) => {
    const validate = freshAjv().compile(shipped(file));
    expect(validate(valid)).toBe(true);
    expect(schemaIssues(name, valid)).toEqual([]);
    expect(validate(broken)).toBe(false);
    const issues = issuesFromAjv(validate.errors);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues).toEqual(schemaIssues(name, broken));
  });
});
