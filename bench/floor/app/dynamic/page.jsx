import { connection } from 'next/server';

// The floor of a page rendered per request: the same word, after connection().
export default async function Page() {
  await connection();
  return <h1>Floor</h1>;
}
