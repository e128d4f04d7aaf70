/** Light or dark pane from the Office theme's body background colour. */

export type PaneTheme = 'light' | 'dark';

/** "#1f1f1f" or "#fff" (with or without "#") → [r, g, b] in 0..255; undefined when not a hex colour. */
function parseHexColor(color: string): [number, number, number] | undefined {
  const hex = color.trim().replace(/^#/, '');
  const full = /^[0-9a-f]{3}$/i.test(hex) ? hex.replace(/./g, (c) => c + c) : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) return undefined;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

/** WCAG relative luminance of an sRGB colour, 0 (black) … 1 (white). */
function relativeLuminance([r, g, b]: [number, number, number]): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio of two hex colours (1 … 21); NaN when either is not a hex colour. */
export function contrastRatio(a: string, b: string): number {
  const [x, y] = [parseHexColor(a), parseHexColor(b)];
  if (!x || !y) return NaN;
  const [la, lb] = [relativeLuminance(x), relativeLuminance(y)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * Dark when the background is closer to black than to white (luminance below the point where
 * black and white text have equal contrast); light when unknown.
 */
export function themeFromOffice(bodyBackgroundColor?: string): PaneTheme {
  const rgb = bodyBackgroundColor ? parseHexColor(bodyBackgroundColor) : undefined;
  if (!rgb) return 'light';
  return relativeLuminance(rgb) < 0.179 ? 'dark' : 'light';
}
