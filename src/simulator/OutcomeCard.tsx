import { useId, useState } from 'react';
import type { Employee } from '../engine';
import { useRefocus } from '../ui/useRefocus';
import { Keypad } from './Keypad';

export interface OutcomeCardProps {
  headline: string;
  /** Duration, recording, lead, rating, callbacks: one line each. */
  details: readonly string[];
  /** Set while the caller is at the rating prompt (A3): the keys 1–5. */
  onRate?: ((rating: number) => void) | null;
  /** Set while the call is connected: "Transfer to…" these employees. */
  transfer?: { employees: readonly Employee[]; onTransfer: (employeeId: string) => void; note?: string | null } | null;
  /** Messages about what happened after the call (a transfer, a lead's new responsible). */
  notices?: readonly string[];
  /** Set when the call created a lead that is not in the CRM: "Add the lead to the CRM". */
  onAddLead?: (() => void) | null;
  /** Set when a transfer would make someone else responsible for the caller's CRM record: applies it, on request only. */
  reassign?: { label: string; apply: () => void } | null;
}

/** How the call ended and what came of it. */
export function OutcomeCard({ headline, details, onRate, transfer, notices = [], onAddLead, reassign }: OutcomeCardProps) {
  const titleId = useId();
  // "Add the lead…" and "Make … responsible" go once pressed: the keyboard goes on to Transfer, else the heading.
  const focus = useRefocus();
  const once = (fn: () => void) => () => {
    focus.after(['Transfer']);
    fn();
  };
  return (
    <section className="sim-outcome" aria-labelledby={titleId} ref={focus.container}>
      <h3 id={titleId}>{headline}</h3>
      <ul aria-label="Call details">
        {details.map((d) => <li key={d}>{d}</li>)}
      </ul>
      {onRate && (
        <div className="sim-rating">
          <p>The caller hears the rating prompt: “Please rate this call from 1 to 5.”</p>
          <Keypad label="Rating" keys={['1', '2', '3', '4', '5']} nameOf={(k) => `Rate ${k}`} onPress={(k) => onRate(Number(k))} />
        </div>
      )}
      {onAddLead && (
        <p className="sim-row">
          <button type="button" onClick={once(onAddLead)}>Add the lead to the CRM</button>
          <span className="sim-muted">Simulated calls leave the CRM as it is. Once in it, this caller is no longer a stranger: their next calls, and scenarios saved from them, may take another way.</span>
        </p>
      )}
      {reassign && (
        <p className="sim-row">
          <button type="button" onClick={once(reassign.apply)}>{reassign.label}</button>
          <span className="sim-muted">Simulated calls leave the CRM as it is: this changes who gets the caller's next calls to the account owner.</span>
        </p>
      )}
      {transfer && <TransferControl {...transfer} />}
      {notices.length > 0 && (
        <ul className="sim-notices" aria-live="polite">
          {notices.map((n) => <li key={n}>{n}</li>)}
        </ul>
      )}
    </section>
  );
}

function TransferControl({ employees, onTransfer, note }: NonNullable<OutcomeCardProps['transfer']>) {
  const id = useId();
  const [picked, setTarget] = useState(employees[0]?.id ?? '');
  // After a transfer the list changes (the new party is not offered): fall back to its first.
  const target = employees.some((e) => e.id === picked) ? picked : employees[0]?.id ?? '';
  return (
    <div className="sim-row sim-transfer">
      <label htmlFor={id}>Transfer to…</label>
      <select id={id} value={target} onChange={(e) => setTarget(e.target.value)}>
        {employees.map((e) => <option key={e.id} value={e.id}>{e.name}{e.extension ? ` (${e.extension})` : ''}</option>)}
      </select>
      <button type="button" disabled={!target} onClick={() => onTransfer(target)}>Transfer</button>
      {note && <p className="sim-muted">{note}</p>}
    </div>
  );
}
