/**
 * SECURITY.md, "Failing safe": on a portal page whose markup lacks every element the extension
 * looks for (the replica's `bare` redesign), the extension stays quiet — no error thrown or
 * logged in the page, its frames or the worker, no ring on a wrong element — and the checklist
 * offers the manual fallback.
 */
import { test, expect } from './fixtures';
import { portalUrl } from './helpers';
import { ConsoleRecorder } from './security-helpers';

const LIST = '#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade/quickStartType~/null/sourceType/Microsoft_AAD_IAM';

for (const mode of ['top', 'iframe'] as const) {
  test(`bare portal markup (${mode}): quiet, no errors, manual fallback`, async ({ context }) => {
    const consoles = new ConsoleRecorder(context);
    const page = await context.newPage();
    await page.goto(portalUrl(LIST, { mode, variant: 'bare' }));
    const panel = page.getByRole('complementary', { name: 'ServiceOps mail setup' });
    await expect(panel).toBeVisible({ timeout: 20_000 });
    // A fresh profile: the panel first asks for the protocol.
    await panel.getByRole('group', { name: 'Protocol' }).getByRole('button').first().click();
    // The first step's button ("New registration") is an unlabeled icon here: the panel says so and offers "I did this".
    await expect(panel.locator('[data-fallback="true"]')).toBeVisible({ timeout: 20_000 });
    await expect(panel.getByRole('button', { name: 'I did this' })).toBeVisible();
    // Nothing was pointed at.
    await expect(page.locator('soah-ring, [data-soah-target]')).toHaveCount(0);
    if (mode === 'iframe') await expect(page.frameLocator('iframe[name="ReactView"]').locator('soah-ring, [data-soah-target]')).toHaveCount(0);
    await consoles.settle();
    const errors = consoles.lines.filter((l) => /error/i.test(l.source) || /"(type|level)":"(error|assert)"/.test(l.text));
    expect(errors, 'errors in the page, its frames, content scripts or the worker').toEqual([]);
  });
}
