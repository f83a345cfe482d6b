import { format } from '../../errors/messages';
import { hedgeFor, qualifierFromCell } from '../values/qualifier';
import { cellFor, isBlank, noteColumn, type RowReading } from '../row-reading';

/** How the figure is hedged; "exact" when the mapping or the cell says nothing. */
export function readQualifier(reading: RowReading): void {
  const spec = reading.mapping.qualifier;
  const cell = spec === undefined ? null : cellFor(reading, spec);
  noteColumn(reading, '/qualifier', cell);
  const qualifier = cell === null || isBlank(cell.value) ? 'exact' : qualifierFromCell(cell.value);
  if (qualifier === null) {
    reading.issues.push({ column: cell?.column ?? null, message: format('datasetUnknownQualifier', cell?.column, String(cell?.value)) });
    return;
  }
  reading.claim.qualifier = qualifier;
  reading.claim.hedge = hedgeFor(qualifier);
}
