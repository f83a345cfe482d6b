/**
 * The period mention of a figure's own sentence: the first after it, else
 * the last before it, with no other figure between them ("85 targets …
 * the attack that killed three … last week": last week is the three's). A
 * running count's start ("since Oct. 17") reaches every figure after it in
 * the sentence.
 */
import type { Quantity, SentenceAnalysis } from '../context';
import type { DateMention } from '../dates/mention';
import type { PeriodCandidates } from '../period-candidates';
import { anchorsFigure } from './date-functions';
import { lowerBound } from '../../search';

/** How many words an opening phrase may have for its date to reach past its comma ("Late on Thursday, …"). */
const BARE_ADJUNCT_WORDS = 3;

/** How many neighbouring figures a look between a figure and a date goes through: the work per figure stays bounded. */
const MAX_NEIGHBOURS = 40;

export function periodMention(
  sentence: SentenceAnalysis,
  quantity: Quantity,
  index: number,
  candidates: PeriodCandidates,
): DateMention | null {
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
  const anchored = (mention: DateMention): boolean => anchorsFigure(mention, quantity.first, quantity.last, tokens);
  const clauseEnd = tokens[Math.min(sentence.clauses.ends[quantity.last]!, tokens.length - 1)]!;
  // "up from 14.6 million last year, … $5.4 billion": a period right after another figure is that figure's.
  // A figure between this one and a date stands between it and every date further on, so each walk stops there.
  for (let at = candidates.firstStartingFrom(end), seen = 0; at < mentions.length && seen < MAX_NEIGHBOURS; at++, seen++) {
    if (!clear(end, mentions[at]!.start)) break;
    // "fires lit … since they began in January": a date in another clause is that clause's
    if (sentence.clauses.ends[quantity.last]! < tokens.length && mentions[at]!.start >= clauseEnd.start && mentions[at]!.role !== 'since')
      break;
    if (anchored(mentions[at]!)) continue;
    if (!candidates.ownedByAnotherFigure(at, index)) return mentions[at]!;
  }
  for (let at = candidates.lastEndingBy(start), seen = 0; at >= 0; at--, seen++) {
    const mention = mentions[at]!;
    if (mention.role === 'since') return mention;
    if (seen >= MAX_NEIGHBOURS || !clear(mention.end, start)) return candidates.latestSince(at);
    if (anchored(mention)) continue;
    if (!candidates.ownedByAnotherFigure(at, index)) return mention;
  }
  return null;
}

/** The event day of a figure's own sentence: a point date that is not a statement date, with no other figure between. */
export function eventDayMention(sentence: SentenceAnalysis, quantity: Quantity, spoken: (m: DateMention) => boolean): DateMention | null {
  const tokens = sentence.tokens;
  const start = tokens[quantity.first]!.start;
  const end = tokens[quantity.last]!.end;
  let best: DateMention | null = null;
  let distance = Infinity;
  for (const mention of sentence.dates) {
    if (mention.role !== 'point' || mention.date === null || spoken(mention) || mention.comparison) continue;
    if (anchorsFigure(mention, quantity.first, quantity.last, tokens)) continue;
    if (mention.end <= start && !reachesAcrossComma(sentence, mention, quantity.first)) continue;
    if (
      mention.start >= end &&
      mention.start >= tokens[Math.min(sentence.clauses.ends[quantity.last]!, tokens.length - 1)]!.start &&
      sentence.clauses.ends[quantity.last]! < tokens.length
    )
      continue;
    // a figure between them whose words the date follows (or opens) owns it: "37,000 people demonstrated, against
    // 48,000 demonstrators last Saturday"; a date after a predicate is shared: "457 were arrested and 441 injured on Thursday"
    if (ownedByAnother(sentence, quantity, mention)) continue;
    const gap = mention.start >= end ? mention.start - end : start - mention.end;
    if (gap < distance) {
      best = mention;
      distance = gap;
    }
  }
  return best;
}

/**
 * "On March 7, the police had counted …": a date in a bare opening phrase reaches the clause after its
 * comma; "Without reaching the peaks recorded on March 7, participation was up" keeps its date to itself.
 */
function reachesAcrossComma(sentence: SentenceAnalysis, mention: DateMention, figure: number): boolean {
  const tokens = sentence.tokens;
  let comma = -1;
  for (let k = figure - 1; k >= 0 && tokens[k]!.end > mention.end; k--) if (tokens[k]!.norm === ',') comma = k;
  if (comma < 0) return true;
  let words = 0;
  for (let k = comma - 1; k >= 0; k--) {
    const token = tokens[k]!;
    if (token.norm === ',' || token.norm === ';') break;
    if (token.kind === 'word') words++;
  }
  return words <= BARE_ADJUNCT_WORDS;
}

/** How many words may stand between a figure's words and a date that is theirs alone ("48,000 demonstrators last Saturday"). */
const OWNER_GAP = 1;
const OWNER_GAP_WORDS = /^(?:on|in|at|of|last|this|early|late)$/;

function ownedByAnother(sentence: SentenceAnalysis, quantity: Quantity, mention: DateMention): boolean {
  const tokens = sentence.tokens;
  const at = lowerBound(tokens, (t) => t.start >= mention.start);
  const after = mention.start >= tokens[quantity.last]!.end;
  for (const other of sentence.quantities) {
    if (other === quantity || other.dropped !== null) continue;
    const otherEnd = Math.max(other.last, other.measure?.last ?? other.last, other.phrase[other.phrase.length - 1] ?? other.last);
    const between = after ? other.first > quantity.last && otherEnd < at : other.first > at && other.last < quantity.first;
    if (!between) continue;
    let gap = 0;
    let words = true;
    if (after) {
      for (let k = otherEnd + 1; k < at; k++) {
        if (tokens[k]!.kind === 'punct' && /^[()]$/.test(tokens[k]!.norm)) continue;
        if (!OWNER_GAP_WORDS.test(tokens[k]!.norm)) words = false;
        gap++;
      }
    } else {
      // "on Saturday (300,000)": a date right before another figure is that figure's
      for (let k = at + 1; k < other.first; k++) if (!(tokens[k]!.kind === 'punct' && tokens[k]!.norm === '(')) gap++;
    }
    if (words && gap <= OWNER_GAP) return true;
  }
  return false;
}
