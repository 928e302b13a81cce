import { PLAN_LABELS } from '../../engine';
import { CheckboxField } from '../../ui/CheckboxField';
import { PlanLock } from '../../ui/PlanLock';
import { useNow } from '../../ui/clock';
import { planAllows, recordingAllowance, unlockingPlanNames } from '../plans';
import { SettingsSection } from '../SettingsSection';
import type { SectionProps } from './types';

/** The seed's legal reminder, in English. */
export const RECORDING_LEGAL_NOTE =
  'Make sure that recording calls does not break your company’s policy or the law of your country, ' +
  'or of any other country whose law your company must follow. Also turn on “This call will be recorded” ' +
  'for inbound calls so that your customers know the call is recorded.';

/** This month's recordings: the stored count if it is for the current UTC month, else none yet. */
export function recordingsThisMonth(usage: { month: string; count: number }, now: Date): number {
  return usage.month === now.toISOString().slice(0, 7) ? usage.count : 0;
}

/** Recording and rating: record all, the announcement, transcription, the monthly allowance, quality rating. */
export function RecordingSection({ number, project, onChange }: SectionProps) {
  const now = useNow();
  const { recording, rating } = number.settings;
  const plan = project.workspace.plan;
  const allowance = recordingAllowance(plan);
  const used = recordingsThisMonth(project.workspace.usage.recordings, now);
  const ratingUnlocked = planAllows(plan, 'rating');
  return (
    <SettingsSection id="settings-recording" title="Recording and rating">
      <CheckboxField
        label="Record all calls"
        checked={recording.recordAll}
        onChange={(checked) => onChange((s) => ({ ...s, recording: { ...s.recording, recordAll: checked } }))}
        description={RECORDING_LEGAL_NOTE}
      />
      <CheckboxField
        label="Play “This call will be recorded” to inbound callers"
        checked={recording.announce}
        onChange={(checked) => onChange((s) => ({ ...s, recording: { ...s.recording, announce: checked } }))}
      />
      <CheckboxField
        label="Transcribe recordings to text"
        checked={recording.transcribe}
        onChange={(checked) => onChange((s) => ({ ...s, recording: { ...s.recording, transcribe: checked } }))}
        description="A paid add-on: each transcription is charged to the telephony balance after the call."
      />
      {/* The count and the allowance are the workspace's, shared by all its numbers: said so, or a new number seemed to have 37 recordings. */}
      <p className="recording-allowance">
        {allowance === null
          ? `Recordings this month, whole workspace: ${used}. The ${PLAN_LABELS[plan]} plan keeps every recording accessible.`
          : `Recordings this month, whole workspace: ${used} of ${allowance} accessible on the ${PLAN_LABELS[plan]} plan. ` +
            'Recordings beyond that are made but cannot be listened to; the count starts again each calendar month.'}
        {allowance !== null && used >= allowance && <strong> This month’s allowance is used up.</strong>}
      </p>
      <CheckboxField
        label="Let callers rate the quality of service after the call"
        field="settings.rating.enabled"
        checked={rating.enabled}
        disabled={!ratingUnlocked && !rating.enabled}
        onChange={(checked) => onChange((s) => ({ ...s, rating: { enabled: checked } }))}
        description={ratingUnlocked ? 'Callers press 1–5; the rating shows in the call details.' : (
          <PlanLock feature="Call rating" plans={unlockingPlanNames('rating')} current={PLAN_LABELS[plan]} />
        )}
      />
    </SettingsSection>
  );
}
