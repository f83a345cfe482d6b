/**
 * A speech verb and its subject: "Pentagon spokesman Pat Ryder said",
 * "the ministry said on Tuesday", "Pat Ryder, the Pentagon press secretary,
 * said" (an aside), "…, said the ministry" and "480,000, estimates the
 * Interior" (inverted), "sources told Lebanese media" (the medium of an
 * anonymous source), "Reuters reported, quoting …" (an outlet relaying).
 */
import type { Attribution } from '../../../records';
import { isCapitalized } from '../../text/tokens';
import { GENERIC_HEARERS } from '../../english/attribution-words';
import { HARM_TAKING_VERBS, PREDICATE_FILLERS, SPEECH_VERBS } from '../../english/verbs';
import type { Token } from '../../text/tokens';
import type { WordClasses } from '../words';
import { PLACE_NOUNS } from '../../english/places';
import { asideBefore, inRelativeClause, phraseAfter, phraseText, subjectBefore } from '../phrase';
import { personNamed, resolve } from '../classify';
import type { AttributionFinder } from './finder';
import { insideFrame } from './finder';

/** "said to involve", "believed to be": the verb reports no speaker. */
const PASSIVE_REPORTING = /^(?:said|reported|believed|thought|expected|estimated)$/;
const FIRST_PERSON = /^(?:we|i)$/;
/** "…, the Pentagon said on Monday, including …": punctuation after a verb (and its day) that closes what was said before it. */
const CLOSES_AFTER = /^[.,;:!?”"’)]$/;

/** How far back a relative aside may reach: "The Turkish president, who has referred to the quakes as …, said". */
const MAX_RELATIVE_ASIDE = 24;

/** ", who/which …," right before a speech verb: the aside is skipped, the subject is before it. */
function relativeAsideBefore(tokens: readonly Token[], verb: number): [number, number] | null {
  if (tokens[verb - 1]?.norm !== ',') return null;
  for (let k = verb - 2; k >= Math.max(1, verb - MAX_RELATIVE_ASIDE); k--) {
    if (tokens[k]!.norm !== ',') continue;
    return /^(?:who|which|whose|whom)$/.test(tokens[k + 1]?.norm ?? '') ? [k + 1, verb - 2] : null;
  }
  return null;
}

function harmFollows(tokens: readonly Token[], from: number, words: WordClasses): boolean {
  for (let k = from; k < Math.min(tokens.length, from + 3); k++) {
    const word = tokens[k]!.norm;
    if (words.harm(word)) return true;
    if (!PREDICATE_FILLERS.has(word)) return false;
  }
  return false;
}

/** How far after a verb its words may run before what was said would begin ("told reporters at a briefing on Tuesday"). */
const CLOSING_REACH = 8;

/**
 * True when a speech verb closes what was said before it: "…, a senior official told reporters.", "…, the
 * Pentagon said on Monday, including …". It opens what follows when "that", a figure or a quote comes first.
 */
function closesWhatWasSaid(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + CLOSING_REACH); k++) {
    const token = tokens[k]!;
    if (token.kind === 'number' || token.norm === 'that' || token.norm === ':' || token.norm === '“') return false;
    if (CLOSES_AFTER.test(token.norm)) return true;
  }
  return from + CLOSING_REACH > tokens.length;
}

/** Verbs of counting or recording: "the prefecture counted", but "the peaks recorded" names no source. */
const COUNTING_VERBS: ReadonlySet<string> = new Set([
  'recorded',
  'registered',
  'counted',
  'tallied',
  'documented',
  'estimated',
  'estimates',
  'counts',
  'records',
]);

function namesSource(tokens: readonly Token[], [first, last]: [number, number], words: WordClasses): boolean {
  for (let k = first; k <= last; k++) {
    const token = tokens[k]!;
    if (isCapitalized(token) || words.organization(token) || words.role(token) || words.pronoun(token)) return true;
  }
  return false;
}

/** The subject and its aside together: a named person wins; the other gives the organisation. */
function withAside(subject: Attribution, aside: Attribution | null): Attribution {
  if (!aside || (aside.speaker === null && aside.organization === null)) return subject;
  if (personNamed(subject)) return { ...subject, organization: subject.organization ?? aside.organization };
  if (personNamed(aside)) return { ...aside, organization: aside.organization ?? subject.organization ?? subject.speaker };
  return subject.organization === null && aside.organization !== null ? { ...subject, organization: aside.organization } : subject;
}

