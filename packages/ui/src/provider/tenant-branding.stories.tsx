import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { AccountCenter } from '../components/account-center/account-center.js';
import { createSimulatedAccount } from '../test-utils/simulated-account.js';
import type { SimulatedAccount } from '../test-utils/simulated-account.js';
import { storyI18n } from '../test-utils/story-i18n.js';
import type { Branding } from './account-center-ui-provider.js';

interface BrandingStoryArgs {
  branding: Branding;
  /** The tenant's `isDarkModeEnabled`. */
  darkModeEnabled: boolean;
}

/**
 * The drop-in with `branding="app"` (the kit's tokens) and `branding="tenant"` (the tenant's
 * logo and primary colours from its sign-in experience, adjusted to AA against the page). Each
 * story runs in the light, dark and right-to-left modes.
 */
const meta = {
  title: 'Theming/Branding',
  parameters: { layout: 'fullscreen' },
  args: { branding: 'tenant', darkModeEnabled: true },
  loaders: [
    async ({ args }) => {
      const logo = (name: string) => `${location.origin}/${name}`;
      return {
        account: createSimulatedAccount({
          seed: {
            signInExperience: {
              color: {
                primaryColor: '#12A37A',
                isDarkModeEnabled: (args as BrandingStoryArgs).darkModeEnabled,
                darkPrimaryColor: '#0B5C45',
              },
              branding: {
                logoUrl: logo('tenant-logo.svg'),
                darkLogoUrl: logo('tenant-logo-dark.svg'),
              },
            },
          },
        }),
      };
    },
  ],
  render: (args, { loaded, globals }) => {
    const { account } = loaded as { account: SimulatedAccount };
    return (
      <AccountCenter
        endpoint={account.endpoint}
        getAccessToken={async () => account.token}
        fetch={account.fetch}
        queryClient={account.queryClient}
        now={() => account.simulator.clock.now()}
        appName="Acme"
        branding={args.branding}
        theme={globals.theme === 'dark' ? 'dark' : 'light'}
        locale={typeof globals.locale === 'string' ? globals.locale : 'en'}
      />
    );
  },
} satisfies Meta<BrandingStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The tenant's logo and green primary colour (darkened / lightened until it reaches 4.5:1). */
export const Tenant: Story = {
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    await expect(await canvas.findByRole('img', { name: 'Acme' })).toBeVisible();
    await canvas.findByRole('button', { name: t('common.nav.security') });
  },
};

/** The tenant turned dark mode off: light even when the app asks for dark. */
export const TenantWithoutDarkMode: Story = {
  args: { darkModeEnabled: false },
  render: (args, context) => {
    const { account } = context.loaded as { account: SimulatedAccount };
    return (
      <AccountCenter
        endpoint={account.endpoint}
        getAccessToken={async () => account.token}
        fetch={account.fetch}
        queryClient={account.queryClient}
        now={() => account.simulator.clock.now()}
        appName="Acme"
        branding={args.branding}
        locale={typeof context.globals.locale === 'string' ? context.globals.locale : 'en'}
      />
    );
  },
  play: async ({ canvas, canvasElement }) => {
    await expect(await canvas.findByRole('img', { name: 'Acme' })).toHaveAttribute(
      'src',
      expect.stringContaining('tenant-logo.svg'),
    );
    await expect(
      canvasElement.querySelector('[data-branding="tenant"]')?.getAttribute('data-theme'),
    ).toBe('light');
  },
};

/** The app's own tokens: no logo, the kit's palette. */
export const App: Story = {
  args: { branding: 'app' },
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    await canvas.findByRole('button', { name: t('common.nav.security') });
    await expect(canvas.queryByRole('img')).toBeNull();
  },
};
