import { expect, test, type Locator, type Page } from '@playwright/test';
import { fact, nav, programDay, selectOptionContaining, signIn } from './helpers';

/** From the Events screen, the card of the event called `title`. */
async function eventCard(page: Page, title: string): Promise<Locator> {
  await nav(page).getByRole('link', { name: 'Events' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Events' })).toBeVisible();
  return page.getByRole('article', { name: title });
}

test('a cohort meeting with one place: the second candidate waits, and moves up when the first cancels', async ({ browser }) => {
  const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const title = `Candidate Cohort Meeting ${run}`;

  // 1. The coordinator schedules it for Cohort A (Sofia Alvarez's and Marcus Brooks's cohort, as
  //    /api/me/enrollments says for each), one place, registration open since yesterday.
  const coordinatorContext = await browser.newContext();
  const coordinator = await coordinatorContext.newPage();
  await signIn(coordinator, 'coordinator');
  await nav(coordinator).getByRole('link', { name: 'Events' }).click();
  await coordinator.getByRole('link', { name: 'New event' }).click();
  await expect(coordinator.getByRole('heading', { name: 'New event' })).toBeVisible();
  await coordinator.getByLabel(/^Kind/).selectOption({ label: 'Cohort meeting' });
  await coordinator.getByLabel(/^Title/).fill(title);
  await expect(coordinator.getByLabel(/^Audience/)).toHaveValue('candidates');
  await selectOptionContaining(coordinator.getByLabel(/^Cohort/), 'Cohort A');
  await coordinator.getByLabel(/^Starts/).fill(programDay(7, '17:30'));
  await coordinator.getByLabel(/^Ends/).fill(programDay(7, '20:00'));
  await coordinator.getByLabel(/^Hours credited/).fill('2.5');
  await coordinator.getByLabel(/^Place$|^Place \*/).fill('Demo County Office of Education');
  await coordinator.getByLabel(/^Room/).fill('Room 101T');
  await coordinator.getByLabel(/^Places/).fill('1');
  await coordinator.getByLabel(/^Registration opens/).fill(programDay(-1, '08:00'));
  await coordinator.getByLabel(/^Registration closes/).fill(programDay(5, '17:00'));
  await coordinator.getByRole('button', { name: 'Schedule event' }).click();

  await expect(coordinator.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(coordinator.getByText('The event is scheduled.')).toBeVisible();
  await expect(fact(coordinator, 'Places')).toContainText('1 place left of 1');
  await expect(fact(coordinator, 'Hours credited')).toHaveText('2 h 30 min');
  await expect(fact(coordinator, 'For')).toHaveText('Candidates · Cohort A');

  // 2. Sofia Alvarez registers from the Events screen and reads the confirmation page.
  const alvarezContext = await browser.newContext();
  const alvarez = await alvarezContext.newPage();
  await signIn(alvarez, 'cand.alvarez');
  let card = await eventCard(alvarez, title);
  await expect(card).toContainText('1 place left of 1');
  await card.getByRole('button', { name: 'Register' }).click();
  await expect(alvarez.getByText('Registration has been saved.')).toBeVisible();
  await expect(fact(alvarez, 'Event')).toContainText(title);
  await expect(fact(alvarez, 'State')).toHaveText('Confirmed');
  await expect(fact(alvarez, 'Slots used')).toHaveText('1');
  await expect(fact(alvarez, 'User')).toHaveText('Sofia Alvarez');
  await expect(fact(alvarez, 'Author')).toHaveText('Sofia Alvarez');
  await expect(fact(alvarez, 'Email address')).toContainText('cand.alvarez');
  await expect(fact(alvarez, 'Event')).toContainText(/5:30 PM – 8:00 PM P[SD]T/);
  await expect(fact(alvarez, 'Where')).toContainText('Demo County Office of Education');
  await expect(fact(alvarez, 'Where')).toContainText('Room 101T');

  // 3. Marcus Brooks, on his phone, finds it full and joins the waitlist at place 1.
  const brooksContext = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const brooks = await brooksContext.newPage();
  await signIn(brooks, 'cand.brooks');
  await expect(brooks.getByRole('region', { name: 'Upcoming events' })).toBeVisible();
  card = await eventCard(brooks, title);
  await expect(card).toContainText('Full');
  const box = await card.boundingBox();
  expect(box!.width, 'the card fits the phone').toBeLessThanOrEqual(390);
  const register = card.getByRole('button', { name: 'Register' });
  expect((await register.boundingBox())!.height, 'a large tap target').toBeGreaterThanOrEqual(44);
  await register.click();
  await expect(brooks.getByText('Registration has been saved.')).toBeVisible();
  await expect(brooks.getByText(/you are on the waitlist, place 1/)).toBeVisible();
  await expect(fact(brooks, 'State')).toHaveText('Waitlisted — place 1');
  await expect(fact(brooks, 'Waitlist position')).toHaveText('1');
  await expect(fact(brooks, 'Slots used')).toHaveText('0');
  card = await eventCard(brooks, title);
  await expect(card).toContainText('Waitlisted — place 1');

  // 4. Sofia Alvarez cancels; her place goes to the first on the waitlist at once.
  card = await eventCard(alvarez, title);
  await expect(card).toContainText('Registered');
  await card.getByRole('button', { name: 'Cancel registration' }).click();
  await card.getByRole('button', { name: 'Yes, cancel it' }).click();
  await expect(card).toContainText('Registration cancelled');

  // 5. Marcus Brooks, back on the Events screen later, now has the place.
  await nav(brooks).getByRole('link', { name: 'Home' }).click();
  card = await eventCard(brooks, title);
  await expect(card).toContainText('Registered');
  await expect(card).not.toContainText('Waitlisted');

  // 6. The coordinator's roster: Marcus Brooks confirmed, Sofia Alvarez cancelled.
  await coordinator.reload();
  const roster = coordinator.getByRole('region', { name: 'Roster' });
  await expect(roster.getByRole('heading', { name: 'Confirmed (1 of 1)' })).toBeVisible();
  await expect(roster.getByRole('heading', { name: 'Waitlist (0)' })).toBeVisible();
  await expect(roster.getByRole('row', { name: /Marcus Brooks/ })).toContainText('Confirmed');
  await expect(roster.getByRole('row', { name: /Sofia Alvarez/ })).toContainText('Cancelled');

  await coordinatorContext.close();
  await alvarezContext.close();
  await brooksContext.close();
});

test('a coordinator copies an event to another date, registers someone for the copy, then cancels it', async ({ page }) => {
  const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const title = `Professional Learning Day ${run}`;
  await signIn(page, 'coordinator');
  await nav(page).getByRole('link', { name: 'Events' }).click();
  await page.getByRole('link', { name: 'New event' }).click();
  await page.getByLabel(/^Kind/).selectOption({ label: 'Professional learning' });
  await page.getByLabel(/^Title/).fill(title);
  await page.getByLabel(/^Starts/).fill(programDay(10, '08:30'));
  // The end before the start is refused beside the end.
  await page.getByLabel(/^Ends/).fill(programDay(10, '08:00'));
  await page.getByRole('button', { name: 'Schedule event' }).click();
  await expect(page.getByLabel(/^Ends/)).toHaveAccessibleDescription(/must be after the start/);
  await page.getByLabel(/^Ends/).fill(programDay(10, '15:30'));
  await page.getByRole('button', { name: 'Schedule event' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(fact(page, 'Places')).toContainText('No limit');

  // The copy, three weeks later: same times, no registrations.
  const copy = page.getByRole('form', { name: 'Copy to another date' });
  await copy.getByLabel(/^Day of the copy/).fill(programDay(31, '00:00').slice(0, 10));
  await copy.getByRole('button', { name: 'Copy event' }).click();
  await expect(page.getByText('This is the copy.')).toBeVisible();
  const copyUrl = page.url();
  await expect(fact(page, 'When')).toContainText('8:30 AM – 3:30 PM');

  // Lily Chen, registered on her behalf.
  const someone = page.getByRole('form', { name: 'Register someone' });
  await selectOptionContaining(someone.getByLabel(/^Person/), 'Lily Chen');
  await someone.getByRole('button', { name: 'Register' }).click();
  await expect(someone.getByRole('status')).toContainText('Lily Chen is registered: confirmed.');
  const roster = page.getByRole('region', { name: 'Roster' });
  await expect(roster.getByRole('row', { name: /Lily Chen/ })).toContainText('by Casey Coordinator');

  // Cancelled with a reason; her registration is kept as "event cancelled".
  const cancel = page.getByRole('form', { name: 'Cancel the event' });
  await cancel.getByLabel('Reason').fill('The room is not available.');
  await cancel.getByRole('button', { name: 'Cancel event' }).click();
  await cancel.getByRole('button', { name: 'Yes, cancel the event' }).click();
  await expect(page.getByRole('note')).toContainText('This event was cancelled.');
  await expect(page.getByRole('note')).toContainText('Reason: The room is not available.');
  // Cancelled, it can still be copied, no longer cancelled again.
  await expect(page.getByRole('form', { name: 'Copy to another date' })).toBeVisible();
  await expect(page.getByRole('form', { name: 'Cancel the event' })).toHaveCount(0);
  await expect(roster.getByRole('row', { name: /Lily Chen/ })).toContainText('Event cancelled');
  await expect(page.getByRole('link', { name: 'Edit event' })).toHaveCount(0);
  expect(page.url()).toBe(copyUrl);

  // The original is untouched.
  await nav(page).getByRole('link', { name: 'Events' }).click();
  const cards = page.getByRole('article', { name: title });
  await expect(cards).toHaveCount(2);
  await expect(cards.first()).not.toContainText('Cancelled');
  await expect(cards.last()).toContainText('Cancelled');
  await expect(cards.last()).toContainText('Cancelled: The room is not available.');
});

test('once registration has closed, a candidate registered by the coordinator cannot cancel it herself', async ({ browser }) => {
  const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const title = `Candidate Cohort Meeting ${run}`;
  const coordinatorContext = await browser.newContext();
  const coordinator = await coordinatorContext.newPage();
  await signIn(coordinator, 'coordinator');
  await nav(coordinator).getByRole('link', { name: 'Events' }).click();
  await coordinator.getByRole('link', { name: 'New event' }).click();
  await coordinator.getByLabel(/^Kind/).selectOption({ label: 'Cohort meeting' });
  await coordinator.getByLabel(/^Title/).fill(title);
  await selectOptionContaining(coordinator.getByLabel(/^Cohort/), 'Cohort A');
  await coordinator.getByLabel(/^Starts/).fill(programDay(3, '17:30'));
  await coordinator.getByLabel(/^Ends/).fill(programDay(3, '20:00'));
  await coordinator.getByLabel(/^Registration opens/).fill(programDay(-3, '08:00'));
  await coordinator.getByLabel(/^Registration closes/).fill(programDay(-1, '17:00'));
  await coordinator.getByRole('button', { name: 'Schedule event' }).click();
  await expect(coordinator.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const someone = coordinator.getByRole('form', { name: 'Register someone' });
  await selectOptionContaining(someone.getByLabel(/^Person/), 'Sofia Alvarez');
  await someone.getByRole('button', { name: 'Register' }).click();
  await expect(someone.getByRole('status')).toContainText('Sofia Alvarez is registered: confirmed.');

  const alvarezContext = await browser.newContext();
  const alvarez = await alvarezContext.newPage();
  await signIn(alvarez, 'cand.alvarez');
  const card = await eventCard(alvarez, title);
  await expect(card).toContainText('Registered');
  await expect(card).toContainText('Registration changes now go through the program coordinator.');
  await expect(card.getByRole('button')).toHaveCount(0);

  await coordinatorContext.close();
  await alvarezContext.close();
});

test('a candidate adds an event to her calendar, and subscribes to her events through a private feed', async ({ browser, request }) => {
  const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const title = `Calendar Cohort Meeting ${run}`;
  const coordinatorContext = await browser.newContext();
  const coordinator = await coordinatorContext.newPage();
  await signIn(coordinator, 'coordinator');
  await nav(coordinator).getByRole('link', { name: 'Events' }).click();
  await coordinator.getByRole('link', { name: 'New event' }).click();
  await coordinator.getByLabel(/^Kind/).selectOption({ label: 'Cohort meeting' });
  await coordinator.getByLabel(/^Title/).fill(title);
  await selectOptionContaining(coordinator.getByLabel(/^Cohort/), 'Cohort A');
  await coordinator.getByLabel(/^Starts/).fill(programDay(12, '17:30'));
  await coordinator.getByLabel(/^Ends/).fill(programDay(12, '20:00'));
  await coordinator.getByRole('button', { name: 'Schedule event' }).click();
  await expect(coordinator.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await coordinatorContext.close();

  // Sofia Alvarez, on her phone, registers, then saves the event for her calendar app.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await signIn(page, 'cand.alvarez');
  const card = await eventCard(page, title);
  await card.getByRole('button', { name: 'Register' }).click();
  await expect(page.getByText('Registration has been saved.')).toBeVisible();
  await fact(page, 'Event').getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const saving = page.waitForEvent('download');
  await page.getByRole('link', { name: `Add to calendar (.ics) for ${title}` }).click();
  const download = await saving;
  expect(download.suggestedFilename()).toBe(`${title}.ics`);

  // The feed: folded on the Events page; made, its address is shown once.
  await nav(page).getByRole('link', { name: 'Events' }).click();
  const panel = page.locator('details.calendar-feed');
  await panel.getByText('Calendar feed', { exact: true }).click();
  const make = panel.getByRole('button', { name: 'Make my calendar feed' });
  const remake = panel.getByRole('button', { name: 'Make a new address' });
  await expect(make.or(remake)).toBeVisible();
  if (await remake.isVisible()) {
    // A feed from an earlier run on this server: a new address replaces it.
    await remake.click();
    await panel.getByRole('button', { name: 'Yes, make a new address' }).click();
  } else {
    await make.click();
  }
  const address = panel.getByRole('textbox', { name: 'Your calendar feed’s address' });
  await expect(address).toHaveValue(/^http:\/\/127\.0\.0\.1:8089\/api\/calendar-feeds\/.+\/events\.ics$/);
  await expect(panel.getByRole('note')).toContainText('Shown once: keep it private.');
  expect((await address.boundingBox())!.width, 'the address fits the phone').toBeLessThanOrEqual(390);
  const url = await address.inputValue();

  // A calendar app reads it with no sign-in.
  const feed = await request.get(url);
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toContain('text/calendar');
  const ics = (await feed.text()).replace(/\r?\n[ \t]/g, '');
  expect(ics.startsWith('BEGIN:VCALENDAR')).toBe(true);
  expect(ics).toContain(`SUMMARY:${title}`);

  // Back later, the address is not shown again; turned off, it answers no more.
  await page.reload();
  await panel.getByText('Calendar feed', { exact: true }).click();
  await expect(panel.getByText(/Your calendar feed was made on/)).toBeVisible();
  await expect(panel.getByRole('textbox')).toHaveCount(0);
  await panel.getByRole('button', { name: 'Turn off the feed' }).click();
  await panel.getByRole('button', { name: 'Yes, turn it off' }).click();
  await expect(panel.getByRole('button', { name: 'Make my calendar feed' })).toBeVisible();
  expect((await request.get(url)).status()).toBe(404);

  await context.close();
});
