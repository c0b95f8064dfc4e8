import { Suspense, lazy } from 'react';
import { useUiOptions } from './ui-context.js';

const TenantLogoImage = lazy(() =>
  import('./tenant-branding.js').then((module) => ({ default: module.TenantLogoImage })),
);

/**
 * The tenant's logo under `branding="tenant"`, from the branding chunk (loaded only then); it
 * appears once the page runs, never in a server's HTML.
 */
export function TenantLogo({ alt }: { alt: string }) {
  const { brand, theme } = useUiOptions();
  if (!brand || (!brand.logoUrl && !brand.darkLogoUrl)) return null;
  return (
    <Suspense fallback={null}>
      <TenantLogoImage brand={brand} theme={theme} alt={alt} />
    </Suspense>
  );
}
