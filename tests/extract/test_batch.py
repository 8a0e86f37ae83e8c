"""Many pages at once: worker processes, per-page failures, damaged files."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

import pytest

from timeline.errors import ExtractError
from timeline.extract import _batch, extract_many, extract_path

if TYPE_CHECKING:
    from pathlib import Path

PUBLISHED = dt.date(2020, 6, 3)
PAGE = "区里开会\n\n本报讯 6月2日,中原区召开防汛工作会议。\n"


def _pages(tmp_path: Path, count: int) -> list[Path]:
    out = []
    for i in range(count):
        path = tmp_path / f"p{i}.txt"
        path.write_text(PAGE.replace("防汛", f"第{i + 1}次防汛"), encoding="utf-8")
        out.append(path)
    return out


class TestWorkers:
    def test_capped_by_pages_and_cpus(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """--jobs 300 for 3 pages starts at most 3 workers, and no more than the CPUs."""
        started: list[int] = []
        real = _batch.ProcessPoolExecutor

        def spy(*args: Any, max_workers: int, **kwargs: Any) -> Any:
            started.append(max_workers)
            return real(*args, max_workers=max_workers, **kwargs)

        monkeypatch.setattr(_batch, "ProcessPoolExecutor", spy)
        monkeypatch.setattr(_batch.os, "cpu_count", lambda: 2)
        result = extract_many(_pages(tmp_path, 3), published=PUBLISHED, jobs=300)
        assert 3 == len(result.events)
        assert [2] == started

    def test_one_cpu_reads_in_process(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """With one CPU no worker process is started at all."""
        monkeypatch.setattr(_batch.os, "cpu_count", lambda: 1)
        monkeypatch.setattr(_batch, "ProcessPoolExecutor", None)
        assert 2 == len(extract_many(_pages(tmp_path, 2), published=PUBLISHED, jobs=8).events)


class TestFailures:
    def test_every_page_gives_its_reason(self, tmp_path: Path) -> None:
        """When no page can be read, the error says why for each page."""
        (tmp_path / "empty.txt").write_text("", encoding="utf-8")
        (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
        (tmp_path / "blank.txt").write_text("  \n\n ", encoding="utf-8")
        paths = sorted(tmp_path.iterdir())
        with pytest.raises(ExtractError) as info:
            extract_many(paths, published=PUBLISHED)
        message = info.value.message
        assert message.startswith("none of the 3 pages could be read: ")
        assert f"{tmp_path / 'empty.txt'}: the page is empty" in message
        assert f"{tmp_path / 'image.txt'}: the page is not text (binary data)" in message
        assert f"{tmp_path / 'blank.txt'}: the page is empty" in message

    def test_many_reasons_are_counted(self, tmp_path: Path) -> None:
        """Beyond five failed pages, the rest are counted, not listed."""
        for i in range(8):
            (tmp_path / f"e{i}.txt").write_text("", encoding="utf-8")
        with pytest.raises(ExtractError, match=r"; and 3 more$"):
            extract_many(sorted(tmp_path.iterdir()), published=PUBLISHED)

    def test_failed_page_is_a_warning_among_good_ones(self, tmp_path: Path) -> None:
        """One unreadable page among readable ones is a warning naming it."""
        good = _pages(tmp_path, 1)
        bad = tmp_path / "zz.txt"
        bad.write_text("", encoding="utf-8")
        result = extract_many([*good, bad], published=PUBLISHED)
        assert 1 == len(result.events)
        assert f"{bad}: the page is empty" in result.warnings

    def test_control_characters_in_names_are_escaped(self, tmp_path: Path) -> None:
        """A file name carrying a terminal escape is echoed escaped."""
        bad = tmp_path / "x\x1b]52;c;aGk=\x07.txt"
        bad.write_text("", encoding="utf-8")
        with pytest.raises(ExtractError) as info:
            extract_many([bad, bad], published=PUBLISHED)
        assert "\x1b" not in info.value.message
        assert "\\x1b]52;c;aGk=\\x07.txt" in info.value.message


class TestCutCharacter:
    @pytest.mark.parametrize("cut", [1, 2], ids=["one-byte-left", "two-bytes-left"])
    def test_cut_last_character_is_read_with_a_warning(self, tmp_path: Path, cut: int) -> None:
        """A UTF-8 page whose last character was cut is read, and a warning says so."""
        data = PAGE.rstrip("\n").encode()
        path = tmp_path / "cut.txt"
        path.write_bytes(data[:-cut])
        result = extract_path(path, published=PUBLISHED)
        assert 1 == len(result.events)
        assert result.warnings[0].startswith("the last character was cut")

    def test_bad_byte_inside_is_not_a_cut(self, tmp_path: Path) -> None:
        """A broken sequence in the middle is not a cut: the page is another encoding."""
        path = tmp_path / "gbk.txt"
        path.write_bytes(PAGE.encode("gb18030"))
        result = extract_path(path, published=PUBLISHED)
        assert 1 == len(result.events)
        assert not any("cut" in w for w in result.warnings)
