/**
 * A reader turns one kind of blade into facts. The sensor runs only the readers that want the
 * current route, and only while at least one does.
 */
import type { Fact } from '../schemas';
import type { PortalRoute } from '../portal-route';

export interface ReaderContext {
  route: PortalRoute | undefined;
  isTopFrame: boolean;
  document: Document;
}

export interface Reader {
  name: string;
  /** Whether this frame's route (or lack of one, in a framed blade) is worth reading. */
  wants(ctx: ReaderContext): boolean;
  /** Facts for the current DOM; the sensor de-duplicates, so returning the same facts again is cheap. */
  read(ctx: ReaderContext): Fact[];
}
