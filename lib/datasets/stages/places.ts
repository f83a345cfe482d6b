import { format } from '../../errors/messages';
import { isConst } from '../mapping';
import { blankIssue, cellFor, noteColumn, textOf, type RowReading } from '../row-reading';

/**
 * The places a figure is about, as canonical names. With a place table (the
 * mapping's placeNames, or the caller's crosswalk) every place must be in
 * it; without one, places are taken as written.
 */
export function readPlaces(reading: RowReading): void {
  const spec = reading.mapping.locations;
  if (isConst(spec)) {
    const names = Array.isArray(spec.const) ? spec.const : [spec.const];
    setPlaces(reading, null, names);
    return;
  }
  const column = typeof spec === 'string' ? spec : spec.column;
  const separator = typeof spec === 'string' ? undefined : spec.separator;
  const cell = cellFor(reading, column);
  noteColumn(reading, '/locations', cell);
  if (!cell) return;
  const written = textOf(reading, cell);
  if (written === null) {
    blankIssue(reading, cell);
    return;
  }
  const parts = separator === undefined ? [written] : written.split(separator).map((part) => part.trim());
  setPlaces(
    reading,
    column,
    parts.filter((part) => part !== ''),
  );
}

function setPlaces(reading: RowReading, column: string | null, written: readonly string[]): void {
  const table = reading.context.places;
  const names: string[] = [];
  for (const place of written) {
    const name = table.size === 0 ? place : table.resolve(place);
    if (name === null) reading.issues.push({ column, message: format('datasetUnknownPlace', column ?? '(const)', place) });
    else if (!names.includes(name)) names.push(name);
  }
  reading.placesAsWritten = [...written];
  // Sorted with an explicit comparator: the same places in any order are one place set.
  reading.claim.locations = names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
