import { useLayoutEffect, useState } from 'react';
import type { RefObject } from 'react';
import type { Frame } from './handoff';

/**
 * Where `ref`'s element sits on screen, measured after the first commit and before the first
 * paint: undefined until then, null when it has no size (a test's DOM has no layout). The
 * canvas mounts once this is known, so that it can start on its first view.
 */
export function useFrame(ref: RefObject<HTMLElement | null>): Frame | null | undefined {
  const [frame, setFrame] = useState<Frame | null | undefined>(undefined);
  useLayoutEffect(() => {
    const r = ref.current?.getBoundingClientRect();
    setFrame(r && r.width > 0 && r.height > 0 ? { x: r.x, y: r.y, width: r.width, height: r.height } : null);
  }, [ref]);
  return frame;
}
