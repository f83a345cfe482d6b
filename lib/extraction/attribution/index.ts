/**
 * Stage: who each figure is attributed to inside the text, kept apart from
 * the outlet that published it, and on which day the source spoke. The
 * finders read a sentence's speech frames in order; each figure then takes
 * the frame whose words cover it, else the sentence's nearest frame. A
 * sentence with no frame passes its figures on to a frame in the next
 * sentence that says it "reported this", else to the last frame of its
 * paragraph (or, for a headline, of the lead); the evidence says which.
 */
import type { Attribution } from '../../records';
import type { AttributionReading, ExtractionContext, Quantity, SentenceAnalysis } from '../context';
import type { SpeechFrame } from '../syntax/speech-frames';
import { ANONYMITY_MARKERS, REPORTING_MARKERS } from '../english/attribution-words';
import { inherited, stated, wordsAt } from '../evidence';
import { withAnonymity } from './classify';
import { describe, newMemory, remember } from './memory';
import { phraseText } from './phrase';
import { WordClasses } from './words';
import type { AttributionFinder } from './finders/finder';
import { citedSource } from './finders/cited-source';
import { accordingTo } from './finders/according-to';
import { speechVerb } from './finders/speech-verb';
import { forSource, gappedSource } from './finders/gapped-source';
import { dateFrames } from './frame-dates';
import { givenBy } from './finders/given-by';

/**
 * In order: a cited source names the body behind an outlet's report before
 * the outlet's own verb is read; "according to" before speech verbs (its
 * phrase may hold one: "according to a statement released"); gapped and
 * "for" sources last, as they only add to frames already found.
 */
export const ATTRIBUTION_FINDERS: readonly AttributionFinder[] = [citedSource, accordingTo, givenBy, speechVerb, gappedSource, forSource];

/** "The agency reported this …": the sentence before says what was reported. */
const PASSES_ON = /\b(?:reported|said|confirmed|announced|stated)\s+(?:this|it|so)\b/i;

function framesOf(
  context: ExtractionContext,
  sentence: SentenceAnalysis,
  words: WordClasses,
  memory: ReturnType<typeof newMemory>,
): SpeechFrame[] {
  const frames: SpeechFrame[] = [];
  const finderContext = { sentence, memory, words, outlet: context.document.source.name };
  for (const finder of ATTRIBUTION_FINDERS) finder.find(finderContext, frames);
  frames.sort((a, b) => a.at - b.at);
  dateFrames(sentence, frames);
  const raw = context.text.slice(sentence.start, sentence.end);
  const saysAnonymous = ANONYMITY_MARKERS.test(raw);
  // an outlet that relays another source is "via", not the source: "Reuters reported, quoting a US official";
  // so is the reporter of a cited source: "The agency reported this, with reference to a source in the Pentagon"
  const cited = frames.some((f) => f.rule === 'cited-source');
  const relays = (f: SpeechFrame): boolean => isOutletFrame(f, words) || (cited && f.rule !== 'cited-source');
  const outlets = frames.filter(relays);
  const sources = frames.filter((f) => !relays(f));
  const via = outlets[0]?.value.organization ?? outlets[0]?.value.speaker ?? null;
  const kept = sources.length > 0 ? sources : frames;
  for (const frame of kept) {
    let value = withAnonymity(frame.value, saysAnonymous);
    if (via !== null && sources.length > 0 && !value.via) value = { ...value, via };
    frame.value = value;
  }
  for (const frame of kept) {
    remember(memory, frame.value);
    describe(memory, phraseText(sentence.tokens, frame.first, frame.last), frame.value);
  }
  return kept;
}

function isOutletFrame(frame: SpeechFrame, words: WordClasses): boolean {
  const name = frame.value.organization ?? frame.value.speaker;
  return frame.value.speaker === null && name !== null && words.outlet(name);
}

/** The brackets around each token: a frame inside "( … )" covers only the figures inside them. */
function bracketDepths(sentence: SentenceAnalysis): Int32Array {
  const ids = new Int32Array(sentence.tokens.length);
  let open = -1;
  sentence.tokens.forEach((token, k) => {
    if (token.norm === '(') open = k;
    ids[k] = open;
    if (token.norm === ')') open = -1;
  });
  return ids;
}

