/**
 * WCAG 2.2 colour contrast for a tenant's brand colour: relative luminance, contrast ratio, the
 * readable text colour on a fill, and a fill that keeps ≥ 3:1 (non-text contrast, SC 1.4.11)
 * against a page background. Pure and dependency-free; the styled kit applies it to the
 * tenant's primary colours.
 */

/** `#rgb` or `#rrggbb` (case-insensitive) as 0–255 channels; `undefined` for anything else. */
export function parseHexColor(
  value: string | null | undefined,
): [number, number, number] | undefined {
  const match = /^#([\da-f]{3}|[\da-f]{6})$/i.exec(value?.trim() ?? '');
  if (!match) return undefined;
  const hex = match[1]!.length === 3 ? match[1]!.replace(/./g, '$&$&') : match[1]!;
  return [0, 2, 4].map((start) => Number.parseInt(hex.slice(start, start + 2), 16)) as [
    number,
    number,
    number,
  ];
}

function toHex(rgb: readonly number[]): string {
  return `#${rgb.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG relative luminance of a hex colour (0 = black, 1 = white; `NaN` for anything else). */
export function relativeLuminance(color: string): number {
  const [r = NaN, g = NaN, b = NaN] = (parseHexColor(color) ?? []).map((channel) => {
    const value = channel / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two hex colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const x = relativeLuminance(a);
  const y = relativeLuminance(b);
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/**
 * The text colour for a fill: whichever of `light` / `dark` contrasts more with it. With the
 * default white and black that is always ≥ 4.58:1 (WCAG AA for normal text); a near-black such
 * as `#111114` would drop to 4.34:1 on mid-tone fills, hence pure black.
 */
export function readableForeground(fill: string, light = '#ffffff', dark = '#000000'): string {
  return contrastRatio(fill, light) >= contrastRatio(fill, dark) ? light : dark;
}

/** `a` mixed with `b` in sRGB, `weight` of `a` (0–1), as CSS `color-mix(in srgb, …)` does. */
export function mixColors(a: string, b: string, weight: number): string | undefined {
  const x = parseHexColor(a);
  const y = parseHexColor(b);
  if (!x || !y) return undefined;
  return toHex(x.map((channel, index) => channel * weight + y[index]! * (1 - weight)));
}

/**
 * The colour itself when it reaches `minimum` (default 3:1, WCAG non-text contrast) against
 * every background; else the same hue mixed step by step towards black (on a light first
 * background) or white (on a dark one) until it does; `undefined` for a value that is not a hex
 * colour. A background may be a function of the candidate (a tint of the colour itself).
 */
export function ensureContrast(
  color: string,
  background: string | readonly (string | ((candidate: string) => string))[],
  minimum = 3,
): string | undefined {
  const rgb = parseHexColor(color);
  const backgrounds = typeof background === 'string' ? [background] : background;
  const first = backgrounds[0];
  if (!rgb || typeof first !== 'string' || !parseHexColor(first)) return undefined;
  const passes = (candidate: string) =>
    backgrounds.every((entry) => {
      const against = typeof entry === 'string' ? entry : entry(candidate);
      return !!parseHexColor(against) && contrastRatio(candidate, against) >= minimum;
    });
  const target = relativeLuminance(first) > 0.18 ? 0 : 255;
  for (let step = 0; step <= 20; step += 1) {
    const candidate = toHex(rgb.map((channel) => channel + ((target - channel) * step) / 20));
    if (passes(candidate)) return candidate;
  }
  return undefined;
}
