/** Every reader the sensor runs, in one list. */
import { essentialsReader } from './essentials';
import { enterpriseAppReader } from './enterprise-app';
import { secretsGridReader } from './secrets-grid';
import type { Reader } from './reader';

export const READERS: readonly Reader[] = [essentialsReader, secretsGridReader, enterpriseAppReader];
