/**
 * Stage: what each number is in, from the unit table (lib/units, generated
 * from quantulum3) and the readers below, tried in order; the first that
 * reads a unit wins. A unit may be written before the number (a currency
 * sign, "USD"), against it ("100g", "256GB", "0-62mph"), or after it ("87
 * mph", "square kilometres", "per cent"), and divided by another ("g/km",
 * "dollars per barrel"). Then each unit's kind says whether the figure makes
 * a claim by default (see CLAIM_KINDS and docs/extraction.md).
 */
import type { ExtractionContext, Quantity, UnitKind, UnitReading } from './context';
import { touching, type Token } from './text/tokens';
import { wordAt } from './numbers/reader';
import { unitTable, COUNT, FRACTION, type Unit, type UnitTable } from '../units/table';
import { TIME_UNITS } from './english/calendar';
import { FUNCTION_WORDS } from './english/function-words';
import { SCALE_WORDS } from './english/number-words';
import {
  AGE_AFTER,
  DOLLAR_PREFIX_LETTERS,
  LOWER_CASE_CODES,
  POWER_WORDS,
  NOT_NOUNS,
  DIMENSION_ADJECTIVES,
  EXTRA_TIME_WORDS,
  PER_WORDS,
  RATIO_AFTER_TIMES,
  SCALE_READINGS,
  TIMES_ADJECTIVES,
} from './english/units';

const reading = (kind: UnitKind, unit: Unit | null, first: number | null = null, last: number | null = null): UnitReading => ({
  kind,
  code: unit?.code ?? (kind === 'times' ? 'times' : null),
  unit,
  first,
  last,
});

/** The kind of figure a table unit gives. */
function kindOf(unit: Unit): UnitKind {
  switch (unit.dimension) {
    case 'currency':
      return 'currency';
    case 'percent':
    case 'percentage points':
      return 'percent';
    case 'time':
      return 'duration';
    default:
      return 'physical';
  }
}

const fromTable = (unit: Unit, first: number | null, last: number | null): UnitReading => reading(kindOf(unit), unit, first, last);

/** `floor`: the first token after the figure before, which a unit before this one may not reach back over. */
type UnitReader = (tokens: readonly Token[], quantity: Quantity, table: UnitTable, floor: number) => UnitReading | null;

/** "$5", "US$5", "c $ 16.4 million", "€10", "USD 5": a currency written before the number. */
const currencyBefore: UnitReader = (tokens, quantity, table, floor) => {
  const first = quantity.first;
  const sign = tokens[first - 1];
  if (!sign || first - 1 < floor) return null;
  const prefix = first - 2 >= floor ? tokens[first - 2] : undefined;
  if (prefix?.kind === 'word' && sign.norm === '$') {
    // "US$5" against the sign; "c $ 16.4 million" spaced, as tokenised copy writes it (never "a $5 bill")
    const letters = prefix.norm;
    if (touching(prefix, sign) || (DOLLAR_PREFIX_LETTERS.has(letters) && letters.length > 1) || letters === 'c') {
      const prefixed =
        table.bySymbol(`${prefix.text}$`, false) ??
        table.bySymbol(`${prefix.text.toUpperCase()}$`, false) ??
        table.bySymbol(prefix.text.toUpperCase(), false);
      if (prefixed?.dimension === 'currency' && (touching(prefix, sign) || DOLLAR_PREFIX_LETTERS.has(letters)))
        return fromTable(prefixed, first - 2, first - 1);
    }
  }
  const signed = table.bySign(sign.text);
  if (signed) return fromTable(signed, first - 1, first - 1);
  if (sign.kind === 'word' && sign.text.length === 3 && (sign.text === sign.text.toUpperCase() || LOWER_CASE_CODES.has(sign.norm))) {
    const code = table.bySymbol(sign.text.toUpperCase(), false);
    if (code?.dimension === 'currency') return fromTable(code, first - 1, first - 1);
  }
  return null;
};

