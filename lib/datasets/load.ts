import type { Claim, Rejected } from '../records';
import { format } from '../errors/messages';
import { assertRecordList, claimIssues } from '../schema/validate';
import { previewOf } from '../schema/preview';
import { rowStages } from './configuration';
import { parseMapping, type DatasetMapping } from './mapping';
import { PlaceTable, type PlaceNames } from './places';
import type { DatasetRow, LoadContext, RowIssue, RowReading } from './row-reading';

/** Options of `loadDataset()` and `DatasetLoader`. */
export interface LoadDatasetOptions {
  /** Where the rows came from (a file name): claims' documentId, ids and rejection messages. Default "input". */
  origin?: string;
  /**
   * The row number of each row, as the file numbers them (CSV: the line a
   * record starts on, the header being row 1). Default: position + 1.
   */
  rowNumbers?: readonly number[];
  /** How the dataset writes places, mapped to canonical names; consulted before the mapping's placeNames. */
  placeNames?: PlaceNames;
}

/** Claims read from a dataset, and every row that could not become one, with its row, column and reason. */
export interface LoadedDataset {
  claims: Claim[];
  rejected: Rejected[];
}

/**
 * Turn dataset rows into claims through a mapping (or several: one claim
 * per mapping per row). Rows that break the mapping or the claim schema are
 * listed in `rejected`; the rest go on. Nothing is dropped:
 * `claims.length + rejected.length === rows.length * mappings.length`.
 */
export function loadDataset(
  rows: readonly unknown[],
  mapping: DatasetMapping | readonly DatasetMapping[],
  options: LoadDatasetOptions = {},
): LoadedDataset {
  assertRecordList(rows, 'loadDataset');
  const loader = new DatasetLoader(mapping, options);
  rows.forEach((row, index) => loader.add(row, index, options.rowNumbers?.[index] ?? index + 1));
  return loader.result();
}

/**
 * The incremental form of `loadDataset`, for rows that arrive one at a time
 * from a stream: memory holds the claims, never the file.
 */
export class DatasetLoader {
  private readonly mappings: DatasetMapping[];
  private readonly context: LoadContext;
  private readonly claims: Claim[] = [];
  private readonly rejected: Rejected[] = [];
  private readonly rowOfId = new Map<string, number>();

  constructor(mapping: DatasetMapping | readonly DatasetMapping[], options: Omit<LoadDatasetOptions, 'rowNumbers'> = {}) {
    const origin = options.origin ?? 'input';
    this.mappings = parseMapping(mapping, origin);
    const placeNames = this.mappings.map((m) => m.placeNames);
    this.context = {
      origin,
      places: new PlaceTable(options.placeNames, ...placeNames),
      idsCarryMeasure: this.mappings.length > 1,
    };
  }

  /** Read one row: `index` is its zero-based position, `rowNumber` how the file numbers it. */
  add(row: unknown, index: number, rowNumber: number): void {
    for (const mapping of this.mappings) this.addWith(mapping, row, index, rowNumber);
  }

  /** A record the parser could not read at all (a broken CSV line, a line that is not JSON). */
  addUnreadable(rejected: Rejected): void {
    this.rejected.push(rejected);
  }

  /** The claims and rejections of every row added so far. */
  result(): LoadedDataset {
    return { claims: this.claims, rejected: this.rejected };
  }

  private addWith(mapping: DatasetMapping, row: unknown, index: number, rowNumber: number): void {
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      this.reject(mapping, index, rowNumber, null, [{ column: null, message: format('datasetRowNotObject', kindOf(row)) }], row);
      return;
    }
    const reading: RowReading = {
      row: row as DatasetRow,
      rowNumber,
      mapping,
      context: this.context,
      claim: {},
      issues: [],
      columnOfField: new Map(),
      placesAsWritten: [],
    };
    for (const stage of rowStages) stage(reading);
    const id = reading.claim.id ?? null;
    const issues = reading.issues.length > 0 ? reading.issues : this.claimProblems(reading);
    if (issues.length > 0) {
      this.reject(mapping, index, rowNumber, id, issues, row);
      return;
    }
    const claim = reading.claim as Claim;
    const firstRow = this.rowOfId.get(claim.id);
    if (firstRow !== undefined) {
      const column = reading.columnOfField.get('/id') ?? null;
      this.reject(mapping, index, rowNumber, id, [{ column, message: format('datasetDuplicateId', firstRow) }], row);
      return;
    }
    this.rowOfId.set(claim.id, rowNumber);
    this.claims.push(claim);
  }

  /** What the claim schema and its rules refuse, named by the column the field came from. */
  private claimProblems(reading: RowReading): RowIssue[] {
    return claimIssues(reading.claim).map((issue) => {
      const column = columnFor(reading.columnOfField, issue.field);
      return column === null
        ? { column: null, message: `${issue.field || '(claim)'} ${issue.message}` }
        : { column, message: format('datasetClaimField', column, `${issue.field} ${issue.message}`) };
    });
  }

  private reject(
    mapping: DatasetMapping,
    index: number,
    rowNumber: number,
    id: string | null,
    issues: readonly RowIssue[],
    row: unknown,
  ): void {
    const measure = this.mappings.length > 1 ? ` (${describeMeasure(mapping)})` : '';
    const label = format('datasetRowLabel', this.context.origin, rowNumber) + measure;
    const first = issues[0];
    this.rejected.push({
      origin: this.context.origin,
      index,
      id,
      field: first?.column != null ? `/${escapePointer(first.column)}` : '',
      reason: `${label}: ${issues.map((issue) => issue.message).join('; ')}`,
      record: previewOf(row),
    });
  }
}

/** The column of the longest claim pointer that the issue's field starts with. */
function columnFor(columns: ReadonlyMap<string, string>, field: string): string | null {
  let pointer = field;
  while (pointer !== '') {
    const column = columns.get(pointer);
    if (column !== undefined) return column;
    pointer = pointer.slice(0, pointer.lastIndexOf('/'));
  }
  return null;
}

function describeMeasure(mapping: DatasetMapping): string {
  const spec = mapping.measure;
  return typeof spec === 'string' ? `measure from column ${spec}` : spec.const;
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** What a value that should have been a row is, in words. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
