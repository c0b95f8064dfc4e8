import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { Badge } from './badge.js';
import {
  Section,
  SectionContent,
  SectionDescription,
  SectionHeader,
  SectionTitle,
} from './card.js';
import { Skeleton } from './skeleton.js';

describe('Section', () => {
  it('is a region named by its title and described by its description', async () => {
    const screen = await render(
      <Section className="mine">
        <SectionHeader>
          <SectionTitle>Passkeys</SectionTitle>
          <SectionDescription>Sign in with your fingerprint.</SectionDescription>
        </SectionHeader>
        <SectionContent>
          <Badge variant="success">2 passkeys</Badge>
        </SectionContent>
      </Section>,
    );
    const region = screen.getByRole('region', { name: 'Passkeys' });
    await expect.element(region).toHaveAccessibleDescription('Sign in with your fingerprint.');
    await expect.element(region).toHaveAttribute('data-slot', 'section');
    await expect.element(region).toHaveClass('mine');
    await expect.element(screen.getByRole('heading', { level: 2, name: 'Passkeys' })).toBeVisible();
  });

  it('takes another heading level through asChild', async () => {
    const screen = await render(
      <Section>
        <SectionTitle asChild>
          <h3>Backup codes</h3>
        </SectionTitle>
      </Section>,
    );
    await expect.element(screen.getByRole('region', { name: 'Backup codes' })).toBeVisible();
    await expect
      .element(screen.getByRole('heading', { level: 3 }))
      .toHaveAttribute('data-slot', 'section-title');
  });

  it('without a title it is not a landmark', async () => {
    const screen = await render(<Section>Plain</Section>);
    await expect.element(screen.getByText('Plain')).not.toHaveAttribute('aria-labelledby');
  });
});

describe('Skeleton', () => {
  it('is hidden from assistive technology', async () => {
    const screen = await render(<Skeleton data-testid="bone" />);
    await expect.element(screen.getByTestId('bone')).toHaveAttribute('aria-hidden', 'true');
  });
});
