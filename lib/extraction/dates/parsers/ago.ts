/**
 * "three days ago", "a week ago": a day counted back from the publication
 * date. chrono's own parser for these is left out (see chrono-parser.ts).
 */
import { smallNumber } from '../../english/number-words';
import { subtractUnits } from '../calendar-math';
import { emptyMention, type PhraseParser } from './parser';

const unitsAgo: PhraseParser = {
  trigger: /\bago\b/i,
  pattern: /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\s+(days?|weeks?|months?|years?)\s+ago\b/gi,
  extract(match, reference) {
    const count = smallNumber(match[1]!);
    const mention = { ...emptyMention('point'), relative: true };
    if (count === null || reference.published === null) return mention;
    const unit = match[2]!.toLowerCase().replace(/s$/, '') as 'day' | 'week' | 'month' | 'year';
    mention.date = subtractUnits(reference.published, count, unit);
    return mention;
  },
};

export const AGO_PARSERS: readonly PhraseParser[] = [unitsAgo];
