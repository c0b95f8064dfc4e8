import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import '../styles.css';
import { Button } from '../primitives/button.js';
import { Dialog, DialogContent, DialogDescription, DialogTitle } from '../primitives/dialog.js';
import { AccountCenterUiProvider } from './account-center-ui-provider.js';

describe('AccountCenterUiProvider', () => {
  it('renders the kit root with lang, dir and theme', async () => {
    const screen = await render(
      <AccountCenterUiProvider locale="ko" theme="dark" className="app-root" data-testid="root">
        <Button>OK</Button>
      </AccountCenterUiProvider>,
    );
    const root = screen.getByTestId('root');
    await expect.element(root).toHaveAttribute('lang', 'ko');
    await expect.element(root).toHaveAttribute('dir', 'ltr');
    await expect.element(root).toHaveAttribute('data-theme', 'dark');
    await expect.element(root).toHaveAttribute('data-slot', 'root');
    await expect.element(root).toHaveClass('ac-root', 'app-root');
  });

  it('follows prefers-color-scheme when the theme is "system"', async () => {
    const screen = await render(
      <AccountCenterUiProvider data-testid="root">
        <Button>OK</Button>
      </AccountCenterUiProvider>,
    );
    await expect.element(screen.getByTestId('root')).not.toHaveAttribute('data-theme');
  });

  it('applies the dark tokens under data-theme="dark" and the light ones under "light"', async () => {
    const screen = await render(
      <>
        <AccountCenterUiProvider theme="dark">
          <Button variant="primary">Dark</Button>
        </AccountCenterUiProvider>
        <AccountCenterUiProvider theme="light">
          <Button variant="primary">Light</Button>
        </AccountCenterUiProvider>
      </>,
    );
    const dark = screen.getByRole('button', { name: 'Dark' }).element();
    const light = screen.getByRole('button', { name: 'Light' }).element();
    // The token each button resolves (its background is also shifted while the pointer, left
    // anywhere by an earlier test, hovers it).
    const primary = (element: Element) =>
      getComputedStyle(element).getPropertyValue('--ac-primary').trim().toLowerCase();
    await expect.poll(() => primary(dark)).toBe('#a48bfa');
    await expect.poll(() => primary(light)).toBe('#5b34e0');
  });

  it('sets dir="rtl" for right-to-left locales and lets the app force it', async () => {
    const screen = await render(
      <AccountCenterUiProvider dir="rtl" data-testid="root">
        <Button>OK</Button>
      </AccountCenterUiProvider>,
    );
    await expect.element(screen.getByTestId('root')).toHaveAttribute('dir', 'rtl');
  });

  it('puts the CSP nonce on the style tag the dialog scroll lock injects', async () => {
    await render(
      <AccountCenterUiProvider nonce="abc123" theme="dark">
        <Dialog defaultOpen>
          <DialogContent>
            <DialogTitle>Title</DialogTitle>
            <DialogDescription>Description</DialogDescription>
          </DialogContent>
        </Dialog>
      </AccountCenterUiProvider>,
    );
    await expect.poll(() => document.head.querySelector('style[nonce="abc123"]')).not.toBeNull();
    // The portal repeats the kit root's theme so the dialog is dark too.
    expect(document.querySelector('[data-slot="dialog-portal"]')?.getAttribute('data-theme')).toBe(
      'dark',
    );
  });
});
