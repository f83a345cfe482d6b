/**
 * Stage: what each number is in. Money (a currency sign or name), percent,
 * "times" (a count of events: "attacked 46 times"), or a count; and the
 * numbers that are no counts at all: physical measures ("several
 * kilometers", "122mm"), durations ("three weeks of"), ages ("aged 12"),
 * ratios ("three times as many") and fractions.
 */
import type { ExtractionContext, Quantity, UnitReading } from './context';
import type { Token } from './text/tokens';
import { touching } from './text/tokens';
import { TIME_UNITS } from './english/calendar';
import {
  ATTACHED_ONLY_UNITS,
  CURRENCY_CODES,
  CURRENCY_SIGNS,
  CURRENCY_WORDS,
  DOLLAR_PREFIXES,
  HYPHEN_UNIT,
  PHYSICAL_UNITS,
  RATIO_AFTER_TIMES,
} from './english/units';
import { wordAt } from './numbers/reader';

const TIMES_ADJECTIVES: ReadonlySet<string> = new Set([
  'separate',
  'different',
  'distinct',
  'consecutive',
  'additional',
  'more',
  'other',
  'individual',
  'further',
  'previous',
  'recorded',
  'confirmed',
]);

const unit = (kind: UnitReading['kind'], code: string | null, first: number | null = null, last: number | null = null): UnitReading => ({
  kind,
  code,
  first,
  last,
});

/** A currency written before the number: "$", "US$", "€", "USD". */
function currencyBefore(tokens: readonly Token[], first: number): UnitReading | null {
  const sign = tokens[first - 1];
  if (!sign) return null;
  const code = CURRENCY_SIGNS.get(sign.norm);
  if (code !== undefined) {
    const prefix = tokens[first - 2];
    if (sign.norm === '$' && prefix?.kind === 'word' && touching(prefix, sign)) {
      const dollar = DOLLAR_PREFIXES.get(prefix.norm);
      if (dollar) return unit('currency', dollar, first - 2, first - 1);
    }
    return unit('currency', code, first - 1, first - 1);
  }
  if (sign.kind === 'word' && CURRENCY_CODES.has(sign.norm) && sign.text === sign.text.toUpperCase())
    return unit('currency', sign.norm.toUpperCase(), first - 1, first - 1);
  return null;
}

