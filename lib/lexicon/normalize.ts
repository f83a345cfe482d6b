/**
 * One normal form for matching words against the lexicon: lower case,
 * "U.S." as "us", dashes and curly quotes folded, punctuation dropped.
 *
 * Each step runs only when the text has something for it to change: this
 * runs on every word of a text and on measure words of any length, and a
 * replace over megabytes of ordinary words (every single space matched by
 * /\s+/) made a new copy of them for nothing.
 */
export function normalizeTerm(text: string): string {
  let term = NON_ASCII.test(text) ? text.normalize('NFKC') : text;
  term = term.toLowerCase();
  if (term.includes('.')) {
    term = term
      .replace(/\b([a-z])\.(?=[a-z]\.)/g, '$1') // U.S. -> us. ; U.K. -> uk.
      .replace(/\b([a-z]{1,2})\.(?=\s|$)/g, '$1');
  }
  if (NON_ASCII.test(term)) term = term.replace(/[\u2010-\u2015\u2212]/g, '-').replace(/[\u2018\u2019\u201b´]/g, "'");
  term = term.replace(/`/g, "'");
  if (NOT_A_WORD_CHARACTER.test(term)) term = term.replace(/[^\p{L}\p{N}'\- ]+/gu, ' ');
  // runs of two or more, or one that is not a plain space: a single space is already what it would become
  return term.replace(/\s{2,}|[^\S ]/g, ' ').trim();
}

const NON_ASCII = /[^\x00-\x7f]/;
const NOT_A_WORD_CHARACTER = /[^\p{L}\p{N}'\- ]/u;
