/**
 * Writes a changed copy of an .xlsx package: the original ZIP is opened, only the parts given are
 * replaced, added or removed, and every other part keeps its bytes — JSZip copies an unchanged
 * part's compressed data as it was read when the compression method matches (DEFLATE, as Excel
 * writes), and its uncompressed bytes are never touched in any case.
 */
import JSZip from 'jszip';
import { packageFile, partName } from '../xlsxPackage';

/** Text parts as strings (written as UTF-8), binary parts as bytes, `null` to remove a part. */
export type PartChanges = Map<string, string | Uint8Array | null>;

/** A package opened for patching: read parts as text, collect changes, write once. */
export class PackagePatch {
  private readonly changes: PartChanges = new Map();

  private constructor(private readonly zip: JSZip) {}

  static async open(bytes: Uint8Array): Promise<PackagePatch> {
    return new PackagePatch(await JSZip.loadAsync(bytes));
  }

  /** Part names without a leading "/", as they are in the package (changes included). */
  parts(): string[] {
    const names = new Set<string>();
    this.zip.forEach((path, entry) => {
      if (!entry.dir) names.add(partName(path));
    });
    for (const [name, data] of this.changes) {
      if (data === null) names.delete(name);
      else names.add(name);
    }
    return [...names];
  }

  has(name: string): boolean {
    return this.parts().includes(name);
  }

  /** The part's text as it is now (with earlier changes), or undefined when it does not exist. */
  async text(name: string): Promise<string | undefined> {
    if (this.changes.has(name)) {
      const data = this.changes.get(name);
      if (data === null || data === undefined) return undefined;
      return typeof data === 'string' ? data : new TextDecoder().decode(data);
    }
    const entry = packageFile(this.zip, name);
    return entry ? entry.async('string') : undefined;
  }

  set(name: string, data: string | Uint8Array): void {
    this.changes.set(name, data);
  }

  remove(name: string): void {
    this.changes.set(name, null);
  }

  changed(): string[] {
    return [...this.changes.keys()];
  }

  /** The patched package. Unchanged parts keep their name (leading "/" or not) and bytes. */
  async write(): Promise<Uint8Array> {
    for (const [name, data] of this.changes) {
      const existing = packageFile(this.zip, name);
      const path = existing ? existing.name : name;
      if (data === null) this.zip.remove(path);
      else this.zip.file(path, data);
    }
    this.changes.clear();
    return this.zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  }
}
