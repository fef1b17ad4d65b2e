import Link from '@/components/common/link';

export default function NotFound() {
  return (
    <>
      <h1 id="niet-gevonden">Deze pagina bestaat niet</h1>
      <p className="mt-4">Misschien is de link oud of klopt er een letter niet. Je antwoorden zijn niet weg.</p>
      <p className="mt-4">
        <Link href="/">Naar het begin van de routewijzer</Link>
      </p>
    </>
  );
}
