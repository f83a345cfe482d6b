import { normalizeTerm } from '../../lexicon/normalize';
import { findUnit } from '../../units/table';
import { blankIssue, cellFor, noteColumn, textOf, type RowReading } from '../row-reading';

/**
 * What the figure counts. Datasets name canonical measures directly
 * ("cases", "deaths"); they are normalised as the lexicon's names are
 * ("Deaths" is "deaths") so that one measure written two ways groups as one.
 * The words as written stay in `measureText`.
 */
export function readMeasure(reading: RowReading): void {
  const cell = cellFor(reading, reading.mapping.measure);
  noteColumn(reading, '/measure', cell);
  noteColumn(reading, '/measureText', cell);
  if (cell) {
    const written = textOf(reading, cell);
    if (written === null || normalizeTerm(written) === '') blankIssue(reading, cell);
    else Object.assign(reading.claim, { measure: normalizeTerm(written), measureText: written });
  }
  reading.claim.subMeasure = optionalMeasure(reading);
  reading.claim.unit = readUnit(reading);
}

function optionalMeasure(reading: RowReading): string | null {
  if (reading.mapping.subMeasure === undefined) return null;
  const cell = cellFor(reading, reading.mapping.subMeasure);
  noteColumn(reading, '/subMeasure', cell);
  const written = cell ? textOf(reading, cell) : null;
  return written === null || normalizeTerm(written) === '' ? null : normalizeTerm(written);
}

/** The unit's code in the unit table when the cell names one ("miles" is "mi", "%" is "percent"); else the cell as written. */
function readUnit(reading: RowReading): string {
  if (reading.mapping.unit === undefined) return 'count';
  const cell = cellFor(reading, reading.mapping.unit);
  noteColumn(reading, '/unit', cell);
  const written = (cell ? textOf(reading, cell) : null) ?? 'count';
  return findUnit(written)?.code ?? written;
}
