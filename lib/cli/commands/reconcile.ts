import {
  batchReferenceDate,
  defaults,
  type Finding,
  reconcile,
  renderReport,
  validateClaims,
  type Reconciliation,
  type Rejected,
  type ReportFormat,
} from '../../index';
import { readInputs, type RawRecords } from '../inputs';
import { readDatasets, splitDatasetPaths } from '../dataset-inputs';
import { reconciliationAsNdjson } from '../ndjson-output';
import { format as formatMessage } from '../../errors/messages';
import { emit } from '../output';
import { FORMATS, type ParsedCommand } from '../args';
import { paletteFor } from '../colour';
import { extractAll } from '../extract-all';
import { lexiconOption } from '../lexicon-option';
import { outputFormatFor } from '../report-format';
import { colourMarkdown } from '../terminal-markdown';
import { failures } from '../fail-on';

export async function reconcileCommand(command: ParsedCommand): Promise<number> {
  const lexicon = await lexiconOption(command.lexicon);
  const paths = splitDatasetPaths(command.files, command.maps);
  const readsFiles = paths.others.length > 0 || paths.datasets.length === 0;
  const inputs = readsFiles ? await readInputs(paths.others, { published: command.published }) : { documents: [], claimFiles: [] };
  const referenceDate = batchReferenceDate(inputs.documents);
  // Lists of records, flattened once: spreading a dataset of 200,000 rows into push() overflows the call stack.
  const records: unknown[][] = [extractAll(inputs.documents, { referenceDate, lexicon }, command.quiet)];
  const rejected: Rejected[][] = [];
  for (const dataset of await readDatasets(paths.datasets)) {
    records.push(dataset.claims);
    rejected.push(dataset.rejected);
  }
  for (const file of inputs.claimFiles) {
    const checked = validateClaims(file.records, file.origin);
    records.push(checked.claims);
    rejected.push(checked.rejected, unreadableLines(file));
  }
  const result = reconcile(records.flat(), { rejected: rejected.flat(), policy: command.policy, lexicon });
  const format = outputFormatFor(command.format, command.out, FORMATS.reconcile, 'markdown');
  const report =
    format === 'ndjson'
      ? reconciliationAsNdjson(result)
      : renderReport(result, { format: format as ReportFormat, documents: inputs.documents });
  const toTerminal = command.out === undefined && process.stdout.isTTY === true;
  await emit(format === 'markdown' && toTerminal ? colourMarkdown(report, paletteFor(process.stdout)) : report, command.out);
  const failed = failures(result, command.failOn);
  if (!command.quiet) process.stderr.write(notices(result, command, format, toTerminal) + findingNotice(failed.findings, command.failOn));
  return failed.verdicts > 0 || failed.findings.length > 0 ? 1 : 0;
}

/** Which findings failed the run: a CI log should say what to look at. */
function findingNotice(findings: readonly Finding[], failOn: string | undefined): string {
  if (findings.length === 0) return '';
  const shown = findings.slice(0, defaults.matcherListLimit).map((f) => `  ${f.level} ${f.id}: ${f.summary}\n`);
  const more = findings.length > shown.length ? `  … and ${findings.length - shown.length} more\n` : '';
  return `claim-reconciler: ${formatMessage('failedOnFindings', failOn, findings.length)}\n${shown.join('')}${more}`;
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

/** What a person at the terminal should know that the report itself does not say there. */
function notices(result: Reconciliation, command: ParsedCommand, format: string, toTerminal: boolean): string {
  const lines: string[] = [];
  if (result.rejected.length > 0) lines.push(formatMessage('rejectedNotice', result.rejected.length));
  if (toTerminal && (format === 'html' || format === 'csv')) lines.push(formatMessage('formatForFile', format, format));
  if (command.out !== undefined) {
    const conflicts = result.relations.filter((r) => r.kind === 'conflict').length;
    lines.push(formatMessage('wroteReport', command.out, conflicts, result.claims.length, result.groups.length));
  }
  return lines.map((line) => `claim-reconciler: ${line}\n`).join('');
}
