/**
 * "A day earlier", "two days later", "the previous day": counted from the
 * date the text was just talking about, not from the publication date
 * (chrono counts from its reference). The periods stage resolves them
 * against the previous sentence.
 */
import { smallNumber } from '../../english/number-words';
import { emptyMention, type PhraseParser } from './parser';

const countedOffset: PhraseParser = {
  trigger: /\b(?:earlier|later|before|after|previously)\b/i,
  pattern:
    /\b(a|an|one|two|three|four|five|six|seven|\d{1,2})\s+(days?|weeks?)\s+(earlier|later|before|after|previously)\b(?!\s+(?:the|a|an|this|that|his|her|its|their)\b)/gi,
  extract(match) {
    const count = smallNumber(match[1]!);
    if (count === null) return null;
    const days = count * (match[2]!.toLowerCase().startsWith('week') ? 7 : 1);
    const sign = /later|after/i.test(match[3]!) ? 1 : -1;
    return { ...emptyMention('point'), anchorOffsetDays: sign * days };
  },
};

const namedOffset: PhraseParser = {
  trigger: /\bday\b/i,
  pattern:
    /\bthe\s+(?:(previous|preceding|next|following)\s+day|day\s+(before|earlier|after|later))\b(?!\s+(?:the|a|an|this|that|his|her|its|their|yesterday|of)\b)/gi,
  extract(match) {
    const word = (match[1] ?? match[2]!).toLowerCase();
    const sign = word === 'next' || word === 'following' || word === 'after' || word === 'later' ? 1 : -1;
    return { ...emptyMention('point'), anchorOffsetDays: sign };
  },
};

const sinceThen: PhraseParser = {
  trigger: /\bsince\s+then\b/i,
  pattern: /\bsince\s+then\b/gi,
  extract() {
    return { ...emptyMention('since'), anchorOffsetDays: 0 };
  },
};

/** "That same day", "the same day", "that day": the day the text was just talking about. */
const sameDay: PhraseParser = {
  trigger: /\b(?:same|that)\s+day\b/i,
  pattern: /\b(?:(?:that|the)\s+same\s+day|that\s+day)\b/gi,
  extract() {
    return { ...emptyMention('point'), anchorOffsetDays: 0 };
  },
};

export const ANCHORED_PARSERS: readonly PhraseParser[] = [sinceThen, countedOffset, namedOffset, sameDay];
