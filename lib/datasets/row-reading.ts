import type { Claim } from '../records';
import { describeValue, format } from '../errors/messages';
import { isConst, type Column, type DatasetMapping, type FieldSpec } from './mapping';
import type { PlaceTable } from './places';

/** One row of a dataset: column name to cell. Looked up by own properties only. */
export type DatasetRow = Readonly<Record<string, unknown>>;

/** Something wrong with one row, and the column it was read from (null for the row as a whole). */
export interface RowIssue {
  column: Column | null;
  message: string;
}

/** What every stage may read: the same for all rows of one load. */
export interface LoadContext {
  origin: string;
  places: PlaceTable;
  /** Several mappings per row: claim ids then carry the measure, to stay apart. */
  idsCarryMeasure: boolean;
}

/**
 * A row on its way to becoming a claim. Stages read cells, fill `claim` and
 * note issues; a row with any issue is rejected, naming row and column.
 */
export interface RowReading {
  readonly row: DatasetRow;
  readonly rowNumber: number;
  readonly mapping: DatasetMapping;
  readonly context: LoadContext;
  readonly claim: Partial<Claim>;
  readonly issues: RowIssue[];
  /** Which column each claim field (a JSON pointer) came from, so that a schema error on the claim can name it. */
  readonly columnOfField: Map<string, Column>;
  /** Places as the row writes them, for the quote. */
  placesAsWritten: string[];
}

/** A cell the mapping points at: its column (null for a constant) and value. */
export interface Cell {
  column: Column | null;
  value: unknown;
}

/**
 * The cell a field spec names. A column the row lacks is an issue; a
 * column is looked up with an own-property check, so "__proto__" or
 * "constructor" never reach Object.prototype.
 */
export function cellFor(reading: RowReading, spec: FieldSpec<unknown>): Cell | null {
  if (isConst(spec)) return { column: null, value: spec.const };
  if (!Object.prototype.hasOwnProperty.call(reading.row, spec)) {
    reading.issues.push({ column: spec, message: format('datasetMissingColumn', spec) });
    return null;
  }
  return { column: spec, value: reading.row[spec] };
}

/** True for a cell that holds nothing: empty or blank text, null, or absent. */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** A cell as text: strings trimmed, numbers and booleans as written; null when blank. Objects are an issue. */
export function textOf(reading: RowReading, cell: Cell): string | null {
  const { value } = cell;
  if (isBlank(value)) return null;
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  reading.issues.push({ column: cell.column, message: format('datasetNotText', cell.column ?? '(const)', describeValue(value)) });
  return null;
}

/** Remember where a claim field came from. */
export function noteColumn(reading: RowReading, pointer: string, cell: Cell | null): void {
  if (cell?.column) reading.columnOfField.set(pointer, cell.column);
}

/** A required cell that is blank: the row cannot become a claim. */
export function blankIssue(reading: RowReading, cell: Cell): void {
  reading.issues.push({ column: cell.column, message: format('datasetEmptyCell', cell.column ?? '(const)') });
}
