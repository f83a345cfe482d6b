/** Month and weekday names as news copy writes them, lower case. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4],
  ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8],
  ['september', 9], ['sep', 9], ['sept', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11],
  ['december', 12], ['dec', 12],
]);

export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['sunday', 0], ['sun', 0], ['monday', 1], ['mon', 1], ['tuesday', 2], ['tue', 2], ['tues', 2],
  ['wednesday', 3], ['wed', 3], ['thursday', 4], ['thu', 4], ['thur', 4], ['thurs', 4], ['friday', 5], ['fri', 5],
  ['saturday', 6], ['sat', 6],
]);

/** Words for spans of time: a number before one of these is a duration, not a count. */
export const TIME_UNITS: ReadonlyMap<string, 'hour' | 'day' | 'week' | 'month' | 'year' | 'other'> = new Map([
  ['second', 'other'], ['seconds', 'other'], ['sec', 'other'], ['secs', 'other'],
  ['minute', 'other'], ['minutes', 'other'], ['min', 'other'], ['mins', 'other'],
  ['hour', 'hour'], ['hours', 'hour'], ['hr', 'hour'], ['hrs', 'hour'],
  ['day', 'day'], ['days', 'day'], ['night', 'day'], ['nights', 'day'],
  ['week', 'week'], ['weeks', 'week'], ['fortnight', 'week'], ['fortnights', 'week'],
  ['month', 'month'], ['months', 'month'],
  ['year', 'year'], ['years', 'year'], ['yr', 'year'], ['yrs', 'year'],
  ['decade', 'other'], ['decades', 'other'], ['century', 'other'], ['centuries', 'other'],
  ['millennium', 'other'], ['millennia', 'other'],
]);
