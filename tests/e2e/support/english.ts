import type { QuestionId } from '@/lib/journey/questions';
import { getCatalogue } from '@/lib/catalogue/load';
import { advise, type Advice } from '@/lib/engine/advise';
import { askedAnswers, type Persona } from './wizard';

/** The advice the English pages must show: the engine in English on the English catalogue. */
export const englishAdvice = (persona: Persona, asked: QuestionId[]): Advice => advise(askedAnswers(persona, asked), getCatalogue('en'), 'en');
