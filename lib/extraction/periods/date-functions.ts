/**
 * What each date of a sentence is to its figures, beyond chrono's reading:
 * - "since the quake struck on Monday", "since the beginning of the
 *   earthquake on Monday": the start of a running count, as "since Monday";
 * - "Monday's earthquake", "after the Oct. 7 attack", "the quake that struck
 *   earlier this week": the day of an event a count runs from, an anchor,
 *   not the day of the figures outside those words;
 * - "the deadliest disaster since 1939", "a record since the start": a
 *   baseline of comparison, no period of any figure.
 */
import type { SentenceAnalysis } from '../context';
import type { Token } from '../text/tokens';
import { lowerBound } from '../../search';
import { EVENT_NOUNS } from '../english/places';
import { SPEECH_VERBS } from '../english/verbs';
import { ANCHOR_PREPOSITIONS, RELATIVE_PRONOUNS, SUPERLATIVE_WORDS } from '../english/time-words';

/** Verbs by which a relative clause tells an event: "that struck", "which hit", "that began". */
const EVENT_VERB = /^(?:struck|hit|began|started|happened|occurred|erupted|shook|broke|ravaged|devastated|killed|launched|[a-z]{3,}ed)$/;
/** How many words a since-clause or a relative clause may hold before its date. */
const CLAUSE_WORDS = 8;
/** How many words before "since" a superlative makes it a baseline. */
const SUPERLATIVE_REACH = 6;

const isSuperlative = (token: Token | undefined): boolean =>
  token !== undefined &&
  token.kind === 'word' &&
  (SUPERLATIVE_WORDS.has(token.norm) || (/^[a-z]{4,}est$/.test(token.norm) && token.norm !== 'interest'));

export function readDateFunctions(sentence: SentenceAnalysis): void {
  const tokens = sentence.tokens;
  // tokens that belong to a figure: "since taking credit for three more on Nov. 23" is no since-clause of Nov. 23
  const inFigure = new Uint8Array(tokens.length);
  for (const q of sentence.quantities) for (let k = q.first; k <= q.last; k++) inFigure[k] = 1;
  for (const mention of sentence.dates) {
    const at = lowerBound(tokens, (t) => t.end > mention.start);
    if (at >= tokens.length) continue;
    // scan back over the words before the date, within its clause-like stretch
    let since = -1;
    let relative = -1;
    let anchorWord = -1;
    for (let k = at - 1; k >= Math.max(0, at - CLAUSE_WORDS); k--) {
      const token = tokens[k]!;
      // "after two earthquakes hit … last week": a number of the events themselves is part of the clause
      const countsEvents = (token.kind === 'number' || inFigure[k] === 1) && EVENT_NOUNS.has(tokens[k + 1]?.norm ?? '');
      if (
        !countsEvents &&
        (token.kind === 'mask' ||
          token.kind === 'number' ||
          inFigure[k] === 1 ||
          (token.kind === 'punct' && token.norm !== "'" && token.norm !== '-'))
      )
        break;
      if (token.norm === 'since') since = k;
      // "said that the army carried out strikes on Thursday": "that" after a verb of speech opens what was said, not a relative clause
      if (RELATIVE_PRONOUNS.has(token.norm) && relative < 0 && !(token.norm === 'that' && SPEECH_VERBS.has(tokens[k - 1]?.norm ?? '')))
        relative = k;
      if (ANCHOR_PREPOSITIONS.has(token.norm) && anchorWord < 0) anchorWord = k;
    }
    const sinceAt = mention.role === 'since' ? tokens.slice(Math.max(0, at - 3), at).findIndex((t) => t.norm === 'since') : -1;
    const sinceToken = since >= 0 ? since : sinceAt >= 0 ? Math.max(0, at - 3) + sinceAt : -1;
    if (sinceToken >= 0) {
      let superlative = false;
      for (let k = sinceToken - 1; k >= Math.max(0, sinceToken - SUPERLATIVE_REACH); k--) {
        // a figure before "since" is what runs since then ("at least 13 times since October 17")
        if ((tokens[k]!.kind === 'punct' && tokens[k]!.norm !== '-') || tokens[k]!.kind === 'number') break;
        if (isSuperlative(tokens[k]) && !(tokens[k - 1]?.norm === 'at' && /^(?:least|most)$/.test(tokens[k]!.norm))) superlative = true;
      }
      if (superlative) {
        mention.comparison = true;
        continue;
      }
      if (mention.role === 'point' && mention.date !== null) {
        mention.role = 'since';
        continue;
      }
    }
    const possessive = /['’]s$/.test(mention.text) || tokens[at + 1]?.norm === "'s";
    // "the February 6 quake", "the Oct. 7 attack": a date that names an event
    const namesEvent =
      EVENT_NOUNS.has(tokens[at + 1]?.norm ?? '') || (tokens[at + 1]?.norm === "'s" && EVENT_NOUNS.has(tokens[at + 2]?.norm ?? ''));
    if (possessive || namesEvent) mention.anchor = { from: at };
    else if (anchorWord >= 0) mention.anchor = { from: anchorWord };
    // "the earthquake that struck … earlier this week": a relative clause that tells the event; not "into which the protests on Thursday"
    else if (relative >= 0 && tokens.slice(relative + 1, at).some((t) => t.kind === 'word' && EVENT_VERB.test(t.norm)))
      mention.anchor = { from: relative };
  }
}

/** True when the date names the event a figure outside its words runs from. */
export function anchorsFigure(
  mention: { anchor?: { from: number } | null; end: number },
  figureFirst: number,
  figureLast: number,
  tokens: readonly Token[],
): boolean {
  if (!mention.anchor) return false;
  // "the attack that killed three on Sunday": a figure inside the relative clause has the date as its own
  const from = mention.anchor.from;
  const inside = figureFirst >= from && tokens[figureLast]!.end <= mention.end;
  if (inside) return false;
  // "after Hamas' Oct. 7 incursion into Israel, where at least 1,200 people were killed": the event's own figure
  if (tokens[figureFirst]!.start >= mention.end) {
    for (let k = figureFirst - 1; k >= 0 && tokens[k]!.start >= mention.end; k--)
      if (/^(?:where|which|that|who|when)$/.test(tokens[k]!.norm)) return false;
  }
  return true;
}
