import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { CodeInput } from './code-input.js';
import { Field, FieldLabel } from './field.js';

describe('CodeInput', () => {
  it('is one numeric one-time-code field with an accessible name', async () => {
    const screen = await render(
      <Field>
        <FieldLabel>Verification code</FieldLabel>
        <CodeInput />
      </Field>,
    );
    const input = screen.getByRole('textbox', { name: 'Verification code' });
    await expect.element(input).toHaveAttribute('autocomplete', 'one-time-code');
    await expect.element(input).toHaveAttribute('inputmode', 'numeric');
  });

  it('keeps digits only and completes once at six', async () => {
    const onComplete = vi.fn();
    const screen = await render(<CodeInput aria-label="Code" onComplete={onComplete} />);
    const input = screen.getByLabelText('Code');
    await userEvent.type(input, '1a2 3-4');
    await expect.element(input).toHaveValue('1234');
    await userEvent.type(input, '567');
    await expect.element(input).toHaveValue('123456');
    expect(onComplete).toHaveBeenCalledExactlyOnceWith('123456');
  });

  it('replaces a partial code with a pasted whole code', async () => {
    const onComplete = vi.fn();
    const screen = await render(<CodeInput aria-label="Code" onComplete={onComplete} />);
    const input = screen.getByLabelText('Code');
    await userEvent.type(input, '99');
    // A paste event carrying text, as the browser sends it for Ctrl+V or an SMS suggestion.
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', '123 456');
    input
      .element()
      .dispatchEvent(
        new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }),
      );
    await expect.element(input).toHaveValue('123456');
    expect(onComplete).toHaveBeenCalledExactlyOnceWith('123456');
  });

  it('can be cleared and refocused by its owner after a wrong code', async () => {
    function Owner() {
      const [code, setCode] = useState('');
      return (
        <>
          <CodeInput aria-label="Code" value={code} onValueChange={setCode} />
          <button type="button" onClick={() => setCode('')}>
            Clear
          </button>
        </>
      );
    }
    const screen = await render(<Owner />);
    const input = screen.getByLabelText('Code');
    await userEvent.type(input, '111111');
    await screen.getByRole('button', { name: 'Clear' }).click();
    await expect.element(input).toHaveValue('');
  });
});
