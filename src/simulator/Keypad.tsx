const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'] as const;

export interface KeypadProps {
  onPress: (key: string) => void;
  disabled?: boolean;
  /** The group's accessible name. */
  label?: string;
  /** Only these keys (the rating prompt uses 1–5); default all twelve. */
  keys?: readonly string[];
  /** Accessible name of a key, when the digit alone would be ambiguous ("Rate 3"). */
  nameOf?: (key: string) => string;
}

/** A phone keypad: twelve buttons named by their key. */
export function Keypad({ onPress, disabled, label = 'Keypad', keys = KEYS, nameOf }: KeypadProps) {
  return (
    <div role="group" aria-label={label} className="sim-keypad">
      {keys.map((k) => (
        <button
          key={k}
          type="button"
          disabled={disabled}
          aria-label={nameOf ? nameOf(k) : undefined}
          onClick={() => onPress(k)}
        >
          {k}
        </button>
      ))}
    </div>
  );
}

/** Keys a keyboard can type into the keypad. */
export function isKeypadKey(key: string): boolean {
  return (KEYS as readonly string[]).includes(key);
}
