import { extractClaims, type Claim, type Document, type ExtractOptions } from '../index';
import { startProgress } from './progress';

/** The claims of every document, in document order, with a progress bar when the run is long. */
export function extractAll(documents: readonly Document[], options: ExtractOptions, quiet: boolean): Claim[] {
  const progress = startProgress(documents.length, { unit: 'articles', quiet });
  try {
    return documents.flatMap((document) => {
      const claims = extractClaims(document, options);
      progress.tick();
      return claims;
    });
  } finally {
    progress.stop();
  }
}
