import { blankIssue, cellFor, noteColumn, textOf, type RowReading } from '../row-reading';
import type { FieldSpec } from '../mapping';
import { readDate } from './dates';

/**
 * Who published the figure. The source is required: telling a correction
 * (same source) from a conflict (two sources) depends on it.
 */
export function readSource(reading: RowReading): void {
  const cell = cellFor(reading, reading.mapping.source);
  noteColumn(reading, '/source/name', cell);
  const name = cell ? textOf(reading, cell) : null;
  if (cell && name === null) blankIssue(reading, cell);
  reading.claim.source = {
    name,
    url: optionalText(reading, reading.mapping.url),
    published: readDate(reading, reading.mapping.published, '/source/published', { required: false }) ?? null,
  };
}

export function optionalText(reading: RowReading, spec: FieldSpec<string> | undefined): string | null {
  if (spec === undefined) return null;
  const cell = cellFor(reading, spec);
  return cell ? textOf(reading, cell) : null;
}
