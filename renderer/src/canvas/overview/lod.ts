// When the canvas draws roles as DOM nodes and when as the overview layer: the switch
// is where a role's title stops being readable on screen, not a number of roles.

/** Font size of a role's title on the canvas, in chart units (.role-title). */
export const ROLE_TITLE_FONT = 21
/** Smallest title, in screen pixels, that still reads as words. */
export const READABLE_TEXT_PX = 7
/** Below this zoom roles are drawn on the overview layer instead of as DOM nodes. */
export const DOM_NODE_ZOOM = READABLE_TEXT_PX / ROLE_TITLE_FONT
/** Where a click on the overview takes the view: role titles comfortably readable. */
export const OVERVIEW_CLICK_ZOOM = 0.6
/** Lowest zoom: low enough to fit the whole of a very large chart in a small window. */
export const MIN_ZOOM = 0.004
export const MAX_ZOOM = 2.5

export function isOverview(zoom: number): boolean {
  return zoom < DOM_NODE_ZOOM
}

/** Screen size of text in the overview: a title is drawn inside its box once the box is this wide. */
export const BOX_TITLE_MIN_WIDTH = 56
/** A branch is labelled when its drawn extent is at least this wide on screen. */
export const BRANCH_LABEL_MIN_WIDTH = 110

/** Font (screen px) for a branch label: bigger for bigger branches, within readable bounds. */
export function branchLabelPx(branchScreenWidth: number): number {
  return Math.max(11, Math.min(18, Math.round(branchScreenWidth / 22)))
}
