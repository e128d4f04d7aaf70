/**
 * Streams one unpacked part through saxes: each chunk is decoded as UTF-8 and parsed at once,
 * so the part's XML text is never held whole. Element names reach the handler without a
 * namespace prefix ("x:c" -> "c"), as some writers prefix every SpreadsheetML element.
 */
import { SaxesParser } from 'saxes';
import { readErrors } from '../readErrors';
import { unpackPart, type UnpackBudget } from './unpackPart';
import type { ZipEntry } from './zipDirectory';

export interface XmlHandler {
  open(name: string, attributes: Record<string, string>): void;
  /** Text and CDATA; may come in several pieces for one element. */
  text?(text: string): void;
  close?(name: string): void;
}

export async function parseXmlPart(bytes: Uint8Array, entry: ZipEntry, budgets: UnpackBudget[], handler: XmlHandler): Promise<void> {
  const parser = new SaxesParser({ position: false });
  let failure: Error | undefined;
  parser.on('error', (e) => {
    failure ??= e;
  });
  parser.on('opentag', (tag) => handler.open(localName(tag.name), tag.attributes as Record<string, string>));
  if (handler.text) {
    const text = handler.text.bind(handler);
    parser.on('text', text);
    parser.on('cdata', text);
  }
  if (handler.close) {
    const close = handler.close.bind(handler);
    parser.on('closetag', (tag) => close(localName(tag.name)));
  }
  const decoder = new TextDecoder('utf-8');
  await unpackPart(bytes, entry, budgets, (chunk) => {
    parser.write(decoder.decode(chunk, { stream: true }));
    if (failure) throw readErrors.unreadable(failure);
  });
  parser.write(decoder.decode());
  parser.close();
  if (failure) throw readErrors.unreadable(failure);
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}
