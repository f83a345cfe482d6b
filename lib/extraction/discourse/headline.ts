/**
 * Headlines: the lines at the top of an article that are titles, not
 * sentences ("US Forces Attacked 23 Times Since October 17", "457 arrested,
 * 441 security forces injured in France unrest"). They are claims too, and
 * they take their context (speaker, day, places) from the lead below them.
 */
import type { Sentence } from '../sentences';

/** A title is short. */
const MAX_HEADLINE_WORDS = 24;
/** Only the first lines of an article are titles (a headline, a subhead, a dateline). */
const MAX_HEADLINE_LINES = 4;

/** True for each sentence that is a headline line. */
export function headlines(text: string, sentences: readonly Sentence[]): boolean[] {
  const marks = sentences.map(() => false);
  const paragraphs = new Set<number>();
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i]!;
    const words = text
      .slice(sentence.start, sentence.end)
      .split(/\s+/)
      .filter((w) => /\p{L}|\p{N}/u.test(w));
    const last = text[sentence.end - 1] ?? '';
    const alone = sentences[i + 1] === undefined || sentences[i + 1]!.paragraph !== sentence.paragraph;
    const title = alone && words.length <= MAX_HEADLINE_WORDS && !/[.!?…:;]/.test(last);
    if (!title) break;
    paragraphs.add(sentence.paragraph);
    if (paragraphs.size > MAX_HEADLINE_LINES) break;
    marks[i] = true;
  }
  return marks;
}
