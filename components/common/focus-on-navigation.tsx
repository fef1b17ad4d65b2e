'use client';

import { useEffect } from 'react';

let firstRender = true;

/**
 * After a step changes without a page load, focus would stay on a button that is gone and
 * screen readers would not hear the new page. Move focus to the error summary, or else to
 * the page heading. On a full page load the browser's own order applies.
 */
export function FocusOnNavigation({ id }: { id: string }) {
  useEffect(() => {
    if (firstRender) {
      firstRender = false;
      return;
    }
    document.getElementById(id)?.focus();
  }, [id]);
  return null;
}
