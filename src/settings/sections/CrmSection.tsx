import { Link } from 'react-router';
import { LEAD_FOR, PLAN_LABELS } from '../../engine';
import { CheckboxField } from '../../ui/CheckboxField';
import { PlanLock } from '../../ui/PlanLock';
import { SelectField } from '../../ui/SelectField';
import { planAllows, unlockingPlanNames } from '../plans';
import { SettingsSection } from '../SettingsSection';
import type { SectionProps } from './types';

const LEAD_FOR_LABELS: Record<(typeof LEAD_FOR)[number], string> = {
  none: 'Never',
  inbound: 'Inbound calls',
  outbound: 'Outbound calls',
  all: 'Inbound and outbound calls',
};

/** The CRM's usual lead sources; CALL is the only one every plan allows. */
export const LEAD_SOURCES = ['CALL', 'CALLBACK', 'WEB', 'EMAIL', 'ADVERTISING', 'PARTNER', 'RECOMMENDATION', 'TRADE_SHOW', 'OTHER'] as const;

/** CRM integration: when leads are created, their source, exceptions, responsible person on transfer. */
export function CrmSection({ number, project, onChange }: SectionProps) {
  const crm = number.settings.crm;
  const plan = project.workspace.plan;
  const sourceUnlocked = planAllows(plan, 'leadSource');
  const sources = (LEAD_SOURCES as readonly string[]).includes(crm.leadSource) ? LEAD_SOURCES : [crm.leadSource, ...LEAD_SOURCES];
  return (
    <SettingsSection id="settings-crm"
      title="CRM integration"
      intro="On every call the CRM is searched for a contact, company or lead with the caller's number."
    >
      <SelectField
        label="Create a lead for"
        value={crm.createLeadFor}
        options={LEAD_FOR.map((v) => ({ value: v, label: LEAD_FOR_LABELS[v] }))}
        onChange={(v) => onChange((s) => ({ ...s, crm: { ...s.crm, createLeadFor: v } }))}
        description="A lead is created when the caller is not in the CRM and not on the exception list."
      />
      <SelectField
        label="Lead source"
        field="settings.crm.leadSource"
        value={crm.leadSource}
        options={sources.map((v) => ({ value: v, label: v, disabled: !sourceUnlocked && v !== 'CALL' }))}
        disabled={!sourceUnlocked && crm.leadSource === 'CALL'}
        onChange={(v) => onChange((s) => ({ ...s, crm: { ...s.crm, leadSource: v } }))}
        description={sourceUnlocked ? undefined : (
          <PlanLock feature="A lead source other than CALL" plans={unlockingPlanNames('leadSource')} current={PLAN_LABELS[plan]} />
        )}
      />
      <p>
        <Link to="/workspace#crm-exceptions">Edit the CRM exception list</Link>{' '}
        <span className="field-hint">({project.workspace.crm.exceptions.length === 1 ? '1 number' : `${project.workspace.crm.exceptions.length} numbers`} the CRM ignores)</span>
      </p>
      <CheckboxField
        label="Change the responsible person when a call is transferred manually"
        checked={crm.changeResponsibleOnTransfer}
        onChange={(checked) => onChange((s) => ({ ...s, crm: { ...s.crm, changeResponsibleOnTransfer: checked } }))}
      />
    </SettingsSection>
  );
}
