// Code that runs inside the page, kept as plain JavaScript source: functions compiled by
// tsx carry helper references (`__name`) that do not exist in the browser.

/**
 * Installed before any page script. Watches every animation frame for the canvas state:
 * rendered nodes, nodes React Flow has measured and shown, the viewport transform and
 * (in the app) the Findings count. `since` is when the first frame showing the current
 * state ran (performance.now() in its callback: a frame's own timestamp can be the time
 * it was asked for, before a long task that delayed it); once that state has held for a
 * while, `since` is when the page first showed its settled, fully rendered view (ms after
 * navigation start).
 * Also offers a frame recorder for the interaction measures.
 */
export const initProbe = (needFindings: boolean): string => `(() => {
  const needFindings = ${needFindings};
  const p = { sig: '', since: NaN, ready: false, nodes: 0, running: true, rec: null };
  window.__bench = p;
  const tick = () => {
    if (!p.running) return;
    const nodes = document.querySelectorAll('.react-flow__node');
    let shown = 0;
    for (const n of nodes) if (n.style.visibility !== 'hidden') shown++;
    const vp = document.querySelector('.react-flow__viewport');
    const count = document.querySelector('[data-testid=findings-count]');
    // Zoomed out, the app draws roles on its overview canvas instead of as nodes.
    const ov = document.querySelector('[data-testid=chart-overview]');
    const drawn = ov && !ov.hidden && Number(ov.dataset.drawn) > 0 ? ov.dataset.extent : '';
    const sig = nodes.length + '|' + shown + '|' + (vp ? vp.style.transform : '') + '|' + (count ? count.textContent : '') + '|' + drawn;
    if (sig !== p.sig) {
      p.sig = sig;
      p.since = performance.now();
      p.nodes = nodes.length;
      p.ready = ((nodes.length > 0 && shown === nodes.length) || !!drawn) && (!needFindings || !!count);
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  window.__benchFrames = {
    start() { const stamps = []; p.rec = stamps; const f = (ts) => { if (p.rec !== stamps) return; stamps.push(ts); requestAnimationFrame(f); }; requestAnimationFrame(f); },
    stop() { const s = p.rec || []; p.rec = null; return s; }
  };
})();`

/** True once the page's settled view has been unchanged for `quietMs`. */
export const settledFor = (quietMs: number): string =>
  `window.__bench && window.__bench.ready && performance.now() - window.__bench.since > ${quietMs}`

/**
 * A point (page coordinates) on a node where pressing starts a node drag: inside the node,
 * not on a draggable card or a `nodrag` control. Picks the shown node nearest the canvas centre.
 */
export const GRAB_POINT = `(() => {
  const flow = document.querySelector('.react-flow').getBoundingClientRect();
  const cx = flow.left + flow.width / 2, cy = flow.top + flow.height / 2;
  const nodes = [...document.querySelectorAll('.react-flow__node')].map((el) => ({ el, r: el.getBoundingClientRect() }))
    .filter(({ r }) => r.left > flow.left + 40 && r.right < flow.right - 40 && r.top > flow.top + 40 && r.bottom < flow.bottom - 200)
    .sort((a, b) => Math.hypot(a.r.left - cx, a.r.top - cy) - Math.hypot(b.r.left - cx, b.r.top - cy));
  for (const { el, r } of nodes) {
    for (let fy = 0.05; fy < 1; fy += 0.1) for (let fx = 0.1; fx < 1; fx += 0.2) {
      const x = r.left + r.width * fx, y = r.top + r.height * fy;
      const hit = document.elementFromPoint(x, y);
      if (hit && hit.closest('.react-flow__node') === el && !hit.closest('[draggable=true], .nodrag, .react-flow__handle')) {
        return { x, y, id: el.getAttribute('data-id') };
      }
    }
  }
  return null;
})()`

/** Transform of a node (its position on the canvas), to check that a drag moved it. */
export const nodeTransform = (id: string): string =>
  `(() => { const el = document.querySelector('.react-flow__node[data-id="${id}"]'); return el ? el.style.transform : null; })()`

/** An empty spot of the pane near the canvas centre, away from the minimap and controls. */
export const PANE_POINT = `(() => {
  const flow = document.querySelector('.react-flow').getBoundingClientRect();
  for (let ring = 0; ring < 12; ring++) for (let a = 0; a < 16; a++) {
    const x = flow.left + flow.width / 2 + Math.cos(a * Math.PI / 8) * ring * 30;
    const y = flow.top + flow.height / 2 + Math.sin(a * Math.PI / 8) * ring * 30;
    const hit = document.elementFromPoint(x, y);
    if (hit && hit.classList.contains('react-flow__pane')) return { x, y };
  }
  return null;
})()`

export const CANVAS_BOX = `(() => { const r = document.querySelector('.react-flow').getBoundingClientRect(); return { width: Math.round(r.width), height: Math.round(r.height) }; })()`

/**
 * Runs `fit` (page source) and times it to the first frame of the settled view: the
 * viewport transform, the overview drawing and the rendered nodes unchanged for 500 ms.
 * Also says how many roles the settled view holds inside the canvas, drawn either way.
 */
export const FIT_TIMING = (fit: string): string => `new Promise((resolve) => {
  const flow = document.querySelector('.react-flow');
  const vp = document.querySelector('.react-flow__viewport');
  const ov = () => document.querySelector('[data-testid=chart-overview]');
  const state = () => vp.style.transform + '|' + (ov() && !ov().hidden ? ov().dataset.extent : '') + '|' + document.querySelectorAll('.react-flow__node').length;
  const t0 = performance.now();
  let last = state(), since = t0;
  ${fit};
  const inView = () => {
    const o = ov();
    if (o && !o.hidden) return Number(o.dataset.inView);
    const box = flow.getBoundingClientRect();
    return [...document.querySelectorAll('.react-flow__node')].filter((n) => { const r = n.getBoundingClientRect(); return r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1; }).length;
  };
  // Times from performance.now() in each frame callback: a frame's own timestamp may predate the click.
  const f = () => {
    const now = performance.now();
    const s = state();
    if (s !== last) { last = s; since = now; }
    if (now - since > 500) return resolve({ ms: since - t0, inView: inView() });
    requestAnimationFrame(f);
  };
  requestAnimationFrame(f);
})`
