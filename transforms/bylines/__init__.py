"""Who wrote a story: its credits read into people and roles, and person names as wire copy prints them.

By-lines at the head, credit trailers and sign-offs at the foot, metadata
credits, merged into one `Byline` (byline); person names cased, checked and
keyed (names). Agencies, places and job titles come from knowledge; the
month names from leads (dates).

May import: knowledge, leads.
"""
