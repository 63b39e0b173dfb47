// A lineage that fans out (the Tunis Agenda is cited by a hundred documents) fits the canvas only at a
// zoom where no label can be read: a thin strip of dots. Such a drawing opens instead on the node it is
// about, at the smallest zoom that keeps labels legible, placed at the side its chain starts from (the
// left for what it led to, the right for where it came from, since time runs left to right); the user
// drags or zooms out for the rest. A drawing that fits legibly keeps the fitted view.

export interface Viewport {
  readonly zoom: number;
  readonly pan: { readonly x: number; readonly y: number };
}

/** Below this zoom the drawing's labels (11 px) cannot be read. */
export const MIN_READABLE_ZOOM = 0.55;

/** A big drawing's labels are drawn from 8 px (style.ts LARGE_LABEL_MIN_PX): 11 px at this zoom or more. */
export const LARGE_READABLE_ZOOM = 0.75;

/**
 * The view that shows the node at model position `root` legibly, or undefined when the fitted `zoom` is
 * legible already. `side`: where the node sits in the canvas of `width` × `height`; `legible`: the zoom it opens at
 * (a big drawing's is LARGE_READABLE_ZOOM).
 */
export function readableViewport(
  root: { readonly x: number; readonly y: number },
  zoom: number,
  width: number,
  height: number,
  side: 'left' | 'right',
  legible = MIN_READABLE_ZOOM,
  margin = 90,
): Viewport | undefined {
  if (zoom >= legible) return undefined;
  const z = legible;
  const x = side === 'left' ? margin : width - margin;
  return { zoom: z, pan: { x: x - z * root.x, y: height / 2 - z * root.y } };
}
