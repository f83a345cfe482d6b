import { batchReferenceDate, type Claim } from '../../index';
import { readInputs } from '../inputs';
import { emit, planOutput } from '../output';
import { FORMATS, type ParsedCommand } from '../args';
import { extractAll } from '../extract-all';
import { lexiconOption } from '../lexicon-option';
import { STDIN } from '../dataset-inputs';
import { extractStreamCommand } from './extract-stream';

export async function extractCommand(command: ParsedCommand): Promise<number> {
  if (command.files.includes(STDIN)) return extractStreamCommand(command);
  const format = await planOutput(command.format, command.out, FORMATS.extract, 'ndjson');
  const lexicon = await lexiconOption(command.lexicon);
  const inputs = await readInputs(command.files, { published: command.published });
  const referenceDate = batchReferenceDate(inputs.documents);
  const claims: Claim[] = extractAll(inputs.documents, { referenceDate, lexicon, everyQuantity: command.everyQuantity }, command.quiet);
  const text = format === 'json' ? `${JSON.stringify(claims, null, 2)}\n` : claims.map((claim) => `${JSON.stringify(claim)}\n`).join('');
  await emit(text, command.out);
  return 0;
}
