import { useEffect, useId, useState } from 'react';
import { ANSWERS, formatPhone } from '../engine';
import type { Answer, PhoneNumber, Workspace } from '../engine';
import { CheckboxField } from '../ui/CheckboxField';
import type { CallSetup } from './setup';
import { callerOf, hasSipTo } from './setup';
import { employeeName } from './describe';
import { fromLocalInput, toLocalInput } from './zoned';

/** A quick pick for the call's time; `at` null means the number's hours have no such time. */
export interface TimePick {
  label: string;
  at: string | null;
  why?: string;
}

export interface CallSetupFormProps {
  setup: CallSetup;
  onChange: (setup: CallSetup) => void;
  number: PhoneNumber;
  workspace: Workspace;
  picks: readonly TimePick[];
  /** Whether the hours are open at the chosen time, in words ("Open until 12:00"). */
  hoursNote: string;
}

const ANSWER_TEXT: Record<Answer, string> = { answer: 'Answers', noAnswer: 'Does not answer', busy: 'Busy' };

/** Caller, time in the number's timezone, SIP `To:`, service switch and auto-answer presets. */
export function CallSetupForm({ setup, onChange, number, workspace, picks, hoursNote }: CallSetupFormProps) {
  const id = useId();
  // A change of any field makes the call the trainer's own: a path loaded from Paths no longer applies.
  const [draft, setDraft] = useState<string | null>(null);
  // The caller's number as typed, while the field has focus; otherwise it is shown grouped as the
  // call log writes it (formatPhone), whatever spacing it was typed or loaded with. Only what is
  // typed is stored: focus or blur alone changes nothing, so a path loaded from Paths still applies.
  const [typing, setTyping] = useState<string | null>(null);
  const [spokenNote, setSpokenNote] = useState(hoursNote);
  useEffect(() => {
    const t = setTimeout(() => setSpokenNote(hoursNote), 1_000);
    return () => clearTimeout(t);
  }, [hoursNote]);
  const set = (patch: Partial<CallSetup>) => onChange({ ...setup, path: null, script: null, ...patch });
  const zone = number.settings.hours.timezone;
  const caller = callerOf(setup, workspace);
  const record = workspace.crm.records.find((r) => r.id === setup.recordId);
  const typedShown = typing ?? (setup.caller === 'typed' && caller.ok ? formatPhone(caller.from) : setup.typed);
  return (
    <form className="sim-setup" aria-label="Call setup" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>Caller</legend>
        <label className="checkbox"><input type="radio" name={`${id}-caller`} checked={setup.caller === 'crm'} onChange={() => set({ caller: 'crm' })} /> A CRM record</label>
        <label className="checkbox"><input type="radio" name={`${id}-caller`} checked={setup.caller === 'typed'} onChange={() => set({ caller: 'typed' })} /> Any number</label>
        {setup.caller === 'crm' ? (
          <>
            <label htmlFor={`${id}-rec`}>CRM record</label>
            <select id={`${id}-rec`} value={setup.recordId} onChange={(e) => set({ recordId: e.target.value, phoneIndex: 0 })}>
              {workspace.crm.records.map((r) => <option key={r.id} value={r.id}>{r.name}</option>)}
            </select>
            {record && (
              <p className="sim-muted">{record.kind} · responsible: {employeeName(workspace, record.responsibleId)}{record.phones.length === 1 ? ` · ${formatPhone(record.phones[0] ?? '')}` : ''}</p>
            )}
            {record && record.phones.length > 1 && (
              <>
                <label htmlFor={`${id}-ph`}>Phone</label>
                <select id={`${id}-ph`} value={setup.phoneIndex} onChange={(e) => set({ phoneIndex: Number(e.target.value) })}>
                  {record.phones.map((p, i) => <option key={p} value={i}>{formatPhone(p)}</option>)}
                </select>
              </>
            )}
          </>
        ) : (
          <>
            <label htmlFor={`${id}-num`}>Caller's number</label>
            <input
              id={`${id}-num`} type="tel" value={typedShown}
              aria-invalid={caller.ok ? undefined : true}
              aria-describedby={caller.ok ? undefined : `${id}-num-err`}
              // Editing starts from the text on screen, so the number does not jump as focus arrives.
              onFocus={() => setTyping(typedShown)}
              onChange={(e) => {
                setTyping(e.target.value);
                set({ typed: e.target.value });
              }}
              onBlur={() => setTyping(null)}
            />
          </>
        )}
        {!caller.ok && <span id={`${id}-num-err`} className="field-error">{caller.message}</span>}
      </fieldset>
      <fieldset>
        <legend>When</legend>
        <label htmlFor={`${id}-at`}>Date and time ({zone})</label>
        <input
          id={`${id}-at`} type="datetime-local" value={draft ?? toLocalInput(setup.at, zone)} aria-describedby={`${id}-hours`}
          onChange={(e) => {
            // What is typed stays as typed until it is a whole time: the year "2" of "2027" is no time in 1902.
            setDraft(e.target.value);
            const at = Number(e.target.value.slice(0, 4)) >= 1970 ? fromLocalInput(e.target.value, zone) : null;
            if (at) set({ at });
          }}
          onBlur={() => setDraft(null)}
        />
        <p className="sim-muted" id={`${id}-hours`}>{hoursNote}</p>
        {/* Said once the time has settled, not at every key typed into it. */}
        <p className="cf-sr-only" role="status">{spokenNote}</p>
        <div className="sim-row">
          {picks.map((p) => (
            <button key={p.label} type="button" disabled={!p.at} title={p.why} onClick={() => p.at && set({ at: p.at })}>{p.label}</button>
          ))}
        </div>
      </fieldset>
      {hasSipTo(number) && (
        <div className="field">
          <label htmlFor={`${id}-sip`}>SIP To: extension</label>
          <input id={`${id}-sip`} inputMode="numeric" value={setup.sipTo} placeholder="none" onChange={(e) => set({ sipTo: e.target.value })} />
        </div>
      )}
      <CheckboxField
        label="Service unavailable" checked={!setup.serviceAvailable}
        onChange={(down) => set({ serviceAvailable: !down })}
        description="The workspace is down: the backup number takes the call."
      />
      <CheckboxField label="Auto" checked={setup.auto} onChange={(auto) => set({ auto })} description="Employees answer by the presets below instead of waiting for a click." />
      {setup.auto && (
        <fieldset>
          <legend>Auto answers</legend>
          {/* A path from Paths brings its own answers; the presets below take over once one is changed. */}
          {setup.path && <p className="sim-muted" role="note">This call answers as the path says, not by these presets. Change one to answer by the presets.</p>}
          {workspace.employees.map((e) => (
            <div key={e.id} className="sim-row">
              <label htmlFor={`${id}-p-${e.id}`}>{e.name}</label>
              <select id={`${id}-p-${e.id}`} value={setup.presets[e.id] ?? 'noAnswer'} onChange={(ev) => set({ presets: { ...setup.presets, [e.id]: ev.target.value as Answer } })}>
                {ANSWERS.map((a) => <option key={a} value={a}>{ANSWER_TEXT[a]}</option>)}
              </select>
            </div>
          ))}
        </fieldset>
      )}
    </form>
  );
}
