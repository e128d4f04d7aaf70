import { useCallback, useMemo, useRef, useState } from 'react';
import { indexImportPreview, planIndexImport, storedValuesOf, type IndexChange, type IndexImportPreview } from '../../core/indexation';
import type { IndexFileReading } from '../../host/file/readIndexFile';
import { useIndexStore } from '../indexStore/IndexStoreProvider';

/** A chosen file, read, waiting for the user's "Spara" or "Avbryt". Nothing of it is stored yet. */
export interface PendingImport {
  name: string;
  bytes: Uint8Array;
  reading: IndexFileReading;
}

export interface IndexImportState {
  pending: PendingImport | null;
  reading: boolean;
  /** The series to read when the table does not name it (or to take one of several). */
  series: string;
  /** A source to record instead of the table's title and file name. */
  source: string;
  setSeries(text: string): void;
  setSource(text: string): void;
  changes: IndexChange[];
  preview: IndexImportPreview | null;
  choose(file: File): Promise<void>;
  reread(): Promise<void>;
  /** Stores the previewed values; returns the summary, or throws an Error with a Swedish message. */
  save(): string;
  cancel(): void;
}

/** "Läs in indextabell": read a file in the browser, preview what storing it would change, store on request. */
export function useIndexImport(): IndexImportState {
  const { store, apply, now } = useIndexStore();
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [reading, setReading] = useState(false);
  const [series, setSeries] = useState('');
  const [source, setSource] = useState('');
  // Only the newest read may show: a slow .xlsx read must not replace a file chosen after it.
  const latest = useRef(0);

  const read = useCallback(
    async (name: string, bytes: Uint8Array, seriesName: string) => {
      const id = ++latest.current;
      setReading(true);
      let result: IndexFileReading;
      try {
        // Fetched on first use, like the other file readers, so the pane in Excel loads it only when asked.
        const { readIndexFile } = await import('../../host/file/readIndexFile');
        result = await readIndexFile(bytes, name, { ...(seriesName.trim() ? { series: seriesName.trim() } : {}), currentYear: now().getFullYear() });
      } catch {
        result = { ok: false, message: `${name}: filen kunde inte läsas.` };
      }
      if (id !== latest.current) return;
      setPending({ name, bytes, reading: result });
      setReading(false);
    },
    [now],
  );

  const choose = useCallback(
    async (file: File) => {
      setSeries('');
      setSource('');
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await file.arrayBuffer());
      } catch {
        setPending({ name: file.name, bytes: new Uint8Array(), reading: { ok: false, message: `${file.name}: filen kunde inte läsas.` } });
        return;
      }
      await read(file.name, bytes, '');
    },
    [read],
  );

  const reread = useCallback(async () => {
    if (pending) await read(pending.name, pending.bytes, series);
  }, [pending, read, series]);

  const changes = useMemo(() => {
    if (!pending?.reading.ok) return [];
    const override = source.trim();
    const values = storedValuesOf(pending.reading.series).map((v) => (override ? { ...v, source: override } : v));
    return planIndexImport(store, values);
  }, [pending, source, store]);
  const preview = useMemo(() => (pending?.reading.ok ? indexImportPreview(changes) : null), [pending, changes]);

  const save = useCallback(() => {
    if (!preview) return '';
    apply(changes);
    latest.current++;
    setPending(null);
    return preview.summary;
  }, [apply, changes, preview]);

  const cancel = useCallback(() => {
    latest.current++;
    setPending(null);
    setReading(false);
  }, []);

  return { pending, reading, series, source, setSeries, setSource, changes, preview, choose, reread, save, cancel };
}
