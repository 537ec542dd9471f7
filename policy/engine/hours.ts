/**
 * Business hours in the policy's time zone (legal-threat routing depends on them). Uses Intl,
 * available in Node, service workers and pages alike.
 */
import type { Policy } from '../schema';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/**
 * One formatter per time zone: building an Intl.DateTimeFormat costs far more than formatting
 * with it, and the engine asks on every evaluation. A zone Intl rejects is remembered as null.
 */
const formatters = new Map<string, Intl.DateTimeFormat | null>();
function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        weekday: 'short',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      });
    } catch {
      formatter = null;
    }
    if (formatters.size >= 16) formatters.clear();
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isWithinBusinessHours(now: Date, hours: Policy['businessHours']): boolean {
  const formatter = formatterFor(hours.timeZone);
  if (!formatter) return false;
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = formatter.formatToParts(now);
  } catch {
    return false;
  }
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const day = WEEKDAYS.indexOf(get('weekday')) + 1;
  const minutes = Number(get('hour')) * 60 + Number(get('minute'));
  const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
  return (
    hours.days.includes(day) && minutes >= toMinutes(hours.start) && minutes < toMinutes(hours.end)
  );
}
