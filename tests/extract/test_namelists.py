"""Lists of people: groups, shared titles, titles after names."""

from __future__ import annotations

from timeline.extract._namelists import parse_people


class TestParsePeople:
    def test_groups_and_tail(self) -> None:
        """Groups split on commas; a trailing 等 is dropped."""
        people = parse_people("区委书记乔耸,政协副主席黄乃林等")
        assert people is not None
        assert ["乔耸", "黄乃林"] == [p.name for p in people]

    def test_not_people(self) -> None:
        """A phrase with a non-name piece is not a list of people."""
        assert parse_people("区应急管理局、区爱卫办") is None

    def test_shared_title(self) -> None:
        """A title heading a 、 list of names applies to each."""
        people = parse_people("区领导于珊、邵春雨、王泰峰")
        assert people is not None
        assert [("于珊", "区领导"), ("邵春雨", "区领导"), ("王泰峰", "区领导")] == [
            (p.name, p.title) for p in people
        ]

    def test_title_list_then_name(self) -> None:
        """A title may itself be a 、 list."""
        people = parse_people("区委副书记、区委办主任杜建强")
        assert people is not None
        assert [("杜建强", "区委副书记、区委办主任")] == [(p.name, p.title) for p in people]

    def test_police_rank_after_name(self) -> None:
        """A Hong Kong police rank follows the name: the post before it is the title."""
        people = parse_people("警区指挥官陈志明总警司、协会主席林美华")
        assert people is not None
        assert [("陈志明", "警区指挥官"), ("林美华", "协会主席")] == [
            (p.name, p.title) for p in people
        ]

    def test_body_name_post(self) -> None:
        """A body, the name, then the post (房屋局林美华局长): the body is kept as the title."""
        people = parse_people("房屋局林美华局长")
        assert people is not None
        assert [("林美华", "房屋局")] == [(p.name, p.title) for p in people]

    def test_a_listed_name_may_end_like_a_place(self) -> None:
        """After a named person in one ``、`` list, ``钱保省`` is a name; alone it is not."""
        got = parse_people("县领导赵文明、钱保省、孙立所")
        assert got is not None
        assert [(p.name, p.title) for p in got] == [
            ("赵文明", "县领导"),
            ("钱保省", "县领导"),
            ("孙立所", "县领导"),
        ]
        assert parse_people("钱保省") is None
        # (Nor a name and the word after it: 孙立在 is 孙立 in a sentence.)
        assert parse_people("县领导赵文明、孙立在") is None

    def test_a_post_inside_a_titles_list_is_no_name(self) -> None:
        """``市委常委、宣传部长、…主任X``: 宣传部长 is a part of X's title, not 宣传 the 部长."""
        got = parse_people("市委常委、宣传部长、市文明委主任赵文明")
        assert got is not None
        assert [(p.name, p.title) for p in got] == [("赵文明", "市委常委、宣传部长、市文明委主任")]
