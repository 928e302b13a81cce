/**
 * In-page instruments, installed before any of the page's scripts run. The same probe measures
 * the designer and the bare React Flow page, so the two are compared like with like.
 *
 * The open time is read with performance.now() in the frame callback that first sees the
 * canvas, not from the callback's timestamp: that is when the frame began, and a long task
 * that rendered the canvas in the meantime (180 ms in a trace of a 2,000-node designer open)
 * ran after it. The frame's paint follows the callback.
 *
 * On a designer address the canvas may first be the preview (src/designer/CanvasPreview.tsx);
 * the probe also reports when the designer itself is there (`readyAt`: its toolbar shown and the
 * preview gone), through `__benchReady`.
 *
 * The result is handed to the benchmark through a binding (`__benchOpened`) rather than polled
 * for: polling (`waitForFunction`) makes Playwright evaluate its ~50 ms injected script in the
 * page as soon as it has loaded, which is while the app is still opening.
 */
export const PROBE = `
(() => {
  const b = window.__bench = { openAt: null, readyAt: null, frames: 0, counting: false };
  let lastSig = '', stableSince = 0, stableFrames = 0, readySince = null, readySent = false;
  const tick = () => {
    if (b.counting) b.frames++;
    // The designer's own toolbar, its canvas preview gone: the whole designer is there to use.
    // Reported once the open is known too, since the two may come in either order.
    if (readySince === null && !document.querySelector('.early-preview')
      && document.querySelector('[role=toolbar][aria-label="Designer"]')) readySince = performance.now();
    if (!readySent && readySince !== null && b.openAt !== null) {
      readySent = true;
      b.readyAt = Math.max(readySince, b.openAt);
      if (window.__benchReady) window.__benchReady(b.readyAt);
    }
    if (b.openAt === null) {
      const nodes = document.querySelectorAll('.react-flow__node');
      const edges = document.querySelectorAll('.react-flow__edge');
      const vp = document.querySelector('.react-flow__viewport');
      let visible = nodes.length > 0 && edges.length > 0 && !!vp;
      for (const n of nodes) { if (n.style.visibility === 'hidden') { visible = false; break; } }
      const sig = visible ? nodes.length + ':' + edges.length + ':' + (vp && vp.style.transform) : '';
      if (visible && sig === lastSig) {
        if (++stableFrames >= 10) {
          b.openAt = stableSince;
          if (window.__benchOpened) window.__benchOpened(stableSince);
        }
      } else {
        lastSig = sig; stableSince = performance.now(); stableFrames = 0;
      }
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();
`;
