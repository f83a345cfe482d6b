/**
 * How a figure relates to time, from the words of its own clause, in
 * order: a level (the lexicon says so, or "are deployed"); a running total
 * ("since", "so far", "a total of", "the death toll rose to", "have been
 * killed"); a window ("in the past week"); a count for one event or day (a
 * date of what happened, or a measure that counts one-off events). What no
 * rule decides stays unknown here; discourse/ gives it the frame of the
 * document.
 */
import type { TimeBasis } from '../../records';
import type { Lexicon } from '../../lexicon/lexicon';
import type { Quantity, SentenceAnalysis } from '../context';
import type { DateMention } from '../dates/mention';
import { CUMULATIVE_WORDS, LEVEL_VERBS, PAST_PERFECT_AUXILIARIES, PRESENT_PERFECT_AUXILIARIES } from '../english/time-words';
import { LINKING_WORDS } from '../english/verbs';

export interface BasisInput {
  sentence: SentenceAnalysis;
  quantity: Quantity;
  lexicon: Lexicon;
  /** The period mention of the figure's sentence, if any. */
  mention: DateMention | null;
  /** The day of the event the sentence tells, for this figure, if any. */
  eventDay: DateMention | null;
}

export interface BasisRule {
  name: string;
  basis: TimeBasis;
  applies(input: BasisInput): boolean;
}

/** How far after a figure's words its verb of state may stand ("people still need"). */
const STATE_REACH = 3;
/** Verbs of a present state. */
const STATE_VERBS: ReadonlySet<string> = new Set([
  'need',
  'needs',
  'remain',
  'remains',
  'live',
  'lives',
  'exist',
  'exists',
  'face',
  'faces',
  'lack',
  'lacks',
  'depend',
  'depends',
  'require',
  'requires',
]);

/** How far around the figure the words of its clause are read. */
const CLAUSE_REACH = 8;

function clauseWords({ sentence, quantity }: BasisInput): string[] {
  const { tokens, clauses } = sentence;
  const from = Math.max(clauses.starts[quantity.first]!, quantity.first - CLAUSE_REACH);
  const to = Math.min(clauses.ends[quantity.last]!, quantity.last + CLAUSE_REACH + 1, tokens.length);
  const words: string[] = [];
  for (let k = from; k < to; k++) if (tokens[k]!.kind === 'word') words.push(tokens[k]!.norm);
  return words;
}

const hasPhrase = (words: readonly string[], phrases: readonly (readonly string[])[]): boolean =>
  phrases.some((phrase) => words.some((_, i) => phrase.every((w, j) => words[i + j] === w)));

const level: BasisRule = {
  name: 'level-measure',
  basis: 'level',
  applies: ({ quantity, lexicon, sentence }) =>
    lexicon.nature(quantity.measure?.measure ?? null) === 'level' ||
    sentence.tokens.slice(quantity.last + 1, quantity.last + 4).some((t) => LEVEL_VERBS.has(t.norm)),
};

const since: BasisRule = { name: 'since-phrase', basis: 'running', applies: ({ mention }) => mention?.role === 'since' };

/** "By Nov. 9, 46 attacks had been recorded", "As of Thursday, there had been 36": a total up to a day. */
const untilDay: BasisRule = {
  name: 'until-phrase',
  basis: 'running',
  applies: ({ sentence }) => sentence.dates.some((m) => (m.role === 'until' || m.role === 'as-of') && m.date !== null),
};

const cumulative: BasisRule = {
  name: 'cumulative-words',
  basis: 'running',
  applies: (input) => input.eventDay === null && hasPhrase(clauseWords(input), CUMULATIVE_WORDS),
};

/** "the toll rose to 1,950", "has risen to 40,642": a figure a total grew to. */
const grewTo: BasisRule = {
  name: 'grew-to',
  basis: 'running',
  applies: ({ sentence, quantity }) => {
    const hedgeWord = quantity.hedge ? sentence.tokens[quantity.hedge.first]!.norm : '';
    if (/^(?:surpass|exceed|top|pass)/.test(hedgeWord)) return true;
    const before = sentence.tokens[quantity.first - 1];
    const verb = sentence.tokens[quantity.first - 2];
    return (
      (before?.norm === 'to' && verb !== undefined && LINKING_WORDS.has(verb.norm) && verb.norm !== 'from') ||
      // "now stands at 40,642", "the toll stood at 1,200"
      (before?.norm === 'at' && /^(?:stands|stood|standing)$/.test(verb?.norm ?? '')) ||
      /^(?:reached|surpassed|surpasses|topped|passed|exceeded|hit|stands|stood)$/.test(before?.norm ?? '')
    );
  },
};

const window: BasisRule = {
  name: 'window-phrase',
  basis: 'window',
  applies: ({ mention }) => mention !== null && mention.role !== 'since',
};

const eventDay: BasisRule = { name: 'event-date', basis: 'event', applies: ({ eventDay }) => eventDay !== null };

/**
 * "have been killed", "has struck back three times", "21,848 people had died": a perfect counts everything
 * up to the day it speaks of (a past perfect with a day of its own is that day's: "On March 7, the police
 * had counted 30,000" is read by the event-date rule before this one).
 */
const presentPerfect: BasisRule = {
  name: 'perfect-tense',
  basis: 'running',
  applies: ({ sentence, quantity, lexicon }) => {
    const { tokens, clauses } = sentence;
    const from = Math.max(clauses.starts[quantity.first]!, quantity.first - CLAUSE_REACH);
    const to = Math.min(clauses.ends[quantity.last]!, quantity.last + CLAUSE_REACH, tokens.length - 1);
    for (let k = from; k < to; k++) {
      const past = PAST_PERFECT_AUXILIARIES.has(tokens[k]!.norm);
      // "there had been 903 fires during the day of protests": a past perfect of one-off events tells that day
      if (!PRESENT_PERFECT_AUXILIARIES.has(tokens[k]!.norm) && !(past && lexicon.nature(quantity.measure?.measure ?? null) !== 'event'))
        continue;
      const next = tokens[k + 1]?.norm ?? '';
      const after = tokens[k + 2]?.norm ?? '';
      if (/(?:ed|en|wn|ck|ung|ought|ot)$/.test(next) || (next === 'been' && after !== '') || /^(?:all|also|now|so|already)$/.test(next))
        return true;
    }
    return false;
  },
};

const oneOffMeasure: BasisRule = {
  name: 'event-measure',
  basis: 'event',
  applies: ({ quantity, lexicon }) => lexicon.nature(quantity.measure?.measure ?? null) === 'event',
};

/** "15.3 million people need aid", "1,200 remain missing": a present state, held on the day it is said. */
const presentState: BasisRule = {
  name: 'present-state',
  basis: 'level',
  applies: ({ sentence, quantity }) => {
    const { tokens } = sentence;
    const end = Math.max(quantity.last, quantity.phrase[quantity.phrase.length - 1] ?? quantity.last);
    for (let k = end + 1; k < Math.min(tokens.length, end + STATE_REACH); k++) {
      if (STATE_VERBS.has(tokens[k]!.norm)) return true;
      if (tokens[k]!.kind !== 'word') return false;
    }
    return false;
  },
};

/** In order: the first rule that applies gives the basis. */
export const BASIS_RULES: readonly BasisRule[] = [
  level,
  since,
  untilDay,
  window,
  grewTo,
  eventDay,
  cumulative,
  presentPerfect,
  presentState,
  oneOffMeasure,
];
