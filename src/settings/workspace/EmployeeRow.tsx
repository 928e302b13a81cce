import type { Employee, FlowIssue, Workspace } from '../../engine';
import { EMPLOYEE_STATUSES, formatPhone } from '../../engine';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { errorsAt } from '../fieldIssues';
import { MOBILE_EXAMPLE } from '../phoneExamples';
import { parseExtension, parseName, parseOptionalPhone } from './fields';

export const STATUS_LABELS: Record<Employee['status'], string> = {
  working: 'Working', not_started: 'Has not started the day', on_break: 'On a break', finished: 'Finished the day',
};

interface Props {
  employee: Employee;
  index: number;
  workspace: Workspace;
  issues: readonly FlowIssue[];
  onChange: (fn: (e: Employee) => Employee) => void;
  onRemove: () => void;
}

/** One employee: name, extension, mobile, status — each validated as typed. */
export function EmployeeRow({ employee: e, index, workspace, issues, onChange, onRemove }: Props) {
  const who = e.name.trim() || `employee ${index + 1}`;
  const at = `workspace.employees.${e.id}`;
  return (
    <tr data-field={at}>
      <td>
        <TextField hideLabel label={`Name of ${who}`} value={e.name} format={(v) => v} parse={(t) => parseName(t, 'The name')} onCommit={(name) => onChange((x) => ({ ...x, name }))} />
      </td>
      <td>
        <TextField
          hideLabel
          label={`Extension of ${who}`}
          inputMode="numeric"
          size={5}
          value={e.extension}
          format={(v) => v ?? ''}
          parse={(t) => parseExtension(workspace, e.id, t)}
          onCommit={(extension) => onChange((x) => ({ ...x, extension }))}
          savedErrors={errorsAt(issues, `${at}.extension`)}
        />
      </td>
      <td>
        <TextField
          hideLabel
          label={`Mobile of ${who}`}
          type="tel"
          placeholder={MOBILE_EXAMPLE}
          value={e.mobile}
          format={(v) => (v === null ? '' : formatPhone(v))}
          parse={parseOptionalPhone}
          onCommit={(mobile) => onChange((x) => ({ ...x, mobile }))}
          savedErrors={errorsAt(issues, `${at}.mobile`)}
        />
      </td>
      <td>
        <SelectField
          hideLabel
          label={`Status of ${who}`}
          value={e.status}
          options={EMPLOYEE_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
          onChange={(status) => onChange((x) => ({ ...x, status }))}
        />
      </td>
      <td><button type="button" onClick={onRemove} aria-label={`Remove ${who}`}>Remove</button></td>
    </tr>
  );
}
