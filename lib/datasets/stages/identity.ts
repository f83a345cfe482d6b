import { blankIssue, cellFor, noteColumn, textOf, type RowReading } from '../row-reading';

/**
 * A stable id: the mapped id column, or the file and row number (and the
 * measure when one row gives several claims), so ids can be cited in
 * `allow` lists and stay the same on every run.
 */
export function readIdentity(reading: RowReading): void {
  const { mapping, context, claim } = reading;
  claim.documentId = context.origin;
  claim.span = null;
  if (mapping.id !== undefined) {
    const cell = cellFor(reading, mapping.id);
    noteColumn(reading, '/id', cell);
    const id = cell ? textOf(reading, cell) : null;
    if (cell && id === null) blankIssue(reading, cell);
    if (id !== null) claim.id = id;
    return;
  }
  const base = `${context.origin}:${reading.rowNumber}`;
  claim.id = context.idsCarryMeasure ? `${base}:${claim.measure ?? 'measure'}` : base;
}
