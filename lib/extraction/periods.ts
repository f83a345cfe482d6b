/**
 * Stage: the period each figure counts over and the date it holds on,
 * relative to the publication date and to the sentences before it.
 *
 * A date a speech verb carries ("said on Thursday", "On November 9, Singh
 * said") is the day of the statement; another point date is the day of the
 * event ("carried out strikes on Thursday"). Counts take the sentence's
 * period ("since October 17", "in the past week", "between October 17 and
 * 27", "this month") and hold as of its end or the statement day; levels
 * (troops) hold on the statement day; one-off events (facilities struck)
 * hold on the event day. A sentence with no date goes on with the one before
 * it: "A day earlier" counts back from it, "he added" keeps its day, and a
 * count of the same measure keeps its running period. Where the publication
 * date is unknown nothing is invented: dates that count from it stay null,
 * and `asOfBounds` says what the text allows.
 */
import type { IsoDate, Period } from '../records';
import type { ExtractionContext, Quantity, SentenceAnalysis, TimeReading } from './context';
import type { DateMention } from './dates/mention';
import type { Lexicon } from '../lexicon/lexicon';
import type { Token } from './text/tokens';
import { isCapitalized } from './text/tokens';
import { addDays, maxDate } from '../dates';
import { endOfMonth, isoOf } from './dates/calendar-math';
import { AUXILIARIES } from './english/function-words';
import { IRREGULAR_VERBS, SPEECH_VERBS } from './english/verbs';
import { PeriodCandidates } from './period-candidates';

/** How many neighbouring figures a look between a figure and a date goes through: the work per figure stays bounded. */
const MAX_NEIGHBOURS = 40;
const MAX_CLAUSE_TOKENS = 30;

function tokenIndexOf(tokens: readonly Token[], mention: DateMention): number {
  let low = 0;
  let high = tokens.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const token = tokens[middle]!;
    if (mention.start < token.start) high = middle - 1;
    else if (mention.start >= token.end) low = middle + 1;
    else return middle;
  }
  return -1;
}

type VerbKind = 'speech' | 'other' | null;

function verbKind(token: Token | undefined, lexicon: Lexicon): VerbKind {
  if (!token || token.kind !== 'word' || isCapitalized(token)) return null;
  const word = token.norm;
  if (SPEECH_VERBS.has(word)) return 'speech';
  if (AUXILIARIES.has(word) || IRREGULAR_VERBS.has(word) || lexicon.measureForVerb(word)) return 'other';
  if (/^[a-z]{3,}ed$/.test(word) && !lexicon.measureForTerm(word)) return 'other';
  return null;
}

/** True when the date tells when something was said, not when it happened. */
export function isStatementDate(tokens: readonly Token[], at: number, lexicon: Lexicon): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
    const kind = verbKind(tokens[k], lexicon);
    if (kind === 'speech') return true;
    if (kind === 'other') return false;
  }
  // a date before its clause's verb: "On November 9, Singh said", "A day earlier, the Pentagon indicated"
  for (let k = at + 1; k < Math.min(tokens.length, at + MAX_CLAUSE_TOKENS); k++) {
    const token = tokens[k]!;
    if (token.kind === 'punct' && /^[.;:]$/.test(token.norm)) return false;
    if (token.kind === 'word' && token.norm === 'that') return false;
    const kind = verbKind(token, lexicon);
    if (kind === 'speech') {
      // only when nothing but speech verbs stand before the date: "Speaking ..., late Thursday, the official added"
      for (let j = Math.max(0, at - MAX_CLAUSE_TOKENS); j < at; j++) if (verbKind(tokens[j], lexicon) === 'other') return false;
      return true;
    }
    if (kind === 'other') return false;
  }
  return false;
}

/** True when a sentence reports the same speaker as the one before it. */
function continuesSpeech(sentence: SentenceAnalysis, previous: SentenceAnalysis): boolean {
  const now = sentence.attribution?.value;
  const before = previous.attribution?.value;
  if (!now || !before) return false;
  return now.speaker === before.speaker && now.organization === before.organization;
}

/** The latest date the text names outright: an unknown publication date is no earlier. */
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

interface Discourse {
  previous: SentenceAnalysis | null;
}

function anchorOf(previous: SentenceAnalysis | null): IsoDate | null {
  if (!previous) return null;
  if (previous.statementDate) return previous.statementDate;
  if (previous.eventDate) return previous.eventDate;
  for (const mention of [...previous.dates].reverse()) {
    const date = mention.date ?? mention.period?.end ?? null;
    if (date) return date;
  }
  return null;
}

