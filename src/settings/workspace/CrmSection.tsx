import { useId, useState } from 'react';
import type { CrmRecord, FlowIssue, Project } from '../../engine';
import { errorsAt } from '../fieldIssues';
import { SettingsSection } from '../SettingsSection';
import { CrmRecordRow } from './CrmRecordRow';
import { ExceptionsEditor } from './ExceptionsEditor';
import type { WorkspaceChange } from './GeneralSection';
import { newId } from './ids';

/** Does a record match a search: by name, or by phone digits? */
export function recordMatches(r: CrmRecord, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (q === '') return true;
  const digits = q.replace(/\D/g, '');
  return r.name.toLowerCase().includes(q) || (digits !== '' && r.phones.some((p) => p.replace(/\D/g, '').includes(digits)));
}

/** CRM records (kind, name, phones, responsible) with a search box, and the exception list. */
export function CrmSection({ project, onChange, issues = [] }: { project: Project; onChange: WorkspaceChange; issues?: readonly FlowIssue[] }) {
  const ws = project.workspace;
  const searchId = useId();
  const [query, setQuery] = useState('');
  const shown = ws.crm.records.filter((r) => recordMatches(r, query));
  const setRecords = (fn: (records: CrmRecord[]) => CrmRecord[]) => onChange((w) => ({ ...w, crm: { ...w.crm, records: fn(w.crm.records) } }));
  const add = () => {
    setQuery('');
    setRecords((rs) => [...rs, { id: newId('c', rs.map((r) => r.id)), kind: 'contact', name: `New contact ${rs.length + 1}`, phones: [], responsibleId: null }]);
  };
  return (
    <SettingsSection id="workspace-crm" title="CRM">
      <div className="field">
        <label htmlFor={searchId}>Search CRM records</label>
        <input id={searchId} type="search" value={query} placeholder="Name or phone" onChange={(e) => setQuery(e.target.value)} />
      </div>
      <p role="status" className="field-hint">{query.trim() ? `${shown.length} of ${ws.crm.records.length} records match.` : `${ws.crm.records.length} records.`}</p>
      <table className="editable">
        <caption className="visually-hidden">CRM records</caption>
        <thead>
          <tr><th scope="col">Kind</th><th scope="col">Name</th><th scope="col">Phones</th><th scope="col">Responsible</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <CrmRecordRow
              key={r.id}
              record={r}
              employees={ws.employees}
              issues={issues}
              onChange={(fn) => setRecords((rs) => rs.map((x) => (x.id === r.id ? fn(x) : x)))}
              onRemove={() => setRecords((rs) => rs.filter((x) => x.id !== r.id))}
            />
          ))}
        </tbody>
      </table>
      <button type="button" onClick={add}>Add CRM record</button>
      <ExceptionsEditor errors={errorsAt(issues, 'workspace.crm.exceptions')} exceptions={ws.crm.exceptions} onChange={(exceptions) => onChange((w) => ({ ...w, crm: { ...w.crm, exceptions } }))} />
    </SettingsSection>
  );
}
