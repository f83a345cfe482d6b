import {
  batchReferenceDate,
  defaults,
  type Finding,
  reconcile,
  renderReport,
  renderReportChunks,
  validateClaims,
  type Reconciliation,
  type Rejected,
  type ReportFormat,
} from '../../index';
import { readInputs } from '../inputs';
import { readDatasets, splitDatasetPaths } from '../dataset-inputs';
import { reconciliationAsNdjson } from '../ndjson-output';
import { format as formatMessage } from '../../errors/messages';
import { emit, emitChunks, planOutput } from '../output';
import { FORMATS, type ParsedCommand } from '../args';
import { paletteFor } from '../colour';
import { extractAll } from '../extract-all';
import { lexiconOption } from '../lexicon-option';
import { colourMarkdown } from '../terminal-markdown';
import { failures } from '../fail-on';

export async function reconcileCommand(command: ParsedCommand): Promise<number> {
  const format = await planOutput(command.format, command.out, FORMATS.reconcile, 'markdown');
  const lexicon = await lexiconOption(command.lexicon);
  const paths = splitDatasetPaths(command.files, command.maps);
  const readsFiles = paths.others.length > 0 || paths.datasets.length === 0;
  const inputs = readsFiles ? await readInputs(paths.others, { published: command.published }) : { documents: [], claimFiles: [] };
  const referenceDate = batchReferenceDate(inputs.documents);
  // Lists of records, flattened once: spreading a dataset of 200,000 rows into push() overflows the call stack.
  const records: unknown[][] = [
    extractAll(inputs.documents, { referenceDate, lexicon, everyQuantity: command.everyQuantity }, command.quiet),
  ];
  const rejected: Rejected[][] = [];
  for (const dataset of await readDatasets(paths.datasets)) {
    records.push(dataset.claims);
    rejected.push(dataset.rejected);
  }
  for (const file of inputs.claimFiles) {
    const checked = validateClaims(file.records, file.origin, { positions: file.positions ?? undefined });
    records.push(checked.claims);
    rejected.push(file.unreadable, checked.rejected);
  }
  const result = reconcile(records.flat(), { rejected: rejected.flat(), policy: command.policy, lexicon });
  const toTerminal = command.out === undefined && process.stdout.isTTY === true;
  if (format === 'json' || format === 'ndjson') {
    // record by record: a million claims as JSON is longer than any string V8 can hold
    await emitChunks(format === 'ndjson' ? reconciliationAsNdjson(result) : renderReportChunks(result, { format: 'json' }), command.out);
  } else {
    const report = renderReport(result, { format: format as ReportFormat, documents: inputs.documents });
    await emit(format === 'markdown' && toTerminal ? colourMarkdown(report, paletteFor(process.stdout)) : report, command.out);
  }
  if (!command.quiet) process.stderr.write(notices(result, command, format, toTerminal));
  const failed = failures(result, command.failOn);
  // Said even with --quiet: a CI log must show why the step failed.
  if (failed.verdicts.length > 0)
    process.stderr.write(`claim-reconciler: ${formatMessage('failOnFound', command.failOn, failed.verdicts.join(', '))}\n`);
  process.stderr.write(findingNotice(failed.findings, command.failOn));
  return failed.verdicts.length > 0 || failed.findings.length > 0 ? 1 : 0;
}

/** Which findings failed the run: a CI log should say what to look at. */
function findingNotice(findings: readonly Finding[], failOn: string | undefined): string {
  if (findings.length === 0) return '';
  const shown = findings.slice(0, defaults.matcherListLimit).map((f) => `  ${f.level} ${f.id}: ${f.summary}\n`);
  const more = findings.length > shown.length ? `  … and ${findings.length - shown.length} more\n` : '';
  return `claim-reconciler: ${formatMessage('failedOnFindings', failOn, findings.length)}\n${shown.join('')}${more}`;
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
