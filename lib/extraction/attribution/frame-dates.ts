/**
 * The day each speech frame's words were said: "said Tuesday", "said on
 * Tuesday", "told reporters on Tuesday", "The Pentagon on Tuesday
 * announced", "On November 9, Singh said", "Speaking to CNews on Friday
 * morning, Darmanin said". A date elsewhere in the sentence is the day of
 * what happened, not of the words.
 */
import type { SentenceAnalysis } from '../context';
import type { SpeechFrame } from '../syntax/speech-frames';
import type { Token } from '../text/tokens';
import { lowerBound } from '../../search';

/** How many words may stand between a verb and its day ("told reporters at a briefing on Tuesday"). */
const AFTER_VERB = 6;
/** Words that open a phrase about when something was said: "On Tuesday, …", "Speaking to CNews on Friday, …". */
const ADJUNCT_OPENERS =
  /^(?:on|in|at|late|early|earlier|later|speaking|talking|briefing|writing|addressing|during|after|before|last|this|yesterday|today)$/;
/** How long an opening phrase may be ("Speaking to the CNews channel on Friday morning"). */
const MAX_ADJUNCT_WORDS = 10;
/** Words that may stand between a verb and its day. */
const TO_THE_DAY =
  /^(?:on|late|early|this|last|reporters|journalists|the|press|a|briefing|at|in|statement|news|conference|to|told|released|issued|published|posted|statements|him|her|them|us|media|also|again|,)$/;

function dayTokenAt(sentence: SentenceAnalysis, k: number): string | null {
  const token = sentence.tokens[k];
  if (token?.kind !== 'mask') return null;
  const mention = sentence.dates[lowerBound(sentence.dates, (d) => d.end > token.start)];
  if (!mention || mention.start > token.start || mention.role !== 'point') return null;
  return mention.date;
}

function dateNear(sentence: SentenceAnalysis, frame: SpeechFrame): [string | null, number] {
  const tokens: readonly Token[] = sentence.tokens;
  // after the verb: "said Tuesday", "told reporters on Tuesday"
  if (frame.rule !== 'according-to') {
    for (let k = frame.at + 1; k < Math.min(tokens.length, frame.at + 1 + AFTER_VERB); k++) {
      if (tokens[k]!.kind === 'mask') {
        const day = dayTokenAt(sentence, k);
        if (day !== null || tokens[k]!.norm === 'date') return [day, day === null ? -1 : k];
      }
      if (k > frame.last && !TO_THE_DAY.test(tokens[k]!.norm) && !(k >= frame.first && k <= frame.last)) break;
    }
  }
  // between the subject and its verb: "The Pentagon on Tuesday announced"
  for (let k = frame.last + 1; k < frame.at; k++) {
    const day = dayTokenAt(sentence, k);
    if (day !== null) return [day, k];
  }
  // an opening phrase right before the subject: "On November 9, Singh said", "Earlier, on November 9, Singh said",
  // "Speaking to CNews on Friday morning, Darmanin said"
  const subjectAt = Math.min(frame.first, frame.at);
  let comma = -1;
  for (let k = 0; k < subjectAt; k++) if (tokens[k]!.norm === ',') comma = k;
  if (
    comma >= 0 &&
    adjunctsOnly(tokens, comma) &&
    (subjectAt === comma + 1 || (subjectAt === comma + 2 && /^(?:the|a|an)$/.test(tokens[comma + 1]!.norm)))
  ) {
    for (let k = 0; k < comma; k++) {
      const day = dayTokenAt(sentence, k);
      if (day !== null) return [day, k];
    }
  }
  return [null, -1];
}

/** "On March 7, the police had counted 30,000": the day of a count is the day of what was counted, not of words. */
const COUNTING_VERBS: ReadonlySet<string> = new Set([
  'counted',
  'tallied',
  'recorded',
  'documented',
  'registered',
  'estimated',
  'counts',
  'estimates',
]);

/** Every comma-separated stretch before `end` is a short phrase of time or of speaking: "Earlier, on November 9,". */
function adjunctsOnly(tokens: readonly Token[], end: number): boolean {
  let start = 0;
  for (let k = 0; k <= end; k++) {
    if (k < end && tokens[k]!.norm !== ',') continue;
    const segment = tokens.slice(start, k);
    const words = segment.filter((t) => t.kind === 'word').length;
    const first = segment[0];
    if (!first || segment.some((t) => t.kind === 'number') || words > MAX_ADJUNCT_WORDS) return false;
    if (first.kind !== 'mask' && !ADJUNCT_OPENERS.test(first.norm)) return false;
    start = k + 1;
  }
  return true;
}

export function dateFrames(sentence: SentenceAnalysis, frames: SpeechFrame[]): void {
  for (const frame of frames) {
    if (COUNTING_VERBS.has(sentence.tokens[frame.at]?.norm ?? '')) [frame.date, frame.dateAt] = [null, -1];
    else [frame.date, frame.dateAt] = dateNear(sentence, frame);
  }
}
