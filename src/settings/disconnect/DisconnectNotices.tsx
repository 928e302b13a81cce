import { useEffect, useState } from 'react';
import type { PhoneNumber } from '../../engine';
import { describeInstant, formatPhone, settleDisconnect } from '../../engine';
import type { StoreSnapshot } from '../../store';
import { useProjectSelector, useStore } from '../../store/react';
import { LiveText } from '../../ui/announcer';
import { useNow } from '../../ui/clock';

const selectNumbers = (s: StoreSnapshot): PhoneNumber[] | null => s.project?.numbers ?? null;

/**
 * For the app shell (S5): carries out every disconnect request whose 24 hours have passed on the
 * app's clock — so the number's calls are rejected (B1) wherever it is used — and tells the
 * administrator with a dismissible notice. Renders nothing when there is nothing to say.
 */
export function DisconnectNotices() {
  const store = useStore();
  const now = useNow();
  const numbers = useProjectSelector(selectNumbers);
  const [notices, setNotices] = useState<{ id: string; text: string }[]>([]);
  useEffect(() => {
    if (!numbers) return;
    const due = numbers.filter((n) => settleDisconnect(n, now) !== n);
    if (due.length === 0) return;
    for (const n of due) store.updateNumber(n.id, (x) => settleDisconnect(x, now));
    setNotices((list) => [
      ...list,
      ...due.map((n) => ({
        id: n.id,
        text: `${n.name || 'A number'} (${formatPhone(n.number)}) was disconnected on ${describeInstant(settleDisconnect(n, now).disconnectedAt ?? now)}, 24 hours after the request. Its calls are now rejected.`,
      })),
    ]);
  }, [numbers, now, store]);
  if (notices.length === 0) return null;
  return (
    <div className="disconnect-notices">
      {notices.map((n) => (
        <p key={n.id} className="banner warning">
          <LiveText>{n.text}</LiveText>
          <button type="button" onClick={() => setNotices((list) => list.filter((x) => x !== n))}>Dismiss</button>
        </p>
      ))}
    </div>
  );
}
