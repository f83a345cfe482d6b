/**
 * One normal form for matching words against the lexicon: lower case,
 * "U.S." as "us", dashes and curly quotes folded, punctuation dropped.
 */
export function normalizeTerm(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\b([a-z])\.(?=[a-z]\.)/g, '$1') // U.S. -> us. ; U.K. -> uk.
    .replace(/\b([a-z]{1,2})\.(?=\s|$)/g, '$1')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019\u201b`´]/g, "'")
    .replace(/[^\p{L}\p{N}'\- ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
