/**
 * A cell's fill as a plain value: read before marking, stored in the backup, written back on
 * clearing. With ExcelApi 1.9 the pattern and tints are read too, so "no fill", a white fill and a
 * patterned fill are told apart and restored exactly; before 1.9 only the colour exists, and white
 * (what Excel reports for "no fill") is restored as no fill.
 *
 * Excel reports no fill as white with a null pattern and a null tintAndShade, where a fill has a
 * tint number (OfficeDev/office-js#4900). A null means "not uniform" only for a range of several
 * cells, and these are single cells.
 */
import { removeTint } from './tint';

export interface FillState {
  /** "#RRGGBB" as Excel reports it. */
  color: string | null;
  pattern?: string | null;
  patternColor?: string | null;
  tintAndShade?: number | null;
  patternTintAndShade?: number | null;
}

/** The mark colours, the same as the file adapter's (Excel's standard red, and amber). */
export const MARK_FILL = { error: '#FF0000', warning: '#FFC000' } as const;

const PATTERN_PROPERTIES = ['color', 'pattern', 'patternColor', 'tintAndShade', 'patternTintAndShade'];

export function fillLoadProperties(withPattern: boolean): string[] {
  return withPattern ? PATTERN_PROPERTIES : ['color'];
}

export function readFill(fill: Excel.RangeFill, withPattern: boolean): FillState {
  if (!withPattern) return { color: fill.color ?? null };
  return {
    color: fill.color ?? null,
    pattern: fill.pattern ?? null,
    patternColor: fill.patternColor ?? null,
    tintAndShade: fill.tintAndShade ?? null,
    patternTintAndShade: fill.patternTintAndShade ?? null,
  };
}

/**
 * The model's `fill` (RRGGBB) for a solid fill, undefined for none or a pattern. White counts as
 * none: Excel reports a cell without fill as white. A null pattern (a fill Excel did not describe)
 * and an undefined one (read before ExcelApi 1.9) count as solid.
 */
export function modelFill(state: Pick<FillState, 'color' | 'pattern'>): string | undefined {
  if (state.pattern !== undefined && state.pattern !== null && state.pattern !== 'Solid') return undefined;
  const rgb = (state.color ?? '').replace(/^#/, '').toUpperCase();
  return /^[0-9A-F]{6}$/.test(rgb) && rgb !== 'FFFFFF' ? rgb : undefined;
}

export function isNoFill(state: FillState): boolean {
  if (state.pattern !== undefined) return state.pattern === 'None' || (state.pattern === null && state.tintAndShade === null);
  return state.color === null || state.color.toUpperCase() === '#FFFFFF';
}

/** Gradients cannot be written through the API, and a fill with a null pattern is one Excel did not describe. */
export function canRestore(state: FillState): boolean {
  if (state.pattern === undefined || isNoFill(state)) return true;
  return state.pattern !== null && state.pattern !== 'LinearGradient' && state.pattern !== 'RectangularGradient';
}

/**
 * True while the cell still shows the mark colour this adapter wrote. A null pattern counts as
 * solid: a white fill has been reported with one (OfficeDev/office-js#4900), and taking a mark for
 * the user's colour would drop its backup.
 */
export function carriesMark(current: FillState, markColor: string): boolean {
  if (current.pattern !== undefined && current.pattern !== null && current.pattern !== 'Solid') return false;
  return (current.color ?? '').toUpperCase() === markColor.toUpperCase();
}

/** A plain solid fill: a pattern or tint left from the cell's own fill would hide the mark. */
export function writeMarkFill(fill: Excel.RangeFill, color: string): void {
  fill.clear();
  fill.color = color;
}

/**
 * The colour restoreFill writes first. Colours are read as shown, tint applied; written untinted,
 * the tint written after them applies once.
 */
export function untintedColor(state: FillState): string | null {
  return state.color === null ? null : removeTint(state.color, state.tintAndShade ?? 0);
}

/** Queues the writes that bring the fill back to `state`. */
export function restoreFill(fill: Excel.RangeFill, state: FillState): void {
  if (isNoFill(state)) {
    fill.clear();
    return;
  }
  const color = untintedColor(state);
  if (color !== null) fill.color = color;
  if (state.pattern === undefined) return;
  if (state.pattern && state.pattern !== 'Solid') fill.pattern = state.pattern as Excel.FillPattern;
  if (state.patternColor && state.pattern !== 'Solid') fill.patternColor = removeTint(state.patternColor, state.patternTintAndShade ?? 0);
  if (typeof state.tintAndShade === 'number') fill.tintAndShade = state.tintAndShade;
  if (typeof state.patternTintAndShade === 'number' && state.pattern !== 'Solid') fill.patternTintAndShade = state.patternTintAndShade;
}
