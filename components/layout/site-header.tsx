import Link from '@/components/common/link';
import { QuickExit } from '@/components/common/quick-exit';
import { ui } from '@/content/copy/nl';

export function SiteHeader() {
  return (
    <header className="border-b-4 border-green-800 bg-white">
      <a href="#inhoud" className="sr-only focus:not-sr-only focus:block focus:p-3">
        {ui.skipLink}
      </a>
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-xl font-bold text-slate-900 no-underline">
          {ui.siteName}
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <Link href="/hulp" replace className="font-semibold">
            {ui.help}
          </Link>
          <QuickExit />
        </div>
      </div>
    </header>
  );
}
