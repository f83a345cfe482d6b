/**
 * What attribution remembers across a document: the full names behind
 * surnames ("Ryder said" is Pat Ryder), the last person and the last body
 * that spoke ("he added", "it said"), and everyone quoted so far ("the
 * official").
 */
import type { Attribution } from '../../records';
import type { SentenceAnalysis } from '../context';
import type { Token } from '../text/tokens';
import { isCapitalized } from '../text/tokens';
import type { WordClasses } from './words';

/** A person's name is two or three capitalised words. */
const MAX_NAME_WORDS = 3;

export interface Memory {
  /** Surname to full name, from every "First Last" of the document. */
  names: Map<string, string>;
  /** Acronym to the name it stands for: "U.S. Central Command (CENTCOM)" makes CENTCOM that command. */
  acronyms: Map<string, string>;
  lastPerson: Attribution | null;
  lastGroup: Attribution | null;
  speakers: Attribution[];
  /** The words each speaker was named with ("Turkish President Recep Tayyip Erdogan"), lower case, for "the Turkish president". */
  descriptions: Array<{ words: string; attribution: Attribution }>;
}

/** Person names of a document: two or three capitalised words that are no role, place or organisation. */
function nameIndex(sentences: readonly SentenceAnalysis[], words: WordClasses): Map<string, string> {
  const names = new Map<string, string>();
  const isNameWord = (t: Token | undefined): boolean =>
    t !== undefined && isCapitalized(t) && /\p{Ll}/u.test(t.text) && !words.role(t) && !words.organization(t) && !words.place(t.text);
  for (const sentence of sentences) {
    if (sentence.headline) continue;
    const tokens = sentence.tokens;
    // each token judged once: a capitalised word that may be part of a name
    const nameLike = tokens.map((t) => isNameWord(t));
    for (let k = 0; k < tokens.length; k++) {
      if (!nameLike[k] || nameLike[k - 1]) continue;
      let end = k;
      while (end + 1 < tokens.length && end - k < MAX_NAME_WORDS - 1 && nameLike[end + 1]) end++;
      if (end === k || k === 0) continue;
      const full = tokens
        .slice(k, end + 1)
        .map((t) => t.text)
        .join(' ');
      const surname = tokens[end]!.norm;
      if (!names.has(surname)) names.set(surname, full);
    }
  }
  return names;
}

/** A parenthesised acronym after a capitalised name: "Disaster and Emergency Management Authority (AFAD)". */
const ACRONYM = /^\p{Lu}{2,8}$/u;
/** How many words a name before its acronym may have. */
const MAX_NAME_FOR_ACRONYM = 8;

function acronymIndex(sentences: readonly SentenceAnalysis[], words: WordClasses): Map<string, string> {
  const acronyms = new Map<string, string>();
  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    for (let k = 1; k + 2 < tokens.length; k++) {
      if (tokens[k]!.norm !== '(' || !ACRONYM.test(tokens[k + 1]!.text) || tokens[k + 2]!.norm !== ')') continue;
      let first = k;
      while (
        first > 0 &&
        k - first < MAX_NAME_FOR_ACRONYM &&
        (isCapitalized(tokens[first - 1]) || (words.joiner(tokens[first - 1]) && isCapitalized(tokens[first - 2])))
      )
        first--;
      if (first === k) continue;
      const name = tokens
        .slice(first, k)
        .map((t) => t.text)
        .join(' ');
      if (!acronyms.has(tokens[k + 1]!.norm)) acronyms.set(tokens[k + 1]!.norm, name);
    }
  }
  return acronyms;
}

export function newMemory(sentences: readonly SentenceAnalysis[], words: WordClasses): Memory {
  return {
    names: nameIndex(sentences, words),
    acronyms: acronymIndex(sentences, words),
    lastPerson: null,
    lastGroup: null,
    speakers: [],
    descriptions: [],
  };
}

export function describe(memory: Memory, phrase: string, attribution: Attribution | null): void {
  if (attribution) memory.descriptions.push({ words: phrase.toLowerCase(), attribution });
}

export function remember(memory: Memory, attribution: Attribution | null): void {
  if (!attribution) return;
  memory.speakers.push(attribution);
  if (attribution.speaker && /\p{Lu}/u.test(attribution.speaker[0] ?? '') && !/^(?:A|An|The)\s/.test(attribution.speaker))
    memory.lastPerson = attribution;
  else if (attribution.organization) memory.lastGroup = attribution;
  if (attribution.speaker === null && attribution.organization) memory.lastGroup = attribution;
}
