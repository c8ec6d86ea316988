/** UI strings of the graph area (how to add one: utils/i18n/define.ts). */
import { defineCatalog } from '../define';

export default defineCatalog({
  en: {},
  de: {},
});
