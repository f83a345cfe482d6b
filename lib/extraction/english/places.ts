/** Words around place names, lower case: English, not any beat's. */

/** Words that put what follows in a place: "in", "near", "across", "north of". */
export const LOCATIVE_WORDS: ReadonlySet<string> = new Set([
  'in',
  'inside',
  'across',
  'throughout',
  'near',
  'within',
  'into',
  'at',
  'outside',
  'around',
  'over',
  'off',
  'on',
  'against',
  'toward',
  'towards',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'north',
  'south',
  'east',
  'west',
]);

/** Words skipped between a locative and its place: "in the neighbouring", "in both". */
export const PLACE_SKIPPABLE_WORDS: ReadonlySet<string> = new Set([
  'the',
  'both',
  'neighboring',
  'neighbouring',
  'nearby',
  'occupied',
  'autonomous',
  'semi-autonomous',
  'parts',
  'part',
  'of',
  'rebel-held',
  'government-held',
  'government-controlled',
  'rebel-controlled',
  'opposition-held',
]);

export const DIRECTION_WORDS =
  /^(?:north|south|east|west|northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western|northeast|northwest|southeast|southwest|upper|lower)$/;

/** Nouns of places: "the city of", "Air Base", "province". */
export const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'city',
  'cities',
  'town',
  'towns',
  'village',
  'villages',
  'province',
  'provinces',
  'region',
  'regions',
  'governorate',
  'district',
  'area',
  'areas',
  'capital',
  'border',
  'territory',
  'country',
  'state',
  'base',
  'outskirts',
  'suburbs',
  'coast',
  'waters',
  'airspace',
  'desert',
  'countryside',
  'side',
  'streets',
  'street',
  'center',
  'centre',
  'county',
]);

export const NEIGHBOUR_WORDS: ReadonlySet<string> = new Set(['border', 'borders', 'frontier', 'boundary']);

/** Particles that start names written in lower case: "al-Omar", "ad-Dawr", "el-Arish". */
export const NAME_PARTICLE_START = /^(?:al|el|ad|ar|as|at|an|az|ash|ed|ez|um|ain)-/;

/**
 * Nouns of events: a place written before one is where the event is
 * ("in France unrest", "Turkey, Syria earthquake"), not an owner.
 */
export const EVENT_NOUNS: ReadonlySet<string> = new Set([
  'earthquake',
  'earthquakes',
  'quake',
  'quakes',
  'flood',
  'floods',
  'flooding',
  'storm',
  'storms',
  'hurricane',
  'typhoon',
  'cyclone',
  'wildfire',
  'wildfires',
  'fires',
  'landslide',
  'eruption',
  'tsunami',
  'drought',
  'unrest',
  'protests',
  'protest',
  'riots',
  'demonstrations',
  'strike',
  'strikes',
  'war',
  'conflict',
  'fighting',
  'violence',
  'clashes',
  'attack',
  'attacks',
  'crisis',
  'outbreak',
  'epidemic',
  'election',
  'elections',
  'disaster',
  'blast',
  'explosion',
  'crash',
]);
