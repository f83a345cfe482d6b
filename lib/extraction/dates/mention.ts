import type { IsoDate } from '../../records';

/**
 * How a date expression bears on a figure:
 * - `point`: a day ("on Thursday", "November 9");
 * - `since`: the start of a running count ("since October 17");
 * - `until` / `as-of`: the end of a count or the day a figure holds ("as of Thursday", "to date");
 * - `window`: a bounded span ("in the past week", "this month", "between October 17 and 27");
 * - `month`: a calendar month or year named on its own ("in October").
 */
export type DateRole = 'point' | 'since' | 'until' | 'as-of' | 'window' | 'month';

export interface DateMention {
  start: number;
  end: number;
  text: string;
  role: DateRole;
  /** The day, for points and for the ends of since/until/as-of; null when the text does not fix it. */
  date: IsoDate | null;
  /** The span, for windows and months; either end may be unknown. */
  period: { start: IsoDate | null; end: IsoDate | null } | null;
  /**
   * Days from the date the surrounding text is about ("a day earlier" is -1):
   * resolved against the previous sentence, not the publication date.
   */
  anchorOffsetDays: number | null;
  /** True when the expression counts from the publication date ("on Thursday", "this month"). */
  relative: boolean;
  /** For weekdays: 0 (Sunday) to 6, so an unknown publication date can still bound them. */
  weekday: number | null;
  /** For "this week/month/year": the calendar unit, so an unknown publication date can be bounded by the text. */
  currentUnit: 'week' | 'month' | 'year' | null;
  /** For a day written without a year when no year can be given to it: its month and day. */
  monthDay: { month: number; day: number } | null;
  /**
   * What the date is to the figures around it, read by periods/date-functions.ts: the day of an event a
   * count runs from ("Monday's earthquake", "the quake that struck on Monday", "after the attack on Oct 7"),
   * with the token where the words naming that event begin; or a baseline of comparison that is no
   * period at all ("the deadliest since 1939").
   */
  anchor?: { from: number } | null;
  comparison?: boolean;
}

/** What is known of "now" for a document. */
export interface DateReference {
  /** Publication date, when known. */
  published: IsoDate | null;
  /** A date near publication used only to give years to dates written without one. */
  yearHint: IsoDate | null;
}
