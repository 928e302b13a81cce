import type { CrmRecord, Employee, FlowIssue } from '../../engine';
import { CRM_KINDS, formatPhone } from '../../engine';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { errorsAt } from '../fieldIssues';
import { parseName, parsePhoneList } from './fields';

const KIND_LABELS: Record<CrmRecord['kind'], string> = { contact: 'Contact', company: 'Company', lead: 'Lead' };
const NOBODY = '';

interface Props {
  record: CrmRecord;
  employees: readonly Employee[];
  issues: readonly FlowIssue[];
  onChange: (fn: (r: CrmRecord) => CrmRecord) => void;
  onRemove: () => void;
}

/** One CRM record: kind, name, phones (comma-separated, international format), responsible employee. */
export function CrmRecordRow({ record: r, employees, issues, onChange, onRemove }: Props) {
  const who = r.name.trim() || r.id;
  const missing = r.responsibleId !== null && !employees.some((e) => e.id === r.responsibleId);
  return (
    <tr data-field={`workspace.crm.records.${r.id}`}>
      <td>
        <SelectField hideLabel label={`Kind of ${who}`} value={r.kind} options={CRM_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))} onChange={(kind) => onChange((x) => ({ ...x, kind }))} />
      </td>
      <td>
        <TextField hideLabel label={`Name of ${who}`} value={r.name} format={(v) => v} parse={(t) => parseName(t, 'The name')} onCommit={(name) => onChange((x) => ({ ...x, name }))} />
      </td>
      <td>
        <TextField
          hideLabel
          label={`Phones of ${who}`}
          type="tel"
          value={r.phones}
          format={(v) => v.map(formatPhone).join(', ')}
          parse={parsePhoneList}
          onCommit={(phones) => onChange((x) => ({ ...x, phones }))}
          savedErrors={errorsAt(issues, `workspace.crm.records.${r.id}.phones`)}
        />
      </td>
      <td>
        <SelectField
          hideLabel
          label={`Responsible for ${who}`}
          value={r.responsibleId ?? NOBODY}
          options={[
            { value: NOBODY, label: 'Nobody' },
            ...employees.map((e) => ({ value: e.id, label: e.name || e.id })),
            ...(missing ? [{ value: r.responsibleId as string, label: `Removed employee (${r.responsibleId})`, disabled: true }] : []),
          ]}
          onChange={(v) => onChange((x) => ({ ...x, responsibleId: v === NOBODY ? null : v }))}
        />
      </td>
      <td><button type="button" onClick={onRemove} aria-label={`Remove ${who}`}>Remove</button></td>
    </tr>
  );
}
