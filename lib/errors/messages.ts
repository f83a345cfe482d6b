/**
 * Every message the library shows a user, in one place, so wording stays
 * consistent and a reader can see all the ways things go wrong.
 */
import { defaults } from '../config/defaults';

/** How a record is named in an error: `claim #3 (id s002-2)`. */
export function recordLabel(kind: string, index: number | null, id: string | null): string {
  const position = index === null ? kind : `${kind} #${index + 1}`;
  return id === null ? position : `${position} (id ${id})`;
}

export const messages = {
  notAnObject: 'must be an object, not %s',
  periodEndsBeforeStart: 'period ends (%s) before it starts (%s)',
  asOfBoundsReversed: 'asOfBounds ends (%s) before it starts (%s)',
  spanReversed: 'span ends (%s) before it starts (%s)',
  rangeUpperBelowStated: 'upper (%s) of a range must not be below stated (%s)',
  rangeWithoutUpper: 'a range needs its upper number',
  upperWithoutRange: 'upper is only for qualifier "range"',
  duplicateId: 'repeats the id of %s',
  invalidJson: 'is not valid JSON: %s',
  documentTextNotString: 'document text must be a string, not %s',
  recordsNotArray: '%s() takes an array of records, not %s',
  notADocument: '%s() takes a document ({ id, text, source }), not %s',
  documentField: '%s(): %s: %s must be %s, not %s',
  documentPublished: '%s(): %s: /source/published must be a date written YYYY-MM-DD or null, not %s',
  notAReconciliation: 'renderReport() takes the result of reconcile() ({ claims, groups, relations, estimates, rejected }), not %s',
  reconciliationField: "renderReport(): the reconciliation's %s must be an array, not %s",
  datasetTextNotString: 'the dataset must be text (a string), not %s',
  invalidPublished: 'published date "%s" is not a date (expected YYYY-MM-DD)',
  invalidBodyStart: 'document "%s": bodyStart must be a whole number from 0 to the length of its text (%s), not %s',
  unknownFormat: 'unknown format "%s" (expected one of %s)',
  badTopFindings: 'report option topFindings must be a whole number of at least 0, not %s',
  missingFile: '%s: no such file or directory. Check the path, or run from the folder that holds it.',
  unreadableFile: '%s: cannot be read (%s).',
  notUtf8: '%s: is not UTF-8 text (it looks binary). Convert it to UTF-8 first.',
  readAsWindows1252: '%s: is not UTF-8; read as Windows-1252 (Latin-1). Convert it to UTF-8 if its accents look wrong.',
  isAFolder: '%s: is a folder, not a file. Name a file in it.',
  emptyInputs: 'no input files given. Name article files (.txt), claim files (.json, .ndjson) or folders of articles.',
  noArticlesInFolder: '%s: the folder holds no article files (*.txt).',
  invalidJsonFile: '%s: is not valid JSON (%s). For one record per line, name the file .ndjson.',
  invalidJsonLine: 'line %s is not valid JSON (%s)',
  notClaimFile: '%s: validate checks claim records (.json, .ndjson); this is an article. Run "claim-reconciler extract" on it first.',
  invalidSidecar: '%s: the sidecar metadata is not valid (%s). It should be a JSON object with published (YYYY-MM-DD), outlet and url.',
  unknownCommand: 'unknown command "%s". Commands: extract, reconcile, validate. Run "claim-reconciler --help".',
  missingCommand: 'no command given. Usage:',
  unknownOption: 'unknown option "%s".',
  dashedPositional: ' To name a file that starts with "-", put -- before it: "claim-reconciler %s -- %s".',
  optionNotForCommand: '%s has no option %s; its options are %s.',
  optionNeedsValue: '--%s needs a value.',
  optionValueLooksLikeOption: '--%s needs a value, and "%s" is an option. If it is the value, write --%s=%s.',
  optionTakesNoValue: '--%s takes no value, not "%s".',
  seeCommandHelp: 'Run "claim-reconciler %s --help" for the options.',
  badOptionValue: '--%s must be one of %s, not "%s"',
  invalidLexiconFile: '%s: is not a usable lexicon (%s). See docs/extraction.md for the format, or use --lexicon %s.',
  badPublishedOption: '--published must be a date written YYYY-MM-DD, not "%s"',
  lexiconUnknownWithin: 'measure "%s" is within "%s", which the lexicon does not define',
  lexiconCycle: 'measure "%s" is within itself through %s',
  lexiconDuplicate: '%s "%s" is defined twice',
  lexiconUnknownCountry: 'place "%s" belongs to "%s", which the lexicon does not define as a country',
  lexiconUnknownTouched: 'place "%s" touches "%s", which the lexicon does not define as a country',
  lexiconCountryInCountry: 'place "%s" is a country and cannot belong to "%s"; give it another kind (region, city, landmark)',
  badTolerance: 'reconcile option %s must be a finite number of at least 0, not %s',
  unknownPolicy: 'estimate policy "%s" is not one of %s',
  datasetRowLabel: '%s row %s',
  datasetRowNotObject: 'must be an object of column values, not %s',
  datasetMissingColumn: 'has no column "%s"',
  datasetEmptyCell: 'column "%s" is empty',
  datasetNotNumber: 'column "%s": "%s" is not a number',
  datasetNotDate: 'column "%s": "%s" is not a date (expected YYYY-MM-DD)',
  datasetUnknownQualifier:
    'column "%s": "%s" is not a qualifier (expected exact, at-least, more-than, at-most, fewer-than, approximately or range)',
  datasetUnknownPlace: 'column "%s": "%s" is not a known place (add it to the mapping\'s placeNames)',
  datasetNotText: 'column "%s" must hold text, not %s',
  datasetClaimField: 'column "%s": %s',
  datasetDuplicateId: 'repeats the id of row %s',
  datasetFieldCount: 'has %s fields where the header has %s',
  datasetCsvError: 'is not readable CSV:',
  datasetNoHeader: '%s: the CSV file has no header row naming its columns',
  datasetDuplicateHeader: '%s: column "%s" appears twice in the header',
  datasetMappingColumns: '%s: the mapping names column(s) that the file does not have:',
  datasetJsonNotRows: '%s: a JSON dataset must be an array of row objects, not %s',
  invalidMapping: '%s: the mapping is not valid:',
  mappingRequiresRows: '--map needs dataset files (.csv, .json, .ndjson) or - for standard input',
  datasetWithoutMap: '%s: a .csv file holds dataset rows; give a mapping with --map mapping.json',
  stdinTwice: '- (standard input) can be named only once',
  stdinAlone: '- (standard input) streams documents; name no other files with it',
  outUnknownExtension: '--out %s: "%s" names no format this command writes. End the file name with %s, or give --format.',
  outNoExtension: '--out %s: the file name has no extension to choose the format by. End it with %s, or give --format.',
  outFolderMissing: '--out %s: the folder %s does not exist. Create it first, or give --out a path in an existing folder.',
  outIsFolder: '--out %s: is a folder. Give a file name, such as %s.',
  outNotWritable: "--out %s: cannot be written (%s). Check the folder's permissions, or write to another path.",
  rejectedNotice: '%s record(s) rejected; the report lists each with its reason.',
  formatForFile: 'a %s report is meant for a file: add --out report.%s.',
  failOnFound: '--fail-on %s: exit status 1 for the verdicts %s.',
  wroteReport: 'wrote %s: %s conflict(s) among %s claim(s) in %s subject(s).',
  failedOnFindings: '--fail-on %s: %s finding(s) failed the run:',
  didYouMean: ' Did you mean "%s"?',

  // records at the edges: too deep, too long, fields only through a prototype, previews of rejected records
  datasetQuoteNeverClosed:
    'is not readable CSV: a quote opened on this row is never closed, so rows %s to %s (%s rows) were read as one cell. Close the quote, or write a quote inside a quoted cell as two ("").',
  recordTooDeep: 'nests deeper than %s levels; a claim needs three',
  recordTooLong: 'makes the record longer than %s characters of JSON',
  recordFieldsInherited: 'has no fields of its own: its %s fields are inherited from a prototype, and JSON would write it as {}',
  previewCutString: '… (%s more characters)',
  previewCutEntries: '… (%s more)',
  previewCutDepth: '… (nested deeper)',
  previewNotJson: '(%s, which JSON cannot hold)',
} as const;

