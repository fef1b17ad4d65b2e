import { expect, test, type Page } from '@playwright/test';
import { COOKIE_HEADER_BUDGET } from '@/lib/meeting/codec';
import { MAX_AGREEMENTS, TEXT_LIMITS } from '@/lib/meeting/meeting';
import { expectAccessible } from './support/wizard';
import { fitTo } from '@/tests/support/meeting-text';

/*
 * Issue 13: a full driegesprek fits on the device in any script, and where a limit is truly
 * reached the person reads why and keeps what they typed, with and without JavaScript.
 */

const ARABIC_WHAT = 'يتصل العميل بمرشد العمل ويحدد موعدا للتعارف ويشرح نوع العمل الذي يبحث عنه قريبا من البيت ثلاثة صباحات في الأسبوع مع متابعة العلاج ';
const ARABIC_WHO = 'العميل ومرشد العمل والمعالج النفسي ومدير الحالة في البلدية ';
const agreement = (i: number) => ({
  who: fitTo(`${i + 1} ${ARABIC_WHO.repeat(3)}`, 'who'),
  what: fitTo(`${i + 1} ${ARABIC_WHAT.repeat(3)}`, 'what'),
  when: `2099-01-${String(i + 10).padStart(2, '0')}`,
});

async function fillAgreement(page: Page, a: { who: string; what: string; when: string }) {
  await page.locator('#afspraak-wie').fill(a.who);
  await page.locator('#afspraak-wat').fill(a.what);
  await page.locator('#afspraak-wanneer').fill(a.when);
}

test('twelve long Arabic agreements are kept and read back; the 13th gives a message and keeps the typed text, also without JavaScript', async ({ page, browser, baseURL }) => {
  test.setTimeout(180_000);
  await page.goto('/driegesprek');
  const all = Array.from({ length: MAX_AGREEMENTS }, (_, i) => agreement(i));
  // Long: at the byte limit, well beyond what one cookie held before.
  expect(all[0]!.what.length).toBeGreaterThan(100);
  for (const [i, a] of all.entries()) {
    await fillAgreement(page, a);
    await page.locator('#voeg-afspraak-toe').click();
    await expect(page.locator('#lijst-afspraken > li')).toHaveCount(i + 1);
  }
  // A fresh load reads all twelve back from the cookies, in date order.
  await page.goto('/driegesprek');
  const items = page.locator('#lijst-afspraken > li');
  await expect(items).toHaveCount(MAX_AGREEMENTS);
  for (const [i, a] of all.entries()) {
    await expect(items.nth(i)).toContainText(a.who);
    await expect(items.nth(i)).toContainText(a.what);
  }
  const cookies = await page.context().cookies();
  const header = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  expect(header.length).toBeLessThanOrEqual(COOKIE_HEADER_BUDGET);
  for (const c of cookies) expect(c.value.length).toBeLessThanOrEqual(3800);
  const meeting = cookies.filter((c) => c.name.startsWith('routewijzer-gesprek'));
  for (const c of meeting) {
    expect(c.httpOnly).toBe(true);
    expect(c.sameSite).toBe('Strict');
    expect(c.path).toBe('/');
  }

  // The 13th: a message, and the text stays in the form.
  const extra = { who: 'Klant', what: 'Nog een afspraak die er niet meer bij past', when: '2099-03-01' };
  await fillAgreement(page, extra);
  await page.locator('#voeg-afspraak-toe').click();
  await expect(page.locator('#error-summary')).toContainText(`Er passen niet meer dan ${MAX_AGREEMENTS} afspraken`);
  await expect(page).toHaveTitle(/^Fout: Driegesprek/);
  await expect(page.locator('#afspraak-wie')).toHaveValue(extra.who);
  await expect(page.locator('#afspraak-wat')).toHaveValue(extra.what);
  await expect(page.locator('#afspraak-wanneer')).toHaveValue(extra.when);
  await expect(items).toHaveCount(MAX_AGREEMENTS);
  expect(page.url()).not.toContain(encodeURIComponent(extra.what.split(' ')[0]!));
  await expectAccessible(page);

  // The same without JavaScript: the form posts, the page comes back with the message and the text.
  const ctx = await browser.newContext({ javaScriptEnabled: false, baseURL });
  await ctx.addCookies((await page.context().cookies()).filter((c) => c.name !== 'routewijzer-concept'));
  const plain = await ctx.newPage();
  await plain.goto('/driegesprek');
  await expect(plain.locator('#lijst-afspraken > li')).toHaveCount(MAX_AGREEMENTS);
  const arabic = { who: all[0]!.who, what: all[0]!.what, when: '2099-03-02' };
  await fillAgreement(plain, arabic);
  await plain.locator('#voeg-afspraak-toe').click();
  await expect(plain.locator('#error-summary')).toContainText(`Er passen niet meer dan ${MAX_AGREEMENTS} afspraken`);
  await expect(plain.locator('#afspraak-wie')).toHaveValue(arabic.who);
  await expect(plain.locator('#afspraak-wat')).toHaveValue(arabic.what);
  await expect(plain.locator('#lijst-afspraken > li')).toHaveCount(MAX_AGREEMENTS);
  await ctx.close();
});

test('a text over the byte limit is refused with a message and kept, without JavaScript', async ({ browser, baseURL }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await ctx.newPage();
  await page.goto('/driegesprek');
  const chinese = '与就业辅导员一起拜访附近的两家雇主询问工作内容和同事情况然后选择最适合客户愿望的工作地点'.repeat(4).slice(0, TEXT_LIMITS.what);
  await fillAgreement(page, { who: '客户', what: chinese, when: '2099-01-10' });
  await page.locator('#voeg-afspraak-toe').click();
  await expect(page.locator('#error-summary')).toContainText('De tekst bij Wat is te lang');
  await expect(page.locator('#afspraak-wat')).toHaveValue(chinese);
  await expect(page.locator('#afspraak-wat')).toHaveAttribute('aria-describedby', /afspraak-wat-fout/);
  await expect(page.locator('#lijst-afspraken > li')).toHaveCount(0);
  await ctx.close();
});
