/**
 * Fonts and fills as ExcelJS models them, as the <font> and <fill> elements of styles.xml
 * (ECMA-376 CT_Font, CT_Fill), so a cell format written into a package looks as it does in the
 * page's preview.
 */
import type ExcelJS from 'exceljs';
import { encodeXml } from './xmlTags';

type Color = Partial<ExcelJS.Color> & { indexed?: number; tint?: number };

export function fillXml(fill: ExcelJS.Fill | null | undefined): string {
  if (!fill) return '<fill><patternFill patternType="none"/></fill>';
  if (fill.type === 'gradient') {
    const g = fill as ExcelJS.FillGradientAngle | ExcelJS.FillGradientPath;
    const attrs = g.gradient === 'path' ? ` type="path"${centerAttrs(g.center)}` : g.degree !== undefined ? ` degree="${g.degree}"` : '';
    const stops = (g.stops ?? []).map((s: ExcelJS.GradientStop) => `<stop position="${s.position}">${colorXml('color', s.color)}</stop>`).join('');
    return `<fill><gradientFill${attrs}>${stops}</gradientFill></fill>`;
  }
  const p = fill as ExcelJS.FillPattern;
  const colors = colorXml('fgColor', p.fgColor) + colorXml('bgColor', p.bgColor);
  return colors ? `<fill><patternFill patternType="${p.pattern}">${colors}</patternFill></fill>` : `<fill><patternFill patternType="${p.pattern}"/></fill>`;
}

/**
 * The font element; what the font does not say (size, name, colour, family, scheme) is taken
 * from `base`, the font element of the cell's format, so a bold heading keeps the workbook's font.
 */
export function fontXml(font: Partial<ExcelJS.Font> | null | undefined, base = ''): string {
  const f = font ?? {};
  const inherited = (tag: string) => new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${tag}\\b[^>]*/>`).exec(base)?.[0].replace(/<[A-Za-z_][\w.-]*:/, '<');
  const defaults = [
    f.size === undefined ? (inherited('sz') ?? '<sz val="11"/>') : '',
    f.color === undefined ? (inherited('color') ?? '<color theme="1"/>') : '',
    f.name === undefined ? (inherited('name') ?? '<name val="Calibri"/>') : '',
    f.name === undefined && f.family === undefined ? (inherited('family') ?? '') : '',
    f.name === undefined && f.scheme === undefined ? (inherited('scheme') ?? '') : '',
  ];
  return `<font>${fontParts(f)}${defaults.join('')}</font>`;
}

/** Only what the font says, as the parts of a font element (also a note run's format). */
export function fontParts(f: Partial<ExcelJS.Font>): string {
  const parts: string[] = [];
  if (f.bold) parts.push('<b/>');
  if (f.italic) parts.push('<i/>');
  if (f.strike) parts.push('<strike/>');
  if (f.outline) parts.push('<outline/>');
  if (f.underline && f.underline !== 'none') parts.push(f.underline === true || f.underline === 'single' ? '<u/>' : `<u val="${f.underline}"/>`);
  if (f.vertAlign) parts.push(`<vertAlign val="${f.vertAlign}"/>`);
  if (f.size !== undefined) parts.push(`<sz val="${f.size}"/>`);
  parts.push(colorXml('color', f.color));
  if (f.name !== undefined) parts.push(`<name val="${encodeXml(f.name)}"/>`);
  if (f.family !== undefined) parts.push(`<family val="${f.family}"/>`);
  if (f.charset !== undefined) parts.push(`<charset val="${f.charset}"/>`);
  if (f.scheme) parts.push(`<scheme val="${f.scheme}"/>`);
  return parts.join('');
}

function colorXml(element: string, color: Color | undefined): string {
  if (!color) return '';
  const attrs: string[] = [];
  if (color.argb) attrs.push(`rgb="${color.argb.toUpperCase()}"`);
  else if (color.theme !== undefined) attrs.push(`theme="${color.theme}"`);
  else if (color.indexed !== undefined) attrs.push(`indexed="${color.indexed}"`);
  else return '';
  if (color.tint) attrs.push(`tint="${color.tint}"`);
  return `<${element} ${attrs.join(' ')}/>`;
}

function centerAttrs(center: { left: number; top: number } | undefined): string {
  if (!center) return '';
  return ` left="${center.left}" right="${center.left}" top="${center.top}" bottom="${center.top}"`;
}
