/** Words that tie a figure to time, lower case. */

/** Words that make a figure a running total: "so far", "to date", "a total of", "the death toll". */
export const CUMULATIVE_WORDS: readonly (readonly string[])[] = [
  ['so', 'far'],
  ['to', 'date'],
  ['thus', 'far'],
  ['in', 'total'],
  ['a', 'total', 'of'],
  ['total', 'of'],
  ['in', 'all'],
  ['overall'],
  ['altogether'],
  ['cumulative'],
  ['cumulatively'],
  ['toll'],
  ['tally'],
  ['running', 'total'],
  ['since', 'the', 'start'],
  ['since', 'the', 'beginning'],
];

/** Verbs after a figure that make it a level held on a date: "2,500 troops are stationed". */
export const LEVEL_VERBS: ReadonlySet<string> = new Set(['stationed', 'deployed', 'based', 'posted', 'garrisoned', 'remain', 'remains']);

/** Auxiliaries of the present perfect. */
export const PRESENT_PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', "'ve"]);

/** Auxiliaries of the past perfect: "the police had counted" looks back from the story's day. */
export const PAST_PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(['had', "'d"]);

/** Words that open a relative clause: "the quake that struck on Monday". */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'when', 'where']);

/** Prepositions that make a date the day of an event something came after: "after the Oct. 7 attack", "following Monday's quake". */
export const ANCHOR_PREPOSITIONS: ReadonlySet<string> = new Set(['after', 'following']);

/** Words that make a "since" the baseline of a comparison: "the deadliest since 1939", "a record since January". */
export const SUPERLATIVE_WORDS: ReadonlySet<string> = new Set([
  'most',
  'least',
  'worst',
  'best',
  'record',
  'first',
  'highest',
  'lowest',
  'biggest',
  'largest',
]);
