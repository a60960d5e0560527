"""Figure agreement: qualifiers and rounding decide what two counts allow."""

from __future__ import annotations

import pytest

from wiredesk.crosscheck._agree import agree, describe


@pytest.mark.parametrize(("a", "b", "expected"), [
    ((1000, "about"), (1050, "exact"), True),           # "about 1,000" and 1,050
    ((1000, "about"), (1150, "exact"), False),
    ((18, "exact"), (25, "exact"), False),              # 18 killed and 25 killed
    ((18, "exact"), (18, None), True),
    ((10000, "more_than"), (12000, "exact"), True),     # "more than 10,000" and 12,000
    ((10000, "more_than"), (9000, "about"), False),
    ((17, "more_than"), (17, "exact"), False),          # more than 17 excludes 17 itself
    ((20, "at_least"), (18, "exact"), False),           # "at least 20" and 18
    ((20, "at_least"), (20, "exact"), True),
    ((20, "at_least"), (35, "at_least"), True),
    ((50, "up_to"), (60, "exact"), False),
    ((50, "at_most"), (50, "at_least"), True),
    ((10, "less_than"), (10, "exact"), False),
    ((1200, "exact"), (1230, "exact"), True),           # a round figure allows its rounding
    ((120, "exact"), (124, "exact"), False),            # a small one does not
    ((10000, "exact"), (10400, "exact"), True),
    ((10000, "exact"), (12000, "exact"), False),
])
def test_agree_qualifiers_and_rounding(a, b, expected):
    assert agree(a, b) is expected
    assert agree(b, a) is expected


@pytest.mark.parametrize(("value", "qualifier", "expected"), [
    (1000, "about", "about 1,000"),
    (10000, "more_than", "more than 10,000"),
    (18, "exact", "18"),
    (2.5, None, "2.5"),
    (20, "at_least", "at least 20"),
])
def test_agree_describe(value, qualifier, expected):
    assert describe(value, qualifier) == expected
