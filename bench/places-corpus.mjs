// `npm run bench:places [CORPUS]`: how well place names resolve to countries
// on annotated real articles (the corpus format of ../shared/corpus: story
// folders of NN_*.txt with a gold.json). It reads the articles only to
// measure; nothing of them enters the project.
//
// For every annotated claim with a location, the sentence around its quote
// is searched for place names: runs of one to four capitalised words (with
// "al-", "ez-", "de", "of"… inside), longest first, either right after a
// locative word ("in", "at", "near", "from"…) or anywhere. Each name is
// resolved three ways, and the countries found are set against the claim's
// annotated `location`:
//   lexicon only    Lexicon.place(): the lexicon's own places and ISO countries (before the gazetteer);
//   gazetteer       Lexicon.lookupPlace(): lexicon, countries, then GeoNames cities and provinces;
//   + context       lookupPlace() preferring the countries the lexicon finds anywhere in the article.
// precision = countries found that the claim's location has / countries found;
// recall = annotated countries found / annotated countries. A sentence may
// name a country the claim is not in ("since Israel's war in Gaza"), so
// precision is a lower bound of what an extractor attaching places to
// figures would get. Then every capitalised name of each article, against
// the countries of all its claims; DEBUG_PLACES=1 lists the gazetteer names
// after a locative whose country no claim of their article is in.
// Uses the built package (dist/): `npm run bench` builds first.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('../', import.meta.url));
const corpus = process.argv[2] ?? join(root, '..', 'shared', 'corpus');
const dist = new URL('../dist/index.js', import.meta.url);

if (!existsSync(corpus)) {
  console.log(`bench:places: no annotated corpus at ${corpus}; skipped (give a folder of story folders with gold.json).`);
  process.exit(0);
}
if (!existsSync(dist)) {
  console.log('bench:places: dist/ is missing; run `npm run build` first (npm run bench builds).');
  process.exit(1);
}
const { getDefaultLexicon } = await import(dist.href);
const lexicon = getDefaultLexicon();

const LOCATIVES = new Set([
  'in',
  'at',
  'near',
  'across',
  'outside',
  'inside',
  'around',
  'throughout',
  'from',
  'to',
  'into',
  'off',
  'of',
  'on',
]);
const INNER = new Set(['al', 'el', 'ez', 'es', 'as', 'ad', 'ar', 'de', 'del', 'la', 'le', 'du', 'des', 'of', 'the', 'and']);
const MAX_WORDS = 4;

function words(sentence) {
  const found = [];
  for (const match of sentence.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’‘-]*/gu)) found.push({ text: match[0], index: match.index });
  return found;
}

const capitalised = (word) => /^\p{Lu}/u.test(word);
const isInner = (word) => INNER.has(word.toLowerCase().replace(/-$/, '')) || /^(?:al|el|ez|as|ad|ar)-/i.test(word);

/** The place names of a sentence, longest first from each start, as [name, resolution]. */
function placeNames(sentence, resolve, afterLocativeOnly) {
  const tokens = words(sentence);
  const found = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!capitalised(tokens[i].text)) continue;
    if (afterLocativeOnly) {
      const before = tokens[i - 1]?.text.toLowerCase();
      const beforeThe = tokens[i - 2]?.text.toLowerCase();
      if (!(LOCATIVES.has(before) || (before === 'the' && LOCATIVES.has(beforeThe)))) continue;
    }
    for (let n = Math.min(MAX_WORDS, tokens.length - i); n >= 1; n--) {
      const span = tokens.slice(i, i + n);
      const last = span[span.length - 1].text;
      if (!capitalised(last) && !/^\p{Lu}/u.test(last.split('-').pop() ?? '')) continue;
      if (span.slice(1, -1).some((t) => !capitalised(t.text) && !isInner(t.text))) continue;
      const name = sentence
        .slice(span[0].index, span[span.length - 1].index + last.length)
        .replace(/['’]s$/, '')
        .replace(/\s+/g, ' ');
      const resolution = resolve(name);
      if (resolution) {
        found.push([name, resolution]);
        i += n - 1;
        break;
      }
    }
  }
  return found;
}

