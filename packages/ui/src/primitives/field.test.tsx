import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { Field, FieldDescription, FieldError, FieldLabel } from './field.js';
import { Input } from './input.js';

function EmailField() {
  const [error, setError] = useState<string>();
  return (
    <>
      <Field>
        <FieldLabel>Email address</FieldLabel>
        <Input type="email" />
        <FieldDescription>We’ll send a code to it.</FieldDescription>
        <FieldError>{error}</FieldError>
      </Field>
      <button
        type="button"
        onClick={() => setError(error ? undefined : 'Enter a valid email address.')}
      >
        Toggle error
      </button>
    </>
  );
}

describe('Field', () => {
  it('labels the control and describes it', async () => {
    const screen = await render(<EmailField />);
    const input = screen.getByLabelText('Email address');
    await expect.element(input).toHaveAccessibleDescription('We’ll send a code to it.');
    await expect.element(input).not.toHaveAttribute('aria-invalid');
  });

  it('announces an error and marks the control invalid until it clears', async () => {
    const screen = await render(<EmailField />);
    const input = screen.getByLabelText('Email address');
    await screen.getByRole('button', { name: 'Toggle error' }).click();
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent('Enter a valid email address.');
    await expect.element(input).toHaveAttribute('aria-invalid', 'true');
    await expect
      .element(input)
      .toHaveAccessibleDescription('We’ll send a code to it. Enter a valid email address.');
    await screen.getByRole('button', { name: 'Toggle error' }).click();
    await expect.element(input).not.toHaveAttribute('aria-invalid');
    await expect.element(input).toHaveAccessibleDescription('We’ll send a code to it.');
  });

  it('can be marked invalid without an error part', async () => {
    const screen = await render(
      <Field invalid>
        <FieldLabel>Code</FieldLabel>
        <Input />
      </Field>,
    );
    await expect.element(screen.getByLabelText('Code')).toHaveAttribute('aria-invalid', 'true');
    await expect.element(screen.getByLabelText('Code')).not.toHaveAttribute('aria-describedby');
  });
});
