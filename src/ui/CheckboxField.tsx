import type { ReactNode } from 'react';
import { useId } from 'react';

export interface CheckboxFieldProps {
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  /** Why it is disabled, or what it does: read out with the checkbox. */
  description?: ReactNode;
  /** The validation `field` path this control edits, so that an issue about it can take the user here. */
  field?: string;
}

/** A labelled checkbox with an optional description tied to it by aria-describedby. */
export function CheckboxField({ label, checked, onChange, disabled, description, field }: CheckboxFieldProps) {
  const id = useId();
  return (
    <div className="field" data-field={field}>
      <label className="checkbox" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={checked}
          disabled={disabled}
          aria-describedby={description ? `${id}-desc` : undefined}
          onChange={(e) => onChange(e.target.checked)}
        />
        <span>{label}</span>
      </label>
      {description && <div id={`${id}-desc`} className="field-hint">{description}</div>}
    </div>
  );
}