function sentenceAround(text, start, end) {
  let from = start;
  while (from > 0 && !/[.!?\n]/.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && !/[.!?\n]/.test(text[to])) to++;
  return text.slice(from, to + 1);
}

function articleCountries(text) {
  const countries = new Set();
  for (const [, resolution] of placeNames(text, (name) => lexicon.place(name), false)) countries.add(resolution.country);
  return [...countries];
}

const METHODS = {
  'lexicon only': () => (name) => lexicon.place(name),
  gazetteer: () => (name) => lexicon.lookupPlace(name),
  '+ context': (countries) => (name) => lexicon.lookupPlace(name, { countries }),
};

const stories = readdirSync(corpus)
  .filter((name) => statSync(join(corpus, name)).isDirectory() && existsSync(join(corpus, name, 'gold.json')))
  .sort();
const totals = {};
const resolvedNames = { 'lexicon only': new Map(), gazetteer: new Map(), '+ context': new Map() };
const misses = new Map();
for (const story of stories) {
  const gold = JSON.parse(readFileSync(join(corpus, story, 'gold.json'), 'utf8'));
  const texts = new Map();
  for (const claim of gold.claims) {
    if (!Array.isArray(claim.location) || claim.location.length === 0) continue;
    if (!texts.has(claim.file)) {
      const text = readFileSync(join(corpus, story, claim.file), 'utf8').replace(/^[^\n]*\n/, '');
      texts.set(claim.file, { text, countries: articleCountries(text) });
    }
    const { text, countries } = texts.get(claim.file);
    const at = text.indexOf(claim.quote);
    if (at < 0) continue;
    const sentence = sentenceAround(text, at, at + claim.quote.length);
    const wanted = new Set(claim.location);
    for (const [method, make] of Object.entries(METHODS)) {
      for (const scope of ['after a locative', 'any capitalised name']) {
        const key = `${story}\t${method}\t${scope}`;
        const tally = (totals[key] ??= { found: 0, right: 0, wanted: 0, hit: 0, claims: 0 });
        const names = placeNames(sentence, make(countries), scope === 'after a locative');
        const got = new Set(names.map(([, r]) => r.country).filter((c) => c !== null));
        tally.claims++;
        tally.found += got.size;
        tally.right += [...got].filter((c) => wanted.has(c)).length;
        tally.wanted += wanted.size;
        tally.hit += [...wanted].filter((c) => got.has(c)).length;
        if (scope === 'after a locative') {
          for (const [name, r] of names) resolvedNames[method].set(name, r);
          if (method === 'gazetteer') for (const [name, r] of names) if (r.country !== null && !wanted.has(r.country)) misses.set(name, r);
        }
      }
    }
  }
}

