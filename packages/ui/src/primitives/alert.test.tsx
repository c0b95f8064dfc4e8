import { describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import { Alert, AlertDescription, AlertTitle } from './alert.js';

describe('Alert', () => {
  it('announces danger at once and success politely; info is static', async () => {
    const screen = await render(
      <>
        <Alert variant="danger">
          <AlertTitle>Couldn’t save</AlertTitle>
          <AlertDescription>Try again.</AlertDescription>
        </Alert>
        <Alert variant="success">Saved.</Alert>
        <Alert>Managed by your administrator.</Alert>
      </>,
    );
    await expect.element(screen.getByRole('alert')).toHaveTextContent('Couldn’t saveTry again.');
    await expect.element(screen.getByRole('status')).toHaveTextContent('Saved.');
    await expect.element(screen.getByText('Managed by your administrator.')).toBeVisible();
  });

  it('offers a labelled dismiss button', async () => {
    const onDismiss = vi.fn();
    const screen = await render(<Alert onDismiss={onDismiss}>Saved.</Alert>);
    await screen.getByRole('button', { name: 'Dismiss' }).click();
    expect(onDismiss).toHaveBeenCalledOnce();
  });
});
