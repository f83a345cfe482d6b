import type { RowReading } from '../row-reading';

/**
 * A dataset row has no sentence to quote, so the quote renders the row as
 * it was written: `NY 2020-04-01 cases 1,000 (row 42)`. Reports and jest
 * failure messages show it where an article claim shows its words.
 */
export function renderQuote(reading: RowReading): void {
  const { claim } = reading;
  const figure =
    claim.qualifier === 'range' && claim.upper !== null && claim.upper !== undefined
      ? `${claim.statedText}–${claim.upper}`
      : claim.hedge
        ? `${claim.hedge} ${claim.statedText}`
        : claim.statedText;
  const parts = [reading.placesAsWritten.join(', '), claim.asOf, claim.measureText, figure];
  claim.quote = `${parts.filter((part) => part !== null && part !== undefined && part !== '').join(' ')} (row ${reading.rowNumber})`;
}
