"""Credits in parentheses or captions anywhere in a paragraph."""

from __future__ import annotations

from timeline.extract import _anywhere_credits as anywhere_credits
from timeline.extract import _bylines as bylines


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
