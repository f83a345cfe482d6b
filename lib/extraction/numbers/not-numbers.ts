/**
 * Digits that are not quantities: ordinals ("22nd"), years ("in 1979" is
 * masked as a date; a bare "1979" is caught here), designations ("Tower 22",
 * "Voyager 2", "No. 5", "06F6"), partitives ("one of the targets") and "one"
 * as a pronoun ("no one", "the one that"). Each rule says why, so a dropped
 * number can be explained.
 */
import type { NumberReading } from '../context';
import type { Lexicon } from '../../lexicon/lexicon';
import { isCapitalized, touching, type Token } from '../text/tokens';
import { MONTHS, WEEKDAYS } from '../english/calendar';
import { ORDINAL_SUFFIX, SCALE_WORDS, TEEN_WORDS, TENS_WORDS, UNIT_WORDS } from '../english/number-words';
import { DETERMINERS } from '../english/function-words';
import { HEDGE_FINAL_WORDS } from '../english/hedges';
import { unitTable } from '../../units/table';
import { wordAt } from './reader';

/** Words that name a thing by a number after them. */
const DESIGNATION_HEADS: ReadonlySet<string> = new Set([
  'tower',
  'camp',
  'base',
  'route',
  'highway',
  'road',
  'interstate',
  'flight',
  'resolution',
  'article',
  'section',
  'chapter',
  'clause',
  'paragraph',
  'page',
  'volume',
  'vol',
  'no',
  'number',
  'gate',
  'block',
  'sector',
  'building',
  'unit',
  'brigade',
  'division',
  'battalion',
  'squadron',
  'regiment',
  'corps',
  'phase',
  'level',
  'zone',
  'station',
  'platform',
  'terminal',
  'room',
  'hall',
  'ward',
  'district',
  'precinct',
  'lot',
  'exit',
  'runway',
  'hangar',
  'pier',
  'stage',
  'season',
  'episode',
  'game',
  'round',
  'week',
  'apollo',
  'voyager',
  'boeing',
  'airbus',
  'model',
  'mark',
  'mk',
  'version',
  'type',
  'class',
  'grade',
  'category',
  'channel',
  'line',
  'bus',
  'item',
  'figure',
  'table',
  'group',
  'cell',
  'sura',
  'verse',
  'psalm',
  'act',
  'bill',
  'proposition',
  'prop',
  'amendment',
  'covid',
  'windows',
  'iphone',
  'galaxy',
  'pixel',
  'formula',
  'task',
  'force',
  'operation',
  'checkpoint',
  'kilometre',
  'kilometer',
  'km',
  'mile',
  'outpost',
]);

/** Heads that name a thing by number even in lower case: "resolution 2334", "flight 370". */
const LOWERCASE_DESIGNATION_HEADS: ReadonlySet<string> = new Set([
  'resolution',
  'flight',
  'route',
  'highway',
  'chapter',
  'section',
  'article',
  'page',
  'no',
  'number',
  'tower',
  'camp',
  'gate',
  'building',
  'sector',
  'block',
  'checkpoint',
  'exit',
]);

/** Capitalised words that stand before a count, not a designation. */
const NOT_DESIGNATORS: ReadonlySet<string> = new Set([
  ...MONTHS.keys(),
  ...WEEKDAYS.keys(),
  'only',
  'some',
  'about',
  'around',
  'nearly',
  'almost',
  'over',
  'all',
  'another',
  'total',
  'and',
  'but',
  'with',
  'at',
  'the',
  'of',
  'to',
  'by',
  'than',
]);

const STREET_WORDS: ReadonlySet<string> = new Set([
  'street',
  'st',
  'avenue',
  'ave',
  'road',
  'rd',
  'boulevard',
  'blvd',
  'lane',
  'square',
  'drive',
  'place',
  'plaza',
  'highway',
]);

const PARTITIVE_AFTER_OF: ReadonlySet<string> = new Set([
  'the',
  'them',
  'those',
  'these',
  'its',
  'their',
  'his',
  'her',
  'our',
  'whom',
  'which',
  'us',
  'you',
  'my',
  'your',
]);

const isPlainInteger = (token: Token | undefined): boolean => token?.kind === 'number' && /^\d+$/.test(token.norm);

function measureFollows(tokens: readonly Token[], last: number, lexicon: Lexicon): boolean {
  // "in the Sahel 50 times": a count of occasions, never a name
  if (wordAt(tokens, last + 1) === 'times') return true;
  for (let k = last + 1; k <= last + 3 && k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.kind !== 'word') return false;
    if (lexicon.measureForTerm(token.norm) || lexicon.measureForTerm(`${token.norm} ${wordAt(tokens, k + 1) ?? ''}`)) return true;
  }
  return false;
}

function hedgedBefore(tokens: readonly Token[], first: number): boolean {
  const before = wordAt(tokens, first - 1);
  return before !== undefined && HEDGE_FINAL_WORDS.has(before);
}

function isSentenceInitial(tokens: readonly Token[], index: number): boolean {
  for (let k = index - 1; k >= 0; k--) if (tokens[k]!.kind === 'word' || tokens[k]!.kind === 'number') return false;
  return true;
}

