#!/usr/bin/env node
/**
 * Draws the Periodkoll logo and writes assets/icon-{16,32,64,80,128}.png.
 *
 * Only Node built-ins: the picture is computed per pixel (anti-aliased by supersampling),
 * the PNG is assembled by hand (zlib deflate for IDAT, our own CRC-32 for the chunks).
 * Output is deterministic, so re-running it gives byte-identical files.
 *
 * Logo: a rounded square in calm blue (#0F6CBD), a faint white spreadsheet grid (from 32 px up,
 * smaller sizes stay clean) and a bold white check mark.
 *
 * Usage: node scripts/make-icons.js [outDir]   (default: <repo>/assets)
 */
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

// Local bindings: global lookups are slow inside vm sandboxes (jest runs this file in one).
const { abs, hypot, max, min, round } = Math;

const SIZES = [16, 32, 64, 80, 128];
const BLUE = [0x0f, 0x6c, 0xbd];
const WHITE = [0xff, 0xff, 0xff];
const SUPERSAMPLE = 8; // 8 x 8 samples per pixel

// ---------------------------------------------------------------- PNG encoding

/** CRC-32 (ISO 3309 / PNG) over one or more buffers, by Node's own zlib (Node 20.15+). */
function crc32(...buffers) {
  return buffers.reduce((crc, buf) => zlib.crc32(buf, crc), 0);
}

function chunk(type, data) {
  const typeBuf = Buffer.from(type, 'ascii');
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length, 0);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeBuf, data), 0);
  return Buffer.concat([len, typeBuf, data, crc]);
}

/** rgba: Uint8Array of width*height*4, straight (non-premultiplied) alpha. */
function encodePng(width, height, rgba) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: truecolour with alpha
  ihdr[10] = 0; // compression: deflate
  ihdr[11] = 0; // filter method 0
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  const idat = zlib.deflateSync(raw, { level: 9 });
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
}

// ---------------------------------------------------------------- geometry (unit square 0..1)

/** Signed distance to a rounded rectangle centred at (cx, cy); negative inside. */
function roundedRectDistance(x, y, cx, cy, halfW, halfH, radius) {
  const qx = abs(x - cx) - (halfW - radius);
  const qy = abs(y - cy) - (halfH - radius);
  const ox = max(qx, 0);
  const oy = max(qy, 0);
  return hypot(ox, oy) + min(max(qx, qy), 0) - radius;
}

/** Distance from (px, py) to the segment (ax, ay)-(bx, by). */
function segmentDistance(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = max(0, min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return hypot(px - (ax + t * dx), py - (ay + t * dy));
}

const TILE = { cx: 0.5, cy: 0.5, half: 0.44, radius: 0.2 };
// Check mark as a thick polyline with round caps and join.
const CHECK = { points: [[0.27, 0.53], [0.43, 0.69], [0.74, 0.35]], halfWidth: 0.065 };
const GRID_ALPHA = 0.22;

function inTile(x, y) {
  return roundedRectDistance(x, y, TILE.cx, TILE.cy, TILE.half, TILE.half, TILE.radius) <= 0;
}

function inCheck(x, y) {
  const p = CHECK.points;
  for (let i = 0; i + 1 < p.length; i++) {
    if (segmentDistance(x, y, p[i][0], p[i][1], p[i + 1][0], p[i + 1][1]) <= CHECK.halfWidth) return true;
  }
  return false;
}

/**
 * Grid lines in pixel space, snapped to whole pixels so they stay crisp: a 3 x 3 "sheet" inside the
 * tile, a header row line and two column lines. Returns a predicate on pixel coordinates.
 */
function gridFor(size) {
  if (size < 32) return () => false;
  const w = max(1, round(size / 40));
  const inset = TILE.cx - TILE.half;
  const lo = inset * size;
  const hi = (1 - inset) * size;
  const at = (t) => round(lo + t * (hi - lo));
  const rows = [at(1 / 3), at(2 / 3)];
  const cols = [at(1 / 3), at(2 / 3)];
  const hit = (v, lines) => lines.some((p) => v >= p && v < p + w);
  return (px, py) => hit(py, rows) || hit(px, cols);
}

// ---------------------------------------------------------------- rendering

function over(dst, color, alpha) {
  // dst is premultiplied [r, g, b, a] in 0..1; color straight 0..255.
  const a = alpha;
  dst[0] = (color[0] / 255) * a + dst[0] * (1 - a);
  dst[1] = (color[1] / 255) * a + dst[1] * (1 - a);
  dst[2] = (color[2] / 255) * a + dst[2] * (1 - a);
  dst[3] = a + dst[3] * (1 - a);
}

function render(size) {
  const rgba = new Uint8Array(size * size * 4);
  const onGrid = gridFor(size);
  const n = SUPERSAMPLE;
  const sample = [0, 0, 0, 0];
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      const gridHere = onGrid(px, py);
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          sample[0] = sample[1] = sample[2] = sample[3] = 0;
          if (inTile(x, y)) {
            over(sample, BLUE, 1);
            if (gridHere) over(sample, WHITE, GRID_ALPHA);
            if (inCheck(x, y)) over(sample, WHITE, 1);
          }
          r += sample[0];
          g += sample[1];
          b += sample[2];
          a += sample[3];
        }
      }
      const count = n * n;
      const i = (py * size + px) * 4;
      const alpha = a / count;
      if (alpha > 0) {
        rgba[i] = round(((r / count) / alpha) * 255);
        rgba[i + 1] = round(((g / count) / alpha) * 255);
        rgba[i + 2] = round(((b / count) / alpha) * 255);
        rgba[i + 3] = round(alpha * 255);
      }
    }
  }
  return rgba;
}

function main() {
  const outDir = path.resolve(process.argv[2] || path.join(__dirname, '..', 'assets'));
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    const png = encodePng(size, size, render(size));
    fs.writeFileSync(file, png);
    console.log(`${path.relative(process.cwd(), file)}  ${size}x${size}  ${png.length} bytes`);
  }
}

if (require.main === module) main();

module.exports = { crc32, encodePng, render, SIZES };
