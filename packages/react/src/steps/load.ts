type Steps = typeof import('./index.js'); // eslint-disable-line @typescript-eslint/consistent-type-imports
let steps: Promise<Steps> | undefined;
/** The lazy chunk with the async steps (`./index.ts`), preloaded by the provider and every flow hook on mount. */
export const loadSteps = () => (steps ??= import('./index.js'));
