/** Fluent UI v8 ReactView frame (`?replicaRendering=fluent8`). */
import { initializeIcons } from '@fluentui/react';
import { startFrame } from '../root';
import { views } from './views';

void startFrame(views, (cfg) => {
  // The real frames load the icon font from a CDN; the replica serves the same files itself.
  initializeIcons(cfg.iconsBase, { disableWarnings: true });
});
