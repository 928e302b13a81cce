/**
 * Did the keyboard lose its place? Focus is on the page itself, on an element that is gone, or
 * on a disabled button: Chrome leaves focus on a button that disables itself (Delete, Send, the
 * last Undo), where keys no longer reach anything. The screens then put it somewhere sensible.
 */
export function focusLost(): boolean {
  const at = document.activeElement as HTMLButtonElement | null;
  return !at || at === document.body || !at.isConnected || at.disabled === true;
}