// Article level: every capitalised name of every annotated article, against the countries of all its claims.
const articles = { found: 0, right: 0, wanted: 0, hit: 0 };
const articleMethods = { 'lexicon only': { ...articles }, gazetteer: { ...articles }, '+ context': { ...articles } };
const strays = new Map();
/** Gazetteer names after a locative, per article: is their country one of the article's claims'? */
const afterLocative = new Map();
for (const story of stories) {
  const gold = JSON.parse(readFileSync(join(corpus, story, 'gold.json'), 'utf8'));
  const wantedByFile = new Map();
  for (const claim of gold.claims) {
    if (!Array.isArray(claim.location)) continue;
    const wanted = wantedByFile.get(claim.file) ?? new Set();
    for (const country of claim.location) wanted.add(country);
    wantedByFile.set(claim.file, wanted);
  }
  for (const [file, wanted] of [...wantedByFile].sort()) {
    if (wanted.size === 0) continue;
    const text = readFileSync(join(corpus, story, file), 'utf8').replace(/^[^\n]*\n/, '');
    const countries = articleCountries(text);
    for (const [method, make] of Object.entries(METHODS)) {
      const names = placeNames(text, make(countries), false);
      const got = new Set(names.map(([, r]) => r.country).filter((c) => c !== null));
      const tally = articleMethods[method];
      tally.found += got.size;
      tally.right += [...got].filter((c) => wanted.has(c)).length;
      tally.wanted += wanted.size;
      tally.hit += [...wanted].filter((c) => got.has(c)).length;
      if (method === '+ context')
        for (const [name, r] of names) if (r.source === 'gazetteer' && r.country !== null && !wanted.has(r.country)) strays.set(name, r);
      if (method === 'gazetteer') {
        for (const [name, r] of placeNames(text, make(countries), true)) {
          if (r.source !== 'gazetteer' || r.country === null) continue;
          const key = `${file}\t${name}`;
          afterLocative.set(key, wanted.has(r.country));
          if (process.env.DEBUG_PLACES && !wanted.has(r.country)) console.log(`  stray after a locative: ${name} → ${r.country} (${file})`);
        }
      }
    }
  }
}

const pct = (a, b) => (b === 0 ? '   -  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);
console.log("place names in annotated claims' sentences, resolved to countries against gold location");
console.log(`${'story'.padEnd(30)} ${'method'.padEnd(13)} ${'names'.padEnd(21)} claims  precision  recall`);
const sum = {};
for (const [key, t] of Object.entries(totals)) {
  const [story, method, scope] = key.split('\t');
  console.log(
    `${story.padEnd(30)} ${method.padEnd(13)} ${scope.padEnd(21)} ${String(t.claims).padStart(6)}  ${pct(t.right, t.found)}    ${pct(t.hit, t.wanted)}`,
  );
  const all = (sum[`${method}\t${scope}`] ??= { found: 0, right: 0, wanted: 0, hit: 0, claims: 0 });
  for (const field of Object.keys(all)) all[field] += t[field];
}
for (const [key, t] of Object.entries(sum)) {
  const [method, scope] = key.split('\t');
  console.log(
    `${'ALL'.padEnd(30)} ${method.padEnd(13)} ${scope.padEnd(21)} ${String(t.claims).padStart(6)}  ${pct(t.right, t.found)}    ${pct(t.hit, t.wanted)}`,
  );
}
for (const [method, names] of Object.entries(resolvedNames)) {
  const bySource = {};
  for (const r of names.values()) bySource[r.source ?? 'lexicon'] = (bySource[r.source ?? 'lexicon'] ?? 0) + 1;
  console.log(
    `${method}: ${names.size} distinct names resolved after a locative (${Object.entries(bySource)
      .map(([s, n]) => `${n} ${s}`)
      .join(', ')})`,
  );
}
const list = (entries) => entries.map(([name, r]) => `${name} → ${r.country ?? `(${r.kind})`}`).join('; ');
console.log(`resolved by the gazetteer only: ${list([...resolvedNames.gazetteer].filter(([, r]) => r.source === 'gazetteer').sort())}`);
console.log(`resolved outside the claim's location: ${list([...misses].sort())}`);
console.log('\nevery capitalised name of an article, its countries against those of all its annotated claims');
for (const [method, t] of Object.entries(articleMethods)) {
  console.log(
    `${method.padEnd(13)} countries found ${String(t.found).padStart(4)}  precision ${pct(t.right, t.found)}  recall ${pct(t.hit, t.wanted)}`,
  );
}
console.log(`gazetteer names (with context) in a country no claim of their article is in: ${list([...strays].sort())}`);
const right = [...afterLocative.values()].filter(Boolean).length;
console.log(
  `gazetteer names after a locative (per article): ${afterLocative.size}, in a country of their article's claims: ${right} (${pct(right, afterLocative.size).trim()})`,
);
