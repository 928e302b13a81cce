import type { Parsed } from '../../ui/TextField';
import { TextField } from '../../ui/TextField';
import { SettingsSection } from '../SettingsSection';
import type { SectionProps } from './types';

/** A whole number from `min` to `max`, typed into a field named `what`. */
export function parseWhole(text: string, min: number, max: number, what: string): Parsed<number> {
  const t = text.trim();
  if (!/^\d+$/.test(t)) return { ok: false, message: `${what} must be a whole number from ${min} to ${max}.` };
  const n = Number(t);
  if (n < min || n > max) return { ok: false, message: `${what} must be from ${min} to ${max}; ${n} is out of range.` };
  return { ok: true, value: n };
}

/** Missed-call redial: how many attempts and how far apart (A4). */
export function CallbackSection({ number, onChange }: Pick<SectionProps, 'number' | 'onChange'>) {
  const { attempts, delaySeconds } = number.settings.callback;
  return (
    <SettingsSection id="settings-callback"
      title="Missed-call redial"
      intro="When a caller could not reach anyone (voicemail, hang-up, dropped or abandoned), the system calls them back."
    >
      <div className="field-row">
        <TextField
          label="Redial attempts"
          type="number"
          inputMode="numeric"
          value={attempts}
          format={String}
          parse={(t) => parseWhole(t, 0, 10, 'Redial attempts')}
          onCommit={(v) => onChange((s) => ({ ...s, callback: { ...s.callback, attempts: v } }))}
          hint="0 turns redial off; at most 10."
        />
        <TextField
          label="Delay between attempts (seconds)"
          type="number"
          inputMode="numeric"
          value={delaySeconds}
          format={String}
          parse={(t) => parseWhole(t, 0, 86_400, 'The delay')}
          onCommit={(v) => onChange((s) => ({ ...s, callback: { ...s.callback, delaySeconds: v } }))}
          hint="Up to 86,400 seconds (one day)."
        />
      </div>
      <p className="field-hint" aria-live="polite">
        {attempts === 0 ? 'Missed calls are not redialled.' : `A missed call is redialled ${attempts} time${attempts === 1 ? '' : 's'}, ${delaySeconds} s apart.`}
      </p>
    </SettingsSection>
  );
}
