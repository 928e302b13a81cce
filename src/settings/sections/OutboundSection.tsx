import { PLAN_LABELS } from '../../engine';
import { CheckboxField } from '../../ui/CheckboxField';
import { PlanLock } from '../../ui/PlanLock';
import type { Parsed } from '../../ui/TextField';
import { TextField } from '../../ui/TextField';
import { checkCandidate, errorsAt, warningsAt } from '../fieldIssues';
import { planAllows, unlockingPlanNames } from '../plans';
import { SettingsSection } from '../SettingsSection';
import { AllowedEmployees } from './AllowedEmployees';
import type { SectionProps } from './types';

const PREFIX = 'settings.outbound.prefix';

/** Outbound (O1–O4, S1): selectable for outbound calls, the prefix with its tips, allowed employees. */
export function OutboundSection({ number, project, issues, onChange }: SectionProps) {
  const outbound = number.settings.outbound;
  const plan = project.workspace.plan;
  const unlocked = planAllows(plan, 'outboundSelectable');
  const parsePrefix = (text: string): Parsed<string | null> => {
    const t = text.trim();
    if (t === '') return { ok: true, value: null };
    const check = checkCandidate(project, number.id, (n) => ({
      ...n, settings: { ...n.settings, outbound: { ...n.settings.outbound, prefix: t } },
    }), PREFIX);
    const [first] = check.errors;
    return first ? { ok: false, message: first } : { ok: true, value: t };
  };
  return (
    <SettingsSection id="settings-outbound" title="Outbound calls">
      <CheckboxField
        label="Employees can choose this number for outbound calls"
        field="settings.outbound.selectable"
        checked={outbound.selectable}
        disabled={!unlocked && !outbound.selectable}
        onChange={(checked) => onChange((s) => ({ ...s, outbound: { ...s.outbound, selectable: checked } }))}
        description={unlocked ? 'They pick it just before dialing, or dial its prefix.' : (
          <PlanLock feature="Choosing this number for outbound calls" plans={unlockingPlanNames('outboundSelectable')} current={PLAN_LABELS[plan]} />
        )}
      />
      <div className="with-aside">
        <TextField
          label="Outbound prefix"
          field="settings.outbound.prefix"
          value={outbound.prefix}
          format={(v) => v ?? ''}
          parse={parsePrefix}
          onCommit={(v) => onChange((s) => ({ ...s, outbound: { ...s.outbound, prefix: v } }))}
          placeholder="*123*"
          size={12}
          warnings={warningsAt(issues, PREFIX)}
          savedErrors={errorsAt(issues, PREFIX)}
          hint="Dial the prefix, then the destination: *123*12125599676."
        />
        <aside className="tips" aria-label="Tips for choosing a prefix">
          <h3>Tips for choosing a prefix</h3>
          <ul>
            <li>Use only symbols your phone’s keypad has: digits, * and #.</li>
            <li>Put * or # in it. Recommended shapes: <code>*123*</code>, <code>#123#</code>, <code>*123#</code>, <code>#123*</code>.</li>
            <li>A prefix of digits only must not start with a country code: 801, 802, 803… work; 44 would be read as the UK.</li>
            <li>After the destination, ; # or , separates an extension: <code>*123*12125599676;45</code>.</li>
          </ul>
        </aside>
      </div>
      <AllowedEmployees
        employees={project.workspace.employees}
        allowed={outbound.allowedEmployeeIds}
        onChange={(ids) => onChange((s) => ({ ...s, outbound: { ...s.outbound, allowedEmployeeIds: ids } }))}
      />
    </SettingsSection>
  );
}
