import { formatPhone } from '../../engine';
import type { PhoneNumber, Project } from '../../engine';
import type { FlowIssue } from '../../engine';
import { TextField } from '../../ui/TextField';
import { errorsAt } from '../fieldIssues';
import { SettingsSection } from '../SettingsSection';
import { checkName, checkNumber } from '../numbers/numberChecks';

export interface NumberSectionProps {
  number: PhoneNumber;
  project: Project;
  issues: readonly FlowIssue[];
  onNumberChange: (fn: (n: PhoneNumber) => PhoneNumber) => void;
}

/**
 * The number's name and phone number, checked as typed as the Add dialog checks them: a name,
 * and a phone number in international format that no other number of the workspace has.
 */
export function NumberSection({ number, project, issues, onNumberChange }: NumberSectionProps) {
  const others = project.numbers.filter((n) => n.id !== number.id);
  return (
    <SettingsSection id="settings-number" title="Name and phone number">
      <TextField
        label="Name"
        field="name"
        value={number.name}
        format={(v) => v}
        parse={(text) => checkName(text)}
        onCommit={(name) => onNumberChange((n) => ({ ...n, name }))}
      />
      <TextField
        label="Phone number"
        field="number"
        type="tel"
        inputMode="tel"
        value={number.number}
        format={formatPhone}
        parse={(text) => checkNumber(text, others)}
        onCommit={(e164) => onNumberChange((n) => ({ ...n, number: e164 }))}
        savedErrors={errorsAt(issues, 'number')}
        hint="In international format: + and the country code. Calls to the old number no longer reach this flow."
      />
    </SettingsSection>
  );
}
