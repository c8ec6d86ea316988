import { request } from '../../utils/messaging-client';
import { mountPopup } from './mount';

// The stored values are asked for before React renders anything, so the answer travels meanwhile.
mountPopup(request({ type: 'get-state' }));
