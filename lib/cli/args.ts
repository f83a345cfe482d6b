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
  /** --lexicon: news (the default), one beat (security, disasters, protests, shipping, health) or a lexicon JSON file. */
  lexicon: string | undefined;
  /**
   * The dataset mapping (--map) in force for each of `files`: one --map maps
   * every dataset file; with several, each maps the files named after it.
   */
  maps: (string | undefined)[];
  /** --every-quantity: also extract durations, ages, ratios and scale readings. */
  everyQuantity: boolean;
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

/** Every option of the CLI; each command accepts those `COMMAND_OPTIONS` lists. */
const OPTIONS = {
  format: { type: 'string' },
  published: { type: 'string' },
  policy: { type: 'string' },
  'fail-on': { type: 'string' },
  out: { type: 'string', short: 'o' },
  lexicon: { type: 'string' },
  map: { type: 'string', multiple: true },
  'every-quantity': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;
type OptionName = keyof typeof OPTIONS;
type OptionValues = { [K in Exclude<OptionName, 'map' | 'every-quantity' | 'quiet' | 'help'>]?: string } & {
  map?: string[];
  'every-quantity'?: boolean;
  quiet?: boolean;
  help?: boolean;
};

const COMMAND_OPTIONS: Record<CommandName, readonly OptionName[]> = {
  extract: ['format', 'published', 'lexicon', 'every-quantity', 'out', 'quiet', 'help'],
  reconcile: ['format', 'published', 'policy', 'fail-on', 'out', 'lexicon', 'every-quantity', 'map', 'quiet', 'help'],
  validate: ['map', 'quiet', 'help'],
};

interface OptionToken {
  kind: 'option';
  name: string;
  rawName: string;
  value?: string;
  inlineValue?: boolean;
}

export function parseCommand(name: CommandName, argv: readonly string[]): ParsedCommand {
  // Not strict: node's own messages for a bad option are long and generic. Every
  // option token is checked below, with a message of ours and a did-you-mean.
  const parsed = parseArgs({ args: [...argv], allowPositionals: true, strict: false, tokens: true, options: OPTIONS });
  for (const token of parsed.tokens ?? []) if (token.kind === 'option') checkOption(name, token as OptionToken);
  // checkOption has made sure that each value has its option's type.
  const values = parsed.values as OptionValues;
  const command: ParsedCommand = {
    name,
    files: parsed.positionals,
    format: oneOf('format', values.format, FORMATS[name]),
    published: values.published,
    policy: oneOf('policy', values.policy, POLICIES),
    failOn: oneOf('fail-on', values['fail-on'], FAIL_ON),
    out: values.out,
    lexicon: values.lexicon,
    maps: mapsInForce(parsed.tokens ?? [], values.map ?? []),
    everyQuantity: values['every-quantity'] ?? false,
    quiet: values.quiet ?? false,
    help: values.help ?? false,
  };
  if (command.published !== undefined && !ISO_DATE.test(command.published)) {
    throw new UsageError(format('badPublishedOption', command.published));
  }
  return command;
}

/** An option the command does not know, a value missing or given where none is taken: say which, and what was meant. */
function checkOption(command: CommandName, token: OptionToken): void {
  const allowed = COMMAND_OPTIONS[command];
  const seeHelp = format('seeCommandHelp', command);
  if (!Object.prototype.hasOwnProperty.call(OPTIONS, token.name)) {
    const suggestion = closest(token.name, allowed);
    const meant = suggestion === null ? '' : format('didYouMean', `--${suggestion}`);
    const file = suggestion === null ? format('dashedPositional', command, token.rawName) : '';
    throw new UsageError(`${format('unknownOption', token.rawName)}${meant} ${seeHelp}${file}`);
  }
  const option = token.name as OptionName;
  if (!allowed.includes(option)) {
    throw new UsageError(`${format('optionNotForCommand', command, `--${option}`, allowed.map((o) => `--${o}`).join(', '))} ${seeHelp}`);
  }
  if (OPTIONS[option].type === 'boolean') {
    if (token.value !== undefined) throw new UsageError(format('optionTakesNoValue', option, token.value));
    return;
  }
  if (token.value === undefined) throw new UsageError(`${format('optionNeedsValue', option)} ${seeHelp}`);
  // "--out --quiet": the next word is an option, not the value the user forgot.
  if (!token.inlineValue && token.value.length > 1 && token.value.startsWith('-')) {
    throw new UsageError(format('optionValueLooksLikeOption', option, token.value, option, token.value));
  }
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
