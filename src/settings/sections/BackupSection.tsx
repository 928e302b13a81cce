import { formatPhone } from '../../engine';
import type { Parsed } from '../../ui/TextField';
import { TextField } from '../../ui/TextField';
import { checkCandidate, errorsAt, warningsAt } from '../fieldIssues';
import { MOBILE_EXAMPLE, parsePhoneWithExample } from '../phoneExamples';
import { SettingsSection } from '../SettingsSection';
import type { SectionProps } from './types';

const FIELD = 'settings.backupNumber';

/** Backup number (B2, S3): where calls go while the service is down; not one of the workspace's own numbers. */
export function BackupSection({ number, project, issues, onChange }: SectionProps) {
  const value = number.settings.backupNumber;
  const fallback = project.workspace.defaultBackupNumber;
  const parse = (text: string): Parsed<string | null> => {
    if (text.trim() === '') return { ok: true, value: null };
    const phone = parsePhoneWithExample(text, MOBILE_EXAMPLE);
    if (!phone.ok) return phone;
    const check = checkCandidate(project, number.id, (n) => ({ ...n, settings: { ...n.settings, backupNumber: phone.e164 } }), FIELD);
    const [first] = check.errors;
    return first ? { ok: false, message: first } : { ok: true, value: phone.e164 };
  };
  return (
    <SettingsSection id="settings-backup"
      title="Backup number"
      intro="Calls go to this number when the phone service is unavailable for any reason; they are charged as outbound calls."
    >
      <TextField
        label="Backup number"
        field="settings.backupNumber"
        type="tel"
        inputMode="tel"
        placeholder={MOBILE_EXAMPLE}
        value={value}
        format={(v) => (v === null ? '' : formatPhone(v))}
        parse={parse}
        onCommit={(v) => onChange((s) => ({ ...s, backupNumber: v }))}
        warnings={warningsAt(issues, FIELD)}
        savedErrors={errorsAt(issues, FIELD)}
        hint={fallback
          ? `In international format, such as ${MOBILE_EXAMPLE}, and not one of this workspace's numbers. Empty: the workspace's default backup number ${formatPhone(fallback)} is used.`
          : `In international format, such as ${MOBILE_EXAMPLE}, and not one of this workspace's numbers. Empty: no backup, calls are rejected while the service is down.`}
      />
    </SettingsSection>
  );
}
