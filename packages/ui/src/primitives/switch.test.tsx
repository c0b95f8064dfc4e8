import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { Field, FieldLabel } from './field.js';
import { Switch } from './switch.js';

describe('Switch', () => {
  it('is a named switch toggled by click, Space and Enter', async () => {
    const onCheckedChange = vi.fn();
    const screen = await render(
      <Field>
        <FieldLabel>Two-step verification</FieldLabel>
        <Switch onCheckedChange={onCheckedChange} />
      </Field>,
    );
    const control = screen.getByRole('switch', { name: 'Two-step verification' });
    await expect.element(control).not.toBeChecked();
    await expect.element(control).toHaveAttribute('data-state', 'unchecked');
    await control.click();
    await expect.element(control).toBeChecked();
    await expect.element(control).toHaveAttribute('data-state', 'checked');
    await userEvent.keyboard(' ');
    await expect.element(control).not.toBeChecked();
    await userEvent.keyboard('{Enter}');
    await expect.element(control).toBeChecked();
    expect(onCheckedChange.mock.calls).toEqual([[true], [false], [true]]);
  });

  it('clicking its label toggles it', async () => {
    const screen = await render(
      <Field>
        <FieldLabel>Prompt for a passkey</FieldLabel>
        <Switch />
      </Field>,
    );
    await screen.getByText('Prompt for a passkey').click();
    await expect.element(screen.getByRole('switch')).toBeChecked();
  });

  it('shows server state while pending and ignores clicks', async () => {
    const onCheckedChange = vi.fn();
    const screen = await render(
      <Switch
        aria-label="Two-step verification"
        checked={false}
        pending
        onCheckedChange={onCheckedChange}
      />,
    );
    const control = screen.getByRole('switch');
    // Playwright waits for aria-disabled elements to become enabled; click the element directly.
    (control.element() as HTMLButtonElement).click();
    await expect.element(control).not.toBeChecked();
    await expect.element(control).toHaveAttribute('aria-busy', 'true');
    expect(onCheckedChange).not.toHaveBeenCalled();
  });
});
