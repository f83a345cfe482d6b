import type { ErrorObject } from './ajv';

/** One thing wrong with one field of a record. */
export interface FieldIssue {
  /** JSON pointer to the field; "" for the record itself. */
  field: string;
  message: string;
}

/**
 * Turn Ajv's errors into one readable issue per field. A nullable field
 * (`anyOf: [X, null]`) fails both branches; the user wants to hear what X
 * expected, not that the value is also not null.
 */
export function issuesFromAjv(errors: readonly ErrorObject[] | null | undefined): FieldIssue[] {
  if (!errors) return [];
  const byField = new Map<string, ErrorObject[]>();
  for (const error of errors) {
    const field = fieldOf(error);
    const list = byField.get(field) ?? [];
    list.push(error);
    byField.set(field, list);
  }
  const issues: FieldIssue[] = [];
  for (const [field, list] of byField) {
    const specific = list.filter((e) => e.keyword !== 'anyOf' && !isNullBranch(e));
    const chosen = specific.length > 0 ? specific : list;
    const seen = new Set<string>();
    for (const error of chosen) {
      const message = messageOf(error);
      if (seen.has(message)) continue;
      seen.add(message);
      issues.push({ field, message });
    }
  }
  return issues;
}

function fieldOf(error: ErrorObject): string {
  if (error.keyword === 'required') return `${error.instancePath}/${escapePointer(String(error.params.missingProperty))}`;
  if (error.keyword === 'additionalProperties') {
    return `${error.instancePath}/${escapePointer(String(error.params.additionalProperty))}`;
  }
  return error.instancePath;
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function isNullBranch(error: ErrorObject): boolean {
  return error.keyword === 'type' && error.params.type === 'null';
}

function messageOf(error: ErrorObject): string {
  switch (error.keyword) {
    case 'required':
      return 'is required';
    case 'additionalProperties':
      return 'is not a known field';
    case 'enum':
      return `must be one of ${(error.params.allowedValues as unknown[]).map(String).join(', ')}`;
    case 'format':
      return error.params.format === 'date'
        ? 'must be a calendar date that exists, written YYYY-MM-DD'
        : `must be a valid ${String(error.params.format)}`;
    case 'type': {
      const type = error.params.type;
      const expected = (Array.isArray(type) ? type : [type]).map((t) => (t === 'number' ? 'a finite number' : String(t)));
      return `must be ${expected.join(' or ')}, not ${describeType(error.data)}`;
    }
    default:
      return error.message ?? `fails ${error.keyword}`;
  }
}

/** `claim #3 (id s002-2): /qualifier must be one of exact, ...` */
export function describeIssue(label: string, issue: FieldIssue): string {
  return `${label}: ${issue.field || '(record)'} ${issue.message}`;
}

/** What a wrong value is, in words: NaN and Infinity are numbers to JavaScript but not to JSON. */
function describeType(value: unknown): string {
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : Number.isFinite(value) ? 'a number' : String(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}
