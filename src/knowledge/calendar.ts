// English month and weekday names, in calendar order (January = index 0,
// Sunday = index 0). Read by the publication-date reader (ingest/) and by the
// date finder of the event stage (nlp/dates.ts).

export const MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export const WEEKDAY_NAMES: readonly string[] = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];
