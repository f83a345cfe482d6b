import { parseArgs } from 'node:util';
import { format, UsageError } from '../errors/messages';
import type { CommandName } from './help';

export interface ParsedCommand {
  name: CommandName;
  files: string[];
  format: string | undefined;
  published: string | undefined;
  policy: 'best-estimate' | 'conservative' | 'range' | undefined;
  failOn: 'conflict' | 'any' | undefined;
  out: string | undefined;
  quiet: boolean;
  help: boolean;
}

const FORMATS: Record<CommandName, readonly string[]> = {
  extract: ['ndjson', 'json'],
  reconcile: ['markdown', 'json'],
  validate: [],
};
const POLICIES = ['best-estimate', 'conservative', 'range'] as const;
const FAIL_ON = ['conflict', 'any'] as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseCommand(name: CommandName, argv: readonly string[]): ParsedCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        published: { type: 'string' },
        policy: { type: 'string' },
        'fail-on': { type: 'string' },
        out: { type: 'string', short: 'o' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(format('badOption', (error as Error).message, name));
  }
  const { values, positionals } = parsed;
  const command: ParsedCommand = {
    name,
    files: positionals,
    format: oneOf('format', values.format, FORMATS[name]),
    published: values.published,
    policy: oneOf('policy', values.policy, POLICIES),
    failOn: oneOf('fail-on', values['fail-on'], FAIL_ON),
    out: values.out,
    quiet: values.quiet ?? false,
    help: values.help ?? false,
  };
  if (command.published !== undefined && !ISO_DATE.test(command.published)) {
    throw new UsageError(format('badPublishedOption', command.published));
  }
  return command;
}

function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(format('badOptionValue', option, allowed.length > 0 ? allowed.join(', ') : '(no values)', value));
  }
  return value as T;
}
