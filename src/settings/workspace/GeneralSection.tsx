import { useMemo } from 'react';
import type { FlowIssue, Project, Workspace } from '../../engine';
import { formatPhone, PLAN_LABELS, PLANS } from '../../engine';
import { CheckboxField } from '../../ui/CheckboxField';
import { SelectField } from '../../ui/SelectField';
import type { Parsed } from '../../ui/TextField';
import { TextField } from '../../ui/TextField';
import { errorsAt } from '../fieldIssues';
import { SettingsSection } from '../SettingsSection';
import { parseName, parseOptionalPhone } from './fields';
import { planLosses } from './planImpact';
import { PlanImpact } from './PlanImpact';

export type WorkspaceChange = (fn: (ws: Workspace) => Workspace) => void;

/** Name, plan (with what each number loses on it), the worktime module, and the workspace-wide defaults. */
export function GeneralSection({ project, onChange, issues = [] }: { project: Project; onChange: WorkspaceChange; issues?: readonly FlowIssue[] }) {
  const ws = project.workspace;
  const losses = useMemo(() => planLosses(project), [project]);
  const parseBackup = (text: string): Parsed<string | null> => {
    const r = parseOptionalPhone(text);
    if (!r.ok || r.value === null) return r;
    const own = project.numbers.find((n) => n.number === r.value);
    return own ? { ok: false, message: `${formatPhone(r.value)} is this workspace's own number '${own.name}'; a backup must be outside the workspace.` } : r;
  };
  return (
    <SettingsSection id="workspace-general" title="Workspace">
      <TextField label="Workspace name" value={ws.name} format={(v) => v} parse={(t) => parseName(t, 'The workspace name')} onCommit={(name) => onChange((w) => ({ ...w, name }))} />
      <SelectField
        label="Plan"
        value={ws.plan}
        options={PLANS.map((p) => ({ value: p, label: PLAN_LABELS[p] }))}
        onChange={(plan) => onChange((w) => ({ ...w, plan }))}
        description="Voice menus, call rating, lead sources, outbound selection, ringing all queue members and the recording allowance depend on the plan."
      />
      <PlanImpact plan={ws.plan} losses={losses} />
      <CheckboxField
        label="Worktime management module"
        checked={ws.worktimeEnabled}
        onChange={(worktimeEnabled) => onChange((w) => ({ ...w, worktimeEnabled }))}
        description="Employees start, pause and finish their working day; numbers can skip those who are not working."
      />
      <TextField
        label="Default backup number"
        field="workspace.defaultBackupNumber"
        type="tel"
        value={ws.defaultBackupNumber}
        format={(v) => (v === null ? '' : formatPhone(v))}
        parse={parseBackup}
        onCommit={(defaultBackupNumber) => onChange((w) => ({ ...w, defaultBackupNumber }))}
        savedErrors={errorsAt(issues, 'workspace.defaultBackupNumber')}
        hint="Used by numbers that set no backup number of their own, while the service is unavailable."
      />
      <SelectField
        label="Default number for outbound calls"
        field="workspace.defaultOutboundNumberId"
        value={ws.defaultOutboundNumberId ?? ''}
        options={[
          { value: '', label: 'None' },
          ...project.numbers.map((n) => ({ value: n.id, label: `${n.name || n.id} (${formatPhone(n.number)})${n.status === 'disconnected' ? ' — disconnected' : ''}` })),
          ...(ws.defaultOutboundNumberId !== null && !project.numbers.some((n) => n.id === ws.defaultOutboundNumberId)
            ? [{ value: ws.defaultOutboundNumberId, label: `Missing number (${ws.defaultOutboundNumberId})`, disabled: true }] : []),
        ]}
        onChange={(id) => onChange((w) => ({ ...w, defaultOutboundNumberId: id === '' ? null : id }))}
        errors={errorsAt(issues, 'workspace.defaultOutboundNumberId')}
        description="Used when what an employee dials starts with no number's prefix."
      />
    </SettingsSection>
  );
}
