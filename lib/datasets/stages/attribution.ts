import type { RowReading } from '../row-reading';
import { optionalText } from './source';

/** Who the dataset attributes the figure to, apart from its publisher; null when it names no one. */
export function readAttribution(reading: RowReading): void {
  const speaker = optionalText(reading, reading.mapping.speaker);
  const organization = optionalText(reading, reading.mapping.organization);
  reading.claim.attribution = speaker === null && organization === null ? null : { speaker, organization };
}
