/**
 * Stage: the period each figure counts over, its time basis and the day
 * its source spoke, from the words of its own sentence. A date a speech
 * frame carries ("said on Thursday") is the day of the statement, which is
 * the figure's as-of date; another point date is the day of the event it
 * counts. A running total takes the start its sentence gives ("since
 * October 17"); a window its span, counted back from the statement day
 * ("in the past week"); a one-off event its day. What the sentence leaves
 * open, discourse/ fills in from the rest of the document, then the
 * publication date; nothing is invented where the document is undated.
 */
import type { Evidence, IsoDate, Period, TimeBasis } from '../../records';
import type { ExtractionContext, Quantity, SentenceAnalysis, TimeReading } from '../context';
import type { DateMention } from '../dates/mention';
import { addDays, daysBetween } from '../../dates';
import { stated, inherited, UNKNOWN, wordsAt } from '../evidence';
import { PeriodCandidates } from '../period-candidates';
import { isSpoken, readStatementDates } from './statement-dates';
import { eventDayMention, periodMention } from './period-mention';
import { anchorsFigure, readDateFunctions } from './date-functions';
import { BASIS_RULES, type BasisInput } from './basis';
import { readPublicationBounds } from '../discourse/bounds';

const mentionWords = (context: ExtractionContext, mention: DateMention) => wordsAt(context.text, mention.start, mention.end);

/** The day the figure's source spoke: its frame's day, stated or inherited with the frame. */
function saidOn(context: ExtractionContext, quantity: Quantity): { date: IsoDate; evidence: Evidence } | null {
  const reading = quantity.attribution;
  const frame = reading?.frame;
  if (!reading || !frame || frame.date === null) return null;
  const mention = frame.dateAt;
  const sentence = context.sentences.find((s) => s.speech.includes(frame));
  const token = sentence?.tokens[mention];
  const from = token ? wordsAt(context.text, token.start, token.end) : null;
  return {
    date: frame.date,
    evidence: reading.evidence.basis === 'stated' ? stated('statement-date', from) : inherited('speaker-frame-date', from),
  };
}

/** A window counted back from the publication date, moved to the day the source spoke ("in the past week", said on Tuesday). */
function fromStatementDay(period: Period, mention: DateMention, said: IsoDate | null, published: IsoDate | null): Period {
  if (!mention.relative || said === null || published === null || mention.currentUnit !== null) return period;
  const shift = daysBetween(published, said);
  if (shift === 0) return period;
  return {
    start: period.start === null ? null : addDays(period.start, shift),
    end: period.end === null ? null : addDays(period.end, shift),
  };
}

function timeOf(
  context: ExtractionContext,
  sentence: SentenceAnalysis,
  quantity: Quantity,
  position: number,
  candidates: PeriodCandidates,
): TimeReading {
  const lexicon = context.options.lexicon;
  const published = context.reference.published;
  const mention = periodMention(sentence, quantity, position, candidates);
  const eventDay = mention === null ? eventDayMention(sentence, quantity, (m) => isSpoken(sentence, m)) : null;
  const input: BasisInput = { sentence, quantity, lexicon, mention, eventDay };
  const rule = BASIS_RULES.find((r) => r.applies(input)) ?? null;
  const basis: TimeBasis | null = rule?.basis ?? null;
  const ruleWords = mention ?? eventDay;
  const basisEvidence = rule
    ? stated(
        rule.name,
        ruleWords && (rule.name === 'since-phrase' || rule.name === 'window-phrase' || rule.name === 'event-date')
          ? mentionWords(context, ruleWords)
          : null,
      )
    : UNKNOWN;

  const said = saidOn(context, quantity);
  const asOfWords = sentence.dates.find((m) => m.role === 'as-of' || m.role === 'until') ?? null;
  // "“As of today, all 59 have returned to duty”": today is the day the source spoke
  const asOfDay =
    asOfWords?.date && asOfWords.relative && said && published
      ? addDays(asOfWords.date, daysBetween(published, said.date))
      : (asOfWords?.date ?? null);
  let asOf: IsoDate | null = asOfDay ?? said?.date ?? null;
  let asOfEvidence: Evidence = asOfDay ? stated('as-of-phrase', mentionWords(context, asOfWords!)) : (said?.evidence ?? UNKNOWN);

  // "the toll surpassed 25,000 on Saturday": the day a running total reached its figure is its as-of date
  if (basis === 'running' && eventDay !== null && asOfWords === null) {
    asOf = eventDay.date;
    asOfEvidence = stated('as-of-day', mentionWords(context, eventDay));
  }
  const anchor =
    sentence.dates.find(
      (m) => !m.comparison && (m.date !== null || m.period?.start) && anchorsFigure(m, quantity.first, quantity.last, sentence.tokens),
    ) ?? null;

  let period: Period | null = null;
  let periodEvidence: Evidence = UNKNOWN;
  if (basis === 'level') {
    periodEvidence = stated('level-measure', null);
  } else if (mention && mention.role === 'since') {
    period = { start: mention.date, end: asOf };
    periodEvidence = stated('since-phrase', mentionWords(context, mention));
  } else if (mention) {
    const own = mention.period ?? { start: null, end: null };
    const span = fromStatementDay(
      { start: own.start, end: own.end ?? (mention.relative ? (said?.date ?? published) : null) },
      mention,
      said?.date ?? null,
      published,
    );
    period = span;
    periodEvidence = stated(mention.role === 'month' ? 'month-phrase' : 'window-phrase', mentionWords(context, mention));
    // a window counted back from now ends on the day it was said; a closed one says nothing of when it was said
    if (asOf === null && span.end !== null && mention.relative && published === null) {
      asOf = span.end;
      asOfEvidence = stated('window-end', mentionWords(context, mention));
    }
  } else if (eventDay && basis === 'event') {
    period = { start: eventDay.date, end: eventDay.date };
    periodEvidence = stated('event-date', mentionWords(context, eventDay));
  } else if (anchor && basis === 'running') {
    // "the death toll from Monday's earthquake": a running total counts from the event its words name
    period = { start: anchor.date ?? anchor.period!.start, end: asOf };
    periodEvidence = stated('event-anchor', mentionWords(context, anchor));
  }
  return { period, asOf, asOfBounds: null, basis, periodEvidence, asOfEvidence, basisEvidence };
}

export function readPeriods(context: ExtractionContext): void {
  readPublicationBounds(context);
  let previous: SentenceAnalysis | null = null;
  for (const sentence of context.sentences) {
    readStatementDates(sentence, previous);
    readDateFunctions(sentence);
    const candidates = new PeriodCandidates(sentence);
    sentence.quantities.forEach((quantity, position) => {
      quantity.time = timeOf(context, sentence, quantity, position, candidates);
    });
    previous = sentence;
  }
}
