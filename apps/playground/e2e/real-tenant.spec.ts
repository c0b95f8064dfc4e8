/**
 * Real-tenant mode (a build with VITE_LOGTO_ENDPOINT / VITE_LOGTO_APP_ID set): the sign-in
 * screen, no simulator, no service worker and no `window.__accountCenterSimulator`; and the
 * sign-in asks for every scope the kit's features need. The tenant is faked at the network
 * level only as far as the OIDC discovery document.
 */
import { expect, test } from './fixtures';

// Must match the placeholder endpoint scripts/e2e.mjs builds with.
const ENDPOINT = 'https://tenant.logto.invalid';

test('no simulator, no worker, no dev hook', async ({ page, axe }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Sign in with Logto' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(ENDPOINT);
  expect(await page.evaluate(() => '__accountCenterSimulator' in window)).toBe(false);
  expect(
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length),
  ).toBe(0);
  expect(requests.filter((url) => /simulator-mode|mockServiceWorker/.test(url))).toEqual([]);
  await axe();
});

test('signing in requests every scope the kit needs', async ({ page }) => {
  await page.route(`${ENDPOINT}/oidc/.well-known/openid-configuration`, (route) =>
    route.fulfill({
      json: {
        issuer: `${ENDPOINT}/oidc`,
        authorization_endpoint: `${ENDPOINT}/oidc/auth`,
        token_endpoint: `${ENDPOINT}/oidc/token`,
        userinfo_endpoint: `${ENDPOINT}/oidc/me`,
        end_session_endpoint: `${ENDPOINT}/oidc/session/end`,
        revocation_endpoint: `${ENDPOINT}/oidc/token/revocation`,
        jwks_uri: `${ENDPOINT}/oidc/jwks`,
      },
    }),
  );
  await page.route(`${ENDPOINT}/oidc/auth?**`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><title>Logto</title><main><h1>Sign in</h1></main>',
    }),
  );
  await page.goto('/');
  await page.getByRole('button', { name: 'Sign in with Logto' }).click();
  await page.waitForURL(`${ENDPOINT}/oidc/auth?**`);
  const authorize = new URL(page.url());
  const scopes = authorize.searchParams.get('scope')?.split(' ') ?? [];
  expect(scopes).toEqual(
    expect.arrayContaining([
      'openid',
      'offline_access',
      'profile',
      'email',
      'phone',
      'custom_data',
      'identities',
      'address',
      'urn:logto:scope:sessions',
    ]),
  );
  expect(authorize.searchParams.get('redirect_uri')).toMatch(/\/sign-in-callback$/);
  // No resource: the Account API takes only opaque, resource-less tokens.
  expect(authorize.searchParams.get('resource')).toBeNull();
});
