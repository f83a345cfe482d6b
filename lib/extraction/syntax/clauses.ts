/**
 * Stage: clause boundaries, read once per sentence for every stage that
 * must not reach across them (places, periods, lists, measures). A clause
 * starts after ";" or ":", and after a comma and a conjunction that opens
 * a clause with a subject of its own ("…, and Gaza health authorities
 * say"), but not one that goes on with the same subject ("…, and were
 * carried out by two F-16s"). It ends before ";", ":", or a word that opens
 * a contrasting or relative clause ("while", "which", "who", "where").
 */
import type { ExtractionContext } from '../context';
import type { Token } from '../text/tokens';
import { AUXILIARIES } from '../english/function-words';
import { SPEECH_VERBS } from '../english/verbs';

const CLAUSE_BREAKS: ReadonlySet<string> = new Set([';', ':', 'while', 'whereas', 'although', 'though', 'but', 'which', 'who', 'where']);
const CLAUSE_CONJUNCTIONS = /^(?:and|but|while|whereas)$/;
/** "since they began", "after it struck": these open a clause when a subject follows them (not a date: "since Oct. 17"). */
const SUBORDINATORS = /^(?:since|after|before|when|because|until|as)$/;
const SUBJECT_STARTS = /^(?:they|it|he|she|we|i|you|the|a|an|this|these|those|its|their|his|her)$/;

/** True when a token ends the clause before it. */
function breaksClause(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]!;
  if (CLAUSE_BREAKS.has(token.norm)) return true;
  const next = tokens[k + 1];
  if (SUBORDINATORS.test(token.norm)) return next !== undefined && next.kind === 'word' && SUBJECT_STARTS.test(next.norm);
  // "the earthquakes that hit …": a relative "that" after a noun; "said that …" opens what was said, not a new clause
  if (token.norm === 'that') {
    const previous = tokens[k - 1];
    return (
      previous !== undefined &&
      previous.kind === 'word' &&
      !SPEECH_VERBS.has(previous.norm) &&
      !AUXILIARIES.has(previous.norm) &&
      !/^(?:so|such|now|given|than|and|but|or|that)$/.test(previous.norm) &&
      !/ed$/.test(previous.norm)
    );
  }
  return false;
}

export interface Clauses {
  /** For each token, the first token of its clause. */
  starts: Int32Array;
  /** For each token, the token that ends its clause (exclusive). */
  ends: Int32Array;
}

export function readClauseBoundaries(tokens: readonly Token[]): Clauses {
  const starts = new Int32Array(tokens.length + 1);
  let start = 0;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.norm === ';' || token.norm === ':') start = k + 1;
    else if (token.norm === ',' && CLAUSE_CONJUNCTIONS.test(tokens[k + 1]?.norm ?? '')) {
      const next = tokens[k + 2];
      const sameSubject = next !== undefined && next.kind === 'word' && (AUXILIARIES.has(next.norm) || /^[a-z]+ed$/.test(next.norm));
      if (!sameSubject) start = k + 2;
    }
    starts[k] = start;
  }
  starts[tokens.length] = start;
  const ends = new Int32Array(tokens.length + 1);
  ends[tokens.length] = tokens.length;
  for (let k = tokens.length - 1; k >= 0; k--) ends[k] = breaksClause(tokens, k) ? k : ends[k + 1]!;
  return { starts, ends };
}

export function readClauses(context: ExtractionContext): void {
  for (const sentence of context.sentences) sentence.clauses = readClauseBoundaries(sentence.tokens);
}