/** The frame that covers a figure: after a frame that opens what follows, before one that closes what precedes. */
function frameFor(frames: readonly SpeechFrame[], quantity: Quantity, brackets: Int32Array): SpeechFrame | null {
  let best: SpeechFrame | null = null;
  let bestDistance = Infinity;
  for (let i = 0; i < frames.length; i++) {
    const frame = frames[i]!;
    // "(3.5 million, according to one of the unions)": a bracketed source speaks for what its brackets hold
    if (brackets[frame.at]! >= 0 && brackets[frame.at] !== brackets[quantity.first]) continue;
    const after = frame.covers === 'after' && frame.at < quantity.first;
    const before = frame.covers === 'before' && frame.at > quantity.last;
    if (!after && !before) continue;
    // another frame between the two takes over
    const between = frames.some(
      (other, j) =>
        j !== i &&
        (after
          ? other.at > frame.at && other.at < quantity.first && other.covers === 'after'
          : other.at < frame.at && other.at > quantity.last && other.covers === 'before'),
    );
    if (between) continue;
    const distance = after ? quantity.first - frame.at : frame.at - quantity.last;
    if (distance < bestDistance) {
      best = frame;
      bestDistance = distance;
    }
  }
  if (best) return best;
  // no frame covers it: the nearest frame of the sentence, but not one that opens what comes after the figure
  for (const frame of frames) {
    if (frame.covers === 'after' && frame.at > quantity.last) continue;
    const distance = Math.min(Math.abs(frame.at - quantity.first), Math.abs(frame.at - quantity.last));
    if (distance < bestDistance) {
      best = frame;
      bestDistance = distance;
    }
  }
  return best;
}

function readingOf(
  context: ExtractionContext,
  sentence: SentenceAnalysis,
  frame: SpeechFrame,
  inheritedBy: string | null,
): AttributionReading {
  const tokens = sentence.tokens;
  const from = wordsAt(context.text, tokens[frame.first]!.start, tokens[frame.last]!.end);
  return {
    value: frame.value,
    evidence: inheritedBy === null ? stated(frame.rule, from) : inherited(inheritedBy, from),
    // the frame itself, so that a day found for it later ("a day earlier") still reaches the figure
    frame,
    said: null,
  };
}

/**
 * "… at least 60 personnel have reported minor injuries. Most were brain injuries, according to the
 * Pentagon.": a source named at the end of the next sentence of a paragraph closes what the paragraph said.
 */
function closingSource(
  context: ExtractionContext,
  sentence: SentenceAnalysis,
  next: SentenceAnalysis | undefined,
  quantity: Quantity,
): SpeechFrame | null {
  if (!next || next.paragraph !== sentence.paragraph || sentence.headline) return null;
  const last = next.speech[next.speech.length - 1];
  if (!last || last.covers !== 'before' || last.rule !== 'according-to') return null;
  const families = familiesOf(context, next);
  const family = context.options.lexicon.family(quantity.measure?.measure ?? null);
  return families.size === 0 || (family !== null && families.has(family)) ? last : null;
}

/** "Singh said on November 9 … In addition, he added that …": a speaker who goes on in the paragraph goes on on the same day. */
function keepSpeakersDays(sentences: readonly SentenceAnalysis[]): void {
  const days = new Map<string, { date: string; paragraph: number }>();
  for (const sentence of sentences) {
    for (const frame of sentence.speech) {
      const key = `${frame.value.speaker ?? ''}|${frame.value.organization ?? ''}`;
      const earlier = days.get(key);
      if (frame.date === null && earlier && earlier.paragraph === sentence.paragraph) frame.date = earlier.date;
      if (frame.date !== null) days.set(key, { date: frame.date, paragraph: sentence.paragraph });
    }
  }
}

/** The measure families a sentence's figures count: what its source spoke about. */
function familiesOf(context: ExtractionContext, sentence: SentenceAnalysis): Set<string> {
  const lexicon = context.options.lexicon;
  const families = new Set<string>();
  for (const q of sentence.quantities) {
    const family = q.dropped === null ? lexicon.family(q.measure?.measure ?? null) : null;
    if (family !== null) families.add(family);
  }
  return families;
}

