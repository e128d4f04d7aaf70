/**
 * Whether Office opened this page as an add-in. Mirrors the places office.js itself looks for
 * its host (the `_host_Info` query parameter, the rich clients' `window.external.GetHostInfo`
 * or `agaveHost`, Office on the web's window name, and the value office.js keeps in
 * sessionStorage across reloads), so office.js is loaded exactly when it will find a host.
 * In a plain browser office.js must not load at all: it would wait for a host that never answers,
 * and in a frame it even navigates the page to about:blank.
 */

interface HostHints {
  location: { search: string };
  name?: string;
  external?: unknown;
  agaveHost?: unknown;
  sessionStorage?: Pick<Storage, 'getItem'>;
}

export function isOfficeHostPage(win: HostHints): boolean {
  if (/[?&]_host_Info=/i.test(win.location.search)) return true;
  try {
    const external = win.external as { GetHostInfo?: unknown } | undefined;
    // Old Windows hosts expose GetHostInfo as an ActiveX method, whose typeof is "unknown".
    if (external && typeof external.GetHostInfo !== 'undefined') return true;
  } catch {
    // Reading window.external can throw in some embeddings; that is not an Office host.
  }
  if (typeof win.agaveHost !== 'undefined') return true;
  if (win.name && win.name.includes('hostInfo')) {
    try {
      const parsed = JSON.parse(win.name) as { hostInfo?: unknown } | null;
      if (parsed && parsed.hostInfo) return true;
    } catch {
      // Not JSON: an ordinary window name.
    }
  }
  try {
    if (win.sessionStorage?.getItem('hostInfoValue')) return true;
  } catch {
    // Storage disabled (privacy settings): no remembered host.
  }
  return false;
}
