/** Chromium launch flags for this kit's browser tests (see chromium.mjs). */
export declare const CHROMIUM_ARGS: string[];
/** The Chromium binary to use, or undefined when the machine has none. */
export declare function findChromium(): Promise<string | undefined>;
/** Finds Chromium or installs one; exits the process with one line when it cannot. */
export declare function ensureChromium(): Promise<string>;
