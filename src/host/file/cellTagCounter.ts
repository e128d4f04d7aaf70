/**
 * Counts the cells of worksheet XML from its bytes, chunk by chunk, before anything parses
 * them: a cell bomb is refused at byte-scanning speed, before ExcelJS builds a cell
 * (xlsxPackage.ts). The streaming reader counts each <c> as it scans it (stream/sheetPart.ts).
 */

const LT = 0x3c;
const COLON = 0x3a;
const C = 0x63;

/**
 * Counts <c> elements (cells) in worksheet XML fed in chunks, with or without a namespace prefix
 * ("<c r=…>", "<x:c>"), without decoding text. Cells count whether or not they hold a value:
 * ExcelJS builds an object for each.
 */
export class CellTagCounter {
  /** Inside a tag name: the previous name byte, or -1 right after "<"; undefined outside a name. */
  private prev: number | undefined;
  /** Whether the name read so far is "c" or ends in ":c". */
  private isCell = false;

  count(chunk: Uint8Array): number {
    let n = 0;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      if (b === LT) {
        this.prev = -1;
        this.isCell = false;
      } else if (this.prev === undefined) {
        continue;
      } else if (isNameByte(b)) {
        this.isCell = b === C && (this.prev === -1 || this.prev === COLON);
        this.prev = b;
      } else {
        if (this.isCell) n++;
        this.prev = undefined;
      }
    }
    return n;
  }
}

/** Letters, digits, "_", "-", "." and ":" (the prefix separator); "/" ends "<c/>" too. */
function isNameByte(b: number): boolean {
  return (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || (b >= 0x30 && b <= 0x39) || b === 0x5f || b === 0x2d || b === 0x2e || b === COLON;
}
