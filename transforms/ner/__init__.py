"""Named entities: the spans spaCy found, turned into a story's mentions and ranked, and a run's keys linked.

The pipeline itself is loaded and run by flows/ (loading a model is file-system
work); this room needs only offsets and labels. Mention boundaries
(entity_spans), the words around a name that say what it is (entity_cues),
entities told by the form of a line (entity_forms), mentions resolved,
labelled and keyed inside a story (entities), the links between the keys
of a run's stories (entity_links), and how much a story is about each
entity (salience). The gazetteer, places, titles and keys come from
knowledge.

May import: knowledge.
"""
