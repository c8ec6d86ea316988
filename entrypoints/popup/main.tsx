import { request } from '../../utils/messaging-client';
import { mountPopup } from './mount';

// The stored values are asked for first. A worker that answers quickly lets the popup render once,
// with the values in it; a worker that is still waking up does not hold back the first paint.
const pending = request({ type: 'get-state' });
const answer = await Promise.race([pending, new Promise<undefined>((resolve) => setTimeout(resolve, 60))]);
mountPopup(answer ?? pending);
