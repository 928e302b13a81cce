import type { FormEvent } from 'react';
import { useId, useRef, useState } from 'react';
import { NUMBER_KINDS, parsePhoneInput } from '../../engine';
import type { NumberKind, PhoneNumber } from '../../engine';
import { Dialog } from '../../ui/Dialog';
import { KIND_LABELS } from './numberSummary';

export interface AddNumberDialogProps {
  /** The workspace's numbers, so that one already in use is refused. */
  existing: readonly Pick<PhoneNumber, 'number' | 'name'>[];
  onAdd: (input: { kind: NumberKind; number: string; name: string }) => void;
  onCancel: () => void;
}

type Check = { ok: true; value: string } | { ok: false; message: string };

function checkNumber(text: string, existing: AddNumberDialogProps['existing']): Check {
  const parsed = parsePhoneInput(text);
  if (!parsed.ok) return parsed;
  const taken = existing.find((n) => n.number === parsed.e164);
  if (taken) return { ok: false, message: `This number is already in the workspace as “${taken.name}”.` };
  return { ok: true, value: parsed.e164 };
}

function checkName(text: string): Check {
  const name = text.trim();
  if (name === '') return { ok: false, message: 'Enter a name, such as Hotline or Sales.' };
  if (name.length > 200) return { ok: false, message: 'Keep the name under 200 characters.' };
  return { ok: true, value: name };
}

/**
 * Asks for a new number's kind, E.164 number and name. The number is checked as it is typed;
 * nothing is added until every field is valid, and each invalid field says why.
 */
export function AddNumberDialog({ existing, onAdd, onCancel }: AddNumberDialogProps) {
  const id = useId();
  const [kind, setKind] = useState<NumberKind>('rented');
  const [number, setNumber] = useState('');
  const [name, setName] = useState('');
  // Errors show once a field has been typed in or the form was submitted, not on an untouched field.
  const [touched, setTouched] = useState({ number: false, name: false });
  const numberRef = useRef<HTMLInputElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const numberCheck = checkNumber(number, existing);
  const nameCheck = checkName(name);
  const numberError = touched.number && !numberCheck.ok ? numberCheck.message : null;
  const nameError = touched.name && !nameCheck.ok ? nameCheck.message : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched({ number: true, name: true });
    if (!numberCheck.ok) return numberRef.current?.focus();
    if (!nameCheck.ok) return nameRef.current?.focus();
    onAdd({ kind, number: numberCheck.value, name: nameCheck.value });
  };

  return (
    <Dialog title="Add a phone number" onClose={onCancel}>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-kind`}>Kind</label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as NumberKind)}>
            {NUMBER_KINDS.map((k) => <option key={k} value={k}>{KIND_LABELS[k]}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-number`}>Phone number</label>
          <input
            id={`${id}-number`}
            ref={numberRef}
            type="tel"
            inputMode="tel"
            autoComplete="off"
            placeholder="+84 28 7123 4567"
            value={number}
            aria-invalid={numberError ? true : undefined}
            aria-describedby={`${id}-number-msg`}
            onChange={(e) => {
              setNumber(e.target.value);
              setTouched((t) => ({ ...t, number: true }));
            }}
          />
          <span id={`${id}-number-msg`} className={numberError ? 'field-error' : 'field-hint'}>
            {numberError ?? 'In international format: + and the country code.'}
          </span>
        </div>
        <div className="field">
          <label htmlFor={`${id}-name`}>Name</label>
          <input
            id={`${id}-name`}
            ref={nameRef}
            value={name}
            aria-invalid={nameError ? true : undefined}
            aria-describedby={nameError ? `${id}-name-msg` : undefined}
            onChange={(e) => {
              setName(e.target.value);
              setTouched((t) => ({ ...t, name: true }));
            }}
          />
          {nameError && <span id={`${id}-name-msg`} className="field-error">{nameError}</span>}
        </div>
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>Cancel</button>
          <button type="submit" className="primary">Add number</button>
        </div>
      </form>
    </Dialog>
  );
}
