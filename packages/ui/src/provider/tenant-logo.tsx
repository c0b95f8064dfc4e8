import { safeNavigationUrl } from '@account-center/client/helpers';
import { useUiSettings } from './ui-context.js';

/**
 * The tenant's logo (light and dark), when its URL is `https:` (or `http:` on this machine);
 * nothing otherwise. With the OS deciding the theme, a `<picture>` switches with it. Rendered on
 * the server too (plain markup, no colour).
 */
export function TenantLogo({ alt }: { alt: string }) {
  const { brand, theme } = useUiSettings();
  if (!brand) return null;
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
