import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';

export interface ShortcutHandlers {
  undo(): void;
  redo(): void;
  copy(): void;
  cut(): void;
  paste(): void;
  remove(): void;
  /** Ctrl/⌘+F: the designer's own find (the browser's cannot see nodes that are off screen). */
  find?(): void;
}

const isEditable = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT');

/**
 * The designer's keyboard shortcuts: Ctrl/⌘+Z undo, Ctrl/⌘+Shift+Z and Ctrl+Y redo,
 * Ctrl/⌘+C, X, V, Delete/Backspace, and Ctrl/⌘+F to find a node. They act when focus is on the
 * designer (or on nothing), and, but for find, never inside a text field, where the keys keep
 * their text meaning.
 */
export function useShortcuts(root: RefObject<HTMLElement | null>, handlers: ShortcutHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || !(e.target instanceof Node)) return;
      // The designer, or what holds it and nothing else: the page, or its main region, which
      // has focus on arrival and after a click on the empty canvas.
      const el = root.current;
      const inside = !!el && (el.contains(e.target) || e.target.contains(el));
      // Not from an open dialog (a restore question): its keys stay in it.
      if (!inside || (e.target instanceof Element && e.target.closest('dialog, [role="dialog"], [role="alertdialog"]'))) return;
      const h = latest.current;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      let run: (() => void) | null = null;
      // Find works from a text field too; the other keys keep their text meaning there.
      if (mod && key === 'f' && !e.shiftKey && !e.altKey) run = h.find ?? null;
      else if (isEditable(e.target)) return;
      else if (mod && key === 'z') run = e.shiftKey ? h.redo : h.undo;
      else if (mod && key === 'y') run = h.redo;
      else if (mod && key === 'c') run = h.copy;
      else if (mod && key === 'x') run = h.cut;
      else if (mod && key === 'v') run = h.paste;
      else if (!mod && (e.key === 'Delete' || e.key === 'Backspace')) run = h.remove;
      if (!run) return;
      e.preventDefault();
      run();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [root]);
}
