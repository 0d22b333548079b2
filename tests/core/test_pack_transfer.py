"""Installing, exporting, listing and removing packs; archives that try to escape or explode."""

from __future__ import annotations

import io
import os
import stat
import zipfile
from pathlib import Path

import pytest

from hipcoach.core import pack_transfer
from hipcoach.core.library import check_paths
from hipcoach.core.pack_transfer import (
    PackTransferError,
    UnusableIdError,
    export_pack,
    inspect_pack,
    list_packs,
    prepare_install,
    remove_pack,
    tidy,
)
from hipcoach.core.pack_zip import Limits, unpack_zip
from hipcoach.core.paths import bundled_resources_dir
from tests.core.pack_archives import (
    BROKEN,
    exercise_text,
    folder_files,
    make_zip,
    mark_encrypted,
    special_member,
    symlink_member,
    understate_sizes,
    write_pack,
)

BUNDLED = bundled_resources_dir()
GOOD = exercise_text().encode()


@pytest.fixture
def packs_dir(tmp_path: Path) -> Path:
    """Return the packs folder of a fresh profile (not created yet)."""
    return tmp_path / "profile" / "data" / "packs"


def _install(source: Path, packs_dir: Path, **options: object) -> Path:
    with prepare_install(source, packs_dir, BUNDLED, **options) as prepared:  # type: ignore[arg-type]
        assert prepared.problems == ()
        return prepared.install()


def _nothing_left(packs_dir: Path) -> None:
    """Assert that no staging, incoming or aside folder is left over."""
    data = packs_dir.parent
    if data.exists():
        assert [p.name for p in data.iterdir() if p.name.startswith(".")] == []
    if packs_dir.exists():
        assert [p.name for p in packs_dir.iterdir() if p.name.startswith(".")] == []


# -- hostile archives -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("../x.toml", "points outside"),
        ("pack/../../x.toml", "points outside"),
        ("pack/exercises/../../../x.toml", "points outside"),
        ("pack/../x.toml", "points outside"),
        ("pack/./x.toml", "points outside"),
        ("pack//x.toml", "points outside"),
        ("/etc/x.toml", "absolute path"),
        ("/tmp/x.toml", "absolute path"),
        ("C:/Windows/x.toml", "absolute path"),
        ("c:x.toml", "absolute path"),
        ("pack\\..\\..\\x.toml", "backslashes"),
        ("..\\x.toml", "backslashes"),
        ("pack/ex\x01.toml", "control characters"),
    ],
)
def test_a_member_that_would_land_outside_is_refused_by_name(
    tmp_path: Path, packs_dir: Path, name: str, said: str
) -> None:
    archive = make_zip(tmp_path / "evil.zip", [("pack/exercises/a.toml", GOOD), (name, GOOD)])
    with pytest.raises(PackTransferError) as raised:
        prepare_install(archive, packs_dir, BUNDLED)
    message = str(raised.value)
    assert said in message
    assert repr(name)[1:-1].split("\\")[0] in message  # the member is named
    assert not (tmp_path / "x.toml").exists()
    assert not (tmp_path / "profile").exists()  # not even the profile's folders


def test_nothing_is_written_before_every_member_is_screened(tmp_path: Path) -> None:
    # The bad member comes last: the good one before it must not be written either.
    archive = make_zip(tmp_path / "evil.zip", [("pack/a.toml", GOOD), ("../b.toml", GOOD)])
    into = tmp_path / "into"
    into.mkdir()
    with pytest.raises(PackTransferError):
        unpack_zip(archive, into)
    assert list(into.iterdir()) == []


def test_a_symbolic_link_member_is_refused(tmp_path: Path, packs_dir: Path) -> None:
    archive = make_zip(
        tmp_path / "link.zip",
        [("pack/exercises/a.toml", GOOD), symlink_member("pack/exercises/passwd.toml")],
    )
    with pytest.raises(PackTransferError, match=r"'pack/exercises/passwd.toml' is a symbolic link"):
        prepare_install(archive, packs_dir, BUNDLED)
    _nothing_left(packs_dir)


