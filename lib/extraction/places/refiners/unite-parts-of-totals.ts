/**
 * "seven facilities, four in Syria and three in Iraq", "165 times: 66 in
 * Iraq and 98 in Syria": when the numbers listed after a figure add up to
 * it, the figure is their total and is in all their places.
 */
import type { SentenceAnalysis, Quantity } from '../../context';
import { stated } from '../../evidence';

export function unitePartsOfTotals(sentence: SentenceAnalysis): void {
  const quantities = sentence.quantities;
  const partsOf = new Map<number, Quantity[]>();
  for (const q of quantities) {
    if (q.listHead === null || q.dropped !== null) continue;
    const parts = partsOf.get(q.listHead);
    if (parts) parts.push(q);
    else partsOf.set(q.listHead, [q]);
  }
  partsOf.forEach((listed, index) => {
    const total = quantities[index]!;
    // the first parts that add up to the total
    let sum = 0;
    let count = 0;
    while (count < listed.length && sum < total.value) sum += listed[count++]!.value;
    const parts = listed.slice(0, count);
    if (parts.length < 2 || sum !== total.value || parts.some((q) => q.places === null || q.places.evidence.rule !== 'place-after')) return;
    const countries = [...new Set(parts.flatMap((q) => q.places!.countries))].sort();
    const from = parts[0]!.places!.evidence.from;
    const to = parts[parts.length - 1]!.places!.evidence.from;
    total.places = {
      countries,
      places: [...new Set(parts.flatMap((q) => q.places!.places))].sort(),
      evidence: stated('parts-of-total', from && to ? { start: from.start, end: to.end, quote: '' } : from),
    };
    for (const part of parts) part.partOf ??= { sentence: sentence.index, index };
  });
}
