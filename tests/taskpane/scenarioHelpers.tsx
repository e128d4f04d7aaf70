/** Steps the scenario tab tests share: open the tab, make a scenario, add and fill parameters. */
import { screen, waitFor, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import type { FakeHost } from './fakeHost';
import { button, isDisabled, renderPane } from './renderPane';

export type User = ReturnType<typeof userEvent.setup>;

export async function openScenarios(host: FakeHost) {
  const view = await renderPane(host);
  await view.user.click(screen.getByRole('tab', { name: 'Scenarier' }));
  await waitFor(() => expect(isDisabled(button('Nytt scenario'))).toBe(false));
  return view;
}

export async function newScenario(user: User, name: string): Promise<void> {
  const field = screen.getByLabelText('Namn på nytt scenario');
  await user.clear(field);
  await user.type(field, name);
  await user.click(button('Nytt scenario'));
  await screen.findByRole('heading', { name: `Scenario: ${name}` });
}

export async function addParameter(user: User, kind: string): Promise<void> {
  await user.selectOptions(screen.getByLabelText('Ny parameter'), kind);
  await user.click(button('Lägg till parameter'));
}

/** Types into the (last) field of that label, replacing what it showed. */
export async function fill(user: User, label: string | RegExp, text: string): Promise<void> {
  const fields = screen.getAllByLabelText(label);
  const field = fields[fields.length - 1];
  await user.clear(field);
  await user.type(field, text);
}

/** The cells of a figure table's row, by the table's caption and the row's label. */
export function tableRow(caption: string | RegExp, label: string | RegExp): string[] {
  const table = screen.getByRole('table', { name: caption });
  const header = within(table).getByRole('rowheader', { name: label });
  return [...header.closest('tr')!.querySelectorAll('td')].map((td) => td.textContent ?? '');
}

/** "−4,8" → -4.8 (the pane's sv-SE figures). */
export function figureValue(text: string): number {
  return Number(text.replace(/\u2212/g, '-').replace(/[\s\u00a0]/g, '').replace(',', '.').replace(/[^0-9.+-].*$/, ''));
}
