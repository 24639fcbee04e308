import { expect, test } from '@playwright/test';
import { expectFieldError, fact, minimalPdf, programToday, signIn } from './helpers';

test('a candidate keeps PDFs in her e-portfolio, with versions; her coach reads them', async ({ browser }) => {
  const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const title = `Equity in education ${run}`;
  const today = programToday();

  // Sofia Alvarez, on her phone, opens her e-portfolio from her home screen.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await signIn(page, 'cand.alvarez');
  await expect(page.getByRole('heading', { name: 'Welcome, Sofia Alvarez' })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'My e-portfolio' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My e-portfolio' })).toBeVisible();

  // 1. She uploads the sign-in sheet of a PL day, with its hours.
  await page.getByRole('button', { name: 'Upload a document' }).click();
  const form = page.getByRole('region', { name: 'Upload a document' });
  await form.getByLabel(/^Type/).selectOption('pl_sign_in_sheet');
  await form.getByLabel(/^Title/).fill(title);
  await form.getByLabel(/^Activity date/).fill(today.iso);
  await form.getByLabel(/^PL hours/).selectOption({ label: '3 h' });
  await form.getByLabel(/^PDF file/).setInputFiles({
    name: 'sign-in sheet.pdf',
    mimeType: 'application/pdf',
    buffer: minimalPdf(`Sign-in sheet ${run}`),
  });
  await form.getByRole('button', { name: 'Upload', exact: true }).click();
  await expect(page.getByText(`“${title}” is in the e-portfolio.`)).toBeVisible();

  const card = page.getByRole('article', { name: title });
  await expect(card).toBeVisible();
  await expect(fact(card, 'Type')).toHaveText('PL sign-in sheet');
  await expect(fact(card, 'PL hours')).toHaveText('3 h 00 min');
  await expect(fact(card, 'Version')).toHaveText(/^Version 1 · /);
  await expect(fact(card, 'Uploaded')).toContainText('Sofia Alvarez');

  // 2. She downloads it: named by the handbook's convention.
  const saving = page.waitForEvent('download');
  await card.getByRole('button', { name: `Download ${title}` }).click();
  const download = await saving;
  expect(download.suggestedFilename()).toContain(title);
  expect(download.suggestedFilename()).toContain('PL sign-in sheet');
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);

  // 3. A corrected scan: version 2, the first kept.
  await card.getByRole('button', { name: `Upload a new version of ${title}` }).click();
  await card.getByLabel(/^New version of/).setInputFiles({
    name: 'sign-in sheet (corrected).pdf',
    mimeType: 'application/pdf',
    buffer: minimalPdf(`Sign-in sheet ${run}, corrected`),
  });
  await card.getByRole('button', { name: 'Upload version' }).click();
  await expect(fact(card, 'Version')).toHaveText(/^Version 2 · /);
  await expect(card.getByText('Earlier versions (1)')).toBeVisible();

  // 4. A text file renamed .pdf is refused, and the message is beside the file field.
  await form.getByLabel(/^Type/).selectOption('other');
  await form.getByLabel(/^Title/).fill(`Not a PDF ${run}`);
  await form.getByLabel(/^Activity date/).fill(today.iso);
  const file = form.getByLabel(/^PDF file/);
  await file.setInputFiles({ name: 'notes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('These are my notes, not a PDF.\n') });
  await form.getByRole('button', { name: 'Upload', exact: true }).click();
  await expectFieldError(file);
  await expect(page.getByRole('article', { name: `Not a PDF ${run}` })).toHaveCount(0);
  await context.close();

  // 5. Her coach reaches her e-portfolio from his list of candidates and reads the document.
  const coachContext = await browser.newContext();
  const coach = await coachContext.newPage();
  await signIn(coach, 'coach.rivera');
  await expect(coach.getByRole('heading', { name: /^Welcome/ })).toBeVisible();
  await coach.getByRole('link', { name: 'Documents of Sofia Alvarez' }).first().click();
  await expect(coach.getByRole('heading', { level: 1, name: 'E-portfolio of Sofia Alvarez' })).toBeVisible();
  const seen = coach.getByRole('article', { name: title });
  await expect(seen).toBeVisible();
  await expect(fact(seen, 'Version')).toHaveText(/^Version 2 · /);
  await coachContext.close();
});
