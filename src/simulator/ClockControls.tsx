import { useId } from 'react';
import type { Speed } from './useCallClock';
import { mmss } from './zoned';

const SPEEDS: { value: Speed; label: string }[] = [
  { value: 'paused', label: 'Pause' },
  { value: '1x', label: '1×' },
  { value: '10x', label: '10×' },
];

export interface ClockControlsProps {
  speed: Speed;
  onSpeed: (speed: Speed) => void;
  /** Simulated seconds since the call began. */
  seconds: number;
  onSkip: () => void;
}

/** The simulated clock: its reading, its speed and "Skip to next timer". */
export function ClockControls({ speed, onSpeed, seconds, onSkip }: ClockControlsProps) {
  const name = useId();
  return (
    <div className="sim-row sim-clock" role="group" aria-label="Clock">
      <time aria-label="Call time">{mmss(seconds)}</time>
      {SPEEDS.map((s) => (
        <label key={s.value} className="checkbox">
          <input type="radio" name={name} checked={speed === s.value} onChange={() => onSpeed(s.value)} /> {s.label}
        </label>
      ))}
      <button type="button" onClick={onSkip}>Skip to next timer</button>
    </div>
  );
}
