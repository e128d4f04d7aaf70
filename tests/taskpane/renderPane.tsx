/** Renders the pane over a fake host, with a fixed clock, and the steps tests share. */
import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { computeAccessibleName } from 'dom-accessibility-api';
import type { Report } from '../../src/core/findings/finding';
import type { IndexStoreAccess } from '../../src/taskpane/indexStore/IndexStoreProvider';
import { PeriodkollPane } from '../../src/taskpane/PeriodkollPane';
import type { FakeHost } from './fakeHost';

// Role queries over Fluent's DOM are slow in jsdom, mostly the per-element visibility check
// (getComputedStyle up the tree); the pane hides nothing it queries for, so skip that check.
// A loaded CI machine still needs more than the default 1 s / 5 s.
configure({ asyncUtilTimeout: 10_000, defaultHidden: true });
jest.setTimeout(60_000);

export const FIXED_NOW = new Date(2025, 7, 12, 9, 30);

export async function renderPane(host: FakeHost, options: { theme?: 'light' | 'dark'; onReport?: (r: Report) => void; indexStore?: IndexStoreAccess } = {}) {
  const user = userEvent.setup();
  const view = render(
    <PeriodkollPane host={host} theme={options.theme ?? 'light'} now={() => FIXED_NOW} onReport={options.onReport} indexStore={options.indexStore} />,
  );
  // The pane asks once on mount whether marks are left in the workbook.
  await waitFor(() => expect(host.callsOf('hasMarks').length).toBeGreaterThan(0));
  return { user, ...view };
}

export function button(name: string | RegExp): HTMLElement {
  return screen.getByRole('button', { name });
}

/** Fluent's disabledFocusable keeps the button focusable and marks it aria-disabled. */
export function isDisabled(element: HTMLElement): boolean {
  return element.hasAttribute('disabled') || element.getAttribute('aria-disabled') === 'true';
}

export function liveRegion(): HTMLElement {
  return screen.getByText((_content, element) => element?.getAttribute('aria-live') === 'polite' && element.getAttribute('role') === 'status');
}

/** Presses a Validera button and waits until the run is over (the live region says "Klar: …"). */
export async function validate(user: ReturnType<typeof userEvent.setup>, which = 'Validera arbetsboken'): Promise<void> {
  await user.click(button(which));
  await waitFor(() => expect(liveRegion().textContent).toMatch(/^Klar:/));
  await idle();
}

/** Waits until no operation runs (the Validera buttons are enabled again). */
export async function idle(): Promise<void> {
  await waitFor(() => expect(isDisabled(button('Validera arbetsboken'))).toBe(false));
}

/** The finding buttons (their accessible names start with the severity word). */
export function findingButtons(): HTMLElement[] {
  return screen.queryAllByRole('button', { name: /^(Fel|Varning|Info) i / });
}

/** A button's accessible name, as a screen reader gets it (the finding buttons are named by their text). */
export function nameOf(element: HTMLElement): string {
  return computeAccessibleName(element);
}

export function summary(): HTMLElement {
  return screen.getByRole('region', { name: 'Resultat' });
}

export { within };

/** The pane's message bar, found by its title (or text when it has no title). */
export function findMessage(name: string | RegExp): Promise<HTMLElement> {
  return screen.findByRole('group', { name });
}

export function intentOf(message: HTMLElement): string | null {
  return message.getAttribute('data-intent');
}
