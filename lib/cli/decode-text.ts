/**
 * Bytes of a file as text. UTF-8 (with or without a byte order mark) is read
 * as it is; UTF-16 with its byte order mark (what Windows tools save as
 * "Unicode") is decoded; any other bytes that are not UTF-8 are read as
 * Windows-1252, the superset of Latin-1 that older newsroom systems write, so
 * that no character is lost. Bytes that are no text at all are refused.
 */

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/** Control bytes that no text file holds (tab, line breaks, form feed and escape aside). */
const isBinaryControl = (byte: number): boolean =>
  byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b;
/** More than this share of control bytes, or any zero byte, is binary. */
const MAX_CONTROL_SHARE = 0.01;

/** The text of a file's bytes, or null when they are not text (an image, an archive, a spreadsheet). */
export function decodeText(bytes: Uint8Array): DecodedText | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  if (looksBinary(bytes)) return null;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/**
 * 0x80-0x9F in Windows-1252: curly quotes, dashes, the euro sign. (Node's
 * TextDecoder reads the label "windows-1252" as ISO-8859-1 and would turn an
 * en dash into a control character.) The five unassigned bytes stay as the
 * control characters of the same number, as WHATWG's decoder keeps them.
 */
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    text += String.fromCharCode(
      ...Array.from(chunk, (byte) => (byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH.charCodeAt(byte - 0x80) : byte)),
    );
  }
  return text;
}

function looksBinary(bytes: Uint8Array): boolean {
  let controls = 0;
  for (const byte of bytes) {
    if (byte === 0) return true;
    if (isBinaryControl(byte)) controls++;
  }
  return controls > bytes.length * MAX_CONTROL_SHARE;
}
