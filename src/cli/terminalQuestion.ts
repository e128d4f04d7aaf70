/** A j/n question on the terminal: "j", "ja", "y", "yes" mean yes; anything else, no. */
import { createInterface } from 'readline/promises';

export async function askYesNo(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^(j|ja|y|yes)$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}
