import { useId } from 'react';
import type { Employee, OutboundRoute } from '../engine';
import { Keypad } from './Keypad';

export interface OutboundPadProps {
  employees: readonly Employee[];
  employeeId: string;
  onEmployee: (id: string) => void;
  dialed: string;
  onDialed: (dialed: string) => void;
  /** What `routeOutbound` decides for what is dialed, or null before anything is. */
  route: OutboundRoute | null;
  /** A number's name by its id ("Hotline (+84 28 …)"). */
  numberName: (id: string) => string;
}

/** A dial pad for an employee's outbound call and what the routing decides. */
export function OutboundPad({ employees, employeeId, onEmployee, dialed, onDialed, route, numberName }: OutboundPadProps) {
  const id = useId();
  return (
    <section className="sim-outbound" aria-label="Outbound call">
      <div className="field">
        <label htmlFor={`${id}-emp`}>Employee</label>
        <select id={`${id}-emp`} value={employeeId} onChange={(e) => onEmployee(e.target.value)}>
          {employees.map((e) => <option key={e.id} value={e.id}>{e.name}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-dial`}>Dialed</label>
        <input id={`${id}-dial`} inputMode="tel" value={dialed} onChange={(e) => onDialed(e.target.value)} placeholder="*10*0901234567" />
      </div>
      <Keypad label="Dial pad" onPress={(k) => onDialed(dialed + k)} />
      <div className="sim-row">
        <button type="button" onClick={() => onDialed(dialed + ';')}>Extension separator ;</button>
        <button type="button" onClick={() => onDialed('')} disabled={!dialed}>Clear</button>
      </div>
      {route && (
        <div role="status" className={route.ok ? 'sim-route' : 'sim-route sim-fail'}>
          {route.ok ? (
            <dl>
              <dt>Goes out on</dt><dd>{numberName(route.numberId)}</dd>
              <dt>Destination</dt><dd>{route.destination}</dd>
              <dt>Extension</dt><dd>{route.extension ?? 'none'}</dd>
            </dl>
          ) : (
            <p>Refused ({route.code}): {route.message}</p>
          )}
        </div>
      )}
    </section>
  );
}
