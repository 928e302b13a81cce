import type { FlowIssue, NumberSettings, PhoneNumber, Project } from '../../engine';

/** A change to one number's settings, applied by the store to the latest saved version. */
export type SettingsChange = (fn: (settings: NumberSettings) => NumberSettings) => void;

/** What every number-settings section is given: the data it shows and one way to change it. */
export interface SectionProps {
  number: PhoneNumber;
  project: Project;
  /** validateNumber's issues for this number. */
  issues: readonly FlowIssue[];
  onChange: SettingsChange;
}
