// The keys of the canvas, shown while it has keyboard focus (and read to screen readers
// as its description), so the mind-map keys can be found without the README.

export function CanvasHints() {
  return (
    <p id="canvas-keys" className="canvas-keys">
      <kbd>Tab</kbd> add report · <kbd>Enter</kbd> add peer · <kbd>←↑↓→</kbd> move between roles · <kbd>F2</kbd> rename · <kbd>C</kbd> cards ·{' '}
      <kbd>Del</kbd> delete · <kbd>Esc</kbd> deselect · <kbd>Shift+Tab</kbd> leave
    </p>
  )
}
