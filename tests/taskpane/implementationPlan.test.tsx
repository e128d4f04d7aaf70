/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { buildSheet, buildWorkbook } from '../helpers/buildSheet';
import { FakeHost } from './fakeHost';
import { renderPane, validate, within } from './renderPane';

/** A genomförandeplan with Rött / Grönt as text, which every Excel reads (fills need ExcelApi 1.9). */
function planWorkbook() {
  return buildWorkbook(
    buildSheet('Genomförandeplan', [
      ['Mål: Stärk kulturens kraft genom samverkan'],
      ['Prioritering: Stärka arbetet med kultur och hälsa.'],
      ['Aktivitet', 'Ansvar för handläggning', 'Uppföljning', 'Kommentar'],
      ['Stötta nätverk inom shared reading.', 'Biblioteksutveckling', 'Grönt'],
      ['Utveckla riktade utvecklingsmedel.', 'Utvecklingsledare', 'Rött', 'Medlen ryms inte i budget 2025.'],
      ['Prioritering: Ta fram en strategi för spelkultur.'],
      ['Saknas aktivitet 2025'],
    ]),
  );
}

describe('Genomförandeplan in the Kontroll view', () => {
  it('lists red, green and missing activities per mål after Validera', async () => {
    const { user } = await renderPane(new FakeHost(planWorkbook()));
    await validate(user);
    const list = await screen.findByRole('list', { name: 'Genomförandeplan per mål' });
    expect(within(list).getByText('Mål "Stärk kulturens kraft genom samverkan": 1 röd, 1 grön, 1 saknas.')).toBeTruthy();
  });
});
