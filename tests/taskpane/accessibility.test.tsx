/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { contrastRatio } from '../../src/taskpane/officeTheme';
import { computeAccessibleName } from 'dom-accessibility-api';
import { REPORT_SHEET_NAME } from '../../src/core/report/controlReport';
import { FakeHost } from './fakeHost';
import { button, findingButtons, idle, renderPane, validate } from './renderPane';
import { mixedWorkbook } from './workbooks';

/** Buttons whose accessible name (as Testing Library computes it) is empty. */
function buttonsWithoutName(): string[] {
  return screen
    .getAllByRole('button')
    .filter((b) => computeAccessibleName(b).trim() === '')
    .map((b) => b.outerHTML.slice(0, 120));
}

describe('Accessibility', () => {
  it('gives every button an accessible name, before and after validation and in the dialog', async () => {
    const host = new FakeHost(mixedWorkbook()).addSheet(REPORT_SHEET_NAME);
    host.protectedSheets.add('Anteckningar');
    const { user } = await renderPane(host);
    expect(buttonsWithoutName()).toEqual([]);

    await validate(user);
    await user.click(button('Markera i arbetsboken')); // shows a message bar with a close button
    await screen.findByRole('group', { name: '3 celler markerade.' });
    await idle();
    expect(screen.getAllByRole('button').length).toBeGreaterThan(10);
    expect(buttonsWithoutName()).toEqual([]);
    expect(screen.getByRole('searchbox').getAttribute('aria-label')).toBe('Sök bland anmärkningar');
    expect(screen.getByRole('button', { name: 'Töm sökrutan' })).toBeTruthy();

    await user.click(button('Skapa kontrollrapport'));
    await screen.findByRole('alertdialog');
    expect(buttonsWithoutName()).toEqual([]);
  });

  it('labels each finding "Fel i <blad> <cell>: <meddelande>" inside lists', async () => {
    const host = new FakeHost(mixedWorkbook());
    const { user } = await renderPane(host);
    await validate(user);

    const d6 = findingButtons().find((b) => computeAccessibleName(b).startsWith('Fel i Driftredovisning D6: '))!;
    expect(d6.closest('li')).not.toBeNull();
    expect(d6.closest('ul')!.getAttribute('aria-label')).toBe('Fel i Driftredovisning');
  });

  it('has a logical tab order: document order, no positive tabindex', async () => {
    // Tabster (Fluent's focus manager) cannot move focus in jsdom, so the order is read from the DOM.
    const host = new FakeHost(mixedWorkbook());
    const { user } = await renderPane(host);
    await validate(user);

    const focusables = [...document.querySelectorAll<HTMLElement>('button, input, [tabindex]')].filter(
      (el) => !el.hasAttribute('data-tabster-dummy'),
    );
    expect(focusables.filter((el) => Number(el.getAttribute('tabindex')) > 0)).toEqual([]);
    const names = focusables.map((el) => computeAccessibleName(el));
    const order = [
      'Validera arbetsboken',
      'Validera markerat blad',
      'Markera i arbetsboken',
      'Rensa markeringar',
      'Skapa kontrollrapport',
      'Fel (2)',
      'Varningar (1)',
      'Info (1)',
      'Sök bland anmärkningar',
      'Fel i Resultatrapport B6',
    ].map((name) => names.findIndex((n) => n.startsWith(name)));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('keeps focus on the Validera button during and after a run', async () => {
    const host = new FakeHost(mixedWorkbook());
    const { user } = await renderPane(host);

    await validate(user);

    expect(document.activeElement).toBe(button('Validera arbetsboken'));
  });

  it.each([
    ['light', webLightTheme],
    ['dark', webDarkTheme],
  ] as const)('applies the %s Fluent theme', async (theme, tokens) => {
    const host = new FakeHost(mixedWorkbook());
    await renderPane(host, { theme });

    const css = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
    expect(css).toContain(`--colorNeutralBackground1: ${tokens.colorNeutralBackground1}`);
  });

  it.each(['light', 'dark'] as const)('gives disabled buttons text that can be read in the %s theme (at least 4.5:1)', async (theme) => {
    const host = new FakeHost(mixedWorkbook());
    await renderPane(host, { theme });
    const css = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
    const token = (name: string) => new RegExp(`--${name}: (#[0-9a-fA-F]{6})`).exec(css)?.[1] ?? '';
    const text = token('colorNeutralForegroundDisabled');
    // Fluent's own grey was 1.65:1 (#BDBDBD on #F0F0F0) in light and 2.76:1 in dark.
    expect(contrastRatio(text, token('colorNeutralBackgroundDisabled'))).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(text, token('colorNeutralBackground1'))).toBeGreaterThanOrEqual(4.5);
    // Still told apart from enabled text.
    expect(text.toLowerCase()).not.toBe(token('colorNeutralForeground1').toLowerCase());
  });

  it('links the help page from the pane, in a new tab, with a name that says so', async () => {
    await renderPane(new FakeHost(mixedWorkbook()));
    const help = screen.getByRole('link', { name: 'Hjälp (öppnas i en ny flik)' });
    expect(help.getAttribute('href')).toBe('help.html');
    expect(help.getAttribute('target')).toBe('_blank');
  });
});
