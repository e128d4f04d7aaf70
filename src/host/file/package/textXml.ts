/**
 * Cell and note text as SpreadsheetML stores it: characters XML 1.0 cannot hold are written as "_xHHHH_",
 * so a literal "_x0041_" in a message has its underscore escaped ("_x005F_x0041_").
 */
import { encodeXml } from './xmlTags';

export function textXml(text: string): string {
  const escaped = text
    .replace(/_x([0-9A-Fa-f]{4})_/g, '_x005F_x$1_')
    // eslint-disable-next-line no-control-regex -- these are the characters XML cannot hold
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
  return encodeXml(escaped);
}
