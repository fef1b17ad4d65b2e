import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import type { Locale } from '@/lib/i18n/locale';
import * as real from '../../lib/catalogue/load';
import type { Catalogue } from '../../lib/catalogue/schema';

/*
 * Only for the mutation run (vitest.mutation.config.ts puts this module in the place of
 * lib/catalogue/load). Stryker runs the covering test files once per mutant, each in a new
 * worker, and reading and checking content/ takes seconds there on a small machine. The
 * shipped content does not change during a run and is not mutated, so it is read once and
 * kept in the run's sandbox as a V8 snapshot (Maps included); every later load reads that.
 * Loads of other content (fixture folders, options) go to the real loader untouched.
 */

export * from '../../lib/catalogue/load';

const cacheDir = path.join(process.cwd(), '.catalogue-cache');

function cached(key: string, load: () => Catalogue): Catalogue {
  const file = path.join(cacheDir, `${key.replace(/[^a-z0-9]+/gi, '_')}.bin`);
  try {
    return v8.deserialize(fs.readFileSync(file)) as Catalogue;
  } catch {
    const value = load();
    fs.mkdirSync(cacheDir, { recursive: true });
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    fs.writeFileSync(tmp, v8.serialize(value));
    fs.renameSync(tmp, file);
    return value;
  }
}

export function loadCatalogue(options: real.LoadOptions = {}): Catalogue {
  const keys = Object.keys(options).filter((k) => k !== 'locale');
  if (keys.length > 0) return real.loadCatalogue(options);
  return cached(`load-${options.locale ?? 'nl'}`, () => real.loadCatalogue(options));
}

const memo = new Map<Locale, Catalogue>();
export function getCatalogue(locale: Locale): Catalogue {
  let c = memo.get(locale);
  if (!c) {
    c = cached(`get-${locale}`, () => real.getCatalogue(locale));
    memo.set(locale, c);
  }
  return c;
}