/** "aged 12", "at the age of 12". */
const ageBefore: UnitReader = (tokens, quantity) => {
  const before = wordAt(tokens, quantity.first - 1);
  const age = before === 'aged' || before === 'age' || (before === 'of' && wordAt(tokens, quantity.first - 2) === 'age');
  if (age) return reading('age', null);
  // "a 87 yo man"
  return AGE_AFTER.has(wordAt(tokens, quantity.last + 1) ?? '') ? reading('age', null, quantity.last + 1, quantity.last + 1) : null;
};

/** "a magnitude 7.8 earthquake", "a Category 4 storm": a reading on a scale. */
const scaleBefore: UnitReader = (tokens, quantity) => {
  const before = wordAt(tokens, quantity.first - 1);
  return before !== undefined && SCALE_READINGS.has(before) && quantity.reading.form === 'digits' ? reading('scale', null) : null;
};

const fraction: UnitReader = (tokens, quantity, table, floor) => {
  if (quantity.reading.form !== 'fraction') return null;
  // "half a mile", "a quarter of a century", "2 1/2 miles": a fraction of a unit is that unit
  let k = quantity.last + 1;
  if (wordAt(tokens, k) === 'of') k++;
  if (wordAt(tokens, k) === 'a' || wordAt(tokens, k) === 'an') k++;
  if (k > quantity.last + 1) {
    const after = unitWordsAt(tokens, k, table);
    if (after) return fromTable(after.unit, quantity.last + 1, after.last);
  } else {
    const after = unitAfter(tokens, quantity, table, floor);
    if (after) return after;
  }
  // "9/11", "24/7", "50/50": digits around a slash are a share only before "of" ("1/3 of the budget")
  const slash = tokens.slice(quantity.reading.first, quantity.reading.last + 1).some((t) => t.norm === '/');
  if (slash && wordAt(tokens, quantity.last + 1) !== 'of') return reading('name', null);
  return reading('fraction', FRACTION);
};

/** "twice", "46 times", "12 separate times"; "three times as many" is a ratio. */
const times: UnitReader = (tokens, quantity) => {
  const last = quantity.last;
  if (quantity.reading.impliedUnit === 'times') {
    // "twice as many"
    if (RATIO_AFTER_TIMES.has(wordAt(tokens, last + 1) ?? '') && wordAt(tokens, last + 1) !== 'the') return reading('ratio', null);
    return reading('times', null);
  }
  const word = wordAt(tokens, last + 1);
  const timesAt =
    word === 'times' || word === 'time'
      ? last + 1
      : word !== undefined && TIMES_ADJECTIVES.has(word) && /^times?$/.test(wordAt(tokens, last + 2) ?? '')
        ? last + 2
        : -1;
  if (timesAt < 0) return null;
  if (RATIO_AFTER_TIMES.has(wordAt(tokens, timesAt + 1) ?? '')) return reading('ratio', null, last + 1, timesAt);
  // "four times per week", "twice a day": a rate of events
  const rate = perUnit(tokens, { unit: COUNT, last: timesAt }, unitTable());
  if (rate.unit !== COUNT) return reading('times', rate.unit, last + 1, rate.last);
  return reading('times', null, last + 1, timesAt);
};

/** Letters against the digits: "100g", "256GB", "62mph", "12-year-old"; letters that are no unit make a name ("5G"). */
const attached: UnitReader = (tokens, quantity, table) => {
  const letters = quantity.reading.attachedUnit;
  if (letters === null) return null;
  const token = quantity.reading.form === 'digits' ? quantity.last + 1 : null;
  const first = token !== null && tokens[token]?.text === letters ? token : null;
  const head = letters.split('-')[0]!;
  if (/-old$/.test(letters.toLowerCase())) return reading('age', timeUnit(head.toLowerCase(), table), first, first);
  const unit =
    table.bySymbol(letters, true) ?? table.bySign(letters) ?? table.byWords(letters.toLowerCase()) ?? table.byWords(head.toLowerCase());
  if (unit && first !== null) {
    const per = perUnit(tokens, powerOf(tokens, { unit, last: first }, table), table);
    // "122mm rockets", "256GB phones": a unit against the digits before a noun names a kind of thing
    if (namesAKind(tokens, per.last + 1)) return reading('modifier', per.unit, first, per.last);
    return fromTable(per.unit, first, per.last);
  }
  if (unit) return fromTable(unit, first, first);
  const time = timeUnit(head.toLowerCase(), table);
  if (time) return fromTable(time, first, first);
  // "a five-man crew", "a two-point lead": the number describes the noun
  return reading(first === null ? 'modifier' : 'name', null, first, first);
};