export type MessageKey = keyof typeof messages;

/** Fill a message's `%s` slots in order. */
export function format(key: MessageKey, ...values: unknown[]): string {
  let i = 0;
  return messages[key].replace(/%s/g, () => describeValue(values[i++]));
}

/**
 * A safe rendering of a value inside a message. The message's own words are
 * never cut; a string from the input (a cell, a measure, a path) longer than
 * `defaults.messageValueMaxLength` is shown by its start and says how long it
 * was, so that a megabyte cell does not become a megabyte of stderr.
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return value.length > defaults.messageValueMaxLength ? shortened(value) : value;
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : String(value);
}

function shortened(value: string): string {
  let head = value.slice(0, defaults.messageValueHeadLength);
  // never end between the two halves of a surrogate pair
  if (/[\ud800-\udbff]$/.test(head)) head = head.slice(0, -1);
  return `${head}… (${value.length} characters)`;
}

/** What kind of value a caller passed where another was expected: "a string", "null", "an array". */
export function describeKind(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'an array';
  const kind = typeof value;
  return kind === 'object' ? 'an object' : `a${/^[aeiou]/.test(kind) ? 'n' : ''} ${kind}`;
}

/**
 * What a program can branch on, whatever the wording of the message:
 * - `invalid-argument`: a function was given a value of the wrong kind (records that are not an array, text that is not a string);
 * - `invalid-option`: an option it cannot use (a negative tolerance, an unknown policy or report format, a date that is not a date);
 * - `invalid-lexicon`: lexicon data that breaks its schema or its rules (a measure within an undefined one);
 * - `invalid-mapping`: a dataset mapping that breaks `schemas/mapping.schema.json`;
 * - `invalid-dataset`: a dataset file that cannot be read as a whole (no header, not JSON, a mapped column missing);
 * - `usage`: the command line was used in a way that cannot work (the CLI exits 2).
 *
 * A record that breaks its schema is not thrown: it is listed in `rejected`.
 */
