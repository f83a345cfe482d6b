import { ClaimReconcilerError, format, UsageError } from '../errors/messages';
import { version } from '../../package.json';
import { parseCommand } from './args';
import { paletteFor } from './colour';
import { closest } from './suggest';
import { usage, type CommandName } from './help';
import { extractCommand } from './commands/extract';
import { reconcileCommand } from './commands/reconcile';
import { validateCommand } from './commands/validate';

const commands: Record<CommandName, (command: ReturnType<typeof parseCommand>) => Promise<number>> = {
  extract: extractCommand,
  reconcile: reconcileCommand,
  validate: validateCommand,
};

/** Run the CLI and return its exit status; errors become a message on stderr and status 2. */
export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === '--version' || name === '-v') {
      process.stdout.write(`${version}\n`);
      return 0;
    }
    if (name === undefined) {
      // A usage error like any other: the help goes where errors go, and stdout stays empty for a pipe.
      process.stderr.write(`claim-reconciler: ${format('missingCommand')}\n\n${usage.main}`);
      return 2;
    }
    if (name === '--help' || name === '-h' || name === 'help') {
      const topic = rest[0];
      process.stdout.write(topic !== undefined && isCommand(topic) ? usage[topic] : usage.main);
      return 0;
    }
    if (!isCommand(name)) {
      const suggestion = closest(name, Object.keys(commands));
      throw new UsageError(format('unknownCommand', name) + (suggestion === null ? '' : format('didYouMean', suggestion)));
    }
    const command = parseCommand(name, rest);
    if (command.help) {
      process.stdout.write(usage[name]);
      return 0;
    }
    return await commands[name](command);
  } catch (error) {
    const red = paletteFor(process.stderr).red;
    if (error instanceof ClaimReconcilerError) {
      process.stderr.write(`claim-reconciler: ${red('error:')} ${error.message}\n`);
      return 2;
    }
    const detail = error instanceof Error ? error.message : String(error);
    process.stderr.write(`claim-reconciler: ${red('unexpected error:')} ${detail}\nPlease report it with the command you ran.\n`);
    return 2;
  }
}

function isCommand(name: string): name is CommandName {
  return Object.prototype.hasOwnProperty.call(commands, name);
}
