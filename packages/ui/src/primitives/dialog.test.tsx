import axe from 'axe-core';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { Button } from './button.js';
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from './dialog.js';
import { Field, FieldLabel } from './field.js';
import { Input } from './input.js';

function RenameDialog() {
  return (
    <Dialog>
      <DialogTrigger asChild>
        <Button>Rename</Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Rename passkey</DialogTitle>
          <DialogDescription>Pick a name you’ll recognise.</DialogDescription>
        </DialogHeader>
        <Field>
          <FieldLabel>Passkey name</FieldLabel>
          <Input defaultValue="MacBook" />
        </Field>
        <DialogFooter>
          <DialogClose asChild>
            <Button>Cancel</Button>
          </DialogClose>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}

describe('Dialog', () => {
  it('has no axe violations closed or open', async () => {
    const screen = await render(<RenameDialog />);
    expect((await axe.run(document.body)).violations).toEqual([]);
    await screen.getByRole('button', { name: 'Rename' }).click();
    await expect.element(screen.getByRole('dialog')).toBeVisible();
    expect((await axe.run(document.body)).violations).toEqual([]);
  });

  it('is named and described, moves focus in, closes on Escape and returns focus', async () => {
    const screen = await render(<RenameDialog />);
    const trigger = screen.getByRole('button', { name: 'Rename' });
    await trigger.click();
    const dialog = screen.getByRole('dialog', { name: 'Rename passkey' });
    await expect.element(dialog).toHaveAccessibleDescription('Pick a name you’ll recognise.');
    await expect.element(screen.getByLabelText('Passkey name')).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect.element(dialog).not.toBeInTheDocument();
    await expect.element(trigger).toHaveFocus();
  });

  it('traps Tab inside and has a labelled close button', async () => {
    const screen = await render(<RenameDialog />);
    await screen.getByRole('button', { name: 'Rename' }).click();
    await expect.element(screen.getByLabelText('Passkey name')).toHaveFocus();
    await userEvent.tab();
    await expect.element(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.tab();
    await expect.element(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
    await userEvent.tab();
    await expect.element(screen.getByLabelText('Passkey name')).toHaveFocus();
    await screen.getByRole('button', { name: 'Close' }).click();
    await expect.element(screen.getByRole('dialog')).not.toBeInTheDocument();
  });

  it('returns focus to the button that opened it even without a DialogTrigger', async () => {
    function Row() {
      const [open, setOpen] = useState(false);
      return (
        <>
          <Button onClick={() => setOpen(true)}>Remove</Button>
          <Dialog open={open} onOpenChange={setOpen}>
            <DialogContent aria-describedby={undefined}>
              <DialogTitle>Remove it?</DialogTitle>
              <DialogClose asChild>
                <Button>Cancel</Button>
              </DialogClose>
            </DialogContent>
          </Dialog>
        </>
      );
    }
    const screen = await render(<Row />);
    const opener = screen.getByRole('button', { name: 'Remove' });
    await opener.click();
    await expect.element(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect.element(opener).toHaveFocus();
  });
});
