import { bandOf } from '../../../src/core/internalControl/bands';
import { DEFAULT_BANDS, resolveIcSettings } from '../../../src/core/internalControl/icSettings';
import type { RiskBands } from '../../../src/core/internalControl/types';

describe('risk bands and settings', () => {
  it('colours the default 4 × 4 matrix green 1–3, yellow 4–8, red 9–16', () => {
    expect([1, 3, 4, 8, 9, 16].map((v) => bandOf(v, DEFAULT_BANDS))).toEqual(['green', 'green', 'yellow', 'yellow', 'red', 'red']);
  });

  it('puts a value in a gap between the user bands in the band below, and above all bands in the top one', () => {
    const b: RiskBands = { green: [1, 4], yellow: [5, 12], red: [15, 25] };
    expect(bandOf(13, b)).toBe('yellow');
    expect(bandOf(30, b)).toBe('red');
    expect(bandOf(0, b)).toBe('green');
  });

  it('falls back to the defaults for settings that make no sense, and drops an asOf that is no date', () => {
    const s = resolveIcSettings({ scale: 1.5, bands: { green: [3, 1], yellow: [4, 8], red: [9, 16] }, asOf: '2025-02-30', maxOngoingFollowUps: -1 });
    expect(s).toEqual({ scale: 4, bands: DEFAULT_BANDS, maxOngoingFollowUps: 2 });
  });

  it('lets red reach the top of a larger matrix when only the scale is given', () => {
    expect(resolveIcSettings({ scale: 5 }).bands).toEqual({ green: [1, 3], yellow: [4, 8], red: [9, 25] });
    expect(resolveIcSettings({ asOf: '2025-08-31' }).asOf).toBe('2025-08-31');
  });
});
