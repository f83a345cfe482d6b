import type { IsoDate } from '../../records';
import { format } from '../../errors/messages';
import type { FieldSpec } from '../mapping';
import { dateFromCell } from '../values/date';
import { blankIssue, cellFor, isBlank, noteColumn, type RowReading } from '../row-reading';

/**
 * When the figure holds, and what it counts over. A mapped as-of column
 * must hold a date; a period's ends may be blank (unknown). A "cumulative"
 * period runs from an unknown start to the as-of date.
 */
export function readDates(reading: RowReading): void {
  const { mapping } = reading;
  const asOf = readDate(reading, mapping.asOf, '/asOf', { required: true });
  reading.claim.asOf = asOf ?? null;
  reading.claim.asOfBounds = null;
  if (mapping.period === undefined) reading.claim.period = null;
  else if (mapping.period === 'cumulative') reading.claim.period = { start: null, end: asOf ?? null };
  else {
    reading.claim.period = {
      start: readDate(reading, mapping.period.start, '/period/start', { required: false }) ?? null,
      end: readDate(reading, mapping.period.end, '/period/end', { required: false }) ?? null,
    };
  }
}

/** The date of a field: undefined when unmapped or unreadable, null when blank (and allowed to be). */
export function readDate(
  reading: RowReading,
  spec: FieldSpec<IsoDate | null> | undefined,
  pointer: string,
  { required }: { required: boolean },
): IsoDate | null | undefined {
  if (spec === undefined) return undefined;
  const cell = cellFor(reading, spec);
  noteColumn(reading, pointer, cell);
  if (!cell) return undefined;
  if (cell.column === null && cell.value === null) return null;
  if (isBlank(cell.value)) {
    if (required) blankIssue(reading, cell);
    return required ? undefined : null;
  }
  const date = dateFromCell(cell.value);
  if (date === null) reading.issues.push({ column: cell.column, message: format('datasetNotDate', cell.column, String(cell.value)) });
  return date ?? undefined;
}
