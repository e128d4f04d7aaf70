/** @jest-environment jsdom */
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { computeAccessibleName } from 'dom-accessibility-api';
import { validateWorkbook } from '../../src/core/engine/validate';
import type { InternalControlSummary } from '../../src/core/internalControl/types';
import type { InternalControlSettings } from '../../src/core/engine/settings';
import { RiskMatrix } from '../../src/taskpane/RiskMatrix';
import { buildSheet, buildWorkbook } from '../helpers/buildSheet';

// Fluent's DOM makes role queries slow in jsdom (see renderPane.tsx).
configure({ asyncUtilTimeout: 10_000, defaultHidden: true });
jest.setTimeout(60_000);

const AUTO = 'Risken att automatiskt attesterade fakturor blir felaktigt godkända.';
const INVEST = 'Risken att investeringar redovisas felaktigt.';
const AVTAL = 'Risken att inköp sker utanför avtal.';

/** The summary the engine gives for a small real-looking plan: two risks at 3 × 4, one at 1 × 2, one unassessed. */
function summaryOf(settings: InternalControlSettings = {}): InternalControlSummary {
  const sheet = buildSheet('IK-plan', [
    ['Verksamhet', 'Risk', 'Sannolikhet', 'Konsekvens', 'Riskvärde', 'Åtgärd', 'Kommentar'],
    ['Ekonomi', AUTO, 3, 4, 12, 'Granska enligt rutin.', 'Inga avvikelser.\nÅtgärden är avslutad.'],
    [null, INVEST, 3, 4, 12, 'Uppdatera rutinen.', 'Åtgärden pågår.'],
    [null, AVTAL, 1, 2, 2, 'Information till chefer.', 'Åtgärden pågår.'],
    ['HR', 'Risken att SAM inte fungerar.', null, null, null, 'Chefer följer upp.', 'Uppdraget har inte startat.'],
  ]);
  return validateWorkbook(buildWorkbook(sheet), { internalControl: settings }).internalControl!;
}

function renderMatrix(summary: InternalControlSummary, theme: 'light' | 'dark' = 'light') {
  const onSelectRisk = jest.fn();
  const user = userEvent.setup();
  render(
    <FluentProvider theme={theme === 'dark' ? webDarkTheme : webLightTheme}>
      <RiskMatrix summary={summary} onSelectRisk={onSelectRisk} />
    </FluentProvider>,
  );
  return { user, onSelectRisk };
}

const cellButtons = () => screen.getAllByRole('button', { name: /^Sannolikhet \d+, konsekvens \d+:/ });

describe('RiskMatrix', () => {
  it('draws one button per cell, sannolikhet from the top down, each named with its count and band', () => {
    renderMatrix(summaryOf());
    const names = cellButtons().map((b) => computeAccessibleName(b));
    expect(names).toHaveLength(16);
    expect(names[0]).toBe('Sannolikhet 4, konsekvens 1: 0 risker, gul');
    expect(names).toContain('Sannolikhet 3, konsekvens 4: 2 risker, röd');
    expect(names).toContain('Sannolikhet 1, konsekvens 2: 1 risk, grön');
    expect(screen.getByRole('button', { name: 'Sannolikhet 3, konsekvens 4: 2 risker, röd' }).textContent).toBe('2');
  });

  it('says the counts per colour and per status in words, and which risks lack an assessment', () => {
    renderMatrix(summaryOf());
    expect(screen.getByText('4 risker (2 röda, 1 grön, 1 utan riskbedömning). 4 åtgärder (1 avslutad, 2 pågår, 1 ej påbörjad).')).toBeTruthy();
    expect(screen.getByText('1 risk utan riskbedömning visas inte i matrisen.')).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Färger i riskmatrisen' })).getByText(/Röd 9–16/)).toBeTruthy();
  });

  it('lists the risks of a pressed cell; pressing a risk asks to show its cell in the workbook', async () => {
    const { user, onSelectRisk } = renderMatrix(summaryOf());
    const cell = screen.getByRole('button', { name: 'Sannolikhet 3, konsekvens 4: 2 risker, röd' });
    expect(cell.getAttribute('aria-pressed')).toBe('false');
    await user.click(cell);
    expect(cell.getAttribute('aria-pressed')).toBe('true');
    const list = screen.getByRole('list', { name: 'Sannolikhet 3, konsekvens 4 (röd): 2 risker' });
    const risks = within(list).getAllByRole('button');
    expect(risks.map((b) => computeAccessibleName(b))).toEqual([`Visa risken i IK-plan B2: ${AUTO}`, `Visa risken i IK-plan B3: ${INVEST}`]);
    await user.click(risks[1]);
    expect(onSelectRisk).toHaveBeenCalledWith('IK-plan', 'B3');

    await user.click(screen.getByRole('button', { name: /^Sannolikhet 4, konsekvens 4:/ }));
    expect(screen.getByText('Inga risker i den här cellen.')).toBeTruthy();
    expect(screen.queryByRole('list', { name: /konsekvens 4 \(röd\): 2 risker/ })).toBeNull();
  });

  it('is reachable and usable by keyboard alone, in the dark theme too', async () => {
    const { user, onSelectRisk } = renderMatrix(summaryOf(), 'dark');
    await user.tab();
    expect(document.activeElement).toBe(cellButtons()[0]);
    // Tab through the cells to 1 × 2, the green one.
    const target = screen.getByRole('button', { name: 'Sannolikhet 1, konsekvens 2: 1 risk, grön' });
    while (document.activeElement !== target) await user.tab();
    await user.keyboard('{Enter}');
    // The list follows the matrix: the next stops are the cells after 1 × 2, then the risk.
    const risk = screen.getByRole('button', { name: `Visa risken i IK-plan B4: ${AVTAL}` });
    for (let stops = 0; document.activeElement !== risk && stops < 3; stops++) await user.tab();
    expect(document.activeElement).toBe(risk);
    await user.keyboard(' ');
    expect(onSelectRisk).toHaveBeenCalledWith('IK-plan', 'B4');
  });

  it('follows the scale and bands of the settings', () => {
    const bands = { green: [1, 4] as [number, number], yellow: [5, 12] as [number, number], red: [15, 25] as [number, number] };
    renderMatrix(summaryOf({ scale: 5, bands }));
    expect(cellButtons()).toHaveLength(25);
    expect(screen.getByRole('button', { name: 'Sannolikhet 3, konsekvens 4: 2 risker, gul' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sannolikhet 5, konsekvens 5: 0 risker, röd' })).toBeTruthy();
  });
});
