import type { Document } from '../records';

/**
 * Articles without a publication date still say "October 17" without a
 * year. Within one batch of articles the latest known publication date is
 * the best reference for such years; the claims' own as-of dates stay
 * unknown (see docs/extraction.md).
 */
export function batchReferenceDate(documents: readonly Document[]): string | undefined {
  let latest: string | undefined;
  for (const document of documents) {
    const published = document.source.published;
    if (published !== null && (latest === undefined || published > latest)) latest = published;
  }
  return latest;
}