@pytest.mark.parametrize("kind", [stat.S_IFCHR, stat.S_IFBLK, stat.S_IFIFO, stat.S_IFSOCK])
def test_a_device_or_special_member_is_refused(tmp_path: Path, packs_dir: Path, kind: int) -> None:
    archive = make_zip(tmp_path / "dev.zip", [(special_member("pack/null", kind), b"")])
    with pytest.raises(PackTransferError, match=r"'pack/null' is a device or other special file"):
        prepare_install(archive, packs_dir, BUNDLED)


def test_an_encrypted_member_is_refused(tmp_path: Path) -> None:
    archive = make_zip(tmp_path / "locked.zip", [("pack/secret.toml", GOOD)])
    mark_encrypted(archive)
    with pytest.raises(PackTransferError, match=r"'pack/secret.toml' is encrypted"):
        unpack_zip(archive, tmp_path)


def test_too_many_files_are_refused(tmp_path: Path) -> None:
    entries: list[tuple[str | zipfile.ZipInfo, bytes]] = [
        (f"pack/media/{n}.txt", b"x") for n in range(6)
    ]
    archive = make_zip(tmp_path / "many.zip", entries)
    with pytest.raises(PackTransferError, match=r"holds 6 entries; a pack may hold at most 5"):
        unpack_zip(archive, tmp_path, Limits(files=5))


def test_the_default_limit_on_files_is_two_thousand(tmp_path: Path) -> None:
    entries: list[tuple[str | zipfile.ZipInfo, bytes]] = [
        (f"pack/media/{n}.txt", b"") for n in range(2_001)
    ]
    archive = make_zip(tmp_path / "many.zip", entries)
    with pytest.raises(PackTransferError, match=r"at most 2000"):
        prepare_install(archive, tmp_path / "packs", BUNDLED)


def test_one_member_too_big_is_refused(tmp_path: Path) -> None:
    archive = make_zip(tmp_path / "big.zip", [("pack/media/big.bin", os.urandom(3000))])
    with pytest.raises(PackTransferError, match=r"'pack/media/big.bin' unpacks to"):
        unpack_zip(archive, tmp_path, Limits(member_bytes=2000))


def test_too_many_bytes_in_all_are_refused(tmp_path: Path) -> None:
    entries: list[tuple[str | zipfile.ZipInfo, bytes]] = [
        (f"pack/media/{n}.bin", os.urandom(1000)) for n in range(4)
    ]
    archive = make_zip(tmp_path / "big.zip", entries)
    with pytest.raises(PackTransferError, match=r"unpacks to more than"):
        unpack_zip(archive, tmp_path, Limits(total_bytes=3500))


def test_a_zip_bomb_is_refused_by_its_ratio(tmp_path: Path, packs_dir: Path) -> None:
    archive = make_zip(tmp_path / "bomb.zip", [("pack/media/zeros.bin", bytes(5 * 1024 * 1024))])
    assert archive.stat().st_size < 50_000
    with pytest.raises(PackTransferError, match=r"'pack/media/zeros.bin' expands \d+ times"):
        prepare_install(archive, packs_dir, BUNDLED)
    _nothing_left(packs_dir)


def test_an_archive_that_understates_its_sizes_is_stopped_while_extracting(
    tmp_path: Path,
) -> None:
    archive = make_zip(tmp_path / "liar.zip", [("pack/media/data.bin", bytes(200_000))])
    understate_sizes(archive, 100)  # now it claims 100 bytes: no limit or ratio is crossed
    into = tmp_path / "into"
    into.mkdir()
    with pytest.raises(PackTransferError):
        unpack_zip(archive, into, Limits(member_bytes=1000, total_bytes=1000))
    written = [p for p in into.rglob("*") if p.is_file()]
    assert all(p.stat().st_size <= 100 for p in written)


