import type { Weekday } from '../engine';

export const DAY_NAMES: Record<Weekday, string> = {
  mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday',
};

/**
 * When a closed number opens again, as a person says it: "today", "tomorrow", else the weekday
 * ("opens today at 08:30" on a Friday morning, not "opens Friday at 08:30").
 */
export function opensOn(o: { weekday: Weekday; inDays: number }): string {
  if (o.inDays === 0) return 'today';
  if (o.inDays === 1) return 'tomorrow';
  return DAY_NAMES[o.weekday];
}
