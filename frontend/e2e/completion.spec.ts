import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectFieldError, fact, minimalPdf, nav, programToday, signIn, signedIn } from './helpers';

/**
 * Elena Evans's Program Completion Verification, from her last record to her recommendation. It
 * changes her enrollment for good (signed, completed, recommended): the playwright config runs
 * each spec once, in one project, on a fresh server, and no other spec uses Elena Evans. Her
 * part runs at a phone's width, the staff's at a desktop's.
 */

const FORM_ITEMS = 'The form’s ten items';

type Column = 'District Representative' | 'Coordinator';

/** Staff reach a candidate's form from the enrollments, then the candidate's page. */
async function openFromEnrollments(page: Page, candidate: string) {
  await nav(page).getByRole('link', { name: 'Enrollments' }).click();
  await page.getByRole('main').getByRole('link', { name: candidate, exact: true }).click();
  await openFromEnrollmentPage(page, candidate);
}

async function openFromEnrollmentPage(page: Page, candidate: string) {
  await expect(page.getByRole('heading', { level: 1, name: candidate })).toBeVisible();
  const records = page.getByRole('navigation', { name: 'Records of this candidate' });
  await records.getByRole('link', { name: 'Program Completion Verification' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Program Completion Verification' })).toBeVisible();
}

function formItems(page: Page): Locator {
  return page.getByRole('region', { name: FORM_ITEMS }).getByRole('article');
}

/** Confirms each of the ten items in `column`, one after the other (each with the version the last one answered). */
async function confirmAll(page: Page, column: Column) {
  const items = formItems(page);
  await expect(items).toHaveCount(10);
  for (let i = 0; i < 10; i += 1) {
    const box = items.nth(i).getByRole('group', { name: column });
    await box.getByRole('button', { name: /^Confirm/ }).click();
    await expect(box).toContainText('Confirmed by');
  }
}

/** Signs as `party`, confirming the signature, and finds the name beside the party. */
async function sign(page: Page, party: string, name: string) {
  const signatures = page.getByRole('region', { name: 'Signatures' });
  await signatures.getByRole('button', { name: `Sign as ${party}` }).click();
  const confirm = signatures.getByRole('form', { name: `Sign as ${party}` });
  await expect(confirm).toContainText(`I confirm that I, ${name}, sign the Program Completion Verification of Elena Evans`);
  await confirm.getByRole('button', { name: 'I confirm' }).click();
  await expect(signatures.getByRole('status')).toContainText(`Signed as ${party}.`);
  await expect(fact(signatures, party)).toContainText(name);
}

test('Elena Evans’s completion: her letter makes every item met; both columns confirm; four signatures complete her; she is recommended', async ({
  browser,
}) => {
  const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const letter = `Employment verification letter ${run}`;

  // 1. Elena Evans, on her phone, uploads the employer's letter to her e-portfolio.
  const candidate = await signedIn(browser, 'cand.evans', true);
  await candidate.page.getByRole('main').getByRole('link', { name: 'My e-portfolio' }).click();
  await candidate.page.getByRole('button', { name: 'Upload a document' }).click();
  const upload = candidate.page.getByRole('region', { name: 'Upload a document' });
  await upload.getByLabel(/^Type/).selectOption('employment_verification');
  await upload.getByLabel(/^Title/).fill(letter);
  await upload.getByLabel(/^Activity date/).fill(programToday().iso);
  const pdf = { name: 'letter.pdf', mimeType: 'application/pdf', buffer: minimalPdf(`Letter ${run}`) };
  await upload.getByLabel(/^PDF file/).setInputFiles(pdf);
  await upload.getByRole('button', { name: 'Upload', exact: true }).click();
  await expect(candidate.page.getByText(`“${letter}” is in the e-portfolio.`)).toBeVisible();

  // 2. From her home she opens the form: all ten items met, the letter among the evidence; nothing for her to sign yet.
  await nav(candidate.page).getByRole('link', { name: 'Home' }).click();
  const myProgram = candidate.page.getByRole('region', { name: 'My program' });
  await myProgram.getByRole('link', { name: 'Program Completion Verification' }).click();
  await expect(candidate.page.getByRole('heading', { level: 1, name: 'Program Completion Verification' })).toBeVisible();
  await expect(candidate.page.getByText(/^Due on or before /)).toBeVisible();
  const items = formItems(candidate.page);
  await expect(items).toHaveCount(10);
  for (let i = 0; i < 10; i += 1) await expect(fact(items.nth(i), 'State')).toHaveText('Met');
  const letterItem = candidate.page.getByRole('article', { name: /^An original letter on district letterhead/ });
  await expect(letterItem.getByRole('link', { name: letter })).toBeVisible();
  expect((await letterItem.boundingBox())!.width, 'the item fits the phone').toBeLessThanOrEqual(390);
  await expect(candidate.page.getByRole('button', { name: /^(Confirm|Sign as)/ })).toHaveCount(0);

  // 3. The district representative confirms the ten in her column: only there; she sees no growth table.
  const rep = await signedIn(browser, 'district.rep');
  await openFromEnrollments(rep.page, 'Elena Evans');
  await expect(formItems(rep.page).first().getByRole('group', { name: 'Coordinator' }).getByRole('button')).toHaveCount(0);
  await expect(rep.page.getByRole('region', { name: /^Growth on the reflection/ })).toHaveCount(0);
  await confirmAll(rep.page, 'District Representative');
  // She may take one back, and confirm it again, while nobody has signed.
  const feesItem = rep.page.getByRole('article', { name: 'Program costs paid (zero balance)' });
  const fees = feesItem.getByRole('group', { name: 'District Representative' });
  await fees.getByRole('button', { name: /^Take back/ }).click();
  await expect(fees).toContainText('Not confirmed');
  await fees.getByRole('button', { name: /^Confirm/ }).click();
  await expect(fees).toContainText('Confirmed by');

  // 4. The coordinator confirms the ten in hers.
  const coordinator = await signedIn(browser, 'coordinator');
  await openFromEnrollments(coordinator.page, 'Elena Evans');
  await confirmAll(coordinator.page, 'Coordinator');
  await expect(coordinator.page.getByRole('region', { name: 'Signatures' }).getByRole('button')).toHaveCount(0);

  // 5. The four signatures, in the handbook's order: the candidate, her coach, the district representative, the coordinator.
  await candidate.page.reload();
  await sign(candidate.page, 'Candidate', 'Elena Evans');
  await candidate.close();

  const coach = await signedIn(browser, 'coach.rivera');
  const myCandidates = coach.page.getByRole('region', { name: 'My candidates' });
  await myCandidates.getByRole('link', { name: 'Elena Evans', exact: true }).click();
  await openFromEnrollmentPage(coach.page, 'Elena Evans');
  await sign(coach.page, 'Coach', 'Maya Rivera');
  await coach.close();

  await rep.page.reload();
  // Signed: nothing is confirmed or taken back any more.
  await expect(rep.page.getByRole('button', { name: /^(Confirm|Take back)/ })).toHaveCount(0);
  await sign(rep.page, 'District Representative', 'Riley Representative');
  await rep.close();

  await coordinator.page.reload();
  await sign(coordinator.page, 'Coordinator', 'Casey Coordinator');
  await expect(coordinator.page.getByRole('region', { name: 'Signatures' })).toContainText('Every party has signed');
  await expect(fact(coordinator.page.getByRole('main'), 'Status')).toHaveText('Completed');

  // 6. The print view ticks every box and carries the four signatures.
  await coordinator.page.getByRole('link', { name: 'Print view' }).click();
  await expect(coordinator.page.getByRole('img', { name: 'Confirmed' })).toHaveCount(20);
  await expect(coordinator.page.getByText('Not signed electronically yet')).toHaveCount(0);
  await coordinator.page.getByRole('link', { name: 'Back to the form' }).click();

  // 7. The enrollment is completed; the coordinator recommends her there.
  await coordinator.page.getByRole('link', { name: 'the enrollment’s page' }).click();
  await expect(coordinator.page.getByRole('heading', { level: 1, name: 'Elena Evans' })).toBeVisible();
  await expect(fact(coordinator.page, 'Status')).toHaveText('Completed');
  const status = coordinator.page.getByRole('region', { name: 'Status' });
  await status.getByLabel(/^New status/).selectOption({ label: 'Recommended' });
  await status.getByRole('button', { name: 'Change status' }).click();
  await expect(status.getByRole('status')).toHaveText('Status changed to Recommended.');
  await expect(fact(coordinator.page, 'Status')).toHaveText('Recommended');
  await coordinator.close();
});

test('an item the records do not show met asks the coordinator why before it is confirmed', async ({ page }) => {
  await signIn(page, 'coordinator');
  await expect(page.getByRole('heading', { name: 'Welcome, Casey Coordinator' })).toBeVisible();
  await openFromEnrollments(page, 'Sofia Alvarez');
  const hours = page.getByRole('article', { name: 'Met the total coaching hours of the program' });
  await expect(fact(hours, 'State')).not.toHaveText('Met');
  await expect(fact(hours, 'Missing')).toContainText('more coaching');
  const column = hours.getByRole('group', { name: 'Coordinator' });
  await column.getByRole('button', { name: /^Confirm/ }).click();
  const why = column.getByRole('form', { name: /^Confirm/ });
  await why.getByRole('button', { name: 'Confirm', exact: true }).click();
  await expectFieldError(why.getByLabel(/^Reason/));
  await why.getByRole('button', { name: 'Cancel' }).click();
  await expect(column).toContainText('Not confirmed');
});
