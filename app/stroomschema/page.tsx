import type { Metadata } from 'next';
import Link from '@/components/common/link';
import { StroomschemaList } from '@/components/map/stroomschema-list';
import { StroomschemaPicture } from '@/components/map/stroomschema-svg';
import { getCatalogue } from '@/lib/catalogue/load';
import { stroomschema } from '@/lib/map/stroomschema';

export const metadata: Metadata = { title: 'Stroomschema: zo werkt de routewijzer' };

export default function StroomschemaPage() {
  const catalogue = getCatalogue();
  const data = stroomschema(catalogue);
  return (
    <>
      <h1>Stroomschema: zo werkt de routewijzer</h1>
      <p className="mt-4">
        De routewijzer werkt in vijf stappen. Eerst kijken we naar je situatie en je wens. Bij elke vraag vallen er routes af, of moet je
        iets navragen. Daarna kies je samen een route, ga je aan de slag en kijk je hoe het ging.
      </p>
      <p className="mt-2">
        Dit schema komt uit de routewijzer zelf en uit de {data.routes.length} routes die we kennen. Verandert er een route, dan verandert
        het schema mee. De vijf stappen komen uit het onderzoek naar begeleiding naar werk (
        <Link href="/bronnen#bron-004">Deskresearch, 2025</Link>).
      </p>
      <p className="mt-2">
        <Link href="/aanbod">Bekijk alle routes</Link> · <Link href="/">Naar de routewijzer</Link>
      </p>

      <figure className="mt-6">
        <StroomschemaPicture data={data} id="schema" />
        <figcaption className="mt-2 text-base text-slate-700">
          Het schema van boven naar beneden. Dezelfde informatie staat hieronder als tekst.
        </figcaption>
      </figure>

      <section aria-labelledby="schema-tekst-kop" className="mt-10">
        <h2 id="schema-tekst-kop">Het schema in woorden</h2>
        <details className="mt-2" open>
          <summary>Alle stappen, keuzepunten en routes</summary>
          <StroomschemaList data={data} />
        </details>
      </section>
    </>
  );
}
