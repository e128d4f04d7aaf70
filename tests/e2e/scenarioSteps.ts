/** Building the tillväxtnämnd's scenario (DOMAIN §3.3) in the page's pane, as the e2e tests share it. */
import type { Locator } from 'playwright-core';

/** A new scenario with the budgetram cut by 19,5 mnkr. */
export async function newScenarioWithRamCut(pane: Locator, name: string): Promise<void> {
  await pane.getByLabel('Namn på nytt scenario').fill(name);
  await pane.getByRole('button', { name: 'Nytt scenario' }).click();
  await pane.getByLabel('Ny parameter').selectOption({ label: 'Budgetram' });
  await pane.getByRole('button', { name: 'Lägg till parameter' }).click();
  await pane.getByLabel('Budgetram, förändring (mnkr)').fill('−19,5');
}

/** …and the handlingsplan's 29,0 mnkr reaching 84 % in 2024. */
export async function addHandlingsplan84(pane: Locator): Promise<void> {
  await pane.getByLabel('Ny parameter').selectOption({ label: 'Handlingsplan' });
  await pane.getByRole('button', { name: 'Lägg till parameter' }).click();
  await pane.getByLabel('Åtgärdskrav (mnkr)').fill('29,0');
  await pane.getByLabel('Uppfyllelsegrad 2024 (%)').fill('84');
}
