import { formatPhone } from '../../engine';
import { SelectField } from '../../ui/SelectField';
import { errorsAt } from '../fieldIssues';
import { SettingsSection } from '../SettingsSection';
import type { SectionProps } from './types';

const OWN = '';

/** Forwarding connection (S4): PBX and app connections may forward calls through another connection. */
export function ForwardingSection({ number, project, issues, onChange }: Pick<SectionProps, 'number' | 'project' | 'issues' | 'onChange'>) {
  const via = number.settings.forwardViaNumberId;
  if (number.kind === 'rented') {
    return (
      <SettingsSection id="settings-forwarding" title="Forwarding connection">
        <p>Calls are forwarded through this number itself. Only SIP PBX and app connections can forward through another connection.</p>
      </SettingsSection>
    );
  }
  const others = project.numbers.filter((n) => n.id !== number.id);
  const known = via === null || others.some((n) => n.id === via);
  const options = [
    { value: OWN, label: 'This connection (default)' },
    ...others.map((n) => ({
      value: n.id,
      label: `${n.name || n.id} (${formatPhone(n.number)})${n.status === 'disconnected' ? ' — disconnected' : ''}`,
      disabled: n.status === 'disconnected' && n.id !== via,
    })),
    ...(known ? [] : [{ value: via, label: `Missing connection (${via})`, disabled: true }]),
  ];
  return (
    <SettingsSection id="settings-forwarding" title="Forwarding connection">
      <SelectField
        label="Forward calls through"
        field="settings.forwardViaNumberId"
        value={via ?? OWN}
        options={options}
        onChange={(v) => onChange((s) => ({ ...s, forwardViaNumberId: v === OWN ? null : v }))}
        errors={errorsAt(issues, 'settings.forwardViaNumberId')}
        description="By default a forwarded call goes out through the connection it came in on."
      />
    </SettingsSection>
  );
}
