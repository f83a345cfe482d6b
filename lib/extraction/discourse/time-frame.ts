/**
 * Time a figure's own sentence leaves open, from the document, in order:
 * - a count with no time basis of its own is a running total when the
 *   document runs one ("since Oct. 17" earlier, or the day of the story's
 *   event in its lead: "Monday's earthquake");
 * - a running total with no start of its own starts where the document's
 *   running count does: the last "since" before it, else the story's day;
 * - a count for one event with no day of its own takes the day its
 *   paragraph is telling (unless that day was a flashback in the past
 *   perfect, "On March 7, the police had counted …"), else the story's day
 *   from the lead, else, as a marked default, the publication date;
 * - the as-of date is the day the source spoke, else, as a marked
 *   default, the publication date; a running total ends on it.
 */
import type { Evidence, IsoDate } from '../../records';
import type { ExtractionContext, SentenceAnalysis } from '../context';
import type { DateMention } from '../dates/mention';
import { byDefault, inherited, wordsAt } from '../evidence';
import { daysBetween } from '../../dates';
import { isSpoken } from '../periods/statement-dates';
import { PAST_PERFECT_AUXILIARIES } from '../english/time-words';
import { ONSET_NOUNS } from '../english/places';
import { figuresOf } from './figures';

/** How many body paragraphs the story's day is looked for in. */
const LEAD_PARAGRAPHS = 3;
/** How many body paragraphs the lead's statement day is looked for in, and how recent it must be. */
const LEAD_STATEMENT_PARAGRAPHS = 2;
const LEAD_STATEMENT_REACH = 7;
/** How many days before publication a news story's own day may be. */
const STORY_DAY_REACH = 14;
/** Words before a date that make it a flashback, not the day being told. */
const FLASHBACK_REACH = 8;

interface DayFrame {
  date: IsoDate;
  from: Evidence['from'];
}

const frameOf = (context: ExtractionContext, mention: DateMention): DayFrame => ({
  date: mention.date!,
  from: wordsAt(context.text, mention.start, mention.end),
});

/** "On March 7, the police had counted": a past perfect near the date looks back from the day being told. */
function isFlashback(sentence: SentenceAnalysis, mention: DateMention): boolean {
  const at = sentence.tokens.findIndex((t) => t.start >= mention.end);
  if (at < 0) return false;
  for (let k = at; k < Math.min(sentence.tokens.length, at + FLASHBACK_REACH); k++)
    if (PAST_PERFECT_AUXILIARIES.has(sentence.tokens[k]!.norm)) return true;
  return false;
}

/** The event days a sentence tells (not statement dates, baselines, flashbacks, or after publication). */
function eventDays(context: ExtractionContext, sentence: SentenceAnalysis): DateMention[] {
  const published = context.reference.published;
  return sentence.dates.filter(
    (m) =>
      m.role === 'point' &&
      m.date !== null &&
      !m.comparison &&
      !isSpoken(sentence, m) &&
      !isFlashback(sentence, m) &&
      (published === null || m.date <= published),
  );
}

/**
 * "February 18, 2023" on a line of its own, "Source: The Hill | February 11, 2023 | Julia Shapero": a
 * dateline or byline gives the day of publication, not of an event.
 */
const isDateline = (sentence: SentenceAnalysis): boolean =>
  sentence.headline &&
  (sentence.tokens.every((t) => t.kind === 'mask' || t.kind === 'punct') ||
    sentence.tokens.some((t) => t.norm === '|') ||
    /^(?:source|by|posted|published|updated)$/.test(sentence.tokens[0]?.norm ?? ''));

/**
 * The story's day: the first event day of the headlines and the lead paragraphs, no longer ago than a
 * news story's own day is (older dates in a lead are background: "the peaks recorded on March 7").
 */
function storyDay(context: ExtractionContext): (DayFrame & { onset: boolean }) | null {
  const published = context.reference.published;
  const paragraphs: number[] = [];
  for (const sentence of context.sentences) {
    if (!sentence.headline && !paragraphs.includes(sentence.paragraph)) paragraphs.push(sentence.paragraph);
    if (paragraphs.length > LEAD_PARAGRAPHS) break;
    if (isDateline(sentence)) continue;
    const day = eventDays(context, sentence).find(
      (m) => !m.anchor && (published === null || daysBetween(m.date!, published) <= STORY_DAY_REACH),
    );
    // "The first earthquake struck on Monday": the day of an onset, from which counts of its toll run
    if (day) return { ...frameOf(context, day), onset: sentence.tokens.some((t) => ONSET_NOUNS.has(t.norm)) };
  }
  return null;
}

/**
 * The event the story's running counts run from, when the lead names one: "Monday's earthquakes", "the
 * earthquake that struck … earlier this week" (a window gives its first day).
 */
function storyAnchor(context: ExtractionContext): DayFrame | null {
  const published = context.reference.published;
  const paragraphs: number[] = [];
  for (const sentence of context.sentences) {
    if (!sentence.headline && !paragraphs.includes(sentence.paragraph)) paragraphs.push(sentence.paragraph);
    if (paragraphs.length > LEAD_PARAGRAPHS) break;
    const anchor = sentence.dates.find((m) => {
      const day = m.date ?? m.period?.start ?? null;
      // "earlier this month": a window is recent when its last day is
      const latest = m.date ?? m.period?.end ?? day;
      return (
        m.anchor &&
        !m.comparison &&
        day !== null &&
        (published === null || (day <= published && daysBetween(latest!, published) <= STORY_DAY_REACH))
      );
    });
    if (anchor) return { date: (anchor.date ?? anchor.period!.start)!, from: wordsAt(context.text, anchor.start, anchor.end) };
  }
  return null;
}

