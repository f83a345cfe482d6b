/**
 * Units written after (or, for currencies, before) a number. A number with a
 * physical unit, a duration or an age is recognised as a quantity but is not
 * a count: it yields no claim (see docs/extraction.md).
 */
export type PhysicalKind = 'length' | 'mass' | 'speed' | 'temperature' | 'area' | 'volume' | 'energy' | 'data' | 'frequency' | 'other';

const table = (kind: PhysicalKind, words: string): Array<[string, PhysicalKind]> =>
  words
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => [word, kind]);

/** Unit words and symbols, lower case; multi-word units joined by a space. */
export const PHYSICAL_UNITS: ReadonlyMap<string, PhysicalKind> = new Map([
  ...table(
    'length',
    'mm cm km m in kilometer kilometers kilometre kilometres meter meters metre metres millimeter millimeters millimetre millimetres centimeter centimeters centimetre centimetres mile miles mi ft feet foot inch inches yard yards yd yds nm caliber calibre nautical-miles km2 km^2 km^3 pm am nanometer nanometers nanometre nanometres',
  ),
  ...table(
    'mass',
    'kg kilogram kilograms kilo kilos g gram grams mg milligram milligrams t ton tons tonne tonnes lb lbs ounce ounces oz pound pounds',
  ),
  ...table('speed', 'mph kph km/h knots knot'),
  ...table('temperature', 'degrees degree °c °f ° celsius fahrenheit kelvin'),
  ...table('area', 'hectares hectare acres acre sq'),
  ...table('volume', 'l liter liters litre litres ml cl gallon gallons barrels barrel bpd cubic cup cups tbsp tsp'),
  ...table('energy', 'wh kwh mwh gwh w kw mw gw watt watts megawatts gigawatts ev kev mev gev tev joule joules j js calories kcal'),
  ...table('data', 'b kb mb gb tb pb eb byte bytes kilobytes megabytes gigabytes terabytes exabytes bit bits'),
  ...table('frequency', 'hz khz mhz ghz'),
  ...table('other', 'mgy gy sv msv db sigma ga ma tpd cds fb'),
]);

/** Single letters that are units only when written against the digits ("10m", "5g"), never after a space. */
export const ATTACHED_ONLY_UNITS: ReadonlySet<string> = new Set([
  'm',
  'g',
  't',
  'l',
  'w',
  'j',
  'b',
  'am',
  'pm',
  'mi',
  'nm',
  'ga',
  'ma',
  'in',
  'ft',
]);

/** Units written with a hyphen before a noun: "a 27-kilometer ring", "a two-year period". */
export const HYPHEN_UNIT =
  /^(?:kilomet(?:er|re)|met(?:er|re)|mile|inch|foot|millimet(?:er|re)|centimet(?:er|re)|ton|tonne|pound|kilogram|gallon|liter|litre|degree|caliber|calibre|mm|km|kg)$/;

/** Currency signs before a number, and letters that may stand before the sign ("US$", "C$"). */
export const CURRENCY_SIGNS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['₹', 'INR'],
  ['₽', 'RUB'],
  ['₪', 'ILS'],
  ['₩', 'KRW'],
  ['₺', 'TRY'],
  ['₴', 'UAH'],
]);
export const DOLLAR_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['us', 'USD'],
  ['c', 'CAD'],
  ['ca', 'CAD'],
  ['a', 'AUD'],
  ['au', 'AUD'],
  ['hk', 'HKD'],
  ['nz', 'NZD'],
  ['s', 'SGD'],
]);

/** Currency names after a number, and ISO codes on either side. */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollar', 'USD'],
  ['dollars', 'USD'],
  ['euro', 'EUR'],
  ['euros', 'EUR'],
  ['pound sterling', 'GBP'],
  ['pounds sterling', 'GBP'],
  ['sterling', 'GBP'],
  ['yen', 'JPY'],
  ['yuan', 'CNY'],
  ['renminbi', 'CNY'],
  ['rupee', 'INR'],
  ['rupees', 'INR'],
  ['ruble', 'RUB'],
  ['rubles', 'RUB'],
  ['rouble', 'RUB'],
  ['roubles', 'RUB'],
  ['shekel', 'ILS'],
  ['shekels', 'ILS'],
  ['iraqi dinar', 'IQD'],
  ['iraqi dinars', 'IQD'],
  ['syrian pounds', 'SYP'],
  ['lira', 'TRY'],
  ['liras', 'TRY'],
  ['riyal', 'SAR'],
  ['riyals', 'SAR'],
  ['rial', 'IRR'],
  ['rials', 'IRR'],
  ['toman', 'IRR'],
  ['tomans', 'IRR'],
  ['dirham', 'AED'],
  ['dirhams', 'AED'],
  ['hryvnia', 'UAH'],
  ['hryvnias', 'UAH'],
  ['franc', 'CHF'],
  ['francs', 'CHF'],
  ['penny', 'GBP'],
  ['pence', 'GBP'],
  ['cent', 'USD'],
  ['cents', 'USD'],
  ['dime', 'USD'],
  ['dimes', 'USD'],
]);
export const CURRENCY_CODES: ReadonlySet<string> = new Set([
  'usd',
  'eur',
  'gbp',
  'jpy',
  'cny',
  'inr',
  'rub',
  'ils',
  'iqd',
  'syp',
  'try',
  'sar',
  'irr',
  'aed',
  'uah',
  'chf',
  'cad',
  'aud',
  'jod',
  'lbp',
  'egp',
  'qar',
  'kwd',
]);

export const PERCENT_WORDS: ReadonlySet<string> = new Set(['percent', 'pct', 'per cent', '%', 'percentage points', 'percentage point']);

/** "twice as many", "three times more": a ratio, not a count of times. */
export const RATIO_AFTER_TIMES: ReadonlySet<string> = new Set([
  'as',
  'more',
  'less',
  'fewer',
  'higher',
  'lower',
  'larger',
  'greater',
  'bigger',
  'smaller',
  'the',
  'over',
  'that',
]);
