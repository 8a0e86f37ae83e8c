"""
Print the seed page's timeline, then two queries, through the public API.

Run from a checkout: ``PYTHONPATH=src python examples/print_timeline.py``.
"""

import timeline


def main() -> None:
    """Show the whole seed, 李晓雷's events, and everything at 汝河路街道金苑社区."""
    tl = timeline.Timeline(timeline.seed_events())
    render = timeline.TextRenderer(width=80)

    print("== 全部 ==")
    print(render(tl).decode())

    print("== 李晓雷 ==")
    print(render(tl.with_person("李晓雷")).decode())

    print("== 汝河路街道金苑社区 ==")
    print(render(tl.at_place("汝河路街道金苑社区")).decode(), end="")


if __name__ == "__main__":
    main()
