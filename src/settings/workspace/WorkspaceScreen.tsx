import { useCallback, useEffect, useMemo } from 'react';
import { useLocation } from 'react-router';
import type { Project, Workspace } from '../../engine';
import { useProjectSelector, useStore } from '../../store/react';
import { Loading } from '../../ui/Loading';
import { workspaceIssues } from '../fieldIssues';
import { revealField } from '../fieldSections';
import { CrmSection } from './CrmSection';
import { EmployeesSection } from './EmployeesSection';
import type { WorkspaceChange } from './GeneralSection';
import { GeneralSection } from './GeneralSection';
import { QueuesSection } from './QueuesSection';
import { useRemovalUndo } from './removal';
import { Toast } from '../../ui/Toast';
import '../settings.css';

/** The workspace page, presentational: plan, worktime, employees, queue groups, CRM. */
export function WorkspaceView({ project, onChange }: { project: Project; onChange: WorkspaceChange }) {
  // Problems with saved data (an import with a 5-digit extension) show on their fields.
  const issues = useMemo(() => workspaceIssues(project), [project]);
  const removal = useRemovalUndo(project.workspace, onChange);
  return (
    <div className="page workspace-page" aria-labelledby="workspace-title">
      <h1 id="workspace-title">Workspace settings</h1>
      <GeneralSection project={project} onChange={onChange} issues={issues} />
      <EmployeesSection project={project} onChange={onChange} onRemove={removal.remove} issues={issues} />
      <QueuesSection project={project} onChange={onChange} onRemove={removal.remove} issues={issues} />
      <CrmSection project={project} onChange={onChange} onRemove={removal.remove} issues={issues} />
      {removal.notice && (
        <Toast onDismiss={removal.dismiss} action={removal.undo ? { label: 'Undo', undoKey: true, onClick: removal.undo } : undefined}>{removal.notice}</Toast>
      )}
    </div>
  );
}

/** `/workspace`, wired to the store so that every change is autosaved and exported. */
export function WorkspaceScreen() {
  const store = useStore();
  const project = useProjectSelector((s) => s.project);
  const onChange = useCallback((fn: (ws: Workspace) => Workspace) => store.updateWorkspace(fn), [store]);
  const { hash } = useLocation();
  const loaded = project !== null;
  // `/workspace#workspace.employees.u1.extension` (an issue's field, linked from the designer) opens the
  // page at that field; `/workspace#crm-exceptions` (linked from number settings) at that list.
  useEffect(() => {
    if (!loaded || !hash) return;
    const target = decodeURIComponent(hash.slice(1));
    if (target.startsWith('workspace') && revealField(document, target)) return;
    const el = document.getElementById(target);
    el?.scrollIntoView?.({ block: 'start' });
    el?.focus?.();
  }, [loaded, hash]);
  if (!project) return <Loading />;
  return <WorkspaceView project={project} onChange={onChange} />;
}
