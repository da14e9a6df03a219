"""The names Hong Kong uses for Member States where they differ from the UN's Chinese names (facts).

Delegates at Hong Kong conferences write them in traditional characters (沙地阿拉伯, 肯雅, 毛里裘斯, 巴布亞新畿內亞);
they are correct text, names of the State, never misspellings of the UN name. As in :mod:`taiwan_names`, the table
gives them in simplified characters, the form names are compared in; names that only differ in script from the UN
name (新西蘭, 格魯吉亞) need no entry, nor those Taiwan shares (汶萊, 北韓: :mod:`taiwan_names`). Source: the
country names used by the Hong Kong SAR Government and the Hong Kong press.
"""

from __future__ import annotations

HONG_KONG_NAMES: dict[str, tuple[str, ...]] = {
    "SAU": ("沙地阿拉伯",), "KEN": ("肯雅",), "MUS": ("毛里裘斯",), "GIN": ("畿内亚",),
    "GNQ": ("赤道畿内亚",), "GNB": ("畿内亚比绍",), "PNG": ("巴布亚新畿内亚",),
}
