import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import commonSchema from '../../schemas/common.schema.json';
import claimSchema from '../../schemas/claim.schema.json';
import documentSchema from '../../schemas/document.schema.json';
import lexiconSchema from '../../schemas/lexicon.schema.json';
import reconciliationSchema from '../../schemas/reconciliation.schema.json';
import mappingSchema from '../../schemas/mapping.schema.json';
import unitsSchema from '../../schemas/units.schema.json';

/** The schemas the library validates records against, by the name of their file in `schemas/`. */
export type SchemaName = 'claim' | 'document' | 'lexicon' | 'reconciliation' | 'mapping' | 'units';

const schemaIds: Record<SchemaName, string> = {
  claim: claimSchema.$id,
  document: documentSchema.$id,
  lexicon: lexiconSchema.$id,
  reconciliation: reconciliationSchema.$id,
  mapping: mappingSchema.$id,
  units: unitsSchema.$id,
};

let ajv: Ajv2020 | undefined;
const compiled = new Map<SchemaName, ValidateFunction>();

/** One Ajv instance for the process; each schema is compiled on first use, then reused. */
function instance(): Ajv2020 {
  if (ajv) return ajv;
  ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
  // ajv-formats ships CommonJS; under some ESM loaders its default export arrives wrapped.
  const plugin = (addFormats as unknown as { default?: typeof addFormats }).default ?? addFormats;
  plugin(ajv, { mode: 'full', formats: ['date', 'uri'] });
  for (const schema of [commonSchema, claimSchema, documentSchema, lexiconSchema, reconciliationSchema, mappingSchema, unitsSchema]) {
    ajv.addSchema(schema);
  }
  return ajv;
}

export function validatorFor(name: SchemaName): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    validate = instance().getSchema(schemaIds[name]);
    if (!validate) throw new Error(`schema ${name} is not registered`);
    compiled.set(name, validate);
  }
  return validate;
}

export type { ErrorObject };
