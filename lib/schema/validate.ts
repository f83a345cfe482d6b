import type { Claim, Document, Reconciliation, Rejected } from '../records';
import { ClaimReconcilerError, describeKind, format, recordLabel, type ErrorCode } from '../errors/messages';
import { validatorFor, type SchemaName } from './ajv';
import { claimRuleIssues } from './claim-rules';
import { describeIssue, issuesFromAjv, type FieldIssue } from './issues';
import { previewOf } from './preview';
import { recordShape } from './record-shape';

export type { FieldIssue } from './issues';

/** The issues a value has against a schema; empty when it is valid. */
export function schemaIssues(name: SchemaName, value: unknown): FieldIssue[] {
  const validate = validatorFor(name);
  if (validate(value)) return [];
  return issuesFromAjv(validate.errors);
}

/** Issues of one claim: the schema first, then the rules a schema cannot state. */
export function claimIssues(value: unknown): FieldIssue[] {
  return checkedClaim(value).issues;
}

/**
 * A record checked as a claim, as JSON would see it: its own fields only,
 * within `maxRecordDepth` and `maxRecordLength`, then the schema, then the
 * rules a schema cannot state. `claim` is what was checked: the record
 * itself, or a copy of its own fields when it has a prototype of its own.
 */
function checkedClaim(value: unknown): { issues: FieldIssue[]; claim: unknown } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { issues: [{ field: '', message: format('notAnObject', value) }], claim: value };
  }
  const shape = recordShape(value);
  if (shape.issue !== null) return { issues: [shape.issue], claim: value };
  const issues = schemaIssues('claim', shape.view);
  return { issues: issues.length > 0 ? issues : claimRuleIssues(shape.view as Claim), claim: shape.view };
}

/** True when a value is a valid claim: the schema and the rules it cannot state. */
export function isClaim(value: unknown): value is Claim {
  return claimIssues(value).length === 0;
}

/** The result of `validateClaims()`: `claims.length + rejected.length` is the number of records given. */
export interface ValidatedClaims {
  claims: Claim[];
  rejected: Rejected[];
}

export interface ValidateOptions {
  /**
   * Each record's zero-based position in its origin, when it is not its place
   * in `records`: an NDJSON file's broken lines are records too, so the record
   * after one is named by where it stands in the file.
   */
  positions?: readonly number[];
}

/**
 * Split records into valid claims and rejected ones, each rejection naming
 * the record and its field. Nothing is dropped: `claims.length +
 * rejected.length === records.length`. A repeated id rejects the later record.
 */
export function validateClaims(records: readonly unknown[], origin = 'input', options: ValidateOptions = {}): ValidatedClaims {
  assertRecordList(records, 'validateClaims');
  const claims: Claim[] = [];
  const rejected: Rejected[] = [];
  const firstIndexOfId = new Map<string, number>();
  records.forEach((record, at) => {
    const index = options.positions?.[at] ?? at;
    const id = idOf(record);
    const { issues, claim } = checkedClaim(record);
    if (issues.length === 0 && id !== null) {
      const first = firstIndexOfId.get(id);
      if (first !== undefined) {
        issues.push({ field: '/id', message: format('duplicateId', recordLabel('claim', first, null)) });
      } else {
        firstIndexOfId.set(id, index);
      }
    }
    if (issues.length === 0) {
      claims.push(claim as Claim);
      return;
    }
    rejected.push(rejection('claim', origin, index, id, issues, record));
  });
  return { claims, rejected };
}

/** A list of records from outside TypeScript that is not a list is the caller's error, not a `forEach` TypeError. */
export function assertRecordList(records: unknown, caller: string): asserts records is readonly unknown[] {
  if (!Array.isArray(records)) throw new ClaimReconcilerError('invalid-argument', format('recordsNotArray', caller, describeKind(records)));
}

/** A rejected record whose reason names the record and every field at fault. */
export function rejection(
  kind: string,
  origin: string,
  index: number | null,
  id: string | null,
  issues: readonly FieldIssue[],
  record: unknown,
): Rejected {
  const label = recordLabel(kind, index, id);
  const first = issues[0] ?? { field: '', message: 'is invalid' };
  return {
    origin,
    index,
    id,
    field: first.field,
    reason: issues.map((issue) => describeIssue(label, issue)).join('; '),
    record: previewOf(record),
  };
}

export function idOf(record: unknown): string | null {
  if (typeof record !== 'object' || record === null) return null;
  const id = Object.prototype.hasOwnProperty.call(record, 'id') ? (record as { id: unknown }).id : undefined;
  return typeof id === 'string' && id.length > 0 ? id : null;
}

/** Throw a readable error, naming the record and its first field at fault, when a value is not a valid record of the named schema. */
export function assertValid(name: SchemaName, value: unknown, label: string, code: ErrorCode): void {
  const issues = schemaIssues(name, value);
  if (issues.length > 0) {
    throw new ClaimReconcilerError(code, issues.map((issue) => describeIssue(label, issue)).join('; '), {
      record: label,
      field: issues[0]?.field,
    });
  }
}

export function isDocument(value: unknown): value is Document {
  return schemaIssues('document', value).length === 0;
}

export function isReconciliation(value: unknown): value is Reconciliation {
  return schemaIssues('reconciliation', value).length === 0;
}
