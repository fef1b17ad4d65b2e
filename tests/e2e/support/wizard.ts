import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import type { Answers } from '@/lib/answers/schema';
import { loadCatalogue } from '@/lib/catalogue/load';
import { advise, type Advice } from '@/lib/engine/advise';
import { adviceLayout } from '@/lib/engine/advice-view';
import { currentValues, fieldKind, optionValues } from '@/lib/journey/forms';
import { questionCopy } from '@/lib/journey/question-copy';
import { isQuestionId, type QuestionId } from '@/lib/journey/questions';

/*
 * Drives the wizard like a person does: it reads which question the page asks, answers it
 * from the persona, and moves on. The advice it expects comes from the engine itself, fed
 * with exactly the answers the wizard asked for, so the page and the engine must agree.
 */

export const catalogue = loadCatalogue();

export type Persona = {
  name: string;
  answers: Answers;
  /** What to type for "where do you live" instead of the gemeente's name (e.g. a postcode). */
  municipalityInput?: string;
};

export type Mode = 'mouse' | 'keyboard';

/** A page's path without the English interface's /en prefix: '/en/vragen/x' → '/vragen/x'. */
export function barePath(url: string): string {
  const p = new URL(url).pathname;
  return p === '/en' ? '/' : p.startsWith('/en/') ? p.slice(3) : p;
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Zero axe violations for WCAG 2.2 A and AA on the page as it is now. */
export async function expectAccessible(page: Page, where = page.url()) {
  await page.waitForLoadState('load');
  // After a soft navigation Next sets the new <title> a moment after the page: scan once it is there.
  await page.waitForFunction(() => document.title !== '', undefined, { timeout: 5_000 }).catch(() => undefined);
  const run = () => new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  // A client-side navigation that lands while axe runs destroys its context: run it again.
  const result = await run().catch(async () => {
    await page.waitForLoadState('networkidle');
    return run();
  });
  const summary = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe on ${where}`).toEqual([]);
}

/**
 * Every page has one h1, the quick exit in view, and no sideways scrolling. A question page has
 * the back link at the top left, before the heading, and "Vraag n van N" (n ≤ N) on the page and
 * in its title.
 */
export async function expectPageBasics(page: Page) {
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('#snel-weg')).toBeInViewport();
  // Readable at 320 px (WCAG 1.4.10): nothing makes the page scroll sideways.
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
      .map((e) => `<${e.tagName.toLowerCase()} id="${e.id}"> ${(e.textContent ?? '').trim().slice(0, 30)}`),
  );
  expect(wide, `sideways overflow on ${page.url()}`).toEqual([]);
  const path = barePath(page.url());
  if (path.startsWith('/vragen/')) {
    const en = (await page.locator('html').getAttribute('lang')) === 'en';
    const shown = (await page.locator('#stap').textContent()) ?? '';
    const m = (en ? /Question (\d+) of (\d+)/ : /Vraag (\d+) van (\d+)/).exec(shown);
    expect(m, `progress on ${page.url()}: ${shown}`).not.toBeNull();
    expect(Number(m![1])).toBeLessThanOrEqual(Number(m![2]));
    await expect(page).toHaveTitle(new RegExp(`^${m![0]}: `));
    await expectBackLinkAtTop(page);
  }
}

/** The back link is the first thing in the content, at the top left, above the question. */
export async function expectBackLinkAtTop(page: Page) {
  const back = page.locator('main #vorige');
  await expect(back).toBeVisible();
  const [b, h] = [await back.boundingBox(), await page.locator('h1').boundingBox()];
  expect(b!.y, 'back link above the question').toBeLessThan(h!.y);
  expect(b!.x, 'back link on the left').toBeLessThan(page.viewportSize()!.width / 3);
  expect(await page.locator('main a, main button, main input:not([type=hidden])').first().getAttribute('id')).toBe('vorige');
}

export async function currentQuestion(page: Page): Promise<QuestionId | undefined> {
  if (!barePath(page.url()).startsWith('/vragen/')) return undefined;
  const q = await page.locator('input[name="question"]').inputValue();
  expect(isQuestionId(q), q).toBe(true);
  return q as QuestionId;
}

/** Where the person is: the path and, on a question page, the question. */
export const where = async (page: Page) => {
  // Locators, not page.evaluate: this must also work with scripts off.
  const q = page.locator('input[name="question"]');
  const question = (await q.count().catch(() => 0)) > 0 ? await q.first().getAttribute('value', { timeout: 1000 }).catch(() => 'navigating') : '';
  return `${new URL(page.url()).pathname}|${question}`;
};

/** Waits until the page shows something else than `before` (a new question or page). */
async function moved(page: Page, before: string) {
  await expect.poll(() => where(page), { timeout: 15_000 }).not.toBe(before);
  await page.waitForLoadState();
}

export async function tabTo(page: Page, test: () => Promise<boolean>, what: string) {
  for (let i = 0; i < 150; i++) {
    if (await test()) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${what} with Tab`);
}

