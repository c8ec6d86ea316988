import type { HostHandler } from '../types';

export const loginHandler: HostHandler = () => false;
