import { format } from '../../errors/messages';
import { numberFromCell } from '../values/number';
import { blankIssue, cellFor, isBlank, noteColumn, textOf, type RowReading } from '../row-reading';

/** The figure, kept both as a number and as the cell wrote it; and a range's second number. */
export function readValue(reading: RowReading): void {
  const cell = cellFor(reading, reading.mapping.value);
  noteColumn(reading, '/stated', cell);
  noteColumn(reading, '/statedText', cell);
  if (cell) {
    const written = textOf(reading, cell);
    if (written === null) {
      if (isBlank(cell.value)) blankIssue(reading, cell);
    } else {
      const value = numberFromCell(cell.value);
      if (value === null) reading.issues.push({ column: cell.column, message: format('datasetNotNumber', cell.column, written) });
      else Object.assign(reading.claim, { stated: value, statedText: written });
    }
  }
  reading.claim.upper = readUpper(reading);
}

function readUpper(reading: RowReading): number | null {
  if (reading.mapping.upper === undefined) return null;
  const cell = cellFor(reading, reading.mapping.upper);
  noteColumn(reading, '/upper', cell);
  if (!cell || isBlank(cell.value)) return null;
  const value = numberFromCell(cell.value);
  if (value === null) reading.issues.push({ column: cell.column, message: format('datasetNotNumber', cell.column, String(cell.value)) });
  return value;
}
