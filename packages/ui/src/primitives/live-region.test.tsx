import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { Button } from './button.js';
import { LiveRegion, useAnnounce } from './live-region.js';

function Save() {
  const announce = useAnnounce();
  return <Button onClick={() => announce('Your profile has been updated.')}>Save</Button>;
}

describe('LiveRegion', () => {
  it('announces through a polite status region without moving focus', async () => {
    const screen = await render(
      <LiveRegion>
        <Save />
      </LiveRegion>,
    );
    const status = screen.getByRole('status');
    await expect.element(status).toHaveAttribute('aria-live', 'polite');
    await expect.element(status).toBeEmptyDOMElement();
    await screen.getByRole('button', { name: 'Save' }).click();
    await expect.element(status).toHaveTextContent('Your profile has been updated.');
    await expect.element(screen.getByRole('button', { name: 'Save' })).toHaveFocus();
  });

  it('falls back to a shared region on <body> without a provider', async () => {
    const screen = await render(<Save />);
    await screen.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(
        () =>
          document.body.querySelector(':scope > [data-slot="live-region"] [role="status"]')
            ?.textContent,
      )
      .toBe('Your profile has been updated.');
  });
});
