"""The dateline gazetteer kept between processes: read back it is the one built, and a cache never fails a run."""

from __future__ import annotations

import marshal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wirecopy.flows.runtime import gazetteer_cache
from wirecopy.transforms.knowledge import places


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch):
    """This process as if it had not loaded the gazetteer yet; the built one is back afterwards."""
    monkeypatch.setattr(gazetteer_cache, "_done", None)
    adopted = list(places._adopted)
    yield
    places._adopted[:] = adopted
    places._drop_derived()


def _built() -> tuple:
    places._adopted.clear()
    places._drop_derived()
    return places._gazetteer()


def test_gazetteer_cache_read_back_is_the_gazetteer_built(fresh) -> None:
    cities, index = _built()
    lyon = places.resolve_place("LYON", "France")
    portland = places.resolve_place("PORTLAND", "Maine")
    state = marshal.loads(marshal.dumps(places.gazetteer_state()))

    places.adopt_gazetteer(state)

    assert places._adopted and places._gazetteer() is places._adopted[0]
    assert places._gazetteer() == (cities, index)
    assert places.cities()[0] == cities[0] and type(places.cities()[0]) is type(cities[0])
    assert places.resolve_place("LYON", "France") == lyon and lyon.country == "FR"
    assert places.resolve_place("PORTLAND", "Maine") == portland and portland.region == "Maine"


def test_gazetteer_cache_keeps_then_reads(fresh, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stale = tmp_path / f"{gazetteer_cache.PREFIX}0000older0000key0000.marshal"
    stale.parent.mkdir(parents=True, exist_ok=True)
    stale.write_bytes(b"from another release")

    assert gazetteer_cache.load(tmp_path) == "built"
    kept = tmp_path / f"{gazetteer_cache.PREFIX}{gazetteer_cache.key()}.marshal"
    assert kept.is_file() and not stale.exists()
    assert [p.name for p in tmp_path.iterdir()] == [kept.name]  # no temporary file left behind
    assert gazetteer_cache.load(tmp_path) == "built"  # once per process

    monkeypatch.setattr(gazetteer_cache, "_done", None)
    places._adopted.clear()
    assert gazetteer_cache.load(tmp_path) == "read"
    assert places._gazetteer() == _built()


def test_gazetteer_cache_unreadable_file_is_rebuilt(fresh, tmp_path: Path) -> None:
    kept = tmp_path / f"{gazetteer_cache.PREFIX}{gazetteer_cache.key()}.marshal"
    kept.write_bytes(b"\x00 not marshal \xff" * 10)
    before = places._adopted[:]

    assert gazetteer_cache.load(tmp_path) == "built"
    assert places._adopted == before
    assert marshal.loads(kept.read_bytes()) == marshal.loads(marshal.dumps(places.gazetteer_state()))


def test_gazetteer_cache_that_cannot_be_written_only_builds(fresh, tmp_path: Path) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("a file where the cache folder would be")

    assert gazetteer_cache.load(not_a_folder) == "built, not kept"
    assert places.resolve_place("LYON", "France").country == "FR"


def test_gazetteer_cache_key_changes_with_the_code_that_builds(fresh, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    before = gazetteer_cache.key()
    assert gazetteer_cache.key() == before and len(before) == 20
    edited = tmp_path / "places.py"
    edited.write_bytes(Path(places.__file__).read_bytes() + b"\n# one more line\n")
    monkeypatch.setattr(places, "__file__", str(edited))
    assert gazetteer_cache.key() != before


@pytest.mark.parametrize(
    ("state", "error"),
    [
        ((((1, "x"),), {}), TypeError),                                    # a city row of two fields
        (((), []), TypeError),                                             # an index that is not a dict
        (((tuple(range(8)),), {"x": ((1, "x"),)}), ValueError),            # names a city not there
    ],
)
def test_gazetteer_cache_adopts_nothing_of_another_shape(fresh, state, error) -> None:
    before = places._adopted[:]
    with pytest.raises(error):
        places.adopt_gazetteer(state)
    assert places._adopted == before


_plain = st.recursive(
    st.none() | st.integers(-3, 40) | st.floats(allow_nan=False) | st.text(max_size=4),
    lambda inner: st.lists(inner, max_size=9).map(tuple) | st.dictionaries(st.text(max_size=3), inner, max_size=3),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None)
@given(state=_plain | st.tuples(_plain, _plain))
def test_gazetteer_cache_any_kept_data_is_adopted_or_refused_with_a_caught_error(state) -> None:
    # load() treats TypeError and ValueError as "build it instead"; nothing else may escape.
    before = places._adopted[:]
    try:
        places.adopt_gazetteer(marshal.loads(marshal.dumps(state)))
    except (TypeError, ValueError):
        assert places._adopted == before
    finally:
        places._adopted[:] = before
        places._drop_derived()
