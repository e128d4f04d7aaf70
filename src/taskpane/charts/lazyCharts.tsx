/**
 * The pane's library charts, fetched only when one is first shown: the charting library is a large
 * part of the bundle, and most sessions in Excel never open a chart. The bar charts drawn as HTML
 * (ResultChart, BridgeChart) need no library and are imported directly.
 */
import { Spinner } from '@fluentui/react-components';
import { createElement, lazy, Suspense, type ComponentProps, type FunctionComponent } from 'react';
import type * as Variance from '../compute/VarianceChart';
import type * as Sensitivity from '../scenario/SensitivityChart';

function lazyChart<P extends object>(load: () => Promise<(props: P) => JSX.Element>): (props: P) => JSX.Element {
  // Typed as a plain component: React's lazy types do not carry a generic P through.
  const Chart = lazy(async () => ({ default: await load() })) as unknown as FunctionComponent<P>;
  return function LazyChart(props: P) {
    return (
      <Suspense fallback={<Spinner size="tiny" label="Läser in diagrammet …" />}>
        {createElement(Chart, props)}
      </Suspense>
    );
  };
}

export const VarianceChart = lazyChart<ComponentProps<typeof Variance.VarianceChart>>(async () => (await import('../compute/VarianceChart')).VarianceChart);
export const SensitivityChart = lazyChart<ComponentProps<typeof Sensitivity.SensitivityChart>>(async () => (await import('../scenario/SensitivityChart')).SensitivityChart);
