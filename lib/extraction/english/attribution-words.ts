/** Words of attribution: titles and roles, organisation heads, anonymous sources. Lower case. */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen', 'secretary', 'deputy', 'press', 'minister',
  'chief', 'official', 'officials', 'commander', 'general', 'gen', 'brigadier', 'brig', 'colonel', 'col', 'lieutenant',
  'lt', 'major', 'maj', 'admiral', 'adm', 'captain', 'capt', 'sergeant', 'president', 'vice', 'ambassador',
  'assistant', 'director', 'adviser', 'advisor', 'aide', 'envoy', 'senator', 'sen', 'representative', 'rep',
  'governor', 'gov', 'mayor', 'prime', 'foreign', 'defense', 'defence', 'leader', 'head', 'source', 'sources',
  'officer', 'analyst', 'correspondent', 'supreme', 'ayatollah', 'undersecretary', 'coordinator', 'lawmaker',
  'lawmakers', 'military', 'security', 'senior', 'government', 'administration', 'mr', 'mrs', 'ms', 'dr', 'prof',
  'state', 'interior', 'national', 'public', 'affairs', 'us', 'u.s', 'american', 'iraqi', 'syrian', 'iranian',
  'israeli', 'russian', 'jordanian', 'statement', 'agency', 'media', 'resident',
  'witness', 'witnesses', 'activists', 'monitor', 'observatory', 'medics', 'doctors',
]);

/** Words that make a capitalised phrase an organisation. */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set([
  'department', 'ministry', 'pentagon', 'command', 'agency', 'forces', 'army', 'navy', 'corps', 'council', 'office',
  'service', 'group', 'resistance', 'organization', 'organisation', 'committee', 'authority', 'reuters', 'afp', 'ap',
  'centcom', 'house', 'government', 'administration', 'military', 'brigades', 'hezbollah', 'hamas', 'houthis',
  'kataib', 'movement', 'front', 'party', 'observatory', 'coalition', 'embassy', 'mission', 'un', 'nato', 'iaea',
  'media', 'news', 'tv', 'television', 'times', 'post', 'journal', 'izvestia', 'sputnik', 'tass', 'irna',
  'bbc', 'cnn', 'efe', 'aljazeera', 'jazeera', 'arabiya', 'ministry', 'guard', 'police', 'directorate', 'cell',
]);

/** Anonymous speakers: the medium they spoke through is named as the organisation ("sources told Lebanese media"). */
export const ANONYMOUS_SPEAKERS: ReadonlySet<string> = new Set(['sources', 'source', 'officials', 'an official', 'a source', 'residents', 'witnesses']);

/** Hearers who are no source: "told reporters". */
export const GENERIC_HEARERS: ReadonlySet<string> = new Set(['reporters', 'journalists', 'the press', 'lawmakers', 'congress', 'us', 'him', 'her', 'them']);

/** Words by which a sentence passes on what someone else said, without saying who. */
export const REPORTING_MARKERS = /\b(?:reportedly|allegedly|said\s+to|reported\s+to|according\s+to\s+the\s+(?:statement|report|source))\b/i;
