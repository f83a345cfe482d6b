import { extractClaims, type Claim, type Document } from '../index';
import { startProgress } from './progress';

/** The claims of every document, in document order, with a progress bar when the run is long. */
export function extractAll(documents: readonly Document[], referenceDate: string | undefined, quiet: boolean): Claim[] {
  const progress = startProgress(documents.length, { unit: 'articles', quiet });
  try {
    return documents.flatMap((document) => {
      const claims = extractClaims(document, { referenceDate });
      progress.tick();
      return claims;
    });
  } finally {
    progress.stop();
  }
}
