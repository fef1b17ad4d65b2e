import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The floor fixture for `npm run bench`: resolves packages from the project's node_modules. */
export default { turbopack: { root: path.join(path.dirname(fileURLToPath(import.meta.url)), '../..') } };
