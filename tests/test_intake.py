"""Reading inputs from a landing folder that cannot be trusted, and keeping rejected bytes.

Every failure is made real on this machine, also when the tests run as root
(where chmod 000 does not stop a read): a dangling symlink, a FIFO, a UNIX
socket, a symlink to /proc/self/mem (never opened: procfs), a symlink out of
SOURCE, a file deleted after discovery, a file that grows past the limit.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import socket
from pathlib import Path

import pytest

from tests.conftest import SEEDS
from wirecopy.flows.chunks import Planned, Rejected, ingest_file
from wirecopy.flows.inputs.discover import discover
from wirecopy.flows.inputs.intake import Refused, quarantine, read_input
from wirecopy.flows.inputs.plan import content_hash
from wirecopy.flows.settings import Settings, parse_size
from wirecopy.transforms.dating import NO_REFERENCE, reference
from wirecopy.transforms.pipeline import ParsedFile


@pytest.fixture
def landing(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.xml").write_bytes((SEEDS / "nitf-pa-manchester-trams.xml").read_bytes())
    (folder / "gone.txt").symlink_to(folder / "missing-target.txt")
    os.mkfifo(folder / "pipe.txt")
    (folder / "io-error.txt").symlink_to("/proc/self/mem")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(folder / "sock.txt"))
    yield folder
    sock.close()


def _by_name(folder: Path):
    return {f.path.name: f for f in discover(str(folder))}


def test_intake_discovery_counts_what_cannot_be_read(landing: Path) -> None:
    found = _by_name(landing)
    assert {n: f.kind for n, f in found.items()} == {
        "good.xml": "file", "gone.txt": "dangling_link", "pipe.txt": "fifo", "io-error.txt": "special",
        "sock.txt": "socket"}
    assert found["io-error.txt"].uri == str(landing.resolve() / "io-error.txt")  # the link, not /proc/<pid>/mem


@pytest.mark.timeout(20)
@pytest.mark.parametrize(
    ("name", "reason", "detail"),
    [
        ("gone.txt", "unreadable", "target is missing"),
        ("pipe.txt", "not_a_file", "a fifo"),
        ("sock.txt", "not_a_file", "a socket"),
        ("io-error.txt", "not_a_file", "a kernel or device file"),
    ],
)
def test_intake_read_refuses_with_reason(landing: Path, name: str, reason: str, detail: str) -> None:
    refused = read_input(_by_name(landing)[name], max_bytes=1 << 20)
    assert isinstance(refused, Refused)
    assert refused.reason == reason and detail in refused.detail


def test_intake_size_limit_checked_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "huge.xml"
    with open(big, "wb") as fh:
        fh.truncate(3 << 30)  # 3 GiB, sparse: costs no disk, must never be read
    (f,) = discover(str(big))
    refused = read_input(f, max_bytes=1 << 20)
    assert refused == Refused("too_large", f"{3 << 30} bytes, over the limit of {1 << 20}")


def test_intake_file_that_grew_after_discovery(tmp_path: Path) -> None:
    path = tmp_path / "growing.txt"
    path.write_bytes(b"x" * 10)
    (f,) = discover(str(path))
    path.write_bytes(b"x" * 5000)
    refused = read_input(f, max_bytes=1000)
    assert isinstance(refused, Refused) and refused.reason == "too_large"


@pytest.mark.timeout(20)
def test_intake_file_replaced_by_fifo_or_deleted_after_discovery(tmp_path: Path) -> None:
    swapped, deleted = tmp_path / "a.txt", tmp_path / "b.txt"
    swapped.write_bytes(b"story")
    deleted.write_bytes(b"story")
    found = {f.path.name: f for f in discover(str(tmp_path))}
    swapped.unlink()
    os.mkfifo(swapped)
    deleted.unlink()
    assert read_input(found["a.txt"], 1000).reason == "not_a_file"
    gone = read_input(found["b.txt"], 1000)
    assert gone.reason == "unreadable" and "FileNotFoundError" in gone.detail


def test_intake_hash_of_what_is_never_opened_is_of_its_uri(landing: Path) -> None:
    import hashlib

    f = _by_name(landing)["io-error.txt"]
    sha, error = content_hash(f)
    assert error is None
    assert sha == hashlib.sha256(f.uri.encode()).hexdigest()


@pytest.fixture
def links(tmp_path: Path) -> Path:
    """SOURCE with links: out of SOURCE to a text file, into procfs, and one that stays inside."""
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "secret.txt").write_text("SEOUL, July 5 (Yonhap) -- A secret kept outside the landing folder.\n")
    source = tmp_path / "in"
    (source / "sub").mkdir(parents=True)
    (source / "sub" / "story.txt").write_text("SEOUL, July 5 (Yonhap) -- A story inside the landing folder.\n")
    (source / "out.txt").symlink_to(outside / "secret.txt")
    (source / "environ.txt").symlink_to("/proc/self/environ")
    (source / "dev.txt").symlink_to("/dev/zero")
    (source / "inside.txt").symlink_to(source / "sub" / "story.txt")
    (source / "outdir").symlink_to(outside, target_is_directory=True)
    return source


def test_intake_symlinks_stay_inside_source_by_default(links: Path) -> None:
    kinds = {f.uri[len(str(links.resolve())) + 1:]: f.kind for f in discover(str(links))}
    assert kinds == {"dev.txt": "special", "environ.txt": "special", "inside.txt": "file", "out.txt": "outside_source",
                     "sub/story.txt": "file"}
    refused = {n: read_input(f, 1 << 20) for n, f in _by_name(links).items()}
    assert refused["out.txt"].reason == "outside_source" and "secret.txt" in refused["out.txt"].detail
    assert refused["environ.txt"].reason == refused["dev.txt"].reason == "not_a_file"
    assert refused["inside.txt"] == b"SEOUL, July 5 (Yonhap) -- A story inside the landing folder.\n"


def test_intake_follow_symlinks_takes_outside_files_never_procfs(links: Path) -> None:
    found = {f.path.name: f for f in discover(str(links), follow_symlinks=True)}
    assert found["out.txt"].kind == "file" and found["environ.txt"].kind == "special"
    assert read_input(found["out.txt"], 1 << 20, follow_symlinks=True).startswith(b"SEOUL")
    assert read_input(found["environ.txt"], 1 << 20, follow_symlinks=True).reason == "not_a_file"


def test_intake_link_moved_out_after_discovery_is_refused(links: Path) -> None:
    inside = _by_name(links)["inside.txt"]
    (links / "inside.txt").unlink()
    (links / "inside.txt").symlink_to("/proc/self/environ")
    assert read_input(inside, 1 << 20).reason == "not_a_file"


def test_intake_quarantine_never_copies_from_outside_source(links: Path, tmp_path: Path) -> None:
    found = {f.path.name: f for f in discover(str(links), follow_symlinks=True)}
    with pytest.raises(OSError, match="not inside SOURCE"):
        quarantine(tmp_path / "q", found["out.txt"], "ab" * 32, None)
    with pytest.raises(OSError, match="not inside SOURCE"):
        quarantine(tmp_path / "q", found["environ.txt"], "cd" * 32, b"bytes read")
    assert not (tmp_path / "q").exists() or not list((tmp_path / "q").iterdir())


def test_intake_file_name_of_any_bytes(tmp_path: Path) -> None:
    raw = os.fsencode(tmp_path) + b"/caf\xe9-\xff.txt"
    with open(raw, "wb") as fh:
        fh.write(b"SEOUL, July 5 (Yonhap) -- A story with a Latin-1 name.\n")
    (f,) = discover(str(tmp_path))
    assert f.uri == str(tmp_path.resolve()) + "/caf\\xe9-\\xff.txt"
    f.uri.encode("utf-8")  # no lone surrogate left
    assert read_input(f, 1 << 20).startswith(b"SEOUL")
    kept = quarantine(tmp_path / "q", f, "ab" * 32, None)
    assert kept.endswith("abababababababab-caf\\xe9-\\xff.txt")
    assert os.path.exists(os.fsencode(tmp_path / "q") + b"/abababababababab-caf\xe9-\xff.txt")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b'<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>', "xml_forbidden"),
        (b"<nitf><body><body.content><p>cut", "malformed_xml"),
        (b'{"uri": "x", "body_text": ', "malformed_json"),
        (b"[" * 3000, "too_deep"),
        (b"text\x00with\x00nul bytes", "binary"),
        (b"SEOUL, July 5 (Yonhap) --", "no_body"),
    ],
)
def test_intake_ingest_file_turns_bad_bytes_into_rejections(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "input.dat"
    path.write_bytes(data)
    (f,) = discover(str(path))
    outcome = ingest_file(Planned(f, "0" * 64), reference(given=dt.date(2024, 7, 5)), Settings())
    assert isinstance(outcome, Rejected)
    assert outcome.reason == reason
    assert outcome.data == data


def test_intake_ingest_file_parses_good_bytes(tmp_path: Path) -> None:
    path = tmp_path / "story.bin"  # the extension means nothing
    path.write_bytes((SEEDS / "ninjs-aap-sydney.json").read_bytes())
    (f,) = discover(str(path))
    outcome = ingest_file(Planned(f, "0" * 64), NO_REFERENCE, Settings())
    assert isinstance(outcome, ParsedFile)
    assert [a.story.index for a in outcome.articles] == [0, 2]


def test_intake_quarantine_keeps_one_copy_per_content(tmp_path: Path) -> None:
    source = tmp_path / "bad.xml"
    source.write_bytes(b"<r><broken")
    (f,) = discover(str(source))
    kept = Path(quarantine(tmp_path / "q", f, "ab" * 32, b"<r><broken"))
    again = Path(quarantine(tmp_path / "q", f, "ab" * 32, b"<r><broken"))
    streamed = Path(quarantine(tmp_path / "q2", dataclasses.replace(f), "cd" * 32, None))
    assert kept == again and kept.name == "abababababababab-bad.xml"
    assert kept.read_bytes() == streamed.read_bytes() == b"<r><broken"
    assert sorted(p.name for p in (tmp_path / "q").iterdir()) == ["abababababababab-bad.xml"]


@pytest.mark.parametrize(("text", "size"), [("65536", 65536), ("64K", 65536), ("16M", 16 << 20), ("1gb", 1 << 30)])
def test_intake_size_setting(text: str, size: int) -> None:
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["", "M", "-1", "12Q", "1.5M", "0"])
def test_intake_size_setting_refuses_nonsense(text: str) -> None:
    with pytest.raises(ValueError):
        parse_size(text)
