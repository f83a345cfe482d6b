import data from '../../bench/adversarial-inputs.json';

/** The adversarial texts the suite and `npm run bench:adversarial` share: a name and the unit repeated. */
export const ADVERSARIAL_TEXTS: ReadonlyArray<{ name: string; unit: string }> = data.inputs;

/** `unit` repeated, cut to exactly `length` characters. */
export function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}
