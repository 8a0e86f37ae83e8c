"""Credits in parentheses or captions anywhere in a paragraph."""

from __future__ import annotations

from timeline.extract import _anywhere_credits as anywhere_credits
from timeline.extract import _bylines as bylines
from timeline.extract import _digest as digest
from timeline.extract import _edge_credits as edge_credits
from timeline.extract._page import closes_caption
from timeline.extract._text import simplify


def test_caption_photographer_and_glued_author() -> None:
    """``…第一名。孙永智摄`` closing a caption, and ``作者:X编辑:Y`` glued to the body."""
    got = anywhere_credits.find_anywhere(
        "演讲比赛第一名。孙永智摄\n来源:某镇人民政府作者:曹译文编辑:李琳"
    )
    assert ["孙永智", "曹译文"] == [
        "演讲比赛第一名。孙永智摄\n来源:某镇人民政府作者:曹译文编辑:李琳"[a:b] for _, a, b in got
    ]


def test_caption_photographer_after_the_role_word() -> None:
    """``…召开。记者张三摄``: a caption's photographer with the role word before the name."""
    got = anywhere_credits.find_anywhere("某县大会隆重召开。记者钱大明摄\n正文")
    assert ["钱大明"] == [
        bylines.printed("某县大会隆重召开。记者钱大明摄\n正文", a, b) for _, a, b in got
    ]
    assert [] == anywhere_credits.find_anywhere("某县大会隆重召开。记者钱大明摄影展开幕\n")


def test_caption_photographer_after_the_outlets_role_word() -> None:
    """``…现场。某县融媒体中心记者 张三 摄``: the outlet before the role word is no name."""
    text = "村民大会现场。某县融媒体中心记者 钱大明 摄\n正文"
    got = anywhere_credits.find_anywhere(text)
    assert ["钱大明"] == [bylines.printed(text, a, b) for _, a, b in got]


def test_caption_with_several_photographers() -> None:
    """``…揭牌。通讯员张三 李四摄``: each photographer of a caption is a credit."""
    text = "某站正式揭牌。通讯员钱大明 孙小红摄\n正文"
    got = anywhere_credits.find_anywhere(text)
    assert ["钱大明", "孙小红"] == [bylines.printed(text, a, b) for _, a, b in got]


def test_a_caption_the_layout_closes_is_the_one_read() -> None:
    """The caption that ends a paragraph in the layout yields its credit, in either script."""
    for line in ("大会隆重召开。記者钱大明攝", "某站揭牌。钱大明、孙小红 摄"):
        assert closes_caption(line)
        assert anywhere_credits.find_anywhere(simplify(line))


def test_every_credit_bullet_opens_a_digest_item() -> None:
    """One bullet set: a bullet that may stand before a credit also opens a digest item."""
    for bullet in edge_credits.BULLETS:
        assert digest.BULLET.match(bullet + "某镇开展安全检查。")


def test_bracketed_credit_and_glued_author_in_one_paragraph() -> None:
    """A credit in brackets and an author field glued later are both read, in order."""
    text = "会场布置一新(记者 钱明 通讯员 孙丽)。会后作者:曹译文编辑:李琳"
    got = anywhere_credits.find_anywhere(text)
    assert ["钱明", "孙丽", "曹译文"] == [text[a:b] for _, a, b in got]
    assert ["钱明"] == [
        "【图/文:钱明】活动现场。"[a:b]
        for _, a, b in anywhere_credits.find_anywhere("【图/文:钱明】活动现场。")
    ]


def test_a_credit_in_tortoise_shell_brackets_inside_the_body() -> None:
    """``〔記者X/Y報導〕`` opening a later paragraph credits X (a Taiwan paper's brackets)."""
    text = "某鄉長補選今天起領表。\n〔記者錢明/花蓮報導〕某鄉長補選今天起領表,代理鄉長前往領表。"
    got = anywhere_credits.find_anywhere(simplify(text))
    assert ["錢明"] == [bylines.printed(text, a, b) for _, a, b in got]
