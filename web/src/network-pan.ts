// Panning by moving the last picture, redrawing when the pan stops.
//
// A full sigma redraw of a 2,000-node / 5,000-edge network costs ~80 ms on chromium's
// software WebGL (no GPU), so redrawing on every mouse move caps a drag at ~12 frames per
// second. While the camera only translates (a mouse drag and its inertia), this module skips
// sigma's redraw and shifts the drawn layers with a CSS transform, which the compositor
// applies without touching WebGL; the revealed margin stays blank until the full redraw
// that follows when the pan ends or pauses. Zooming and rotating always redraw.
import type Sigma from 'sigma';
import type { CameraState } from 'sigma/types';

/** A pause this long during a drag gets a full redraw. */
const REDRAW_AFTER_MS = 120;
/** The camera still this long after a lean frame gets a detailed one. */
const SETTLE_MS = 150;

/** Read by the programs of network-programs.ts when they draw: which of their two to use. */
export interface Detail {
  lean: boolean;
  /** Above this many edges, frames drawn while the camera moves are lean (the bench raises it to compare). */
  leanAboveEdges: number;
}

// Sigma members that are private in its typings but needed here.
interface SigmaInternals {
  render(): unknown;
  getNodeAtPosition(position: { x: number; y: number }): string | null;
  hoveredNode: string | null;
  highlightedNodes: Set<string>;
  renderFrame: number | null;
  renderLabels(): unknown;
  renderHighlightedNodes(): unknown;
}

export interface PanStats {
  /** Full sigma redraws. */
  redraws: number;
  /** Pictures moved by a transform instead of a redraw. */
  shifts: number;
  /** Full redraws made with the lean programs (the camera was moving). */
  lean: number;
}

/** Installs bitmap panning on `renderer`; returns the counters and an uninstall function. */
export function bitmapPanning(
  renderer: Sigma,
  detail: Detail = { lean: false, leanAboveEdges: 1000 },
): { stats: PanStats; dispose: () => void } {
  const internals = renderer as unknown as SigmaInternals;
  const camera = renderer.getCamera();
  const captor = renderer.getMouseCaptor();
  const layers = Object.entries(renderer.getCanvases())
    .filter(([id]) => id !== 'mouse') // the captor's layer must stay put for its coordinates
    .map(([, c]) => c);
  renderer.getContainer().style.overflow = 'hidden';
  const stats: PanStats = { redraws: 0, shifts: 0, lean: 0 };

  // Camera state of the picture on screen.
  let drawn: CameraState | null = null;
  let shifted = false;
  let pause: number | undefined;
  let force = false;
  let settle: number | undefined;
  let settled = false;

  const render = internals.render.bind(renderer);
  const pick = internals.getNodeAtPosition.bind(renderer);
  const renderLabels = internals.renderLabels.bind(renderer);
  const renderHighlighted = internals.renderHighlightedNodes.bind(renderer);

  // Chromium without a GPU copies every WebGL canvas back from the GPU process and blends
  // every canvas in software on each frame: the layers with nothing drawn on them are hidden.
  const canvases = renderer.getCanvases();
  const show = (c: HTMLCanvasElement | undefined, on: boolean) => {
    if (c) c.style.display = on ? '' : 'none';
  };
  // Labels are left out of frames drawn while the camera moves, as sigma's hideLabelsOnMove
  // does for the moves it detects itself (zoom animations, drags).
  internals.renderLabels = () => {
    show(canvases.labels, !detail.lean);
    return detail.lean ? renderer : renderLabels();
  };
  internals.renderHighlightedNodes = () => {
    const some = internals.hoveredNode !== null || internals.highlightedNodes.size > 0;
    show(canvases.hovers, some);
    show(canvases.hoverNodes, some);
    show(canvases.edgeLabels, renderer.getSetting('renderEdgeLabels'));
    return renderHighlighted();
  };

  const translatesOnly = (a: CameraState, b: CameraState) => a.ratio === b.ratio && a.angle === b.angle;
  const same = (a: CameraState, b: CameraState) => translatesOnly(a, b) && a.x === b.x && a.y === b.y;
  const moving = () => captor.isMouseDown || camera.isAnimated();

  const fullRender = () => {
    window.clearTimeout(pause);
    force = false;
    if (shifted) for (const c of layers) c.style.transform = '';
    shifted = false;
    const now = camera.getState();
    // A frame while the camera moves is soon replaced: draw it lean on large graphs, and
    // draw a detailed one once the camera has been still for SETTLE_MS.
    const moved = drawn !== null && (!same(drawn, now) || moving());
    detail.lean = moved && !settled && renderer.getGraph().size > detail.leanAboveEdges;
    settled = false;
    drawn = now;
    stats.redraws++;
    window.clearTimeout(settle);
    if (detail.lean) {
      stats.lean++;
      settle = window.setTimeout(() => {
        settled = true;
        force = true;
        renderer.scheduleRender();
      }, SETTLE_MS);
    }
    return render();
  };

  internals.render = () => {
    const now = camera.getState();
    if (force || !drawn || !moving() || !translatesOnly(drawn, now)) return fullRender();
    // What sigma's render does first: forget the scheduled frame, or scheduleRender stalls.
    if (internals.renderFrame !== null) cancelAnimationFrame(internals.renderFrame);
    internals.renderFrame = null;
    // Where the point at the viewport's centre was drawn, and where it is now.
    const { width, height } = renderer.getDimensions();
    const centre = renderer.viewportToFramedGraph({ x: width / 2, y: height / 2 }, { cameraState: drawn });
    const to = renderer.framedGraphToViewport(centre);
    const dx = to.x - width / 2;
    const dy = to.y - height / 2;
    for (const c of layers) c.style.transform = `translate(${dx}px, ${dy}px)`;
    shifted = true;
    stats.shifts++;
    window.clearTimeout(pause);
    pause = window.setTimeout(() => {
      force = true;
      renderer.scheduleRender();
    }, REDRAW_AFTER_MS);
    return renderer;
  };
  // The picking buffer shows the picture before the shift, and reading it stalls on the
  // GPU; lean frames leave it empty (network-programs.ts): no hover changes while a shifted
  // or lean picture is on screen.
  internals.getNodeAtPosition = (position) =>
    shifted || detail.lean ? internals.hoveredNode : pick(position);

  // The last camera update of a drag comes before the button is released: redraw then.
  const onUp = () => {
    if (shifted) renderer.scheduleRender();
  };
  captor.on('mouseup', onUp);

  return {
    stats,
    dispose: () => {
      window.clearTimeout(pause);
      window.clearTimeout(settle);
      captor.off('mouseup', onUp);
      internals.render = render;
      internals.getNodeAtPosition = pick;
      internals.renderLabels = renderLabels;
      internals.renderHighlightedNodes = renderHighlighted;
      for (const c of Object.values(canvases)) show(c, true);
    },
  };
}
