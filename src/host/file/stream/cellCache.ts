/**
 * Cells that read the same share one object. A ledger repeats most of its values (the same
 * leverantör, konto, date and "Ja"/"Nej" row after row); the model is plain data nobody changes
 * after reading (core shares EMPTY_CELL the same way), so one Cell per repeated value, style and
 * type saves both the object and the work of reading the value again. (Not frozen: freezing
 * each costs more than a second of a million-row read.) A direct-mapped table of recent values
 * keyed by their raw bytes: a slot holds the last value hashed to it, so memory stays fixed
 * however many distinct values a sheet has.
 */
import type { Cell } from '../../../core/model/workbook';
import type { ByteBuffer } from './byteBuffer';

const SLOTS = 1 << 16;
/** Longer values are read each time: long texts seldom repeat. */
const KEY_BYTES = 32;

export class CellCache {
  private readonly keys = new Uint8Array(SLOTS * KEY_BYTES);
  private readonly lengths = new Int32Array(SLOTS).fill(-1);
  private readonly kinds = new Int32Array(SLOTS);
  private readonly cells: Array<Cell | undefined> = new Array(SLOTS).fill(undefined);

  /** The slot find looked in last: where keep puts the cell made for its key. */
  private slot = -1;
  private kind = 0;
  private raw: ByteBuffer | undefined;

  /**
   * The cell made from the same kind (a non-negative number standing for type and style) and
   * raw bytes, if the table still holds it.
   */
  find(kind: number, raw: ByteBuffer): Cell | undefined {
    const { bytes, length } = raw;
    if (length > KEY_BYTES || kind < 0) {
      this.slot = -1;
      return undefined;
    }
    let h = Math.imul(kind ^ 0x811c9dc5, 0x01000193);
    for (let i = 0; i < length; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
    const slot = (h ^ (h >>> 16)) & (SLOTS - 1);
    this.slot = slot;
    this.kind = kind;
    this.raw = raw;
    if (this.lengths[slot] !== length || this.kinds[slot] !== kind) return undefined;
    const at = slot * KEY_BYTES;
    for (let i = 0; i < length; i++) if (this.keys[at + i] !== bytes[i]) return undefined;
    return this.cells[slot];
  }

  /** Keeps the cell made after find missed, under find's key (whose bytes must not have changed). */
  keep(cell: Cell): void {
    const slot = this.slot;
    if (slot < 0) return;
    const { bytes, length } = this.raw!;
    const at = slot * KEY_BYTES;
    for (let i = 0; i < length; i++) this.keys[at + i] = bytes[i];
    this.lengths[slot] = length;
    this.kinds[slot] = this.kind;
    this.cells[slot] = cell;
  }
}
