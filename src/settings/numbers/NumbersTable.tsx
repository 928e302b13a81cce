import { Link } from 'react-router';
import type { NumberRow } from './numberSummary';
import { flowStatusText } from './numberSummary';

export interface NumbersTableProps {
  rows: NumberRow[];
  onDuplicate: (id: string) => void;
  onDelete: (id: string) => void;
}

/**
 * The workspace's numbers. Each row's links and buttons carry the number's name in their
 * accessible name ("Open designer for Hotline") so that a screen reader's list of links is unambiguous.
 */
export function NumbersTable({ rows, onDuplicate, onDelete }: NumbersTableProps) {
  return (
    <table className="numbers-table">
      <caption className="visually-hidden">Phone numbers</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Number</th>
          <th scope="col">Kind</th>
          <th scope="col">Flow</th>
          <th scope="col"><span className="visually-hidden">Actions</span></th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && (
          <tr><td colSpan={5}>No phone numbers yet. Add one to design its call flow.</td></tr>
        )}
        {rows.map((r) => {
          const cls = r.errors > 0 ? 'error' : r.warnings > 0 ? 'warning' : 'ok';
          return (
            <tr key={r.id}>
              <th scope="row">
                {r.name || <em>Unnamed</em>}
                {r.lifecycle && <> <span className="badge warning">{r.lifecycle}</span></>}
              </th>
              <td>{r.number}</td>
              <td>{r.kind}</td>
              <td><span className={`badge ${cls}`}>{flowStatusText(r.errors, r.warnings)}</span></td>
              <td>
                <div className="row-actions">
                  <Link to={`/numbers/${encodeURIComponent(r.id)}`} aria-label={`Open designer for ${r.name}`}>Open designer</Link>
                  <Link to={`/numbers/${encodeURIComponent(r.id)}/settings`} aria-label={`Settings for ${r.name}`}>Settings</Link>
                  <button type="button" aria-label={`Duplicate ${r.name}`} onClick={() => onDuplicate(r.id)}>Duplicate</button>
                  <button type="button" aria-label={`Delete ${r.name}`} onClick={() => onDelete(r.id)}>Delete</button>
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