/** The unit words right after the number, longest first. */
function unitAfter(tokens: readonly Token[], quantity: Quantity): UnitReading | null {
  const last = quantity.last;
  const next = tokens[last + 1];
  const read = quantity.reading;
  if (read.impliedUnit === 'times') return unit('times', 'times');
  if (read.attachedUnit) {
    const attached = read.attachedUnit.toLowerCase();
    if (TIME_UNITS.has(attached.split('-')[0]!.replace(/s$/, '')) || TIME_UNITS.has(attached.split('-')[0]!)) {
      return unit(/old$/.test(attached) ? 'age' : 'duration', attached);
    }
    if (CURRENCY_CODES.has(attached)) return unit('currency', attached.toUpperCase(), last, last);
    return unit('physical', attached);
  }
  if (!next) return null;
  if (next.norm === '%' && next.start - tokens[last]!.end <= 1) return unit('percent', 'percent', last + 1, last + 1);
  if (next.kind === 'punct' && next.norm === '-' && touching(tokens[last], next)) {
    // "27-kilometer ring", "a 10-day period", "12-year-old"
    const word = wordAt(tokens, last + 2);
    if (word && touching(next, tokens[last + 2])) {
      const head = word.split('-')[0]!;
      if (TIME_UNITS.has(head)) return unit(word.endsWith('old') ? 'age' : 'duration', head, last + 1, last + 2);
      if (HYPHEN_UNIT.test(head.replace(/s$/, '')) || PHYSICAL_UNITS.has(head)) return unit('physical', head, last + 1, last + 2);
    }
    return null;
  }
  if (next.kind !== 'word') {
    if (next.norm === '°' || next.norm === '″' || next.norm === '′') return unit('physical', next.norm, last + 1, last + 1);
    return null;
  }
  const word = next.norm;
  const two = `${word} ${wordAt(tokens, last + 2) ?? ''}`;
  if (two === 'per cent' || two === 'percentage points' || two === 'percentage point')
    return unit('percent', 'percent', last + 1, last + 2);
  if (word === 'percent' || word === 'pct') return unit('percent', 'percent', last + 1, last + 1);
  const money = CURRENCY_WORDS.get(two) ?? null;
  if (money) return unit('currency', money, last + 1, last + 2);
  if (CURRENCY_WORDS.has(word)) return unit('currency', CURRENCY_WORDS.get(word)!, last + 1, last + 1);
  if (CURRENCY_CODES.has(word) && next.text === next.text.toUpperCase()) return unit('currency', word.toUpperCase(), last + 1, last + 1);
  // "46 times", "12 separate times"
  const timesAt =
    word === 'times' || word === 'time'
      ? last + 1
      : TIMES_ADJECTIVES.has(word) && /^times?$/.test(wordAt(tokens, last + 2) ?? '')
        ? last + 2
        : -1;
  if (timesAt > 0) {
    if (RATIO_AFTER_TIMES.has(wordAt(tokens, timesAt + 1) ?? '')) return unit('ratio', 'times', last + 1, timesAt);
    return unit('times', 'times', last + 1, timesAt);
  }
  if (TIME_UNITS.has(word)) {
    if (wordAt(tokens, last + 2) === 'old') return unit('age', word, last + 1, last + 2);
    return unit('duration', word, last + 1, last + 1);
  }
  if (
    word === 'in' &&
    !(tokens[last + 2]?.kind === 'word' && /^(?:thick|long|wide|tall|high|deep|across|diameter)$/.test(tokens[last + 2]!.norm)) &&
    tokens[last + 2] !== undefined &&
    tokens[last + 2]!.norm !== '.'
  )
    return null;
  const spaced = !touching(tokens[last], next);
  if (PHYSICAL_UNITS.has(word) && !(spaced && ATTACHED_ONLY_UNITS.has(word) && word !== 'in')) {
    if (word === 'pounds' || word === 'pound') return unit('physical', word, last + 1, last + 1);
    return unit('physical', word, last + 1, last + 1);
  }
  if (PHYSICAL_UNITS.has(two)) return unit('physical', two, last + 1, last + 2);
  if (word === 'square' || word === 'cubic' || word === 'nautical') {
    const third = wordAt(tokens, last + 2);
    if (third && PHYSICAL_UNITS.has(third)) return unit('physical', `${word} ${third}`, last + 1, last + 2);
  }
  return null;
}

function ageBefore(tokens: readonly Token[], first: number): boolean {
  return wordAt(tokens, first - 1) === 'aged' || (wordAt(tokens, first - 1) === 'age' && wordAt(tokens, first - 2) === 'the');
}

/**
 * A plain count: one frozen reading shared by every quantity that has no
 * other unit (stages replace a unit, never change it in place), since a
 * text of 10 MB has millions of them.
 */
export const COUNTED: UnitReading = Object.freeze({ kind: 'count', code: null, first: null, last: null });

export function readUnit(tokens: readonly Token[], quantity: Quantity): UnitReading {
  const before = currencyBefore(tokens, quantity.first);
  if (before) return before;
  if (quantity.reading.form === 'fraction') return unit('fraction', null);
  if (ageBefore(tokens, quantity.first)) return unit('age', 'years');
  return unitAfter(tokens, quantity) ?? COUNTED;
}

/** Units that make a claim: counted things, counted events, percentages and money. */
export const CLAIM_UNITS: ReadonlySet<UnitReading['kind']> = new Set(['count', 'times', 'percent', 'currency']);

export function readUnits(context: ExtractionContext): void {
  for (const sentence of context.sentences) {
    for (const quantity of sentence.quantities) {
      const read = readUnit(sentence.tokens, quantity);
      quantity.unit = read;
      if (read.first !== null) quantity.first = Math.min(quantity.first, read.first);
      if (read.last !== null) quantity.last = Math.max(quantity.last, read.last);
      if (!CLAIM_UNITS.has(read.kind) && quantity.dropped === null && !context.options.keepUncountable) quantity.dropped = read.kind;
    }
  }
}
