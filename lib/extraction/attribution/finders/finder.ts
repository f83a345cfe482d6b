import type { SentenceAnalysis } from '../../context';
import type { SpeechFrame } from '../../syntax/speech-frames';
import type { Memory } from '../memory';
import type { WordClasses } from '../words';

export interface FinderContext {
  sentence: SentenceAnalysis;
  memory: Memory;
  words: WordClasses;
  outlet: string | null;
}

/** One way a sentence names a source; it adds the frames it finds. */
export interface AttributionFinder {
  name: string;
  find(context: FinderContext, frames: SpeechFrame[]): void;
}

/** True when a token sits inside an earlier frame's speaker words. */
export const insideFrame = (frames: readonly SpeechFrame[], k: number): boolean => frames.some((f) => k >= f.first && k <= f.last);
