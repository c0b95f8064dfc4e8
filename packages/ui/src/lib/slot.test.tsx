import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { Button } from '../primitives/button.js';
import { Slot } from './slot.js';

describe('Slot (asChild)', () => {
  it('gives its props to the child: classes join, both click handlers run, the child’s own props win', async () => {
    const calls: string[] = [];
    const screen = await render(
      <Slot
        className="outer"
        title="from the slot"
        aria-label="Open help"
        style={{ color: 'red', margin: 0 }}
        onClick={() => calls.push('slot')}
      >
        <a
          href="#help"
          className="inner"
          title="from the child"
          style={{ color: 'blue' }}
          onClick={(event) => {
            event.preventDefault();
            calls.push('child');
          }}
        >
          Help
        </a>
      </Slot>,
    );
    const link = screen.getByRole('link', { name: 'Open help' });
    await expect.element(link).toHaveClass('outer', 'inner');
    await expect.element(link).toHaveAttribute('title', 'from the child');
    expect((link.element() as HTMLElement).style.color).toBe('blue');
    expect((link.element() as HTMLElement).style.margin).toBe('0px');
    await userEvent.click(link);
    expect(calls).toEqual(['child', 'slot']);
  });

  it('sets both refs, the slot’s and the child’s', async () => {
    const outer = createRef<HTMLElement>();
    const inner = createRef<HTMLAnchorElement>();
    const screen = await render(
      <Button asChild ref={outer as never}>
        <a href="#x" ref={inner}>
          Go
        </a>
      </Button>,
    );
    const link = screen.getByRole('link', { name: 'Go' });
    await expect.element(link).toBeVisible();
    expect(outer.current).toBe(link.element());
    expect(inner.current).toBe(link.element());
  });

  it('renders nothing for text or several children', async () => {
    const onClick = vi.fn();
    const screen = await render(
      <div data-testid="box">
        <Slot onClick={onClick}>plain text</Slot>
      </div>,
    );
    await expect.element(screen.getByTestId('box')).toBeEmptyDOMElement();
  });
});