export const ERROR_CODES = [
  'invalid-argument',
  'invalid-option',
  'invalid-lexicon',
  'invalid-mapping',
  'invalid-dataset',
  'usage',
] as const;
/** One of `ERROR_CODES`. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** What a `ClaimReconcilerError` says besides its code and message. */
export interface ErrorDetails {
  /** The record or input at fault, named as rejections name them: `lexicon "health"`, `figures.csv`, `document (id a)`. */
  record?: string;
  /** Where in it: a JSON pointer (`/measures/3/within`), a column name, or an option name (`policy`). */
  field?: string;
  cause?: unknown;
}

/**
 * Every copy of the class (the ESM and the CommonJS build loaded side by side,
 * or two installed versions) marks its instances with the same registered
 * symbol, so `instanceof ClaimReconcilerError` holds whichever copy threw.
 */
const BRAND = Symbol.for('claim-reconciler.error');

/**
 * The error the library throws for bad input it cannot turn into a rejected
 * record: `code` for programs, `message` for people, `record` and `field`
 * (null where they do not apply) for both.
 */
export class ClaimReconcilerError extends Error {
  override readonly name: string = 'ClaimReconcilerError';
  readonly code: ErrorCode;
  readonly record: string | null;
  readonly field: string | null;

  constructor(code: ErrorCode, message: string, details: ErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    this.record = details.record ?? null;
    this.field = details.field ?? null;
  }

  /** `instanceof` by the mark every copy of the class sets, not by the prototype of this copy. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // Subclasses (UsageError) keep the ordinary prototype check.
    if (this !== ClaimReconcilerError) return Function.prototype[Symbol.hasInstance].call(this, value);
    return typeof value === 'object' && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true;
  }
}
Object.defineProperty(ClaimReconcilerError.prototype, BRAND, { value: true });

/** Bad command-line usage or unusable input files: the CLI exits 2 with the message. */
export class UsageError extends ClaimReconcilerError {
  override readonly name: string = 'UsageError';

  constructor(message: string, details: Omit<ErrorDetails, 'cause'> = {}) {
    super('usage', message, details);
  }
}