interface Carried {
  sentence: SentenceAnalysis;
  frame: SpeechFrame;
  families: Set<string>;
}

/**
 * The source a figure with no frame of its own goes on hearing: the last frame that spoke of the same
 * kind of figure (a source who gave injury counts goes on giving them; it did not state the troop levels
 * the article adds), or that gave no figure at all and opened the sentence just before.
 */
function carriedFor(
  context: ExtractionContext,
  carried: readonly Carried[],
  sentence: SentenceAnalysis,
  quantity: Quantity,
): Carried | null {
  const family = context.options.lexicon.family(quantity.measure?.measure ?? null);
  for (let i = carried.length - 1; i >= 0; i--) {
    const c = carried[i]!;
    // the sentence just before, in the same paragraph: a bare figure goes on with it ("As of today, all 59 have returned")
    const justBefore = c.sentence.index === sentence.index - 1 && c.sentence.paragraph === sentence.paragraph;
    if (justBefore && family === null) return c;
    if (family !== null && c.families.has(family)) return c;
  }
  return null;
}

export function readAttribution(context: ExtractionContext): void {
  const sentences = context.sentences;
  const words = new WordClasses(context.options.lexicon);
  const memory = newMemory(sentences, words);
  const frames = sentences.map((sentence) => (sentence.speech = framesOf(context, sentence, words, memory)));
  keepSpeakersDays(sentences);
  // the first frame of the lead, for headlines
  const firstBody = sentences.findIndex((s) => !s.headline);
  const leadFrame =
    firstBody < 0
      ? null
      : (sentences.slice(firstBody).find((s) => s.paragraph === sentences[firstBody]!.paragraph && s.speech.length > 0) ?? null);
  const carried: Carried[] = [];
  sentences.forEach((sentence, i) => {
    const own = frames[i]!;
    const brackets = bracketDepths(sentence);
    const next = sentences[i + 1];
    let passed: AttributionReading | null = null;
    if (own.length === 0 && next && frames[i + 1]!.length > 0 && PASSES_ON.test(context.text.slice(next.start, next.end)))
      passed = readingOf(context, next, frames[i + 1]![0]!, 'next-sentence');
    else if (own.length === 0 && sentence.headline && leadFrame) passed = readingOf(context, leadFrame, leadFrame.speech[0]!, 'lead-frame');
    sentence.attribution = own.length > 0 ? readingOf(context, sentence, own[0]!, null) : passed;
    for (const quantity of sentence.quantities) {
      const frame = frameFor(own, quantity, brackets);
      if (frame) quantity.attribution = readingOf(context, sentence, frame, null);
      else if (passed) quantity.attribution = passed;
      else if (closingSource(context, sentence, next, quantity))
        quantity.attribution = readingOf(context, next!, closingSource(context, sentence, next, quantity)!, 'closing-source');
      else if (!sentence.headline) {
        const source = carriedFor(context, carried, sentence, quantity);
        if (source) {
          // a source goes on speaking until the text names another, most surely within its paragraph
          const rule =
            source.sentence.paragraph !== sentence.paragraph
              ? 'earlier-paragraph-frame'
              : REPORTING_MARKERS.test(context.text.slice(sentence.start, sentence.end))
                ? 'reported-speech'
                : 'paragraph-frame';
          quantity.attribution = readingOf(context, source.sentence, source.frame, rule);
        } else quantity.attribution = null;
      } else quantity.attribution = null;
    }
    // "The figures were given by the minister": the figures of the sentence before, if it named no source of its own
    const givenBack = own.find((f) => f.rule === 'figures-given-by');
    const previous = sentences[i - 1];
    if (givenBack && previous && sentence.quantities.every((q) => q.dropped !== null)) {
      for (const quantity of previous.quantities) {
        if (quantity.attribution === null || quantity.attribution.evidence.basis !== 'stated')
          quantity.attribution = readingOf(context, sentence, givenBack, 'figures-given-by');
      }
      carried.push({ sentence: previous, frame: givenBack, families: familiesOf(context, previous) });
    }
    if (own.length > 0 && !sentence.headline)
      carried.push({ sentence, frame: own[own.length - 1]!, families: familiesOf(context, sentence) });
  });
}

export type { Attribution };