export const speechVerb: AttributionFinder = {
  name: 'speech-verb',
  find({ sentence, memory, words, outlet }, frames) {
    const tokens = sentence.tokens;
    for (let k = 0; k < tokens.length; k++) {
      const token = tokens[k]!;
      if (token.kind !== 'word' || !SPEECH_VERBS.has(token.norm) || isCapitalized(token) || insideFrame(frames, k)) continue;
      if (tokens[k + 1]?.norm === 'to' && PASSIVE_REPORTING.test(token.norm)) continue;
      // "60 personnel have reported minor injuries": a harm reported by those who took it is no speech
      if (HARM_TAKING_VERBS.has(token.norm) && harmFollows(tokens, k + 1, words)) continue;
      const aside = asideBefore(tokens, k) ?? relativeAsideBefore(tokens, k);
      const subject = subjectBefore(tokens, aside ? aside[0] - 1 : k, words);
      if (inRelativeClause(tokens, subject, k)) continue;
      const subjectWords = subject ? tokens.slice(subject[0], subject[1] + 1).map((t) => t.norm) : [];
      // "“We counted 30 rockets,” said Col. Joe Buccino": a first person inside a quote is the speaker named after it
      if (subjectWords.length === 1 && FIRST_PERSON.test(subjectWords[0]!)) continue;
      let value: Attribution | null = null;
      let rule = 'speech-verb';
      let first = subject?.[0] ?? k;
      let last = subject?.[1] ?? k;
      const pronoun = subjectWords.length === 1 && words.pronoun(tokens[subject![0]]);
      if (!subject || pronoun) {
        const after = phraseAfter(tokens, k + 1, words);
        // "…, said the ministry." / "480,000, estimates the Interior": the speaker closes the clause
        const closes = after !== null && (tokens[after[1] + 1] === undefined || tokens[after[1] + 1]!.kind === 'punct');
        // "…: said the general secretary of the CGT, Philippe Martinez": a name in apposition is the speaker
        const apposition =
          after !== null && tokens[after[1] + 1]?.norm === ',' && isCapitalized(tokens[after[1] + 2])
            ? phraseAfter(tokens, after[1] + 2, words)
            : null;
        const appositionCloses =
          apposition !== null && (tokens[apposition[1] + 1] === undefined || tokens[apposition[1] + 1]!.kind === 'punct');
        if (after && (closes || appositionCloses) && (isCapitalized(tokens[after[0]]) || tokens[after[0]]!.norm === 'the')) {
          value = resolve(tokens, after[0], after[1], memory, words);
          rule = 'inverted-verb';
          [first, last] = after;
          if (value && apposition && appositionCloses) {
            value = withAside(resolve(tokens, apposition[0], apposition[1], memory, words) ?? value, value);
            last = apposition[1];
          }
        }
      }
      // "A base in Erbil also reported one injury": a place reports nothing; it is where the figure is
      if (!value && subject && PLACE_NOUNS.has(tokens[subject[1]]!.norm)) continue;
      if (!value && subject && /^(?:in|at|near|from)$/.test(tokens[subject[0] - 1]?.norm ?? '') && words.place(tokens[subject[0]]!.text))
        continue;
      // "the peaks recorded on March 7": a verb of counting has a source only when a body or a person counts
      if (!value && subject && COUNTING_VERBS.has(token.norm) && !namesSource(tokens, subject, words)) continue;
      if (!value && subject) value = resolve(tokens, subject[0], subject[1], memory, words);
      if (aside && value && !/^(?:who|which|whose|whom)$/.test(tokens[aside[0]]!.norm))
        value = withAside(value, resolve(tokens, aside[0], aside[1], memory, words));
      if (!value) continue;
      // "sources told Lebanese media", "the official told Reuters": the hearer is the medium
      if (token.norm === 'told' || token.norm === 'tells') {
        const hearer = phraseAfter(tokens, k + 1, words);
        const heard = hearer ? phraseText(tokens, hearer[0], hearer[1]) : null;
        // "told Lebanese media", "told Reuters"; not "told a briefing"
        if (heard && /^\p{Lu}/u.test(heard) && !GENERIC_HEARERS.has(heard.toLowerCase()) && heard !== outlet) {
          const unnamed = value.organization === null && value.speaker !== null && !personNamed(value);
          value = words.outlet(heard) || !unnamed ? { ...value, via: heard } : { ...value, organization: heard };
        }
      }
      const ends = closesWhatWasSaid(tokens, rule === 'inverted-verb' ? last + 1 : k + 1);
      frames.push({
        at: k,
        rule,
        covers: rule === 'inverted-verb' || ends ? 'before' : 'after',
        first,
        last,
        value,
        date: null,
        dateAt: -1,
      });
      k = Math.max(k, last);
    }
  },
};
