/**
 * Fluent's web themes with disabled text that can be read. Fluent's own disabled foreground is
 * 1.65:1 on its disabled background in light (#BDBDBD on #F0F0F0) and 2.76:1 in dark (#5C5C5C on
 * #141414); a controller must still read what a disabled button would do. Greys of Fluent's own
 * palette, at least 4.5:1 on the disabled and on the ordinary background, and still apart from
 * enabled text (#242424 / #FFFFFF).
 */
import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import type { PaneTheme } from './officeTheme';

/** Grey 42: 4.68:1 on #F0F0F0, 5.33:1 on white. */
export const lightTheme: Theme = { ...webLightTheme, colorNeutralForegroundDisabled: '#6B6B6B' };
/** Grey 58: 6.07:1 on #141414, 4.80:1 on #292929. */
export const darkTheme: Theme = { ...webDarkTheme, colorNeutralForegroundDisabled: '#949494' };

export function fluentTheme(theme: PaneTheme): Theme {
  return theme === 'dark' ? darkTheme : lightTheme;
}
