/**
 * In-page instruments, installed before any of the page's scripts run. The same probe measures
 * the designer and the bare React Flow page, so the two are compared like with like.
 */
export const PROBE = `
(() => {
  const b = window.__bench = { openAt: null, frames: 0, counting: false };
  let lastSig = '', stableSince = 0, stableFrames = 0;
  const tick = (t) => {
    if (b.counting) b.frames++;
    if (b.openAt === null) {
      const nodes = document.querySelectorAll('.react-flow__node');
      const edges = document.querySelectorAll('.react-flow__edge');
      const vp = document.querySelector('.react-flow__viewport');
      let visible = nodes.length > 0 && edges.length > 0 && !!vp;
      for (const n of nodes) { if (n.style.visibility === 'hidden') { visible = false; break; } }
      const sig = visible ? nodes.length + ':' + edges.length + ':' + (vp && vp.style.transform) : '';
      if (visible && sig === lastSig) {
        if (++stableFrames >= 10) b.openAt = stableSince;
      } else {
        lastSig = sig; stableSince = t; stableFrames = 0;
      }
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();
`;
