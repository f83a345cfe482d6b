/**
 * Text a spreadsheet would run as a formula, made inert. Quotes, outlets and
 * speakers come from untrusted articles: a cell that starts with `=`, `+`,
 * `-` or `@` is read by Excel, LibreOffice and Google Sheets as a formula
 * ("=HYPERLINK(…)", "@SUM(…)"), and so is one whose first visible character
 * is one of them behind NUL, spaces, a byte order mark, zero-width or other
 * format characters, or written in full width ("＝"), which some of them fold.
 * Such a cell, and one that starts with a tab or a carriage return, is
 * prefixed with an apostrophe, which the spreadsheet shows as text.
 */

const FORMULA_STARTS: ReadonlySet<string> = new Set(['=', '+', '-', '@']);
/** Characters that show nothing before the first visible one: controls, spaces, format characters, combining marks, fillers. */
const INVISIBLE = /^[\p{Cc}\p{Cf}\p{Z}\p{M}\p{Default_Ignorable_Code_Point}]$/u;
/** A tab or carriage return at the very start also lets a formula through in some importers (OWASP's list). */
const BREAKS_AT_START = /^[\t\r]/;

/** The first character a reader would see, folded to its plain form (NFKC: "＝" is "="); null when there is none. */
export function firstVisibleCharacter(text: string): string | null {
  for (const character of text) {
    if (!INVISIBLE.test(character)) return character.normalize('NFKC').charAt(0);
  }
  return null;
}

export function neutraliseFormula(text: string): string {
  const first = firstVisibleCharacter(text);
  return BREAKS_AT_START.test(text) || (first !== null && FORMULA_STARTS.has(first)) ? `'${text}` : text;
}

/**
 * One CSV field (RFC 4180): numbers and booleans bare, so spreadsheets read
 * them as such; text always quoted, and neutralised. Every cell of every CSV
 * the library writes goes through here.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return `"${neutraliseFormula(value).replace(/"/g, '""')}"`;
}
