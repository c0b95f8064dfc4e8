import * as DialogPrimitive from '@radix-ui/react-dialog';
import axe from 'axe-core';
import { createRef, useState } from 'react';
import type { Ref } from 'react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { Button } from './button.js';
import {
  Dialog,
  DialogClose,
  DialogCloseButton,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogLiveRegion,
  DialogOverlay,
  DialogPanel,
  DialogPortal,
  DialogTitle,
  DialogTrigger,
  useDialogInert,
  useFocusRescue,
} from './dialog.js';
import { Field, FieldLabel } from './field.js';
import { Input } from './input.js';
import { useAnnounce } from './live-region.js';

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

function CopyInside() {
  const announce = useAnnounce();
  return <Button onClick={() => announce('Copied.')}>Copy</Button>;
}

/** A team's own dialog built from the parts, opened by a plain button (no `DialogTrigger`). */
function HandBuiltDialog({
  panelRef,
  portalRef,
}: {
  panelRef?: Ref<HTMLDivElement>;
  portalRef?: Ref<HTMLDivElement>;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>Show codes</Button>
      <a href="#elsewhere">Elsewhere on the page</a>
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogPortal ref={portalRef} className="my-portal">
          <DialogOverlay className="my-overlay" />
          <DialogPanel ref={panelRef} className="my-panel" aria-describedby={undefined}>
            <DialogLiveRegion>
              <DialogTitle>Backup codes</DialogTitle>
              <CopyInside />
              <DialogClose asChild>
                <Button>Done</Button>
              </DialogClose>
            </DialogLiveRegion>
            <DialogCloseButton />
          </DialogPanel>
        </DialogPortal>
      </Dialog>
    </>
  );
}

describe('Dialog composed from its parts', () => {
  it('traps focus, makes the page behind inert, closes on Escape and returns focus to the opener', async () => {
    const screen = await render(<HandBuiltDialog />);
    const opener = screen.getByRole('button', { name: 'Show codes' });
    await opener.click();
    const dialog = screen.getByRole('dialog', { name: 'Backup codes' });
    await expect.element(dialog).toHaveClass('my-panel');
    await expect.element(screen.getByRole('button', { name: 'Copy' })).toHaveFocus();
    // The page behind is out of reach: the link outside is inside an inert subtree.
    const outside = document.querySelector('a[href="#elsewhere"]')!;
    expect(outside.closest('[inert]')).not.toBeNull();
    await userEvent.tab();
    await expect.element(screen.getByRole('button', { name: 'Done' })).toHaveFocus();
    await userEvent.tab();
    await expect.element(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
    await userEvent.tab();
    await expect.element(screen.getByRole('button', { name: 'Copy' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect.element(dialog).not.toBeInTheDocument();
    await expect.element(opener).toHaveFocus();
    expect(outside.closest('[inert]')).toBeNull();
  });

  it('announces from inside the dialog through its own live region', async () => {
    const screen = await render(<HandBuiltDialog />);
    await screen.getByRole('button', { name: 'Show codes' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Backup codes' });
    await screen.getByRole('button', { name: 'Copy' }).click();
    await expect.element(dialog.getByRole('status')).toHaveTextContent('Copied.');
    expect((await axe.run(document.body)).violations).toEqual([]);
  });

  it('hands the panel and the portal wrapper to the refs, and lets them go on close', async () => {
    const panelRef = createRef<HTMLDivElement>();
    const portalRef = createRef<HTMLDivElement>();
    const screen = await render(<HandBuiltDialog panelRef={panelRef} portalRef={portalRef} />);
    await screen.getByRole('button', { name: 'Show codes' }).click();
    await expect.element(screen.getByRole('dialog')).toBeVisible();
    expect(panelRef.current?.getAttribute('role')).toBe('dialog');
    expect(portalRef.current?.getAttribute('data-slot')).toBe('dialog-portal');
    expect(portalRef.current?.classList.contains('my-portal')).toBe(true);
    await userEvent.keyboard('{Escape}');
    await expect.element(screen.getByRole('dialog')).not.toBeInTheDocument();
    expect(panelRef.current).toBeNull();
  });

  it('DialogContent hands its panel to `ref`', async () => {
    const ref = createRef<HTMLDivElement>();
    const screen = await render(
      <Dialog defaultOpen>
        <DialogContent ref={ref} aria-describedby={undefined}>
          <DialogTitle>Rename passkey</DialogTitle>
        </DialogContent>
      </Dialog>,
    );
    await expect.element(screen.getByRole('dialog', { name: 'Rename passkey' })).toBeVisible();
    expect(ref.current).toBe(screen.getByRole('dialog').element());
  });

  it('the hooks carry inert and focus return to a panel built on Radix’s own Content', async () => {
    function RadixPanel() {
      const [open, setOpen] = useState(false);
      const inert = useDialogInert();
      const rescue = useFocusRescue();
      return (
        <>
          <Button onClick={() => setOpen(true)}>Revoke</Button>
          <a href="#elsewhere">Elsewhere on the page</a>
          <DialogPrimitive.Root open={open} onOpenChange={setOpen}>
            <DialogPrimitive.Portal>
              <DialogPrimitive.Content ref={inert} {...rescue} aria-describedby={undefined}>
                <DialogPrimitive.Title>Revoke access?</DialogPrimitive.Title>
                <DialogPrimitive.Close>Cancel</DialogPrimitive.Close>
              </DialogPrimitive.Content>
            </DialogPrimitive.Portal>
          </DialogPrimitive.Root>
        </>
      );
    }
    const screen = await render(<RadixPanel />);
    const opener = screen.getByRole('button', { name: 'Revoke' });
    await opener.click();
    await expect.element(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    const outside = document.querySelector('a[href="#elsewhere"]')!;
    expect(outside.closest('[inert]')).not.toBeNull();
    await userEvent.keyboard('{Escape}');
    await expect.element(screen.getByRole('dialog')).not.toBeInTheDocument();
    await expect.element(opener).toHaveFocus();
    expect(outside.closest('[inert]')).toBeNull();
  });
});
