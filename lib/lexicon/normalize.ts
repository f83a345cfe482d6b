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
  // "İzmir" lower-cases to "i̇zmir", whose combining dot would split the word
  if (term.includes('\u0307')) term = term.replace(/\u0307/g, '');
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

/**
 * The form gazetteer names are matched in: `normalizeTerm`, then no accents
 * ("Kahramanmaraş" is "kahramanmaras", Turkish dotless "ı" is "i"), no
 * apostrophes or ʻayn marks ("Sana'a", "Ta‘izz") and hyphens as spaces
 * ("Deir ez-Zor" is "Deir ez Zor"): news copy spells foreign names all
 * these ways.
 */
export function foldName(text: string): string {
  // most names are plain ASCII words, and the gazetteer folds some 65,000 of them on first use
  if (PLAIN_NAME.test(text)) {
    let key = text.toLowerCase();
    if (key.includes("'")) key = key.replace(/'/g, '');
    if (key.includes('-')) key = key.replace(/-/g, ' ');
    return key.includes('  ') || key.startsWith(' ') || key.endsWith(' ') ? collapse(key) : key;
  }
  return collapse(
    normalizeTerm(text.normalize('NFD').replace(/\p{M}/gu, ''))
      .replace(/ı/g, 'i')
      .replace(/['\u02bb\u02bc\u02be\u02bf]/g, '')
      .replace(/-/g, ' '),
  );
}

const PLAIN_NAME = /^[A-Za-z' -]*$/;
const collapse = (text: string): string => text.replace(/ {2,}/g, ' ').trim();

const NON_ASCII = /[^\x00-\x7f]/;
const NOT_A_WORD_CHARACTER = /[^\p{L}\p{N}'\- ]/u;
