// Building an Intl.DateTimeFormat costs far more than using one: one per zone and shape.
const formats = new Map<string, Intl.DateTimeFormat>();
const formatFor = (key: string, make: () => Intl.DateTimeFormat) => {
  let f = formats.get(key);
  if (!f) {
    f = make();
    formats.set(key, f);
  }
  return f;
};

/** Calendar date (YYYY-MM-DD) of an instant in a time zone (STYLE 10: zones at the edges). */
export const localDate = (at: Date, timeZone: string) =>
  formatFor(
    `d:${timeZone}`,
    () => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }),
  ).format(at);

/** The UTC instant at which a local calendar date starts in a time zone. */
export const startOfLocalDay = (day: string, timeZone: string): Date => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d);
  // Offset of the zone at that moment, read back through Intl; twice to settle around DST edges.
  const offsetAt = (t: number) => {
    const parts = formatFor(
      `p:${timeZone}`,
      () =>
        new Intl.DateTimeFormat('en-US', {
          timeZone,
          hourCycle: 'h23',
          year: 'numeric',
          month: '2-digit',
          day: '2-digit',
          hour: '2-digit',
          minute: '2-digit',
          second: '2-digit',
        }),
    ).formatToParts(new Date(t));
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - t;
  };
  const first = guess - offsetAt(guess);
  return new Date(guess - offsetAt(first));
};

/** A calendar date (YYYY-MM-DD) moved by whole days; pure calendar arithmetic, no zone. */
export const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Day of the week of a calendar date: 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();

/** Saturday or Sunday (双休日, S3 篇一 二). */
export const isWeekendDay = (day: string) => {
  const d = weekdayOf(day);
  return d === 0 || d === 6;
};

/** Every calendar date of a month 'YYYY-MM'. */
export const daysOfMonth = (month: string) => {
  const first = `${month}-01`;
  const out: string[] = [];
  for (let d = first; d.startsWith(month); d = addDays(d, 1)) out.push(d);
  return out;
};

/** Minutes since midnight of a wall-clock time 'HH:MM'. */
export const minutesOfTime = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
};

/**
 * The UTC instant of a local wall-clock time ('HH:MM', or minutes since midnight, which may run
 * past 24:00 into the next days) on a local calendar date in a time zone.
 */
export const instantAt = (day: string, time: string | number, timeZone: string): Date => {
  const minutes = typeof time === 'number' ? time : minutesOfTime(time);
  const date = addDays(day, Math.floor(minutes / 1440));
  const rest = minutes - Math.floor(minutes / 1440) * 1440;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d, Math.floor(rest / 60), rest % 60);
  // Read the zone's offset back through Intl, twice to settle near DST edges (as startOfLocalDay).
  const first = wall - zoneOffsetMs(wall, timeZone);
  return new Date(wall - zoneOffsetMs(first, timeZone));
};

/** How far a zone's wall clock is ahead of UTC at an instant, in ms. */
const zoneOffsetMs = (t: number, timeZone: string) => {
  const parts = formatFor(
    `p:${timeZone}`,
    () =>
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      }),
  ).formatToParts(new Date(t));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - t;
};

/** Local wall-clock time 'HH:MM' of an instant in a time zone. */
export const localTime = (at: Date, timeZone: string) =>
  formatFor(
    `t:${timeZone}`,
    () =>
      new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', hour: '2-digit', minute: '2-digit' }),
  ).format(at);