/** "87%", "87 %". */
const percentSign: UnitReader = (tokens, quantity, table) => {
  const next = tokens[quantity.last + 1];
  if (next?.norm !== '%' || next.start - tokens[quantity.last]!.end > 1) return null;
  return fromTable(table.byCode('percent')!, quantity.last + 1, quantity.last + 1);
};

/** "a 27-kilometer ring", "a 10-day strike", "a 12-year-old", "a 7.8-magnitude quake". */
const hyphenated: UnitReader = (tokens, quantity, table) => {
  const last = quantity.last;
  const dash = tokens[last + 1];
  if (dash?.norm !== '-' || !touching(tokens[last], dash) || !touching(dash, tokens[last + 2])) return null;
  const word = wordAt(tokens, last + 2);
  if (word === undefined) return null;
  const head = word.split('-')[0]!;
  if (SCALE_READINGS.has(head)) return reading('scale', null, last + 1, last + 2);
  const time = timeUnit(head, table);
  if (time) return reading(word.endsWith('-old') ? 'age' : 'duration', time, last + 1, last + 2);
  // "a 25-basis-point hike", "a 10-square-mile area"
  const unit = table.byWords(word.replace(/-/g, ' ')) ?? table.byWords(head) ?? table.bySymbol(tokens[last + 2]!.text.split('-')[0]!, true);
  return unit ? fromTable(unit, last + 1, last + 2) : null;
};

/** "99¢", "10 $", "30€": a sign after the number. */
const signAfter: UnitReader = (tokens, quantity, table) => {
  const next = tokens[quantity.last + 1];
  if (next?.kind !== 'punct') return null;
  const unit = table.bySign(next.text);
  return unit ? fromTable(unit, quantity.last + 1, quantity.last + 1) : null;
};

/** Unit words or symbols after the number, the longest first: "square kilometres", "°C", "sq km", "mph". */
const unitAfter: UnitReader = (tokens, quantity, table) => {
  const next = tokens[quantity.last + 1];
  // "2 1/2 in thick", "my pencil is 2 in.": "in" is a length only as a dimension or at the end, never "5 in the city"
  if (next?.norm === 'in' && next.kind === 'word') {
    const after = tokens[quantity.last + 2];
    if (after === undefined || DIMENSION_ADJECTIVES.has(after.norm) || /^[.,;)]$/.test(after.norm))
      return fromTable(table.byCode('in')!, quantity.last + 1, quantity.last + 1);
    return null;
  }
  // "20 usd", "40 rmb"
  if (next?.kind === 'word' && LOWER_CASE_CODES.has(next.norm)) {
    const code = table.bySymbol(next.text.toUpperCase(), false);
    if (code) return fromTable(code, quantity.last + 1, quantity.last + 1);
  }
  const found = unitWordsAt(tokens, quantity.last + 1, table);
  if (!found) return null;
  // "361 million pounds" is money, "2,000 pounds" a weight
  if (
    found.unit.code === 'lb' &&
    tokens[quantity.last]?.kind === 'word' &&
    SCALE_WORDS.has(tokens[quantity.last]!.norm) &&
    wordAt(tokens, found.last + 1) !== 'of'
  )
    return fromTable(table.byCode('GBP')!, quantity.last + 1, found.last);
  const word = wordAt(tokens, found.last + 1);
  if (found.unit.dimension === 'time' && (word === 'old' || (word === 'of' && wordAt(tokens, found.last + 2) === 'age')))
    return reading('age', found.unit, quantity.last + 1, word === 'old' ? found.last + 1 : found.last + 2);
  return fromTable(found.unit, quantity.last + 1, found.last);
};

const BRACKETS: ReadonlyMap<string, string> = new Map([
  ['(', ')'],
  ['[', ']'],
  ['{', '}'],
  ['<', '>'],
]);

