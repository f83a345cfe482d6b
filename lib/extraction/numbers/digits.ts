/**
 * Numbers written in digits: separators and decimals ("2,500", "1.5", "10 000"),
 * scale words and letters ("1.5 million", "2.3bn", "5k", "$2.1T"), signs
 * ("-30", "$-99.99") and scientific notation ("4e14", "2.48×10−5", "8x2^10").
 */
import type { NumberReading } from '../context';
import type { Token } from '../text/tokens';
import { touching } from '../text/tokens';
import { CURRENCY_SCALE_SUFFIXES, SCALE_SUFFIXES, SCALE_WORDS } from '../english/number-words';
import { unitTable } from '../../units/table';
import { digitsValue, reading, wordAt, type NumberReader } from './reader';

const SIGN_BEFORE = new Set(['<', '>', '=', '(', '~', ':', '≤', '≥']);
const isCurrencySign = (token: Token | undefined): boolean =>
  token !== undefined && unitTable().bySign(token.text)?.dimension === 'currency';

function isNegative(tokens: readonly Token[], i: number): boolean {
  const minus = tokens[i - 1];
  if (minus?.norm !== '-' || !touching(minus, tokens[i])) return false;
  const before = tokens[i - 2];
  if (!before || !touching(before, minus)) return true;
  return before.kind === 'punct' && (SIGN_BEFORE.has(before.norm) || isCurrencySign(before));
}

function scientific(tokens: readonly Token[], i: number, mantissa: number): { value: number; last: number } | null {
  let k = i + 1;
  const times = tokens[k];
  let base: number;
  if (times && (times.norm === '×' || times.norm === 'x' || times.norm === '*')) {
    const b = tokens[k + 1];
    if (b?.kind !== 'number') return null;
    base = digitsValue(b);
    k += 2;
  } else if (times?.kind === 'word' && touching(tokens[i], times) && /^x\d+$/.test(times.norm)) {
    base = Number(times.norm.slice(1));
    k += 1;
  } else {
    return null;
  }
  let sign = 1;
  if (tokens[k]?.norm === '^') k++;
  else if (base !== 10) return null;
  if (tokens[k]?.norm === '-' && touching(tokens[k], tokens[k + 1])) {
    sign = -1;
    k++;
  }
  const exponent = tokens[k];
  if (exponent?.kind !== 'number' || !/^\d{1,3}$/.test(exponent.norm)) return null;
  return { value: mantissa * base ** (sign * Number(exponent.norm)), last: k };
}

/** 16.4 × 1e6 is 16399999.999999998 in binary: keep the digits the text wrote. */
const scaled = (value: number, scale: number): number => Number((value * scale).toPrecision(15));

export const readDigits: NumberReader = (tokens: readonly Token[], i: number): NumberReading | null => {
  const token = tokens[i];
  if (token?.kind !== 'number') return null;
  let value = digitsValue(token);
  if (!Number.isFinite(value)) return null;
  let first = i;
  if (isNegative(tokens, i)) {
    value = -value;
    first = i - 1;
  }
  let last = i;
  const science = scientific(tokens, i, value);
  if (science) return reading(first, science.last, science.value, 'digits');

  const next = tokens[i + 1];
  if (next?.kind === 'word' && touching(token, next)) {
    const suffix = next.norm;
    const before = tokens[first - 1];
    const afterCurrency = isCurrencySign(before);
    const scale = SCALE_SUFFIXES.get(suffix) ?? (afterCurrency ? CURRENCY_SCALE_SUFFIXES.get(suffix) : undefined);
    if (scale !== undefined) return reading(first, i + 1, scaled(value, scale), 'digits');
    return reading(first, last, value, 'digits', { attachedUnit: next.text });
  }
  const scaleWord = wordAt(tokens, i + 1);
  const scale = scaleWord === undefined ? undefined : SCALE_WORDS.get(scaleWord);
  if (scale !== undefined) {
    value = scaled(value, scale);
    last = i + 1;
  }
  return reading(first, last, value, 'digits');
};
