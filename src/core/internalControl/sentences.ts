import { normalizeLabel } from '../text/normalize';

/**
 * The sentences of a comment. A follow-up comment is written sentence by sentence ("… upptäckta
 * i granskningen. Åtgärden är avslutad."), often on separate lines. A full stop only ends a
 * sentence before a capital or a digit, so "t.ex. stickprov" stays whole.
 */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[\p{Lu}\d"”«])|\s*[\r\n]+\s*/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** A sentence as compared with others: case, spacing and the closing full stop do not count. */
export function sentenceKey(sentence: string): string {
  return normalizeLabel(sentence).replace(/[\s.!?…]+$/u, '');
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
