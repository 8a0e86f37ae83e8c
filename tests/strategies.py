"""Hypothesis strategies shared by the tests."""

from __future__ import annotations

from hypothesis import strategies as st

# -- feeds (branch feeds) -------------------------------------------------------


def feed_names() -> st.SearchStrategy[str]:
    """Facet names as hostile as text gets: CJK, controls, slashes, dots, very long."""
    alphabet = st.one_of(
        st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
        st.sampled_from(list('./\\\0%:*?"<>| …—·“”')),
        st.characters(),
    )
    return st.text(alphabet, max_size=300)


# -- end feeds -------------------------------------------------------------------
