/**
 * Tenant colours (`branding="tenant"`), loaded only when used: the tenant's primary colours
 * mapped onto the `--ac-*` tokens through a constructed stylesheet (CSSOM: no `style` attribute,
 * nothing a CSP `style-src` blocks), and its logo.
 */
import {
  contrastRatio,
  ensureContrast,
  mixColors,
  readableForeground,
  safeNavigationUrl,
} from '@account-center/client/helpers';
import type { SignInExperience } from '@account-center/client';
import type { TenantBrand } from './ui-context.js';

/** The page and card backgrounds of the kit's palette (styles.css), light and dark. */
const PAGE = {
  light: { background: '#ffffff', card: '#ffffff' },
  dark: { background: '#111114', card: '#18181b' },
} as const;

/**
 * The tokens for one mode: the primary colour, adjusted when needed so it keeps 4.5:1 against
 * the page and against its own 12 % tint on a card (the kit draws badge and alert text in it,
 * so the text minimum applies, which also covers 3:1 for buttons, switches and the focus ring),
 * and the text colour on primary fills. `undefined` when the tenant's value is not a colour.
 */
export function brandTokens(
  color: string | undefined,
  mode: 'light' | 'dark',
): Record<string, string> | undefined {
  if (!color) return undefined;
  const { background, card } = PAGE[mode];
  const primary = ensureContrast(
    color,
    [background, (candidate) => mixColors(candidate, card, 0.12) ?? card],
    4.5,
  );
  if (!primary) return undefined;
  return {
    '--ac-primary': primary,
    '--ac-primary-foreground': readableForeground(primary),
    '--ac-ring': primary,
  };
}

/** Contrast figures for a mode, for tests and docs. */
export function brandContrast(tokens: Record<string, string>, mode: 'light' | 'dark') {
  const primary = tokens['--ac-primary']!;
  return {
    againstPage: contrastRatio(primary, PAGE[mode].background),
    foreground: contrastRatio(primary, tokens['--ac-primary-foreground']!),
  };
}

let sheet: CSSStyleSheet | undefined;
const applied = new Set<string>();

function declarations(tokens: Record<string, string>): string {
  return Object.entries(tokens)
    .map(([name, value]) => `${name}: ${value};`)
    .join(' ');
}

/**
 * Adds the rules for one brand class once per document: light tokens on the class, dark tokens
 * under `data-theme="dark"` and under `prefers-color-scheme: dark` (unless pinned light).
 */
export function applyBrandRules(brand: TenantBrand): void {
  if (typeof document === 'undefined' || applied.has(brand.className)) return;
  applied.add(brand.className);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  const selector = `[data-ac-root].${brand.className}`;
  const light = brandTokens(brand.primaryColor, 'light');
  const dark = brandTokens(brand.darkPrimaryColor ?? brand.primaryColor, 'dark');
  if (light) sheet.insertRule(`${selector} { ${declarations(light)} }`, sheet.cssRules.length);
  if (dark && brand.darkMode) {
    sheet.insertRule(
      `${selector}[data-theme='dark'] { ${declarations(dark)} }`,
      sheet.cssRules.length,
    );
    sheet.insertRule(
      `@media (prefers-color-scheme: dark) { ${selector}:not([data-theme='light']) { ${declarations(dark)} } }`,
      sheet.cssRules.length,
    );
  }
}

/**
 * The tenant's logo (light and dark), when its URL is `https:` (or `http:` on this machine);
 * nothing otherwise. With the OS deciding the theme, a `<picture>` switches with it.
 */
export function TenantLogoImage({
  brand,
  theme,
  alt,
}: {
  brand: TenantBrand;
  theme: 'light' | 'dark' | undefined;
  alt: string;
}) {
  const light = safeNavigationUrl(brand.logoUrl);
  const dark = brand.darkMode ? safeNavigationUrl(brand.darkLogoUrl) : undefined;
  const src = theme === 'dark' ? (dark ?? light) : (light ?? dark);
  if (!src) return null;
  const image = <img data-slot="tenant-logo" className="ac-tenant-logo" src={src} alt={alt} />;
  if (theme || !light || !dark) return image;
  return (
    <picture data-slot="tenant-logo-picture">
      <source media="(prefers-color-scheme: dark)" srcSet={dark} />
      {image}
    </picture>
  );
}

/** One class per set of colours, so two roots with the same tenant share one rule. */
function brandClass(values: readonly (string | undefined)[]): string {
  let hash = 5381;
  for (const char of values.join('|')) hash = (hash * 33) ^ char.charCodeAt(0);
  return `ac-brand-${(hash >>> 0).toString(36)}`;
}

function tenantBrand(experience: SignInExperience): TenantBrand {
  const { color, branding } = experience;
  const darkMode = color?.isDarkModeEnabled !== false;
  return {
    className: brandClass([color?.primaryColor, color?.darkPrimaryColor, String(darkMode)]),
    primaryColor: color?.primaryColor,
    darkPrimaryColor: color?.darkPrimaryColor,
    darkMode,
    logoUrl: branding?.logoUrl,
    darkLogoUrl: branding?.darkLogoUrl,
  };
}

/** The tenant's brand from its sign-in experience, its colour rules added to the document. */
export function applyTenantBrand(experience: SignInExperience): TenantBrand {
  const brand = tenantBrand(experience);
  applyBrandRules(brand);
  return brand;
}
