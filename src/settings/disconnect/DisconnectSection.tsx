import { useEffect, useState } from 'react';
import type { PhoneNumber } from '../../engine';
import {
  canReconnect, describeInstant, disconnectDueAt, effectiveStatus, formatPhone, reconnect, requestDisconnect, settleDisconnect, undoDisconnect,
} from '../../engine';
import type { DisconnectChange } from '../../engine';
import { useNow, useReadClock } from '../../ui/clock';
import { useRefocus } from '../../ui/useRefocus';
import { SettingsSection } from '../SettingsSection';
import { ConfirmDisconnect } from './ConfirmDisconnect';
import { formatTimeLeft } from './timeLeft';

interface Props {
  number: PhoneNumber;
  onNumberChange: (fn: (n: PhoneNumber) => PhoneNumber) => void;
}

/** Disconnect (S5, rented numbers only): warnings, confirmation, a 24-hour pending state with Undo, reconnect after 3 months. */
export function DisconnectSection({ number, onNumberChange }: Props) {
  const now = useNow();
  const read = useReadClock();
  const [confirming, setConfirming] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  // What the last button did, said once its button has gone with the state it belonged to.
  const [done, setDone] = useState('');
  // Disconnect and Undo each remove their own button: the keyboard goes to the one that takes its place.
  const focus = useRefocus<HTMLDivElement>();
  const status = effectiveStatus(number, now);
  const due = disconnectDueAt(number);

  // A request whose 24 hours have passed is carried out and saved, so calls are rejected (B1) everywhere.
  useEffect(() => {
    if (settleDisconnect(number, now) !== number) onNumberChange((n) => settleDisconnect(n, now));
  }, [number, now, onNumberChange]);

  const apply = (change: (n: PhoneNumber, at: Date) => DisconnectChange, then: { focus: string; say: string }) => {
    const at = read();
    const result = change(number, at);
    if (!result.ok) return setRefusal(result.reason);
    setRefusal(null);
    setDone(then.say);
    focus.after([then.focus]);
    // Re-apply to the latest saved version, so a concurrent settings edit is not overwritten.
    onNumberChange((n) => {
      const again = change(n, at);
      return again.ok ? again.number : n;
    });
  };

  const name = `${number.name || 'this number'} (${formatPhone(number.number)})`;
  if (number.kind !== 'rented') {
    return (
      <SettingsSection id="settings-disconnect" title="Disconnect number">
        <p>Only rented numbers are disconnected here. A SIP PBX or app connection is removed from the Numbers list instead.</p>
      </SettingsSection>
    );
  }
  const reconnectCheck = canReconnect(number, now);
  return (
    <SettingsSection id="settings-disconnect" title="Disconnect number">
      <div ref={focus.container}>
      {status === 'active' && (
        <>
          <ul className="warnings">
            <li>No refund is given for rental time already paid for.</li>
            <li>The number stops working 24 hours after you confirm; until then you can undo.</li>
            <li>A disconnected number can be connected again only after 3 months.</li>
          </ul>
          {confirming
            ? <ConfirmDisconnect name={name} onCancel={() => setConfirming(false)} onConfirm={() => { setConfirming(false); apply(requestDisconnect, { focus: 'Undo disconnection', say: 'Disconnection requested.' }); }} />
            : <button type="button" className="danger" onClick={() => setConfirming(true)}>Disconnect this number…</button>}
        </>
      )}
      {status === 'disconnect_pending' && due && (
        <div role="status" className="banner warning">
          <span>
            <strong>Disconnects in {formatTimeLeft(Date.parse(due) - now.getTime())}</strong> — on {describeInstant(due)}.
            Calls still work until then.
          </span>
          <button type="button" onClick={() => apply(undoDisconnect, { focus: 'Disconnect this number…', say: 'Disconnection undone: the number stays connected.' })}>Undo disconnection</button>
        </div>
      )}
      {status === 'disconnected' && (
        <div className="banner error">
          <span>
            <strong>Disconnected</strong>{number.disconnectedAt || due ? ` since ${describeInstant((number.disconnectedAt ?? due) as string)}` : ''}.
            Every call to it is rejected.{!reconnectCheck.ok && ` ${reconnectCheck.reason}`}
          </span>
          <button type="button" disabled={!reconnectCheck.ok} onClick={() => apply(reconnect, { focus: 'Disconnect this number…', say: 'Reconnected: calls to the number work again.' })}>Reconnect</button>
        </div>
      )}
      {refusal && <p role="alert" className="field-error">{refusal}</p>}
      {/* Always there, so that its text is announced when it comes. */}
      <p role="status" className="visually-hidden">{done}</p>
      </div>
    </SettingsSection>
  );
}
