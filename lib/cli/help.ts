/** The text of `--help`, one entry per command. */
export const usage = {
  main: `claim-reconciler: find which published figures really disagree.

Usage:
  claim-reconciler extract FILES... [--format ndjson|json] [--published YYYY-MM-DD] [--out FILE]
  claim-reconciler reconcile FILES... [--format markdown|json] [--policy NAME] [--published YYYY-MM-DD]
                             [--fail-on conflict|any] [--out FILE]
  claim-reconciler validate FILES...
  claim-reconciler --version

FILES are articles (any text file; a folder stands for the *.txt articles in it)
and claim files (.json holding an array of claims, .ndjson one claim per line).
Run "claim-reconciler COMMAND --help" for a command's options.

Exit status: 0 success; 1 when --fail-on finds such verdicts; 2 bad input or usage.
`,
  extract: `claim-reconciler extract FILES... [options]

Print the quantitative claims found in articles.

Options:
  --format ndjson|json     ndjson (default): one claim per line; json: one array
  --published YYYY-MM-DD   publication date for articles whose header and
                           NAME.meta.json sidecar give none
  --out FILE               write to FILE instead of standard output
  -h, --help               this help

The document id of each claim is the article's file name.
`,
  reconcile: `claim-reconciler reconcile FILES... [options]

Group the claims of articles and claim files by subject and date, give every
difference a verdict, and print the discrepancy report.

Options:
  --format markdown|json   markdown (default): the report; json: the full
                           reconciliation (schemas/reconciliation.schema.json)
  --policy NAME            estimates: best-estimate (default), conservative, range
  --published YYYY-MM-DD   publication date for articles that give none
  --fail-on conflict|any   exit 1 when a conflict (or any verdict other than
                           agree/compatible) is found: for CI
  --out FILE               write to FILE instead of standard output
  -h, --help               this help
`,
  validate: `claim-reconciler validate FILES...

Check claim records (.json, .ndjson) against schemas/claim.schema.json. Each
invalid record is named with its field on standard error; exit 2 if any is
invalid, 0 if all are valid.

Options:
  -h, --help               this help
`,
} as const;

export type CommandName = Exclude<keyof typeof usage, 'main'>;
