/**
 * One normal form for matching words against the lexicon: lower case,
 * "U.S." as "us", dashes and curly quotes folded, punctuation dropped.
 */
export function normalizeTerm(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\u0307/g, '') // "İzmir" lower-cases to "i̇zmir", whose combining dot would split the word
    .replace(/\b([a-z])\.(?=[a-z]\.)/g, '$1') // U.S. -> us. ; U.K. -> uk.
    .replace(/\b([a-z]{1,2})\.(?=\s|$)/g, '$1')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019\u201b`´]/g, "'")
    .replace(/[^\p{L}\p{N}'\- ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
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
