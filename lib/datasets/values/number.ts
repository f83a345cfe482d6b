/**
 * Numbers as spreadsheets and exports write them: 56886, 1000.0, "2,500",
 * "1 234" with a no-break or thin space. Every pattern here is linear: each
 * repeated group starts with a separator, so no digit can be read two ways.
 */
const PLAIN = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)$/;
const GROUPED_COMMA = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const GROUPED_SPACE = /^[+-]?\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?:\.\d+)?$/;

/** The number a cell holds, or null when it holds something else. */
export function numberFromCell(value: unknown): number | null {
  const number = readNumber(value);
  // JSON writes -0 as 0: a claim read back from its JSON must be the same claim
  return number === 0 ? 0 : number;
}

function readNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (PLAIN.test(text)) return Number(text);
  if (GROUPED_COMMA.test(text)) return Number(text.replace(/,/g, ''));
  if (GROUPED_SPACE.test(text)) return Number(text.replace(/[\u00a0\u202f ]/g, ''));
  return null;
}