/** "this month" with no publication date: the month of the latest date the text names. */
function inferCurrentUnit(mention: DateMention, latest: IsoDate | null): Period | null {
  if (mention.currentUnit !== 'month' || latest === null) return null;
  const [year, month] = latest.split('-').map(Number) as [number, number];
  return { start: isoOf(year, month, 1), end: null };
}

function summarise(context: ExtractionContext, sentence: SentenceAnalysis, discourse: Discourse): void {
  const lexicon = context.options.lexicon;
  sentence.statementDate = null;
  sentence.eventDate = null;
  for (const mention of sentence.dates) {
    if (mention.anchorOffsetDays !== null) {
      // "since then" and "a day earlier" count from the last date before them: in the sentence, else the one before
      const earlier = sentence.dates
        .filter((m) => m.end <= mention.start && m.anchorOffsetDays === null && (m.date ?? m.period?.end ?? null) !== null)
        .pop();
      const anchor = earlier ? (earlier.date ?? earlier.period!.end) : anchorOf(discourse.previous);
      mention.date = anchor === null ? null : addDays(anchor, mention.anchorOffsetDays);
    }
    if (mention.role !== 'point') continue;
    const at = tokenIndexOf(sentence.tokens, mention);
    if (at < 0) continue;
    if (isStatementDate(sentence.tokens, at, lexicon)) sentence.statementDate ??= mention.date;
    else sentence.eventDate ??= mention.date;
  }
}

/**
 * The period mention that applies to a figure: the first after it, else the
 * last before it, with no other figure between them ("85 targets …
 * the attack that killed three … last week": last week is the three's).
 */
function periodMention(sentence: SentenceAnalysis, quantity: Quantity, index: number, candidates: PeriodCandidates): DateMention | null {
  const tokens = sentence.tokens;
  const end = tokens[quantity.last]?.end ?? 0;
  const start = tokens[quantity.first]?.start ?? 0;
  const quantities = sentence.quantities;
  const head = quantity.listHead ?? index;
  // numbers of the same list share the period: "Since Oct. 17 … 165 times: 66 in Iraq"
  const other = (i: number): boolean => {
    const q = quantities[i]!;
    return q.dropped === null && i !== head && q.listHead !== head;
  };
  // is there another figure between two offsets? (a bounded look at the neighbours)
  const clear = (from: number, to: number): boolean => {
    for (let i = index + 1, seen = 0; i < quantities.length && seen < MAX_NEIGHBOURS; i++, seen++) {
      const start = tokens[quantities[i]!.first]!.start;
      if (start >= to) break;
      if (start >= from && other(i)) return false;
    }
    for (let i = index - 1, seen = 0; i >= 0 && seen < MAX_NEIGHBOURS; i--, seen++) {
      const end = tokens[quantities[i]!.last]!.end;
      if (end <= from) break;
      if (end <= to && other(i)) return false;
    }
    return true;
  };
  const mentions = candidates.mentions;
  // "up from 14.6 million last year, … $5.4 billion": a period right after another figure is that figure's.
  // A figure between this one and a date stands between it and every date further on, so each walk stops there.
  for (let at = candidates.firstStartingFrom(end), seen = 0; at < mentions.length && seen < MAX_NEIGHBOURS; at++, seen++) {
    if (!clear(end, mentions[at]!.start)) break;
    if (!candidates.ownedByAnotherFigure(at, index)) return mentions[at]!;
  }
  // a running count's start reaches every figure after it ("since Oct. 17 … and 62 were injured")
  for (let at = candidates.lastEndingBy(start), seen = 0; at >= 0; at--, seen++) {
    const mention = mentions[at]!;
    if (mention.role === 'since') return mention;
    if (seen >= MAX_NEIGHBOURS || !clear(mention.end, start)) return candidates.latestSince(at);
    if (!candidates.ownedByAnotherFigure(at, index)) return mention;
  }
  return null;
}

function asOfMention(sentence: SentenceAnalysis): DateMention | null {
  return sentence.dates.find((m) => m.role === 'as-of' || m.role === 'until') ?? null;
}

