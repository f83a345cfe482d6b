import data from '../../bench/adversarial-inputs.json';

export interface AdversarialText {
  name: string;
  /** Written once before the repeated unit ("user@" before "example.example.…"). */
  prefix?: string;
  unit: string;
}

/** The adversarial texts the suite and `npm run bench:adversarial` share. */
export const ADVERSARIAL_TEXTS: readonly AdversarialText[] = data.inputs;

/** `unit` repeated, cut to exactly `length` characters. */
export function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** The text of an adversarial input, `length` characters long. */
export function adversarialText(input: AdversarialText, length: number): string {
  const prefix = input.prefix ?? '';
  return prefix + repeatTo(input.unit, length - prefix.length);
}
