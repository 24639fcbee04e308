import { expect, test, type Page } from '@playwright/test';
import {
  MAILDIR,
  createAccount,
  emailedLink,
  expectFieldError,
  expectNoHorizontalScroll,
  nav,
  newBrowser,
  newPerson,
  signIn,
  signedIn,
} from './helpers';

/**
 * Accounts by email, beside the test SMTP server (`make e2e` runs one; scripts/with-smtp.sh):
 * the coordinator invites a new person, who chooses their password through the emailed link; a
 * person who forgot their password has a link emailed and chooses a new one. Every link works
 * once. Once on a desktop, once on a phone; every run makes accounts of its own and leaves the
 * demo accounts' passwords alone.
 */

test.skip(!MAILDIR && !process.env.CI, 'email suite SKIPPED: no test SMTP server (run Playwright under scripts/with-smtp.sh, as `make e2e` does)');

/** Waiting for emails takes a few of the delivery worker's 5-second rounds. */
test.describe.configure({ timeout: 120_000 });

/** Types the new password twice and sends it. */
async function choosePassword(page: Page, password: string) {
  await page.getByLabel(/^New password/).fill(password);
  await page.getByLabel(/^Confirm new password/).fill(password);
  await page.getByRole('button', { name: 'Set password' }).click();
}

async function expectSpentLink(page: Page, link: string) {
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: 'This link no longer works' })).toBeVisible();
  await expect(page.getByText(/expired or was already used/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ask for a new link' })).toHaveAttribute('href', '/forgot-password');
}

for (const phone of [false, true]) {
  const width = phone ? 'on a phone' : 'on a desktop';

  test(`${width}: an invited person chooses their password with the emailed link`, async ({ browser }) => {
    const person = newPerson('Invited Person', 'invited');

    // 1. The coordinator creates the account with an invitation, the choice offered first.
    const coordinator = await signedIn(browser, 'coordinator', phone);
    const admin = coordinator.page;
    await nav(admin).getByRole('link', { name: 'Accounts' }).click();
    const create = admin.getByRole('region', { name: 'Create an account' });
    await create.getByLabel(/^Full name/).fill(person.name);
    await create.getByLabel(/^Username/).fill(person.username);
    await create.getByRole('textbox', { name: /^Email/ }).fill(person.email);
    await expect(create.getByRole('radio', { name: 'Email an invitation (they choose their password)' })).toBeChecked();
    await expect(create.getByLabel(/^Temporary password/)).toHaveCount(0);
    await expectNoHorizontalScroll(admin, phone);
    const invited = Date.now();
    await create.getByRole('button', { name: 'Create account' }).click();
    await expect(create.getByRole('status')).toContainText(
      `Account ${person.username} was created. An invitation to choose their password was emailed to ${person.email}`,
    );
    const link = await emailedLink(person.email, invited);

    // 2. From the account's edit form the coordinator emails another link.
    await admin.getByRole('search').getByLabel('Search accounts').fill(person.username);
    await admin.getByRole('search').getByRole('button', { name: 'Search' }).click();
    await admin.getByRole('button', { name: `Edit ${person.name}` }).click();
    const edit = admin.getByRole('region', { name: `Edit ${person.username}` });
    const resent = Date.now();
    await edit.getByRole('button', { name: 'Email a link to set a password' }).click();
    await expect(edit.getByRole('status')).toContainText(`A link to set a password was emailed to ${person.email}.`);
    await expectNoHorizontalScroll(admin, phone);
    const second = await emailedLink(person.email, resent);
    expect(second).not.toBe(link);

    // 3. The first link opens where the coordinator is signed in (on the desktop), or in a
    // browser of the person's own (on the phone); the secret leaves the address bar.
    const own = phone ? await newBrowser(browser, phone) : null;
    const page = own?.page ?? admin;
    await page.goto(link);
    await expect(page).toHaveURL(/\/set-password$/);
    await expect(page.getByRole('heading', { level: 1, name: `Welcome to Coachfolio, ${person.name}` })).toBeVisible();
    await expect(page.getByText(`Your username is ${person.username}. Choose your password.`)).toBeVisible();
    await expect(page.getByText(/^You are signed in as Casey Coordinator\./)).toHaveCount(phone ? 0 : 1);
    await expectNoHorizontalScroll(page, phone);

    // 4. The confirmation must match, checked before the server is asked.
    await page.getByLabel(/^New password/).fill(person.chosen);
    await page.getByLabel(/^Confirm new password/).fill(`${person.chosen}!`);
    await page.getByRole('button', { name: 'Set password' }).click();
    await expect(await expectFieldError(page.getByLabel(/^Confirm new password/))).toHaveText(/do not match/);

    // 5. Their password chosen, they are signed in at their home.
    await choosePassword(page, person.chosen);
    await expect(page.getByRole('heading', { level: 1, name: `Welcome, ${person.name}` })).toBeVisible();
    await expect(page).toHaveURL(/\/$/);
    await expectNoHorizontalScroll(page, phone);

    // 6. That link is used, and setting the password spent the other one too.
    await expectSpentLink(page, link);
    await expectSpentLink(page, second);
    await expectNoHorizontalScroll(page, phone);

    await own?.close();
    await coordinator.close();
  });

  test(`${width}: a forgotten password is chosen again with an emailed link`, async ({ browser }) => {
    const person = newPerson('Forgetful Person', 'forgetful');
    const coordinator = await signedIn(browser, 'coordinator');
    await createAccount(coordinator.page, person);
    await coordinator.close();

    // 1. From the sign-in page, the person asks for a link.
    const { page, close } = await newBrowser(browser, phone);
    await page.goto('/');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await expect(page).toHaveURL(/\/forgot-password$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Forgot your password?' })).toBeVisible();
    const asked = Date.now();
    await page.getByLabel(/^Email/).fill(person.email);
    await page.getByRole('button', { name: 'Email me a link' }).click();
    const answer = page.getByRole('status');
    await expect(answer).toContainText('If an account has this address');
    const message = await answer.innerText();
    await expectNoHorizontalScroll(page, phone);

    // 2. An address no account has gets the same answer.
    await page.getByLabel(/^Email/).fill(`nobody.${person.run}@example.org`);
    const [response] = await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname === '/api/auth/password-reset'),
      page.getByRole('button', { name: 'Email me a link' }).click(),
    ]);
    expect(response.status()).toBe(202);
    await expect(answer).toHaveText(message);

    // 3. The emailed link asks for a new password, and signs them in.
    await page.goto(await emailedLink(person.email, asked));
    await expect(page).toHaveURL(/\/set-password$/);
    await expect(page.getByRole('heading', { level: 1, name: `Choose a new password for ${person.username}` })).toBeVisible();
    await expectNoHorizontalScroll(page, phone);
    await choosePassword(page, person.chosen);
    await expect(page.getByRole('heading', { level: 1, name: `Welcome, ${person.name}` })).toBeVisible();

    // 4. Signed out, the new password signs them in.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn(page, person.username, person.chosen);
    await expect(page.getByRole('heading', { level: 1, name: `Welcome, ${person.name}` })).toBeVisible();
    await close();
  });
}
