/**
 * vite-plugin-pwa generates `virtual:pwa-register/react` only when it builds the app; vitest
 * runs without the plugin, so the module id resolves here. Tests that render the banner
 * replace it with vi.mock; anything else that imports it is told why it cannot work.
 */
export function useRegisterSW(): never {
  throw new Error('virtual:pwa-register/react is only available in a build; mock it in the test.');
}
