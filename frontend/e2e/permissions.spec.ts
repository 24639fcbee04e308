import { expect, test, type Locator, type Page } from '@playwright/test';
import { nav, signIn } from './helpers';

/**
 * Every link the app offers a person opens for them: the main menu, the home page and, for
 * whoever may open one, an enrollment's page. A link the server answers with 403, or a page that
 * shows an error or "Page not found", means the app offered what the person may not do.
 */

const PEOPLE = ['admin', 'coordinator', 'director', 'district.rep', 'coach.rivera', 'cand.alvarez'];
const ENROLLMENT = /^\/enrollments\/[0-9a-f-]{36}$/;

interface Answer {
  status: number;
  url: string;
}

/** Watches the API: every answer, and how many requests are still out. */
function watchApi(page: Page) {
  const answers: Answer[] = [];
  let pending = 0;
  const isApi = (url: string) => new URL(url).pathname.startsWith('/api/');
  page.on('request', (r) => {
    if (isApi(r.url())) pending += 1;
  });
  const done = () => {
    pending -= 1;
  };
  page.on('requestfinished', (r) => {
    if (isApi(r.url())) done();
  });
  page.on('requestfailed', (r) => {
    if (isApi(r.url())) done();
  });
  page.on('response', (r) => {
    if (isApi(r.url())) answers.push({ status: r.status(), url: new URL(r.url()).pathname });
  });
  return {
    answers,
    /** Until no API request has been out for a moment (a page's queries start as it renders). */
    async settled() {
      let quiet = 0;
      for (let waited = 0; quiet < 3 && waited < 10_000; waited += 100) {
        await page.waitForTimeout(100);
        quiet = pending === 0 ? quiet + 1 : 0;
      }
    },
  };
}

/** The app's own links in `scope` (not downloads from the API, not mail). */
async function linksIn(scope: Locator): Promise<string[]> {
  const hrefs = await scope.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return [...new Set(hrefs.filter((h) => !h.startsWith('/api/')))];
}

/** Opens `href` inside the app (as a click on a link does) and checks what it answered and shows. */
async function visit(page: Page, api: ReturnType<typeof watchApi>, href: string) {
  const from = api.answers.length;
  await page.evaluate((to) => {
    window.history.pushState({}, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, href);
  // A page may move on by itself (a candidate's "My e-portfolio" opens their enrollment's).
  await api.settled();
  const refused = api.answers.slice(from).filter((a) => a.status === 403);
  expect.soft(refused, `${href}: the API refused`).toEqual([]);
  const main = page.locator('main');
  expect.soft(await main.locator('.alert-error').allInnerTexts(), `${href}: an error is shown`).toEqual([]);
  await expect.soft(main.getByRole('heading', { name: 'Page not found' }), `${href}: not a page for them`).toHaveCount(0);
}

async function everyLinkOpens(page: Page, login: string) {
  const api = watchApi(page);
  await signIn(page, login);
  await expect(page.getByRole('heading', { name: /^Welcome, / })).toBeVisible();
  await api.settled();
  const refusedAtHome = api.answers.filter((a) => a.status === 403);
  expect.soft(refusedAtHome, 'home: the API refused').toEqual([]);

  const menu = await linksIn(nav(page));
  const home = await linksIn(page.locator('main'));
  const pages = [...new Set([...menu, ...home])];
  let enrollment = home.find((h) => ENROLLMENT.test(h));
  for (const href of pages) {
    await visit(page, api, href);
    enrollment ??= (await linksIn(page.locator('main'))).find((h) => ENROLLMENT.test(h));
  }
  if (!enrollment) return;

  await visit(page, api, enrollment);
  for (const href of await linksIn(page.locator('main'))) {
    if (!pages.includes(href)) await visit(page, api, href);
  }
}

for (const login of PEOPLE) {
  test(`${login}: every link offered opens`, async ({ page }) => {
    await everyLinkOpens(page, login);
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('cand.alvarez: every link offered opens', async ({ page }) => {
    await everyLinkOpens(page, 'cand.alvarez');
  });
});
