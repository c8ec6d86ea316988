/** UI strings of the popup area (how to add one: utils/i18n/define.ts). */
import { defineCatalog } from '../define';

export default defineCatalog({
  en: {},
  de: {},
});
