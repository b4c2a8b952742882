import { z } from '../core/zodConfig';

export const windowBoundsSchema = z.object({
  /** Screen pixels; absent when the window was never moved from the centre. */
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean().default(false),
});
export type WindowBounds = z.infer<typeof windowBoundsSchema>;

/** `<userData>/settings.json`. Unknown keys are dropped, so older versions read newer files. */
export const settingsSchema = z.object({
  version: z.literal(1),
  /** Absolute path of the project open when the app last quit; absent after Close Project. */
  lastProject: z.string().min(1).optional(),
  /** Absolute paths, most recent first. */
  recentProjects: z.array(z.string().min(1)).default([]),
  windowBounds: windowBoundsSchema.optional(),
  /** Set once the bundled sample has been copied and opened, so it is never copied again. */
  sampleProjectInstalled: z.boolean().default(false),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  version: 1,
  recentProjects: [],
  sampleProjectInstalled: false,
};
