/** @jest-environment jsdom */
import { act, render, screen } from '@testing-library/react';
import { webDarkTheme } from '@fluentui/react-components';
import { StandaloneApp } from '../../src/standalone/StandaloneApp';

/** A browser whose colour scheme the test sets, telling its listeners as a real one does. */
function fakeColorScheme(dark: boolean) {
  const listeners = new Set<() => void>();
  const query = {
    get matches() {
      return dark;
    },
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
  };
  window.matchMedia = jest.fn((text: string) => {
    expect(text).toBe('(prefers-color-scheme: dark)');
    return query as unknown as MediaQueryList;
  });
  return {
    set(next: boolean) {
      dark = next;
      act(() => listeners.forEach((l) => l()));
    },
  };
}

const pageScheme = () => document.querySelector<HTMLElement>('.fui-FluentProvider')!.style.colorScheme;
const css = () => [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');

describe('the stand-alone page follows the browser\'s light or dark setting', () => {
  afterEach(() => {
    delete (window as { matchMedia?: unknown }).matchMedia;
  });

  it('starts dark in a dark browser, with Fluent\'s dark colours', () => {
    fakeColorScheme(true);
    render(<StandaloneApp />);
    expect(screen.getByRole('button', { name: 'Öppna exempel' })).toBeTruthy();
    expect(pageScheme()).toBe('dark');
    expect(css()).toContain(`--colorNeutralBackground1: ${webDarkTheme.colorNeutralBackground1}`);
  });

  it('changes with the setting while open', () => {
    const scheme = fakeColorScheme(false);
    render(<StandaloneApp />);
    expect(pageScheme()).toBe('light');
    scheme.set(true);
    expect(pageScheme()).toBe('dark');
    scheme.set(false);
    expect(pageScheme()).toBe('light');
  });

  it('is light where the browser cannot tell', () => {
    render(<StandaloneApp />);
    expect(pageScheme()).toBe('light');
  });
});
