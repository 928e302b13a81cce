import type { BrowserContext, Page } from 'playwright-core';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const opened = new WeakMap<Page, (ms: number) => void>();
const readied = new WeakMap<Page, (ms: number) => void>();
const ready = new WeakMap<Page, Promise<number>>();

/** Lets the probe report open times to `openTime` (see probe.ts); once per browser context, before its pages load. */
export async function receiveOpenTimes(ctx: BrowserContext): Promise<void> {
  await ctx.exposeBinding('__benchOpened', ({ page }, ms: number) => opened.get(page)?.(ms));
  await ctx.exposeBinding('__benchReady', ({ page }, ms: number) => readied.get(page)?.(ms));
}

/** Milliseconds from navigation start until the canvas shows its nodes and edges and stays still for 10 frames. */
export async function openTime(page: Page, url: string): Promise<number> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const result = new Promise<number>((resolve, reject) => {
    opened.set(page, resolve);
    timer = setTimeout(() => reject(new Error(`${url} did not open within 60 s`)), 60_000);
  });
  ready.set(page, new Promise<number>((resolve) => readied.set(page, resolve)));
  try {
    await page.goto(url);
    return await result;
  } finally {
    clearTimeout(timer);
    opened.delete(page);
  }
}

/**
 * Milliseconds from navigation start of the last `openTime` until the designer itself is there
 * (its toolbar shown, its canvas preview gone). Designer pages only: the bare page has no toolbar.
 */
export async function readyTime(page: Page): Promise<number> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      ready.get(page) ?? Promise.reject(new Error('no open to wait for')),
      new Promise<number>((_r, reject) => {
        timer = setTimeout(() => reject(new Error('the designer was not ready within 60 s')), 60_000);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** A point of the canvas where the pane (not a node or edge) is under the pointer, near the middle. */
export async function panePoint(page: Page): Promise<{ x: number; y: number }> {
  const p = await page.evaluate(() => {
    const r = document.querySelector('.react-flow')!.getBoundingClientRect();
    const cx = r.left + r.width / 2;
    const cy = r.top + r.height / 2;
    for (let d = 0; d < Math.max(r.width, r.height) / 2; d += 6) {
      for (const [dx, dy] of [[d, 0], [-d, 0], [0, d], [0, -d], [d, d], [-d, -d]] as const) {
        const el = document.elementFromPoint(cx + dx, cy + dy);
        if (el?.classList.contains('react-flow__pane')) return { x: cx + dx, y: cy + dy };
      }
    }
    return null;
  });
  if (!p) throw new Error('no empty spot of the pane found');
  return p;
}

/** The title area of a node near the middle of the canvas. */
export async function nodePoint(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    const r = document.querySelector('.react-flow')!.getBoundingClientRect();
    const cx = r.left + r.width / 2;
    const cy = r.top + r.height / 2;
    let best: { x: number; y: number; d: number } | null = null;
    for (const n of document.querySelectorAll('.react-flow__node')) {
      const b = n.getBoundingClientRect();
      const x = b.left + Math.min(40, b.width / 3);
      const y = b.top + 12;
      const d = Math.hypot(x - cx, y - cy);
      if (!best || d < best.d) best = { x, y, d };
    }
    if (!best) throw new Error('no node on screen');
    return { x: best.x, y: best.y };
  });
}

type Gesture = 'pan' | 'drag' | 'zoom';

/** Frames per second (requestAnimationFrame callbacks) during 2 s of continuous panning, node dragging or wheel zooming. */
export async function fps(page: Page, gesture: Gesture, seconds = 2): Promise<number> {
  const start = gesture === 'drag' ? await nodePoint(page) : await panePoint(page);
  await page.mouse.move(start.x, start.y);
  if (gesture !== 'zoom') await page.mouse.down();
  await page.evaluate(() => {
    const b = (window as unknown as { __bench: { frames: number; counting: boolean; t0: number } }).__bench;
    b.frames = 0;
    b.counting = true;
    b.t0 = performance.now();
  });
  const t0 = Date.now();
  let i = 0;
  let wheeled = 0;
  while (Date.now() - t0 < seconds * 1000) {
    i++;
    if (gesture === 'zoom') {
      const dy = i % 20 < 10 ? -60 : 60;
      wheeled += dy;
      await page.mouse.wheel(0, dy);
    } else {
      // A slow circle, so the view (or node) keeps moving but stays near where it started.
      const a = i / 12;
      await page.mouse.move(start.x + 120 * Math.sin(a), start.y + 80 * (1 - Math.cos(a)));
    }
    await sleep(8);
  }
  const result = await page.evaluate(() => {
    const b = (window as unknown as { __bench: { frames: number; counting: boolean; t0: number } }).__bench;
    b.counting = false;
    return (b.frames * 1000) / (performance.now() - b.t0);
  });
  // Back to where the gesture started, so that runs after it find the same view (runs used to
  // drift off the graph, and a later drag found no node on screen).
  if (gesture === 'zoom') {
    for (; wheeled !== 0; wheeled -= Math.sign(wheeled) * 60) await page.mouse.wheel(0, -Math.sign(wheeled) * 60);
  } else {
    await page.mouse.move(start.x, start.y);
    await page.mouse.up();
  }
  await sleep(300);
  return result;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
