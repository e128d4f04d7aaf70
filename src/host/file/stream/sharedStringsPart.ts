/**
 * xl/sharedStrings.xml -> the text of each shared string. Rich text is formatting over plain
 * text, so its runs are joined; phonetic guides (rPh) are not part of the text.
 */
import { ownString } from './ownString';
import { decodeUnderscoreX } from './underscoreX';
import type { XmlHandler } from './xmlPart';

export function sharedStringsHandler(strings: string[]): XmlHandler {
  let text = '';
  let inT = false;
  let phonetic = 0;
  return {
    open(tag) {
      if (tag === 'si') text = '';
      else if (tag === 'rPh') phonetic++;
      else if (tag === 't' && phonetic === 0) inT = true;
    },
    text(t) {
      if (inT) text += t;
    },
    close(tag) {
      if (tag === 't') inT = false;
      else if (tag === 'rPh') phonetic--;
      else if (tag === 'si') strings.push(ownString(decodeUnderscoreX(text)));
    },
  };
}
