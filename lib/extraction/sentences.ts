/**
 * Sentence splitting that survives real copy: full stops with no space after
 * them ("Syria.The attack"), abbreviations and initials ("Gen.", "U.S.",
 * "George W. Bush"), quotes and brackets around the stop, and line breaks
 * that cut a sentence in two ("in Iraq and\n\nSyria").
 */
import { ABBREVIATIONS, SENTENCE_STARTERS } from './english/abbreviations';
import { FUNCTION_WORDS } from './english/function-words';

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Paragraphs are counted so that discourse (pronouns, "he added") stays within one. */
  paragraph: number;
}

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);
const OPENERS = new Set(['"', "'", '“', '‘', '(', '[', '«']);
const TERMINALS = new Set(['.', '!', '?', '…']);
const LINE_BREAK = /\r?\n/g;
/** How far back from a full stop a word (letters and inner stops) is read to judge an abbreviation. */
const MAX_WORD_BEFORE_STOP = 64;

const isUpper = (ch: string | undefined): boolean => ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
const isLower = (ch: string | undefined): boolean => ch !== undefined && ch !== ch.toUpperCase() && ch === ch.toLowerCase();
const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
const isSpace = (ch: string | undefined): boolean => {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  return code === 32 || (code >= 9 && code <= 13) || (code > 127 && /\s/.test(ch));
};

interface Block {
  start: number;
  end: number;
  paragraph: number;
}

/** Lines of text, joined again where a break falls inside a sentence. */
function blocks(text: string): Block[] {
  const lines: Array<{ start: number; end: number; blankBefore: boolean }> = [];
  let lineStart = 0;
  let blankRun = false;
  const push = (start: number, end: number) => {
    const slice = text.slice(start, end);
    const lead = slice.length - slice.trimStart().length;
    const trail = slice.length - slice.trimEnd().length;
    if (slice.trim() === '') {
      blankRun = true;
      return;
    }
    lines.push({ start: start + lead, end: end - trail, blankBefore: blankRun || lines.length === 0 });
    blankRun = false;
  };
  for (const match of text.matchAll(LINE_BREAK)) {
    push(lineStart, match.index);
    lineStart = match.index + match[0].length;
  }
  push(lineStart, text.length);

  const result: Block[] = [];
  let paragraph = -1;
  // copy that separates paragraphs with blank lines wraps lines inside them; copy that never does puts one per line
  const blankLinesSeparate = lines.some((line, i) => i > 0 && line.blankBefore);
  for (const line of lines) {
    const previous = result[result.length - 1];
    if (previous && continuesAcrossBreak(text, previous.end, line.start)) {
      previous.end = line.end;
      continue;
    }
    if (line.blankBefore || paragraph < 0 || !blankLinesSeparate) paragraph++;
    result.push({ start: line.start, end: line.end, paragraph });
  }
  return result;
}

/** A line that ends on "and", "in" or a comma, or a next line that starts in lower case, is one sentence. */
function continuesAcrossBreak(text: string, previousEnd: number, nextStart: number): boolean {
  const last = text[previousEnd - 1];
  if (last === ',' || last === '-' || last === '–') return true;
  if (isLower(text[nextStart])) return true;
  // a walk back over at most 20 letters: /\p{L}+$/ retried from every letter of a long word
  let start = previousEnd;
  while (start > Math.max(0, previousEnd - 20) && /\p{L}/u.test(text[start - 1]!)) start--;
  return start < previousEnd && FUNCTION_WORDS.has(text.slice(start, previousEnd).toLowerCase());
}

/** The word just before position `end` (letters and inner dots), lower case, without the final stop. */
function wordBefore(text: string, end: number): string {
  // Bounded: no abbreviation is this long, and walking back over "example.example.…" from every stop was quadratic.
  const limit = Math.max(0, end - MAX_WORD_BEFORE_STOP);
  let i = end;
  while (i > limit && /[\p{L}.]/u.test(text[i - 1]!)) i--;
  return text.slice(i, end);
}

function isAbbreviation(word: string): boolean {
  const bare = word.replace(/^\.+/, '');
  if (bare === '') return false;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(bare)) return true; // U.S, e.g, i.e
  if (/^\p{Lu}$/u.test(bare)) return true; // an initial: "W."
  return ABBREVIATIONS.has(bare.toLowerCase());
}

function nextWord(text: string, from: number): string {
  const match = /^[\p{L}]+/u.exec(text.slice(from, from + 30));
  return match ? match[0] : '';
}

/** Where sentences end inside one block of text. */
function boundaries(text: string, block: Block): number[] {
  const ends: number[] = [];
  for (let i = block.start; i < block.end; i++) {
    if (!TERMINALS.has(text[i]!)) continue;
    let j = i;
    while (j + 1 < block.end && TERMINALS.has(text[j + 1]!)) j++;
    while (j + 1 < block.end && CLOSERS.has(text[j + 1]!)) j++;
    while (j + 1 < block.end && TERMINALS.has(text[j + 1]!)) j++;
    const cut = j + 1;
    if (cut >= block.end) break;
    let k = cut;
    while (k < block.end && isSpace(text[k])) k++;
    const spaced = k > cut;
    let m = k;
    while (m < block.end && OPENERS.has(text[m]!)) m++;
    const first = text[m];
    const stop = text[i];
    const word = stop === '.' ? wordBefore(text, i) : '';
    let isEnd: boolean;
    if (!spaced && k === cut && !(m > k)) {
      // no space: "Syria.The attack" ends a sentence; "2.5", "U.S.-led", "sputnik.com" do not
      isEnd = stop !== '.' ? isUpper(first) : /\p{Ll}{2}$/u.test(word) && isUpper(first) && j === i;
      if (stop === '.' && j > i) isEnd = isUpper(first) || OPENERS.has(text[cut]!); // closing quote then capital: `illegal."Washington`
    } else {
      isEnd = isUpper(first) || isDigit(first) || (m > k && isUpper(text[m]));
      if (isEnd && stop === '.' && j === i && isAbbreviation(word)) {
        // "U.S. The attack" ends a sentence; "Gen. Ryder" and "Oct. 17" do not
        const bare = word.replace(/^\.+/, '');
        const acronym = (/^(?:\p{L}\.)+\p{L}$/u.test(bare) && word.length > 2) || /^\p{Lu}$/u.test(bare);
        // "in the U.S. The FBI", "a post on X. The spokesman": an acronym or a letter ends a sentence before a usual opener
        isEnd = acronym && SENTENCE_STARTERS.has(nextWord(text, m).toLowerCase());
      }
    }
    if (isEnd) ends.push(cut);
    i = j;
  }
  return ends;
}

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const block of blocks(text)) {
    let start = block.start;
    for (const cut of [...boundaries(text, block), block.end]) {
      let s = start;
      let e = cut;
      while (s < e && isSpace(text[s])) s++;
      while (e > s && isSpace(text[e - 1])) e--;
      if (e > s) sentences.push({ index: sentences.length, start: s, end: e, paragraph: block.paragraph });
      start = cut;
    }
  }
  return sentences;
}
