/**
 * A copy of the text in which every character that the rules read alike is
 * written alike: digits of other scripts as ASCII digits, their separators as
 * "," and ".", dashes as "-", curly quotes as straight ones, and the spaces
 * typesetters put inside numbers as plain spaces. Every replacement is one
 * UTF-16 unit for one, so offsets into the copy are offsets into the
 * original and quotes are always cut from the original text.
 */

/** Code points of DIGIT ZERO in the scripts news copy uses; each block runs 0–9. */
const DIGIT_ZEROS = [
  0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x17e0,
  0x1810, 0xff10,
];

const SINGLE: ReadonlyMap<number, string> = new Map([
  [0x066b, '.'], // Arabic decimal separator
  [0x066c, ','], // Arabic thousands separator
  [0xff0c, ','], // full-width comma
  [0xff0e, '.'], // full-width full stop
  [0xff05, '%'], // full-width percent sign
  [0x066a, '%'], // Arabic percent sign
  [0x00a0, ' '], // no-break space
  [0x2007, ' '], // figure space
  [0x2008, ' '], // punctuation space
  [0x2009, ' '], // thin space
  [0x200a, ' '], // hair space
  [0x202f, ' '], // narrow no-break space
  [0x2212, '-'], // minus sign
  [0x2018, "'"],
  [0x2019, "'"],
  [0x201a, "'"],
  [0x201b, "'"],
  [0x201c, '"'],
  [0x201d, '"'],
  [0x201e, '"'],
  [0x00ab, '"'],
  [0x00bb, '"'],
]);

function digitFor(code: number): string | null {
  for (const zero of DIGIT_ZEROS) {
    if (code >= zero && code <= zero + 9) return String(code - zero);
  }
  return null;
}

/** The character the rules read in place of `code`, or null to keep it. */
function replacementFor(code: number): string | null {
  if (code < 0x80) return null;
  const single = SINGLE.get(code);
  if (single !== undefined) return single;
  if (code >= 0x2010 && code <= 0x2015) return '-';
  return digitFor(code);
}

export function shadowText(text: string): string {
  // Pieces between replacements, joined once: appending a character at a time
  // builds a rope of one object per character, and on 10 MB the collector
  // spent nine tenths of the run on it.
  const pieces: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const replacement = replacementFor(text.charCodeAt(i));
    if (replacement === null) continue;
    pieces.push(text.slice(from, i), replacement);
    from = i + 1;
  }
  if (from === 0) return text;
  pieces.push(text.slice(from));
  return pieces.join('');
}
