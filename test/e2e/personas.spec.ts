import { expect, test } from './fixtures';

test('personas are records: each buying role with titles seen, goals, pains and its evidence', async ({
  page,
}) => {
  await page.goto('/icp');
  const section = page.getByRole('region', { name: 'Personas' });
  await expect(section.getByText(/^Buying roles at \d+ power-user accounts/)).toBeVisible();
  const champion = section.getByRole('article', { name: 'Champion' });
  await expect(champion).toBeVisible();
  await expect(champion.getByText(/^\d+ accounts? of \d+, \d+ quotes?/)).toBeVisible();
  await expect(champion.getByText('Titles seen:')).toBeVisible();
});
