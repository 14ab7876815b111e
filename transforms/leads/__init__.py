"""The head of a story: its dateline (where, when and from which agency it was filed) and what dates and marks it.

The one lead grammar: its entry point (dateline: `parse_dateline`), the
record it reads into (lead_record), the head grammar (lead_heads), a
head's places and qualifier (lead_places), credits printed in a head
(lead_head_credits), what may open a lead before its head (lead_openings),
and what a credit in a lead looks like (credit_shapes). Beside it, the
copy's own evidence of when: dates as datelines print them and the year
(dates), transmission stamps (transmission); and the editor's notes and
version markers over the lead (markers). Places, agencies and the
gazetteer come from knowledge.

May import: knowledge.
"""