/** "20 (kg)", "20 [kg]": a unit in brackets after the number, as tables and forms write it. */
const bracketedUnit: UnitReader = (tokens, quantity, table) => {
  const open = tokens[quantity.last + 1];
  const close = open ? BRACKETS.get(open.norm) : undefined;
  if (close === undefined) return null;
  const found = unitWordsAt(tokens, quantity.last + 2, table);
  if (!found || tokens[found.last + 1]?.norm !== close) return null;
  return fromTable(found.unit, quantity.last + 1, found.last + 1);
};

/** "7.8 magnitude". */
const scaleAfter: UnitReader = (tokens, quantity) => {
  const word = wordAt(tokens, quantity.last + 1);
  return word === 'magnitude' ? reading('scale', null, quantity.last + 1, quantity.last + 1) : null;
};

/** In the order they are tried: the first that reads a unit wins. */
export const UNIT_READERS: readonly UnitReader[] = [
  currencyBefore,
  fraction,
  ageBefore,
  scaleBefore,
  times,
  attached,
  percentSign,
  hyphenated,
  signAfter,
  unitAfter,
  bracketedUnit,
  scaleAfter,
];

/** "122mm rockets", "a 122mm rocket", "256GB phones": a noun right after a unit written against the digits. */
function namesAKind(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k];
  if (next?.kind !== 'word' || FUNCTION_WORDS.has(next.norm) || TIME_UNITS.has(next.norm) || NOT_NOUNS.has(next.norm)) return false;
  if (DIMENSION_ADJECTIVES.has(next.norm)) return false;
  if (/(?:ed|ly)$/.test(next.norm)) return false;
  // "0-62mph takes 7.9 seconds": a verb before another figure
  return tokens[k + 1]?.kind !== 'number';
}

function timeUnit(word: string, table: UnitTable): Unit | null {
  const extra = EXTRA_TIME_WORDS.get(word);
  if (extra) return table.byCode(extra) ?? null;
  if (!TIME_UNITS.has(word)) return null;
  const unit = table.byWords(word);
  return unit?.dimension === 'time' ? unit : null;
}

/** "1 m x 1 m", "he is 1.8 m.": a one-letter symbol after a space counts only where no word follows it. */
function standsAlone(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]!.text.length !== 1) return false;
  const next = tokens[k + 1];
  return (
    next === undefined || (next.kind === 'punct' && next.norm !== '-' && next.norm !== '/') || next.norm === 'x' || next.kind === 'number'
  );
}

/** The longest unit written from token `k`: words ("miles per hour"), symbols ("km", "°C", "sq km"). */
export function unitWordsAt(tokens: readonly Token[], k: number, table: UnitTable): { unit: Unit; last: number } | null {
  const first = tokens[k];
  if (!first || first.kind === 'number' || first.kind === 'mask') return null;
  if (!table.mayStart(first.norm) && !TIME_UNITS.has(first.norm) && !EXTRA_TIME_WORDS.has(first.norm)) return null;
  let words = '';
  let written = '';
  let best: { unit: Unit; last: number } | null = null;
  for (let j = k; j < k + table.maxWords && j < tokens.length; j++) {
    const token = tokens[j]!;
    if (token.kind === 'number' || token.kind === 'mask') break;
    const spaced = j > k && !touching(tokens[j - 1], token);
    words = j === k ? token.norm : `${words} ${token.norm}`;
    written = j === k ? token.text : `${written}${spaced ? ' ' : ''}${token.text}`;
    const unit =
      table.byWords(words) ??
      table.bySymbol(written, j === k && standsAlone(tokens, k)) ??
      (j === k ? (timeUnit(token.norm, table) ?? (token.kind === 'word' ? table.bySign(token.text) : undefined)) : null);
    if (unit) best = { unit, last: j };
  }
  if (!best) return null;
  return perUnit(tokens, powerOf(tokens, best, table), table);
}

/** "4km^2", "4 km squared", "J/m²": a unit to a power. */
function powerOf(tokens: readonly Token[], found: { unit: Unit; last: number }, table: UnitTable): { unit: Unit; last: number } {
  const next = tokens[found.last + 1];
  if (!next || found.unit.dimension !== 'length') return found;
  let exponent = POWER_WORDS.get(next.norm);
  let last = found.last + 1;
  if (exponent === undefined && next.norm === '^' && touching(tokens[found.last], next)) {
    const digit = tokens[found.last + 2];
    exponent = digit?.kind === 'number' && /^[23]$/.test(digit.norm) ? Number(digit.norm) : undefined;
    last = found.last + 2;
  }
  if (exponent === undefined) return found;
  const powered = table.power(found.unit, exponent);
  return powered ? { unit: powered, last } : found;
}

