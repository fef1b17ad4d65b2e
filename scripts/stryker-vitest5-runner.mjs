import { declareFactoryPlugin, PluginKind } from '@stryker-mutator/api/plugin';
import { strykerPlugins as vitestPlugins } from '@stryker-mutator/vitest-runner';

/*
 * StrykerJS's vitest runner 9.x, made to select single tests in Vitest 5 (stryker.config.mjs
 * uses it as testRunner 'vitest5').
 *
 * With perTest coverage, Stryker runs each mutant against only the tests that reach it, by
 * setting Vitest's testNamePattern to the tests' names: suite and test names joined with a
 * space. Vitest 5 matches the pattern against the names joined with ' > ', so the pattern
 * matched no test, nothing ran, and every mutant "survived". Runner 10.x joins with ' > ',
 * but StrykerJS 10 refuses to start on Node 20, which these machines run. Here each space of
 * the pattern may also be ' > '; at worst a test with a look-alike name runs as well.
 *
 * Drop this file and use testRunner 'vitest' once the project is on Node 22 and StrykerJS 10.
 */

const [vitest] = vitestPlugins;

function createVitest5TestRunner(injector) {
  const runner = vitest.factory(injector);
  const init = runner.init.bind(runner);
  runner.init = async () => {
    await init();
    const ctx = runner.ctx;
    const start = ctx.start.bind(ctx);
    ctx.start = (files) => {
      for (const project of ctx.projects) {
        const pattern = project.config.testNamePattern;
        if (pattern instanceof RegExp) project.config.testNamePattern = new RegExp(pattern.source.replaceAll(' ', '(?: | > )'), pattern.flags);
      }
      return start(files);
    };
  };
  return runner;
}
createVitest5TestRunner.inject = vitest.factory.inject;

export const strykerPlugins = [declareFactoryPlugin(PluginKind.TestRunner, 'vitest5', createVitest5TestRunner)];
