// The lint stack, re-exported so the root eslint.config.mjs resolves these packages (and the
// TypeScript 6 they need) from here rather than from the root, where typescript is 7.
export { default as tseslint } from 'typescript-eslint';
export { default as nextPlugin } from '@next/eslint-plugin-next';
export { default as reactHooks } from 'eslint-plugin-react-hooks';
export { importX } from 'eslint-plugin-import-x';
export { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
export { layersPlugin } from './layers.mjs';