/** "g/km", "dollars per barrel", "$3 a gallon": the unit divided by the one after the joining word. */
function perUnit(tokens: readonly Token[], found: { unit: Unit; last: number }, table: UnitTable): { unit: Unit; last: number } {
  const join = tokens[found.last + 1];
  if (!join || !PER_WORDS.has(join.norm) || found.unit.dimension === 'percent' || found.unit.dimension === 'percentage points')
    return found;
  if (join.norm === '/' && !touching(tokens[found.last], join)) return found;
  const spelled = join.norm !== '/';
  const next = tokens[found.last + 2];
  if (!next || next.kind !== 'word') return found;
  const denominator = (spelled ? table.byWords(next.norm) : null) ?? table.bySymbol(next.text, true) ?? timeUnit(next.norm, table);
  if (!denominator || denominator.dimension === 'currency') return found;
  // "$3 a gallon", "188 miles an hour"; not "$1.17 billion a year earlier" nor "500,000 barrels a day" (a figure, then when)
  if (join.norm === 'a' || join.norm === 'an' || join.norm === 'each') {
    const rate =
      found.unit.dimension === 'currency'
        ? denominator.dimension !== 'time'
        : (found.unit.dimension === 'length' || found.unit === COUNT) && denominator.dimension === 'time';
    if (!rate) return found;
  }
  return { unit: table.per(found.unit, denominator), last: found.last + 2 };
}

/**
 * A plain count: one frozen reading shared by every quantity that has no
 * other unit (stages replace a unit, never change it in place), since a
 * text of 10 MB has millions of them.
 */
export const COUNTED: UnitReading = Object.freeze(reading('count', COUNT));

/** The unit of a quantity, read around it; a count when none is written. */
export function readUnit(tokens: readonly Token[], quantity: Quantity, floor = 0): UnitReading {
  const table = unitTable();
  for (const reader of UNIT_READERS) {
    const found = reader(tokens, quantity, table, floor);
    if (found) {
      // "$350 per kg": a currency before the number may still be divided by a unit after it
      if (found.kind === 'currency' && found.last !== null && found.last < quantity.first && found.unit) {
        const per = perAfterNumber(tokens, quantity, found.unit, table);
        if (per) return { ...found, code: per.unit.code, unit: per.unit, last: per.last };
      }
      return found;
    }
  }
  return COUNTED;
}

function perAfterNumber(tokens: readonly Token[], quantity: Quantity, unit: Unit, table: UnitTable): { unit: Unit; last: number } | null {
  const per = perUnit(tokens, { unit, last: quantity.last }, table);
  return per.unit === unit ? null : per;
}

/**
 * The kinds of figure that make a claim by default: what a reader sets side
 * by side across outlets (how many, how much, how far, how hot). Durations,
 * ages, ratios and scale readings frame or describe rather than report a
 * figure: they come out only with `everyQuantity`. Names ("5G") and
 * compound adjectives ("a five-man crew") never do.
 */
export const CLAIM_KINDS: ReadonlySet<UnitKind> = new Set(['count', 'times', 'percent', 'currency', 'physical', 'fraction']);
export const ON_REQUEST_KINDS: ReadonlySet<UnitKind> = new Set(['duration', 'age', 'ratio', 'scale']);

/**
 * "a depth of 17.9km (11 miles)": a figure in brackets right after another of
 * the same dimension restates it in other units; the outlet's conversion is
 * no second claim.
 */
function dropConversions(tokens: readonly Token[], quantities: readonly Quantity[]): void {
  for (let i = 1; i < quantities.length; i++) {
    const figure = quantities[i - 1]!;
    const conversion = quantities[i]!;
    const dimension = conversion.unit.unit?.dimension;
    if (dimension === undefined || dimension === 'count' || dimension !== figure.unit.unit?.dimension) continue;
    if (tokens[conversion.first - 1]?.norm === '(' && conversion.first - 2 === figure.last && tokens[conversion.last + 1]?.norm === ')')
      conversion.dropped ??= 'conversion';
  }
}

