/** Fluent UI v9 ReactView frame (`?replicaRendering=fluent9`). */
import { startFrame } from '../root';
import { views } from './views';

void startFrame(views);
