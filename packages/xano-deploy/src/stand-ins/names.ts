// Small word lists the generators draw from (made up for the stand-ins).
export const FIRST = ['Ava', 'Ben', 'Chloe', 'Dan', 'Eva', 'Finn', 'Gia', 'Hugo', 'Iris', 'Jon', 'Kai', 'Lena', 'Milo', 'Nora', 'Owen', 'Pia'] as const;
export const LAST = ['Adams', 'Brook', 'Cole', 'Diaz', 'Ellis', 'Ford', 'Gray', 'Hale', 'Ives', 'Jordan', 'Keene', 'Lopez', 'Moss', 'Nash'] as const;
export const CITIES = [['Austin', 'TX'], ['Denver', 'CO'], ['Tampa', 'FL'], ['Boise', 'ID'], ['Raleigh', 'NC'], ['Phoenix', 'AZ']] as const;
export const STREETS = ['Oak St', 'Maple Ave', 'Pine Rd', 'Cedar Ln', 'Elm Dr', 'Birch Way'] as const;

/** A person's first and last name. */
export const nameOf = (d: { pick<T>(items: readonly T[]): T }) => ({ firstName: d.pick(FIRST), lastName: d.pick(LAST) });
