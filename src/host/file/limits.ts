/**
 * How much a file reader accepts before refusing with "too-large". ExcelJS holds every cell as
 * an object (about a kilobyte each), so these limits keep a CLI run or a browser tab from
 * running out of memory instead of answering; a periodrapport is far below all of them.
 */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export const MAX_CELLS = 5_000_000;

/**
 * Sum of the unpacked worksheet XML checked before parsing (a small zip can unpack to gigabytes).
 * At roughly 50 bytes of XML per cell this is the MAX_CELLS ceiling, estimated before paying for it.
 */
export const MAX_WORKSHEET_XML_BYTES = 250 * 1024 * 1024;
