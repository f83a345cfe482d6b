/**
 * A speech frame: who a sentence says spoke, where in the sentence, which
 * figures their words cover, and on which day they spoke. Attribution finds
 * the frames (attribution/finders/); periods read their days as statement
 * dates, so no other stage detects speech again.
 */
import type { Attribution, IsoDate } from '../../records';

export interface SpeechFrame {
  /** The token the frame hangs on: the speech verb, or "according". */
  at: number;
  /** The finder that found it, as claims name it in their provenance. */
  rule: string;
  /** Figures after `at` ("X said that …", "According to X, …") or before it ("…, X said", "…, according to X"). */
  covers: 'after' | 'before';
  /** The speaker words. */
  first: number;
  last: number;
  value: Attribution;
  /** The day the words were said, when the sentence says so ("said Tuesday", "on Tuesday announced"). */
  date: IsoDate | null;
  /** Token index of that day's words, or -1. */
  dateAt: number;
}
