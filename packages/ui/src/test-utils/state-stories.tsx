/**
 * The state stories most components share, each on a fresh simulated tenant: a read that hangs
 * (the skeleton), a read that fails (inline error with Try again), and a field the admin made
 * read-only (the hint, no action). Pass the story's own simulator options (seed, provider, …).
 *
 * @example export const Loading: Story = loadingStory('GET /api/my-account', 'email-change');
 */
import { expect, waitFor } from 'storybook/test';
import type { StoryObj } from '@storybook/react-vite';
import { allFields } from '@account-center/mock';
import type { AccountCenterField } from '@account-center/mock';
import { simulatedAccountStory } from './simulated-account.js';
import type { SimulatedAccountOptions } from './simulated-account.js';
import { storyI18n } from './story-i18n.js';

type StateStory = Pick<StoryObj, 'loaders' | 'decorators' | 'play'>;

/** `route` hangs: the part with `data-slot={slot}` says it is loading. */
export function loadingStory(
  route: string,
  slot: string,
  [attribute, value]: ['aria-busy', 'true'] | ['data-state', 'loading'] = ['aria-busy', 'true'],
  options: SimulatedAccountOptions = {},
): StateStory {
  return {
    ...simulatedAccountStory({
      ...options,
      prepare: (simulator) => {
        options.prepare?.(simulator);
        simulator.faults.inject({ route, latencyMs: 600_000 });
      },
    }),
    play: async ({ canvasElement }) => {
      await waitFor(() =>
        expect(canvasElement.querySelector(`[data-slot="${slot}"]`)).toHaveAttribute(
          attribute,
          value,
        ),
      );
    },
  };
}

/** `route` fails (`400 guard.invalid_input`): the inline error offers Try again. */
export function loadFailedStory(route: string, options: SimulatedAccountOptions = {}): StateStory {
  return {
    ...simulatedAccountStory({
      ...options,
      prepare: (simulator) => {
        options.prepare?.(simulator);
        simulator.faults.inject({ route, status: 400, code: 'guard.invalid_input' });
      },
    }),
    play: async ({ canvas, globals }) => {
      const { t } = await storyI18n(globals);
      await expect(await canvas.findByRole('button', { name: t('common.retry') })).toBeVisible();
    },
  };
}

/** The admin made `field` read-only (every other field Edit): the hint, and no button at all. */
export function readOnlyStory(
  field: AccountCenterField,
  options: SimulatedAccountOptions = {},
): StateStory {
  return {
    ...simulatedAccountStory({
      ...options,
      seed: {
        ...options.seed,
        accountCenter: { enabled: true, fields: { ...allFields('Edit'), [field]: 'ReadOnly' } },
      },
    }),
    play: async ({ canvas, globals }) => {
      const { t } = await storyI18n(globals);
      await expect(await canvas.findByText(t('common.managedByAdmin'))).toBeVisible();
      await expect(canvas.queryByRole('button')).toBeNull();
    },
  };
}