export const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/** Presses a button or link by keyboard: Tab until it has focus, then Enter. */
export async function pressByKeyboard(page: Page, id: string) {
  await tabTo(page, async () => (await activeId(page)) === id, `#${id}`);
  await page.keyboard.press('Enter');
}

/**
 * The values a persona gives to a question. A persona that leaves a choice open does not know
 * it, so it answers "Weet ik niet" where the question offers that (the form then shows it chosen).
 */
export function personaValues(q: QuestionId, answers: Answers): string[] {
  const values = currentValues(q, answers, true, catalogue.regions);
  // A box the wizard no longer offers (speed is asked once, as the pace) cannot be ticked.
  if (fieldKind(q) === 'checkbox') return values.filter((v) => optionValues(q).includes(v));
  return fieldKind(q) === 'radio' && values.length === 0 && optionValues(q).includes('unknown') ? ['unknown'] : values;
}

/** Answers the question on the page; returns the question and the values given. */
export async function answerQuestion(page: Page, persona: Persona, mode: Mode): Promise<QuestionId> {
  await page.waitForURL(/\/vragen\//);
  const q = (await currentQuestion(page))!;
  const kind = fieldKind(q);
  let values = personaValues(q, persona.answers);
  if (q === 'municipality' && persona.municipalityInput) values = [persona.municipalityInput];
  const before = await where(page);

  if (mode === 'mouse') {
    if (kind === 'radio') await page.locator(`#answer-${values[0]}`).check();
    else if (kind === 'checkbox') {
      for (const box of await page.locator('input[name="answer"]').all()) {
        const v = await box.getAttribute('value');
        if (values.includes(v!)) await box.check();
        else await box.uncheck();
      }
    } else if (values.length > 0) await page.locator('#answer').fill(values[0]!);
    if ((kind === 'age' || kind === 'municipality') && values.length === 0) await page.locator('#overslaan').click();
    else await page.locator('#volgende').click();
  } else {
    if (kind === 'radio') {
      // Tab into the group (one tab stop), then arrow keys move the choice, as in any radio group.
      await tabTo(page, () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name === 'answer'), 'the choices');
      const target = `answer-${values[0]}`;
      for (let i = 0; i < 12 && (await activeId(page)) !== target; i++) await page.keyboard.press('ArrowDown');
      expect(await activeId(page)).toBe(target);
      if (!(await page.locator(`#${target}`).isChecked())) await page.keyboard.press('Space');
      await expect(page.locator(`#${target}`)).toBeChecked();
    } else if (kind === 'checkbox') {
      for (const box of await page.locator('input[name="answer"]').all()) {
        const v = (await box.getAttribute('value'))!;
        if (values.includes(v) !== (await box.isChecked())) {
          await tabTo(page, async () => (await activeId(page)) === `answer-${v}`, `#answer-${v}`);
          await page.keyboard.press('Space');
        }
      }
    } else if (values.length > 0) {
      await tabTo(page, async () => (await activeId(page)) === 'answer', '#answer');
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(values[0]!);
    }
    await pressByKeyboard(page, (kind === 'age' || kind === 'municipality') && values.length === 0 ? 'overslaan' : 'volgende');
  }
  await moved(page, before);
  return q;
}

/** The persona's answers, cut down to the questions the wizard asked. */
export function askedAnswers(persona: Persona, asked: QuestionId[]): Answers {
  const out: Answers = { situation: {}, wish: {} };
  for (const q of asked) {
    if (q === 'priorities') {
      if (persona.answers.priorities) out.priorities = persona.answers.priorities.filter((v) => optionValues(q).includes(v));
    } else if (q === 'support') {
      out.wish.support = persona.answers.wish.support?.filter((v) => optionValues(q).includes(v));
    } else if (q === 'goal' || q === 'pace') {
      (out.wish as Record<string, unknown>)[q] = persona.answers.wish[q];
    } else if (persona.answers.situation[q] !== undefined) {
      (out.situation as Record<string, unknown>)[q] = persona.answers.situation[q];
    }
  }
  if (out.situation.crisis === undefined && asked.includes('crisis')) out.situation.crisis = false;
  return out;
}

export type Visit = (page: Page) => Promise<void>;

/** Issue 15: the check page lists every question the wizard asked, in the order asked, and no other. */
export async function expectCheckPageLists(page: Page, asked: readonly QuestionId[]) {
  const locale = (await page.locator('html').getAttribute('lang')) === 'en' ? 'en' : 'nl';
  await expect(page.locator('#controleren ~ section dt')).toHaveText(asked.map((q) => questionCopy(q, locale).short));
}

/** Answers every question until the check page; runs `visit` on every page it passes. */
export async function answerAll(page: Page, persona: Persona, mode: Mode, visit: Visit): Promise<QuestionId[]> {
  const asked: QuestionId[] = [];
  for (let guard = 0; guard < 30; guard++) {
    if (barePath(page.url()) === '/controleren') {
      await expectCheckPageLists(page, asked);
      return asked;
    }
    await visit(page);
    asked.push(await answerQuestion(page, persona, mode));
  }
  throw new Error(`no check page after 30 questions; at ${page.url()}`);
}

