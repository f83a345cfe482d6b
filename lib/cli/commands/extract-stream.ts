import { extractClaims } from '../../index';
import { format, UsageError } from '../../errors/messages';
import { documentsFromNdjson } from '../stdin-documents';
import { StreamOutput } from '../stream-output';
import { FORMATS, type ParsedCommand } from '../args';
import { planOutput } from '../output';
import { lexiconOption } from '../lexicon-option';

/**
 * `extract -`: documents arrive as NDJSON on standard input and their claims
 * leave as NDJSON as soon as each document is done, so the command composes
 * with shell pipelines and batch engines and its memory stays flat however
 * long the input. Unusable lines are named on stderr and the rest go on;
 * the exit status is then 2.
 */
export async function extractStreamCommand(command: ParsedCommand): Promise<number> {
  if (command.files.length !== 1) throw new UsageError(format('stdinAlone'));
  const asArray = (await planOutput(command.format, command.out, FORMATS.extract, 'ndjson')) === 'json';
  const lexicon = await lexiconOption(command.lexicon);
  const output = new StreamOutput(command.out);
  let first = true;
  let unusable = 0;
  try {
    if (asArray) await output.write('[');
    for await (const item of documentsFromNdjson(process.stdin, { published: command.published })) {
      if ('unusable' in item) {
        unusable++;
        process.stderr.write(`claim-reconciler: stdin ${item.unusable.reason}\n`);
        continue;
      }
      for (const claim of extractClaims(item.document, {
        referenceDate: command.published,
        lexicon,
        everyQuantity: command.everyQuantity,
      })) {
        const json = JSON.stringify(claim);
        await output.write(asArray ? `${first ? '\n' : ',\n'}${json}` : `${json}\n`);
        first = false;
      }
    }
    if (asArray) await output.write(first ? ']\n' : '\n]\n');
    await output.close();
  } catch (error) {
    await output.abandon();
    throw error;
  }
  return unusable > 0 ? 2 : 0;
}
