import type { HostHandler } from '../types';
import { send } from '../http-util';

export const portalHandler: HostHandler = ({ res }) => send(res, 200, '<!doctype html><title>Microsoft Azure</title><h1>Portal replica (placeholder)</h1>');
