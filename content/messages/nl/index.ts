import { common } from './common';
import { start } from './start';
import { questions } from './questions';
import { wizard } from './wizard';
import { advice } from './advice';
import { plan } from './plan';
import { engine } from './engine';
import { intake } from './intake';
import { meeting } from './meeting';
import { planFile } from './planFile';
import { evaluation } from './evaluation';
import { professional } from './professional';
import { map } from './map';
import { aanbod } from './aanbod';
import { pages } from './pages';
import { about } from './about';
import { privacy } from './privacy';

/** Everything the interface says in Dutch (B1, "je"), by namespace. */
export const messages = { common, start, questions, wizard, advice, plan, engine, intake, meeting, planFile, evaluation, professional, map, aanbod, pages, about, privacy };
