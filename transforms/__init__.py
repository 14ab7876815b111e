"""The pure stage: bytes of one file -> stories -> normalised articles -> rows. No Prefect, no I/O, no clock.

The spine is here: `pipeline.parse_file` (bytes of one file to articles),
`normalise` (a story's head and tail peeled off), `dating` (a file's
reference date, decided once), `rows` (articles and mentions as table
rows), `versions` (a story's versions in order); and the records every
stage shares: `story` (Story, Article), `reference` (Reference), `errors`
(the typed errors). The rest is in rooms, lowest first; each section's
docstring says what it owns and what it may import, and
tests/test_architecture.py holds them to it:

    knowledge/  agencies, places and the gazetteer, US states, titles, entity keys, their data files
    text/       bytes decoded, control characters, reflow, segments for NER, near-duplicate sketches
    leads/      the dateline grammar, dates, transmission stamps, editor's markers
    bylines/    credits (by-lines, trailers, sign-offs) and person names
    ner/        mentions from spaCy's spans: boundaries, cues, agate forms, links across a run, salience
    formats/    one parser per wire format (plain text too), the sniffer, safe XML, HTML to text
"""
