/**
 * The user's own index values on the command line: a JSON file in the user's config folder
 * (Windows %APPDATA%\Periodkoll, macOS ~/Library/Application Support/Periodkoll, else
 * $XDG_CONFIG_HOME/periodkoll or ~/.config/periodkoll). PERIODKOLL_CONFIG_DIR overrides it.
 */
import { mkdir, readFile, rename, writeFile } from 'fs/promises';
import { homedir } from 'os';
import { dirname, join } from 'path';
import { EMPTY_INDEX_STORE, indexStoreTable, parseIndexStore, serializeIndexStore, type IndexStore, type IndexTable } from '../core/indexation';

const FILE_NAME = 'indexvarden.json';

export function indexStorePath(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: string = homedir()): string {
  if (env.PERIODKOLL_CONFIG_DIR) return join(env.PERIODKOLL_CONFIG_DIR, FILE_NAME);
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Periodkoll', FILE_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Periodkoll', FILE_NAME);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), 'periodkoll', FILE_NAME);
}

export interface StoreFile {
  path: string;
  store: IndexStore;
  /** Set when the file exists but cannot be used; the store is then empty. */
  problem?: string;
}

export async function loadIndexStoreFile(path: string = indexStorePath()): Promise<StoreFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as { code?: string }).code === 'ENOENT') return { path, store: EMPTY_INDEX_STORE };
    return { path, store: EMPTY_INDEX_STORE, problem: `${path} kunde inte läsas (${(e as Error).message}).` };
  }
  const parsed = parseIndexStore(text);
  return parsed.ok ? { path, store: parsed.store } : { path, store: EMPTY_INDEX_STORE, problem: `${path}: ${parsed.message}` };
}

/** Written to a temporary file first, so an interrupted write never leaves half a store. */
export async function saveIndexStoreFile(path: string, store: IndexStore): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, serializeIndexStore(store), 'utf8');
  await rename(temporary, path);
}

/** The user layer for check and scenario; a damaged store is said on stderr and not used. */
export async function userIndexLayer(warn: (text: string) => void): Promise<IndexTable | undefined> {
  const file = await loadIndexStoreFile();
  if (file.problem) warn(`periodkoll: ${file.problem} Dina indexvärden används inte; rätta eller ta bort filen.\n`);
  return indexStoreTable(file.store);
}
