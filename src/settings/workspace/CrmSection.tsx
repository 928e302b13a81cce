import { useId, useState } from 'react';
import { formatPhone } from '../../engine';
import type { CrmRecord, FlowIssue, Project, Workspace } from '../../engine';
import { errorsAt } from '../fieldIssues';
import { SettingsSection } from '../SettingsSection';
import { useRefocus } from '../../ui/useRefocus';
import { CrmRecordRow } from './CrmRecordRow';
import { ExceptionsEditor } from './ExceptionsEditor';
import type { WorkspaceChange } from './GeneralSection';
import { newId } from './ids';
import type { WorkspaceRemoval } from './removal';

/** Does a record match a search: by name, or by phone digits? */
export function recordMatches(r: CrmRecord, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (q === '') return true;
  const digits = q.replace(/\D/g, '');
  return r.name.toLowerCase().includes(q) || (digits !== '' && r.phones.some((p) => p.replace(/\D/g, '').includes(digits)));
}

/**
 * CRM records (kind, name, phones, responsible) with a search box, and the exception list. The
 * search picks its rows when it is typed, not on every edit: a record being renamed stays in
 * view (it vanished at the first key that stopped it matching, and took the typing with it).
 */
export function CrmSection({ project, onChange, onRemove, issues = [] }: { project: Project; onChange: WorkspaceChange; onRemove?: WorkspaceRemoval; issues?: readonly FlowIssue[] }) {
  const ws = project.workspace;
  const searchId = useId();
  const [query, setQuery] = useState('');
  // The ids the search matched when typed; null: no search, every record.
  const [matched, setMatched] = useState<ReadonlySet<string> | null>(null);
  const search = (q: string) => {
    setQuery(q);
    setMatched(q.trim() ? new Set(ws.crm.records.filter((r) => recordMatches(r, q)).map((r) => r.id)) : null);
  };
  const shown = matched ? ws.crm.records.filter((r) => matched.has(r.id)) : ws.crm.records;
  const focus = useRefocus();
  const setRecords = (fn: (records: CrmRecord[]) => CrmRecord[]) => onChange((w) => ({ ...w, crm: { ...w.crm, records: fn(w.crm.records) } }));
  const remove = (r: CrmRecord) => {
    const i = shown.findIndex((x) => x.id === r.id);
    const label = (x: CrmRecord | undefined) => (x ? `Remove ${x.name.trim() || x.id}` : '');
    focus.after([label(shown[i + 1]), label(shown[i - 1]), 'Add CRM record']);
    const fn = (w: Workspace) => ({ ...w, crm: { ...w.crm, records: w.crm.records.filter((x) => x.id !== r.id) } });
    if (onRemove) onRemove(`“${r.name.trim() || r.id}” from the CRM`, fn);
    else onChange(fn);
  };
  const add = () => {
    search('');
    setRecords((rs) => [...rs, { id: newId('c', rs.map((r) => r.id)), kind: 'contact', name: `New contact ${rs.length + 1}`, phones: [], responsibleId: null }]);
  };
  return (
    <SettingsSection ref={focus.container} id="workspace-crm" title="CRM">
      <div className="field">
        <label htmlFor={searchId}>Search CRM records</label>
        <input id={searchId} type="search" value={query} placeholder="Name or phone" onChange={(e) => search(e.target.value)} />
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
              onRemove={() => remove(r)}
            />
          ))}
        </tbody>
      </table>
      <button type="button" onClick={add}>Add CRM record</button>
      <ExceptionsEditor
        errors={errorsAt(issues, 'workspace.crm.exceptions')}
        exceptions={ws.crm.exceptions}
        onChange={(exceptions) => onChange((w) => ({ ...w, crm: { ...w.crm, exceptions } }))}
        onRemove={onRemove && ((p) => onRemove(`exception ${formatPhone(p)}`, (w) => ({ ...w, crm: { ...w.crm, exceptions: w.crm.exceptions.filter((x) => x !== p) } })))}
      />
    </SettingsSection>
  );
}
