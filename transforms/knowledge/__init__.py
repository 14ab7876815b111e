"""What is known before a story is read: domain knowledge as tables and versioned data files.

Who sends wire copy and how they sign it (agencies); places as datelines
print them and the offline gazetteer of cities, regions and countries
(places, US states in us_states, how place names are cased and folded in
casing); the entities known by name, for the entity_ruler and for linking
(gazetteer); job titles and honorifics (titles); the entity_key every table
shares (entity_keys). The data files are in data/ (entities, demonyms,
titles). Every other room reads these; they read none.

May import: nothing of wirecopy.
"""
