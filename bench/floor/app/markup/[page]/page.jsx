import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createElement } from 'react';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';

// The floor of a page with our markup: the body of one of our pages (BENCH_FLOOR_MARKUP/<page>.json,
// a tree of [tag, props, children] read once), made into React elements and rendered per request.
const trees = new Map();
const tree = (page) => {
  if (!trees.has(page)) trees.set(page, JSON.parse(readFileSync(path.join(process.env.BENCH_FLOOR_MARKUP, `${page}.json`), 'utf8')));
  return trees.get(page);
};
const element = (node) => (typeof node === 'string' ? node : createElement(node[0], node[1], ...node[2].map(element)));

export default async function Page({ params }) {
  await connection();
  const { page } = await params;
  if (!/^[a-z]+$/.test(page)) notFound();
  return createElement('div', null, createElement('link', { rel: 'stylesheet', href: '/markup-style', precedence: 'default' }), ...tree(page).map(element));
}
