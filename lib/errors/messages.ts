/**
 * Every message the library shows a user, in one place, so wording stays
 * consistent and a reader can see all the ways things go wrong.
 */

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
  invalidPublished: 'published date "%s" is not a date (expected YYYY-MM-DD)',
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
  missingCommand: 'no command given. Run "claim-reconciler --help" for the commands.',
  badOption: '%s. Run "claim-reconciler %s --help" for the options.',
  badOptionValue: '--%s must be one of %s, not "%s"',
  invalidLexiconFile: '%s: is not a usable lexicon (%s). See docs/extraction.md for the format, or use --lexicon security|health.',
  badPublishedOption: '--published must be a date written YYYY-MM-DD, not "%s"',
  lexiconUnknownWithin: 'measure "%s" is within "%s", which the lexicon does not define',
  lexiconCycle: 'measure "%s" is within itself through %s',
  lexiconDuplicate: '%s "%s" is defined twice',
  lexiconUnknownCountry: 'place "%s" belongs to "%s", which the lexicon does not define as a country',
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
  outFolderMissing: '--out %s: the folder %s does not exist. Create it first, or give --out a path in an existing folder.',
  outIsFolder: '--out %s: is a folder. Give a file name, such as %s.',
  outNotWritable: "--out %s: cannot be written (%s). Check the folder's permissions, or write to another path.",
  rejectedNotice: '%s record(s) rejected; the report lists each with its reason.',
  formatForFile: 'a %s report is meant for a file: add --out report.%s.',
  wroteReport: 'wrote %s: %s conflict(s) among %s claim(s) in %s subject(s).',
  failedOnFindings: '--fail-on %s: %s finding(s) failed the run:',
  didYouMean: ' Did you mean "%s"?',
} as const;

export type MessageKey = keyof typeof messages;

/** Fill a message's `%s` slots in order. */
export function format(key: MessageKey, ...values: unknown[]): string {
  let i = 0;
  return messages[key].replace(/%s/g, () => describeValue(values[i++]));
}

/** A short, safe rendering of a value inside a message. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return value.length > 60 ? `${value.slice(0, 57)}...` : value;
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : String(value);
}

/** The error the library throws for bad input it cannot turn into a rejected record. */
export class ClaimReconcilerError extends Error {
  override readonly name: string = 'ClaimReconcilerError';
}

/** Bad command-line usage or unusable input files: the CLI exits 2 with the message. */
export class UsageError extends ClaimReconcilerError {
  override readonly name: string = 'UsageError';
}
