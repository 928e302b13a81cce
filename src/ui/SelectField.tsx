import type { ReactNode } from 'react';
import { useId } from 'react';

export interface SelectOption<T extends string> {
  value: T;
  label: string;
  disabled?: boolean;
}

export interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  options: readonly SelectOption<T>[];
  onChange: (value: T) => void;
  disabled?: boolean;
  description?: ReactNode;
  hideLabel?: boolean;
  /** The validation `field` path this control edits, so that an issue about it can take the user here. */
  field?: string;
  /** What is wrong with the saved choice (a number that was deleted): shown under it, and the select marked invalid. */
  errors?: readonly string[];
}

/** A labelled native select. */
export function SelectField<T extends string>({ label, value, options, onChange, disabled, description, hideLabel, field, errors = [] }: SelectFieldProps<T>) {
  const id = useId();
  const describedBy = [errors.length ? `${id}-error` : '', description ? `${id}-desc` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field" data-field={field}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>{label}</label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        aria-describedby={describedBy}
        aria-invalid={errors.length ? true : undefined}
        onChange={(e) => onChange(e.target.value as T)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.disabled}>{o.label}</option>
        ))}
      </select>
      {errors.length > 0 && <div id={`${id}-error`} className="field-error">{errors.join(' ')}</div>}
      {description && <div id={`${id}-desc`} className="field-hint">{description}</div>}
    </div>
  );
}
