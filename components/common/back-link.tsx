import Link from '@/components/common/link';

/**
 * The back link at the top left of a page (GOV.UK and NL Design System "terug"): a plain link,
 * so it works without scripts. It replaces the history entry, as every step of the wizard does.
 */
export async function BackLink({ href, label }: { href: string; label: string }) {
  return (
    <p className="mb-4">
      <Link href={href} replace id="vorige" className="back-link">
        <svg aria-hidden="true" focusable="false" viewBox="0 0 8 14" width="8" height="14" className="shrink-0">
          <path d="M7 1 1 7l6 6" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
        {label}
      </Link>
    </p>
  );
}
