export default function StartPage() {
  return (
    <main className="mx-auto max-w-2xl p-4">
      <h1 className="text-3xl font-bold">Routewijzer werk</h1>
      <p className="mt-4">Vind de route naar werk die bij jou past.</p>
    </main>
  );
}
