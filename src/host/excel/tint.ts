/**
 * Excel's tint of a colour, as ECMA-376 Part 1 §18.3.1.15 (color, attribute tint) gives it: the
 * colour's luminance in HLS moves towards white for a tint above 0 and towards black below it
 * (1 is white, -1 black), hue and saturation stay.
 */
type Rgb = [number, number, number];
type Hsl = [number, number, number];

const HEX = /^#[0-9A-Fa-f]{6}$/;

export function applyTint(color: string, tint: number): string {
  if (!HEX.test(color) || tint === 0) return color;
  const [h, s, l] = toHsl(rgbOf(color));
  return hexOf(toRgb([h, s, tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint]));
}

/**
 * The colour that `tint` turns into `shown`. Rounding to whole RGB steps makes the exact inverse
 * miss by a step now and then, so the colour nearest to it whose tint gives back `shown` exactly
 * is taken; the exact inverse when none nearby does (a near-black tinted far towards white).
 */
export function removeTint(shown: string, tint: number): string {
  if (!HEX.test(shown) || tint === 0 || Math.abs(tint) >= 1) return shown;
  const [h, s, l] = toHsl(rgbOf(shown));
  const base = toRgb([h, s, clamp(tint < 0 ? l / (1 + tint) : (l - tint) / (1 - tint), 0, 1)]).map(Math.round) as Rgb;
  let best = hexOf(base);
  let bestDistance = Infinity;
  for (let dr = -2; dr <= 2; dr++) {
    for (let dg = -2; dg <= 2; dg++) {
      for (let db = -2; db <= 2; db++) {
        const distance = dr * dr + dg * dg + db * db;
        const candidate = hexOf([base[0] + dr, base[1] + dg, base[2] + db]);
        if (distance < bestDistance && applyTint(candidate, tint) === shown.toUpperCase()) [best, bestDistance] = [candidate, distance];
      }
    }
  }
  return best;
}

function rgbOf(hex: string): Rgb {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

function hexOf(rgb: number[]): string {
  return `#${rgb.map((v) => clamp(Math.round(v), 0, 255).toString(16).padStart(2, '0')).join('').toUpperCase()}`;
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

function toHsl([r, g, b]: Rgb): Hsl {
  const [max, min] = [Math.max(r, g, b) / 255, Math.min(r, g, b) / 255];
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const [rr, gg, bb] = [r / 255, g / 255, b / 255];
  const h = max === rr ? (gg - bb) / d + (gg < bb ? 6 : 0) : max === gg ? (bb - rr) / d + 2 : (rr - gg) / d + 4;
  return [h / 6, s, l];
}

function toRgb([h, s, l]: Hsl): Rgb {
  if (s === 0) return [l * 255, l * 255, l * 255];
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const channel = (t: number) => {
    const x = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    const v = x < 1 / 6 ? p + (q - p) * 6 * x : x < 1 / 2 ? q : x < 2 / 3 ? p + (q - p) * (2 / 3 - x) * 6 : p;
    return v * 255;
  };
  return [channel(h + 1 / 3), channel(h), channel(h - 1 / 3)];
}
