import { useSyncExternalStore } from 'react';

const never = () => () => {};

/**
 * False on the server and while hydrating, true once scripts run in the browser: for controls
 * that only work with scripts. The server's snapshot keeps hydration matching the HTML;
 * React then re-renders with the browser's, without the extra effect-and-setState pass.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(never, () => true, () => false);
}

/** Like useHydrated, but the browser's value is `check()`; undefined on the server and while hydrating. */
export function useBrowserValue<T>(check: () => T): T | undefined {
  return useSyncExternalStore(never, check, () => undefined);
}
