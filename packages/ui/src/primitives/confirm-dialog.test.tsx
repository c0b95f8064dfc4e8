import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { Button } from './button.js';
import { ConfirmDialog } from './confirm-dialog.js';

function renderConfirm(onConfirm: () => unknown) {
  return render(
    <ConfirmDialog
      trigger={<Button variant="danger">Sign out</Button>}
      title="Sign out of Chrome on Windows?"
      description="The next time someone uses this device, they’ll need to sign in again."
      confirmLabel="Sign out"
      onConfirm={onConfirm}
    />,
  );
}

describe('ConfirmDialog', () => {
  it('is an alertdialog naming the object and consequence, focus on Cancel, no axe violations', async () => {
    const screen = await renderConfirm(() => undefined);
    await screen.getByRole('button', { name: 'Sign out' }).click();
    const dialog = screen.getByRole('alertdialog', { name: 'Sign out of Chrome on Windows?' });
    await expect
      .element(dialog)
      .toHaveAccessibleDescription(
        'The next time someone uses this device, they’ll need to sign in again.',
      );
    await expect.element(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    expect((await axe.run(document.body)).violations).toEqual([]);
  });

  it('Escape cancels without confirming and returns focus to the trigger', async () => {
    const onConfirm = vi.fn();
    const screen = await renderConfirm(onConfirm);
    const trigger = screen.getByRole('button', { name: 'Sign out' });
    await trigger.click();
    await expect.element(screen.getByRole('alertdialog')).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await expect.element(screen.getByRole('alertdialog')).not.toBeInTheDocument();
    await expect.element(trigger).toHaveFocus();
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('stays open and busy while the action runs, then closes', async () => {
    let finish = () => {};
    const onConfirm = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const screen = await renderConfirm(onConfirm);
    await screen.getByRole('button', { name: 'Sign out' }).click();
    const confirm = screen.getByRole('alertdialog').getByRole('button', { name: 'Sign out' });
    await confirm.click();
    await expect.element(confirm).toHaveAttribute('aria-busy', 'true');
    await userEvent.keyboard('{Escape}');
    await expect.element(screen.getByRole('alertdialog')).toBeVisible();
    // A second click while busy does nothing (clicked directly: Playwright waits on aria-disabled).
    (confirm.element() as HTMLButtonElement).click();
    expect(onConfirm).toHaveBeenCalledOnce();
    finish();
    await expect.element(screen.getByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('shows a failed action’s error inside and stays open', async () => {
    const screen = await renderConfirm(() =>
      Promise.reject({ code: 'oidc.session_not_found', message: 'Session not found.' }),
    );
    await screen.getByRole('button', { name: 'Sign out' }).click();
    await screen.getByRole('alertdialog').getByRole('button', { name: 'Sign out' }).click();
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent('That session has already ended.');
    await expect.element(screen.getByRole('alertdialog')).toBeVisible();
  });

  it('says nothing when the user cancelled the step-up', async () => {
    const screen = await renderConfirm(() => Promise.reject({ code: 'verification_cancelled' }));
    await screen.getByRole('button', { name: 'Sign out' }).click();
    const confirm = screen.getByRole('alertdialog').getByRole('button', { name: 'Sign out' });
    await confirm.click();
    await expect.element(confirm).not.toHaveAttribute('aria-busy');
    await expect.element(screen.getByRole('alert')).not.toBeInTheDocument();
  });
});
