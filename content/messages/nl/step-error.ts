/**
 * app/error.tsx: a step could not load. A small file of its own because error.tsx is a client
 * component that imports it directly (both languages); also part of the `pages` namespace.
 */
export const stepError = {
  heading: 'Dit lukte even niet',
  text: 'We konden deze stap niet laden. Misschien is je internetverbinding weg. Je antwoorden zijn niet kwijt: ze staan op dit apparaat.',
  retry: 'Probeer het opnieuw',
};
