import { z } from 'zod';

/** Per-workspace settings (cohort thresholds, table layout, import mappings) as key/value. */
export const settingSchema = z.object({
  key: z.string().min(1).max(200),
  value: z.unknown(),
  updatedAt: z.iso.datetime(),
});
export type Setting = z.infer<typeof settingSchema>;
