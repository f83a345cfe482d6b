import type { NumberReading } from '../context';
import type { Token } from '../text/tokens';

/** A recogniser tries to read a number starting at token `i`. */
export type NumberReader = (tokens: readonly Token[], i: number) => NumberReading | null;

export const wordAt = (tokens: readonly Token[], i: number): string | undefined =>
  tokens[i]?.kind === 'word' ? tokens[i]!.norm : undefined;

export const reading = (
  first: number,
  last: number,
  value: number,
  form: NumberReading['form'],
  extra: Partial<NumberReading> = {},
): NumberReading => ({
  first,
  last,
  value,
  upper: null,
  form,
  attachedUnit: null,
  impliedUnit: null,
  bareVague: false,
  ...extra,
});

/** The value of a digits token: "2,500" is 2500, "10 000" is 10000. */
export const digitsValue = (token: Token): number => Number(token.norm.replace(/[, ]/g, ''));
