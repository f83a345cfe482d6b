/** The text of `--help`, one entry per command. */
export const usage = {
  main: `claim-reconciler: find which published figures really disagree.

Usage:
  claim-reconciler extract FILES... [--format ndjson|json] [--published YYYY-MM-DD] [--lexicon NAME|FILE] [--every-quantity]
                           [--out FILE] [--quiet]
  claim-reconciler reconcile FILES... [--format markdown|html|csv|json|ndjson] [--policy NAME]
                             [--published YYYY-MM-DD] [--map MAPPING.json] [--lexicon NAME|FILE] [--every-quantity]
                             [--fail-on conflict|any|finding[:medium|:high]]
                             [--out FILE] [--quiet]
  claim-reconciler validate FILES... [--map MAPPING.json] [--quiet]
  claim-reconciler --version

FILES are articles (any text file; a folder stands for the *.txt articles in it)
and claim files (.json holding an array of claims, .ndjson one claim per line).
With --map, .csv, .json and .ndjson files are dataset rows that the mapping turns
into claims. "-" reads standard input: NDJSON documents for extract, NDJSON
claims (or, with --map, NDJSON rows) for reconcile and validate.
Run "claim-reconciler COMMAND --help" for a command's options.

Exit status: 0 success; 1 when --fail-on finds such verdicts or findings; 2 bad
input or usage.
Colour only on a terminal, never with NO_COLOR set; on a terminal a long run
shows a progress bar on standard error (not with --quiet).
`,
  extract: `claim-reconciler extract FILES... [options]

Print the quantitative claims found in articles.

Options:
  --format ndjson|json     ndjson (default): one claim per line; json: one array
  --published YYYY-MM-DD   publication date for articles whose header and
                           NAME.meta.json sidecar give none
  --lexicon NAME|FILE      the measures and places to look for: news
                           (default: every beat), one beat alone (security,
                           disasters, protests, shipping, health), or a
                           lexicon JSON file (schemas/lexicon.schema.json)
  --every-quantity         also durations, ages, ratios and scale readings
                           ("for three months", "aged 12", "magnitude 7.8"),
                           which make no claim by default
  --out FILE               write to FILE instead of standard output; without
                           --format, its extension chooses (.ndjson, .jsonl,
                           .json) and any other is refused
  -q, --quiet              no progress bar on standard error
  -h, --help               this help

The document id of each claim is the article's file name.

With "-" as the only file, documents are read from standard input as NDJSON,
one per line ({"id", "text", "published", "outlet", "url"}, or a Document
record), and claims are written as each document is done: memory stays flat
however long the input. Unusable lines are named on stderr (exit status 2).
`,
  reconcile: `claim-reconciler reconcile FILES... [options]

Group the claims of articles and claim files by subject and date, give every
difference a verdict, and print the discrepancy report.

Options:
  --format markdown|html|csv|json|ndjson
                           markdown (default): the report, conflicts first;
                           html: one self-contained page with a timeline chart
                           per subject and a table that sorts and filters;
                           csv: one row per relation, then per estimate;
                           json: the full reconciliation
                           (schemas/reconciliation.schema.json); ndjson: one
                           record per line, tagged with its "type" (claim,
                           group, relation, estimate, rejected).
                           Without --format, --out's extension chooses
                           (report.html, relations.csv, result.json) and
                           any other is refused
  --map MAPPING.json       read .csv/.json/.ndjson files (and - as NDJSON) as
                           dataset rows, turned into claims by the mapping
                           (schemas/mapping.schema.json; docs/datasets.md).
                           Broken rows are rejected with row, column and reason
  --policy NAME            estimates: best-estimate (default), conservative, range
  --published YYYY-MM-DD   publication date for articles that give none
  --lexicon NAME|FILE      measures, their hierarchy and places: news
                           (default: every beat), one beat alone (security,
                           disasters, protests, shipping, health: cases,
                           deaths, ...), or a lexicon JSON file
                           (schemas/lexicon.schema.json)
  --every-quantity         articles: also durations, ages, ratios and scale
                           readings, which make no claim by default
  --fail-on conflict|any|finding[:medium|:high]
                           exit 1, for CI, on a conflict; on any verdict other
                           than agree/compatible; on a finding (not a
                           small-count line); or on a finding at least medium
                           or high. The failing findings are named on stderr
  --out FILE               write to FILE instead of standard output
  -q, --quiet              nothing on standard error but errors and what
                           --fail-on found
  -h, --help               this help

Examples:
  claim-reconciler reconcile fixtures/seeds --out report.html
  claim-reconciler reconcile claims.ndjson --fail-on conflict --quiet > report.md
`,
  validate: `claim-reconciler validate FILES... [--map MAPPING.json]

Check claim records (.json, .ndjson) against schemas/claim.schema.json. Each
invalid record is named with its field on standard error; exit 2 if any is
invalid, 0 if all are valid. With --map, check that every row of dataset files
(.csv, .json, .ndjson) becomes a valid claim; each broken row is named with its
row number, column and reason.

Options:
  -q, --quiet              no count of valid and invalid records when all
                           are valid
  -h, --help               this help
`,
} as const;

export type CommandName = Exclude<keyof typeof usage, 'main'>;
