import { memo } from 'react';

/**
 * Line icons drawn inline as SVG: no icon font or emoji font has to be installed (headless
 * Chromium and many Linux desktops have no emoji font), and they inherit the text colour.
 */
const PATHS: Record<string, string> = {
  'phone-incoming': 'M15 3v6h6M21 3l-6 6M5 4h3l2 5-2 1.5a11 11 0 0 0 5.5 5.5L15 14l5 2v3a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2z',
  sip: 'M4 8h13l-3-3M20 16H7l3 3',
  clock: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM12 7v5l3 2',
  speaker: 'M4 9h4l5-4v14l-5-4H4zM16 9a4 4 0 0 1 0 6M18.5 6.5a8 8 0 0 1 0 11',
  menu: 'M8 6h12M8 12h12M8 18h12M4 6h.01M4 12h.01M4 18h.01',
  'user-check': 'M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM2 21a7 7 0 0 1 14 0M16 11l2 2 4-4',
  users: 'M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM2 21a7 7 0 0 1 14 0M16 3.5a4 4 0 0 1 0 7.5M18 14a6 6 0 0 1 4 7',
  user: 'M12 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM5 21a7 7 0 0 1 14 0',
  smartphone: 'M7 2h10a1 1 0 0 1 1 1v18a1 1 0 0 1-1 1H7a1 1 0 0 1-1-1V3a1 1 0 0 1 1-1zM11 18h2',
  'phone-forward': 'M15 3h6v6M21 3l-7 7M5 4h3l2 5-2 1.5a11 11 0 0 0 5.5 5.5L15 14l5 2v3a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2z',
  voicemail: 'M6 15a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7zM18 15a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7zM6 15h12',
  'phone-off': 'M3 3l18 18M8 4H5a2 2 0 0 0-2 2 16 16 0 0 0 4.6 10.4M10.7 13.3A11 11 0 0 0 15 16l1.5-2 5 2v3a2 2 0 0 1-2 2 16 16 0 0 1-6-1.6M9.5 9.5 10 9 8 4',
  lock: 'M6 11h12v10H6zM8.5 11V7.5a3.5 3.5 0 0 1 7 0V11',
  warning: 'M12 3 2 20h20zM12 10v4M12 17h.01',
  error: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM8 12h8',
  dot: 'M12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6z',
};

export interface IconProps {
  name: string;
  size?: number;
  className?: string;
}

/** A decorative icon (hidden from assistive technology: the control it sits in carries the name). */
export const Icon = memo(function Icon({ name, size = 16, className }: IconProps) {
  return (
    <svg
      className={className}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name] ?? PATHS.dot} />
    </svg>
  );
});
