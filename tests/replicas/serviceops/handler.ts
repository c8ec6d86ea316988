import type { HostHandler } from '../types';
import { send } from '../http-util';

export const serviceOpsHandler: HostHandler = ({ res }) => send(res, 200, '<!doctype html><title>ServiceOps</title><h1>ServiceOps replica (placeholder)</h1>');
