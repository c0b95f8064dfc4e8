import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import { CopyButton } from './copy-button.js';
import { LiveRegion } from './live-region.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('CopyButton', () => {
  it('copies, flips to a check and announces politely', async () => {
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    const screen = await render(
      <LiveRegion>
        <CopyButton value="JBSWY3DP" label="setup key" />
      </LiveRegion>,
    );
    const button = screen.getByRole('button', { name: 'Copy setup key' });
    await button.click();
    expect(writeText).toHaveBeenCalledWith('JBSWY3DP');
    await expect.element(button).toHaveAttribute('data-state', 'copied');
    await expect.element(screen.getByRole('status')).toHaveTextContent('Copied to clipboard');
    await expect.element(button).toHaveFocus();
  });

  it('asks the user to copy by hand when the clipboard refuses', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('Denied', 'NotAllowedError'),
    );
    const screen = await render(
      <LiveRegion>
        <CopyButton value="JBSWY3DP">Copy codes</CopyButton>
      </LiveRegion>,
    );
    const button = screen.getByRole('button', { name: 'Copy codes' });
    await button.click();
    await expect.element(button).toHaveAttribute('data-state', 'failed');
    await expect
      .poll(() => document.querySelector('[aria-live="assertive"]')?.textContent)
      .toBe('Couldn’t copy. Select the text and copy it yourself.');
  });
});
