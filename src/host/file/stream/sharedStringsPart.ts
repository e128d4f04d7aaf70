/**
 * xl/sharedStrings.xml -> the text of each shared string, scanned as bytes (xmlScanner.ts): a
 * large ledger's table holds a string per distinct text, millions of them. Rich text is
 * formatting over plain text, so its runs are joined; phonetic guides (rPh) are not part of
 * the text.
 */
import { ByteBuffer } from './byteBuffer';
import { decodeUnderscoreX } from './underscoreX';
import type { ScanHandler } from './xmlScanner';

const SI = 0;
const T = 1;
const RPH = 2;

export class SharedStringsBuilder implements ScanHandler {
  readonly elements = ['si', 't', 'rPh'];
  readonly attributes = [];
  target: ByteBuffer | null = null;
  private readonly text = new ByteBuffer();
  private phonetic = 0;

  constructor(private readonly strings: string[]) {}

  open(element: number): void {
    if (element === SI) this.text.reset();
    else if (element === RPH) this.phonetic++;
    else if (element === T && this.phonetic === 0) this.target = this.text;
  }

  close(element: number): void {
    if (element === T) this.target = null;
    else if (element === RPH) this.phonetic--;
    else if (element === SI) this.strings.push(decodeUnderscoreX(this.text.text()));
  }
}