def test_extracting_counts_the_bytes_rather_than_trusting_the_header(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A reader that hands out more than the member declares (zipfile itself would
    # stop at the declared size and fail the checksum; this is the lock behind that).
    archive = make_zip(tmp_path / "liar.zip", [("pack/media/data.bin", b"small")])
    monkeypatch.setattr(
        zipfile.ZipFile, "open", lambda _self, _info, *_a, **_k: io.BytesIO(bytes(100_000))
    )
    into = tmp_path / "into"
    into.mkdir()
    with pytest.raises(PackTransferError, match=r"'pack/media/data.bin' holds more than"):
        unpack_zip(archive, into)
    assert (into / "pack" / "media" / "data.bin").stat().st_size <= len(b"small")


def test_a_name_given_twice_is_refused(tmp_path: Path) -> None:
    archive = make_zip(tmp_path / "twice.zip", [("pack/A.toml", GOOD), ("pack/a.toml", GOOD)])
    with pytest.raises(PackTransferError, match=r"'pack/a.toml' appears more than once"):
        unpack_zip(archive, tmp_path)


def test_a_file_that_is_no_zip_is_said_to_be_unreadable(tmp_path: Path, packs_dir: Path) -> None:
    fake = tmp_path / "pack.zip"
    fake.write_text("not an archive", encoding="utf-8")
    with pytest.raises(PackTransferError, match=r"pack.zip is not a readable zip archive"):
        prepare_install(fake, packs_dir, BUNDLED)
    _nothing_left(packs_dir)


def test_a_folder_with_a_link_is_refused(tmp_path: Path, packs_dir: Path) -> None:
    source = write_pack(tmp_path / "linked")
    (source / "exercises" / "passwd.toml").symlink_to("/etc/passwd")
    with pytest.raises(PackTransferError, match=r"'exercises/passwd.toml' is a symbolic link"):
        prepare_install(source, packs_dir, BUNDLED)
    _nothing_left(packs_dir)


# -- what an archive's layout means -----------------------------------------------------


def test_an_archive_with_one_top_folder_is_that_pack(tmp_path: Path, packs_dir: Path) -> None:
    archive = make_zip(
        tmp_path / "download (2).zip",
        [
            ("knee-pack/", b""),
            ("knee-pack/exercises/a.toml", GOOD),
            ("__MACOSX/knee-pack/._a.toml", b"junk"),
            ("knee-pack/.DS_Store", b"junk"),
        ],
    )
    target = _install(archive, packs_dir)
    assert target == packs_dir / "knee-pack"
    assert folder_files(target) == {"exercises/a.toml": GOOD}


def test_an_archive_with_the_files_at_its_top_is_named_after_the_archive(
    tmp_path: Path, packs_dir: Path
) -> None:
    archive = make_zip(tmp_path / "hip-pack.zip", [("exercises/a.toml", GOOD)])
    assert _install(archive, packs_dir) == packs_dir / "hip-pack"
    assert folder_files(packs_dir / "hip-pack") == {"exercises/a.toml": GOOD}


def test_a_name_that_cannot_be_an_id_needs_one(tmp_path: Path, packs_dir: Path) -> None:
    archive = make_zip(tmp_path / "My Pack.zip", [("exercises/a.toml", GOOD)])
    with pytest.raises(UnusableIdError, match=r"'My Pack' cannot name a pack folder") as raised:
        prepare_install(archive, packs_dir, BUNDLED)
    assert raised.value.suggestion == "my-pack"
    _nothing_left(packs_dir)
    assert _install(archive, packs_dir, pack_id="my-pack") == packs_dir / "my-pack"


@pytest.mark.parametrize("pack_id", ["../up", "Up", "bundled", ""])
def test_an_unusable_id_is_refused(tmp_path: Path, packs_dir: Path, pack_id: str) -> None:
    source = write_pack(tmp_path / "fine")
    with pytest.raises(PackTransferError):
        prepare_install(source, packs_dir, BUNDLED, pack_id=pack_id)
    assert not packs_dir.exists()


# -- checking, installing, replacing ----------------------------------------------------


def test_problems_are_those_of_check_and_nothing_is_installed(
    tmp_path: Path, packs_dir: Path
) -> None:
    source = write_pack(tmp_path / "bad-pack")
    (source / "exercises" / "broken.toml").write_text(BROKEN, encoding="utf-8")
    with prepare_install(source, packs_dir, BUNDLED) as prepared:
        assert [str(p) for p in prepared.problems] == [
            str(p) for p in check_paths([source], BUNDLED)
        ]
        assert str(prepared.problems[0]).startswith("bad-pack/exercises/broken.toml:3:")
        with pytest.raises(PackTransferError, match="has problems; nothing was installed"):
            prepared.install()
    assert not packs_dir.exists()
    _nothing_left(packs_dir)


def test_a_pack_with_nothing_in_it_is_a_problem(tmp_path: Path, packs_dir: Path) -> None:
    archive = make_zip(tmp_path / "empty.zip", [("readme.txt", b"hello")])
    with prepare_install(archive, packs_dir, BUNDLED) as prepared:
        assert [str(p) for p in prepared.problems] == [
            "empty: the pack holds no exercises or routines"
        ]


def test_a_folder_installs_as_a_copy_without_leftovers(tmp_path: Path, packs_dir: Path) -> None:
    source = write_pack(tmp_path / "knee-pack", name="Knees")
    (source / "exercises" / "my-stretch.toml.bak").write_text("old", encoding="utf-8")
    (source / ".git").mkdir()
    (source / ".git" / "HEAD").write_text("ref", encoding="utf-8")
    target = _install(source, packs_dir)
    expected = {k: v for k, v in folder_files(source).items() if not k.endswith(".bak")}
    expected.pop(".git/HEAD")
    assert folder_files(target) == expected
    assert folder_files(source)["exercises/my-stretch.toml.bak"] == b"old"  # source untouched
    _nothing_left(packs_dir)


def test_replacing_swaps_the_whole_pack(tmp_path: Path, packs_dir: Path) -> None:
    _install(write_pack(tmp_path / "one" / "knee-pack", name="Old"), packs_dir)
    (packs_dir / "knee-pack" / "exercises" / "extra.toml").write_text(
        exercise_text("extra", "Extra"), encoding="utf-8"
    )
    newer = write_pack(tmp_path / "two" / "knee-pack", name="New", routine=False)
    with prepare_install(newer, packs_dir, BUNDLED) as prepared:
        assert prepared.replaces
        prepared.install()
    assert folder_files(packs_dir / "knee-pack") == folder_files(newer)
    _nothing_left(packs_dir)


def test_a_failed_swap_keeps_the_old_pack(
    tmp_path: Path, packs_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _install(write_pack(tmp_path / "one" / "knee-pack", name="Old"), packs_dir)
    before = folder_files(packs_dir / "knee-pack")
    real_rename = pack_transfer._rename

    def failing(source: Path, target: Path) -> None:
        if source.name.startswith(pack_transfer.INCOMING_PREFIX) and target.name == "knee-pack":
            raise OSError(28, "No space left on device")
        real_rename(source, target)

    monkeypatch.setattr(pack_transfer, "_rename", failing)
    newer = write_pack(tmp_path / "two" / "knee-pack", name="New", routine=False)
    failure = "No space left on device; nothing was changed"
    with (
        prepare_install(newer, packs_dir, BUNDLED) as prepared,
        pytest.raises(PackTransferError, match=failure),
    ):
        prepared.install()
    assert folder_files(packs_dir / "knee-pack") == before
    _nothing_left(packs_dir)


def test_a_swap_cut_short_is_finished_by_tidy(tmp_path: Path, packs_dir: Path) -> None:
    _install(write_pack(tmp_path / "knee-pack"), packs_dir)
    before = folder_files(packs_dir / "knee-pack")
    (packs_dir / "knee-pack").rename(packs_dir / ".replaced-knee-pack-0a1b2c3d")
    (packs_dir / ".removing-gone-12345678").mkdir()
    tidy(packs_dir)
    assert folder_files(packs_dir / "knee-pack") == before
    _nothing_left(packs_dir)


# -- export, list, remove ---------------------------------------------------------------


def test_export_then_install_on_a_fresh_profile_gives_the_same_files(tmp_path: Path) -> None:
    first = tmp_path / "first" / "packs"
    _install(write_pack(tmp_path / "knee-pack", name="Knees"), first)
    (first / "knee-pack" / "exercises" / "my-stretch.toml.bak").write_text("x", encoding="utf-8")
    (first / "knee-pack" / ".hidden").write_text("x", encoding="utf-8")
    archive = tmp_path / "out" / "knee.zip"
    assert export_pack(first, "knee-pack", archive) == 4
    with zipfile.ZipFile(archive) as opened:
        assert opened.namelist() == [
            "knee-pack/exercises/my-stretch.toml",
            "knee-pack/media/note.txt",
            "knee-pack/pack.toml",
            "knee-pack/protocols/short.toml",
        ]
    second = tmp_path / "second" / "packs"
    _install(archive, second)
    assert folder_files(second / "knee-pack") == folder_files(tmp_path / "knee-pack")


def test_export_is_the_same_bytes_every_time(tmp_path: Path, packs_dir: Path) -> None:
    _install(write_pack(tmp_path / "knee-pack"), packs_dir)
    export_pack(packs_dir, "knee-pack", tmp_path / "a.zip")
    os.utime(packs_dir / "knee-pack" / "exercises" / "my-stretch.toml", (1, 1))
    export_pack(packs_dir, "knee-pack", tmp_path / "b.zip")
    assert (tmp_path / "a.zip").read_bytes() == (tmp_path / "b.zip").read_bytes()


def test_export_refuses_a_link_in_the_pack(tmp_path: Path, packs_dir: Path) -> None:
    _install(write_pack(tmp_path / "knee-pack"), packs_dir)
    (packs_dir / "knee-pack" / "media" / "secret").symlink_to(tmp_path / "knee-pack")
    with pytest.raises(PackTransferError, match=r"'media/secret' is a symbolic link"):
        export_pack(packs_dir, "knee-pack", tmp_path / "out.zip")
    assert not (tmp_path / "out.zip").exists()


def test_export_will_not_write_into_the_pack(tmp_path: Path, packs_dir: Path) -> None:
    _install(write_pack(tmp_path / "knee-pack"), packs_dir)
    with pytest.raises(PackTransferError, match="inside the pack"):
        export_pack(packs_dir, "knee-pack", packs_dir / "knee-pack" / "media" / "me.zip")


def test_export_of_an_unknown_pack_names_those_installed(tmp_path: Path, packs_dir: Path) -> None:
    _install(write_pack(tmp_path / "knee-pack"), packs_dir)
    known = r"no installed pack 'nope' \(installed: knee-pack\)"
    with pytest.raises(PackTransferError, match=known):
        export_pack(packs_dir, "nope", tmp_path / "out.zip")


def test_list_reports_counts_and_problems(tmp_path: Path, packs_dir: Path) -> None:
    _install(write_pack(tmp_path / "knee-pack", name="Knees"), packs_dir)
    broken = write_pack(packs_dir / "broken-pack")
    (broken / "exercises" / "broken.toml").write_text(BROKEN, encoding="utf-8")
    packs = list_packs(packs_dir, BUNDLED)
    counts = [(p.id, p.report.name, p.report.exercise_count, p.report.routine_count) for p in packs]
    assert counts == [
        ("broken-pack", "broken-pack", 1, 1),
        ("knee-pack", "Knees", 1, 1),
    ]
    assert packs[0].as_json()["problems"] == [
        str(p) for p in inspect_pack(broken, BUNDLED).problems
    ]
    assert packs[0].as_json()["problems"][0].startswith("broken-pack/exercises/broken.toml:3:")
    assert packs[1].as_json()["problems"] == []


def test_remove_deletes_the_folder(tmp_path: Path, packs_dir: Path) -> None:
    _install(write_pack(tmp_path / "knee-pack"), packs_dir)
    assert remove_pack(packs_dir, "knee-pack") == packs_dir / "knee-pack"
    assert list(packs_dir.iterdir()) == []


def test_remove_of_a_linked_pack_removes_only_the_link(tmp_path: Path, packs_dir: Path) -> None:
    outside = write_pack(tmp_path / "elsewhere")
    packs_dir.mkdir(parents=True)
    (packs_dir / "linked").symlink_to(outside)
    remove_pack(packs_dir, "linked")
    assert not (packs_dir / "linked").exists()
    assert (outside / "exercises" / "my-stretch.toml").exists()


def test_the_bundled_pack_cannot_be_removed(packs_dir: Path) -> None:
    with pytest.raises(PackTransferError, match="bundled pack is part of hipcoach"):
        remove_pack(packs_dir, "bundled")
    assert (BUNDLED / "exercises").is_dir()


@pytest.mark.parametrize("pack_id", ["nope", "..", "../packs", "/"])
def test_remove_of_anything_but_an_installed_pack_is_refused(
    tmp_path: Path, packs_dir: Path, pack_id: str
) -> None:
    _install(write_pack(tmp_path / "knee-pack"), packs_dir)
    with pytest.raises(PackTransferError, match="no installed pack"):
        remove_pack(packs_dir, pack_id)
    assert (packs_dir / "knee-pack").is_dir()
