import { extractClaims, reconcile, renderReport, validateClaims, type Reconciliation, type Rejected } from '../../index';
import { readInputs, type RawRecords } from '../inputs';
import { readDatasets, splitDatasetPaths } from '../datasets';
import { reconciliationAsNdjson } from '../ndjson-output';
import { emit } from '../output';
import { referenceDateFor } from '../reference-date';
import type { ParsedCommand } from '../args';

export async function reconcileCommand(command: ParsedCommand): Promise<number> {
  const paths = splitDatasetPaths(command.files, command.maps);
  const readsFiles = paths.others.length > 0 || paths.datasets.length === 0;
  const inputs = readsFiles ? await readInputs(paths.others, { published: command.published }) : { documents: [], claimFiles: [] };
  const referenceDate = referenceDateFor(inputs.documents);
  const records: unknown[] = inputs.documents.flatMap((document) => extractClaims(document, { referenceDate }));
  const rejected: Rejected[] = [];
  for (const dataset of await readDatasets(paths.datasets)) {
    records.push(...dataset.claims);
    rejected.push(...dataset.rejected);
  }
  for (const file of inputs.claimFiles) {
    const checked = validateClaims(file.records, file.origin);
    records.push(...checked.claims);
    rejected.push(...checked.rejected, ...unreadableLines(file));
  }
  const result = reconcile(records, { rejected, policy: command.policy });
  const report =
    command.format === 'ndjson' ? reconciliationAsNdjson(result) : renderReport(result, { format: command.format === 'json' ? 'json' : 'markdown' });
  await emit(report, command.out);
  if (result.rejected.length > 0 && !command.quiet) {
    process.stderr.write(`claim-reconciler: ${result.rejected.length} record(s) rejected; the report lists each with its reason.\n`);
  }
  return failsOn(result, command.failOn) ? 1 : 0;
}

export function unreadableLines(file: RawRecords): Rejected[] {
  return file.unreadable.map((line) => ({
    origin: file.origin,
    index: line.index,
    id: null,
    field: '',
    reason: line.reason,
    record: line.record,
  }));
}

function failsOn(result: Reconciliation, failOn: ParsedCommand['failOn']): boolean {
  if (failOn === undefined) return false;
  if (failOn === 'conflict') return result.relations.some((r) => r.kind === 'conflict');
  return result.relations.some((r) => r.kind !== 'agree' && r.kind !== 'compatible');
}
