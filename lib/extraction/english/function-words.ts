/** Closed-class words: a line that ends on one of these goes on after the break. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'by', 'for', 'from', 'with', 'into',
  'onto', 'across', 'near', 'over', 'under', 'between', 'against', 'about', 'around', 'than', 'as', 'that', 'which',
  'who', 'whom', 'whose', 'its', 'their', 'his', 'her', 'our', 'this', 'these', 'those', 'inside', 'within', 'per',
  'since', 'until', 'via', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'be', 'been', 'some', 'least', 'most',
]);

/** Prepositions: a noun phrase after a number ends before one of these. */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'to', 'by', 'for', 'from', 'with', 'into', 'onto', 'across', 'near', 'over', 'under', 'between',
  'against', 'about', 'around', 'than', 'as', 'since', 'until', 'during', 'after', 'before', 'inside', 'outside',
  'within', 'throughout', 'along', 'among', 'amid', 'amidst', 'toward', 'towards', 'upon', 'via', 'per', 'of',
  'without', 'through', 'behind', 'beyond', 'like', 'off', 'including', 'targeting', 'using', 'involving',
]);

export const DETERMINERS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'some',
  'any', 'each', 'every', 'no', 'all', 'both', 'either', 'neither', 'such', 'what', 'which', 'whose', 'another', 'other',
]);

/** Auxiliaries and copulas: they end a noun phrase and may open a predicate ("were injured"). */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'having', 'do', 'does', 'did',
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', "'s", "'re", "'ve",
]);

export const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'nor', 'plus']);

/** Words that open a new clause: a hedge, a measure or a place does not reach across them. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'while', 'whereas', 'although', 'though', 'but', 'because', 'which', 'who', 'whom', 'whose', 'where', 'when',
  'if', 'unless', 'after', 'before', 'since', 'as', 'that', 'so', 'yet',
]);

export const PRONOUNS: ReadonlySet<string> = new Set([
  'he', 'she', 'it', 'they', 'we', 'i', 'you', 'him', 'her', 'them', 'us', 'me', 'one',
]);
