/**
 * Both languages' strings, loaded with this module, for code that runs outside the browser:
 * what Astro renders at build time (page titles, placeholders, the update banner) and the
 * e2e tests' page models. Code that runs in the browser loads one language when it needs it
 * (`loadStrings`): nothing under src/ui or src/app imports this.
 */
import { en } from './en';
import { pl } from './pl';
import { enPages } from './en-pages';
import { plPages } from './pl-pages';
import { addStrings } from './index';

addStrings({ ...en, ...enPages }, { ...pl, ...plPages });

export { errorMessage, problemMessage, translate } from './index';
