import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  ensureContrast,
  mixColors,
  readableForeground,
  relativeLuminance,
} from './contrast.js';

describe('WCAG contrast', () => {
  it('computes relative luminance and ratios as WCAG defines them', () => {
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1);
    expect(relativeLuminance('#000')).toBeCloseTo(0);
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21);
    // The WebAIM checker's figure for #767676 on white.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('picks a text colour that reaches AA (4.5:1) on any brand fill', () => {
    for (const fill of [
      '#5D34F2',
      '#AB9AF7',
      '#ffcc00',
      '#777777',
      '#767676',
      '#00ff00',
      '#0a0a0a',
    ]) {
      const foreground = readableForeground(fill);
      expect(contrastRatio(fill, foreground), fill).toBeGreaterThanOrEqual(4.5);
    }
    expect(readableForeground('#5D34F2')).toBe('#ffffff');
    expect(readableForeground('#ffcc00')).toBe('#000000');
  });

  it('keeps a colour that reaches 3:1 against the page and darkens or lightens one that does not', () => {
    expect(ensureContrast('#5D34F2', '#ffffff')).toBe('#5d34f2');
    const onLight = ensureContrast('#ffe680', '#ffffff')!;
    expect(contrastRatio(onLight, '#ffffff')).toBeGreaterThanOrEqual(3);
    const onDark = ensureContrast('#3a1d8c', '#111114')!;
    expect(contrastRatio(onDark, '#111114')).toBeGreaterThanOrEqual(3);
    expect(ensureContrast('purple', '#ffffff')).toBeUndefined();
  });

  it('also holds against a background that depends on the colour (its own tint on a card)', () => {
    const tint = (candidate: string) => mixColors(candidate, '#ffffff', 0.12)!;
    const adjusted = ensureContrast('#8f7cf0', ['#ffffff', tint], 4.5)!;
    expect(contrastRatio(adjusted, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(adjusted, tint(adjusted))).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#8f7cf0', tint('#8f7cf0'))).toBeLessThan(4.5);
  });
});