/**
 * "The Pentagon on Tuesday announced …": the day the lead says the story's source spoke is the as-of date
 * of the figures whose own words give none, when it is a recent day.
 */
function leadStatementDay(context: ExtractionContext): (DayFrame & { sentence: number; families: Set<string | null> }) | null {
  const published = context.reference.published;
  const paragraphs: number[] = [];
  for (const sentence of context.sentences) {
    if (!sentence.headline && !paragraphs.includes(sentence.paragraph)) paragraphs.push(sentence.paragraph);
    if (paragraphs.length > LEAD_STATEMENT_PARAGRAPHS) break;
    const frame = sentence.speech.find((f) => f.date !== null && f.dateAt >= 0);
    const families = new Set(
      sentence.quantities.map((q) => context.options.lexicon.family(q.measure?.measure ?? null)).filter((f) => f !== null),
    );
    if (
      frame &&
      families.size > 0 &&
      (published === null || (frame.date! <= published && daysBetween(frame.date!, published) <= LEAD_STATEMENT_REACH))
    ) {
      const token = sentence.tokens[frame.dateAt]!;
      return { date: frame.date!, from: wordsAt(context.text, token.start, token.end), sentence: sentence.index, families };
    }
  }
  return null;
}

export function frameTime(context: ExtractionContext): void {
  const published = context.reference.published;
  const lexicon = context.options.lexicon;
  const day0 = storyDay(context);
  const anchor0 = storyAnchor(context);
  // the story's start, for running totals: its anchor event, else the day of its onset (a quake, not a strike)
  const story = anchor0 ?? (day0?.onset ? day0 : null);
  const storyRule = anchor0 ? 'story-anchor' : 'story-day';
  const leadSaid = leadStatementDay(context);
  let since = null as DayFrame | null;
  let day = null as (DayFrame & { paragraph: number }) | null;
  let advanced = 0;
  for (const { sentence, quantity } of figuresOf(context)) {
    // the frames of the sentences before this one
    for (; advanced < sentence.index; advanced++) advance(context.sentences[advanced]!);
    const time = quantity.time;
    if (!time) continue;
    const ownSince = sentence.dates
      .filter((m) => m.role === 'since' && m.date !== null && !m.comparison && m.end <= sentence.tokens[quantity.first]!.start)
      .pop();
    const running = ownSince ? frameOf(context, ownSince) : since;
    const nature = lexicon.nature(quantity.measure?.measure ?? null);
    // a sentence that dates itself ("A day earlier, the Pentagon indicated …") does not go on with the paragraph's day
    const ownDate = sentence.dates.some((m) => m.date !== null && !m.comparison);
    const paragraphDay = day && day.paragraph === sentence.paragraph && !ownDate ? day : null;
    if (time.basis === null && nature !== 'level') {
      if (paragraphDay) {
        // "That same day, … At least four people suffered minor injuries": the day the paragraph tells
        time.basis = 'event';
        time.basisEvidence = inherited('paragraph-day', paragraphDay.from);
      } else if (running) {
        time.basis = 'running';
        time.basisEvidence = inherited('since-frame', running.from);
      } else if (anchor0 || (day0?.onset && nature === 'count')) {
        // after an event on the story's day, counts of what it did accumulate: "1,647 people were killed in Hatay"
        time.basis = 'running';
        time.basisEvidence = inherited(storyRule, story!.from);
      } else {
        // with no running count in sight, a figure of the news is a figure of the story's day
        time.basis = 'event';
        time.basisEvidence = day0 ? inherited('story-day', day0.from) : byDefault('news-of-the-day');
      }
    }
    // the lead's day reaches what a source reported, not the background an article adds (troop levels)
    const family = lexicon.family(quantity.measure?.measure ?? null);
    if (
      time.asOf === null &&
      leadSaid !== null &&
      sentence.index >= leadSaid.sentence &&
      nature !== 'level' &&
      leadSaid.families.has(family)
    ) {
      time.asOf = leadSaid.date;
      time.asOfEvidence = inherited('lead-statement-date', leadSaid.from);
    } else if (time.asOf === null && published !== null) {
      time.asOf = published;
      time.asOfEvidence = byDefault('publication-date');
    }
    if (time.basis === 'running' && (time.period === null || time.period.start === null)) {
      const start = running ?? story;
      if (start) {
        time.period = { start: start.date, end: time.asOf };
        time.periodEvidence = inherited(running ? 'since-frame' : storyRule, start.from);
      } else if (time.period === null) {
        time.period = { start: null, end: time.asOf };
      }
    }
    if (time.basis === 'running' && time.period !== null && time.periodEvidence.rule !== 'window-phrase')
      time.period = { ...time.period, end: time.period.end ?? time.asOf };
    if (time.basis === 'event' && time.period === null) {
      const frame = paragraphDay ?? day0;
      if (frame) {
        time.period = { start: frame.date, end: frame.date };
        time.periodEvidence = inherited(paragraphDay ? 'paragraph-day' : 'story-day', frame.from);
      } else if (time.asOf !== null) {
        time.period = { start: time.asOf, end: time.asOf };
        time.periodEvidence = byDefault('publication-day');
      }
    }
  }

  function advance(sentence: SentenceAnalysis): void {
    const sinceMention = sentence.dates.filter((m) => m.role === 'since' && m.date !== null && !m.comparison).pop();
    if (sinceMention) since = frameOf(context, sinceMention);
    // a day that names an event ("Monday's quake") starts what runs from it; it is not the day the paragraph tells
    const told = eventDays(context, sentence).find((m) => !m.anchor);
    if (told) day = { ...frameOf(context, told), paragraph: sentence.paragraph };
  }
}
