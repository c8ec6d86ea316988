/** Every reader the sensor runs, in one list. */
import { essentialsReader } from './essentials';
import type { Reader } from './reader';

export const READERS: readonly Reader[] = [essentialsReader];
