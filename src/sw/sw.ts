import type { WorkboxPlugin } from 'workbox-core';
import {
  addPlugins,
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { SECURITY_HEADERS } from '../securityHeaders';

declare let self: ServiceWorkerGlobalScope;

/**
 * Once installed, this worker serves the app, so the headers come from here: a cached copy
 * keeps only what the host sent when it was cached, and a plain static host sends none.
 */
const securityHeaders: WorkboxPlugin = {
  handlerWillRespond: async ({ response }) => {
    const headers = new Headers(response.headers);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) headers.set(name, value);
    return new Response(response.body, {
      headers,
      status: response.status,
      statusText: response.statusText,
    });
  },
};

addPlugins([securityHeaders]);
cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST);
// Every route of the single-page app is index.html, offline too.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));

// A new version waits until the user picks Reload in the update banner, which sends this.
self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
