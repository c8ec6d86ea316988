import type { HostHandler } from '../types';

export const graphHandler: HostHandler = () => false;
