import type { DateMention, DateReference } from '../mention';

export type MentionFields = Omit<DateMention, 'start' | 'end' | 'text'>;

/** A date phrase chrono does not read, as a pattern and what to make of a match. */
export interface PhraseParser {
  /** Global and case-insensitive; run over one sentence of the shadow text. */
  pattern: RegExp;
  extract(match: RegExpExecArray, reference: DateReference): MentionFields | null;
  /** A cheap test a sentence must pass before the pattern runs: the pattern's key words. */
  trigger: RegExp;
  /** The capture group that is the date itself ("2020" of "in 2020"); the whole match when absent. */
  spanGroup?: number;
}

export const emptyMention = (role: MentionFields['role']): MentionFields => ({
  role,
  date: null,
  period: null,
  anchorOffsetDays: null,
  relative: false,
  weekday: null,
  currentUnit: null,
  monthDay: null,
});
