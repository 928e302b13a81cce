import type { FailureReason, StorageStatus } from './types';

export type Failure = StorageStatus & { kind: 'failed' };

function names(e: unknown): string[] {
  const out: string[] = [];
  let cur: unknown = e;
  for (let depth = 0; cur && depth < 5; depth++) {
    const o = cur as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof o.name === 'string') out.push(o.name);
    cur = o.inner ?? o.cause;
  }
  return out;
}

const KEPT = 'Your edits are kept in this tab only until it closes: export them to keep them.';

const MESSAGES: Record<FailureReason, string> = {
  quota: `The browser has no room left for the app's data. ${KEPT}`,
  unavailable: `This browser does not let the app store data (storage is turned off, or this is a private window). ${KEPT}`,
  blocked: `Another tab holds the database. ${KEPT}`,
  unknown: `Saving failed. ${KEPT}`,
};

/** A failed status with the banner's message; `message` replaces the default one for the reason. */
export function failure(reason: FailureReason, message: string = MESSAGES[reason]): Failure {
  return { kind: 'failed', reason, message };
}

/** Turns a Dexie or IndexedDB error into a failed status. `opening`: the error came from opening the database. */
export function failureOf(e: unknown, opening = false): Failure {
  const all = names(e);
  if (all.includes('QuotaExceededError')) return failure('quota');
  if (opening || all.some((n) => n === 'MissingAPIError' || n === 'InvalidStateError' || n === 'OpenFailedError')) return failure('unavailable');
  const detail = e instanceof Error && e.message ? ` (${e.message})` : '';
  return failure('unknown', `${MESSAGES.unknown}${detail}`);
}

export const BLOCKED_AT_OPEN = failure('blocked',
  'An older version of the app is open in another tab and holds the database. Close the other tabs of Callflow Studio; this one continues as soon as they are closed.');

export const UPGRADED_ELSEWHERE = failure('blocked',
  `A newer version of the app was opened in another tab, so this tab stopped saving. ${KEPT} Then reload this tab.`);

export const UNREADABLE = failure('unknown',
  'Your saved work could not be read, so the demo workspace is shown instead; what is stored was left untouched. Reload to try again.');
