// Types of corpus.cjs, for the tests that import it (test/eval).
export interface Occurrence {
  start: number;
  end: number;
}

/** An annotated claim; an attribute the annotation does not state is `undefined`, and not scored. */
export interface GoldClaim {
  id: string;
  file: string;
  quote: string;
  /** Every place the quote sits in its article. */
  occurrences: Occurrence[];
  number: number;
  /** The project's qualifiers that read the annotated hedge right. */
  qualifiers: readonly string[] | undefined;
  measure: string | undefined;
  locations: readonly string[] | undefined;
  period: { start: string | null; end: string | null } | null | undefined;
  asOf: string | null | undefined;
  speaker: string | null | undefined;
}

export type Pair = [string, string];

export interface Unusable {
  what: string;
  reason: string;
}

export interface Gold {
  claims: GoldClaim[];
  conflicts: Pair[];
  lookAlikes: Pair[];
  progressions: Pair[];
  unusable: Unusable[];
}

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface Article {
  name: string;
  path: string;
  text: string;
  encoding: Encoding;
}

export interface Story {
  name: string;
  folder: string;
  articles: Article[];
  gold: Gold;
}

export class EvalInputError extends Error {}
export function findStories(folder: string): string[];
export function readStory(folder: string): Story;
export function decodeArticle(bytes: Uint8Array): { text: string; encoding: Encoding };
export function parseGold(gold: unknown, texts: ReadonlyMap<string, string>): Gold;
