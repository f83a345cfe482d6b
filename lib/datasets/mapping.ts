import type { IsoDate, Qualifier } from '../records';
import { ClaimReconcilerError, format } from '../errors/messages';
import { schemaIssues } from '../schema/validate';
import { describeIssue } from '../schema/issues';

/** The name of a column, exactly as the header (or the row object's key) writes it. */
export type Column = string;

/** A value the mapping supplies for every row, instead of a column. */
export interface Const<T> {
  const: T;
}

/** A claim field read from a column or supplied as a constant. */
export type FieldSpec<T> = Column | Const<T>;

/** A column whose cells may name several places, split on `separator` ("Iraq; Syria"). */
export interface LocationsColumn {
  column: Column;
  separator?: string;
}

/** The period a row counts over, from columns or constants; either end may be left unknown. */
export interface PeriodSpec {
  start?: FieldSpec<IsoDate | null>;
  end?: FieldSpec<IsoDate | null>;
}

/**
 * How the rows of an editorial dataset become claims, exactly as
 * `schemas/mapping.schema.json` describes it. See docs/datasets.md.
 */
export interface DatasetMapping {
  description?: string;
  id?: Column;
  value: FieldSpec<number>;
  upper?: FieldSpec<number>;
  qualifier?: FieldSpec<Qualifier>;
  measure: FieldSpec<string>;
  subMeasure?: FieldSpec<string>;
  unit?: FieldSpec<string>;
  locations: Column | LocationsColumn | Const<string | string[]>;
  placeNames?: Readonly<Record<string, string>>;
  asOf: FieldSpec<IsoDate | null>;
  /** "cumulative": a running total from an unknown start up to the as-of date. */
  period?: 'cumulative' | PeriodSpec;
  source: FieldSpec<string>;
  url?: FieldSpec<string>;
  published?: FieldSpec<IsoDate | null>;
  speaker?: FieldSpec<string>;
  organization?: FieldSpec<string>;
}

/**
 * A mapping from untrusted JSON: one mapping, or an array of them (several
 * claims from each row). Throws a readable error naming every field at fault.
 */
export function parseMapping(value: unknown, origin = 'mapping'): DatasetMapping[] {
  const list: unknown[] = Array.isArray(value) ? value : [value];
  if (list.length === 0) {
    throw new ClaimReconcilerError('invalid-mapping', `${format('invalidMapping', origin)} the array is empty`, {
      record: origin,
      field: '',
    });
  }
  const problems: string[] = [];
  let firstField: string | undefined;
  list.forEach((entry, index) => {
    const label = Array.isArray(value) ? `mapping #${index + 1}` : 'mapping';
    for (const issue of schemaIssues('mapping', entry)) {
      problems.push(describeIssue(label, issue));
      firstField ??= Array.isArray(value) ? `/${index}${issue.field}` : issue.field;
    }
  });
  // Details follow the message: format() shortens long values, and every problem must be read in full.
  if (problems.length > 0) {
    throw new ClaimReconcilerError('invalid-mapping', `${format('invalidMapping', origin)} ${problems.join('; ')}`, {
      record: origin,
      field: firstField,
    });
  }
  return list as DatasetMapping[];
}

export function isConst<T>(spec: FieldSpec<T> | LocationsColumn | Const<unknown>): spec is Const<T> {
  return typeof spec === 'object' && spec !== null && Object.prototype.hasOwnProperty.call(spec, 'const');
}

/** Every column a mapping reads, in a stable order, to check them against a file's header. */
export function mappedColumns(mapping: DatasetMapping): Column[] {
  const columns = new Set<Column>();
  const add = (spec: FieldSpec<unknown> | LocationsColumn | undefined) => {
    if (spec === undefined || isConst(spec)) return;
    columns.add(typeof spec === 'string' ? spec : spec.column);
  };
  add(mapping.id);
  add(mapping.value);
  add(mapping.upper);
  add(mapping.qualifier);
  add(mapping.measure);
  add(mapping.subMeasure);
  add(mapping.unit);
  add(mapping.locations);
  add(mapping.asOf);
  if (typeof mapping.period === 'object') {
    add(mapping.period.start);
    add(mapping.period.end);
  }
  add(mapping.source);
  add(mapping.url);
  add(mapping.published);
  add(mapping.speaker);
  add(mapping.organization);
  return [...columns];
}
