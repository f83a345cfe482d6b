/**
 * The lexicon with its lookups remembered. Every lookup normalises its words
 * first (lib/lexicon/normalize.ts), and the stages ask the same words over
 * and over (every locative, every noun after a number). The stages get a
 * view of the lexicon whose word lookups answer from a cache; every
 * other method is the lexicon's own. Caches are bounded: past the bound they
 * start again, so memory stays flat on any input.
 */
import type { Lexicon } from '../lexicon/lexicon';

const MAX_ENTRIES = 50_000;

function remembered<T>(lookup: (words: string) => T): (words: string) => T {
  let cache = new Map<string, T>();
  return (words: string): T => {
    if (cache.has(words)) return cache.get(words) as T;
    const value = lookup(words);
    if (cache.size >= MAX_ENTRIES) cache = new Map();
    cache.set(words, value);
    return value;
  };
}

/** Place lookups depend on the countries a document names too: remembered by both. */
function rememberedLookup(lexicon: Lexicon): Lexicon['lookupPlace'] {
  const lookup = remembered((key: string) => {
    const bar = key.indexOf('|');
    const countries = key.slice(0, bar);
    return lexicon.lookupPlace(key.slice(bar + 1), { countries: countries === '' ? [] : countries.split('\t') });
  });
  return (words, options = {}) =>
    options.commonWords ? lexicon.lookupPlace(words, options) : lookup(`${(options.countries ?? []).join('\t')}|${words}`);
}

const views = new WeakMap<Lexicon, Lexicon>();

export function cachedLexicon(lexicon: Lexicon): Lexicon {
  let view = views.get(lexicon);
  if (!view) {
    const made = Object.create(lexicon) as Lexicon;
    Object.defineProperties(made, {
      measureForTerm: { value: remembered((words: string) => lexicon.measureForTerm(words)) },
      measureForVerb: { value: remembered((words: string) => lexicon.measureForVerb(words)) },
      place: { value: remembered((words: string) => lexicon.place(words)) },
      placeForDemonym: { value: remembered((words: string) => lexicon.placeForDemonym(words)) },
      fuzzyTerm: { value: remembered((words: string) => lexicon.fuzzyTerm(words)) },
      populationForTerm: { value: remembered((words: string) => lexicon.populationForTerm(words)) },
      lookupPlace: { value: rememberedLookup(lexicon) },
    });
    views.set(lexicon, made);
    view = made;
  }
  return view;
}
