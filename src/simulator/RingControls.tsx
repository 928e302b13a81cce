import type { Answer } from '../engine';
import { Icon } from '../ui/Icon';

/** One party a live ring step is ringing, as the controls show it. */
export interface RingParty {
  key: string;
  label: string;
}

export interface RingControlsProps {
  parties: RingParty[];
  ring: number;
  rings: number;
  /** Hold music playing to the caller meanwhile (a queue). */
  onHold?: string | null;
  onAnswer: (partyKey: string, answer: Answer) => void;
  /** Auto-answer presets are on: the controls say so instead of waiting for a click. */
  auto?: boolean;
}

/** "Answer", "No answer" and "Busy" for each party being rung; the party's name is part of each button's name. */
export function RingControls({ parties, ring, rings, onHold, onAnswer, auto }: RingControlsProps) {
  return (
    <section className="sim-ring" aria-label="Ringing">
      <p>Ring {ring} of {rings}{onHold ? ` — the caller hears ${onHold}` : ''}{auto ? ' — answered automatically by the presets' : ''}</p>
      <ul className="sim-parties">
        {parties.map((p) => (
          <li key={p.key}>
            {/* An SVG, not the 🔔 emoji: many Chromium installs have no emoji font and drew a missing-glyph box. */}
            <span className="sim-party"><Icon name="phone-incoming" size={14} className="sim-party__icon" />{p.label}</span>
            <span className="sim-row">
              <button type="button" className="primary" aria-label={`Answer (${p.label})`} onClick={() => onAnswer(p.key, 'answer')}>Answer</button>
              <button type="button" aria-label={`No answer (${p.label})`} onClick={() => onAnswer(p.key, 'noAnswer')}>No answer</button>
              <button type="button" aria-label={`Busy (${p.label})`} onClick={() => onAnswer(p.key, 'busy')}>Busy</button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
