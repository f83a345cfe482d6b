/**
 * "… 66 times - 32 in Iraq and 34 in Syria - and 62 personnel were injured":
 * a figure after a breakdown is where the total is, not where its last part is.
 */
import type { SentenceAnalysis, Quantity } from '../../context';
import { passedOn } from '../../evidence';

export function placeAfterTotals(sentence: SentenceAnalysis): void {
  const quantities = sentence.quantities;
  let previous: Quantity | null = null;
  for (const quantity of quantities) {
    const places = quantity.places;
    const rule = places?.evidence.rule ?? '';
    const ownPlace =
      rule === 'place-after' ||
      rule === 'place-after-unknown-place' ||
      rule === 'place-before-unknown-place' ||
      (rule === 'place-before' && (places?.groupEnd ?? -1) < (previous?.first ?? 0));
    if (previous && previous.listHead !== null && places && !ownPlace) {
      const total = quantities[previous.listHead]!;
      if (total.places && total.places.countries.length > 0)
        quantity.places = { ...total.places, evidence: passedOn(total.places.evidence, 'total-before') };
    }
    if (quantity.dropped === null) previous = quantity;
  }
}
