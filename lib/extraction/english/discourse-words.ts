/** Words by which a text points back at figures it gave before, lower case. */

/** "Of those, …", "Among them, …": a sentence that goes on to break a total down. */
export const PARTITIVE_OPENERS: ReadonlySet<string> = new Set(['of', 'among']);

/** "3,513, including 2,166 in …": the figures after these are parts of the one before. */
export const PARTITIVE_WORDS: ReadonlySet<string> = new Set(['including', 'includes', 'included', 'among']);