export const expectedAdvice = (persona: Persona, asked: QuestionId[]): Advice => advise(askedAnswers(persona, asked), catalogue, 'nl');

/** The advice page shows exactly the engine's groups, in the engine's order. */
export async function expectAdviceMatches(page: Page, advice: Advice) {
  // The recommended route, as the engine decides it: first step, then, alternatives.
  const route = advice.route;
  const first = page.locator('#eerste-stap');
  await expect(first).toHaveAttribute('data-step', route.firstStep.id);
  await expect(first.locator('#eerste-stap-titel')).toHaveText(route.firstStep.title);
  for (const w of route.firstStep.why) await expect(first).toContainText(w.text);
  await expect(first).toContainText(route.firstStep.howToStart);
  const ids = (selector: string) => page.locator(selector).evaluateAll((els) => els.map((e) => e.getAttribute('data-route')));
  expect(await ids('#lijst-daarna > li')).toEqual(route.then.map((t) => t.id));
  expect(await ids('#lijst-ook-mogelijk > li')).toEqual(route.alternatives.map((a) => a.id));
  for (const a of route.alternatives) await expect(page.locator(`#lijst-ook-mogelijk > li[data-route="${a.id}"]`)).toContainText(a.tradeOff);
  expect(await ids('#lijst-naast > li')).toEqual(route.alongside.map((a) => a.id));
  // Beside the route (issue 18): instruments, a safety net, kinds of help to ask for, each with what to say.
  for (const [list, items] of [['regelingen', route.instruments], ['vangnet', route.safetyNets], ['vraag-ook', route.askAbout]] as const) {
    expect(await ids(`#lijst-${list} > li`)).toEqual(items.map((x) => x.id));
    for (const x of items) await expect(page.locator(`#lijst-${list} > li[data-route="${x.id}"]`)).toContainText(x.say);
  }
  for (const s of advice.signals) await expect(page.locator(`#signaal-${s.id}`)).toBeVisible();
  // Every route is on a page of its own, linked below the route with the counts; opened in a
  // second tab so that this page stays as it was.
  const counts = [advice.recommended.length, advice.conditional.length, advice.notSuitable.length];
  await expect(page.locator('#alle-routes')).toContainText(`(${counts[0]! + counts[1]!})`);
  await expect(page.locator('#alle-routes + p')).toContainText(new RegExp(counts.map(String).join('\\D+')));
  const all = await page.context().newPage();
  await all.goto((await page.locator('#naar-alle-routes').getAttribute('href'))!);
  await expectAllRoutesMatch(all, advice);
  await all.close();
}

/** The page with every route shows exactly the engine's three groups, in the engine's order. */
export async function expectAllRoutesMatch(page: Page, advice: Advice) {
  await expect(page).toHaveURL(/\/advies\/alle-routes$/);
  const ids = (selector: string) => page.locator(selector).evaluateAll((els) => els.map((e) => e.getAttribute('data-route')));
  expect(await ids('#lijst-aanbevolen > li > article')).toEqual(advice.recommended.map((r) => r.id));
  expect(await ids('#lijst-misschien > li > article')).toEqual(advice.conditional.map((r) => r.id));
  expect(await ids('#lijst-niet > li')).toEqual(advice.notSuitable.map((r) => r.id));
  for (const a of advice.notSuitable) for (const r of a.reasons) await expect(page.locator(`#lijst-niet > li[data-route="${a.id}"]`)).toContainText(r.text);
  // In a crisis the urgent help is above the list here too.
  const layout = adviceLayout(advice);
  for (const s of layout.crisisFirst ? layout.urgent : []) await expect(page.locator(`#signaal-${s.id}`)).toBeVisible();
  await expect(page.locator('[id^="signaal-"]')).toHaveCount(layout.crisisFirst ? layout.urgent.length : 0);
}

/**
 * Chooses the route a person would pick from the advice: the first step when it is a route,
 * otherwise the first alternative, or else the best of the page with every route (in a crisis
 * behind "later verder kijken"). Returns the chosen route's id.
 */
export async function chooseFromAdvice(page: Page, advice: Advice, mode: Mode = 'mouse'): Promise<string> {
  const route = advice.route;
  let id: string;
  let button: string;
  if (route.firstStep.type === 'route') [id, button] = [route.firstStep.id, 'kies-eerste-stap'];
  else if (route.alternatives[0]) [id, button] = [route.alternatives[0].id, `kies-ook-${route.alternatives[0].id}`];
  else {
    id = advice.recommended[0]!.id;
    button = `kies-${id}`;
    if (route.rule === 'crisis') await page.locator('#later-verder > summary').click();
    await page.locator('#naar-alle-routes').click();
    await expect(page).toHaveURL(/\/advies\/alle-routes$/);
  }
  if (mode === 'keyboard') await pressByKeyboard(page, button);
  else await page.locator(`#${button}`).click();
  return id;
}
