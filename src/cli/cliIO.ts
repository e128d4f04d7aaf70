/** Where a command writes, and how it asks: the terminal in use, a buffer in tests. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** A yes/no question on a terminal; absent when there is none (pipes, CI, tests). */
  confirm?(question: string): Promise<boolean>;
}
