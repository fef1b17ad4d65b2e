import { expect, type Page } from '@playwright/test';
import type { Answers } from '@/lib/answers/schema';
import { fieldKind } from '@/lib/journey/forms';
import { makeIsAsked } from '@/lib/journey/is-asked';
import { QUESTION_IDS, type QuestionId } from '@/lib/journey/questions';
import { activeId, catalogue, personaValues, tabTo, type Mode } from './wizard';

/** What the intake form needs for a person: per field, the value(s) to give. */
export type IntakeField = { q: QuestionId; kind: ReturnType<typeof fieldKind>; values: string[] };

const isAsked = makeIsAsked(catalogue);

/** Every question the wizard would ask this person, with the answer it would give ("onbekend" included). */
export function intakeFields(answers: Answers): IntakeField[] {
  return QUESTION_IDS.filter((q) => isAsked(q, answers)).map((q) => ({ q, kind: fieldKind(q), values: personaValues(q, answers) }));
}

const focusOn = (page: Page, id: string) => tabTo(page, async () => (await activeId(page)) === id, `#${id}`);

/** Fills the intake for a person, with the mouse (and form APIs) or by keyboard only. */
export async function fillIntake(page: Page, answers: Answers, mode: Mode) {
  for (const f of intakeFields(answers)) {
    const id = `intake-${f.q}`;
    if (f.kind === 'checkbox') {
      for (const v of f.values) {
        if (mode === 'mouse') await page.locator(`#${id}-${v}`).check();
        else {
          await focusOn(page, `${id}-${v}`);
          await page.keyboard.press('Space');
        }
        await expect(page.locator(`#${id}-${v}`)).toBeChecked();
      }
    } else if (f.kind === 'radio') {
      if (mode === 'mouse') await page.locator(`#${id}`).selectOption(f.values[0]!);
      else {
        // A closed list moves its choice with the arrow keys, as in any select.
        await focusOn(page, id);
        const target = f.values[0]!;
        for (let i = 0; i < 15 && (await page.locator(`#${id}`).inputValue()) !== target; i++) await page.keyboard.press('ArrowDown');
      }
      await expect(page.locator(`#${id}`)).toHaveValue(f.values[0]!);
    } else if (f.values.length === 0) {
      if (mode === 'mouse') await page.locator(`#${id}-skip`).check();
      else {
        await focusOn(page, `${id}-skip`);
        await page.keyboard.press('Space');
      }
      await expect(page.locator(`#${id}-skip`)).toBeChecked();
    } else {
      if (mode === 'mouse') await page.locator(`#${id}`).fill(f.values[0]!);
      else {
        await focusOn(page, id);
        await page.keyboard.type(f.values[0]!);
      }
      await expect(page.locator(`#${id}`)).toHaveValue(f.values[0]!);
    }
  }
}

/**
 * A driegesprek set up with everyone in agreement, in the order the page asks for it (issue 16):
 * who takes part and what is shared (nothing is ticked at the start), the client's consent,
 * then the others' agreement, each its own act. Used by the browser tests and the screenshots.
 */
export async function agreeToEverything(
  page: Page,
  parties: readonly string[] = ['klantmanager', 'behandelaar'],
  items: readonly string[] = ['situation', 'care', 'wish', 'route', 'agreements'],
) {
  for (const p of parties) await page.locator(`#deelnemer-${p}`).check();
  for (const s of items) await page.locator(`#delen-${s}`).check();
  await page.locator('#bewaar-opzet').click();
  // The page comes back with the scope saved: the client's text lists the items.
  await expect(page.locator('#toestemming-wat > li')).toHaveCount(items.length);
  await page.locator('#akkoord-klant').check();
  await page.locator('#geef-client').click();
  await expect(page.locator('#status-client')).toContainText('toestemming gegeven op');
  for (const p of parties) await page.locator(`#akkoord-${p}`).check();
  await page.locator('#bewaar-akkoord').click();
  for (const p of parties) await expect(page.locator(`#status-${p}`)).toContainText('akkoord op');
}
