/**
 * Proves the preview's MSW loader: a story's `parameters.msw.handlers` answer real `fetch`
 * calls, in Storybook and in the stories-as-tests run. Component stories will pass the
 * simulator's handlers the same way.
 */
import type { Meta, StoryObj } from '@storybook/react-vite';
import { http, HttpResponse } from 'msw';
import { useEffect, useState } from 'react';
import { expect } from 'storybook/test';
import { useFullI18n as useI18n } from '../i18n/area-i18n.js';
import { Alert, AlertDescription } from '../primitives/alert.js';

function AccountName() {
  const { t, formatError } = useI18n();
  const [state, setState] = useState<{ name?: string; error?: string }>({});
  useEffect(() => {
    fetch('/api/my-account')
      .then(async (response) => {
        const body = (await response.json()) as { name?: string; code?: string; message?: string };
        setState(
          response.ok ? { name: body.name ?? t('common.notSet') } : { error: formatError(body) },
        );
      })
      .catch((error: unknown) =>
        setState({ error: formatError({ code: 'network', cause: error }) }),
      );
  }, [t, formatError]);
  if (state.error) {
    return (
      <Alert variant="danger">
        <AlertDescription>{state.error}</AlertDescription>
      </Alert>
    );
  }
  return <p>{state.name ?? t('common.loading')}</p>;
}

const meta = {
  title: 'Internals/MSW',
  render: () => <AccountName />,
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

export const Answered: Story = {
  parameters: {
    msw: {
      handlers: [
        http.get('/api/my-account', () => HttpResponse.json({ id: 'u1', name: 'Jane Doe' })),
      ],
    },
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Jane Doe')).toBeVisible();
  },
};

export const ServerError: Story = {
  parameters: {
    msw: {
      handlers: [
        http.get('/api/my-account', () =>
          HttpResponse.json({ code: 'auth.forbidden', message: 'Forbidden.' }, { status: 403 }),
        ),
      ],
    },
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert')).toBeVisible();
  },
};
