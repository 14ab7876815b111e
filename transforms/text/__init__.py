"""Text as text: bytes decoded, cleaned, reflowed, cut and sketched, with no idea of datelines or names.

Bytes to text (decode: BOMs, declared and guessed encodings, NFC), what no
text column keeps (controls), hard-wrapped lines back into paragraphs
(reflow), a long body cut into pieces NER can take with their offsets kept
(segments), and word-shingle MinHash sketches that find a story's other
versions (sketch). Only the typed errors (transforms/errors.py) come from
outside.

May import: errors.
"""
