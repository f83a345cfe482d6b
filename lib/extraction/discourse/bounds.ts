/**
 * Last checks on time. A period cannot end before it starts: a count "from
 * Nov 12" in an article published on Oct 27 (a schedule, or a wrong
 * publication date) holds as of a date the text does not give. Where the
 * publication date is unknown, the as-of date stays unknown and
 * `asOfBounds` says what the text allows: not before the period starts or
 * the latest date the text names outright; a weekday ("on Thursday") may be
 * up to six days earlier than that.
 */
import type { IsoDate, Period } from '../../records';
import type { ExtractionContext, SentenceAnalysis, TimeReading } from '../context';
import type { DateMention } from '../dates/mention';
import { addDays, maxDate } from '../../dates';
import { endOfMonth, isoOf } from '../dates/calendar-math';

/** A weekday of the week before an unknown publication date may be this many days before the latest date named. */
const WEEKDAY_SLACK = 6;

function latestExplicitDate(sentences: readonly SentenceAnalysis[]): IsoDate | null {
  let latest: IsoDate | null = null;
  for (const sentence of sentences) {
    for (const mention of sentence.dates) {
      if (mention.relative || mention.anchorOffsetDays !== null) continue;
      latest = maxDate(latest, mention.date);
      if (mention.role !== 'month') latest = maxDate(latest, mention.period?.end ?? null);
    }
  }
  return latest;
}

/** "this month" with no publication date: the month of the latest date the text names. */
function inferCurrentUnit(mention: DateMention, latest: IsoDate | null): Period | null {
  if (mention.currentUnit !== 'month' || latest === null) return null;
  const [year, month] = latest.split('-').map(Number) as [number, number];
  return { start: isoOf(year, month, 1), end: null };
}

/** What an undated document's text says of its publication date; runs before periods are read. */
export function readPublicationBounds(context: ExtractionContext): void {
  if (context.reference.published !== null) {
    context.publicationBounds = null;
    return;
  }
  const latest = latestExplicitDate(context.sentences);
  for (const mention of context.sentences.flatMap((s) => s.dates)) {
    if (mention.relative && mention.period === null) mention.period = inferCurrentUnit(mention, latest);
  }
  const currentMonth = context.sentences.flatMap((s) => s.dates).find((m) => m.currentUnit === 'month' && m.period?.start);
  context.publicationBounds =
    latest !== null
      ? {
          start: latest,
          end: currentMonth?.period?.start
            ? endOfMonth(Number(currentMonth.period.start.slice(0, 4)), Number(currentMonth.period.start.slice(5, 7)))
            : null,
        }
      : null;
}

function withinItsPeriod(time: TimeReading): void {
  const period = time.period;
  if (period === null || period.start === null || period.end === null || period.end >= period.start) return;
  time.period = { start: period.start, end: null };
  if (time.asOf !== null && time.asOf < period.start) time.asOf = null;
}

function boundsOf(time: TimeReading, publication: Period | null, weekday: boolean): Period | null {
  if (time.asOf !== null) return null;
  const earliest = publication?.start ?? null;
  const start = maxDate(time.period?.start ?? null, earliest !== null ? (weekday ? addDays(earliest, -WEEKDAY_SLACK) : earliest) : null);
  const end = publication?.end ?? null;
  if (start === null && end === null) return null;
  if (start !== null && end !== null && end < start) return { start, end: null };
  return { start, end };
}

export function boundTimes(context: ExtractionContext): void {
  for (const sentence of context.sentences) {
    const weekday = sentence.dates.some((m) => m.weekday !== null && m.date === null);
    for (const quantity of sentence.quantities) {
      const time = quantity.time;
      if (!time) continue;
      withinItsPeriod(time);
      time.asOfBounds = boundsOf(time, context.publicationBounds, weekday && time.period === null);
    }
  }
}
