import type { ReactNode } from 'react';

/** A link seen only when focused that moves the keyboard past what follows (the canvas), to the element `to`. */
export function SkipLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <a
      className="skip-link"
      href={`#${to}`}
      onClick={(e) => {
        // Focus, not the address: the router owns the hash (a `#field` address focuses that field).
        e.preventDefault();
        const el = document.getElementById(to);
        if (el && !el.hasAttribute('tabindex')) el.tabIndex = -1;
        el?.focus();
      }}
    >
      {children}
    </a>
  );
}
