import { useId } from 'react';
import type { Hours } from '../../engine';
import { WEEKDAYS } from '../../engine';
import { CheckboxField } from '../../ui/CheckboxField';
import { errorsAt } from '../fieldIssues';
import type { SectionProps } from '../sections/types';
import { SettingsSection } from '../SettingsSection';
import { DayEditor } from './DayEditor';
import { HolidaysEditor } from './HolidaysEditor';
import { HoursPreview } from './HoursPreview';
import { TimezoneField } from './TimezoneField';

/**
 * Working hours (N3): on/off, time zone, each weekday's intervals, holidays, and a live open/closed preview.
 * While the hours are off the days and holidays have no effect, so they are locked (kept as
 * they are, for when the hours are turned on again) and described by the preview, which says
 * why. The time zone stays editable: the simulator reads the call's time in it either way.
 */
export function HoursSection({ number, onChange, issues = [] }: Pick<SectionProps, 'number' | 'onChange'> & { issues?: SectionProps['issues'] }) {
  const hours = number.settings.hours;
  const set = (fn: (h: Hours) => Hours) => onChange((s) => ({ ...s, hours: fn(s.hours) }));
  const previewId = useId();
  const locked = { disabled: !hours.enabled, describedBy: hours.enabled ? undefined : previewId };
  return (
    <SettingsSection id="settings-hours"
      title="Working hours"
      intro="Outside these hours the flow's “Working hours” node takes its Closed branch (voicemail, forward or hang up)."
    >
      <CheckboxField label="Use working hours" checked={hours.enabled} onChange={(enabled) => set((h) => ({ ...h, enabled }))} />
      <HoursPreview id={previewId} hours={hours} />
      <TimezoneField value={hours.timezone} onCommit={(timezone) => set((h) => ({ ...h, timezone }))} savedErrors={errorsAt(issues, 'settings.hours.timezone')} />
      <div className="week-editor">
        {WEEKDAYS.map((day) => (
          <DayEditor
            key={day}
            day={day}
            intervals={hours.week[day]}
            errors={errorsAt(issues, `settings.hours.week.${day}`)}
            {...locked}
            onChange={(list) => set((h) => ({ ...h, week: { ...h.week, [day]: list } }))}
          />
        ))}
      </div>
      <HolidaysEditor holidays={hours.holidays} errors={errorsAt(issues, 'settings.hours.holidays')} {...locked} onChange={(holidays) => set((h) => ({ ...h, holidays }))} />
    </SettingsSection>
  );
}
