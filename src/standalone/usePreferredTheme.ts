import { useEffect, useState } from 'react';
import type { PaneTheme } from '../taskpane/officeTheme';

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** The browser's media query, where it has one (jsdom and old engines do not). */
function darkQuery(): MediaQueryList | undefined {
  return typeof window.matchMedia === 'function' ? window.matchMedia(DARK_QUERY) : undefined;
}

/**
 * Outside Office there is no Office theme: the stand-alone page follows the browser's (or the
 * system's) light or dark setting, and changes with it while open.
 */
export function usePreferredTheme(): PaneTheme {
  const [dark, setDark] = useState(() => darkQuery()?.matches ?? false);
  useEffect(() => {
    const query = darkQuery();
    if (!query) return;
    const follow = () => setDark(query.matches);
    follow();
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, []);
  return dark ? 'dark' : 'light';
}
