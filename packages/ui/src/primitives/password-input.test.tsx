import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { Field, FieldLabel } from './field.js';
import { PasswordInput } from './password-input.js';

describe('PasswordInput', () => {
  it('toggles visibility with a labelled, pressed-state button (mouse and keyboard)', async () => {
    const screen = await render(
      <Field>
        <FieldLabel>Current password</FieldLabel>
        <PasswordInput defaultValue="hunter2" />
      </Field>,
    );
    const input = screen.getByLabelText('Current password');
    const toggle = screen.getByRole('button', { name: 'Show password' });
    await expect.element(input).toHaveAttribute('type', 'password');
    await expect.element(input).toHaveAttribute('autocomplete', 'current-password');
    await toggle.click();
    await expect.element(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect.element(input).toHaveAttribute('type', 'text');
    await userEvent.click(input);
    await userEvent.tab();
    await expect.element(toggle).toHaveFocus();
    await userEvent.keyboard(' ');
    await expect.element(input).toHaveAttribute('type', 'password');
    await expect.element(toggle).toHaveAttribute('aria-pressed', 'false');
  });

  it('passes input props and the ref to the input', async () => {
    let element: HTMLInputElement | null = null;
    const screen = await render(
      <PasswordInput
        aria-label="New password"
        autoComplete="new-password"
        ref={(node) => void (element = node)}
      />,
    );
    await expect
      .element(screen.getByLabelText('New password'))
      .toHaveAttribute('autocomplete', 'new-password');
    expect(element).toBe(screen.getByLabelText('New password').element());
  });
});
