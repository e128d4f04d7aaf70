/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Parameter } from '../../src/core/scenario';
import { ParameterFields } from '../../src/taskpane/scenario/ParameterFields';
import { buildSheet, buildWorkbook } from '../helpers/buildSheet';
import { RESULTATRAPPORT } from '../helpers/domainTables';
import { baseOf } from '../core/scenario/tables';

const base = baseOf(buildWorkbook(buildSheet('Resultatrapport', RESULTATRAPPORT)), 'Resultatrapport');

describe('the column choice of a percentage in the parameter editor', () => {
  test('says that without a choice budget and prognos change, and names the columns', () => {
    render(<ParameterFields parameter={{ kind: 'percent', target: 'Övriga kostnader', percent: 2 }} base={base} onChange={() => undefined} />);
    const choice = screen.getByLabelText('Kolumn') as HTMLSelectElement;
    expect(choice.selectedOptions[0].textContent).toBe('Budget och prognos (Budget ack, Prognos, Budget)');
  });

  test('choosing Utfall ack limits the percentage to that column', async () => {
    const changes: Parameter[] = [];
    render(<ParameterFields parameter={{ kind: 'percent', target: 'Övriga kostnader', percent: 2 }} base={base} onChange={(p) => changes.push(p)} />);
    await userEvent.setup().selectOptions(screen.getByLabelText('Kolumn'), 'Utfall ack');
    expect(changes).toEqual([{ kind: 'percent', target: 'Övriga kostnader', percent: 2, column: 'Utfall ack' }]);
  });
});
