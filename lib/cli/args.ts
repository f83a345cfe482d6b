import { parseArgs } from 'node:util';
import { format, UsageError } from '../errors/messages';
import type { CommandName } from './help';
import { closest } from './suggest';

export interface ParsedCommand {
  name: CommandName;
  files: string[];
  format: string | undefined;
  published: string | undefined;
  policy: 'best-estimate' | 'conservative' | 'range' | undefined;
  failOn: FailOn | undefined;
  out: string | undefined;
  /** --lexicon: a built-in beat (security, health) or a lexicon JSON file. */
  lexicon: string | undefined;
  /**
   * The dataset mapping (--map) in force for each of `files`: one --map maps
   * every dataset file; with several, each maps the files named after it.
   */
  maps: (string | undefined)[];
  quiet: boolean;
  help: boolean;
}

/** Each command's output formats, its default first. */
export const FORMATS: Record<CommandName, readonly string[]> = {
  extract: ['ndjson', 'json'],
  reconcile: ['markdown', 'html', 'csv', 'json', 'ndjson'],
  validate: [],
};
const POLICIES = ['best-estimate', 'conservative', 'range'] as const;
/** Verdicts (conflict; any but agree and compatible), or findings at a severity floor: see fail-on.ts. */
export const FAIL_ON = ['conflict', 'any', 'finding', 'finding:medium', 'finding:high'] as const;
export type FailOn = (typeof FAIL_ON)[number];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseCommand(name: CommandName, argv: readonly string[]): ParsedCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      tokens: true,
      options: {
        format: { type: 'string' },
        published: { type: 'string' },
        policy: { type: 'string' },
        'fail-on': { type: 'string' },
        out: { type: 'string', short: 'o' },
        lexicon: { type: 'string' },
        map: { type: 'string', multiple: true },
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
    lexicon: values.lexicon,
    maps: mapsInForce(parsed.tokens ?? [], values.map ?? []),
    quiet: values.quiet ?? false,
    help: values.help ?? false,
  };
  if (command.published !== undefined && !ISO_DATE.test(command.published)) {
    throw new UsageError(format('badPublishedOption', command.published));
  }
  return command;
}

/** The --map in force for each positional: the only one, or the last one named before it. */
function mapsInForce(tokens: ReadonlyArray<{ kind: string; value?: string | boolean }>, maps: readonly string[]): (string | undefined)[] {
  let current: string | undefined;
  const inForce: (string | undefined)[] = [];
  for (const token of tokens) {
    if (token.kind === 'option' && (token as { name?: string }).name === 'map') current = token.value as string;
    else if (token.kind === 'positional') inForce.push(maps.length === 1 ? maps[0] : current);
  }
  return inForce;
}

function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    const suggestion = closest(value, allowed);
    const hint = suggestion === null ? '' : format('didYouMean', suggestion);
    throw new UsageError(format('badOptionValue', option, allowed.length > 0 ? allowed.join(', ') : '(no values)', value) + hint);
  }
  return value as T;
}
