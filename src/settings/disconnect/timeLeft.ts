/** "23 h 59 min" — whole hours and minutes left, rounded down; never below "0 h 0 min". */
export function formatTimeLeft(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
