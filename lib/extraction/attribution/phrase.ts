/**
 * The words of a speaker phrase: the subject before a speech verb, the
 * phrase after "according to" or an inverted verb, an aside between commas.
 * Each reads at most `MAX_PHRASE` tokens, so the work per verb is bounded.
 */
import type { Token } from '../text/tokens';
import { isCapitalized } from '../text/tokens';
import { ABBREVIATIONS } from '../english/abbreviations';
import { SPEECH_VERBS } from '../english/verbs';
import { MONTHS, WEEKDAYS } from '../english/calendar';
import type { WordClasses } from './words';

export const MAX_PHRASE = 14;

/** Words skipped between a subject and its verb: "the Pentagon also said", "Ryder previously said". */
const SUBJECT_SKIPS: ReadonlySet<string> = new Set([
  'also',
  'further',
  'previously',
  'later',
  'then',
  'had',
  'has',
  'have',
  'recently',
  'earlier',
  'repeatedly',
  'again',
  'separately',
  'officially',
  'publicly',
  'reportedly',
  'on',
  'late',
  'early',
  'last',
  'this',
  'morning',
  'afternoon',
  'evening',
  'night',
  'initially',
  'first',
]);
/** A lower-case word that may be part of a body's name: a noun or a possessive, not a verb form or a function word. */
const COMPOUND_WORD =
  /^(?!(?:and|or|but|the|a|an|of|in|on|at|to|that|which|who|with|from|by|for|has|have|had|was|were|is|are)$)[a-z][a-z-]*(?:'s)?$/;

/** Words after which a phrase after the verb stops: "Ryder said, alluding to", "told reporters on Tuesday". */
const PHRASE_STOPS =
  /^(?:regarding|alluding|referring|adding|saying|explaining|noting|stressing|on|in|at|to|from|during|after|before|since|as|when|while|with|citing|quoting)$/;

const isDateToken = (token: Token | undefined): boolean =>
  token !== undefined && (token.kind === 'mask' || MONTHS.has(token.norm) || WEEKDAYS.has(token.norm));

const NO_SPACE_BEFORE = new Set([',', '.', ')', '’', "'"]);
const NO_SPACE_AFTER = new Set(['(', '‘']);
// One pass over the runs of spaces: /\s+([,.)’'])/ was retried from every space of a long run, which was quadratic.
export const clean = (text: string): string =>
  text
    .replace(/\s+/g, (space: string, at: number) =>
      NO_SPACE_BEFORE.has(text.charAt(at + space.length)) || NO_SPACE_AFTER.has(text.charAt(at - 1)) ? '' : space,
    )
    .trim();

export function phraseText(tokens: readonly Token[], first: number, last: number): string {
  let out = '';
  for (let k = first; k <= last; k++) out += (k > first && tokens[k]!.start > tokens[k - 1]!.end ? ' ' : '') + tokens[k]!.text;
  return clean(out);
}

/** The speaker words just before a speech verb: "Pentagon Deputy Press Secretary Sabrina Singh", "The Pentagon on Tuesday". */
export function subjectBefore(tokens: readonly Token[], verb: number, words: WordClasses): [number, number] | null {
  let last = verb - 1;
  while (last >= 0 && ((tokens[last]!.kind === 'word' && SUBJECT_SKIPS.has(tokens[last]!.norm)) || isDateToken(tokens[last]))) last--;
  if (last < 0) return null;
  let first = last + 1;
  for (let k = last; k >= Math.max(0, last - MAX_PHRASE); k--) {
    const token = tokens[k]!;
    if (token.kind === 'punct') {
      // "Maj. Gen. Pat Ryder": the stop of a title is part of the name
      if (token.norm === '.' && ABBREVIATIONS.has(tokens[k - 1]?.norm ?? '')) continue;
      if (token.norm === ')') {
        let open = k - 1;
        while (open > 0 && k - open < MAX_PHRASE && tokens[open]!.norm !== '(') open--;
        if (open > 0 && tokens[open]!.norm === '(') {
          k = open;
          continue;
        }
      }
      if (token.norm === "'" && tokens[k + 1]?.norm === 's') continue;
      // "the ‘White Helmets’ civil defense": quotes around a name are part of it
      if (/^[‘’'"“”]$/.test(token.norm) && k < last) continue;
      break;
    }
    if (token.kind !== 'word') break;
    const word = token.norm;
    const named = words.speakerWord(token);
    const joiner = words.joiner(token) && k > 0 && isCapitalized(tokens[k - 1]) && isCapitalized(tokens[k + 1]);
    if (!named && !joiner) {
      // "the Islamic Resistance in Iraq militia group": lowercase descriptors after a name are part of the subject
      if (k === last || (/^[a-z]+$/.test(word) && isCapitalized(tokens[k - 1]) && !SPEECH_VERBS.has(word))) {
        // "the company said": a common noun after an article is a subject too
        if (k === last && words.article(tokens[k - 1]) && /^[a-z]+$/.test(word) && !SPEECH_VERBS.has(word)) {
          first = k - 1;
          break;
        }
        // "Syrian state media", "the country's disaster agency": lower-case words of a body after a name or role
        if (k === last && !(isCapitalized(tokens[k - 1]) || words.role(tokens[k - 1]) || words.organization(tokens[k - 1]))) {
          if (!(words.organization(token) && COMPOUND_WORD.test(tokens[k - 1]?.norm ?? ''))) break;
        }
        first = k;
        continue;
      }
      // "the country's disaster agency", "the state-run news agency": the nouns of a body's name before its head
      if (
        words.organization(tokens[last]) &&
        !isCapitalized(tokens[last]) &&
        k >= last - 3 &&
        COMPOUND_WORD.test(word) &&
        !SPEECH_VERBS.has(word)
      ) {
        first = k;
        continue;
      }
      break;
    }
    first = k;
    if (words.article(token) || words.pronoun(token)) break;
  }
  return first <= last ? [first, last] : null;
}

/** A speaker named after the verb or after "according to": up to the next comma, clause or verb. */
export function phraseAfter(tokens: readonly Token[], start: number, words: WordClasses): [number, number] | null {
  let k = start;
  while (k < tokens.length && (tokens[k]!.kind === 'mask' || (tokens[k]!.kind === 'punct' && /^[.,‘“'"]$/.test(tokens[k]!.norm)))) {
    if (tokens[k]!.norm === '.' && isCapitalized(tokens[k + 1])) return null;
    k++;
  }
  const first = k;
  let last = -1;
  for (; k < Math.min(tokens.length, first + MAX_PHRASE); k++) {
    const token = tokens[k]!;
    // "Col. Joe Buccino": the stop of a title goes on with the name
    if (token.norm === '.' && k > first && ABBREVIATIONS.has(tokens[k - 1]!.norm) && isCapitalized(tokens[k + 1])) continue;
    // "the ‘White Helmets’ civil defense" (the shadow text folds curly quotes to straight ones)
    if (/^[‘’“”'"]$/.test(token.norm) && k > first) continue;
    if (token.kind !== 'word') break;
    const word = token.norm;
    if (word === 'who' || word === 'which' || word === 'that' || (SPEECH_VERBS.has(word) && !isCapitalized(token))) break;
    const nameLike = isCapitalized(token) || words.role(token) || words.organization(token) || words.article(token) || words.joiner(token);
    if (!nameLike && !/^[a-z-]+$/.test(word)) break;
    if (!nameLike && last >= first && isCapitalized(tokens[last]) && !words.organization(token)) break;
    if (PHRASE_STOPS.test(word) && last >= first) break;
    last = k;
  }
  while (last >= first && words.joiner(tokens[last])) last--;
  return last >= first ? [first, last] : null;
}

/** ", X ," right before a speech verb: the words between the two commas ("Yunus Sezer, the head of AFAD (the agency), said"). */
export function asideBefore(tokens: readonly Token[], verb: number): [number, number] | null {
  if (tokens[verb - 1]?.norm !== ',') return null;
  for (let k = verb - 2; k >= Math.max(1, verb - MAX_PHRASE - 4); k--) {
    const token = tokens[k]!;
    if (token.norm === ',') return k + 1 <= verb - 2 ? [k + 1, verb - 2] : null;
    if (token.kind === 'punct' && !/^[.'()-]$/.test(token.norm)) return null;
  }
  return null;
}

/** "depots which the Pentagon claimed were", "an official who spoke": a speech verb inside a relative clause. */
export function inRelativeClause(tokens: readonly Token[], subject: [number, number] | null, verb: number): boolean {
  // "an official who spoke on condition of anonymity": the verb's subject is the relative pronoun
  if (/^(?:who|which|that|whom)$/.test(tokens[verb - 1]?.norm ?? '')) return true;
  const before = tokens[(subject ? subject[0] : verb) - 1];
  return before !== undefined && (before.norm === 'which' || before.norm === 'who' || before.norm === 'whom');
}
