"""A landing folder of hostile and broken inputs beside good ones, through the real `wirecopy run`.

The corpus is generated here, by the test: XML attacks (XXE over HTTP and
file://, billion laughs, external parameter entities), truncated and
malformed XML, JSON nested 100,000 deep and invalid JSON, binary, NUL bytes,
empty files, a file over the size limit or over the line limit, mixed
encodings, a story with no body, a ninjs body with a lone surrogate, escape
sequences in a headline, JSON holding no object, a file name that is not
UTF-8, and entries that cannot be read as root either: a dangling symlink, a
FIFO (opening it would hang the run), symlinks to /proc/self/mem and
/proc/self/environ (never opened, never quarantined) and a symlink to a
file outside SOURCE (not followed). Good files carry lying extensions and other encodings.
Every input must end as articles or as one reject, good files intact, and
no byte fetched from the trap server the XXE payloads point at.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import SEEDS, delta_con, run_cli, trap_server
from wirecopy.flows.inputs.discover import printable_path
from wirecopy.transforms.pipeline import parse_file

pytestmark = pytest.mark.slow

GOOD = {  # name in the landing folder -> seed it copies (extensions lie on purpose)
    "reuters-feed.bin": "newsml-g2-reuters-singapore.xml",
    "dpa-stream.xml": "iptc7901-dpa-rail-strike.txt",
    "aap.txt": "ninjs-aap-sydney.json",
    "pa.dat": "nitf-pa-manchester-trams.xml",
    "ap-stream": "anpa1312-ap-utah-wildfire.anpa",
    "afp.newsml": "newsml1-afp-nairobi.xml",
    "yonhap.txt": "yonhap-nato-korea-2024-07-05.txt",
}
REF = "2024-07-05"


def _billion_laughs() -> bytes:
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
    return (f'<?xml version="1.0"?><!DOCTYPE nitf [{entities}]>'
            '<nitf><body><body.content><p>&lol9;</p></body.content></body></nitf>').encode()


def _hostile(trap: str) -> dict[str, tuple[bytes, str]]:
    g2 = (SEEDS / "newsml-g2-reuters-singapore.xml").read_bytes()
    return {
        "xxe-http.xml": (f'<?xml version="1.0"?><!DOCTYPE nitf [<!ENTITY x SYSTEM "{trap}/xxe">]>'
                         "<nitf><body><body.content><p>&x;</p></body.content></body></nitf>".encode(), "xml_forbidden"),
        "xxe-file.xml": (b'<!DOCTYPE nitf [<!ENTITY x SYSTEM "file:///etc/passwd">]><nitf>&x;</nitf>', "xml_forbidden"),
        # The parameter entity is dropped unread (never fetched): the entity it would declare stays undefined.
        "param-entity.xml": (f'<!DOCTYPE nitf [<!ENTITY % p SYSTEM "{trap}/dtd"> %p;]>'
                             "<nitf><body><body.content><p>&leak;</p></body.content></body></nitf>".encode(),
                             "malformed_xml"),
        "billion-laughs.xml": (_billion_laughs(), "xml_forbidden"),
        "truncated.xml": (g2[: len(g2) // 2], "malformed_xml"),
        "mismatched.xml": (b"<nitf><body><body.content><p>text</body></nitf>", "malformed_xml"),
        "deep.xml": (b"<nitf>" + b"<p>" * 20000 + b"x" + b"</p>" * 20000 + b"</nitf>", "too_deep"),
        "deep.json": (b"[" * 100_000 + b"]" * 100_000, "too_deep"),
        "invalid.json": (b'{"uri": "urn:x", "headline": "cut', "malformed_json"),
        "not-ninjs.json": (b'{"title": "a settings file"}', "unsupported_format"),
        "feed.rss": (b'<?xml version="1.0"?><rss version="2.0"><channel/></rss>', "unsupported_format"),
        "photo.txt": (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01" + bytes(range(256)) * 8, "binary"),
        "nul.txt": (b"SEOUL, July 5 (Yonhap) -- A story\x00 with NUL\x00 bytes \x00 in it.", "binary"),
        "empty.txt": (b"", "empty"),
        "blank.txt": (b"  \r\n\t \n", "empty"),
        "mixed.txt": ("PARIS (AFP) - Le “premier” ministre a parlé à Zürich".encode()
                      + " puis “non”".encode("cp1252"), "mixed_encoding"),
        "oversize.xml": (b"<nitf>" + b"x" * (2 << 20) + b"</nitf>", "too_large"),
        "dateline-only.txt": (b"SEOUL, July 5 (Yonhap) --\n", "no_body"),
        "package.xml": (b'<packageItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:p"/>', "no_body"),
        "numbers.json": (b"[1, 2, 3]", "malformed_json"),
        "lines.txt": (b"a short line\n" * 3000, "too_many_lines"),
    }


# Files that once stopped a whole run and must now become articles.
SURVIVORS = {
    "surrogate.json": b'{"uri": "urn:x:s", "headline": "Storm \\udfff", '
                      b'"body_text": "SEOUL, July 5 (Yonhap) -- A storm \\udfff hit the port city of Busan on '
                      b'Friday."}',
    "escapes.txt": b"Flood \x1b[2Jwarning\x1b]0;title\x07\n\nSEOUL, July 5 (Yonhap) -- Heavy rain hit Seoul on Friday, "
                   b"officials said, and more rain is due over the weekend in the central region.\n",
    b"caf\xe9-\xff.txt": b"SEOUL, July 5 (Yonhap) -- A story whose file name is Latin-1, not UTF-8, about rain in "
    b"Seoul.\n",
}


@pytest.fixture(scope="module")
def trap():
    with trap_server(b"SECRET") as found:
        yield found


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, trap):
    folder = tmp_path_factory.mktemp("hostile") / "in"
    folder.mkdir()
    for name, seed in GOOD.items():
        shutil.copy(SEEDS / seed, folder / name)
    reuters = (SEEDS / "reuters-london-rates.txt").read_text(encoding="utf-8")
    (folder / "reuters-utf16.txt").write_bytes(reuters.encode("utf-16-be"))  # no BOM
    shutil.copy(SEEDS / "ninjs-aap-sydney.json", folder / "zz-aap-copy.json")  # same bytes: a duplicate
    expected = {name: reason for name, (data, reason) in _hostile(trap[0]).items()}
    for name, (data, _) in _hostile(trap[0]).items():
        (folder / name).write_bytes(data)
    (folder / "vanished.xml").symlink_to(folder / "no-such-file.xml")
    os.mkfifo(folder / "pipe.xml")
    (folder / "eio.txt").symlink_to("/proc/self/mem")
    (folder / "environ.txt").symlink_to("/proc/self/environ")
    (folder.parent / "outside.txt").write_bytes(b"SEOUL, July 5 (Yonhap) -- A file outside the landing folder.\n")
    (folder / "outside.txt").symlink_to(folder.parent / "outside.txt")
    for name, data in SURVIVORS.items():
        (Path(os.fsdecode(os.fsencode(folder) + b"/" + name)) if isinstance(name,
                                                                            bytes) else folder / name).write_bytes(data)
    expected |= {"zz-aap-copy.json": "duplicate", "vanished.xml": "unreadable", "pipe.xml": "not_a_file",
                 "eio.txt": "not_a_file", "environ.txt": "not_a_file", "outside.txt": "outside_source"}
    out, quarantine = folder.parent / "out", folder.parent / "quarantine"
    result = run_cli("run", str(folder), "--out", str(out), "--reference-date", REF,
                     "--quarantine", str(quarantine), "--max-file-size", "1M", "--max-lines", "2000", timeout=900)
    return folder, out, quarantine, expected, result


def _rows(out: Path, table: str, columns: str) -> list[tuple]:
    return delta_con(out).execute(
        f"select {columns} from {table}").fetchall()


def test_hostile_run_succeeds_and_accounts_for_every_input(corpus) -> None:
    folder, out, _, expected, result = corpus
    assert result.returncode == 0, result.stderr[-3000:]
    inputs = {printable_path(p.name) for p in folder.iterdir()}
    articles = {Path(u).name for (u,) in _rows(out, "articles", "distinct source_uri")}
    assert {printable_path(os.fsdecode(n)) for n in SURVIVORS} <= articles
    rejects = [Path(u).name for (u,) in _rows(out, "rejects", "source_uri")]
    assert len(rejects) == len(set(rejects))  # one reject per input
    assert not articles & set(rejects)
    assert articles | set(rejects) == inputs
    assert _rows(out, "runs", "files_seen, files_ingested") == [(len(inputs), len(inputs))]


def test_hostile_reject_reasons(corpus) -> None:
    _, out, _, expected, _ = corpus
    got = {Path(u).name: reason for u, reason in _rows(out, "rejects", "source_uri, reason")}
    assert got == expected


def test_hostile_reject_hashes_are_of_the_bytes(corpus) -> None:
    folder, out, _, expected, _ = corpus
    for uri, sha in _rows(out, "rejects", "source_uri, content_sha256"):
        path = Path(uri)
        if expected[path.name] not in {"unreadable", "not_a_file", "outside_source"}:
            assert sha == hashlib.sha256(path.read_bytes()).hexdigest(), path.name


def test_hostile_good_files_intact(corpus) -> None:
    folder, out, _, _, _ = corpus
    rows = _rows(out, "articles", "source_uri, story_index, source_format, headline, body")
    stored = {(Path(u).name, i): (fmt, h, b) for u, i, fmt, h, b in rows}
    names = sorted(GOOD) + ["reuters-utf16.txt"]
    for name in names:
        parsed = parse_file((folder / name).read_bytes(), reference_date=None)
        for article in parsed.articles:
            assert stored[(name, article.story.index)] == (
                article.story.source_format, article.headline, article.body), name
    assert len(stored) == 12 + len(SURVIVORS)  # 11 stories in the seven seeds copied, one in the UTF-16 copy


def test_hostile_quarantine_keeps_rejected_bytes(corpus) -> None:
    folder, out, quarantine, expected, _ = corpus
    for uri, reason, sha, kept in _rows(out, "rejects", "source_uri, reason, content_sha256, quarantine_uri"):
        if reason in {"unreadable", "not_a_file", "duplicate", "outside_source"}:
            assert kept is None
            continue
        assert Path(kept).parent == quarantine.resolve()
        assert hashlib.sha256(Path(kept).read_bytes()).hexdigest() == sha
        assert Path(uri).exists()  # the source stays where it was
    assert not [p for p in quarantine.iterdir() if p.name.endswith(".part")]
    assert not [p for p in quarantine.iterdir() if p.name.endswith(("environ.txt", "outside.txt", "eio.txt"))]


def test_hostile_text_columns_hold_no_control_characters(corpus) -> None:
    _, out, _, _, _ = corpus
    rows = _rows(out, "articles", "headline, body, source_uri")
    for row in rows:
        for value in row:
            assert value is None or not any(ord(c) < 32 and c not in "\n\t" or 0x7f <= ord(c) <= 0x9f for c in value)
    assert ("Flood [2Jwarning]0;title",) in [(h,) for h, _, _ in rows]
    assert any(h == "Storm \ufffd" for h, _, _ in rows)


def test_hostile_nothing_fetched(corpus, trap) -> None:
    _, hits = trap
    assert hits == []
