import { validateClaims, type Rejected } from '../../index';
import { format, UsageError } from '../../errors/messages';
import { readInputs } from '../inputs';
import { readDatasets, splitDatasetPaths } from '../dataset-inputs';
import type { ParsedCommand } from '../args';

export async function validateCommand(command: ParsedCommand): Promise<number> {
  const paths = splitDatasetPaths(command.files, command.maps);
  const readsFiles = paths.others.length > 0 || paths.datasets.length === 0;
  const inputs = readsFiles ? await readInputs(paths.others) : { documents: [], claimFiles: [] };
  const article = inputs.documents[0];
  if (article) throw new UsageError(format('notClaimFile', article.id));
  let valid = 0;
  const problems: string[] = [];
  for (const dataset of await readDatasets(paths.datasets)) {
    valid += dataset.claims.length;
    for (const rejected of dataset.rejected) problems.push(rejected.reason);
  }
  for (const file of inputs.claimFiles) {
    const checked = validateClaims(file.records, file.origin, { positions: file.positions ?? undefined });
    valid += checked.claims.length;
    // an unreadable line's reason names its file already ("claims.ndjson line 3 is not valid JSON"), a claim's does not
    const named = [...file.unreadable, ...checked.rejected.map((r) => ({ ...r, reason: `${file.origin}: ${r.reason}` }))];
    for (const rejected of byPosition(named)) problems.push(rejected.reason);
  }
  if (!command.quiet || problems.length > 0) {
    process.stderr.write([...problems, `${valid} valid, ${problems.length} invalid`].join('\n') + '\n');
  }
  return problems.length > 0 ? 2 : 0;
}

/** Problems in the order of the file: a broken line between two bad records is named between them. */
function byPosition(rejected: readonly Rejected[]): Rejected[] {
  return [...rejected].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
}
