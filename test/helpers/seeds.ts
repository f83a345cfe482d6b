import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { batchReferenceDate, extractClaims, loadDocument } from '../../lib/index';
import type { Claim, Document } from '../../lib/records';

export const SEEDS_DIR = join(__dirname, '..', '..', 'fixtures', 'seeds');

export const seedFiles = (): string[] =>
  readdirSync(SEEDS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort();

export const readSeed = (name: string): string => readFileSync(join(SEEDS_DIR, name), 'utf8');

export interface ExpectedSeeds {
  documents: Record<string, { published: string | null; outlet: string | null; url?: string }>;
  claims: Array<{
    id: string;
    doc: string;
    quote: string;
    stated: number;
    qualifier: string[];
    measure: string;
    subMeasure?: string;
    locations: string[];
    period: { start: string | null; end: string | null } | null;
    asOf: string | null;
    attribution: string | null;
    optional?: boolean;
  }>;
  relations: Array<{ claims: string[]; kind: string | string[]; why: string }>;
}

export const expectedSeeds = (): ExpectedSeeds => JSON.parse(readFileSync(join(SEEDS_DIR, 'expected.json'), 'utf8')) as ExpectedSeeds;

/** The seed articles as `claim-reconciler extract fixtures/seeds` reads them (no sidecars). */
export const seedDocuments = (): Document[] => seedFiles().map((name) => loadDocument(readSeed(name), { id: name }));

/** Their claims as the CLI extracts them: the batch's latest publication date gives years to the undated article. */
export function seedClaims(documents: readonly Document[] = seedDocuments()): Claim[] {
  const referenceDate = batchReferenceDate(documents);
  return documents.flatMap((document) => extractClaims(document, { referenceDate }));
}
