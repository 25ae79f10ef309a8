"""Built tables kept between processes: never stale, never required, never wrong."""
from __future__ import annotations

import pickle

import pytest

from newsclean import resources
from newsclean.cleaners import memo
from newsclean.cleaners.language import detect_language
from newsclean.cleaners.names import find_persons


@pytest.fixture
def store(tmp_path):
    disk = resources.DiskStore(tmp_path / "cache")
    previous = memo.use_store(disk)
    yield disk
    memo.use_store(previous)


class Builder:
    def __init__(self, value):
        self.value, self.calls = value, 0

    def __call__(self):
        self.calls += 1
        return self.value


def test_without_a_store_the_table_is_built_every_time():
    previous = memo.use_store(None)
    try:
        b = Builder({"x"})
        assert memo.memoized("t", b) == {"x"} and memo.memoized("t", b) == {"x"}
        assert b.calls == 2
    finally:
        memo.use_store(previous)


def test_a_stored_table_is_read_not_built(store):
    b = Builder(frozenset({"anders", "jayson"}))
    assert memo.memoized("names", b, key=["v1"]) == b.value
    again = Builder(frozenset({"something else"}))
    assert memo.memoized("names", again, key=["v1"]) == b.value
    assert again.calls == 0


def test_a_new_key_or_changed_source_builds_again_and_replaces_the_old_file(store, tmp_path):
    src = tmp_path / "builder.py"
    src.write_text("RULE = 1\n")
    memo.memoized("t", Builder("old"), key=["v1"], sources=[src])
    assert memo.memoized("t", Builder("new key"), key=["v2"], sources=[src]) == "new key"
    src.write_text("RULE = 2\n")
    assert memo.memoized("t", Builder("new code"), key=["v2"], sources=[src]) == "new code"
    assert len(list(store.folder.glob("t-*.pickle"))) == 1  # older versions are removed


def test_other_tables_are_left_alone(store):
    memo.memoized("a", Builder(1))
    memo.memoized("b", Builder(2))
    assert {p.name.rsplit("-", 1)[0] for p in store.folder.glob("*.pickle")} == {"a", "b"}


def test_a_corrupt_file_is_a_miss(store):
    memo.memoized("t", Builder("right"), key=["k"])
    (path,) = store.folder.glob("t-*.pickle")
    path.write_bytes(b"\x80\x05not a pickle")
    b = Builder("right")
    assert memo.memoized("t", b, key=["k"]) == "right" and b.calls == 1
    assert pickle.loads(path.read_bytes()) == "right"  # rewritten


def test_a_store_that_cannot_write_does_not_fail_the_build(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    previous = memo.use_store(resources.DiskStore(blocker / "cache"))
    try:
        assert memo.memoized("t", Builder(42)) == 42
    finally:
        memo.use_store(previous)


@pytest.mark.parametrize(
    "env, expected",
    [
        ({"NEWSCLEAN_CACHE_DIR": "off"}, None),
        ({"NEWSCLEAN_CACHE_DIR": "/var/tmp/nc"}, "/var/tmp/nc"),
        ({"XDG_CACHE_HOME": "/xdg"}, "/xdg/newsclean"),
    ],
)
def test_cache_dir(env, expected):
    got = resources.cache_dir(env)
    assert (None if got is None else str(got)) == expected


def test_the_folder_is_private(store):
    memo.memoized("t", Builder(1))
    assert store.folder.stat().st_mode & 0o077 == 0


def test_cleaners_give_the_same_answers_from_stored_tables(store):
    """The real tables (language model, name lists, places) round-trip through the store unchanged."""
    from newsclean.cleaners import language
    from newsclean.cleaners.names import evidence, plausible

    text = "Anders Tegnell, the state epidemiologist, told reporters in El Paso on Tuesday that Jayson Tatum was wrong."
    gaz = resources.load_default_gazetteer()
    built = (detect_language(text), [m.canonical for m in find_persons(text, None, gaz)[1]])
    for cached in (language._identifier, evidence._lists, plausible.places):
        cached.cache_clear()
    memo.memoized("probe", Builder(0))  # the store is in use
    first = (language._identifier(), evidence._lists(), plausible.places())  # built and stored
    for cached in (language._identifier, evidence._lists, plausible.places):
        cached.cache_clear()
    second = (language._identifier(), evidence._lists(), plausible.places())  # read back
    assert second[1] == first[1] and second[2] == first[2]
    assert {p.name.rsplit("-", 1)[0] for p in store.folder.glob("*.pickle")} >= {"langid", "name-lists", "places"}
    assert (detect_language(text), [m.canonical for m in find_persons(text, None, gaz)[1]]) == built


def test_an_upgraded_library_builds_a_new_table(store, monkeypatch):
    """Every required library's version is part of the key: an upgrade never reads an old table."""
    assert any(v.startswith("faker==") for v in memo.installed())
    memo.memoized("t", Builder("built with faker 1"))
    monkeypatch.setattr(memo, "installed", lambda: ("faker==99.0",))
    assert memo.memoized("t", Builder("built with faker 99")) == "built with faker 99"
