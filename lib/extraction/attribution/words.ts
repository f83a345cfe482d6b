/**
 * What a word is to a speaker phrase: a role ("spokesman"), a word of an
 * organisation's name ("Ministry", a body the lexicon knows, an acronym),
 * a place, an article, a joiner of names. One classifier for every stage
 * of attribution, so they never disagree about a word.
 */
import type { Lexicon } from '../../lexicon/lexicon';
import type { Token } from '../text/tokens';
import { isCapitalized } from '../text/tokens';
import { ORGANIZATION_HEADS, ROLE_WORDS } from '../english/attribution-words';

export const NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'in', 'for', 'and', 'on', '&']);
export const LEADING_ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
export const PRONOUN_PEOPLE: ReadonlySet<string> = new Set(['he', 'she']);
export const PRONOUN_GROUPS: ReadonlySet<string> = new Set(['it', 'they']);

/** An acronym names a body ("CGT", "AFAD", "KH", "SNES-FSU"): two to eight capitals, hyphens allowed. */
const ACRONYM = /^\p{Lu}{2,8}(?:-\p{Lu}{2,8})?$/u;

export class WordClasses {
  constructor(private readonly lexicon: Lexicon) {}

  /** "spokesman", "minister", "Iranian": words that describe a speaker rather than name one. */
  role(token: Token | undefined): boolean {
    return token !== undefined && (ROLE_WORDS.has(token.norm) || this.lexicon.placeForDemonym(token.text) !== null);
  }

  /** "Ministry", "Pentagon", "Reuters", "CGT": a word that makes its phrase an organisation. */
  organization(token: Token | undefined): boolean {
    if (token === undefined || token.kind !== 'word') return false;
    if (ORGANIZATION_HEADS.has(token.norm) || this.lexicon.isOrganization(token.norm) || this.lexicon.isOutlet(token.norm)) return true;
    // "aid agencies", "the ministries": the plural of a body's head
    const singular = token.norm.endsWith('ies') ? `${token.norm.slice(0, -3)}y` : token.norm.replace(/s$/, '');
    if (singular !== token.norm && ORGANIZATION_HEADS.has(singular)) return true;
    return ACRONYM.test(token.text) && this.lexicon.place(token.text) === null;
  }

  /** The words as a whole name a body or an outlet the lexicon knows ("White Helmets", "Agence France-Presse"). */
  knownSource(words: string): boolean {
    return this.lexicon.isOrganization(words) || this.lexicon.isOutlet(words);
  }

  outlet(words: string): boolean {
    return this.lexicon.isOutlet(words);
  }

  place(text: string): boolean {
    return this.lexicon.place(text) !== null;
  }

  article(token: Token | undefined): boolean {
    return token !== undefined && LEADING_ARTICLES.has(token.norm);
  }

  joiner(token: Token | undefined): boolean {
    return token !== undefined && NAME_JOINERS.has(token.norm);
  }

  pronoun(token: Token | undefined): boolean {
    return token !== undefined && (PRONOUN_PEOPLE.has(token.norm) || PRONOUN_GROUPS.has(token.norm));
  }

  /** "injuries", "wounds": a word naming a harm people take. */
  harm(word: string): boolean {
    const match = this.lexicon.measureForTerm(word);
    return match !== null && this.lexicon.countsPersons(match.measure) && this.lexicon.populationForTerm(word) === null;
  }

  /** A word that may be part of a speaker phrase at all. */
  speakerWord(token: Token | undefined): boolean {
    return isCapitalized(token) || this.role(token) || this.organization(token) || this.article(token) || this.pronoun(token);
  }
}
