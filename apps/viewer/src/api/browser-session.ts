// The session of the page: the browser's fetch and the tab's sessionStorage (or none when the browser
// refuses storage), for the API at `apiBase`.

import { Session } from './session';

function tabStorage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

export function browserSession(apiBase: string): Session {
  return new Session({
    fetch: (url, init) => fetch(url, init),
    storage: tabStorage(),
    now: () => Date.now(),
    base: apiBase,
  });
}
