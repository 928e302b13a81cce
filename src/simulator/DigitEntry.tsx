import type { Ref } from 'react';
import { Keypad } from './Keypad';

export interface DigitEntryProps {
  /** The digits keyed so far, not yet sent. */
  value: string;
  onChange: (value: string) => void;
  onSend: () => void;
  /** Absent while a greeting plays: the wait has not begun yet. */
  onNothing?: () => void;
  /** What the flow waits for: "Main menu: 1 Sales, 2 Support; or an extension". */
  prompt: string;
  /** Seconds left before the wait runs out, when known. */
  secondsLeft?: number | null;
  /** The Send button, which keys typed on the keyboard bring the focus to. */
  sendRef?: Ref<HTMLButtonElement>;
}

/**
 * The keypad while the flow waits for keys (or while a greeting that takes them plays), with
 * Send and Press nothing. (The call panel around it takes digits typed on the keyboard.)
 */
export function DigitEntry({ value, onChange, onSend, onNothing, prompt, secondsLeft, sendRef }: DigitEntryProps) {
  return (
    <section className="sim-digits" aria-label="Caller's keys">
      <p className="sim-prompt">{prompt}{secondsLeft != null && <> — {Math.max(0, Math.ceil(secondsLeft))} s left</>}</p>
      <output className="sim-dialled" aria-label="Keys pressed" aria-live="polite">{value || '—'}</output>
      <Keypad onPress={(k) => onChange(value + k)} />
      <div className="sim-row">
        <button type="button" onClick={() => onChange(value.slice(0, -1))} disabled={!value}>Delete last key</button>
        <button type="button" className="primary" ref={sendRef} onClick={onSend} disabled={!value}>Send</button>
        {onNothing && <button type="button" onClick={onNothing}>Press nothing</button>}
      </div>
    </section>
  );
}
