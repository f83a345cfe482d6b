/**
 * Words that end with a full stop without ending a sentence: titles, ranks,
 * months and the like. Lower case, without the stop.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'pres', 'rev', 'hon', 'st', 'jr', 'sr', 'messrs',
  'gen', 'brig', 'lt', 'col', 'maj', 'sgt', 'capt', 'cpt', 'adm', 'cmdr', 'cdr', 'cpl', 'pvt', 'spc', 'lieut', 'gens', 'sgts',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'inc', 'co', 'corp', 'ltd', 'llc', 'plc', 'dept', 'govt', 'univ', 'assn', 'bros',
  'no', 'nos', 'vs', 'etc', 'approx', 'est', 'ca', 'cf', 'al', 'fig', 'vol', 'pp', 'ed', 'eds',
  'ft', 'mt', 'ave', 'blvd', 'rd', 'hwy',
]);

/** Words that start sentences often enough to end an acronym's sentence before them ("in the U.S. The ..."). */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'in', 'on', 'it', 'he', 'she', 'they', 'we', 'but', 'and', 'this', 'that', 'these', 'those',
  'at', 'after', 'before', 'according', 'there', 'his', 'her', 'their', 'its', 'officials', 'since', 'meanwhile',
]);
