/**
 * English words around units that the unit table (lib/units, generated from
 * quantulum3) does not hold: how "per" is written, counts of events
 * ("46 times"), ratios ("three times as many"), ages and scale readings.
 */

/** Words that join a unit to the one it is divided by: "g/km", "dollars per barrel", "$3 a gallon". */
export const PER_WORDS: ReadonlySet<string> = new Set(['/', 'per', 'a', 'an', 'each']);

/** Adjectives between a number and "times" that still count events: "12 separate times". */
export const TIMES_ADJECTIVES: ReadonlySet<string> = new Set([
  'separate',
  'different',
  'distinct',
  'consecutive',
  'additional',
  'more',
  'other',
  'individual',
  'further',
  'previous',
  'recorded',
  'confirmed',
]);

/** "twice as many", "three times more": a ratio, not a count of times. */
export const RATIO_AFTER_TIMES: ReadonlySet<string> = new Set([
  'as',
  'more',
  'less',
  'fewer',
  'higher',
  'lower',
  'larger',
  'greater',
  'bigger',
  'smaller',
  'the',
  'over',
  'that',
]);

/** Words after a length that make it a dimension of a thing, not "in" a place: "5 in thick". */
export const DIMENSION_ADJECTIVES: ReadonlySet<string> = new Set(['thick', 'long', 'wide', 'tall', 'high', 'deep', 'across', 'diameter']);

/** Readings on a scale, not amounts of anything: "a magnitude 7.8 earthquake", "a Category 4 storm". */
export const SCALE_READINGS: ReadonlySet<string> = new Set([
  'magnitude',
  'richter',
  'category',
  'level',
  'force',
  'grade',
  'stage',
  'tier',
  'class',
]);

/** Time words the unit table lacks: "three nights" is a duration of days. */
export const EXTRA_TIME_WORDS: ReadonlyMap<string, string> = new Map([
  ['night', 'd'],
  ['nights', 'd'],
  ['secs', 's'],
  ['mins', 'min'],
  ['yrs', 'year'],
  ['hrs', 'h'],
]);

/** Words after a figure that are no noun it could qualify: "256GB instead of 128GB", "$5 apiece". */
export const NOT_NOUNS: ReadonlySet<string> = new Set([
  'instead',
  'apiece',
  'each',
  'alone',
  'overall',
  'total',
  'combined',
  'altogether',
  'respectively',
  'more',
  'less',
  'fewer',
  'extra',
]);

/** ISO codes read in lower case after a number ("20 usd", "40 rmb"); others must be written in capitals. */
export const LOWER_CASE_CODES: ReadonlySet<string> = new Set([
  'usd',
  'eur',
  'gbp',
  'jpy',
  'cny',
  'rmb',
  'inr',
  'cad',
  'aud',
  'chf',
  'hkd',
  'nzd',
  'mxn',
  'rub',
  'brl',
  'krw',
  'zar',
  'sgd',
]);

/** Letters before "$" that say which dollar even with a space between ("c $ 16.4 million", "hk $ 10"), lower case. */
export const DOLLAR_PREFIX_LETTERS: ReadonlySet<string> = new Set([
  'us',
  'c',
  'ca',
  'au',
  'hk',
  'nz',
  'nt',
  'mxn',
  'aud',
  'cad',
  'nzd',
  'usd',
  'hkd',
  'sgd',
]);

/** "5 km squared", "4 km cubed". */
export const POWER_WORDS: ReadonlyMap<string, number> = new Map([
  ['squared', 2],
  ['cubed', 3],
  ['²', 2],
  ['³', 3],
]);

/** Words after a number that say it is an age: "87 yo", "12 y/o". */
export const AGE_AFTER: ReadonlySet<string> = new Set(['yo']);

/** Unit words after "a" that do not make "a" the number one: "a ton of" (a lot), "a degree in law", "a foot soldier". */
export const NOT_ONE_AFTER_A: ReadonlySet<string> = new Set([
  'ton',
  'pound',
  'degree',
  'yard',
  'foot',
  'point',
  'percent',
  'percentage',
  'bit',
]);
