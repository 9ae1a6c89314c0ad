import { z } from 'zod';
import { recordBase, shortText } from './common';

export const workspaceSchema = z.object({
  ...recordBase,
  name: shortText('Workspace name', 100),
  /** The IndexedDB database that holds this workspace's records. */
  dbName: z.string().regex(/^tourbook-ws-[a-z0-9-]+$/),
  isDemo: z.boolean(),
});
export type Workspace = z.infer<typeof workspaceSchema>;
