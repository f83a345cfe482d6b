/**
 * Every tunable default in one place, frozen: options passed to the API
 * override these, and docs/ cites them by name.
 */
export const defaults = Object.freeze({
  /** Fuse.js search threshold: how loose a candidate may be before scoring. */
  fuzzyThreshold: 0.4,
  /** Our own cut-off on Fuse's final score (0 is a perfect match); Fuse does not apply one. */
  fuzzyCutoff: 0.25,
  /** Words shorter than this are never matched fuzzily: "hit" must not become "hits". */
  fuzzyMinLength: 5,
  /**
   * Words more than this many times as long as the lexicon's longest term are never
   * matched fuzzily: a typo is about as long as the word it misspells, and Fuse's
   * cost grows with the length of what it searches for (a 1 MB measure took minutes).
   */
  fuzzyMaxLengthFactor: 2,
  /**
   * Extraction matches a misspelt head noun fuzzily ("airstrkes") only from this
   * many letters, and only to one word of about its length and first letter:
   * "places" must not become "planes".
   */
  fuzzyMinHeadLength: 7,
  /** Extraction: "several", "a few", "a handful" with no scale word make no claim unless asked (ExtractOptions.bareVagueCounts). */
  bareVagueCounts: false,
  /**
   * Extraction: vague plurals ("dozens of attacks", "tens of thousands of people") make no claim unless
   * asked (ExtractOptions.vagueCounts). Annotators of real copy do not list them as figures a reader
   * compares, and a range of 24–99 next to every stated count is noise in a discrepancy report.
   */
  vagueCounts: false,
  /**
   * A place name is looked up in the gazetteer from one to this many words: GeoNames
   * names longer than four words ("Sant Julià de Lòria" is four) are kept only in
   * their shorter forms, and a longer run of capitals is a title, not a place.
   */
  gazetteerMaxWords: 4,
  /** Extraction: durations, ages, ratios and scale readings make no claim unless asked (ExtractOptions.everyQuantity). */
  everyQuantity: false,

  /**
   * "about N": the tolerance follows the precision of N. A number that ends in
   * k zeros is read as ± half of 10^k, at least `approximateMinRelative` of N
   * ("about 2,500" is 2,450–2,550; "about 2,437" is about ± 1%).
   */
  approximateMinRelative: 0.01,
  approximateMaxRelative: 0.1,
  /** "nearly N" and "almost N": a little below N, down to this share below. */
  nearlyRelative: 0.1,
  /** "about N" of counted things allows at least this much either side: "roughly a dozen" is 11–13, not just 12. */
  approximateMinAbsolute: 1,

  /** One-off events whose dates are this many days apart or fewer may be the same event. */
  eventDateSlackDays: 1,

  /** Figures this many days apart or fewer are "about the same day" when a narrower measure or place meets a wider one. */
  sameTimeSlackDays: 1,
  /** Levels (troops, bases) this many days apart or fewer are compared as one figure; further apart, a change is a progression. */
  levelWindowDays: 31,
  /** Two figures whose gap is at most this share of the larger agree: 0 for text; a dataset may allow for rounding or lag. */
  sameFigureTolerance: 0,
  /**
   * Fuse.js score cut-off when reconciliation maps a measure that is not a canonical
   * label onto the lexicon. Stricter than extraction's: a wrong merge ("cases" as
   * "bases") invents or hides conflicts, while "casualtes" (0.11) must still match.
   */
  subjectFuzzyCutoff: 0.18,

  /** Relative gap between two conflicting figures at or above which severity is medium, then high. */
  severityMedium: 0.1,
  severityHigh: 0.5,
  /**
   * The level is read against at least this many: 0 deaths against 1 is 100% apart but a
   * 1-in-10 matter, so medium, not high. relativeGap itself stays gap / larger figure.
   */
  severityMinScale: 10,

  /**
   * Findings whose figures all stay below this count are small-count noise: grouped into one
   * line per subject and ranked last. "0 against 5 cases" is 100% apart and says little; from
   * 10, as for severityMinScale, an article's 19 against 21 injured is still a finding. A
   * dataset of large counts may raise it (the COVID example uses 100).
   */
  findingCountFloor: 10,
  /**
   * A disagreement is a steady offset (or a steady share of the figure) when the middle 80% of
   * its daily gaps lie within this share of their median. A category that one source leaves out
   * grows at its own pace, so even a difference of definition drifts by about a fifth over
   * months (probable deaths were 18% to 22% of New York's count in 2020); a lag or a data error
   * moves far more.
   */
  findingSteadySpread: 0.2,
  /** A pattern is read only from this many dates on: two or three days say nothing about one. */
  findingSteadyMinDates: 7,
  /** How many findings the top of a report lists before the full list: what fits on one screen with the summary. */
  reportTopFindings: 10,

  /** Which estimate policy `reconcile()` uses when none is given. */
  estimatePolicy: 'best-estimate' as const,

  /**
   * Records nesting deeper than this are rejected before their schema is read: a claim
   * nests three levels, and writing a record of thousands of levels as JSON overflows
   * the call stack (and with it the whole run).
   */
  maxRecordDepth: 32,
  /**
   * Records longer than this, in characters of their JSON (about), are rejected: far
   * above any real claim, and a tenth of the longest string V8 can hold, so that every
   * record accepted can still be written as JSON on its own.
   */
  maxRecordLength: 50_000_000,
  /**
   * A rejected record is kept as a preview: at most this many characters of its text and
   * this many levels, so one hostile record cannot make the output unwritable.
   */
  rejectedPreviewLength: 2_000,
  rejectedPreviewDepth: 6,

  /** How many conflicts, findings or rejected records a jest matcher's failure message lists before "… and N more". */
  matcherListLimit: 20,

  /**
   * A value from the input quoted in a message (a cell, a measure, a path) is
   * shown whole up to this many characters; a longer one by its first
   * `messageValueHeadLength` characters and its length. Paths and typed options
   * fit; a megabyte cell repeated in every rejection does not.
   */
  messageValueMaxLength: 200,
  messageValueHeadLength: 80,
});

export type Defaults = typeof defaults;
