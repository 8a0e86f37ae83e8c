"""Hypothesis strategies, one section per area of the library."""

from __future__ import annotations

from hypothesis import strategies as st

# -- extract helper ------------------------------------------------------------
# Text that looks like (and unlike) a news page: the genre's markers, dates,
# titles, names and punctuation, mixed with arbitrary characters, controls
# and line breaks, so the extractor meets half-formed reports.

_GENRE_PIECES = (
    "本报讯",
    "又讯",
    "本报6月2日讯",
    "新华社郑州3月2日电",
    "6月2日",
    "2月30日",
    "昨日",
    "23日",
    "上午9时30分",
    "至10日",
    "、",
    ",",
    "。",
    "\n",
    "\n\n",
    "中原区",
    "召开",
    "举行",
    "在",
    "调研",
    "先后到",
    "实地察看",
    "陪同",
    "的陪同下",
    "区委书记",
    "乔耸",
    "李晓雷",
    "区领导于珊、邵春雨",
    "主要负责同志",
    "50余人",
    "71名选民",
    "约30人",
    "记者 张改华",
    "通讯员 唐珂欣 马楚璇",
    "(记者 赵磊)",
    "会议",
    "“红色物业”",
    "區委書記",
    "１２名",
    "（",
    "）",
)


def page_texts() -> st.SearchStrategy[str]:
    """Pages built from genre pieces and arbitrary text, in any order."""
    piece = st.one_of(
        st.sampled_from(_GENRE_PIECES),
        st.text(max_size=8),
        st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x4E80), max_size=6),
    )
    return st.lists(piece, max_size=60).map("".join)
