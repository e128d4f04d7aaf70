/**
 * Brings a preview cell into the page's view: first the preview itself (on a narrow screen it
 * may lie above the viewport while the user reads the findings below it), then the cell. The
 * grid has already scrolled to the cell, so "nearest" moves only what must move.
 */
export function revealInPage(preview: HTMLElement | null, cell: HTMLElement | null): void {
  // Engines without layout (jsdom) have no scrollIntoView.
  if (typeof preview?.scrollIntoView === 'function') preview.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  if (typeof cell?.scrollIntoView === 'function') cell.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}
