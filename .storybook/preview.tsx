import type { Decorator, Preview } from '@storybook/react-vite';
// Relative, not `@account-center/ui`: the root package does not depend on the workspace package.
import { AccountCenterUiProvider, loadMessages } from '../packages/ui/src/index.js';
import '../packages/ui/src/styles.css';
import { mswLoader } from './msw';

/** Every story renders inside the kit root with the toolbar's theme and locale. */
const withKitRoot: Decorator = (Story, context) => {
  const theme = context.globals.theme === 'dark' ? 'dark' : 'light';
  const locale = typeof context.globals.locale === 'string' ? context.globals.locale : 'en';
  return (
    <AccountCenterUiProvider
      theme={theme}
      locale={locale}
      style={{ padding: '1.5rem', minBlockSize: '100vh' }}
    >
      <Story />
    </AccountCenterUiProvider>
  );
};

const preview: Preview = {
  parameters: {
    layout: 'fullscreen',
    // Any axe violation fails the story (in the browser and as a test).
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
  globalTypes: {
    theme: {
      description: 'Kit theme',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Kit locale',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'ar', title: 'العربية' },
          { value: 'cs', title: 'Čeština' },
          { value: 'de', title: 'Deutsch' },
          { value: 'es', title: 'Español' },
          { value: 'fa-IR', title: 'فارسی' },
          { value: 'fr', title: 'Français' },
          { value: 'it', title: 'Italiano' },
          { value: 'ja', title: '日本語' },
          { value: 'ko', title: '한국어' },
          { value: 'pl-PL', title: 'Polski' },
          { value: 'pt-BR', title: 'Português (Brasil)' },
          { value: 'pt-PT', title: 'Português (Portugal)' },
          { value: 'ru', title: 'Русский' },
          { value: 'th', title: 'ไทย' },
          { value: 'tr-TR', title: 'Türkçe' },
          { value: 'uk-UA', title: 'Українська' },
          { value: 'zh-CN', title: '简体中文' },
          { value: 'zh-HK', title: '繁體中文（香港）' },
          { value: 'zh-TW', title: '繁體中文（台灣）' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en' },
  decorators: [withKitRoot],
  loaders: [
    // Load the catalogue before rendering, so the story (and its axe check) never sees a blank frame.
    async ({ globals }) => {
      await loadMessages(typeof globals.locale === 'string' ? globals.locale : 'en');
      return {};
    },
    mswLoader,
  ],
};

export default preview;
