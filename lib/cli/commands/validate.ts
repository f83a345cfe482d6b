import { validateClaims } from '../../index';
import { format, UsageError } from '../../errors/messages';
import { readInputs } from '../inputs';
import { readDatasets, splitDatasetPaths } from '../dataset-inputs';
import { unreadableLines } from './reconcile';
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
    const checked = validateClaims(file.records, file.origin);
    valid += checked.claims.length;
    for (const rejected of [...unreadableLines(file), ...checked.rejected]) problems.push(`${file.origin}: ${rejected.reason}`);
  }
  if (!command.quiet || problems.length > 0) {
    process.stderr.write([...problems, `${valid} valid, ${problems.length} invalid`].join('\n') + '\n');
  }
  return problems.length > 0 ? 2 : 0;
}
