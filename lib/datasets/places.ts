import { normalizeTerm } from '../lexicon/normalize';

/** How a dataset writes places, mapped to canonical names: `{ "NY": "New York" }`. */
export type PlaceNames = ReadonlyMap<string, string> | Readonly<Record<string, string>>;

/**
 * A lookup from the ways places are written to their canonical names. Keys
 * are normalised ("N.Y." and "ny" are one key) and kept in a Map, so a
 * cell reading "__proto__" is just an unknown place. Canonical names are
 * keys too: a dataset that already writes "New York" needs no alias for it.
 */
export class PlaceTable {
  private readonly byKey = new Map<string, string>();

  constructor(...tables: ReadonlyArray<PlaceNames | undefined>) {
    for (const table of tables) {
      if (table === undefined) continue;
      for (const [alias, name] of entriesOf(table)) {
        this.addOnce(name, name);
        this.addOnce(alias, name);
      }
    }
  }

  get size(): number {
    return this.byKey.size;
  }

  /** The canonical name, or null when the table does not know the place. */
  resolve(written: string): string | null {
    return this.byKey.get(normalizeTerm(written)) ?? null;
  }

  /** The first table to name an alias wins, so callers' tables override a mapping's. */
  private addOnce(alias: string, name: string): void {
    const key = normalizeTerm(alias);
    if (key !== '' && !this.byKey.has(key)) this.byKey.set(key, name);
  }
}

function entriesOf(table: PlaceNames): Iterable<[string, string]> {
  if (table instanceof Map) return table.entries();
  // Own enumerable keys only: an inherited or prototype key is never a place.
  return Object.keys(table).map((alias) => [alias, (table as Record<string, string>)[alias] as string]);
}

/**
 * Place names from a crosswalk's rows: each row's `canonical` column names
 * the place, and each of `aliases` columns is another way of writing it
 * (postal code, FIPS code, another outlet's spelling).
 */
export function placeNamesFromRows(
  rows: Iterable<Readonly<Record<string, unknown>>>,
  columns: { canonical: string; aliases: readonly string[] },
): Map<string, string> {
  const names = new Map<string, string>();
  for (const row of rows) {
    const name = textOf(row, columns.canonical);
    if (name === null) continue;
    names.set(name, name);
    for (const column of columns.aliases) {
      const alias = textOf(row, column);
      if (alias !== null && !names.has(alias)) names.set(alias, name);
    }
  }
  return names;
}

function textOf(row: Readonly<Record<string, unknown>>, column: string): string | null {
  if (!Object.prototype.hasOwnProperty.call(row, column)) return null;
  const value = row[column];
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const text = String(value).trim();
  return text === '' ? null : text;
}