function timeOf(
  context: ExtractionContext,
  sentence: SentenceAnalysis,
  quantity: Quantity,
  previous: SentenceAnalysis | null,
  position: number,
  candidates: PeriodCandidates,
): TimeReading {
  const lexicon = context.options.lexicon;
  const published = context.reference.published;
  const measure = quantity.measure?.measure ?? null;
  const nature = lexicon.nature(measure) ?? 'count';
  const samePara = previous !== null && previous.paragraph === sentence.paragraph;
  const inheritedStatement = samePara && continuesSpeech(sentence, previous!) ? previous!.statementDate : null;
  const spoken = sentence.statementDate ?? inheritedStatement;
  const asOfWords = asOfMention(sentence);
  const stated = asOfWords?.date ?? spoken;
  const mention = periodMention(sentence, quantity, position, candidates);

  if (nature === 'level') {
    return { period: null, asOf: asOfWords?.date ?? spoken ?? published, asOfBounds: null, how: 'level' };
  }
  if (nature === 'event' && (mention === null || mention.role === 'since')) {
    const day = sentence.eventDate ?? previous?.eventDate ?? stated ?? published;
    return { period: null, asOf: day, asOfBounds: null, how: 'event' };
  }
  if (mention) {
    if (mention.role === 'since') {
      const asOf = stated ?? published;
      return { period: { start: mention.date, end: asOf }, asOf, asOfBounds: null, how: 'since' };
    }
    const period = mention.period ?? { start: null, end: null };
    const asOf = period.end ?? (mention.relative ? published : null) ?? stated ?? null;
    return {
      period: { start: period.start, end: period.end ?? (mention.relative ? published : null) },
      asOf,
      asOfBounds: null,
      how: mention.role,
    };
  }
  const carried = previous?.countPeriod;
  if (samePara && carried && (carried.family === null || carried.family === lexicon.family(measure))) {
    return { period: carried.period, asOf: carried.period.end, asOfBounds: null, how: 'carried' };
  }
  // "Three soldiers were killed early Sunday": a count of one event holds as of its day
  return { period: null, asOf: stated ?? sentence.eventDate ?? published, asOfBounds: null, how: 'count' };
}

/**
 * A period cannot end before it starts. A count "from Nov 12" in an article
 * published on Oct 27 (a schedule, or a wrong publication date) holds as of a
 * date the text does not give: the end and the as-of date stay unknown.
 */
function withinItsPeriod(time: TimeReading): TimeReading {
  const period = time.period;
  if (period === null || period.start === null || period.end === null || period.end >= period.start) return time;
  const asOf = time.asOf !== null && time.asOf < period.start ? null : time.asOf;
  return { ...time, period: { start: period.start, end: null }, asOf };
}

/**
 * What the text allows for an unknown as-of date: not before the period
 * starts or the latest date named; a weekday of the week before publication
 * ("on Thursday") may be up to six days earlier than that.
 */
function boundsOf(time: TimeReading, publication: Period | null, relativeToPublication: boolean, weekday: boolean): Period | null {
  if (time.asOf !== null) return null;
  const earliest = publication?.start ?? null;
  const start = maxDate(
    time.period?.start ?? null,
    relativeToPublication && earliest !== null ? (weekday ? addDays(earliest, -6) : earliest) : null,
  );
  const end = relativeToPublication ? (publication?.end ?? null) : null;
  if (start === null && end === null) return null;
  if (start !== null && end !== null && end < start) return { start, end: null };
  return { start, end };
}

export function readPeriods(context: ExtractionContext): void {
  const latest = context.reference.published === null ? latestExplicitDate(context.sentences) : null;
  if (context.reference.published === null) {
    for (const mention of context.sentences.flatMap((s) => s.dates)) {
      if (mention.relative && mention.period === null) mention.period = inferCurrentUnit(mention, latest);
    }
  }
  const currentMonth = context.sentences.flatMap((s) => s.dates).find((m) => m.currentUnit === 'month' && m.period?.start);
  context.publicationBounds =
    context.reference.published === null && latest !== null
      ? {
          start: latest,
          end: currentMonth?.period?.start
            ? endOfMonth(Number(currentMonth.period.start.slice(0, 4)), Number(currentMonth.period.start.slice(5, 7)))
            : null,
        }
      : null;
  let previous: SentenceAnalysis | null = null;
  for (const sentence of context.sentences) {
    summarise(context, sentence, { previous });
    sentence.countPeriod = null;
    const candidates = new PeriodCandidates(sentence);
    for (const [position, quantity] of sentence.quantities.entries()) {
      const time = withinItsPeriod(timeOf(context, sentence, quantity, previous, position, candidates));
      const weekday = time.period === null && sentence.dates.some((m) => m.weekday !== null && m.date === null);
      time.asOfBounds = boundsOf(time, context.publicationBounds, true, weekday);
      quantity.time = time;
      const measure = quantity.measure?.measure ?? null;
      if (time.period && (time.how === 'since' || time.how === 'carried') && context.options.lexicon.nature(measure) !== 'level') {
        sentence.countPeriod ??= { period: time.period, family: context.options.lexicon.family(measure) };
      }
    }
    // "he added": a sentence that goes on with the same speaker goes on with the same day
    if (
      sentence.statementDate === null &&
      sentence.dates.length === 0 &&
      previous &&
      previous.paragraph === sentence.paragraph &&
      continuesSpeech(sentence, previous)
    ) {
      sentence.statementDate = previous.statementDate;
    }
    previous = sentence;
  }
}
