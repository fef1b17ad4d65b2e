import Link from '@/components/common/link';
import { clearAnswers } from '@/components/wizard/actions';
import { ui } from '@/content/copy/nl';

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t-2 border-slate-200 bg-slate-50">
      <div className="mx-auto max-w-3xl space-y-4 px-4 py-6 text-base">
        <p>{ui.footerNote}</p>
        <form action={clearAnswers}>
          <button type="submit" id="wis-antwoorden" className="btn-link font-semibold">
            {ui.clear}
          </button>
        </form>
        <nav aria-label="Over deze website">
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            <li>
              <Link href="/hulp">Direct hulp</Link>
            </li>
            <li>
              <Link href="/privacy">Privacy</Link>
            </li>
            <li>
              <Link href="/toegankelijkheid">Toegankelijkheid</Link>
            </li>
            <li>
              <Link href="/bronnen">Bronnen</Link>
            </li>
            <li>
              <Link href="/stroomschema">Stroomschema</Link>
            </li>
            <li>
              <Link href="/aanbod">Alle routes</Link>
            </li>
            <li>
              <Link href="/nieuw">Wat is nieuw</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
