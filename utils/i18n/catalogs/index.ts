/**
 * Every area's catalog under its prefix: `t('popup_runChecks')` is `popup.en.runChecks`.
 * Pure data (read by `wxt.config.ts` at build time too): nothing here may import browser APIs.
 */
import bg from './bg';
import checks from './checks';
import ews from './ews';
import expiry from './expiry';
import ext from './ext';
import fill from './fill';
import graph from './graph';
import guide from './guide';
import options from './options';
import panel from './panel';
import paste from './paste';
import popup from './popup';
import sidepanel from './sidepanel';
import signin from './signin';
import values from './values';

export const CATALOGS = { bg, checks, ews, expiry, ext, fill, graph, guide, options, panel, paste, popup, sidepanel, signin, values };
