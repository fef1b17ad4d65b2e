'use client';

import { useEffect } from 'react';

let firstRender = true;

/**
 * After a step changes without a page load, focus would stay on a button that is gone and
 * screen readers would not hear the new page. Move focus to the error summary, or else to
 * the page heading. On a full page load the browser's own order applies.
 *
 * The new page starts at its top, as after a page load: Next scrolls only its own part into
 * view, which left the row under the sticky header ("English", "Hulp nodig?") hidden beneath it.
 */
export function FocusOnNavigation({ id }: { id: string }) {
  useEffect(() => {
    if (firstRender) {
      firstRender = false;
      return;
    }
    const target = document.getElementById(id);
    if (!target) return;
    window.scrollTo(0, 0);
    // The heading or the error summary is near the top: keep the page there.
    target.focus({ preventScroll: target.getBoundingClientRect().bottom < window.innerHeight });
  }, [id]);
  return null;
}