/** Words a list of figures is joined by: "45 and 50 mg". */
const LIST_JOINERS: ReadonlySet<string> = new Set(['and', 'or', ',']);

/**
 * Figures written in two parts ("3 dollars 50 cents", "$5 and 10 cents", "5
 * feet 2 inches") are one figure; a bare number listed before a figure with
 * a unit is in that unit ("45 and 50 mg").
 */
function joinParts(tokens: readonly Token[], sentence: { quantities: Quantity[] }, table: UnitTable): void {
  const kept: Quantity[] = [];
  const quantities = sentence.quantities;
  for (let i = 0; i < quantities.length; i++) {
    const a = quantities[i]!;
    const b = quantities[i + 1];
    if (!b) {
      kept.push(a);
      continue;
    }
    const between = tokens.slice(a.last + 1, b.first);
    const joined = between.length === 0 || (between.length === 1 && between[0]!.norm === 'and');
    const part = joined ? minorPart(tokens, a, b, table) : null;
    if (part !== null) {
      a.value += part;
      a.last = b.last;
      kept.push(a);
      i++;
      continue;
    }
    const listed = between.length === 1 && LIST_JOINERS.has(between[0]!.norm);
    if (
      listed &&
      a.unit.kind === 'count' &&
      a.unit.first === null &&
      b.unit.unit !== null &&
      b.unit.kind !== 'count' &&
      b.unit.kind !== 'times'
    )
      a.unit = { ...b.unit, first: null, last: null };
    kept.push(a);
  }
  sentence.quantities = kept;
}

/** The value the second part adds to the first, in the first's unit; null when they are two figures. */
function minorPart(tokens: readonly Token[], a: Quantity, b: Quantity, table: UnitTable): number | null {
  const major = a.unit.unit;
  if (major === null || !Number.isInteger(b.value) || b.value < 0 || b.reading.form === 'fraction' || b.qualifier !== 'exact') return null;
  if (major.dimension === 'currency' && major.factor === 1 && b.value < 100) {
    const minor = b.unit.unit;
    // "3 dollars 50 cents", or a bare "15 dollars and 15." at the end of a clause
    if (minor !== null && minor.dimension === 'currency' && minor.factor < 1 && minor.baseUnit === major.baseUnit)
      return (b.value * minor.factor) / major.factor;
    const after = tokens[b.last + 1];
    if (b.unit.kind === 'count' && (after === undefined || /^[.,;!?)]$/.test(after.norm))) return b.value / 100;
    return null;
  }
  if (major.code === 'ft' && b.value < 12) {
    const inches = b.unit.unit?.code === 'in' || /^(?:in|inch|inches)$/.test(tokens[b.last + 1]?.norm ?? '');
    if (!inches) return null;
    if (b.unit.unit?.code !== 'in') b.last += 1;
    return (b.value * table.byCode('in')!.factor) / major.factor;
  }
  return null;
}

export function readUnits(context: ExtractionContext): void {
  const every = context.options.everyQuantity;
  for (const sentence of context.sentences) {
    let floor = 0;
    for (const quantity of sentence.quantities) {
      const read = readUnit(sentence.tokens, quantity, floor);
      quantity.unit = read;
      if (read.first !== null) quantity.first = Math.min(quantity.first, read.first);
      if (read.last !== null) quantity.last = Math.max(quantity.last, read.last);
      const claims = CLAIM_KINDS.has(read.kind) || (every && ON_REQUEST_KINDS.has(read.kind));
      if (!claims && quantity.dropped === null) quantity.dropped = read.kind;
      floor = quantity.last + 1;
    }
    // "4km^3": the power's digits belong to the unit, not to a figure of their own
    sentence.quantities = sentence.quantities.filter((q, i, all) => i === 0 || q.first > all[i - 1]!.last);
    joinParts(sentence.tokens, sentence, unitTable());
    dropConversions(sentence.tokens, sentence.quantities);
  }
}
