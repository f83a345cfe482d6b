/**
 * Spans of text that hold digits but never a quantity: links, e-mail
 * addresses, phone numbers, dotted identifiers, clock times and numeric
 * dates. They are masked before numbers are read, so their digits are never
 * guessed at. Dates written in words are masked from chrono's results
 * (see date-mentions.ts).
 */
import type { MaskSpan } from './text/tokens';

interface MaskRule {
  reason: string;
  pattern: RegExp;
  /** Optional check on the match when a regular expression cannot say it. */
  accept?: (match: RegExpExecArray) => boolean;
  /** A cheap test the text must pass before the pattern is run at all. */
  needs?: RegExp;
}

const digitCount = (text: string): number => text.replace(/\D/g, '').length;

// Repeated groups are bounded: V8 keeps a backtracking entry per repetition, and
// 10 MB of "1.2.3." or "12-" overflowed its stack. No address, phone number or
// dotted identifier has that many parts.
const RULES: MaskRule[] = [
  { reason: 'url', pattern: /\bhttps?:\/\/[^\s<>"]+|\bwww\.[^\s<>"]+/g, needs: /http|www\./ },
  // starts only where a run of address characters starts: no retry inside a long word
  { reason: 'email', pattern: /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+){1,32}/g, needs: /@/ },
  // +1-222-2222-2222, (555) 123-4567, 555-123-4567: three groups or more
  {
    reason: 'phone',
    pattern: /(?:\+\d{1,3}[ -]?)?(?:\(\d{2,5}\)[ -]?)?\d{2,5}(?:[-./]\d{2,5}){2,8}(?![\d])/g,
    accept: (m) => digitCount(m[0]) >= 7 && !/^\d{1,2}\/\d{1,2}\/\d{2,4}$/.test(m[0]),
  },
  { reason: 'phone', pattern: /\+\d{1,3}[ -]?\(?\d{2,5}\)?[ -]?\d{3,4}[ -]?\d{3,4}/g },
  { reason: 'phone', pattern: /\(\d{2,5}\)\s?\d{3,4}[-.\s]\d{3,4}\b/g },
  { reason: 'identifier', pattern: /(?<![\d.])\d+(?:\.\d+){2,32}(?![\d])/g },
  { reason: 'date', pattern: /\b(?:1[6-9]|20)\d{2}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?(?![\d-])/g },
  { reason: 'date', pattern: /\b\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})(?![\d/.])/g },
  {
    reason: 'year',
    pattern: /\b((?:1[6-9]|20)\d{2})[-/]((?:1[6-9]|20)?\d{2})(?![\d])/g,
    accept: (m) => {
      const first = Number(m[1]);
      const tail = m[2]!;
      const second = tail.length === 4 ? Number(tail) : Math.floor(first / 100) * 100 + Number(tail);
      return second > first && second - first <= 10;
    },
  },
  { reason: 'year', pattern: /\b(?:1[5-9]|20)\d0s\b|'\d0s\b/g },
  {
    reason: 'time',
    pattern: /(?<![\d.,])\b(?:[01]?\d|2[0-3])[:.][0-5]\d(?::[0-5]\d)?(?:\s?(?:[ap]\.?m\.?)(?![\p{L}]))?/gu,
    accept: (m) => m[0].includes(':') || /[ap]/i.test(m[0]),
  },
  { reason: 'time', pattern: /(?<![\d.,])\b(?:[1-9]|1[0-2])\s?[ap]\.m\.|(?<![\d.,])\b(?:[1-9]|1[0-2])\s?[ap]m\b/gi },
  { reason: 'time', pattern: /\b(?:[01]\d|2[0-3])[0-5]\d\s?(?:GMT|UTC|Z|local time|hrs)\b/g },
  { reason: 'designation', pattern: /#\d+\b|\b24\/7\b/g },
];

/** Masked spans of the whole text, sorted and disjoint (the first, longest rule wins an overlap). */
export function findMasks(shadow: string): MaskSpan[] {
  const found: MaskSpan[] = [];
  if (!/\d/.test(shadow) && !/@|http|www\./.test(shadow)) return [];
  for (const rule of RULES) {
    if (rule.needs && !rule.needs.test(shadow)) continue;
    rule.pattern.lastIndex = 0;
    for (const match of shadow.matchAll(rule.pattern)) {
      if (rule.accept && !rule.accept(match as RegExpExecArray)) continue;
      found.push({ start: match.index, end: match.index + match[0].length, reason: rule.reason });
    }
  }
  return mergeMasks(found);
}

/** Sort masks and drop any that overlaps one already kept (longer first). */
export function mergeMasks(masks: readonly MaskSpan[]): MaskSpan[] {
  const sorted = [...masks].sort(
    (a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0),
  );
  const kept: MaskSpan[] = [];
  for (const mask of sorted) {
    const last = kept[kept.length - 1];
    if (last && mask.start < last.end) {
      if (mask.end > last.end) last.end = mask.end;
      continue;
    }
    kept.push({ ...mask });
  }
  return kept;
}
