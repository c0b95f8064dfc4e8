import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { Button } from './button.js';

describe('Button', () => {
  it('is a non-submitting button by default, with its variant and the caller’s class last', async () => {
    const onSubmit = vi.fn((event: SubmitEvent) => event.preventDefault());
    const screen = await render(
      <form onSubmit={(event) => onSubmit(event.nativeEvent as SubmitEvent)}>
        <Button variant="danger" className="mine">
          Remove
        </Button>
      </form>,
    );
    const button = screen.getByRole('button', { name: 'Remove' });
    await expect.element(button).toHaveAttribute('type', 'button');
    await expect.element(button).toHaveAttribute('data-slot', 'button');
    await expect.element(button).toHaveAttribute('data-variant', 'danger');
    expect(button.element().className).toBe('ac-button mine');
    await button.click();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('while pending, is busy, keeps focus and cannot submit twice (click or Enter)', async () => {
    const onSubmit = vi.fn((event: SubmitEvent) => event.preventDefault());
    const screen = await render(
      <form onSubmit={(event) => onSubmit(event.nativeEvent as SubmitEvent)}>
        <input aria-label="Name" />
        <Button type="submit" pending>
          Save
        </Button>
      </form>,
    );
    const button = screen.getByRole('button', { name: 'Save' });
    await expect.element(button).toHaveAttribute('aria-busy', 'true');
    await expect.element(button).toHaveAttribute('aria-disabled', 'true');
    // Not `disabled`: it stays focusable and keeps focus. (Playwright treats aria-disabled as
    // disabled and would wait, so click the element directly.)
    expect((button.element() as HTMLButtonElement).disabled).toBe(false);
    (button.element() as HTMLButtonElement).click();
    await userEvent.click(screen.getByLabelText('Name'));
    await userEvent.keyboard('{Enter}');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('submits once not pending', async () => {
    const onSubmit = vi.fn((event: SubmitEvent) => event.preventDefault());
    const screen = await render(
      <form onSubmit={(event) => onSubmit(event.nativeEvent as SubmitEvent)}>
        <Button type="submit">Save</Button>
      </form>,
    );
    await screen.getByRole('button', { name: 'Save' }).click();
    expect(onSubmit).toHaveBeenCalledOnce();
  });

  it('renders its child with asChild', async () => {
    const screen = await render(
      <Button asChild variant="primary">
        <a href="/delete">Delete account</a>
      </Button>,
    );
    const link = screen.getByRole('link', { name: 'Delete account' });
    await expect.element(link).toHaveAttribute('data-slot', 'button');
    await expect.element(link).toHaveClass('ac-button');
  });
});
