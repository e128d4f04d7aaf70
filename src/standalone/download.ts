/** Saving the marked copy: bytes in memory -> a file download, nothing sent anywhere. */

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** "rapport.xlsx" -> "rapport (markerad).xlsx". */
export function markedCopyName(name: string): string {
  const base = name.replace(/\.(xlsx|xlsm|csv|txt|se|si|sie)$/i, '').trim() || 'arbetsbok';
  return `${base} (markerad).xlsx`;
}

/** Hands the bytes to the browser's own download (an object URL on a temporary link). */
export function downloadBytes(bytes: ArrayBuffer | Uint8Array, fileName: string, doc: Document = document): void {
  const blob = new Blob([bytes as BlobPart], { type: XLSX_MIME });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start reading the URL only after click() has returned.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
