import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export const DEMO_PASSWORD = 'coachfolio-demo';

/** Today in the program's time zone, where the server decides what "the future" is. */
export function programToday(): { iso: string; year: number; month: number; day: number } {
  const iso = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'America/Los_Angeles',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { iso, year, month, day };
}

/** A `datetime-local` value `days` after today in the program's time zone, at `time`. */
export function programDay(days: number, time: string): string {
  const { year, month, day } = programToday();
  const date = new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
  return `${date}T${time}`;
}

/** The value beside a term of the facts (a <dl>) on the page or in a part of it. */
export function fact(scope: Page | Locator, term: string): Locator {
  return scope.locator('dt', { hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd[1]');
}

export async function signIn(page: Page, login: string, password = DEMO_PASSWORD) {
  await page.goto('/');
  await page.getByLabel(/^Username or email/).fill(login);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** A phone's screen, for the pages checked at a phone's width. */
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** A browser of its own (on a phone or a desktop), nobody signed in. */
export async function newBrowser(browser: Browser, phone = false): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext(phone ? PHONE : {});
  return { page: await context.newPage(), close: () => context.close() };
}

/** `login` signed in, in a browser of their own (on a phone or a desktop), at their home page. */
export async function signedIn(browser: Browser, login: string, phone = false): Promise<{ page: Page; close: () => Promise<void> }> {
  const { page, close } = await newBrowser(browser, phone);
  await signIn(page, login);
  await expect(page.getByRole('heading', { name: /^Welcome/ })).toBeVisible();
  return { page, close };
}

export function nav(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Main' });
}

/** Choose the option of a <select> whose text contains `text` (labels carry emails we don't know). */
export async function selectOptionContaining(select: Locator, text: string) {
  const option = select.locator('option', { hasText: text });
  await expect(option).toHaveCount(1);
  const value = await option.getAttribute('value');
  await select.selectOption(value!);
}

/** The field's error message, checked to be announced with the input (aria-describedby). */
export async function expectFieldError(input: Locator) {
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  const ids = (await input.getAttribute('aria-describedby'))?.split(' ') ?? [];
  const errorId = ids.find((id) => id.endsWith('-error'));
  expect(errorId, 'the input is described by an error message').toBeTruthy();
  const message = input.page().locator(`[id="${errorId}"]`);
  await expect(message).toBeVisible();
  await expect(message).not.toHaveText('');
  return message;
}

/**
 * A small but real one-page PDF saying `text` (ASCII), with a correct cross-reference table, so
 * a server that checks the file's structure accepts it.
 */
export function minimalPdf(text: string): Buffer {
  const escaped = text.replace(/[\\()]/g, (c) => `\\${c}`);
  const content = `BT /F1 18 Tf 72 720 Td (${escaped}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** "$7,000.00" → 700000; "-$1,000.00" → -100000. */
export function centsIn(text: string): number {
  const m = /(-?)\$([\d,]+)\.(\d{2})/.exec(text);
  expect(m, `an amount in “${text}”`).toBeTruthy();
  const cents = Number(m![2]!.replace(/,/g, '')) * 100 + Number(m![3]);
  return m![1] ? -cents : cents;
}

/** The remaining balance of the payment information shown in `scope`. */
export async function balanceOn(scope: Page | Locator): Promise<number> {
  return centsIn(await fact(scope, 'Remaining balance').innerText());
}

/** A new person's details, unique to this run. */
export function newPerson(name: string, prefix: string) {
  const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  return {
    run,
    name: `${name} ${run}`,
    username: `${prefix}.${run}`,
    email: `${prefix}.${run}@example.org`,
    temporary: `Temporary-${run}-pass`,
    chosen: `My-own-${run}-secret`,
  };
}

/**
 * The "Create an account" form's temporary password field, chosen first where the server sends
 * email (an emailed invitation is the default there).
 */
export async function temporaryPasswordField(create: Locator): Promise<Locator> {
  const field = create.getByLabel(/^Temporary password/);
  const choice = create.getByRole('radio', { name: 'Set a temporary password to give them' });
  await expect(field.or(choice)).toBeVisible();
  if (await choice.isVisible()) await choice.check();
  return field;
}

/** On the Accounts page, creates `person`'s account with their temporary password. */
export async function createAccount(page: Page, person: ReturnType<typeof newPerson>): Promise<Locator> {
  await nav(page).getByRole('link', { name: 'Accounts' }).click();
  const create = page.getByRole('region', { name: 'Create an account' });
  await create.getByLabel(/^Full name/).fill(person.name);
  await create.getByLabel(/^Username/).fill(person.username);
  await create.getByRole('textbox', { name: /^Email/ }).fill(person.email);
  await (await temporaryPasswordField(create)).fill(person.temporary);
  await create.getByRole('button', { name: 'Create account' }).click();
  await expect(create.getByRole('status')).toContainText(`Account ${person.username} was created`);
  return create;
}

/** On a phone, once every part of the page has loaded, the page is no wider than the screen. */
export async function expectNoHorizontalScroll(page: Page, phone = true) {
  if (!phone) return;
  await page.waitForLoadState('networkidle');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'no horizontal scrolling').toBeLessThanOrEqual(0);
}

/** The test SMTP server's Maildir (scripts/with-smtp.sh exports it): set when the server sends email. */
export const MAILDIR = process.env.COACHFOLIO_TEST_MAILDIR;

/**
 * The set-password link in the newest email to `address` received since `since` (epoch
 * milliseconds), waited for: the server's delivery worker sends every 5 seconds.
 */
export async function emailedLink(address: string, since: number): Promise<string> {
  return emailedLinkLike(address, since, /https?:\/\/[^\s"<>]+\/set-password\?token=[\w-]+/, 'a set-password link');
}

/**
 * The first link matching `pattern` in the newest email to `address` received since `since`
 * (epoch milliseconds), waited for as `emailedLink` waits; `what` names it should none come.
 */
export async function emailedLinkLike(address: string, since: number, pattern: RegExp, what: string): Promise<string> {
  expect(MAILDIR, 'the test SMTP server keeps its messages in COACHFOLIO_TEST_MAILDIR').toBeTruthy();
  let link: string | undefined;
  await expect
    .poll(async () => (link = await newestLink(MAILDIR!, address, since, pattern)), {
      message: `an email to ${address} with ${what}`,
      timeout: 30_000,
    })
    .toBeTruthy();
  return link!;
}

async function newestLink(maildir: string, address: string, since: number, pattern: RegExp): Promise<string | undefined> {
  let newest: { at: number; message: string } | undefined;
  for (const folder of ['new', 'cur']) {
    const dir = join(maildir, folder);
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names) {
      const file = join(dir, name);
      const at = (await stat(file)).mtimeMs;
      if (at < since || (newest && at <= newest.at)) continue;
      const message = await readFile(file, 'utf8');
      // The SMTP server records the envelope's recipients in a header of its own.
      const to = /^X-RcptTo: (.*)$/im.exec(message)?.[1]?.split(',').map((a) => a.trim().toLowerCase()) ?? [];
      if (to.includes(address.toLowerCase())) newest = { at, message };
    }
  }
  // The body is quoted-printable: undo its soft line breaks and its escaped '='.
  const body = newest?.message.replace(/=\r?\n/g, '').replace(/=3D/gi, '=');
  return body && pattern.exec(body)?.[0];
}
