"""Robustness: any text gives a result or ExtractError, and never hangs."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import example, given

import timeline
from tests._paths import ROOT
from tests.strategies import page_texts
from timeline.errors import ExtractError
from timeline.extract import ExtractionResult, decode, extract_file, extract_text
from timeline.extract import _layout as layout

PUBLISHED = dt.date(2020, 6, 3)


class TestAnyText:
    @given(page_texts())
    @example("本报讯 2月30日,中原区召开会议。")
    @example("本报讯\n")
    @example("\x00\x00\x00")
    @example("记者 张改华")
    @example("先后到、、实地察看")
    @example("。本报6月2日讯")
    @example("\x7f")
    @example("\ufffd")
    def test_result_or_extract_error(self, text: str) -> None:
        """Any text yields a result with valid events, or ExtractError; nothing else."""
        try:
            result = extract_text(text, published=PUBLISHED)
        except ExtractError:
            # Blank pages and pages with control characters (C0, DEL, C1) may be
            # refused, and so may replacement characters: bytes that did not decode.
            assert not text.strip() or any(
                unicodedata.category(c) == "Cc" or c == "\ufffd" for c in text
            )
            return
        assert isinstance(result, ExtractionResult)
        assert len(result.events) == len(result.evidence)
        for event in result.events:
            assert event.source is not None
            a, b = event.source.span or (0, 0)
            assert 0 <= a <= b <= len(text)

    @given(page_texts())
    def test_without_publication_date(self, text: str) -> None:
        """Without a publication date, one is assumed and announced, or read from the page."""
        try:
            result = extract_text(text)
        except ExtractError:
            return
        if result.events and not any(w.startswith("no publication date") for w in result.warnings):
            assert all(e.source and e.source.published == result.published for e in result.events)


class TestUnreadable:
    @pytest.mark.parametrize("text", ["", "   \n\n  "], ids=["empty", "blank"])
    def test_empty(self, text: str) -> None:
        """An empty page raises ExtractError naming the source."""
        with pytest.raises(ExtractError, match="empty") as info:
            extract_text(text, document="page.txt")
        assert "page.txt" == info.value.source

    def test_binary_text(self) -> None:
        """Control-character soup is binary, not a page."""
        with pytest.raises(ExtractError, match="binary"):
            extract_text("\x01\x02\x03\x04" * 100, document="x.txt")

    def test_binary_file(self, tmp_path: Path) -> None:
        """A binary file raises ExtractError naming the file."""
        path = tmp_path / "image.txt"
        path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
        with pytest.raises(ExtractError, match="binary") as info:
            extract_file(path)
        assert str(path) == info.value.source

    def test_missing_file(self, tmp_path: Path) -> None:
        """A missing file raises ExtractError naming it."""
        with pytest.raises(ExtractError) as info:
            extract_file(tmp_path / "nope.txt")
        assert str(tmp_path / "nope.txt") == info.value.source

    def test_gb18030(self) -> None:
        """A GB18030 page decodes."""
        assert "本报讯 中原区" == decode("本报讯 中原区".encode("gb18030"))

    def test_bom(self) -> None:
        """A UTF-8 byte order mark is dropped."""
        assert "本报讯" == decode("\ufeff本报讯".encode())


class TestLead:
    def test_date_clause_inside_the_lead(self) -> None:
        """A date clause after a purpose clause leaves the summary; the subject is still read."""
        page = "标题\n\n本报讯 为切实做好防汛工作,6月2日,中原区召开防汛工作会议。"
        (event,) = extract_text(page, published=PUBLISHED).events
        assert "为切实做好防汛工作,中原区召开防汛工作会议。" == event.summary
        assert ["中原区"] == [d.organisation.name for d in event.delegations]

    def test_speaker_of_a_lecture(self) -> None:
        """Whoever 宣讲 in the lead speaks, and the lecture is the title."""
        page = (
            "标题\n\n本报讯 5月29日,区委党校副校长陈红走进三官庙社区,为社区党员宣讲全国两会精神。"
        )
        (event,) = extract_text(page, published=PUBLISHED).events
        assert "宣讲全国两会精神" == event.title
        assert [("陈红", "speaks")] == [(p.person.name, p.role.value) for p in event.participants]


class TestPartial:
    def test_no_marker(self) -> None:
        """A page without 本报讯 still yields its report, with a warning."""
        result = extract_text("街道开展活动\n\n4月9日,街道开展活动。", published=PUBLISHED)
        assert ["活动"] == [e.title for e in result.events]
        assert any("marker" in w for w in result.warnings)

    def test_no_date(self) -> None:
        """A report without a date is skipped with a warning, others are kept."""
        page = "甲\n\n本报讯 中原区召开会议。\n\n乙\n\n本报讯 6月1日,中原区召开大会。"
        result = extract_text(page, published=PUBLISHED)
        assert ["大会"] == [e.title for e in result.events]
        assert any("no event date" in w for w in result.warnings)


_ADVERSARIAL = {
    "one-line-5mb": "'中原区召开会议' * 700_000",
    "commas-5mb": "',' * 5_000_000",
    "enumeration-5mb": "'、' * 5_000_000",
    "zai-5mb": "'在' * 5_000_000",
    "tour-5mb": "'先后到' * 1_600_000",
    # Sentences of nothing but spaces once cost a place rule 0.2 s per KB.
    "blank-sentences-5mb": "('。' + ' ' * 200) * 25_000",
    "blank-places-5mb": "('。在' + ' ' * 200) * 25_000",
    "counts-5mb": "'12名' * 1_600_000",
    "group-clauses-5mb": "'干部,各村74名老党员参加会议,' * 300_000",
    "dates-5mb": "'5月25日' * 700_000",
    "bullets-5mb": "'◆' * 1_700_000",
    "ruby-5mb": "'会(hui)' * 700_000",
    "open-parens-5mb": "'(记者张三' * 500_000",
    "date-lines-5mb": "'2022-10-12\\n' * 450_000",
    "bulleted-dates-5mb": "'◆5月25日\\n' * 500_000",
    "glued-names-5mb": "'记者张三李四王五赵六钱七孙八周九吴十郑' * 90_000",
    "reports-no-break": (
        "('本报讯 5月25日,中原区委书记乔耸到' + '建设路小学、' * 10 + '调研,') * 60_000"
    ),
}


class TestAdversarial:
    @pytest.mark.slow
    @pytest.mark.parametrize("expr", list(_ADVERSARIAL.values()), ids=list(_ADVERSARIAL))
    def test_finishes(self, expr: str) -> None:
        """A 5 MB page of one repeated piece finishes (run with a timeout, not timed)."""
        code = (
            "import datetime as dt\n"
            "from timeline.extract import extract_text\n"
            f"r = extract_text({expr}, published=dt.date(2020, 6, 3))\n"
            "print(len(r.events), len(r.warnings))\n"
        )
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        done = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
            check=False,
        )
        assert 0 == done.returncode, done.stderr[-2000:]


#: Memory a page may cost, as a multiple of its size (issue: 159x before).
_MEMORY_FACTOR = 20
_BIG_PAGE = 11_000_000

_SHORT_LINES = {
    "one-letter-lines": "a\n",
    "dated-item-lines": "5月25日,区里开会。\n",
    "bulleted-item-lines": "◆5月25日,区里召开会议。\n",
}


@pytest.mark.slow
class TestMemory:
    @pytest.mark.parametrize("line", list(_SHORT_LINES.values()), ids=list(_SHORT_LINES))
    def test_page_of_short_lines(self, tmp_path: Path, line: str) -> None:
        """An 11 MB page of short lines costs at most 20x its size (peak RSS, whole process)."""
        page = tmp_path / "page.txt"
        code = (
            "import sys\n"
            "from timeline.extract import extract_path\n"
            f"line = {line!r}.encode()\n"
            f"data = (line * ({_BIG_PAGE} // len(line) + 1))[:{_BIG_PAGE}]\n"
            f"open({str(page)!r}, 'wb').write(data)\n"
            "del data\n"
            f"r = extract_path({str(page)!r})\n"
            # VmHWM, not ru_maxrss: Linux carries ru_maxrss across exec, so a
            # child of a large pytest process would report the parent's peak.
            "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM:')][0]\n"
            "print(int(hwm.split()[1]) * 1024, len(r.events))\n"
        )
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        done = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            timeout=300,
            env=env,
            check=False,
        )
        assert 0 == done.returncode, done.stderr[-2000:]
        peak, events = (int(x) for x in done.stdout.split())
        assert peak <= _MEMORY_FACTOR * _BIG_PAGE, f"{peak / 1e6:.0f} MB"
        assert events <= layout.MAX_REPORTS

    def test_reports_are_bounded(self) -> None:
        """A page of more reports than the budget reads the first ones, with a warning."""
        # Each item its own: a report printed twice is told once.
        page = "".join(f"◆5月25日,区里召开第{k}次会议。\n" for k in range(layout.MAX_REPORTS + 5))
        result = extract_text(page, published=PUBLISHED)
        assert layout.MAX_REPORTS == len(result.events)
        assert any(f"only the first {layout.MAX_REPORTS}" in w for w in result.warnings)


class TestImports:
    def test_import_timeline_does_not_load_extractor(self) -> None:
        """``import timeline`` loads no extractor module (checked in a fresh process)."""
        code = (
            "import sys, timeline\n"
            "print(any(m.startswith('timeline.extract') for m in sys.modules))"
        )
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        done = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            timeout=60,
            env=env,
            check=True,
        )
        assert "False" == done.stdout.strip()

    def test_extract_all_is_sorted_and_complete(self) -> None:
        """``timeline.extract.__all__`` lists its public names, sorted."""
        import timeline.extract as ex  # noqa: PLC0415 - the import under test

        public = {n for n in vars(ex) if not n.startswith("_")} - {
            "annotations",
            "bylines",
            "dates",
            "kinds",
            "layout",
            "numbers",
            "people",
            "places",
            "roles",
        }
        assert sorted(public) == sorted(ex.__all__)
        assert timeline.read_events is not None


class TestLeadDate:
    def test_date_inside_the_subject(self) -> None:
        """A date printed after the subject (副省长X2月14日深入…) leaves the subject readable."""
        page = "标题\n\n本报讯 春节将至,副省长王明2月14日下午深入社区,检查市场供应。"
        (event,) = extract_text(page, published=PUBLISHED).events
        assert [("王明", "leads")] == [(p.person.name, p.role.value) for p in event.participants]


class TestAnnouncement:
    def test_future_event_is_not_an_event(self) -> None:
        """A lead that announces an event to come (将召开) gives no event, and says so."""
        result = extract_text("标题\n\n本报讯 6月8日,某区将召开第六次党代会。", published=PUBLISHED)
        assert () == result.events
        assert any("announces an event to come" in w for w in result.warnings)

    def test_upcoming_event_as_a_modifier(self) -> None:
        """就即将举办的晚会召开协调会: the meeting happened; the gala is to come."""
        result = extract_text(
            "标题\n\n本报讯 6月2日,某办就即将举办的纳凉晚会召开协调会。", published=PUBLISHED
        )
        assert 1 == len(result.events)