/** Why a reading is no figure ("designation", "year", ...), or null. In a title-case line (`titleCase`) a capital before a number names nothing. */
export function whyNotANumber(read: NumberReading, tokens: readonly Token[], lexicon: Lexicon, titleCase = false): string | null {
  const first = tokens[read.first]!;
  if (read.form === 'digits') {
    const unit = read.attachedUnit?.toLowerCase() ?? null;
    if (unit !== null && ORDINAL_SUFFIX.test(unit)) return 'ordinal';
    // "06F6" is a name, "24703m2" an area
    if (unit !== null && /\d/.test(unit) && unitTable().bySymbol(read.attachedUnit!, true) === undefined) return 'designation';
    if (unit === 's' && /^\d{4}$/.test(first.norm)) return 'year';
    if (unit === 's') return 'designation';
    const digits = tokens[read.last]!;
    if (isPlainInteger(digits) && read.first === read.last) {
      const before = tokens[read.first - 1];
      const beforeWord = wordAt(tokens, read.first - 1);
      if (beforeWord && DESIGNATION_HEADS.has(beforeWord) && (isCapitalized(before) || LOWERCASE_DESIGNATION_HEADS.has(beforeWord)))
        return 'designation';
      if (before?.norm === '.' && /^no$/i.test(tokens[read.first - 2]?.text ?? '')) return 'designation';
      if (
        !titleCase &&
        isCapitalized(before) &&
        /\p{Ll}/u.test(before!.text) &&
        unitTable().byWords(beforeWord!) === undefined &&
        unitTable().bySymbol(before!.text, false) === undefined &&
        !isSentenceInitial(tokens, read.first - 1) &&
        !NOT_DESIGNATORS.has(beforeWord!) &&
        !lexicon.place(beforeWord!) &&
        !lexicon.placeForDemonym(beforeWord!) &&
        !measureFollows(tokens, read.last, lexicon)
      ) {
        return 'designation';
      }
      const value = Number(digits.norm);
      if (
        digits.norm.length === 4 &&
        value >= 1800 &&
        value <= 2100 &&
        !hedgedBefore(tokens, read.first) &&
        !measureFollows(tokens, read.last, lexicon)
      ) {
        return 'year';
      }
    }
  }
  // "Pat Ryder, 52, said": a small number set off by commas after a name is an age
  if (
    read.form === 'digits' &&
    read.first === read.last &&
    /^\d{1,3}$/.test(first.norm) &&
    tokens[read.first - 1]?.norm === ',' &&
    isCapitalized(tokens[read.first - 2]) &&
    /^[,)]$/.test(tokens[read.last + 1]?.norm ?? '') &&
    !lexicon.place(tokens[read.first - 2]!.text)
  ) {
    return 'age';
  }
  // "10 Downing Street": a number before a street's name is an address
  const next = tokens[read.last + 1];
  if (read.form === 'digits' && isCapitalized(next)) {
    for (let k = read.last + 1; k <= read.last + 3 && isCapitalized(tokens[k]); k++)
      if (STREET_WORDS.has(tokens[k]!.norm)) return 'address';
  }
  const after = wordAt(tokens, read.last + 1);
  if (read.form === 'words' && read.first === read.last && first.norm === 'one') {
    const before = wordAt(tokens, read.first - 1);
    if (before !== undefined && (DETERMINERS.has(before) || before === 'at')) return 'pronoun';
    if (after === 'another' || after === 'by' || after === 'after') return 'pronoun';
    const next = tokens[read.last + 1];
    if (next === undefined || next.kind === 'punct' || touching(first, next)) return 'pronoun';
  }
  return null;
}

/** "one of the targets": a part of something counted elsewhere, not a figure of its own. */
export function isPartitive(read: NumberReading, tokens: readonly Token[]): boolean {
  if (wordAt(tokens, read.last + 1) !== 'of' || read.form === 'count-word' || read.form === 'fraction') return false;
  // "one of the targets", "one of two survivors"
  const whole = tokens[read.last + 2];
  return PARTITIVE_AFTER_OF.has(wordAt(tokens, read.last + 2) ?? '') || whole?.kind === 'number' || mayStartWordNumber(whole?.norm ?? '');
}

/**
 * "the three soldiers", "their two vehicles": a small count written in words
 * after a definite determiner points back at a figure already given; it is
 * not stated again. Digits ("the 2,500 troops") are a figure restated and stay.
 */
export function isBackReference(read: NumberReading, tokens: readonly Token[]): boolean {
  if (read.form !== 'words' || read.value >= 10 || read.first !== read.last) return false;
  const before = wordAt(tokens, read.first - 1);
  return before === 'the' || before === 'these' || before === 'those' || before === 'their' || before === 'its' || before === 'both';
}

/** Whether a word can start a written number: the finder tries the word readers only there. */
export function mayStartWordNumber(norm: string): boolean {
  const dash = norm.indexOf('-');
  const head = dash < 0 ? norm : norm.slice(0, dash);
  return UNIT_WORDS.has(head) || TEEN_WORDS.has(head) || TENS_WORDS.has(head) || SCALE_WORDS.has(head);
}
